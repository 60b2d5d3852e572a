/* test-window-files.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's file side, off the main loop: a save while the user goes on
 * editing, the file monitor, the recovery copy and its restore, and export.
 * Runs under Xvfb.
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "koers-application.h"
#include "koers-autosave.h"
#include "koers-export.h"
#include "koers-file-monitor.h"
#include "koers-plan-io.h"
#include "koers-recovery.h"
#include "koers-window.h"

#include "koers-test-util.h"
#include "koers-test-util-gtk.h"

static char *tmpdir;

static char *
copy_example (const char *name)
{
  char *path = g_build_filename (tmpdir, name, NULL);

  koers_test_copy_example (path);
  return path;
}

static gboolean
is_dirty (KoersWindow *window)
{
  gboolean dirty;

  g_object_get (window, "dirty", &dirty, NULL);
  return dirty;
}

static gboolean
not_dirty (gpointer window)
{
  return !is_dirty (window);
}

typedef struct
{
  const char *path;
  GBytes     *bytes;
} FileIs;

static gboolean
file_is (gpointer data)
{
  FileIs *is = data;
  g_autoptr(GBytes) now = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (is->path, &contents, &length, NULL))
    return FALSE;
  now = g_bytes_new_take (g_steal_pointer (&contents), length);
  return g_bytes_equal (now, is->bytes);
}

/* Saving while the user edits ------------------------------------------- */

static void
test_save_during_edit (void)
{
  g_autofree char *path = copy_example ("during.koers");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KoersWindow *window = koers_test_open_window (file);
  KoersPlan *plan = koers_window_get_plan (window);
  g_autoptr(GBytes) at_start = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) reloaded = NULL;
  FileIs is;

  koers_plan_set_title (plan, "Voor de save");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  /* The save took the plan as it is now (with today's modified date); the
   * file is written in a thread while the user goes on. */
  at_start = koers_plan_io_to_bytes (plan, &error);
  g_assert_no_error (error);
  koers_plan_set_title (plan, "Tijdens de save");

  is.path = path;
  is.bytes = at_start;
  koers_test_iterate_until (file_is, &is);
  koers_test_iterate_for (500);

  /* The file holds the plan as it was at the start of the save... */
  g_assert_true (file_is (&is));
  reloaded = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_plan_get_title (reloaded), ==, "Voor de save");

  /* ...the window the edit, still unsaved */
  g_assert_cmpstr (koers_plan_get_title (plan), ==, "Tijdens de save");
  g_assert_true (is_dirty (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Tijdens de save");
  /* Our own write is not another program's */
  g_assert_null (koers_test_find_revealed_info_bar (GTK_WIDGET (window)));

  /* The next save writes the edit */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_clear_pointer (&at_start, g_bytes_unref);
  at_start = koers_plan_io_to_bytes (plan, &error);
  is.bytes = at_start;
  koers_test_iterate_until (file_is, &is);
  koers_test_iterate_until (not_dirty, window);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A save after a paste of many entries first prepares their texts, a few
 * frames long: an edit in those frames is in the file, and the window is
 * clean once it is written. */
static void
test_save_after_paste (void)
{
  g_autofree char *path = copy_example ("paste.koers");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KoersWindow *window = koers_test_open_window (file);
  KoersPlan *plan = koers_window_get_plan (window);
  g_autoptr(GPtrArray) batch = koers_test_dated_entries (20000, 2027, "Geplakt bericht");
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(KoersPlan) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  FileIs is;

  koers_plan_append_many (plan, koers_plan_get_entries (plan), batch->pdata, batch->len);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  /* 20,000 texts take more than one slice: the save has not taken the text yet */
  koers_plan_set_title (plan, "Tijdens het voorbereiden");

  koers_test_iterate_until (not_dirty, window);
  expected = koers_plan_io_to_bytes (plan, &error);
  g_assert_no_error (error);
  is.path = path;
  is.bytes = expected;
  g_assert_true (file_is (&is));
  reloaded = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_plan_get_title (reloaded), ==, "Tijdens het voorbereiden");
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (reloaded)), ==,
                    g_list_model_get_n_items (koers_plan_get_entries (plan)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The file monitor -------------------------------------------------------- */

typedef struct
{
  guint changed;
  guint deleted;
} Heard;

static void
heard_changed_cb (KoersFileMonitor *monitor,
                  Heard            *heard)
{
  heard->changed++;
}

static void
heard_deleted_cb (KoersFileMonitor *monitor,
                  Heard            *heard)
{
  heard->deleted++;
}

static gboolean
has_etag (gpointer monitor)
{
  return koers_file_monitor_get_etag (monitor) != NULL;
}

static gboolean
heard_change (gpointer data)
{
  return ((Heard *) data)->changed > 0;
}

static gboolean
heard_deletion (gpointer data)
{
  return ((Heard *) data)->deleted > 0;
}

static void
test_file_monitor (void)
{
  g_autofree char *path = copy_example ("watched.koers");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KoersFileMonitor) monitor = koers_file_monitor_new ();
  g_autofree char *etag = NULL;
  Heard heard = { 0, 0 };

  g_signal_connect (monitor, "changed", G_CALLBACK (heard_changed_cb), &heard);
  g_signal_connect (monitor, "deleted", G_CALLBACK (heard_deleted_cb), &heard);
  koers_file_monitor_set_file (monitor, file);
  g_assert_true (koers_file_monitor_get_file (monitor) == file);
  /* The etag is asked off the main loop */
  koers_test_iterate_until (has_etag, monitor);
  etag = g_strdup (koers_file_monitor_get_etag (monitor));

  /* Our own write: paused, then refreshed; nobody is told. (A local
   * file's etag is its modification time, which the kernel keeps in ticks
   * of a few milliseconds: let one pass before each write.) */
  koers_file_monitor_pause (monitor);
  g_usleep (30000);
  koers_test_write_file (path, "{}", -1);
  koers_test_iterate_for (600);
  koers_file_monitor_refresh (monitor);
  koers_file_monitor_unpause (monitor);
  koers_test_iterate_for (800);
  g_assert_cmpuint (heard.changed, ==, 0);
  g_assert_cmpuint (heard.deleted, ==, 0);
  g_assert_cmpstr (koers_file_monitor_get_etag (monitor), !=, etag);

  /* Another program's write */
  g_usleep (30000);
  koers_test_write_file (path, "{ }", -1);
  koers_test_iterate_until (heard_change, &heard);
  g_assert_cmpuint (heard.deleted, ==, 0);

  /* Gone */
  g_assert_cmpint (g_unlink (path), ==, 0);
  koers_test_iterate_until (heard_deletion, &heard);

  /* No file: no more looks */
  koers_file_monitor_set_file (monitor, NULL);
  g_assert_null (koers_file_monitor_get_etag (monitor));
}

/* The recovery copy --------------------------------------------------------- */

static char *
recovery_dir_for (const char *name)
{
  g_autofree char *own = g_build_filename (tmpdir, name, NULL);

  koers_test_use_recovery_dir (own);
  return koers_recovery_get_dir ();
}

static guint
count_files (const char *dir,
             const char *suffix)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, suffix))
      n++;
  return n;
}

