/* test-overview-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The overview page in the window: the findings of a fixture grouped by
 * severity with their counts, a finding row that opens its page and
 * focuses the field to fix, the agenda of the next four weeks with "today"
 * fixed, the capacity summary, the first-use state of an empty plan, and
 * Undo of a change made on another page showing that field. Runs under
 * Xvfb, in English.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <gtk/gtk.h>

#include "koers-calendar-entry.h"
#include "koers-checklist-row.h"
#include "koers-date-button.h"
#include "koers-month-view.h"
#include "koers-objective.h"
#include "koers-objective-row.h"
#include "koers-overview-page.h"
#include "koers-plan-io.h"

#include "koers-test-util-gtk.h"

typedef struct
{
  KoersPlan         *plan;
  KoersWindow       *window;
  KoersOverviewPage *page;
} Fixture;

static GtkWidget *
template_child (Fixture    *fixture,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                  KOERS_TYPE_OVERVIEW_PAGE, name);

  g_assert_true (GTK_IS_WIDGET (child));
  return GTK_WIDGET (child);
}

static gboolean
findings_shown (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_first_child (template_child (fixture, "findings_box")) != NULL;
}

static void
open_plan (Fixture    *fixture,
           KoersPlan  *plan,
           int         width,
           int         height)
{
  fixture->plan = plan;
  fixture->window = koers_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  koers_window_set_plan (fixture->window, fixture->plan, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "overview");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  fixture->page = KOERS_OVERVIEW_PAGE (koers_test_find_descendant (GTK_WIDGET (fixture->window),
                                                                   KOERS_TYPE_OVERVIEW_PAGE));
  g_assert_nonnull (fixture->page);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures",
                                                                    "check-rules.koers", NULL));
  g_autoptr(GError) error = NULL;
  KoersPlan *plan = koers_plan_io_load (file, &error);

  g_assert_no_error (error);
  open_plan (fixture, plan, 1280, 800);
  koers_test_iterate_until (findings_shown, fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->plan);
}

static guint
count_rows (GtkListBox *box)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (box, n) != NULL)
    n++;
  return n;
}

/* The texts of the labels below @widget, joined by "|" */
static char *
row_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);
  GtkWidget *child;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (text, "%s|", gtk_label_get_label (GTK_LABEL (widget)));
  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *inner = row_text (child);

      g_string_append (text, inner);
    }
  return g_string_free (text, FALSE);
}

/* The finding row whose target is (@area, @location) */
static GtkWidget *
find_finding_row (Fixture    *fixture,
                  const char *area,
                  const char *location)
{
  GtkWidget *box = template_child (fixture, "findings_box");

  for (GtkWidget *list = gtk_widget_get_first_child (box); list != NULL;
       list = gtk_widget_get_next_sibling (list))
    for (guint i = 0; GTK_IS_LIST_BOX (list) &&
                      gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i) != NULL; i++)
      {
        GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i));
        GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
        const char *a, *l;

        if (target == NULL)
          continue;
        g_variant_get (target, "(&s&s)", &a, &l);
        if (g_str_equal (a, area) && g_str_equal (l, location))
          return row;
      }
  g_error ("no finding row for %s %s", area, location);
}

static GtkWidget *
focus_widget (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  /* The window's focus widget: is-focus, whether or not the window is the
   * active one (the tests run side by side on one display) */
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_focus (focus));
  return focus;
}

