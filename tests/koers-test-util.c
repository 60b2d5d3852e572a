/* koers-test-util.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "koers-test-util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <gio/gio.h>

#include "koers-calendar-entry.h"
#include <glib/gstdio.h>

/* Running koers -------------------------------------------------------- */

void
koers_test_run_clear (KoersTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* The built koers, from $KOERS_BIN (meson test sets it) */
const char *
koers_test_koers_bin (void)
{
  return g_getenv ("KOERS_BIN");
}

/* FALSE, and the test skipped, without a built koers to run */
gboolean
koers_test_have_koers (void)
{
  const char *bin = koers_test_koers_bin ();

  if (bin == NULL || !g_file_test (bin, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("KOERS_BIN is not set to the built koers (run through meson test)");
      return FALSE;
    }
  return TRUE;
}

/* The environment of a user who asked for @language, on a machine whose
 * locale is C.UTF-8. Nothing is inherited that could change the language,
 * and there is no display: the headless commands must not need one. */
char **
koers_test_make_environment (const char *language)
{
  char **envp = g_get_environ ();
  const char *const unset[] = {
    "LANG", "LC_MESSAGES", "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE",
    "LC_MONETARY", "DISPLAY", "WAYLAND_DISPLAY", "G_MESSAGES_DEBUG",
  };

  for (guint i = 0; i < G_N_ELEMENTS (unset); i++)
    envp = g_environ_unsetenv (envp, unset[i]);

  envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "LANG", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  if (g_getenv ("KOERS_LOCALEDIR") != NULL)
    envp = g_environ_setenv (envp, "KOERS_LOCALEDIR", g_getenv ("KOERS_LOCALEDIR"), TRUE);

  return envp;
}

static void
run_koers_valist (KoersTestRun         *run,
                  GSpawnChildSetupFunc  child_setup,
                  const char           *language,
                  va_list               args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = koers_test_make_environment (language);
  g_autoptr(GError) error = NULL;
  const char *arg;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) koers_test_koers_bin ());
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  {
    g_autofree char *line = g_strjoinv (" ", (char **) argv->pdata);
    g_test_message ("LANGUAGE=%s %s%s", language,
                    child_setup != NULL ? "(with a child setup) " : "", line);
  }

  memset (run, 0, sizeof *run);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, child_setup, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);

  if (run->out[0] != '\0')
    g_test_message ("stdout: %s", run->out);
  if (run->err[0] != '\0')
    g_test_message ("stderr: %s", run->err);

  /* A crash or an abort is never an answer. */
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* Runs koers for a user who asked for @language, with the arguments after
 * @language up to NULL. */
void
koers_test_run_koers (KoersTestRun *run,
                      const char   *language,
                      ...)
{
  va_list args;

  va_start (args, language);
  run_koers_valist (run, NULL, language, args);
  va_end (args);
}

/* The same, with @child_setup run in the child before koers starts (to
 * become another user, say). A child setup that fails exits with status
 * 125, which fails the test. */
void
koers_test_run_koers_as (KoersTestRun         *run,
                         GSpawnChildSetupFunc  child_setup,
                         const char           *language,
                         ...)
{
  va_list args;

  va_start (args, language);
  run_koers_valist (run, child_setup, language, args);
  va_end (args);
  g_assert_cmpint (run->status, !=, 125);   /* the child setup failed */
}

/* Files ---------------------------------------------------------------- */

/* The name koers uses for @path in its messages */
char *
koers_test_display_name (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return g_file_get_parse_name (file);
}

void
koers_test_write_file (const char *path,
                       const char *data,
                       gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

GBytes *
koers_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

/* The contents of @path as a nul-terminated string */
char *
koers_test_read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* g_ptr_array_sort() passes pointers to the elements */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The sorted names in @path, joined by spaces */
char *
koers_test_list_dir (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Removes @path and everything below it, making folders writable first;
 * nothing when @path does not exist. */
void
koers_test_remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0755);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          koers_test_remove_tree (child);
        }
      g_assert_cmpint (g_rmdir (path), ==, 0);
    }
  else
    g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
remove_and_free (gpointer dir)
{
  koers_test_remove_tree (dir);
  g_free (dir);
}

/* A fresh folder (mode 0700) for the running test, removed with all it
 * holds when the test ends. */
char *
koers_test_make_temp_dir (const char *name_template)
{
  char *dir = koers_test_make_suite_dir (name_template);

  g_test_queue_destroy (remove_and_free, g_strdup (dir));
  return dir;
}

/* A fresh folder for all the tests of a program; see
 * koers_test_remove_suite_dir(). */
char *
koers_test_make_suite_dir (const char *name_template)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (name_template, &error);

  g_assert_no_error (error);
  return dir;
}

/* After the tests: removes @dir whatever it holds, and frees it. */
void
koers_test_remove_suite_dir (char *dir)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);

  if (system (command) != 0)
    g_printerr ("could not remove %s\n", dir);
  g_free (dir);
}

/* Recovery copies go to @dir/recovery, soon after an edit. */
void
koers_test_use_recovery_dir (const char *dir)
{
  g_autofree char *recovery = g_build_filename (dir, "recovery", NULL);

  g_setenv ("KOERS_RECOVERY_DIR", recovery, TRUE);
  g_setenv ("KOERS_AUTOSAVE_DELAY_MS", "50", TRUE);
}

/* Copies the Dutch example plan of the source tree to @path */
void
koers_test_copy_example (const char *path)
{
  g_autofree char *source = g_build_filename (SOURCE_DATADIR, "examples",
                                              "koers-example-nl.koers", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, &error));
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
}

/* tmpfs ---------------------------------------------------------------- */

/* A tmpfs of @size at @dir; FALSE (and the test skipped) when mounting is
 * not allowed here. */
gboolean
koers_test_mount_tmpfs (const char *dir,
                        const char *size)
{
  g_autofree char *options = g_strdup_printf ("size=%s,mode=0755", size);

  if (mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0)
    {
      g_autofree char *why = g_strdup_printf ("cannot mount a tmpfs (%s): needs root in a "
                                              "sandbox that allows mounts", g_strerror (errno));
      g_test_skip (why);
      return FALSE;
    }
  return TRUE;
}

void
koers_test_unmount (const char *dir)
{
  if (umount (dir) != 0)
    g_assert_cmpint (umount2 (dir, MNT_DETACH), ==, 0);
}

/* @n new calendar entries in no plan, "@title_prefix I" on the (1 + i % 28)th
 * of month 1 + i % 12 of @year */
GPtrArray *
koers_test_dated_entries (guint       n,
                          guint       year,
                          const char *title_prefix)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      KoersCalendarEntry *entry = koers_calendar_entry_new ();
      g_autoptr(GDate) date = g_date_new_dmy (1 + i % 28, 1 + i % 12, year);
      g_autofree char *title = g_strdup_printf ("%s %u", title_prefix, i);

      koers_calendar_entry_set_date (entry, date);
      koers_calendar_entry_set_title (entry, title);
      g_ptr_array_add (entries, entry);
    }
  return entries;
}
