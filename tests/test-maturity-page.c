/* test-maturity-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The maturity page in the window: clicking a step shows its criteria,
 * ticking a criterion moves the current phase and Undo moves it back, the
 * keyboard chooses steps, the phase set by hand, recording an assessment,
 * adding and removing criteria, the layout side by side and stacked, and
 * printing the diagram. Runs under Xvfb.
 *
 * GTK 4 cannot synthesise pointer or key events through its public API, so
 * the tests call the view's own handlers (koers-maturity-view-private.h)
 * with the renderer's geometry, and activate buttons as the keyboard does.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "koers-criterion.h"
#include "koers-maturity-page-private.h"
#include "koers-maturity-view-private.h"
#include "koers-plan-io.h"
#include "koers-print.h"
#include "koers-printable.h"

#include "koers-test-util-gtk.h"

typedef struct
{
  KoersPlan         *plan;
  KoersWindow       *window;
  KoersMaturityPage *page;
  KoersMaturityView *view;
  GtkListBox        *criteria;
} Fixture;

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GPtrArray *
find_all (GtkWidget *root,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, found);
  return found;
}

/* The button below @root whose label is @label. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no button “%s”", label);
}

static guint
count_rows (GtkListBox *box)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (box, n) != NULL)
    n++;
  return n;
}

static GtkCheckButton *
row_check (GtkListBox *box,
           guint       index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (box, index);

  g_assert_nonnull (row);
  return GTK_CHECK_BUTTON (koers_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON));
}

/* A label of the page that starts with @prefix. */
static const char *
label_starting (GtkWidget  *root,
                const char *prefix)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_label (g_ptr_array_index (labels, i));

      if (g_str_has_prefix (text, prefix))
        return text;
    }
  g_error ("no label starting “%s”", prefix);
}

/* Lets the coalesced changed::SECTION emission and the redraws happen. */
static void
settle (Fixture *fixture)
{
  koers_plan_flush_changes (fixture->plan);
  koers_test_iterate_for (20);
}

/* Activates @button as Enter or Space on it does; a button shows its press
 * for a moment before it is clicked. */
typedef struct
{
  gboolean clicked;
} Clicked;

static void
clicked_cb (GtkButton *button,
            Clicked   *clicked)
{
  clicked->clicked = TRUE;
}

static gboolean
was_clicked (gpointer data)
{
  return ((Clicked *) data)->clicked;
}

static void
press_button (Fixture   *fixture,
              GtkWidget *button)
{
  Clicked clicked = { FALSE };
  /* a trash button goes with its row */
  g_autoptr(GtkWidget) held = g_object_ref (button);
  gulong id = g_signal_connect_after (button, "clicked", G_CALLBACK (clicked_cb), &clicked);

  g_assert_true (gtk_widget_activate (button));
  koers_test_iterate_until (was_clicked, &clicked);
  g_signal_handler_disconnect (held, id);
  settle (fixture);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures",
                                                                    "maturity-presence.koers",
                                                                    NULL));
  g_autoptr(GError) error = NULL;

  fixture->plan = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  fixture->window = koers_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  koers_window_set_plan (fixture->window, fixture->plan, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "maturity");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  fixture->page = KOERS_MATURITY_PAGE (koers_test_find_descendant (GTK_WIDGET (fixture->window),
                                                                   KOERS_TYPE_MATURITY_PAGE));
  g_assert_nonnull (fixture->page);
  fixture->view = _koers_maturity_page_get_view (fixture->page);
  fixture->criteria = _koers_maturity_page_get_criteria_list (fixture->page);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->plan);
}

/* Clicks the middle of @phase's step. */
static void
click_step (Fixture    *fixture,
            KoersPhase  phase)
{
  KoersMaturityOptions opts;
  double x, y, w, h;

  _koers_maturity_view_get_options (fixture->view, &opts);
  koers_maturity_step_geometry (&opts, phase,
                                gtk_widget_get_width (GTK_WIDGET (fixture->view)),
                                gtk_widget_get_height (GTK_WIDGET (fixture->view)),
                                &x, &y, &w, &h);
  g_assert_true (_koers_maturity_view_click (fixture->view, x + w / 2, y + h / 2));
  settle (fixture);
}

/* The page opens on the current phase; a click on a step shows its
 * criteria; ticking one reaches Engagement, and with Formalized already
 * met the organisation is in Formalized; Undo takes it back. */
