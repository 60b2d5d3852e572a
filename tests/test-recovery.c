/* test-recovery.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "koers-plan-io.h"
#include "koers-recovery.h"
#include "koers-test-util.h"

static char *dir;

static void
test_write_list_discard (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/eigen-plan.koers");
  g_autoptr(GBytes) plan_bytes = NULL;
  g_autoptr(GBytes) info_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autofree char *info_path = g_build_filename (dir, "dead.info", NULL);
  g_autofree char *info_text = NULL;
  g_autofree char *edited = NULL;
  KoersRecoveryEntry *entry;

  koers_plan_set_title (plan, "Herstelbaar plan");
  plan_bytes = koers_plan_io_to_bytes (plan, &error);
  info_bytes = koers_recovery_make_info ("dead", plan, file);
  g_assert_true (koers_recovery_write (dir, "dead", plan_bytes, info_bytes, &error));
  g_assert_no_error (error);

  /* Our own process is alive: its copy is not an orphan. */
  orphans = koers_recovery_list_orphans (dir);
  g_assert_cmpuint (orphans->len, ==, 0);
  g_clear_pointer (&orphans, g_ptr_array_unref);

  /* A process that no longer exists (pid beyond the kernel's maximum) */
  g_assert_true (g_file_get_contents (info_path, &info_text, NULL, NULL));
  {
    g_autoptr(GKeyFile) info = g_key_file_new ();

    g_assert_true (g_key_file_load_from_data (info, info_text, -1, 0, NULL));
    g_key_file_set_integer (info, "recovery", "pid", 99999999);
    edited = g_key_file_to_data (info, NULL, NULL);
    g_assert_true (g_file_set_contents (info_path, edited, -1, NULL));
  }

  orphans = koers_recovery_list_orphans (dir);
  g_assert_cmpuint (orphans->len, ==, 1);
  entry = g_ptr_array_index (orphans, 0);
  g_assert_cmpstr (entry->id, ==, "dead");
  g_assert_cmpstr (entry->title, ==, "Herstelbaar plan");
  g_assert_cmpstr (entry->uri, ==, "file:///tmp/eigen-plan.koers");
  g_assert_nonnull (entry->written);

  /* The copy is a plan */
  {
    g_autoptr(GFile) copy = g_file_new_for_path (entry->path);
    g_autoptr(KoersPlan) back = koers_plan_io_load (copy, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (koers_plan_get_title (back), ==, "Herstelbaar plan");
  }

  {
    g_autofree char *copy_path = g_strdup (entry->path);

    koers_recovery_discard (dir, "dead");
    g_clear_pointer (&orphans, g_ptr_array_unref);
    orphans = koers_recovery_list_orphans (dir);
    g_assert_cmpuint (orphans->len, ==, 0);
    g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));

    /* The copy is unlinked in a thread, under another name: nothing of it
     * stays, and a leftover of a Koers that stopped first goes at the next
     * listing */
    {
      g_autofree char *leftover = g_build_filename (dir, "dead.koers.1234abcd.gone", NULL);
      gint64 end = g_get_monotonic_time () + KOERS_TEST_HANG_SECONDS * G_USEC_PER_SEC;
      g_autoptr(GDir) folder = NULL;

      while (g_get_monotonic_time () < end)
        {
          const char *name;
          gboolean any = FALSE;

          g_clear_pointer (&folder, g_dir_close);
          folder = g_dir_open (dir, 0, NULL);
          while ((name = g_dir_read_name (folder)) != NULL)
            any = any || g_str_has_suffix (name, ".gone");
          if (!any)
            break;
          g_usleep (1000);
        }
      g_assert_true (g_file_set_contents (leftover, "{}", -1, NULL));
      g_clear_pointer (&orphans, g_ptr_array_unref);
      orphans = koers_recovery_list_orphans (dir);
      g_assert_cmpuint (orphans->len, ==, 0);
      g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
    }
  }
}

static void
test_missing_dir (void)
{
  g_autoptr(GPtrArray) orphans = koers_recovery_list_orphans ("/nonexistent/koers/recovery");

  g_assert_cmpuint (orphans->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  dir = koers_test_make_suite_dir ("koers-test-recovery-XXXXXX");

  g_test_add_func ("/recovery/write-list-discard", test_write_list_discard);
  g_test_add_func ("/recovery/missing-dir", test_missing_dir);

  ret = g_test_run ();
  koers_test_remove_suite_dir (dir);
  return ret;
}
