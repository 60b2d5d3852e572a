/* test-calendar-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content calendar page as its user works with it: a click on a day
 * adds a post there, a drop moves it to another day, an occurrence of a
 * series is changed as "only this one", and each step undoes on its own;
 * the month grid recycles its chips; the agenda filters and sorts; the
 * keyboard changes months. Runs under Xvfb, with "today" fixed by
 * KOERS_TODAY. With KOERS_SCREENSHOT_DIR set it also writes screenshots of
 * the three views at 1280x800 and 800x600.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "koers-calendar-csv.h"
#include "koers-calendar-export.h"
#include "koers-calendar-index.h"
#include "koers-export-status.h"
#include "koers-channel.h"
#include "koers-calendar-item.h"
#include "koers-calendar-list.h"
#include "koers-calendar-page.h"
#include "koers-calendar-series.h"
#include "koers-entry-editor.h"
#include "koers-entry-repeat.h"
#include "koers-recurrence.h"
#include "koers-entry-chip.h"
#include "koers-month-cell.h"
#include "koers-month-view.h"
#include "koers-plan-io.h"
#include "koers-week-view.h"
#include "koers-window.h"

#include "koers-test-util.h"
#include "koers-test-util-gtk.h"

static char *tmpdir;

static KoersWindow *
open_example_copy (int width,
                   int height)
{
  static guint n;
  g_autofree char *name = g_strdup_printf ("plan-%u.koers", n++);
  g_autofree char *copy = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = NULL;
  KoersWindow *window;

  koers_test_copy_example (copy);
  file = g_file_new_for_path (copy);
  window = koers_test_open_window (file);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static KoersCalendarPage *
show_calendar (KoersWindow *window)
{
  GtkWidget *page;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "calendar");
  page = koers_test_find_descendant (GTK_WIDGET (window), KOERS_TYPE_CALENDAR_PAGE);
  g_assert_nonnull (page);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  koers_test_iterate_for (50);
  return KOERS_CALENDAR_PAGE (page);
}

static GtkWidget *
find_by_type (GtkWidget *widget,
              GType      type)
{
  GtkWidget *found = koers_test_find_descendant (widget, type);

  g_assert_nonnull (found);
  return found;
}

static GDate
make_date (guint year,
           guint month,
           guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;  /* the widget keeps it */
    }
  g_assert_not_reached ();
  return NULL;
}

/* A click on the empty part of @cell (its bottom left corner) */
static void
click_cell (GtkWidget *cell)
{
  GtkEventController *click = find_controller (cell, GTK_TYPE_GESTURE_CLICK);

  g_signal_emit_by_name (click, "released", 1, 3.0, (double) gtk_widget_get_height (cell) - 3);
}

/* What a drag of @item ends with on @target */
static gboolean
drop_on (GtkWidget         *target,
         KoersCalendarItem *item,
         double             x,
         double             y)
{
  GtkEventController *drop = find_controller (target, GTK_TYPE_DROP_TARGET);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean done = FALSE;

  g_value_init (&value, KOERS_TYPE_CALENDAR_ITEM);
  g_value_set_object (&value, item);
  g_signal_emit_by_name (drop, "drop", &value, x, y, &done);
  return done;
}

static gboolean
cell_shows (GtkWidget          *cell,
            KoersCalendarEntry *entry)
{
  KoersMonthCell *month_cell = KOERS_MONTH_CELL (cell);

  for (guint i = 0; i < koers_month_cell_get_n_occurrences (month_cell); i++)
    if (koers_month_cell_get_occurrence (month_cell, i)->entry == entry)
      return TRUE;
  return FALSE;
}

