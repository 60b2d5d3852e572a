/* test-window-hostile.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving from the window to a hostile disk: a full disk, a read-only disk
 * and a folder that was deleted while the plan was open. Each time the
 * window shows the error in its info bar, keeps the plan with its edits,
 * stays marked unsaved, and leaves the file on disk as it was; a later
 * save, once the problem is gone, writes the edits. Runs under Xvfb.
 *
 * The real full and read-only disks are tmpfs mounts (root in a sandbox);
 * where mounting is not allowed those tests are skipped, and a simulated
 * full disk (the write hook of koers-file-replace-private.h) still runs.
 */
#include "config.h"

#include <string.h>
#include <sys/mount.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "koers-plan-io.h"
#include "koers-file-replace-private.h"
#include "koers-window.h"

#include "koers-test-util.h"
#include "koers-test-util-gtk.h"

static char *tmpdir;

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

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

/* The text of every shown info bar, one label a line */
static char *
info_bar_text (KoersWindow *window)
{
  g_autoptr(GPtrArray) bars = koers_test_revealed_info_bars (GTK_WIDGET (window));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < bars->len; i++)
    collect_labels (g_ptr_array_index (bars, i), text);
  return g_string_free (text, FALSE);
}

typedef struct
{
  KoersWindow *window;
  const char  *word;
} BarSays;

static gboolean
info_bar_says (gpointer data)
{
  BarSays *says = data;
  g_autofree char *text = info_bar_text (says->window);

  return strstr (text, says->word) != NULL;
}

/* Waits for an info bar that says @word and holds the file's name (the
 * error bar gives the whole path, the bar about other programs only the
 * base name). */
static void
assert_info_bar_says (KoersWindow *window,
                      GFile       *file,
                      const char  *word)
{
  BarSays says = { window, word };
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!info_bar_says (&says) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);

  text = info_bar_text (window);
  g_test_message ("info bars: %s", text);
  if (strstr (text, word) == NULL)
    g_error ("expected “%s” in an info bar, found: %s", word, text);
  g_assert_nonnull (strstr (text, name));
}

/* Opens @path (a copy of the example) in a new window and changes the
 * title, so the window holds an unsaved edit. */
static KoersWindow *
open_and_edit (const char *path,
               GFile     **out_file)
{
  KoersWindow *window;

  *out_file = g_file_new_for_path (path);
  window = koers_test_open_window (*out_file);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (is_dirty (window));

  koers_plan_set_title (koers_window_get_plan (window), "Gered");
  g_assert_true (is_dirty (window));
  return window;
}