static gboolean
has_copy (gpointer dir)
{
  return count_files (dir, ".info") == 1;
}

static gboolean
not_writing (gpointer autosave)
{
  return !koers_autosave_get_writing (autosave);
}

static void
test_autosave (void)
{
  g_autofree char *dir = recovery_dir_for ("autosave");
  g_autoptr(KoersAutosave) autosave = koers_autosave_new ();
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) orphans = NULL;

  koers_plan_set_title (plan, "Eerste versie");
  koers_autosave_set_plan (autosave, plan, NULL);

  /* Not yet: a moment after the edit */
  koers_autosave_schedule (autosave);
  g_assert_cmpuint (count_files (dir, ".info"), ==, 0);
  koers_test_iterate_until (has_copy, dir);
  koers_test_iterate_until (not_writing, autosave);
  g_assert_cmpuint (count_files (dir, ".koers"), ==, 1);

  /* A save while a copy is being written: the copy goes when it is done */
  koers_plan_set_title (plan, "Tweede versie");
  koers_autosave_schedule (autosave);
  koers_test_iterate_until ((gboolean (*) (gpointer)) koers_autosave_get_writing, autosave);
  koers_autosave_discard (autosave);
  koers_test_iterate_until (not_writing, autosave);
  g_assert_cmpuint (count_files (dir, ".info"), ==, 0);
  g_assert_cmpuint (count_files (dir, ".koers"), ==, 0);

  /* Switched off: nothing is written */
  g_object_set (autosave, "enabled", FALSE, NULL);
  koers_autosave_schedule (autosave);
  koers_test_iterate_for (300);
  g_assert_cmpuint (count_files (dir, ".info"), ==, 0);

  koers_test_use_recovery_dir (tmpdir);
}

/* A copy left by a Koers that stopped, offered at the next start, read in
 * a thread and shown as unsaved changes. */