/* Runs what is pending: the views show a change at the next idle */
static void
flush (void)
{
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
undo (KoersWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  flush ();
}

static void
dump_widths (GtkWidget *w, int depth)
{
  int min, nat;

  if (depth > 7 || !gtk_widget_get_visible (w))
    return;
  gtk_widget_measure (w, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  if (min > 150 && depth < 12)
    g_printerr ("%*s%s min %d nat %d\n", depth * 2, "", G_OBJECT_TYPE_NAME (w), min, nat);
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    dump_widths (c, depth + 1);
}

static void
save_screenshot (KoersWindow *window,
                 const char  *name)
{
  if (g_getenv ("KOERS_SCREENSHOT_DIR") == NULL)
    return;
  if (g_getenv ("KOERS_DUMP_WIDTHS"))
    dump_widths (find_by_type (GTK_WIDGET (window), KOERS_TYPE_ENTRY_EDITOR), 0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  koers_test_iterate_for (500);  /* the side panel slides in */
  koers_test_save_screenshot (GTK_WIDGET (window), name);
}

/* Add by a click, move by a drop, change an occurrence of a series as
 * "only this one"; undo each ---------------------------------------------- */

static void
test_add_drag_undo (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersPlan *plan = koers_window_get_plan (window);
  GListModel *entries = koers_plan_get_entries (plan);
  KoersCalendarPage *page = show_calendar (window);
  KoersMonthView *month = KOERS_MONTH_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
  KoersEntryEditor *editor = KOERS_ENTRY_EDITOR (find_by_type (GTK_WIDGET (page), KOERS_TYPE_ENTRY_EDITOR));
  guint n_before = g_list_model_get_n_items (entries);
  GDate day = make_date (2027, 3, 17), other = make_date (2027, 3, 24);
  GtkWidget *cell, *other_cell;
  g_autoptr(KoersCalendarEntry) added = NULL;
  g_autoptr(KoersCalendarItem) item = NULL;

  /* "today" is 10 March 2027: the month shown */
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 3);
  g_assert_cmpuint (g_date_get_year (koers_month_view_get_month (month)), ==, 2027);

  /* A click on a day adds a post there, one undo step, and opens it */
  cell = koers_month_view_get_cell (month, &day);
  other_cell = koers_month_view_get_cell (month, &other);
  g_assert_nonnull (cell);
  click_cell (cell);
  flush ();
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n_before + 1);
  added = g_list_model_get_item (entries, n_before);
  g_assert_cmpint (g_date_compare (koers_calendar_entry_get_date (added), &day), ==, 0);
  g_assert_true (koers_entry_editor_get_entry (editor) == added);
  g_assert_true (cell_shows (cell, added));

  /* Typing a title in the panel edits it */
  gtk_editable_set_text (GTK_EDITABLE (find_by_type (GTK_WIDGET (editor), GTK_TYPE_ENTRY)), "Voorjaarsactie");
  g_assert_cmpstr (koers_calendar_entry_get_title (added), ==, "Voorjaarsactie");
  undo (window);
  g_assert_cmpstr (koers_calendar_entry_get_title (added), ==, "");

  /* A drop on another day moves it there, keeping its time */
  koers_calendar_entry_set_time (added, 9 * 60 + 30);
  item = koers_calendar_item_new (koers_month_cell_get_occurrence (KOERS_MONTH_CELL (cell), 0)->entry == added
                                  ? koers_month_cell_get_occurrence (KOERS_MONTH_CELL (cell), 0)
                                  : &(KoersOccurrence) { added, day, day, 9 * 60 + 30 });
  g_assert_true (drop_on (other_cell, item, 5, 5));
  flush ();
  g_assert_cmpint (g_date_compare (koers_calendar_entry_get_date (added), &other), ==, 0);
  g_assert_cmpint (koers_calendar_entry_get_time (added), ==, 9 * 60 + 30);
  g_assert_false (cell_shows (cell, added));
  g_assert_true (cell_shows (other_cell, added));

  /* Undo puts it back on its day, and the grid shows it there */
  undo (window);
  g_assert_cmpint (g_date_compare (koers_calendar_entry_get_date (added), &day), ==, 0);
  g_assert_true (cell_shows (cell, added));
  g_assert_false (cell_shows (other_cell, added));

  /* Undo (of the time, then of the add) takes it away again */
  undo (window);
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n_before);
  g_assert_null (koers_plan_of (added));
  g_assert_false (cell_shows (cell, added));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The occurrence of @series on @date in @cell, as an item */
static KoersCalendarItem *
occurrence_in (GtkWidget          *cell,
               KoersCalendarEntry *entry)
{
  KoersMonthCell *month_cell = KOERS_MONTH_CELL (cell);

  for (guint i = 0; i < koers_month_cell_get_n_occurrences (month_cell); i++)
    if (koers_month_cell_get_occurrence (month_cell, i)->entry == entry)
      return koers_calendar_item_new (koers_month_cell_get_occurrence (month_cell, i));
  g_assert_not_reached ();
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkDialog *
find_question (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_DIALOG (window);
    }
  return NULL;
}

/* An occurrence of a series, changed as "only this one" in the panel and by
 * a drag; each step undoes on its own and the grid follows */
static void
test_series_only_this_one (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersPlan *plan = koers_window_get_plan (window);
  GListModel *entries = koers_plan_get_entries (plan);
  KoersCalendarPage *page = show_calendar (window);
  KoersMonthView *month = KOERS_MONTH_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
  KoersEntryEditor *editor = KOERS_ENTRY_EDITOR (find_by_type (GTK_WIDGET (page), KOERS_TYPE_ENTRY_EDITOR));
  KoersCalendarIndex *index = koers_calendar_index_get_for_plan (plan);
  KoersCalendarEntry *series = koers_calendar_index_find_series (index, "bericht-009");
  GDate day = make_date (2027, 3, 18), moved_to = make_date (2027, 3, 19);
  guint n_before = g_list_model_get_n_items (entries);
  g_autoptr(KoersCalendarItem) item = NULL;
  GtkWidget *cell, *only;
  KoersCalendarEntry *override;
  GtkDialog *question;

  /* "Collega van de maand", monthly on the 18th */
  g_assert_nonnull (series);
  g_assert_true (koers_calendar_entry_is_series (series));
  cell = koers_month_view_get_cell (month, &day);
  item = occurrence_in (cell, series);

  /* Opening it asks first; the fields wait */
  g_signal_emit_by_name (month, "open-entry", item);
  g_assert_true (koers_entry_editor_get_asking (editor));
  only = find_button (GTK_WIDGET (editor), _("_Only this one"));
  g_assert_nonnull (only);
  g_assert_true (gtk_widget_get_visible (only));

  /* "Only this one": an override of the 18th, one undo step */
  g_signal_emit_by_name (only, "clicked");
  flush ();
  override = koers_entry_editor_get_entry (editor);
  g_assert_false (koers_entry_editor_get_asking (editor));
  g_assert_true (override != series);
  g_assert_cmpstr (koers_calendar_entry_get_series (override), ==, "bericht-009");
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n_before + 1);
  g_assert_true (cell_shows (cell, override));
  g_assert_false (cell_shows (cell, series));

  /* Its title changes, the series' stays */
  gtk_editable_set_text (GTK_EDITABLE (find_by_type (GTK_WIDGET (editor), GTK_TYPE_ENTRY)),
                         "Collega van de maand: Fatima");
  g_assert_cmpstr (koers_calendar_entry_get_title (override), ==, "Collega van de maand: Fatima");
  g_assert_cmpstr (koers_calendar_entry_get_title (series), ==, "Collega van de maand");

  /* Undo the title, then the detach: the series is whole again */
  undo (window);
  g_assert_cmpstr (koers_calendar_entry_get_title (override), ==, "Collega van de maand");
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n_before);
  g_assert_true (cell_shows (cell, series));

  /* A drag of the occurrence asks which posts; "only this one" moves the
   * 18th alone to the 19th, as one undo step */
  g_clear_object (&item);
  item = occurrence_in (cell, series);
  g_assert_true (drop_on (koers_month_view_get_cell (month, &moved_to), item, 5, 5));
  question = find_question ();
  g_assert_nonnull (question);
  gtk_dialog_response (question, KOERS_SERIES_SCOPE_ONE);
  flush ();
  g_assert_null (find_question ());
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n_before + 1);
  g_assert_false (cell_shows (cell, series));
  {
    GtkWidget *next = koers_month_view_get_cell (month, &moved_to);
    KoersMonthCell *next_cell = KOERS_MONTH_CELL (next);
    gboolean found = FALSE;

    for (guint i = 0; i < koers_month_cell_get_n_occurrences (next_cell); i++)
      {
        KoersCalendarEntry *e = koers_month_cell_get_occurrence (next_cell, i)->entry;

        found |= g_strcmp0 (koers_calendar_entry_get_series (e), "bericht-009") == 0;
      }
    g_assert_true (found);
  }
  /* the other months keep their 18th */
  {
    GDate april = make_date (2027, 4, 18);
    g_autoptr(GArray) occ = koers_calendar_index_query (index, &april, &april);
    gboolean found = FALSE;

    for (guint i = 0; i < occ->len; i++)
      found |= g_array_index (occ, KoersOccurrence, i).entry == series;
    g_assert_true (found);
  }
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n_before);
  g_assert_true (cell_shows (cell, series));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  state)
{
  GtkEventController *key = find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (key, "key-pressed", keyval, 0, state, &handled);
  return handled;
}