static void
test_tick_changes_phase (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkCheckButton *check;

  g_assert_cmpint (koers_maturity_view_get_selected_phase (fixture->view), ==,
                   KOERS_PHASE_PRESENCE);
  g_assert_cmpuint (count_rows (fixture->criteria), ==, 3);
  g_assert_cmpstr (label_starting (GTK_WIDGET (fixture->page), "The organisation is in"), ==,
                   "The organisation is in phase 2, Presence, as the criteria say.");

  click_step (fixture, KOERS_PHASE_ENGAGEMENT);
  g_assert_cmpint (koers_maturity_view_get_selected_phase (fixture->view), ==,
                   KOERS_PHASE_ENGAGEMENT);
  g_assert_cmpuint (count_rows (fixture->criteria), ==, 4);
  g_assert_cmpstr (label_starting (GTK_WIDGET (fixture->page), "Phase 3,"), ==,
                   "Phase 3, Engagement: Dialogue deepens relationships");
  g_assert_cmpstr (label_starting (GTK_WIDGET (fixture->page), "2 of 4"), ==,
                   "2 of 4 criteria met: this phase is not reached yet.");

  /* the third criterion is open; ticking it, as Space on it does */
  check = row_check (fixture->criteria, 2);
  g_assert_false (gtk_check_button_get_active (check));
  gtk_widget_activate (GTK_WIDGET (check));
  settle (fixture);
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_cmpint (koers_plan_get_current_phase (fixture->plan), ==, KOERS_PHASE_FORMALIZED);
  g_assert_cmpstr (label_starting (GTK_WIDGET (fixture->page), "3 of 4"), ==,
                   "3 of 4 criteria met: this phase is reached.");
  g_assert_cmpstr (label_starting (GTK_WIDGET (fixture->page), "The organisation is in"), ==,
                   "The organisation is in phase 4, Formalized, as the criteria say.");

  /* one gesture, one step of Undo */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  settle (fixture);
  g_assert_false (gtk_check_button_get_active (row_check (fixture->criteria, 2)));
  g_assert_cmpint (koers_plan_get_current_phase (fixture->plan), ==, KOERS_PHASE_PRESENCE);
  g_assert_cmpstr (label_starting (GTK_WIDGET (fixture->page), "The organisation is in"), ==,
                   "The organisation is in phase 2, Presence, as the criteria say.");

  /* outside the steps a click chooses nothing */
  g_assert_false (_koers_maturity_view_click (fixture->view, 2, 2));
  g_assert_cmpint (koers_maturity_view_get_selected_phase (fixture->view), ==,
                   KOERS_PHASE_ENGAGEMENT);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  gtk_widget_grab_focus (GTK_WIDGET (fixture->view));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->view)));
  g_assert_true (_koers_maturity_view_key (fixture->view, GDK_KEY_Right, 0));
  g_assert_cmpint (koers_maturity_view_get_selected_phase (fixture->view), ==,
                   KOERS_PHASE_ENGAGEMENT);
  g_assert_true (_koers_maturity_view_key (fixture->view, GDK_KEY_End, 0));
  g_assert_cmpint (koers_maturity_view_get_selected_phase (fixture->view), ==,
                   KOERS_PHASE_CONVERGED);
  g_assert_true (_koers_maturity_view_key (fixture->view, GDK_KEY_Right, 0));
  g_assert_cmpint (koers_maturity_view_get_selected_phase (fixture->view), ==,
                   KOERS_PHASE_CONVERGED);
  g_assert_true (_koers_maturity_view_key (fixture->view, GDK_KEY_1, 0));
  g_assert_cmpint (koers_maturity_view_get_selected_phase (fixture->view), ==,
                   KOERS_PHASE_PLANNING);
  settle (fixture);
  g_assert_cmpuint (count_rows (fixture->criteria), ==, 3);
  /* the focused step has a ring: the options the view draws with say so.
   * The tests share one display: another test's window may have taken
   * the active state (and with it the focus) meanwhile, so take it back. */
  {
    KoersMaturityOptions opts;
    gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    gtk_window_present (GTK_WINDOW (fixture->window));
    gtk_widget_grab_focus (GTK_WIDGET (fixture->view));
    while (!gtk_widget_has_focus (GTK_WIDGET (fixture->view)) && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
    _koers_maturity_view_get_options (fixture->view, &opts);
    g_assert_cmpint (opts.selected_phase, ==, KOERS_PHASE_PLANNING);
    if (gtk_widget_has_focus (GTK_WIDGET (fixture->view)))
      g_assert_cmpint (opts.focus_phase, ==, KOERS_PHASE_PLANNING);
    else
      g_test_message ("the window did not become active again on the shared display");
  }
  /* keys with Control belong to the window; Tab leaves the view */
  g_assert_false (_koers_maturity_view_key (fixture->view, GDK_KEY_Right, GDK_CONTROL_MASK));
  g_assert_false (_koers_maturity_view_key (fixture->view, GDK_KEY_Tab, 0));
  /* the view never edits the plan */
  g_assert_cmpint (koers_plan_get_current_phase (fixture->plan), ==, KOERS_PHASE_PRESENCE);
}