static KoersWindow *
find_window_with_plan (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (KOERS_IS_WINDOW (l->data) && koers_window_get_plan (l->data) != NULL)
      return l->data;
  return NULL;
}

static gboolean
has_plan_window (gpointer app)
{
  return find_window_with_plan (app) != NULL;
}

static GtkWidget *
find_message_dialog (void)
{
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static gboolean
has_dialog (gpointer data)
{
  return find_message_dialog () != NULL;
}

static void
test_restore (void)
{
  g_autofree char *dir = recovery_dir_for ("restore");
  g_autofree char *path = copy_example ("restored.koers");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_io_load (file, &error);
  g_autoptr(GBytes) plan_bytes = NULL;
  g_autoptr(GBytes) info_bytes = NULL;
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *info_path = g_build_filename (dir, "dead.info", NULL);
  g_autoptr(KoersApplication) app = NULL;
  KoersWindow *window;

  g_assert_no_error (error);
  koers_plan_set_title (plan, "Niet bewaard");
  plan_bytes = koers_plan_io_to_bytes (plan, NULL);
  info_bytes = koers_recovery_make_info ("dead", plan, file);
  g_assert_true (koers_recovery_write (dir, "dead", plan_bytes, info_bytes, &error));
  g_assert_no_error (error);
  /* As if its process were gone */
  g_assert_true (g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL));
  g_key_file_set_integer (info, "recovery", "pid", 99999999);
  g_assert_true (g_key_file_save_to_file (info, info_path, NULL));

  app = koers_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  koers_test_iterate_until (has_dialog, NULL);
  gtk_dialog_response (GTK_DIALOG (find_message_dialog ()), GTK_RESPONSE_ACCEPT);
  koers_test_iterate_until (has_plan_window, app);

  window = find_window_with_plan (GTK_APPLICATION (app));
  g_assert_cmpstr (koers_plan_get_title (koers_window_get_plan (window)), ==, "Niet bewaard");
  g_assert_true (g_file_equal (koers_window_get_file (window), file));
  g_assert_true (is_dirty (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Niet bewaard");
  /* The old copy is gone; the window keeps its own (written soon after) */
  g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));
  koers_test_iterate_until (has_copy, dir);

  /* A save removes the window's copy; closed, nothing is left */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  koers_test_iterate_until (not_dirty, window);
  koers_test_iterate_for (200);
  gtk_window_destroy (GTK_WINDOW (window));
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;
       l = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (l->data);
  koers_test_iterate_for (100);
  g_assert_cmpuint (count_files (dir, ".info"), ==, 0);

  koers_test_use_recovery_dir (tmpdir);
}

/* Opening files as the command line does ---------------------------------- */

static guint
count_koers_windows (GtkApplication *app)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (KOERS_IS_WINDOW (l->data))
      n++;
  return n;
}

static gboolean
has_error_bar (gpointer window)
{
  return koers_test_find_revealed_info_bar (window) != NULL;
}

static void
collect_label_texts (GtkWidget *widget,
                     GString   *texts)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_label_texts (c, texts);
}

/* A file that does not open leaves no window of its own and no recent
 * entry; its message shows in the window there is. The same file through
 * a symbolic or a hard link raises its window instead of a second one. */
static void
test_open_from_command_line (void)
{
  g_autofree char *dir = recovery_dir_for ("open");
  g_autofree char *path = copy_example ("opened.koers");
  g_autofree char *text_path = g_build_filename (tmpdir, "boodschappen.koers", NULL);
  g_autofree char *link_path = g_build_filename (tmpdir, "snelkoppeling.koers", NULL);
  g_autofree char *hard_path = g_build_filename (tmpdir, "harde-link.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) text = g_file_new_for_path (text_path);
  g_autoptr(GFile) symbolic = g_file_new_for_path (link_path);
  g_autoptr(GFile) hard = g_file_new_for_path (hard_path);
  g_autofree char *text_uri = g_file_get_uri (text);
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autoptr(KoersApplication) app = koers_application_new ();
  g_autoptr(GError) error = NULL;
  KoersWindow *window;

  koers_test_write_file (text_path, "Boodschappen voor zaterdag:\n- brood\n- melk\n", -1);
  g_assert_cmpint (symlink (path, link_path), ==, 0);
  g_assert_cmpint (link (path, hard_path), ==, 0);
  gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), text_uri, NULL);

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_open (G_APPLICATION (app), &file, 1, "");
  koers_test_iterate_until (has_plan_window, app);
  window = find_window_with_plan (GTK_APPLICATION (app));
  g_assert_cmpuint (count_koers_windows (GTK_APPLICATION (app)), ==, 1);

  /* Plain text renamed .koers */
  g_application_open (G_APPLICATION (app), &text, 1, "");
  koers_test_iterate_until (has_error_bar, window);
  koers_test_iterate_for (100);
  g_assert_cmpuint (count_koers_windows (GTK_APPLICATION (app)), ==, 1);
  collect_label_texts (GTK_WIDGET (koers_test_find_revealed_info_bar (GTK_WIDGET (window))), labels);
  g_assert_nonnull (strstr (labels->str, "is not a Koers plan: it holds other text"));
  g_assert_false (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), text_uri));
  g_assert_true (g_file_equal (koers_window_get_file (window), file));

  /* Other paths to the open file */
  g_application_open (G_APPLICATION (app), &symbolic, 1, "");
  g_application_open (G_APPLICATION (app), &hard, 1, "");
  koers_test_iterate_for (200);
  g_assert_cmpuint (count_koers_windows (GTK_APPLICATION (app)), ==, 1);
  g_assert_true (g_file_equal (koers_window_get_file (window), file));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;
       l = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (l->data);
  koers_test_iterate_for (100);
  koers_test_use_recovery_dir (tmpdir);
}