/* The keyboard: arrows between days, Page Down to the next month, Enter
 * adds, Alt+arrows move a post (one undo step); delete has Undo */
static void
test_keyboard (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersPlan *plan = koers_window_get_plan (window);
  GListModel *entries = koers_plan_get_entries (plan);
  KoersCalendarPage *page = show_calendar (window);
  KoersMonthView *month = KOERS_MONTH_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
  KoersEntryEditor *editor = KOERS_ENTRY_EDITOR (find_by_type (GTK_WIDGET (page), KOERS_TYPE_ENTRY_EDITOR));
  GDate day = make_date (2027, 3, 10), next = make_date (2027, 3, 11);
  guint n_before = g_list_model_get_n_items (entries);
  GtkWidget *chip;
  KoersCalendarEntry *entry;
  g_autoptr(KoersCalendarEntry) keep = NULL;

  koers_month_view_focus_date (month, &day);
  g_assert_true (press_key (GTK_WIDGET (month), GDK_KEY_Right, 0));
  g_assert_cmpint (g_date_compare (koers_month_view_get_focus_date (month), &next), ==, 0);
  g_assert_true (gtk_widget_has_focus (koers_month_view_get_cell (month, &next)));
  g_assert_true (press_key (GTK_WIDGET (month), GDK_KEY_Page_Down, 0));
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 4);
  g_assert_true (press_key (GTK_WIDGET (month), GDK_KEY_Page_Up, 0));
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 3);

  /* Enter on a day adds a post there */
  koers_month_view_focus_date (month, &next);
  g_assert_true (press_key (GTK_WIDGET (month), GDK_KEY_Return, 0));
  flush ();
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n_before + 1);
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n_before);

  /* Alt+Right on a chip moves its post a day, keeping its time */
  chip = koers_month_cell_get_chip (KOERS_MONTH_CELL (koers_month_view_get_cell (month, &day)), 0);
  g_assert_nonnull (chip);
  entry = koers_calendar_item_get_entry (koers_entry_chip_get_item (KOERS_ENTRY_CHIP (chip)));
  keep = g_object_ref (entry);
  g_assert_false (koers_calendar_entry_is_series (entry));
  {
    int time = koers_calendar_entry_get_time (entry);

    g_assert_true (press_key (chip, GDK_KEY_Right, GDK_ALT_MASK));
    flush ();
    g_assert_cmpint (g_date_compare (koers_calendar_entry_get_date (entry), &next), ==, 0);
    g_assert_cmpint (koers_calendar_entry_get_time (entry), ==, time);
    g_assert_true (cell_shows (koers_month_view_get_cell (month, &next), entry));
    undo (window);
    g_assert_cmpint (g_date_compare (koers_calendar_entry_get_date (entry), &day), ==, 0);
  }

  /* Delete in the panel: gone, with a notice; Undo brings it back */
  chip = NULL;
  for (guint i = 0; chip == NULL; i++)
    {
      GtkWidget *c = koers_month_cell_get_chip (KOERS_MONTH_CELL (koers_month_view_get_cell (month, &day)), i);

      g_assert_nonnull (c);
      if (koers_calendar_item_get_entry (koers_entry_chip_get_item (KOERS_ENTRY_CHIP (c))) == entry)
        chip = c;
    }
  g_signal_emit_by_name (chip, "activate");
  g_assert_true (koers_entry_editor_get_entry (editor) == entry);
  g_signal_emit_by_name (find_button (GTK_WIDGET (editor), _("_Delete")), "clicked");
  flush ();
  g_assert_null (koers_plan_of (entry));
  g_assert_false (cell_shows (koers_month_view_get_cell (month, &day), entry));
  undo (window);
  g_assert_true (koers_plan_of (entry) == plan);
  g_assert_true (cell_shows (koers_month_view_get_cell (month, &day), entry));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The month grid builds chips for what fits and recycles them ------------- */

static void
test_month_pool (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersPlan *plan = koers_window_get_plan (window);
  KoersCalendarPage *page = show_calendar (window);
  KoersMonthView *month = KOERS_MONTH_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  GDate day = make_date (2027, 3, 3);
  GtkWidget *cell;
  guint made, shown;

  /* Forty posts on one day */
  for (guint i = 0; i < 40; i++)
    {
      KoersCalendarEntry *entry = koers_calendar_entry_new ();
      g_autofree char *title = g_strdup_printf ("Bericht %u", i);

      koers_calendar_entry_set_date (entry, &day);
      koers_calendar_entry_set_title (entry, title);
      g_ptr_array_add (many, entry);
    }
  koers_plan_append_many (plan, koers_plan_get_entries (plan), many->pdata, many->len);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  koers_test_iterate_for (50);

  cell = koers_month_view_get_cell (month, &day);
  shown = koers_month_cell_get_n_shown (KOERS_MONTH_CELL (cell));
  g_assert_cmpuint (koers_month_cell_get_n_occurrences (KOERS_MONTH_CELL (cell)), >=, 40);
  /* as many as fit, and "+N" for the rest */
  g_assert_cmpuint (shown, >=, 1);
  g_assert_cmpuint (shown, <, 10);
  g_assert_true (gtk_widget_get_visible (koers_month_cell_get_more_button (KOERS_MONTH_CELL (cell))));
  {
    g_autofree char *more = g_strdup_printf ("+%u", koers_month_cell_get_n_occurrences (KOERS_MONTH_CELL (cell)) - shown);

    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (koers_month_cell_get_more_button (KOERS_MONTH_CELL (cell)))),
                     ==, more);
  }

  /* Twelve month switches there and back make no new chips */
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.previous", NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  made = koers_month_view_get_n_chips (month);
  for (guint i = 0; i < 6; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (page), "calendar.next", NULL);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }
  for (guint i = 0; i < 6; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (page), "calendar.previous", NULL);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 3);
  g_assert_cmpuint (koers_month_view_get_n_chips (month), <=, made + 8);
  /* never more chips than 42 days can show */
  g_assert_cmpuint (koers_month_view_get_n_chips (month), <, 42 * 12);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The agenda lists the plan period, filters and sorts --------------------- */

static guint
count_channel (KoersPlan  *plan,
               const char *channel)
{
  GDate from = make_date (2027, 1, 1), to = make_date (2027, 12, 31);
  g_autoptr(GArray) all = koers_calendar_index_query (koers_calendar_index_get_for_plan (plan), &from, &to);
  guint n = 0;

  for (guint i = 0; i < all->len; i++)
    if (channel == NULL ||
        g_strcmp0 (koers_calendar_entry_get_channel (g_array_index (all, KoersOccurrence, i).entry), channel) == 0)
      n++;
  return n;
}

