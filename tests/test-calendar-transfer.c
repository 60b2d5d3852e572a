/* test-calendar-transfer.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar page's Import… and Export as iCalendar…: an import comes
 * in as one undo step with a notice, a file with problems changes nothing
 * and its dialog lists the lines, and the export writes the file and says
 * where it went. Runs under Xvfb.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "koers-calendar-entry.h"
#include "koers-calendar-page.h"
#include "koers-calendar-export.h"
#include "koers-calendar-transfer.h"
#include "koers-export-status.h"
#include "koers-plan.h"
#include "koers-toast.h"
#include "koers-window.h"

#include "koers-test-util.h"
#include "koers-test-util-gtk.h"

static char *tmpdir;

static KoersWindow *
open_example_copy (void)
{
  static guint n;
  g_autofree char *name = g_strdup_printf ("plan-%u.koers", n++);
  g_autofree char *copy = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = NULL;
  KoersWindow *window;

  koers_test_copy_example (copy);
  file = g_file_new_for_path (copy);
  window = koers_test_open_window (file);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static KoersPage *
show_calendar (KoersWindow *window)
{
  GtkWidget *page;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "calendar");
  page = koers_test_find_descendant (GTK_WIDGET (window), KOERS_TYPE_CALENDAR_PAGE);
  g_assert_nonnull (page);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return KOERS_PAGE (page);
}

static guint
n_entries (KoersPage *page)
{
  return g_list_model_get_n_items (koers_plan_get_entries (koers_page_get_plan (page)));
}

typedef struct
{
  KoersPage *page;
  guint      n;
} Count;

static gboolean
count_is_not (gpointer data)
{
  Count *count = data;

  return n_entries (count->page) != count->n;
}

/* The message dialog the page opened, if any */
static GtkMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_message_dialog () != NULL;
}

static char *
dialog_text (GtkMessageDialog *dialog)
{
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;

  g_object_get (dialog, "text", &text, "secondary-text", &secondary, NULL);
  return g_strconcat (text, "\n", secondary, NULL);
}

static GFile *
write_source (const char *name,
              const char *text)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);

  koers_test_write_file (path, text, -1);
  return g_file_new_for_path (path);
}

/* Two new events and one with the UID of an example entry: 2 added, 1
 * updated, one notice, one undo step */
static void
test_import_undo (void)
{
  KoersWindow *window = open_example_copy ();
  KoersPage *page = show_calendar (window);
  KoersPlan *plan = koers_page_get_plan (page);
  g_autoptr(KoersCalendarEntry) first = g_list_model_get_item (koers_plan_get_entries (plan), 0);
  g_autofree char *title = g_strdup (koers_calendar_entry_get_title (first));
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  GtkWidget *toast;
  Count count = { page, n_entries (page) };

  text = g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                          "BEGIN:VEVENT\r\nUID:a@example.org\r\nDTSTART;VALUE=DATE:20270305\r\n"
                          "SUMMARY:Open dag\r\nEND:VEVENT\r\n"
                          "BEGIN:VEVENT\r\nUID:b@example.org\r\nDTSTART:20270306T090000Z\r\n"
                          "SUMMARY:Proeverij\r\nEND:VEVENT\r\n"
                          "BEGIN:VEVENT\r\nUID:%s@koersplan.github.io\r\n"
                          "DTSTART;VALUE=DATE:20270307\r\nSUMMARY:Bijgewerkt\r\nEND:VEVENT\r\n"
                          "END:VCALENDAR\r\n", koers_calendar_entry_get_id (first));
  file = write_source ("agenda.ics", text);

  koers_calendar_transfer_import_file (page, file);
  koers_test_iterate_until (count_is_not, &count);
  g_assert_cmpuint (n_entries (page), ==, count.n + 2);
  g_assert_cmpstr (koers_calendar_entry_get_title (first), ==, "Bijgewerkt");
  g_assert_null (find_message_dialog ());

  toast = koers_test_find_descendant (GTK_WIDGET (window), KOERS_TYPE_TOAST);
  g_assert_true (koers_toast_get_revealed (KOERS_TOAST (toast)));
  g_assert_cmpstr (koers_toast_get_message (KOERS_TOAST (toast)), ==,
                   "2 entries imported, 1 updated");

  /* one undo step takes all of it back */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (n_entries (page), ==, count.n);
  g_assert_cmpstr (koers_calendar_entry_get_title (first), ==, title);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window opens another plan while a file is read (a reload, a plan
 * dropped on it): the posts go into neither plan, and a message says so.
 * The calendar page is hidden then, and may not have the new plan yet. */