static GtkStack *
find_pages (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "overview"))
    return GTK_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_pages (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The name of the page the window's stack of pages shows */
static const char *
visible_page (Fixture *fixture)
{
  GtkStack *pages = find_pages (GTK_WIDGET (fixture->window));

  g_assert_nonnull (pages);
  return gtk_stack_get_visible_child_name (pages);
}

/* The index of the list row that holds @widget */
static int
row_index_of (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  g_assert_nonnull (row);
  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

/* check-rules.koers: 1 problem, 10 points of attention and 3 suggestions,
 * each group under its heading with the count, each row with the severity
 * as a word beside the icon, the area, where in it (as the report says:
 * the task, the objective; a whole step has no place) and the message. */
static void
test_groups (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *box = template_child (fixture, "findings_box");
  const struct
  {
    const char *heading;
    guint       n_rows;
    const char *first_row;
  } groups[] = {
    { "Problems (1)", 1,
      "Problem · Roles and tasks · Acties bedenken|Task “Acties bedenken” has no role "
      "responsible (R) for doing it.|" },
    { "Points of attention (10)", 10,
      "Point of attention · People|Step 1, People, is empty: describe at least one target "
      "group.|" },
    { "Suggestions (3)", 3,
      "Suggestion · Objectives · Bekend in de wijk|Objective “Bekend in de wijk” has a target "
      "value but no KPI: say what you measure, such as followers or visits to the website.|" },
  };
  GtkWidget *child = gtk_widget_get_first_child (box);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autofree char *text = NULL;

      g_assert_true (GTK_IS_LABEL (child));
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child)), ==, groups[g].heading);
      child = gtk_widget_get_next_sibling (child);
      g_assert_true (GTK_IS_LIST_BOX (child));
      g_assert_cmpuint (count_rows (GTK_LIST_BOX (child)), ==, groups[g].n_rows);
      text = row_text (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (child), 0)));
      g_assert_cmpstr (text, ==, groups[g].first_row);
      /* The message wraps, but its least width is some twenty characters,
       * not one: measured a character a line, the rows were slow to lay out. */
      {
        GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (child), 0));
        GtkWidget *texts = gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
        GtkWidget *message = gtk_widget_get_next_sibling (gtk_widget_get_first_child (texts));
        int least = 0;

        g_assert_true (GTK_IS_LABEL (message));
        g_assert_true (gtk_label_get_wrap (GTK_LABEL (message)));
        gtk_widget_measure (message, GTK_ORIENTATION_HORIZONTAL, -1, &least, NULL, NULL, NULL);
        g_assert_cmpint (least, >=, 100);
      }
      child = gtk_widget_get_next_sibling (child);
    }
  g_assert_null (child);
  g_assert_true (gtk_widget_get_visible (template_child (fixture, "findings_heading")));
  /* Not an empty plan */
  g_assert_false (gtk_widget_get_visible (template_child (fixture, "first_use_box")));
}

/* Activating a finding (Enter or a click activates the row) shows its page
 * and focuses the field of its location. */
static void
test_activate_finding (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *focus;

  /* The passed deadline of the first objective: its date button */
  g_assert_true (gtk_widget_activate (find_finding_row (fixture, "objectives",
                                                        "objective/1/deadline")));
  koers_test_iterate_for (50);
  g_assert_cmpstr (visible_page (fixture), ==, "objectives");
  focus = focus_widget (fixture);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, KOERS_TYPE_DATE_BUTTON));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, KOERS_TYPE_OBJECTIVE_ROW));
  g_assert_cmpint (row_index_of (focus), ==, 0);

  /* The missing KPI: the KPI entry of the same row */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "overview");
  koers_test_iterate_for (50);
  g_assert_true (gtk_widget_activate (find_finding_row (fixture, "objectives",
                                                        "objective/1/kpi")));
  koers_test_iterate_for (50);
  focus = focus_widget (fixture);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus)), ==, "");
  g_assert_cmpint (row_index_of (focus), ==, 0);

  /* The hub: its entry on Technology */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "overview");
  koers_test_iterate_for (50);
  g_assert_true (gtk_widget_activate (find_finding_row (fixture, "technology", "hub")));
  koers_test_iterate_for (50);
  g_assert_cmpstr (visible_page (fixture), ==, "technology");
  focus = focus_widget (fixture);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY));
  g_assert_null (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW));

  /* The first open tip, Inform your colleagues, the third */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "overview");
  koers_test_iterate_for (50);
  g_assert_true (gtk_widget_activate (find_finding_row (fixture, "preparation",
                                                        "tip/employees")));
  koers_test_iterate_for (50);
  g_assert_cmpstr (visible_page (fixture), ==, "preparation");
  focus = focus_widget (fixture);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, KOERS_TYPE_CHECKLIST_ROW));
  g_assert_cmpint (row_index_of (focus), ==, 2);

  /* A task without an R: its header in the RACI matrix */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "overview");
  koers_test_iterate_for (50);
  g_assert_true (gtk_widget_activate (find_finding_row (fixture, "roles", "task/acties")));
  koers_test_iterate_for (50);
  g_assert_cmpstr (visible_page (fixture), ==, "roles");
  focus = focus_widget (fixture);
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_true (gtk_widget_has_css_class (focus, "raci-task-header"));
  {
    g_autofree char *text = row_text (focus);

    g_assert_true (g_str_has_prefix (text, "Acties bedenken|"));
  }

  /* A rose part: its score */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "overview");
  koers_test_iterate_for (50);
  g_assert_true (gtk_widget_activate (find_finding_row (fixture, "rose", "part/3")));
  koers_test_iterate_for (50);
  g_assert_cmpstr (visible_page (fixture), ==, "rose");
  focus = focus_widget (fixture);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpint (row_index_of (focus), ==, 2);
}