static void
wait_for_list (GListModel *model)
{
  /* The filter and the sorter work incrementally */
  for (guint i = 0; i < 200; i++)
    koers_test_iterate_for (2);
  (void) model;
}

static void
test_list_filter_sort (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersPlan *plan = koers_window_get_plan (window);
  KoersCalendarPage *page = show_calendar (window);
  KoersCalendarList *list = KOERS_CALENDAR_LIST (find_by_type (GTK_WIDGET (page), KOERS_TYPE_CALENDAR_LIST));
  KoersCalendarFilter *filter = koers_calendar_page_get_filter (page);
  GtkStack *views = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_STACK));
  GListModel *model = koers_calendar_list_get_model (list);
  GtkColumnView *view = koers_calendar_list_get_column_view (list);
  g_autoptr(GListModel) columns = NULL;
  g_autoptr(GtkColumnViewColumn) title_column = NULL;
  guint n_all = count_channel (plan, NULL);

  gtk_stack_set_visible_child_name (views, "list");
  wait_for_list (model);
  g_assert_cmpuint (n_all, >, 10);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_all);

  /* In date order first */
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KoersCalendarItem) a = g_list_model_get_item (model, i - 1);
      g_autoptr(KoersCalendarItem) b = g_list_model_get_item (model, i);

      g_assert_cmpint (g_date_compare (koers_calendar_item_get_date (a), koers_calendar_item_get_date (b)), <=, 0);
    }

  /* The channel filter lets the channel's posts through, and shows a chip */
  koers_calendar_filter_set_channel (filter, "instagram");
  wait_for_list (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, count_channel (plan, "instagram"));
  g_assert_cmpuint (g_list_model_get_n_items (model), <, n_all);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KoersCalendarItem) item = g_list_model_get_item (model, i);

      g_assert_cmpstr (koers_calendar_entry_get_channel (koers_calendar_item_get_entry (item)), ==, "instagram");
    }

  /* Sorted by title */
  columns = gtk_column_view_get_columns (view);
  g_object_ref (columns);
  title_column = g_list_model_get_item (columns, 3);
  g_assert_cmpstr (gtk_column_view_column_get_title (title_column), ==, _("Title"));
  gtk_column_view_sort_by_column (view, title_column, GTK_SORT_ASCENDING);
  wait_for_list (model);
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KoersCalendarItem) a = g_list_model_get_item (model, i - 1);
      g_autoptr(KoersCalendarItem) b = g_list_model_get_item (model, i);

      g_assert_cmpint (g_utf8_collate (koers_calendar_entry_get_title (koers_calendar_item_get_entry (a)),
                                       koers_calendar_entry_get_title (koers_calendar_item_get_entry (b))), <=, 0);
    }

  /* A text search narrows it further; clearing the filter brings all back */
  koers_calendar_filter_set_search (filter, "zzz-niet-te-vinden");
  wait_for_list (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  koers_calendar_filter_clear (filter, KOERS_CALENDAR_FILTER_SEARCH);
  koers_calendar_filter_clear (filter, KOERS_CALENDAR_FILTER_CHANNEL);
  wait_for_list (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_all);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Previous/next and the keyboard change months; today comes back --------- */

static void
test_month_navigation (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersCalendarPage *page = show_calendar (window);
  KoersMonthView *month = KOERS_MONTH_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
  GDate date = make_date (2027, 6, 15);

  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.next", NULL);
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 4);
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.previous", NULL);
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.previous", NULL);
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 2);

  /* Focusing a day of another month shows that month, the day focused */
  koers_month_view_focus_date (month, &date);
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 6);
  g_assert_true (gtk_widget_has_focus (koers_month_view_get_cell (month, &date)));

  /* Weeks start on Monday: the first cell of June 2027 is Monday 31 May */
  {
    GDate monday = make_date (2027, 5, 31);

    g_assert_nonnull (koers_month_view_get_cell (month, &monday));
    g_date_subtract_days (&monday, 1);
    g_assert_null (koers_month_view_get_cell (month, &monday));
  }

  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.today", NULL);
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opened on a month, the agenda shows that month: it scrolls there once
 * its rows are filled in ------------------------------------------------- */

static void
assert_list_shows (int          width,
                   int          height,
                   const GDate *shown,
                   gboolean     via_week);

static void
test_list_scrolls_to_month (void)
{
  GDate october = make_date (2027, 10, 1), today = make_date (2027, 3, 10);

  /* a month chosen, then the agenda; and as the page opens (today), by
   * way of the week view */
  assert_list_shows (1280, 800, &october, FALSE);
  assert_list_shows (800, 600, &today, TRUE);
}

static void
assert_list_shows (int          width,
                   int          height,
                   const GDate *shown,
                   gboolean     via_week)
{
  KoersWindow *window = open_example_copy (width, height);
  KoersCalendarPage *page = show_calendar (window);
  KoersCalendarList *list = KOERS_CALENDAR_LIST (find_by_type (GTK_WIDGET (page), KOERS_TYPE_CALENDAR_LIST));
  GtkStack *views = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_STACK));
  GListModel *model = koers_calendar_list_get_model (list);
  GtkColumnView *view = koers_calendar_list_get_column_view (list);
  GtkAdjustment *adj;
  guint first = G_MAXUINT, n;
  double expected;

  if (via_week)
    {
      gtk_stack_set_visible_child_name (views, "week");
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }
  else
    koers_calendar_page_show_date (page, shown);
  gtk_stack_set_visible_child_name (views, "list");
  wait_for_list (model);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  koers_test_iterate_for (50);

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n && first == G_MAXUINT; i++)
    {
      g_autoptr(KoersCalendarItem) item = g_list_model_get_item (model, i);

      if (g_date_compare (koers_calendar_item_get_date (item), shown) >= 0)
        first = i;
    }
  g_assert_cmpuint (first, >, 0);
  g_assert_cmpuint (first, <, n);
  adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  /* The column view estimates the height of the rows it has not laid out,
   * so the place is a share of the whole: the shown day's first row's */
  expected = MIN ((double) first / n,
                  1 - gtk_adjustment_get_page_size (adj) / gtk_adjustment_get_upper (adj));
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 0);
  g_assert_cmpfloat (ABS (gtk_adjustment_get_value (adj) / gtk_adjustment_get_upper (adj) - expected),
                     <, 0.25);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* "+N" opens the whole day; a post chosen there opens in the panel -------- */