/* After a failed save: the same plan with its edit, still unsaved. */
static void
assert_nothing_lost (KoersWindow *window,
                     KoersPlan   *plan,
                     const char  *path,
                     GBytes      *before)
{
  g_assert_true (koers_window_get_plan (window) == plan);
  g_assert_cmpstr (koers_plan_get_title (plan), ==, "Gered");
  g_assert_true (is_dirty (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Gered");

  if (before != NULL)
    {
      g_autoptr(GBytes) after = koers_test_read_file (path);
      g_assert_true (g_bytes_equal (before, after));
    }
}

/* Saves once the problem is gone: the edit reaches the file. */
static void
assert_saves_now (KoersWindow *window,
                  GFile       *file)
{
  g_autoptr(KoersPlan) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  koers_test_iterate_until (not_dirty, window);
  reloaded = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_plan_get_title (reloaded), ==, "Gered");
}

static char *
make_dir (const char *name)
{
  char *dir = g_build_filename (tmpdir, name, NULL);

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  return dir;
}

/* Disk full ------------------------------------------------------------ */

static void
test_disk_full (void)
{
  g_autofree char *dir = make_dir ("full");
  g_autofree char *path = g_build_filename (dir, "plan.koers", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) before = NULL;
  KoersWindow *window;
  KoersPlan *plan;

  /* Room for the example and one page more: not for a second copy */
  {
    g_autofree char *example = g_build_filename (SOURCE_DATADIR, "examples",
                                                 "koers-example-nl.koers", NULL);
    g_autoptr(GFile) example_file = g_file_new_for_path (example);
    g_autoptr(GFileInfo) info = g_file_query_info (example_file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                   G_FILE_QUERY_INFO_NONE, NULL, NULL);
    g_autofree char *size = NULL;

    g_assert_nonnull (info);
    size = g_strdup_printf ("%uk", (guint) (g_file_info_get_size (info) / 1024 + 8));
    if (!koers_test_mount_tmpfs (dir, size))
      return;
  }
  koers_test_copy_example (path);
  before = koers_test_read_file (path);

  window = open_and_edit (path, &file);
  plan = koers_window_get_plan (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  assert_info_bar_says (window, file, "not enough space");
  assert_info_bar_says (window, file, "left as it was");
  koers_test_iterate_for (500);
  assert_nothing_lost (window, plan, path, before);
  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.koers");

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&file);
  koers_test_unmount (dir);
}

static void
test_disk_full_simulated (void)
{
  g_autofree char *dir = make_dir ("full-simulated");
  g_autofree char *path = g_build_filename (dir, "plan.koers", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) before = NULL;
  KoersWindow *window;
  KoersPlan *plan;

  koers_test_copy_example (path);
  before = koers_test_read_file (path);

  window = open_and_edit (path, &file);
  plan = koers_window_get_plan (window);
  _koers_file_replace_set_fail_after (1000);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  assert_info_bar_says (window, file, "not enough space");
  _koers_file_replace_set_fail_after (-1);
  koers_test_iterate_for (500);
  assert_nothing_lost (window, plan, path, before);
  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.koers");

  /* Space again: the same save works. */
  assert_saves_now (window, file);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Read-only disk ------------------------------------------------------- */

static void
test_read_only (void)
{
  g_autofree char *dir = make_dir ("read-only");
  g_autofree char *path = g_build_filename (dir, "plan.koers", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) before = NULL;
  KoersWindow *window;
  KoersPlan *plan;

  if (!koers_test_mount_tmpfs (dir, "1m"))
    return;
  koers_test_copy_example (path);
  before = koers_test_read_file (path);

  window = open_and_edit (path, &file);
  plan = koers_window_get_plan (window);
  if (mount ("tmpfs", dir, "tmpfs", MS_REMOUNT | MS_RDONLY, NULL) != 0)
    {
      g_test_skip ("cannot remount the tmpfs read-only");
      gtk_window_destroy (GTK_WINDOW (window));
      g_clear_object (&file);
      koers_test_unmount (dir);
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  assert_info_bar_says (window, file, "read-only");
  koers_test_iterate_for (500);
  assert_nothing_lost (window, plan, path, before);
  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.koers");

  /* Writable again: the save works. */
  g_assert_cmpint (mount ("tmpfs", dir, "tmpfs", MS_REMOUNT, NULL), ==, 0);
  assert_saves_now (window, file);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&file);
  koers_test_unmount (dir);
}

/* The folder disappears ------------------------------------------------ */

static void
test_folder_deleted (void)
{
  g_autofree char *dir = make_dir ("vanishing");
  g_autofree char *path = g_build_filename (dir, "plan.koers", NULL);
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);
  g_autoptr(GFile) file = NULL;
  KoersWindow *window;
  KoersPlan *plan;

  koers_test_copy_example (path);
  window = open_and_edit (path, &file);
  plan = koers_window_get_plan (window);

  g_assert_cmpint (system (command), ==, 0);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
  /* The window notices the file is gone, and keeps the plan. */
  assert_info_bar_says (window, file, "deleted or moved");
  assert_nothing_lost (window, plan, path, NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  assert_info_bar_says (window, file, "folder does not exist");
  koers_test_iterate_for (500);
  assert_nothing_lost (window, plan, path, NULL);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  /* The folder is back: the save works and nothing was lost. */
  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  assert_saves_now (window, file);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!koers_test_init_gtk (&argc, &argv))
    return 0;

  tmpdir = koers_test_make_suite_dir ("koers-test-window-hostile-XXXXXX");
  koers_test_use_recovery_dir (tmpdir);

  g_test_add_func ("/window-hostile/disk-full/tmpfs", test_disk_full);
  g_test_add_func ("/window-hostile/disk-full/simulated", test_disk_full_simulated);
  g_test_add_func ("/window-hostile/read-only", test_read_only);
  g_test_add_func ("/window-hostile/folder-deleted", test_folder_deleted);

  ret = g_test_run ();

  koers_test_remove_suite_dir (tmpdir);
  return ret;
}
