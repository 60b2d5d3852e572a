/* test-crash-save.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A save that is killed at any moment leaves the plan file whole: it then
 * holds, byte for byte, either the complete old version or the complete new
 * one, and loads. A child process saves a large plan over an older one and
 * dies at a random moment, many times, with a fixed seed:
 *
 *  - timed: the parent sends SIGKILL after a random 0-20 ms, while the
 *    child saves the plan (koers_plan_io_save(): text, then write), or
 *    writes its ready text (koers_file_replace_bytes(), so that more kills
 *    land in the write, fsync and rename);
 *  - fail-after: the disk "fills up" at a random byte of the write
 *    (_koers_file_replace_set_fail_after), the save fails, and the child is
 *    killed with SIGKILL right after;
 *  - file-size: RLIMIT_FSIZE kills the child with SIGXFSZ in the middle of
 *    a write() at a random byte, so it dies with a half-written temporary
 *    file and no chance to clean up.
 *
 * A temporary file ".NAME.koers-save-XXXXXX" may stay behind after a kill
 * (nothing runs to remove it); those are counted, must never be the plan's
 * name, never change what the plan loads as, and are gone after the next
 * save of the plan.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "koers-plan.h"
#include "koers-file-replace.h"
#include "koers-plan-io.h"
#include "koers-file-replace-private.h"
#include "koers-calendar-entry.h"

#define N_ENTRIES    5000
#define N_ITERATIONS 200
#define SEED         20270331
#define PLAN_NAME    "plan.koers"

static char *tmpdir;

typedef enum
{
  KILL_TIMED,
  KILL_TIMED_WRITE,
  KILL_FAIL_AFTER,
  KILL_FILE_SIZE,
  N_KILL_MODES
} KillMode;

static const char *const mode_names[] = { "timed SIGKILL, save", "timed SIGKILL, write",
                                           "fail-after + SIGKILL", "SIGXFSZ mid-write" };

/* A plan with @n calendar entries; @variant changes every entry's text, so
 * the old and new versions differ all through the file and in length. */
static KoersPlan *
build_large_plan (const char *variant,
                  guint       n)
{
  KoersPlan *plan = koers_plan_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *title = g_strdup_printf ("Plan %s", variant);

  koers_plan_set_title (plan, title);

  for (guint i = 0; i < n; i++)
    {
      KoersCalendarEntry *entry = koers_calendar_entry_new ();
      g_autoptr(GDate) date = g_date_new_dmy (1 + i % 28, 1 + (i / 28) % 12, 2027 + i / 336);
      g_autofree char *entry_title = g_strdup_printf ("%s bericht %u", variant, i);
      g_autofree char *text = g_strdup_printf ("Tekst %u van de %s versie: \"aanhalingstekens\", "
                                               "een tab\tEn een nieuwe regel\nen nog wat %s.",
                                               i, variant, variant);

      koers_calendar_entry_set_date (entry, date);
      koers_calendar_entry_set_time (entry, (int) ((i * 7) % (24 * 60)));
      koers_calendar_entry_set_title (entry, entry_title);
      koers_calendar_entry_set_text (entry, text);
      koers_calendar_entry_set_owner (entry, variant);
      g_ptr_array_add (entries, entry);
    }

  koers_plan_append_many (plan, koers_plan_get_entries (plan), entries->pdata, entries->len);
  return plan;
}

static gboolean
bytes_equal_data (GBytes     *bytes,
                  const char *data,
                  gsize       length)
{
  gsize n;
  const char *b = g_bytes_get_data (bytes, &n);

  return n == length && memcmp (b, data, n) == 0;
}

/* Leftover temporary files of @plan_name in @dir:
 * ".plan.koers.koers-save-XXXXXX", counted and, when @remove, removed.
 * Anything else in the folder is a failure. */