/* Export -------------------------------------------------------------------- */

/* Whether @bytes (binary, maybe with NULs) hold @needle at or after @from */
static gboolean
bytes_contain (GBytes     *bytes,
               gsize       from,
               const char *needle)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize n = strlen (needle);

  for (gsize i = from; i + n <= size; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

typedef struct
{
  gboolean returned;  /* koers_export_to_file_async() had returned */
  gboolean done;
  gboolean async;     /* the answer came after the call returned */
  gboolean ok;
  GError  *error;
} Export;

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Export *export = data;

  export->async = export->returned;
  export->ok = koers_export_to_file_finish (result, &export->error);
  export->done = TRUE;
}

static gboolean
export_done (gpointer data)
{
  return ((Export *) data)->done;
}

static void
export (KoersPlan  *plan,
        const char *path,
        Export     *result)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KoersExportOptions opts;

  koers_export_options_init (&opts);
  memset (result, 0, sizeof *result);
  koers_export_to_file_async (plan, file, &opts, NULL, exported_cb, result);
  result->returned = TRUE;
  koers_test_iterate_until (export_done, result);
  g_assert_true (result->async);
}

static void
test_export (void)
{
  g_autofree char *path = copy_example ("export.koers");
  g_autofree char *pdf = g_build_filename (tmpdir, "roos.pdf", NULL);
  g_autofree char *png = g_build_filename (tmpdir, "roos.png", NULL);
  g_autofree char *svg = g_build_filename (tmpdir, "roos.svg", NULL);
  g_autofree char *bad = g_build_filename (tmpdir, "roos.doc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KoersWindow *window = koers_test_open_window (file);
  KoersPlan *plan = koers_window_get_plan (window);
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *image;
  Export result;

  /* A valid PDF: header, one page, the end marker */
  export (plan, pdf, &result);
  g_assert_no_error (result.error);
  g_assert_true (result.ok);
  bytes = koers_test_read_file (pdf);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 1000);
  g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "%PDF-", 5) == 0);
  g_assert_true (bytes_contain (bytes, 0, "/Type /Page"));
  g_assert_true (bytes_contain (bytes, g_bytes_get_size (bytes) - 16, "%%EOF"));

  /* A PNG of the default width, drawn in the thread: white corners, some
   * ink in the middle */
  export (plan, png, &result);
  g_assert_no_error (result.error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, KOERS_EXPORT_DEFAULT_PNG_WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 2829);  /* A4: 2000 x 297 / 210 */
  {
    const guint32 *pixels = (const guint32 *) cairo_image_surface_get_data (image);
    int stride = cairo_image_surface_get_stride (image) / 4;
    int w = cairo_image_surface_get_width (image);
    int h = cairo_image_surface_get_height (image);
    guint inked = 0;

    g_assert_cmphex (pixels[0], ==, 0xffffffff);
    g_assert_cmphex (pixels[(h - 1) * stride + w - 1], ==, 0xffffffff);
    for (int y = h / 4; y < 3 * h / 4; y += 7)
      for (int x = w / 4; x < 3 * w / 4; x += 7)
        if (pixels[y * stride + x] != 0xffffffff)
          inked++;
    g_assert_cmpuint (inked, >, 100);
  }
  cairo_surface_destroy (image);

  export (plan, svg, &result);
  g_assert_no_error (result.error);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = koers_test_read_file (svg);
  g_assert_true (bytes_contain (bytes, 0, "<svg"));

  /* A name Koers cannot export to: the error, and no file */
  export (plan, bad, &result);
  g_assert_false (result.ok);
  g_assert_error (result.error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&result.error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  /* Exporting changed nothing in the plan */
  g_assert_false (is_dirty (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The calendar of a year as SVG, a file per month: drawn in the export's
 * thread from the plan's text, each file as the synchronous export (the
 * command line's) draws it, and an edit made as soon as the call returns
 * is not in it: the export shows the plan as it was. */
static void
test_export_in_thread (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) entries = koers_test_dated_entries (600, 2027, "Bericht");
  g_autofree char *async_svg = g_build_filename (tmpdir, "thread.svg", NULL);
  g_autofree char *sync_svg = g_build_filename (tmpdir, "direct.svg", NULL);
  g_autoptr(GFile) async_file = g_file_new_for_path (async_svg);
  g_autoptr(GFile) sync_file = g_file_new_for_path (sync_svg);
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
  g_autoptr(GDate) end = g_date_new_dmy (31, G_DATE_DECEMBER, 2027);
  g_autoptr(GError) error = NULL;
  KoersExportOptions opts;
  Export result = { 0, };
  g_autoptr(GRegex) surface_ids = g_regex_new ("surface[0-9]+", 0, 0, NULL);
  guint n_files;

  koers_plan_set_title (plan, "Bakkerij De Korenaar");
  koers_plan_set_period_start (plan, start);
  koers_plan_set_period_end (plan, end);
  koers_plan_append_many (plan, koers_plan_get_entries (plan), entries->pdata, entries->len);
  koers_export_options_init (&opts);
  opts.page = "calendar";
  n_files = koers_export_get_n_files (plan, sync_file, &opts);
  g_assert_cmpuint (n_files, >=, 12);
  g_assert_true (koers_export_to_file_full (plan, sync_file, &opts, &error));
  g_assert_no_error (error);

  koers_export_to_file_async (plan, async_file, &opts, NULL, exported_cb, &result);
  result.returned = TRUE;
  /* At once, before the thread draws: the plan's title and every post go */
  koers_plan_set_title (plan, "Iets anders");
  g_assert_cmpuint (koers_plan_remove_many (plan, entries->pdata, entries->len), ==, entries->len);
  koers_test_iterate_until (export_done, &result);
  g_assert_true (result.async);
  g_assert_no_error (result.error);
  g_assert_true (result.ok);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GFile) a = koers_export_dup_page_file (async_file, i, n_files);
      g_autoptr(GFile) b = koers_export_dup_page_file (sync_file, i, n_files);
      g_autofree char *a_path = g_file_get_path (a);
      g_autofree char *b_path = g_file_get_path (b);
      g_autoptr(GBytes) a_bytes = koers_test_read_file (a_path);
      g_autoptr(GBytes) b_bytes = koers_test_read_file (b_path);

      g_autofree char *a_text = NULL;
      g_autofree char *b_text = NULL;

      g_assert_true (bytes_contain (a_bytes, 0, "<svg"));
      /* the same but for the number cairo gives each surface it makes */
      a_text = g_regex_replace (surface_ids, g_bytes_get_data (a_bytes, NULL),
                                g_bytes_get_size (a_bytes), 0, "surface", 0, NULL);
      b_text = g_regex_replace (surface_ids, g_bytes_get_data (b_bytes, NULL),
                                g_bytes_get_size (b_bytes), 0, "surface", 0, NULL);
      g_assert_nonnull (a_text);
      g_assert_cmpuint (strlen (a_text), >, 1000);
      g_assert_cmpstr (a_text, ==, b_text);
    }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!koers_test_init_gtk (&argc, &argv))
    return 0;

  tmpdir = koers_test_make_suite_dir ("koers-test-window-files-XXXXXX");
  koers_test_use_recovery_dir (tmpdir);

  g_test_add_func ("/window-files/save-during-edit", test_save_during_edit);
  g_test_add_func ("/window-files/save-after-paste", test_save_after_paste);
  g_test_add_func ("/window-files/file-monitor", test_file_monitor);
  g_test_add_func ("/window-files/autosave", test_autosave);
  g_test_add_func ("/window-files/restore", test_restore);
  g_test_add_func ("/window-files/open-from-command-line", test_open_from_command_line);
  g_test_add_func ("/window-files/export", test_export);
  g_test_add_func ("/window-files/export-in-thread", test_export_in_thread);

  ret = g_test_run ();

  koers_test_remove_suite_dir (tmpdir);
  return ret;
}