static void
test_override (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) dropdowns = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN);
  g_autoptr(GPtrArray) checks = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_CHECK_BUTTON);
  GtkWidget *check = NULL;
  GtkDropDown *phase_dropdown = NULL;
  g_autoptr(GPtrArray) entries = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_ENTRY);
  GtkEditable *reason = NULL;

  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (gtk_check_button_get_label (g_ptr_array_index (checks, i)),
                   "Set the phase _by hand") == 0)
      check = g_ptr_array_index (checks, i);
  g_assert_nonnull (check);
  for (guint i = 0; i < dropdowns->len; i++)
    if (g_list_model_get_n_items (gtk_drop_down_get_model (g_ptr_array_index (dropdowns, i))) ==
        KOERS_N_PHASES)
      phase_dropdown = g_ptr_array_index (dropdowns, i);
  for (guint i = 0; i < entries->len; i++)
    if (gtk_widget_get_ancestor (g_ptr_array_index (entries, i), GTK_TYPE_LIST_BOX) == NULL)
      reason = g_ptr_array_index (entries, i);
  g_assert_nonnull (phase_dropdown);
  g_assert_nonnull (reason);

  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (phase_dropdown)));
  gtk_widget_activate (check);
  settle (fixture);
  g_assert_true (koers_plan_get_phase_overridden (fixture->plan));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (phase_dropdown)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (reason)));

  gtk_drop_down_set_selected (phase_dropdown, KOERS_PHASE_STRATEGIC);
  gtk_editable_set_text (reason, "De directie stuurt erop");
  settle (fixture);
  g_assert_cmpint (koers_plan_get_current_phase (fixture->plan), ==, KOERS_PHASE_STRATEGIC);
  g_assert_cmpstr (koers_plan_get_override_reason (fixture->plan), ==, "De directie stuurt erop");
  g_assert_cmpstr (label_starting (GTK_WIDGET (fixture->page), "The organisation is in"), ==,
                   "The organisation is in phase 5, Strategic, set by hand; the criteria say "
                   "phase 2, Presence.");

  /* off again: the criteria count, the choice stays for next time */
  gtk_widget_activate (check);
  settle (fixture);
  g_assert_cmpint (koers_plan_get_current_phase (fixture->plan), ==, KOERS_PHASE_PRESENCE);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (phase_dropdown)));
  g_assert_cmpuint (gtk_drop_down_get_selected (phase_dropdown), ==, KOERS_PHASE_STRATEGIC);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  settle (fixture);
  g_assert_cmpint (koers_plan_get_current_phase (fixture->plan), ==, KOERS_PHASE_STRATEGIC);
}

static void
test_record_assessment (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *record = find_button (GTK_WIDGET (fixture->page), "_Record Assessment");
  GListModel *assessments = koers_plan_get_assessments (fixture->plan);
  g_autoptr(GPtrArray) boxes = find_all (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_BOX);
  GtkListBox *history = g_ptr_array_index (boxes, boxes->len - 1);
  KoersAssessment *assessment;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint met, n;

  g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 0);
  g_assert_cmpuint (count_rows (history), ==, 0);
  press_button (fixture, record);
  g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 1);
  g_assert_cmpuint (count_rows (history), ==, 1);
  assessment = koers_plan_get_previous_assessment (fixture->plan);
  g_assert_cmpint (koers_assessment_get_phase (assessment), ==, KOERS_PHASE_PRESENCE);
  g_assert_cmpint (g_date_get_year (koers_assessment_get_date (assessment)), ==,
                   g_date_time_get_year (now));
  g_assert_true (koers_assessment_get_result (assessment, KOERS_PHASE_PLANNING, &met, &n));
  g_assert_cmpuint (met, ==, 2);
  g_assert_cmpuint (n, ==, 3);
  /* the row tells what it found */
  g_assert_nonnull (label_starting (GTK_WIDGET (history), "Phase 2, Presence"));
  g_assert_nonnull (strstr (label_starting (GTK_WIDGET (history), "Planning 2/3"),
                            "Engagement 2/4"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  settle (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 0);
  g_assert_cmpuint (count_rows (history), ==, 0);
}

static gboolean
focus_in_last_row (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  guint n = count_rows (fixture->criteria);

  return focus != NULL && n > 0 &&
         gtk_widget_is_ancestor (focus, GTK_WIDGET (gtk_list_box_get_row_at_index (fixture->criteria,
                                                                                   n - 1)));
}

static void
test_add_and_remove_criterion (Fixture       *fixture,
                               gconstpointer  data)
{
  GListModel *criteria = koers_maturity_phase_get_criteria (
    koers_plan_get_phase (fixture->plan, KOERS_PHASE_PRESENCE));
  GtkWidget *add = find_button (GTK_WIDGET (fixture->page), "Add _Criterion");
  GtkWidget *focus;
  GtkListBoxRow *row;

  press_button (fixture, add);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 4);
  g_assert_cmpuint (count_rows (fixture->criteria), ==, 4);
  /* the new criterion's text has the focus, ready to type, once it shows */
  row = gtk_list_box_get_row_at_index (fixture->criteria, 3);
  koers_test_iterate_until (focus_in_last_row, fixture);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (row)));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY));

  /* a delete is deliberate: its trash button, and Undo brings it back */
  {
    g_autoptr(GPtrArray) buttons = find_all (GTK_WIDGET (gtk_list_box_get_row_at_index (fixture->criteria, 0)),
                                             GTK_TYPE_BUTTON);
    GtkWidget *trash = NULL;
    g_autoptr(KoersCriterion) first = g_list_model_get_item (criteria, 0);

    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)),
                     "user-trash-symbolic") == 0)
        trash = g_ptr_array_index (buttons, i);
    g_assert_nonnull (trash);
    press_button (fixture, trash);
    g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 3);
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
    settle (fixture);
    g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 4);
    {
      g_autoptr(KoersCriterion) again = g_list_model_get_item (criteria, 0);

      g_assert_true (again == first);
    }
  }
}