static void
test_import_into_other_plan (void)
{
  KoersWindow *window = open_example_copy ();
  KoersPage *page = show_calendar (window);
  KoersPlan *first = g_object_ref (koers_page_get_plan (page));
  guint before = n_entries (page);
  g_autoptr(KoersPlan) second = koers_plan_new ();
  g_autoptr(GFile) file = NULL;
  GtkMessageDialog *dialog;
  g_autofree char *shown = NULL;

  file = write_source ("later.ics",
                       "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                       "BEGIN:VEVENT\r\nUID:a@example.org\r\nDTSTART;VALUE=DATE:20270305\r\n"
                       "SUMMARY:Open dag\r\nEND:VEVENT\r\n"
                       "END:VCALENDAR\r\n");
  koers_calendar_transfer_import_file (page, file);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview");
  koers_window_set_plan (window, second, NULL);

  koers_test_iterate_until (has_message_dialog, NULL);
  dialog = find_message_dialog ();
  shown = dialog_text (dialog);
  g_assert_cmpstr (shown, ==, "Nothing was imported\nAnother plan was opened while the file was "
                              "read. Import the file again to add its posts to this plan.");
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (second)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (first)), ==, before);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  koers_test_iterate_for (50);
  g_assert_null (find_message_dialog ());

  g_object_unref (first);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file with a bad event: a dialog with its line, and the plan as it was */
static void
test_import_problems (void)
{
  KoersWindow *window = open_example_copy ();
  KoersPage *page = show_calendar (window);
  KoersPlan *plan = koers_page_get_plan (page);
  guint serial = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR);
  guint before = n_entries (page);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) unreadable = NULL;
  GtkMessageDialog *dialog;
  g_autofree char *shown = NULL;
  g_autofree char *shown2 = NULL;

  file = write_source ("slecht.ics",
                       "BEGIN:VCALENDAR\r\n"
                       "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20270305\r\nEND:VEVENT\r\n"
                       "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:00000101\r\nEND:VEVENT\r\n"
                       "END:VCALENDAR\r\n");
  koers_calendar_transfer_import_file (page, file);
  koers_test_iterate_until (has_message_dialog, NULL);
  dialog = find_message_dialog ();
  shown = dialog_text (dialog);
  g_test_message ("%s", shown);
  /* the file by its name, not its path */
  g_assert_true (g_str_has_prefix (shown, "Nothing was imported: 1 line cannot be imported\n"
                                          "slecht.ics, line 6: the date of DTSTART, 0000-01-01"));
  g_assert_null (strstr (shown, tmpdir));
  koers_test_save_screenshot (GTK_WIDGET (dialog), "import-problems");
  g_assert_cmpuint (n_entries (page), ==, before);
  g_assert_cmpuint (koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR), ==, serial);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  koers_test_iterate_for (50);
  g_assert_null (find_message_dialog ());

  /* a file refused as a whole: its message */
  unreadable = write_source ("latin1.ics", "BEGIN:VCALENDAR\r\nSUMMARY:caf\xe9\r\n");
  koers_calendar_transfer_import_file (page, unreadable);
  koers_test_iterate_until (has_message_dialog, NULL);
  dialog = find_message_dialog ();
  shown2 = dialog_text (dialog);
  g_assert_true (g_str_has_prefix (shown2, "Nothing was imported\n"
                                           "“latin1.ics” cannot be imported: line 2 is not UTF-8"));
  g_assert_null (strstr (shown2, tmpdir));
  g_assert_cmpuint (koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR), ==, serial);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  koers_test_iterate_for (50);

  /* a name that is not UTF-8 is shown as text, a file that is gone and one
   * of another kind by their names too */
  {
    static const struct
    {
      const char *file;
      const char *text;
      const char *shown;
    } cases[] = {
      { "caf\xe9.ics", "BEGIN:VCALENDAR\r\nSUMMARY:caf\xe9\r\n",
        "Nothing was imported\n“caf\xef\xbf\xbd.ics” cannot be imported: line 2 is not UTF-8" },
      { "notities.txt", "", "Nothing was imported\nKoers cannot import “notities.txt”: use a "
                            "file ending in " },
      { "weg.csv", NULL, "Nothing was imported\n" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *path = g_build_filename (tmpdir, cases[i].file, NULL);
        g_autoptr(GFile) source = NULL;
        g_autofree char *text = NULL;

        if (cases[i].text != NULL)
          koers_test_write_file (path, cases[i].text, -1);
        source = g_file_new_for_path (path);
        koers_calendar_transfer_import_file (page, source);
        koers_test_iterate_until (has_message_dialog, NULL);
        dialog = find_message_dialog ();
        text = dialog_text (dialog);
        g_test_message ("%s", text);
        g_assert_true (g_utf8_validate (text, -1, NULL));
        g_assert_true (g_str_has_prefix (text, cases[i].shown));
        g_assert_null (strstr (text, tmpdir));
        if (i == 0)
          koers_test_save_screenshot (GTK_WIDGET (dialog), "import-refused-name");
        if (cases[i].text == NULL)
          g_assert_nonnull (strstr (text, "“weg.csv”"));
        gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
        koers_test_iterate_for (50);
        g_assert_null (find_message_dialog ());
      }
  }
  g_assert_cmpuint (koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR), ==, serial);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