static gboolean
agenda_full (gpointer agenda)
{
  return count_rows (agenda) == 12;
}

/* Today is 10 March 2027 (KOERS_TODAY): the weekly post on Tuesdays falls
 * on 16, 23 and 30 March and 6 April; a row opens the calendar on its day. */
static void
test_agenda (Fixture       *fixture,
             gconstpointer  data)
{
  GtkListBox *agenda = GTK_LIST_BOX (template_child (fixture, "agenda_list"));
  const char *days[] = { "Tue 16 Mar", "Tue 23 Mar", "Tue 30 Mar", "Tue 6 Apr" };
  GtkWidget *month_view;

  koers_test_iterate_for (50);
  g_assert_cmpuint (count_rows (agenda), ==, G_N_ELEMENTS (days));
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *text = row_text (GTK_WIDGET (gtk_list_box_get_row_at_index (agenda, i)));
      g_autofree char *expected = g_strdup_printf ("%s|Instagram, Fiets van de week, Idea|",
                                                   days[i]);

      g_assert_cmpstr (text, ==, expected);
    }
  g_assert_false (gtk_widget_get_visible (template_child (fixture, "agenda_more_label")));

  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (agenda, 3))));
  koers_test_iterate_for (50);
  g_assert_cmpstr (visible_page (fixture), ==, "calendar");
  month_view = koers_test_find_descendant (GTK_WIDGET (fixture->window), KOERS_TYPE_MONTH_VIEW);
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (KOERS_MONTH_VIEW (month_view))),
                    ==, G_DATE_APRIL);
  g_assert_cmpuint (g_date_get_year (koers_month_view_get_month (KOERS_MONTH_VIEW (month_view))),
                    ==, 2027);

  /* Fifteen more posts on 12 March: twelve rows, and the rest counted */
  for (guint i = 0; i < 15; i++)
    {
      g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
      g_autoptr(GDate) day = g_date_new_dmy (12, G_DATE_MARCH, 2027);
      g_autofree char *title = g_strdup_printf ("Extra %02u", i);

      koers_calendar_entry_set_date (entry, day);
      koers_calendar_entry_set_channel (entry, "instagram");
      koers_calendar_entry_set_title (entry, title);
      koers_plan_append (fixture->plan, koers_plan_get_entries (fixture->plan), entry);
    }
  koers_plan_flush_changes (fixture->plan);
  /* The hidden overview does not read the calendar; it does when shown */
  koers_test_iterate_for (50);
  g_assert_cmpuint (count_rows (agenda), ==, G_N_ELEMENTS (days));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "overview");
  koers_test_iterate_until (agenda_full, agenda);
  g_assert_cmpuint (count_rows (agenda), ==, 12);
  g_assert_true (gtk_widget_get_visible (template_child (fixture, "agenda_more_label")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (template_child (fixture, "agenda_more_label"))),
                   ==, "And 7 more posts in these four weeks.");
}

static gboolean
capacity_filled (gpointer data)
{
  Fixture *fixture = data;

  return count_rows (GTK_LIST_BOX (template_child (fixture, "capacity_list"))) > 0;
}

static gboolean
capacity_over (gpointer data)
{
  Fixture *fixture = data;
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (template_child (fixture,
                                                                                    "capacity_list")),
                                                      0);
  g_autofree char *text = row != NULL ? row_text (GTK_WIDGET (row)) : NULL;

  return text != NULL && strstr (text, "Over capacity") != NULL;
}

/* The weekly post, owned by the Eigenaar at 1.5 hours, 26 times in the
 * 181 days of the plan period: 1.5 hours a week of the role's 6; at 7
 * hours a post the role is over capacity, said in words. */