/* Side by side in a wide window, the checklist below the steps in a narrow one. */
static void
test_layout (Fixture       *fixture,
             gconstpointer  data)
{
  graphene_rect_t view, list;

  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture->view), GTK_WIDGET (fixture->page),
                                            &view));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture->criteria),
                                            GTK_WIDGET (fixture->page), &list));
  g_test_message ("1280: view %.0fx%.0f at %.0f,%.0f; list at %.0f,%.0f", view.size.width,
                  view.size.height, view.origin.x, view.origin.y, list.origin.x, list.origin.y);
  g_assert_cmpfloat (list.origin.x, >=, view.origin.x + view.size.width);

  gtk_window_unmaximize (GTK_WINDOW (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  koers_test_iterate_for (200);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture->view), GTK_WIDGET (fixture->page),
                                            &view));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture->criteria),
                                            GTK_WIDGET (fixture->page), &list));
  g_test_message ("800: view %.0fx%.0f at %.0f,%.0f; list at %.0f,%.0f", view.size.width,
                  view.size.height, view.origin.x, view.origin.y, list.origin.x, list.origin.y);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 800);
  g_assert_cmpfloat (list.origin.y, >=, view.origin.y + view.size.height);
  /* and nothing is wider than the page */
  g_assert_cmpfloat (view.origin.x + view.size.width, <=,
                     gtk_widget_get_width (GTK_WIDGET (fixture->page)));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gboolean                *done)
{
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  *done = TRUE;
}

/* The page prints its own printable, through the print operation. */
static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("koers-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "volwassenheid.pdf", NULL);
  const char *id = koers_page_get_printable_id (KOERS_PAGE (fixture->page));
  g_autoptr(KoersPrint) print = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gboolean done = FALSE;

  g_assert_cmpstr (id, ==, "maturity");
  print = koers_print_new (fixture->plan, koers_printable_lookup (id));
  koers_print_set_style (print, KOERS_RENDER_STYLE_BW);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (print), FALSE);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);
  g_signal_connect (print, "done", G_CALLBACK (print_done_cb), &done);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (print),
                                            GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* The Flatpak build runs the tests without a display. */
  if (!koers_test_init_gtk (&argc, &argv))
    return 0;

  g_test_add ("/maturity-page/tick-changes-phase", Fixture, NULL, fixture_set_up,
              test_tick_changes_phase, fixture_tear_down);
  g_test_add ("/maturity-page/keyboard", Fixture, NULL, fixture_set_up, test_keyboard,
              fixture_tear_down);
  g_test_add ("/maturity-page/override", Fixture, NULL, fixture_set_up, test_override,
              fixture_tear_down);
  g_test_add ("/maturity-page/record-assessment", Fixture, NULL, fixture_set_up,
              test_record_assessment, fixture_tear_down);
  g_test_add ("/maturity-page/add-and-remove-criterion", Fixture, NULL, fixture_set_up,
              test_add_and_remove_criterion, fixture_tear_down);
  g_test_add ("/maturity-page/layout", Fixture, NULL, fixture_set_up, test_layout,
              fixture_tear_down);
  g_test_add ("/maturity-page/print", Fixture, NULL, fixture_set_up, test_print,
              fixture_tear_down);

  return g_test_run ();
}