status_shown (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (data)) &&
         koers_export_status_get_file (KOERS_EXPORT_STATUS (data)) != NULL;
}

/* The export writes NAME.ics (the extension added) and says where. (Not
 * "agenda": agenda.ics is the import tests' source, and a name that would
 * replace a file once .ics is added asks first.) */
static void
test_export (void)
{
  KoersWindow *window = open_example_copy ();
  KoersPage *page = show_calendar (window);
  GtkWidget *status = koers_test_find_descendant (GTK_WIDGET (page), KOERS_TYPE_EXPORT_STATUS);
  g_autofree char *chosen = g_build_filename (tmpdir, "uitvoer", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (chosen);
  g_autofree char *path = g_build_filename (tmpdir, "uitvoer.ics", NULL);
  g_autofree char *text = NULL;
  g_autofree char *where = NULL;
  g_autofree char *before = NULL;

  g_assert_nonnull (status);
  g_assert_false (gtk_widget_get_visible (status));
  /* what the dialog's Export does with the name the user typed */
  _koers_calendar_export_to (page, KOERS_EXPORT_STATUS (status), KOERS_CALENDAR_EXPORT_ICAL,
                             file);
  /* the export shows the plan as it was: a change made while it writes
   * (in its thread) is not in the file */
  {
    KoersPlan *plan = koers_page_get_plan (page);
    g_autoptr(KoersCalendarEntry) first = g_list_model_get_item (koers_plan_get_entries (plan), 0);

    before = g_strdup (koers_calendar_entry_get_title (first));
    koers_calendar_entry_set_title (first, "Veranderd tijdens het exporteren");
  }
  koers_test_iterate_until (status_shown, status);

  text = koers_test_read_text (path);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "\r\nX-WR-CALNAME:"));
  g_assert_nonnull (strstr (text, before));
  g_assert_null (strstr (text, "Veranderd tijdens"));
  where = g_strdup_printf ("Exported to %s", path);
  g_assert_cmpstr (koers_export_status_get_text (KOERS_EXPORT_STATUS (status)), ==, where);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
dialog_gone (gpointer data)
{
  return find_message_dialog () == NULL;
}

/* A name that got the extension is another file than the one the chooser
 * asked about: when it exists, the export asks (in the words of the
 * Export… dialog), Cancel leaves it, Replace writes it */