static guint
count_temp_files (const char *dir,
                  const char *plan_name,
                  gboolean    remove)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.koers-save-", plan_name);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;

      if (g_str_equal (name, plan_name))
        continue;

      /* A temporary file: hidden, named after the plan plus six random
       * characters, so a later load of the plan never picks it up. */
      g_assert_true (g_str_has_prefix (name, prefix));
      g_assert_cmpuint (strlen (name), ==, strlen (prefix) + 6);
      g_assert_false (g_str_has_suffix (name, ".koers"));

      path = g_build_filename (dir, name, NULL);
      if (remove)
        g_assert_cmpint (g_unlink (path), ==, 0);
      n++;
    }

  return n;
}

static guint
sum (const guint counts[N_KILL_MODES])
{
  guint total = 0;

  for (guint m = 0; m < N_KILL_MODES; m++)
    total += counts[m];
  return total;
}

G_GNUC_NORETURN static void
child_save (KoersPlan *plan,
            GBytes    *bytes,
            GFile     *file,
            KillMode   mode,
            gssize     at_byte)
{
  g_autoptr(GError) error = NULL;
  struct rlimit no_core = { 0, 0 };

  /* No core file when SIGXFSZ ends the child. */
  setrlimit (RLIMIT_CORE, &no_core);

  switch (mode)
    {
    case KILL_TIMED:
      if (!koers_plan_io_save (plan, file, &error))
        _exit (2);
      _exit (0);

    case KILL_TIMED_WRITE:
      if (!koers_file_replace_bytes (file, bytes, &error))
        _exit (2);
      _exit (0);

    case KILL_FAIL_AFTER:
      _koers_file_replace_set_fail_after (at_byte);
      if (koers_plan_io_save (plan, file, &error))
        _exit (3);
      if (!g_error_matches (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NO_SPACE))
        _exit (4);
      /* The program dies right after the failed save. */
      raise (SIGKILL);
      _exit (5);

    case KILL_FILE_SIZE:
      {
        struct rlimit limit = { (rlim_t) at_byte, (rlim_t) at_byte };

        signal (SIGXFSZ, SIG_DFL);
        if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
          _exit (6);
        koers_plan_io_save (plan, file, &error);
        /* Only reached when @at_byte is the whole file. */
        _exit (0);
      }

    case N_KILL_MODES:
    default:
      _exit (7);
    }
}