static void
collect_chips (GtkWidget *widget,
               GPtrArray *chips)
{
  if (KOERS_IS_ENTRY_CHIP (widget))
    g_ptr_array_add (chips, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_chips (c, chips);
}

static void
test_more_popover (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersPlan *plan = koers_window_get_plan (window);
  KoersCalendarPage *page = show_calendar (window);
  KoersMonthView *month = KOERS_MONTH_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
  KoersEntryEditor *editor = KOERS_ENTRY_EDITOR (find_by_type (GTK_WIDGET (page), KOERS_TYPE_ENTRY_EDITOR));
  GDate day = make_date (2027, 3, 18);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) chips = g_ptr_array_new ();
  GtkWidget *cell, *more, *popover;
  KoersEntryChip *chosen = NULL;
  guint n_day;

  for (guint i = 0; i < 9; i++)
    {
      KoersCalendarEntry *entry = koers_calendar_entry_new ();
      g_autofree char *title = g_strdup_printf ("Dagpost %u", i);

      koers_calendar_entry_set_date (entry, &day);
      koers_calendar_entry_set_title (entry, title);
      g_ptr_array_add (added, entry);
    }
  koers_plan_append_many (plan, koers_plan_get_entries (plan), added->pdata, added->len);
  flush ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  cell = koers_month_view_get_cell (month, &day);
  n_day = koers_calendar_index_count (koers_calendar_index_get_for_plan (plan), &day, &day);
  g_assert_cmpuint (n_day, >=, 9);
  more = koers_month_cell_get_more_button (KOERS_MONTH_CELL (cell));
  g_assert_true (gtk_widget_get_visible (more));
  g_assert_cmpuint (koers_month_cell_get_n_occurrences (KOERS_MONTH_CELL (cell)), ==, n_day);

  g_signal_emit_by_name (more, "clicked");
  flush ();
  popover = koers_test_find_descendant (cell, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));

  /* Every post of the day, in the index's order */
  collect_chips (popover, chips);
  g_assert_cmpuint (chips->len, ==, n_day);
  {
    g_autoptr(GArray) occurrences = koers_calendar_index_query (koers_calendar_index_get_for_plan (plan),
                                                                &day, &day);

    for (guint i = 0; i < chips->len; i++)
      {
        KoersCalendarItem *item = koers_entry_chip_get_item (g_ptr_array_index (chips, i));

        g_assert_true (koers_calendar_item_get_entry (item) ==
                       g_array_index (occurrences, KoersOccurrence, i).entry);
        if (koers_calendar_item_get_entry (item) == g_ptr_array_index (added, 5))
          chosen = g_ptr_array_index (chips, i);
      }
  }
  g_assert_nonnull (chosen);

  /* Activating one opens it in the panel, and the popover closes */
  g_signal_emit_by_name (chosen, "activate");
  flush ();
  g_assert_true (koers_entry_editor_get_entry (editor) == g_ptr_array_index (added, 5));
  g_assert_false (gtk_widget_get_visible (popover));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Several posts selected and shifted by N days: one undo step ------------- */

static void
test_shift_selected (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersPlan *plan = koers_window_get_plan (window);
  KoersCalendarPage *page = show_calendar (window);
  KoersMonthView *month = KOERS_MONTH_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
  KoersCalendarEntry *entries[2] = { NULL, NULL };
  GDate dates[2];
  guint found = 0;

  /* Two single posts on two days of March */
  for (guint d = 1; d <= 31 && found < 2; d++)
    {
      GDate day = make_date (2027, 3, d);
      GtkWidget *chip = koers_month_cell_get_chip (KOERS_MONTH_CELL (koers_month_view_get_cell (month, &day)), 0);
      KoersCalendarEntry *entry;

      if (chip == NULL || koers_entry_chip_get_item (KOERS_ENTRY_CHIP (chip)) == NULL)
        continue;
      entry = koers_calendar_item_get_entry (koers_entry_chip_get_item (KOERS_ENTRY_CHIP (chip)));
      if (koers_calendar_entry_is_series (entry) || *koers_calendar_entry_get_series (entry) != '\0')
        continue;
      entries[found] = entry;
      dates[found] = *koers_calendar_entry_get_date (entry);
      g_signal_emit_by_name (chip, "toggle");
      found++;
    }
  g_assert_cmpuint (found, ==, 2);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (page)));

  /* The spin button says 7 days at first */
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.shift-selected", NULL);
  flush ();
  for (guint i = 0; i < 2; i++)
    {
      GDate later = dates[i];

      g_date_add_days (&later, 7);
      g_assert_cmpint (g_date_compare (koers_calendar_entry_get_date (entries[i]), &later), ==, 0);
      g_assert_true (cell_shows (koers_month_view_get_cell (month, &later), entries[i]));
    }

  /* One undo takes both back */
  undo (window);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpint (g_date_compare (koers_calendar_entry_get_date (entries[i]), &dates[i]), ==, 0);
  g_assert_true (koers_plan_of (entries[0]) == plan);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* At 800x600 a chip shows the start of its title: the channel shrinks to
 * its letter beside its colour; at 1280x800 it shows the short name ------- */

static void
assert_chip_text (int      width,
                  int      height,
                  gboolean narrow)
{
  KoersWindow *window = open_example_copy (width, height);
  KoersCalendarPage *page = show_calendar (window);
  KoersMonthView *month = KOERS_MONTH_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
  GDate day = make_date (2027, 3, 10);
  KoersEntryChip *chip = KOERS_ENTRY_CHIP (koers_month_cell_get_chip (KOERS_MONTH_CELL (koers_month_view_get_cell (month, &day)), 0));
  KoersCalendarEntry *entry = koers_calendar_item_get_entry (koers_entry_chip_get_item (chip));
  const char *title = koers_calendar_entry_get_title (entry);
  const char *shown = koers_entry_chip_get_shown_text (chip);
  const char *at = strstr (shown, title);

  g_assert_nonnull (at);
  if (narrow)
    {
      /* status mark, one letter, the title: a few bytes before it */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chip)), <, 130);
      g_assert_cmpint (at - shown, <=, 9);
    }
  else
    g_assert_cmpint (at - shown, >, 9);  /* with the short name and the time */
  /* The tooltip and the accessible name say everything */
  g_assert_nonnull (strstr (koers_entry_chip_get_description (chip), title));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_chip_titles (void)
{
  assert_chip_text (800, 600, TRUE);
  assert_chip_text (1280, 800, FALSE);
}