static void
test_export_asks_before_replacing (void)
{
  KoersWindow *window = open_example_copy ();
  KoersPage *page = show_calendar (window);
  GtkWidget *status = koers_test_find_descendant (GTK_WIDGET (page), KOERS_TYPE_EXPORT_STATUS);
  g_autofree char *chosen = g_build_filename (tmpdir, "bestaat", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "bestaat.ics", NULL);
  g_autofree char *folder = g_path_get_basename (tmpdir);
  g_autofree char *want = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (chosen);
  g_autofree char *data = NULL;
  g_autofree char *shown = NULL;
  GtkMessageDialog *dialog;

  koers_test_write_file (path, "oud", -1);
  _koers_calendar_export_to (page, KOERS_EXPORT_STATUS (status), KOERS_CALENDAR_EXPORT_ICAL,
                             file);
  koers_test_iterate_until (has_message_dialog, NULL);
  dialog = find_message_dialog ();
  shown = dialog_text (dialog);
  want = g_strdup_printf ("Replace “bestaat.ics”?\nThe name was changed to go with the chosen "
                          "file type, and a file of that name already exists in “%s”. "
                          "Replacing it overwrites it.", folder);
  g_assert_cmpstr (shown, ==, want);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  koers_test_iterate_until (dialog_gone, NULL);
  koers_test_iterate_for (100);
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_cmpstr (data, ==, "oud");
  g_assert_false (g_file_test (chosen, G_FILE_TEST_EXISTS));
  g_assert_false (gtk_widget_get_visible (status));

  /* Replace writes it, and the line says so */
  _koers_calendar_export_to (page, KOERS_EXPORT_STATUS (status), KOERS_CALENDAR_EXPORT_ICAL,
                             file);
  koers_test_iterate_until (has_message_dialog, NULL);
  gtk_dialog_response (GTK_DIALOG (find_message_dialog ()), GTK_RESPONSE_ACCEPT);
  koers_test_iterate_until (status_shown, status);
  g_clear_pointer (&data, g_free);
  data = koers_test_read_text (path);
  g_assert_true (g_str_has_prefix (data, "BEGIN:VCALENDAR\r\n"));
  g_assert_false (g_file_test (chosen, G_FILE_TEST_EXISTS));

  /* a question still open when the window goes drops the export with it */
  koers_test_write_file (path, "oud", -1);
  _koers_calendar_export_to (page, KOERS_EXPORT_STATUS (status), KOERS_CALENDAR_EXPORT_ICAL,
                             file);
  koers_test_iterate_until (has_message_dialog, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  koers_test_iterate_until (dialog_gone, NULL);
  koers_test_iterate_for (100);
  g_clear_pointer (&data, g_free);
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_cmpstr (data, ==, "oud");
}

/* The page shows one message: an import's notice takes the place of the
 * last export's line, and a plan opened after an export has no line */
static void
test_one_message (void)
{
  KoersWindow *window = open_example_copy ();
  KoersPage *page = show_calendar (window);
  GtkWidget *status = koers_test_find_descendant (GTK_WIDGET (page), KOERS_TYPE_EXPORT_STATUS);
  GtkWidget *toast = koers_test_find_descendant (GTK_WIDGET (window), KOERS_TYPE_TOAST);
  g_autofree char *chosen = g_build_filename (tmpdir, "bericht.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (chosen);
  g_autoptr(GFile) source = NULL;
  g_autoptr(KoersPlan) other = koers_plan_new ();
  Count count = { page, n_entries (page) };

  _koers_calendar_export_to (page, KOERS_EXPORT_STATUS (status), KOERS_CALENDAR_EXPORT_CSV,
                             file);
  koers_test_iterate_until (status_shown, status);
  g_assert_false (koers_toast_get_revealed (KOERS_TOAST (toast)));

  source = write_source ("een-bericht.ics",
                         "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                         "BEGIN:VEVENT\r\nUID:c@example.org\r\nDTSTART;VALUE=DATE:20270308\r\n"
                         "SUMMARY:Workshop\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  koers_calendar_transfer_import_file (page, source);
  /* gone as soon as the import starts, and not back when it is done */
  g_assert_false (gtk_widget_get_visible (status));
  g_assert_cmpstr (koers_export_status_get_text (KOERS_EXPORT_STATUS (status)), ==, "");
  g_assert_null (koers_export_status_get_file (KOERS_EXPORT_STATUS (status)));
  koers_test_iterate_until (count_is_not, &count);
  g_assert_cmpuint (n_entries (page), ==, count.n + 1);
  g_assert_true (koers_toast_get_revealed (KOERS_TOAST (toast)));
  g_assert_cmpstr (koers_toast_get_message (KOERS_TOAST (toast)), ==, "1 entry imported");
  g_assert_false (gtk_widget_get_visible (status));

  /* the next export says where it went again; another plan takes it away */
  _koers_calendar_export_to (page, KOERS_EXPORT_STATUS (status), KOERS_CALENDAR_EXPORT_CSV,
                             file);
  koers_test_iterate_until (status_shown, status);
  koers_window_set_plan (window, other, NULL);
  g_assert_true (koers_page_get_plan (page) == other);
  g_assert_false (gtk_widget_get_visible (status));
  g_assert_null (koers_export_status_get_file (KOERS_EXPORT_STATUS (status)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_transfer_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)),
                 "document-send-symbolic") == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_transfer_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_action (GtkWidget  *widget,
            const char *name)
{
  const GVariantType *parameter;
  const char *action, *property;
  GType owner;

  /* GTK 4.8 fills every out argument: none may be NULL */
  for (guint i = 0;
       gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (widget), i, &owner, &action,
                                      &parameter, &property);
       i++)
    if (g_strcmp0 (action, name) == 0)
      return TRUE;
  return FALSE;
}

/* The page's menu button names itself, and its menu's two items are the
 * page's actions. (The choosers themselves are not opened here: GTK's file
 * chooser, destroyed while it still lists a folder, leaks in GIO.) */
static void
test_actions (void)
{
  KoersWindow *window = open_example_copy ();
  KoersPage *page = show_calendar (window);
  GtkWidget *button = find_transfer_button (GTK_WIDGET (page));
  GMenuModel *menu;
  g_autofree char *label = NULL;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_object_get (button, "tooltip-text", &label, NULL);
  g_assert_cmpstr (label, ==,
                   "Import posts, or export the calendar as a drawing, iCalendar or a CSV table");
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (menu);
  /* a section to import, one to export: in that order, each to its action */
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  {
    static const char *const expected[2][4] = {
      { "calendar.import", NULL },
      { "calendar.export-drawing", "calendar.export-ical", "calendar.export-csv", NULL },
    };

    for (int i = 0; i < 2; i++)
      {
        g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
        int n = 0;

        g_assert_nonnull (section);
        while (expected[i][n] != NULL)
          n++;
        g_assert_cmpint (g_menu_model_get_n_items (section), ==, n);
        for (int j = 0; j < n; j++)
          {
            g_autofree char *action = NULL;

            g_assert_true (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION,
                                                            "s", &action));
            g_assert_cmpstr (action, ==, expected[i][j]);
            g_assert_true (has_action (GTK_WIDGET (page), action));
          }
      }
  }
  g_assert_true (has_action (GTK_WIDGET (page), "calendar.import"));
  g_assert_true (has_action (GTK_WIDGET (page), "calendar.export-ical"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_setenv ("KOERS_TODAY", "2027-03-10", TRUE);
  if (!koers_test_init_gtk (&argc, &argv))
    return 0;

  tmpdir = koers_test_make_suite_dir ("koers-test-calendar-transfer-XXXXXX");
  koers_test_use_recovery_dir (tmpdir);

  g_test_add_func ("/calendar-transfer/import-undo", test_import_undo);
  g_test_add_func ("/calendar-transfer/import-into-other-plan", test_import_into_other_plan);
  g_test_add_func ("/calendar-transfer/import-problems", test_import_problems);
  g_test_add_func ("/calendar-transfer/export", test_export);
  g_test_add_func ("/calendar-transfer/one-message", test_one_message);
  g_test_add_func ("/calendar-transfer/export-asks-before-replacing",
                   test_export_asks_before_replacing);
  g_test_add_func ("/calendar-transfer/actions", test_actions);

  ret = g_test_run ();

  koers_test_remove_suite_dir (tmpdir);
  return ret;
}
