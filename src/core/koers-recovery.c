/* koers-recovery.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recovery copies: a few seconds after the last edit, a window writes its
 * plan to the user's data folder (never over the user's own file), with a
 * small key file saying whose it is and when it was written. A normal save
 * or a deliberate discard removes both. After a crash they remain, and the
 * next start offers them back.
 *
 *   $XDG_DATA_HOME/koers/recovery/ID.koers   the plan
 *   $XDG_DATA_HOME/koers/recovery/ID.info    [recovery] uri, title, written, pid
 */
#define G_LOG_DOMAIN "koers-recovery"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "koers-recovery.h"
#include "koers-file-replace.h"
#include "koers-plan-io.h"
#include "koers-plan-io-private.h"

#define GROUP "recovery"

void
koers_recovery_entry_free (KoersRecoveryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->path);
  g_free (entry->uri);
  g_free (entry->title);
  g_clear_pointer (&entry->written, g_date_time_unref);
  g_free (entry);
}

/**
 * koers_recovery_get_dir:
 *
 * $KOERS_RECOVERY_DIR for tests, else the user data folder's
 * koers/recovery.
 *
 * Returns: (transfer full): the folder of recovery copies
 */
char *
koers_recovery_get_dir (void)
{
  const char *override = g_getenv ("KOERS_RECOVERY_DIR");

  if (override != NULL && *override != '\0')
    return g_strdup (override);
  return g_build_filename (g_get_user_data_dir (), "koers", "recovery", NULL);
}

char *
koers_recovery_new_id (void)
{
  return g_uuid_string_random ();
}

static char *
path_for (const char *dir,
          const char *id,
          const char *extension)
{
  g_autofree char *name = g_strconcat (id, extension, NULL);

  return g_build_filename (dir, name, NULL);
}

/**
 * koers_recovery_make_info:
 * @file: (nullable): the plan's own file
 *
 * Returns: (transfer full): the key file that goes with a recovery copy
 */
GBytes *
koers_recovery_make_info (const char *id,
                          KoersPlan  *plan,
                          GFile      *file)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *written = g_date_time_format_iso8601 (now);
  g_autofree char *data = NULL;
  gsize length;

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_key_file_set_string (info, GROUP, "uri", uri);
    }
  g_key_file_set_string (info, GROUP, "id", id);
  g_key_file_set_string (info, GROUP, "title", koers_plan_get_title (plan));
  g_key_file_set_string (info, GROUP, "written", written);
  g_key_file_set_integer (info, GROUP, "pid", (int) getpid ());

  data = g_key_file_to_data (info, &length, NULL);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/**
 * koers_recovery_write:
 *
 * Writes the recovery copy and its key file, each atomically; the key file
 * last, so a listed entry always has its plan.
 *
 * Returns: whether both were written
 */
gboolean
koers_recovery_write (const char  *dir,
                      const char  *id,
                      GBytes      *plan_bytes,
                      GBytes      *info_bytes,
                      GError     **error)
{
  g_autofree char *plan_path = path_for (dir, id, ".koers");
  g_autofree char *info_path = path_for (dir, id, ".info");
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);
  g_autoptr(GFile) info_file = g_file_new_for_path (info_path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  return koers_file_replace_bytes (plan_file, plan_bytes, error) &&
         koers_file_replace_bytes (info_file, info_bytes, error);
}