static void
test_capacity (Fixture       *fixture,
               gconstpointer  data)
{
  GListModel *entries = koers_plan_get_entries (fixture->plan);
  g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, 0);
  GtkListBox *capacity = GTK_LIST_BOX (template_child (fixture, "capacity_list"));
  g_autofree char *text = NULL;
  g_autofree char *over = NULL;

  g_assert_cmpuint (count_rows (capacity), ==, 0);
  g_assert_true (gtk_widget_get_visible (template_child (fixture, "capacity_empty_label")));

  koers_calendar_entry_set_owner (entry, "eigenaar");
  koers_calendar_entry_set_hours (entry, 1.5);
  koers_plan_flush_changes (fixture->plan);
  koers_test_iterate_until (capacity_filled, fixture);
  g_assert_cmpuint (count_rows (capacity), ==, 1);
  g_assert_false (gtk_widget_get_visible (template_child (fixture, "capacity_empty_label")));
  text = row_text (GTK_WIDGET (gtk_list_box_get_row_at_index (capacity, 0)));
  g_assert_cmpstr (text, ==,
                   "Eigenaar|1.5 h a week planned on average, 1.5 h in the busiest week, of "
                   "6 h the role has|");

  koers_calendar_entry_set_hours (entry, 7);
  koers_plan_flush_changes (fixture->plan);
  koers_test_iterate_until (capacity_over, fixture);
  over = row_text (GTK_WIDGET (gtk_list_box_get_row_at_index (capacity, 0)));
  g_assert_cmpstr (over, ==,
                   "Eigenaar|7 h a week planned on average, 7 h in the busiest week, of "
                   "6 h the role has|Over capacity|");
}

/* Undoing a change made on another page shows that page and the field. */
static void
test_undo_shows_field (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *objectives = koers_plan_get_objectives (fixture->plan);
  g_autoptr(KoersObjective) second = g_list_model_get_item (objectives, 1);
  GtkWidget *focus;

  g_assert_cmpstr (visible_page (fixture), ==, "overview");
  koers_objective_set_kpi (second, "Aantal reacties");
  koers_plan_flush_changes (fixture->plan);
  koers_test_iterate_for (50);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  koers_test_iterate_for (50);
  g_assert_cmpstr (koers_objective_get_kpi (second), ==, "reacties");
  g_assert_cmpstr (visible_page (fixture), ==, "objectives");
  focus = focus_widget (fixture);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, KOERS_TYPE_OBJECTIVE_ROW));
  g_assert_cmpint (row_index_of (focus), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus)), ==, "reacties");

  /* Redo shows it the same way, from another page */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "rose");
  koers_test_iterate_for (50);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  koers_test_iterate_for (50);
  g_assert_cmpstr (visible_page (fixture), ==, "objectives");
  focus = focus_widget (fixture);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus)), ==, "Aantal reacties");
}

static gboolean
first_use_hidden (gpointer box)
{
  return !gtk_widget_get_visible (box);
}

static gboolean
page_is_people (gpointer data)
{
  return g_strcmp0 (visible_page (data), "people") == 0;
}

/* A new plan: the first-use state says where to start, and its button
 * goes to People. */
static void
test_first_use (void)
{
  Fixture fixture = { 0 };
  GtkWidget *box;

  open_plan (&fixture, koers_plan_new (), 800, 600);
  koers_test_iterate_until (findings_shown, &fixture);
  box = template_child (&fixture, "first_use_box");
  g_assert_true (gtk_widget_get_visible (box));
  /* A button shows its press for a moment before it is clicked. */
  g_assert_true (gtk_widget_activate (koers_test_find_descendant (box, GTK_TYPE_BUTTON)));
  koers_test_iterate_until (page_is_people, &fixture);
  g_assert_cmpstr (visible_page (&fixture), ==, "people");

  /* A title is the user's own: no longer a first use */
  koers_plan_set_title (fixture.plan, "Plan 2027");
  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.show-page", "s", "overview");
  koers_plan_flush_changes (fixture.plan);
  koers_test_iterate_until (first_use_hidden, box);
  g_assert_false (gtk_widget_get_visible (box));
  fixture_tear_down (&fixture, NULL);
}

int
main (int   argc,
      char *argv[])
{
  /* English, and a fixed today for the deadlines and the agenda */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("KOERS_TODAY", "2027-03-10", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  /* The Flatpak build runs the tests without a display. */
  if (!koers_test_init_gtk (&argc, &argv))
    return 0;

  g_test_add ("/overview-page/groups", Fixture, NULL, fixture_set_up, test_groups,
              fixture_tear_down);
  g_test_add ("/overview-page/activate-finding", Fixture, NULL, fixture_set_up,
              test_activate_finding, fixture_tear_down);
  g_test_add ("/overview-page/agenda", Fixture, NULL, fixture_set_up, test_agenda,
              fixture_tear_down);
  g_test_add ("/overview-page/capacity", Fixture, NULL, fixture_set_up, test_capacity,
              fixture_tear_down);
  g_test_add ("/overview-page/undo-shows-field", Fixture, NULL, fixture_set_up,
              test_undo_shows_field, fixture_tear_down);
  g_test_add_func ("/overview-page/first-use", test_first_use);

  return g_test_run ();
}