/* The editor's repeat controls: each kind of rule gives its RRULE -------- */

static void
collect_type (GtkWidget *widget,
              GType      type,
              GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_type (c, type, found);
}

static void
test_repeat_controls (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  GDate start = make_date (2027, 3, 31);  /* a Wednesday, the month's last */
  GtkWidget *window = gtk_window_new ();
  GtkWidget *repeat = koers_entry_repeat_new ();
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
  GtkDropDown *kind, *week, *end;
  GtkSpinButton *interval, *count;

  koers_calendar_entry_set_date (entry, &start);
  koers_calendar_entry_set_title (entry, "Brood van de week");
  koers_plan_append (plan, koers_plan_get_entries (plan), entry);
  koers_entry_repeat_set_entry (KOERS_ENTRY_REPEAT (repeat), entry);
  gtk_window_set_child (GTK_WINDOW (window), repeat);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  collect_type (repeat, GTK_TYPE_DROP_DOWN, dropdowns);
  collect_type (repeat, GTK_TYPE_SPIN_BUTTON, spins);
  collect_type (repeat, GTK_TYPE_TOGGLE_BUTTON, toggles);
  /* the weekdays, Monday first: the toggles of the linked row */
  for (guint i = toggles->len; i-- > 0;)
    if (!gtk_widget_has_css_class (gtk_widget_get_parent (g_ptr_array_index (toggles, i)), "weekday-toggles"))
      g_ptr_array_remove_index (toggles, i);
  g_assert_cmpuint (dropdowns->len, ==, 3);
  g_assert_cmpuint (spins->len, ==, 2);
  g_assert_cmpuint (toggles->len, ==, 7);
  kind = g_ptr_array_index (dropdowns, 0);
  week = g_ptr_array_index (dropdowns, 1);
  end = g_ptr_array_index (dropdowns, 2);
  interval = g_ptr_array_index (spins, 0);
  count = g_ptr_array_index (spins, 1);

#define RRULE() koers_calendar_entry_get_rrule (entry)
  g_assert_cmpstr (RRULE (), ==, "");

  gtk_drop_down_set_selected (kind, KOERS_REPEAT_WEEKLY);
  /* on the start's weekday */
  g_assert_cmpstr (RRULE (), ==, "FREQ=WEEKLY");
  /* every second week, on Friday too */
  gtk_spin_button_set_value (interval, 2);
  g_assert_cmpstr (RRULE (), ==, "FREQ=WEEKLY;INTERVAL=2");
  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 4), TRUE);
  g_assert_cmpstr (RRULE (), ==, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,FR");

  gtk_drop_down_set_selected (kind, KOERS_REPEAT_MONTHLY_DAY);
  /* the 31st is the last day of every month: April has its 30th */
  g_assert_cmpstr (RRULE (), ==, "FREQ=MONTHLY;BYMONTHDAY=-1");
  {
    GDate april1 = make_date (2027, 4, 1), april30 = make_date (2027, 4, 30);
    g_autoptr(GArray) april = koers_calendar_index_query (koers_calendar_index_get_for_plan (plan),
                                                          &april1, &april30);

    g_assert_cmpuint (april->len, ==, 1);
    g_assert_cmpuint (g_date_get_day (&g_array_index (april, KoersOccurrence, 0).date), ==, 30);
  }
  gtk_drop_down_set_selected (kind, KOERS_REPEAT_MONTHLY_WEEKDAY);
  /* the 31st of March is its last Wednesday */
  g_assert_cmpstr (RRULE (), ==, "FREQ=MONTHLY;BYDAY=-1WE");
  gtk_drop_down_set_selected (week, 0);
  g_assert_cmpstr (RRULE (), ==, "FREQ=MONTHLY;BYDAY=1WE");
  gtk_drop_down_set_selected (kind, KOERS_REPEAT_YEARLY);
  g_assert_cmpstr (RRULE (), ==, "FREQ=YEARLY");
  gtk_drop_down_set_selected (end, KOERS_REPEAT_END_COUNT);
  gtk_spin_button_set_value (count, 5);
  g_assert_cmpstr (RRULE (), ==, "FREQ=YEARLY;COUNT=5");
  gtk_drop_down_set_selected (end, KOERS_REPEAT_END_UNTIL);
  /* until three months on, until a day is picked */
  g_assert_cmpstr (RRULE (), ==, "FREQ=YEARLY;UNTIL=20270630");
  gtk_drop_down_set_selected (kind, KOERS_REPEAT_NONE);
  g_assert_cmpstr (RRULE (), ==, "");
#undef RRULE

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A drag that hovers the next or previous arrow turns the month after
 * 0.7 s, and again while it stays; leaving stops it ------------------------ */

static void
collect_drop_motions (GtkWidget *widget,
                      GPtrArray *found)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      const char *icon = GTK_IS_BUTTON (widget) ? gtk_button_get_icon_name (GTK_BUTTON (widget)) : NULL;

      /* the arrows: go-previous-symbolic, go-next-symbolic */
      if (GTK_IS_DROP_CONTROLLER_MOTION (controller) && icon != NULL && g_str_has_prefix (icon, "go-"))
        g_ptr_array_add (found, controller);
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_drop_motions (c, found);
}

static gboolean
wait_for_month (KoersMonthView *month,
                guint           number)
{
  for (guint i = 0; i < 300 && g_date_get_month (koers_month_view_get_month (month)) != number; i++)
    koers_test_iterate_for (10);
  return g_date_get_month (koers_month_view_get_month (month)) == number;
}

static void
test_drag_hover_arrows (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersCalendarPage *page = show_calendar (window);
  KoersMonthView *month = KOERS_MONTH_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
  g_autoptr(GPtrArray) motions = g_ptr_array_new ();
  GtkEventController *previous, *next;

  collect_drop_motions (GTK_WIDGET (page), motions);
  g_assert_cmpuint (motions->len, ==, 2);
  previous = g_ptr_array_index (motions, 0);
  next = g_ptr_array_index (motions, 1);
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 3);

  /* Not at once: a drag that passes over the arrow changes nothing */
  g_signal_emit_by_name (next, "enter", 5.0, 5.0);
  koers_test_iterate_for (300);
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 3);
  /* then a month, and another while it stays */
  g_assert_true (wait_for_month (month, 4));
  g_assert_true (wait_for_month (month, 5));
  g_signal_emit_by_name (next, "leave");
  koers_test_iterate_for (900);
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 5);

  g_signal_emit_by_name (previous, "enter", 5.0, 5.0);
  g_assert_true (wait_for_month (month, 4));
  g_signal_emit_by_name (previous, "leave");
  koers_test_iterate_for (900);
  g_assert_cmpuint (g_date_get_month (koers_month_view_get_month (month)), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The week view's posts without a time stay in sight while the hours
 * scroll: their strip sits at the top of what the scrolled window shows -- */

/* The window drawn as it shows, in Cairo's ARGB32 (B, G, R, A bytes) */
static guchar *
window_pixels (KoersWindow *window,
               gsize       *stride)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int w = gtk_widget_get_width (GTK_WIDGET (window));
  int h = gtk_widget_get_height (GTK_WIDGET (window));
  guchar *data;

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  *stride = (gsize) gdk_texture_get_width (texture) * 4;
  data = g_malloc ((gsize) gdk_texture_get_height (texture) * *stride);
  gdk_texture_download (texture, data, *stride);
  return data;
}