typedef struct
{
  char          *dir;
  char          *id;
  GFile         *file;  /* the plan's own, or NULL */
  KoersPlanText *plan_text;
  GBytes        *info_bytes;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_free (data->dir);
  g_free (data->id);
  g_clear_object (&data->file);
  g_clear_pointer (&data->plan_text, _koers_plan_text_free);
  g_clear_pointer (&data->info_bytes, g_bytes_unref);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  g_autoptr(GBytes) plan_bytes = _koers_plan_text_join (data->plan_text);
  GError *error = NULL;

  /* Here, not on the main loop: a piece per entry to let go */
  g_clear_pointer (&data->plan_text, _koers_plan_text_free);

  if (koers_recovery_write (data->dir, data->id, plan_bytes, data->info_bytes, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The calendar's texts are prepared: the text is quick to take now. Takes
 * @task. */
static void
take_text (GTask     *task,
           KoersPlan *plan)
{
  WriteData *data = g_task_get_task_data (task);
  GError *error = NULL;

  data->info_bytes = koers_recovery_make_info (data->id, plan, data->file);
  data->plan_text = _koers_plan_io_to_text (plan, &error);
  if (data->plan_text == NULL)
    g_task_return_error (task, error);
  else
    g_task_run_in_thread (task, write_thread);
  g_object_unref (task);
}

/**
 * koers_recovery_write_async:
 * @file: (nullable): the plan's own file
 *
 * Takes the plan's text once its calendar's texts are prepared (a few
 * frames for a big calendar, koers_plan_io_prepare_async()), from the
 * items' cached texts where they did not change (_koers_plan_io_to_text()),
 * and joins and writes it in a thread.
 */
void
koers_recovery_write_async (const char          *dir,
                            const char          *id,
                            KoersPlan           *plan,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  WriteData *data = g_new0 (WriteData, 1);

  g_task_set_source_tag (task, koers_recovery_write_async);
  data->dir = g_strdup (dir);
  data->id = g_strdup (id);
  data->file = file != NULL ? g_object_ref (file) : NULL;
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  _koers_plan_io_prepare_for_task (plan, task, take_text);
}

gboolean
koers_recovery_write_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
unlink_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_unlink (task_data);
}

/**
 * koers_recovery_discard:
 *
 * Removes the recovery copy of @id, after a save or a deliberate discard.
 */
void
koers_recovery_discard (const char *dir,
                        const char *id)
{
  g_autofree char *plan_path = path_for (dir, id, ".koers");
  g_autofree char *info_path = path_for (dir, id, ".info");

  g_autofree char *gone_path = g_strdup_printf ("%s.%08x.gone", plan_path, g_random_int ());

  /* The key file first: without it the copy is not offered. */
  g_unlink (info_path);
  /* Unlinking a copy of 20 MB frees its pages and takes the kernel tens of
   * milliseconds: the copy is renamed out of the way here (a new copy may
   * take its name at once) and unlinked in a thread. */
  if (g_rename (plan_path, gone_path) == 0)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

      g_task_set_task_data (task, g_steal_pointer (&gone_path), g_free);
      g_task_run_in_thread (task, unlink_thread);
    }
  else
    g_unlink (plan_path);
}

static gboolean
process_alive (int pid)
{
  return pid > 0 && (kill (pid, 0) == 0 || errno == EPERM);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const KoersRecoveryEntry *ea = *(KoersRecoveryEntry *const *) a;
  const KoersRecoveryEntry *eb = *(KoersRecoveryEntry *const *) b;

  return g_date_time_compare (eb->written, ea->written);
}

/**
 * koers_recovery_list_orphans:
 *
 * The recovery copies whose process is gone: work that was not saved when
 * Koers stopped. Copies of running processes (other windows) are left out.
 *
 * Returns: (transfer full) (element-type KoersRecoveryEntry): newest first
 */
GPtrArray *
koers_recovery_list_orphans (const char *dir)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_recovery_entry_free);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  if (folder == NULL)
    return entries;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autoptr(GKeyFile) info = g_key_file_new ();
      g_autofree char *info_path = NULL;
      g_autofree char *id = NULL;
      g_autofree char *written = NULL;
      KoersRecoveryEntry *entry;

      /* A discarded copy whose unlink did not run before Koers stopped */
      if (g_str_has_suffix (name, ".gone"))
        {
          g_autofree char *gone = g_build_filename (dir, name, NULL);

          g_unlink (gone);
          continue;
        }
      if (!g_str_has_suffix (name, ".info"))
        continue;

      id = g_strndup (name, strlen (name) - strlen (".info"));
      info_path = g_build_filename (dir, name, NULL);
      if (!g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
        continue;

      entry = g_new0 (KoersRecoveryEntry, 1);
      entry->id = g_steal_pointer (&id);
      entry->path = path_for (dir, entry->id, ".koers");
      entry->uri = g_key_file_get_string (info, GROUP, "uri", NULL);
      entry->title = g_key_file_get_string (info, GROUP, "title", NULL);
      entry->pid = g_key_file_get_integer (info, GROUP, "pid", NULL);
      written = g_key_file_get_string (info, GROUP, "written", NULL);
      entry->written = written ? g_date_time_new_from_iso8601 (written, NULL) : NULL;
      if (entry->written == NULL)
        entry->written = g_date_time_new_from_unix_local (0);

      if (process_alive (entry->pid) || !g_file_test (entry->path, G_FILE_TEST_IS_REGULAR))
        {
          koers_recovery_entry_free (entry);
          continue;
        }

      g_ptr_array_add (entries, entry);
    }

  g_ptr_array_sort (entries, compare_newest_first);
  return entries;
}