static void
test_crash_save (void)
{
  g_autoptr(KoersPlan) old_plan = build_large_plan ("oude", N_ENTRIES);
  g_autoptr(KoersPlan) new_plan = build_large_plan ("nieuwe", N_ENTRIES);
  g_autoptr(GBytes) old_bytes = NULL;
  g_autoptr(GBytes) new_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autofree char *path = g_build_filename (tmpdir, PLAN_NAME, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint outcome_old[N_KILL_MODES] = { 0 };
  guint outcome_new[N_KILL_MODES] = { 0 };
  guint runs[N_KILL_MODES] = { 0 };
  guint killed = 0, completed = 0, leftovers = 0, runs_with_leftover = 0;
  gint64 start, save_usec;
  gsize new_length;

  old_bytes = koers_plan_io_to_bytes (old_plan, &error);
  g_assert_no_error (error);
  new_bytes = koers_plan_io_to_bytes (new_plan, &error);
  g_assert_no_error (error);
  g_assert_false (g_bytes_equal (old_bytes, new_bytes));
  new_length = g_bytes_get_size (new_bytes);

  /* How long one whole save takes here, for the report. */
  g_assert_true (koers_file_replace_bytes (file, old_bytes, &error));
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (koers_plan_io_save (new_plan, file, &error));
  g_assert_no_error (error);
  save_usec = g_get_monotonic_time () - start;
  g_test_message ("old version %" G_GSIZE_FORMAT " bytes, new version %" G_GSIZE_FORMAT
                  " bytes, %d entries; one save takes %.2f ms",
                  g_bytes_get_size (old_bytes), new_length, N_ENTRIES, save_usec / 1000.0);

  for (guint i = 0; i < N_ITERATIONS; i++)
    {
      /* Half the runs timed, a quarter each at a byte of the write. */
      static const KillMode modes[] = { KILL_TIMED, KILL_FAIL_AFTER, KILL_TIMED_WRITE, KILL_FILE_SIZE };
      KillMode mode = modes[i % 4];
      gboolean timed = mode == KILL_TIMED || mode == KILL_TIMED_WRITE;
      guint delay_usec = (guint) g_rand_int_range (rand, 0, 20001);
      gssize at_byte = (gssize) g_rand_int_range (rand, 0, (gint32) new_length);
      g_autoptr(KoersPlan) loaded = NULL;
      g_autofree char *contents = NULL;
      gsize length = 0;
      guint n_temp;
      int status;
      pid_t pid;

      /* The file holds the complete old version; that save removed the
       * temporary file the last run's kill left behind. */
      g_assert_true (koers_file_replace_bytes (file, old_bytes, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (count_temp_files (tmpdir, PLAN_NAME, FALSE), ==, 0);

      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        child_save (new_plan, new_bytes, file, mode, at_byte);

      if (timed)
        {
          g_usleep (delay_usec);
          kill (pid, SIGKILL);
        }
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

      if (WIFSIGNALED (status))
        {
          switch (mode)
            {
            case KILL_TIMED:
            case KILL_TIMED_WRITE:
            case KILL_FAIL_AFTER:
              g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
              break;
            case KILL_FILE_SIZE:
              g_assert_cmpint (WTERMSIG (status), ==, SIGXFSZ);
              break;
            case N_KILL_MODES:
            default:
              g_assert_not_reached ();
            }
          killed++;
        }
      else
        {
          /* Only a timed kill can come too late. */
          g_assert_true (WIFEXITED (status));
          if (WEXITSTATUS (status) != 0)
            g_error ("run %u (%s): the child failed with status %d",
                     i, mode_names[mode], WEXITSTATUS (status));
          g_assert_true (timed);
          completed++;
        }

      /* The plan file is one whole version, and loads. */
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      if (bytes_equal_data (old_bytes, contents, length))
        outcome_old[mode]++;
      else if (bytes_equal_data (new_bytes, contents, length))
        outcome_new[mode]++;
      else
        g_error ("run %u (%s, delay %u us, byte %" G_GSSIZE_FORMAT "): the plan file "
                 "(%" G_GSIZE_FORMAT " bytes) is neither the old nor the new version",
                 i, mode_names[mode], delay_usec, at_byte, length);

      if (!timed)
        g_assert_true (bytes_equal_data (old_bytes, contents, length));

      loaded = koers_plan_io_load (file, &error);
      g_assert_no_error (error);
      g_assert_nonnull (loaded);
      g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (loaded)), ==, N_ENTRIES);

      /* Leftover temporary files: never the plan's name; the next save
       * removes them. */
      n_temp = count_temp_files (tmpdir, PLAN_NAME, FALSE);
      if (mode == KILL_FAIL_AFTER)
        g_assert_cmpuint (n_temp, ==, 0); /* the failed save cleaned up */
      leftovers += n_temp;
      if (n_temp > 0)
        runs_with_leftover++;
      runs[mode]++;
    }

  for (guint m = 0; m < N_KILL_MODES; m++)
    g_test_message ("%-22s %3u runs: old %3u, new %3u",
                    mode_names[m], runs[m], outcome_old[m], outcome_new[m]);
  g_test_message ("total: old %u, new %u; killed %u, finished before the kill %u",
                  sum (outcome_old), sum (outcome_new), killed, completed);
  g_test_message ("leftover temporary files .%s.koers-save-XXXXXX: %u in %u runs "
                  "(each removed by the next save)",
                  PLAN_NAME, leftovers, runs_with_leftover);

  g_assert_cmpuint (sum (outcome_old) + sum (outcome_new), ==, N_ITERATIONS);
  /* Dying at a byte of the write always leaves the old version. */
  g_assert_cmpuint (outcome_new[KILL_FAIL_AFTER] + outcome_new[KILL_FILE_SIZE], ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("koers-test-crash-save-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/plan-io/save/crash", test_crash_save);

  ret = g_test_run ();

  {
    g_autofree char *path = g_build_filename (tmpdir, PLAN_NAME, NULL);

    count_temp_files (tmpdir, PLAN_NAME, TRUE);
    g_unlink (path);
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);
  return ret;
}