static guint
green_at (const guchar *data,
          gsize         stride,
          int           x,
          int           y)
{
  return data[(gsize) y * stride + (gsize) x * 4 + 1];
}

static void
test_week_strip_fixed (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersCalendarPage *page = show_calendar (window);
  KoersWeekView *week = KOERS_WEEK_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_WEEK_VIEW));
  GtkStack *views = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (week), GTK_TYPE_STACK));
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (week), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *untimed = NULL, *timed = NULL;
  double values[] = { 0, 600, 1200 };
  double timed0 = 0, value0 = 0;

  gtk_stack_set_visible_child_name (views, "week");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  koers_test_iterate_for (100);
  for (guint i = 0; i < koers_week_view_get_n_chips (week); i++)
    {
      GtkWidget *chip = koers_week_view_get_chip (week, i);

      if (koers_calendar_item_get_time (koers_entry_chip_get_item (KOERS_ENTRY_CHIP (chip))) < 0)
        untimed = untimed != NULL ? untimed : chip;
      else
        timed = timed != NULL ? timed : chip;
    }
  g_assert_nonnull (untimed);
  g_assert_nonnull (timed);

  for (guint v = 0; v < G_N_ELEMENTS (values); v++)
    {
      graphene_rect_t untimed_at, timed_at, in_view;
      GDate date;
      int time;

      gtk_adjustment_set_value (adj, MIN (values[v], gtk_adjustment_get_upper (adj) -
                                                     gtk_adjustment_get_page_size (adj)));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      koers_test_iterate_for (50);
      g_assert_true (gtk_widget_compute_bounds (untimed, scrolled, &untimed_at));
      g_assert_true (gtk_widget_compute_bounds (timed, scrolled, &timed_at));
      /* the untimed post stays at the top; the timed one moves with the hours */
      g_assert_cmpfloat (untimed_at.origin.y, >=, 0);
      g_assert_cmpfloat (untimed_at.origin.y, <, 100);
      if (v == 0)
        {
          timed0 = timed_at.origin.y;
          value0 = gtk_adjustment_get_value (adj);
        }
      else
        g_assert_cmpfloat (ABS (timed_at.origin.y - (timed0 - (gtk_adjustment_get_value (adj) - value0))), <, 1);
      /* a drop on the strip is a post without a time, wherever the hours are */
      g_assert_true (gtk_widget_compute_bounds (untimed, GTK_WIDGET (week), &in_view));
      g_assert_true (koers_week_view_position_of (week, in_view.origin.x + 2, in_view.origin.y + 2,
                                                  &date, &time));
      g_assert_cmpint (time, ==, -1);

      /* the line left of the post's day shows on the strip, beside the post
       * (which keeps clear of it); the day before has no post without a time */
      {
        graphene_rect_t chip_at;
        g_autofree guchar *pixels = NULL;
        gsize stride;
        int x, y;
        guint background, separator = 255;

        g_assert_true (gtk_widget_compute_bounds (untimed, GTK_WIDGET (window), &chip_at));
        pixels = window_pixels (window, &stride);
        x = (int) chip_at.origin.x;
        y = (int) (chip_at.origin.y + chip_at.size.height / 2);
        background = green_at (pixels, stride, x - 10, y);
        for (int i = x - 3; i <= x; i++)
          separator = MIN (separator, green_at (pixels, stride, i, y));
        g_test_message ("strip at %d,%d: background %u, separator %u", x, y, background, separator);
        g_assert_cmpuint (separator + 10, <, background);
      }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A channel's silence of more than a month shows on the grid: hatched
 * days, and the week numbers say which channel ------------------------------ */

static gboolean
week_note_names (KoersMonthView *month,
                 const char     *channel)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (month)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "week-number") &&
        strstr (gtk_label_get_text (GTK_LABEL (child)), "⚠") != NULL &&
        strstr (gtk_widget_get_tooltip_text (child), channel) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_continuity_marks (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersPlan *plan = koers_window_get_plan (window);
  KoersCalendarPage *page = show_calendar (window);
  KoersMonthView *month = KOERS_MONTH_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
  g_autoptr(KoersChannel) channel = koers_channel_new ();
  GDate dates[] = { make_date (2027, 1, 10), make_date (2027, 3, 20), make_date (2027, 12, 31) };
  GDate february = make_date (2027, 2, 10);

  /* Posts in January and March, none in February: a month without a post */
  koers_channel_set_id (channel, "bluesky");
  koers_channel_set_name (channel, "Bluesky");
  koers_channel_set_active (channel, TRUE);
  koers_plan_append (plan, koers_plan_get_channels (plan), channel);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();

      koers_calendar_entry_set_channel (entry, "bluesky");
      koers_calendar_entry_set_date (entry, &dates[i]);
      koers_plan_append (plan, koers_plan_get_entries (plan), entry);
    }
  koers_month_view_set_month (month, &february);
  /* the marks come a moment after a change */
  for (guint i = 0; i < 100 && !week_note_names (month, "Bluesky"); i++)
    koers_test_iterate_for (50);

  g_assert_true (gtk_widget_has_css_class (koers_month_view_get_cell (month, &february), "gap"));
  g_assert_true (week_note_names (month, "Bluesky"));

  /* A post in February ends the silence */
  {
    g_autoptr(KoersCalendarEntry) middle = koers_calendar_entry_new ();
    GDate d = make_date (2027, 2, 15);

    koers_calendar_entry_set_channel (middle, "bluesky");
    koers_calendar_entry_set_date (middle, &d);
    koers_plan_append (plan, koers_plan_get_entries (plan), middle);
    for (guint i = 0; i < 100 && week_note_names (month, "Bluesky"); i++)
      koers_test_iterate_for (50);
    g_assert_false (week_note_names (month, "Bluesky"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Screenshots of the three views, in Dutch -------------------------------- */

/* Export ▸ CSV table…: the menu names the action, and the export writes
 * the calendar's table over the plan's period (".csv" added to the name)
 * and says where in the page's status line */
static void
test_export_csv (void)
{
  KoersWindow *window = open_example_copy (1280, 800);
  KoersCalendarPage *page = show_calendar (window);
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (page));
  GtkWidget *status = find_by_type (GTK_WIDGET (page), KOERS_TYPE_EXPORT_STATUS);
  GtkWidget *button = find_by_type (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON);
  g_autofree char *path = g_build_filename (tmpdir, "posts", NULL);
  g_autofree char *csv_path = g_build_filename (tmpdir, "posts.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  GMenuModel *menu = NULL;
  g_autofree char *action = NULL;

  /* the header, above the status line: its menu button with a menu */
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_prev_sibling (status));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_MENU_BUTTON (child) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (child)) != NULL)
      button = child;
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (menu);
  /* one of its sections has the CSV table */
  for (int i = 0; i < g_menu_model_get_n_items (menu) && action == NULL; i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *name = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
              g_str_equal (name, "calendar.export-csv"))
            action = g_steal_pointer (&name);
        }
    }
  g_assert_cmpstr (action, ==, "calendar.export-csv");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_false (gtk_widget_get_visible (status));

  _koers_calendar_export_to (KOERS_PAGE (page), KOERS_EXPORT_STATUS (status),
                             KOERS_CALENDAR_EXPORT_CSV, file);
  for (guint i = 0; i < 500 && !gtk_widget_get_visible (status); i++)
    koers_test_iterate_for (10);
  g_assert_true (gtk_widget_get_visible (status));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (csv_path, &written, NULL, NULL));
  expected = koers_calendar_csv_write (plan, koers_plan_get_period_start (plan),
                                       koers_plan_get_period_end (plan), NULL);
  g_assert_cmpstr (written, ==, expected);
  g_assert_nonnull (strstr (koers_export_status_get_text (KOERS_EXPORT_STATUS (status)),
                            "posts.csv"));
  save_screenshot (window, "calendar-export-csv-1280x800");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_screenshots (void)
{
  static const int sizes[][2] = { { 1280, 800 }, { 800, 600 } };

  if (g_getenv ("KOERS_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("KOERS_SCREENSHOT_DIR is not set");
      return;
    }
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      KoersWindow *window = open_example_copy (sizes[s][0], sizes[s][1]);
      KoersCalendarPage *page = show_calendar (window);
      GtkStack *views = GTK_STACK (gtk_widget_get_ancestor (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW),
                                                            GTK_TYPE_STACK));
      static const char *names[] = { "month", "week", "list" };

      for (guint v = 0; v < G_N_ELEMENTS (names); v++)
        {
          g_autofree char *name = g_strdup_printf ("calendar-%s-%dx%d", names[v], sizes[s][0], sizes[s][1]);

          gtk_stack_set_visible_child_name (views, names[v]);
          save_screenshot (window, name);
        }

      /* The side panel, open on an existing post */
      {
        KoersMonthView *month = KOERS_MONTH_VIEW (find_by_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
        GDate day = make_date (2027, 3, 10);
        GtkWidget *cell;
        g_autofree char *name = g_strdup_printf ("calendar-editor-%dx%d", sizes[s][0], sizes[s][1]);

        gtk_stack_set_visible_child_name (views, "month");
        gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
        cell = koers_month_view_get_cell (month, &day);
        g_signal_emit_by_name (koers_month_cell_get_chip (KOERS_MONTH_CELL (cell), 0), "activate");
        save_screenshot (window, name);
      }

      /* Export ▸ CSV table… */
      {
        GtkWidget *status = find_by_type (GTK_WIDGET (page), KOERS_TYPE_EXPORT_STATUS);
        g_autofree char *name = g_strdup_printf ("calendar-export-menu-%dx%d", sizes[s][0], sizes[s][1]);

        for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_prev_sibling (status));
             child != NULL; child = gtk_widget_get_next_sibling (child))
          if (GTK_IS_MENU_BUTTON (child) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (child)) != NULL)
            {
              gtk_menu_button_popup (GTK_MENU_BUTTON (child));
              koers_test_iterate_for (100);
              save_screenshot (window, name);
              gtk_menu_button_popdown (GTK_MENU_BUTTON (child));
            }
      }
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_setenv ("KOERS_TODAY", "2027-03-10", TRUE);
  /* The screenshots are Dutch, as the app's first language */
  if (g_getenv ("KOERS_SCREENSHOT_DIR") != NULL)
    {
      g_setenv ("LANGUAGE", "nl", TRUE);
      setlocale (LC_ALL, "C.UTF-8");
    }
  if (!koers_test_init_gtk (&argc, &argv))
    return 0;
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("KOERS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The application's style, as the running program has it */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/koersplan/Koers/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  tmpdir = koers_test_make_suite_dir ("koers-test-calendar-page-XXXXXX");
  koers_test_use_recovery_dir (tmpdir);

  g_test_add_func ("/calendar-page/add-drag-undo", test_add_drag_undo);
  g_test_add_func ("/calendar-page/series-only-this-one", test_series_only_this_one);
  g_test_add_func ("/calendar-page/keyboard", test_keyboard);
  g_test_add_func ("/calendar-page/month-pool", test_month_pool);
  g_test_add_func ("/calendar-page/list-filter-sort", test_list_filter_sort);
  g_test_add_func ("/calendar-page/month-navigation", test_month_navigation);
  g_test_add_func ("/calendar-page/continuity-marks", test_continuity_marks);
  g_test_add_func ("/calendar-page/export-csv", test_export_csv);
  g_test_add_func ("/calendar-page/list-scrolls-to-month", test_list_scrolls_to_month);
  g_test_add_func ("/calendar-page/more-popover", test_more_popover);
  g_test_add_func ("/calendar-page/shift-selected", test_shift_selected);
  g_test_add_func ("/calendar-page/chip-titles", test_chip_titles);
  g_test_add_func ("/calendar-page/repeat-controls", test_repeat_controls);
  g_test_add_func ("/calendar-page/drag-hover-arrows", test_drag_hover_arrows);
  g_test_add_func ("/calendar-page/week-strip-fixed", test_week_strip_fixed);
  g_test_add_func ("/calendar-page/screenshots", test_screenshots);

  ret = g_test_run ();

  koers_test_remove_suite_dir (tmpdir);
  return ret;
}
