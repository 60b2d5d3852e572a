/* test-hostile.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A hostile disk, on the command line: a full disk, a read-only folder, a
 * file without read permission, a folder that does not exist, and names
 * and paths longer than the system allows. Runs the built koers
 * ($KOERS_BIN) as test-cli.c does and checks the exit status, the
 * characteristic words of the message, and that nothing was lost: an
 * existing file keeps every byte and no temporary file is left behind.
 * The same cases through the library check the GError code.
 *
 * Permission errors need a user the permissions apply to: when the test
 * runs as root, koers and the library calls run as "nobody" in a forked
 * child. The full disk is a small tmpfs; when mounting is not allowed
 * those tests are skipped, and a simulated full disk still runs.
 */
#include "config.h"

#include <grp.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "koers-plan-io.h"
#include "koers-file-replace-private.h"
#include "koers-test-util.h"

#define NOBODY 65534

/* Running koers as nobody --------------------------------------------- */

/* In a forked child: become "nobody" when we are root, so that file
 * permissions apply. Root ignores them. */
static gboolean
drop_privileges (void)
{
  if (geteuid () != 0)
    return TRUE;
  return setgroups (0, NULL) == 0 && setgid (NOBODY) == 0 && setuid (NOBODY) == 0 &&
         geteuid () == NOBODY;
}

static void
child_setup_as_nobody (gpointer user_data)
{
  if (!drop_privileges ())
    _exit (125);
}

/* A failure: @status, nothing on stdout, one line on stderr that starts
 * with "koers: " and holds each of the words up to NULL. */
G_GNUC_NULL_TERMINATED
static void
assert_failed (const KoersTestRun *run,
               int        status,
               ...)
{
  const char *word;
  va_list args;

  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "koers: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);

  va_start (args, status);
  while ((word = va_arg (args, const char *)) != NULL)
    if (strstr (run->err, word) == NULL)
      g_error ("expected “%s” in the message: %s", word, run->err);
  va_end (args);
}

/* The library, as nobody ------------------------------------------------ */

/* Runs @func in a forked child as "nobody" and returns the code of the
 * KOERS_PLAN_IO_ERROR it set, or 200 for success, 201 for another domain,
 * 202 when the child could not become nobody. */
static int
error_code_as_nobody (GError   *(*func) (gpointer),
                      gpointer    data)
{
  int wait_status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      GError *error;

      if (!drop_privileges ())
        _exit (202);
      error = func (data);
      if (error == NULL)
        _exit (200);
      if (error->domain != KOERS_PLAN_IO_ERROR)
        _exit (201);
      _exit (error->code);
    }

  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), !=, 202);
  return WEXITSTATUS (wait_status);
}

static GError *
load_error (gpointer path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KoersPlan) plan = NULL;
  GError *error = NULL;

  plan = koers_plan_io_load (file, &error);
  return error;
}

typedef struct
{
  KoersPlan  *plan;
  const char *path;
} SaveArgs;

static GError *
save_error (gpointer data)
{
  SaveArgs *args = data;
  g_autoptr(GFile) file = g_file_new_for_path (args->path);
  GError *error = NULL;

  koers_plan_io_save (args->plan, file, &error);
  return error;
}

/* Files ---------------------------------------------------------------- */

/* A fresh folder "nobody" can search (g_dir_make_tmp() makes it 0700),
 * removed again when the test ends. */
static char *
make_temp_dir (void)
{
  char *dir = koers_test_make_temp_dir ("koers-test-hostile-XXXXXX");

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  return dir;
}

static void
write_file (const char *path,
            const char *data,
            gssize      length,
            int         mode)
{
  koers_test_write_file (path, data, length);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

/* Bytes a file must keep: not JSON, not UTF-8, so nothing rewrote it. */
static const char original[] = "{\"format\": \"koers-plan\", \"version\": 2}\n\x01 not touched \xff\n";

static void
write_original (const char *path)
{
  write_file (path, original, sizeof original - 1, 0644);
}

static void
assert_original (const char *path)
{
  g_autoptr(GBytes) before = g_bytes_new_static (original, sizeof original - 1);
  g_autoptr(GBytes) after = koers_test_read_file (path);

  g_assert_true (g_bytes_equal (before, after));
}

/* A valid plan of about 200 kB, world-readable, as @dir/big.koers */
static char *
write_big_plan (const char *dir)
{
  const char head[] = "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\": \"";
  const char tail[] = "\"}}\n";
  g_autoptr(GString) text = g_string_new (head);
  char *path = g_build_filename (dir, "big.koers", NULL);

  for (guint i = 0; i < 200 * 1000; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, tail);
  write_file (path, text->str, text->len, 0644);
  return path;
}

static KoersPlan *
load_plan (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KoersPlan *plan = koers_plan_io_load (file, &error);

  g_assert_no_error (error);
  return plan;
}

/* Disk full ------------------------------------------------------------ */

static void
test_disk_full (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *full = g_build_filename (dir, "full", NULL);
  g_autofree char *big = write_big_plan (dir);
  g_autofree char *target = g_build_filename (full, "out.koers", NULL);
  g_autofree char *fresh = g_build_filename (full, "new.koers", NULL);
  g_autofree char *option = g_strconcat ("--export=", target, NULL);
  g_autofree char *fresh_option = g_strconcat ("--export=", fresh, NULL);
  g_autofree char *name = koers_test_display_name (target);
  g_autofree char *listing = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (full, 0755), ==, 0);
  if (!koers_test_have_koers () || !koers_test_mount_tmpfs (full, "64k"))
    return;
  write_original (target);

  /* Over an existing file: it keeps every byte. */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", option, big, NULL);
    assert_failed (&run, 3, name, "not enough space", "left as it was", NULL);
  }
  assert_original (target);

  /* A new file: nothing is created. */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", fresh_option, big, NULL);
    assert_failed (&run, 3, "not enough space", NULL);
  }

  /* The library says NO_SPACE. */
  plan = load_plan (big);
  file = g_file_new_for_path (target);
  g_assert_false (koers_plan_io_save (plan, file, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, "not enough space"));
  assert_original (target);

  /* No temporary file is left behind. */
  listing = koers_test_list_dir (full);
  g_assert_cmpstr (listing, ==, "out.koers");

  koers_test_unmount (full);
}

/* Without tmpfs: the write hook fails with ENOSPC after 1000 bytes. */
static void
test_disk_full_simulated (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *big = write_big_plan (dir);
  g_autofree char *target = g_build_filename (dir, "out.koers", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(KoersPlan) plan = load_plan (big);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GError) error = NULL;

  write_original (target);
  _koers_file_replace_set_fail_after (1000);
  g_assert_false (koers_plan_io_save (plan, file, &error));
  _koers_file_replace_set_fail_after (-1);

  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, "not enough space"));
  g_assert_nonnull (strstr (error->message, "left as it was"));
  assert_original (target);
  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "big.koers out.koers");
}

/* Read-only folder ----------------------------------------------------- */

static void
test_read_only_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *big = write_big_plan (dir);
  g_autofree char *ro = g_build_filename (dir, "ro", NULL);
  g_autofree char *keep = g_build_filename (ro, "keep.koers", NULL);
  g_autofree char *fresh = g_build_filename (ro, "out.koers", NULL);
  g_autofree char *keep_option = g_strconcat ("--export=", keep, NULL);
  g_autofree char *fresh_option = g_strconcat ("--export=", fresh, NULL);
  g_autofree char *pdf_option = NULL;
  g_autofree char *keep_name = koers_test_display_name (keep);
  g_autofree char *fresh_name = koers_test_display_name (fresh);
  g_autofree char *listing = NULL;
  g_autoptr(KoersPlan) plan = NULL;

  if (!koers_test_have_koers ())
    return;

  g_assert_cmpint (g_mkdir (ro, 0755), ==, 0);
  write_original (keep);
  /* The file itself is writable: only the folder is not. */
  g_assert_cmpint (g_chmod (keep, 0666), ==, 0);
  g_assert_cmpint (g_chmod (ro, 0555), ==, 0);

  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers_as (&run, child_setup_as_nobody, "en", fresh_option, big, NULL);
    assert_failed (&run, 3, fresh_name, "permission", "save", NULL);
  }
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers_as (&run, child_setup_as_nobody, "en", keep_option, big, NULL);
    assert_failed (&run, 3, keep_name, "permission", "save", NULL);
  }
  {
    g_autofree char *pdf = g_build_filename (ro, "rose.pdf", NULL);
    g_auto(KoersTestRun) run = { 0 };

    pdf_option = g_strconcat ("--export=", pdf, NULL);
    koers_test_run_koers_as (&run, child_setup_as_nobody, "en", pdf_option, big, NULL);
    assert_failed (&run, 3, "permission", NULL);
  }

  plan = load_plan (big);
  {
    SaveArgs args = { plan, fresh };

    g_assert_cmpint (error_code_as_nobody (save_error, &args), ==,
                     KOERS_PLAN_IO_ERROR_PERMISSION);
  }

  assert_original (keep);
  listing = koers_test_list_dir (ro);
  g_assert_cmpstr (listing, ==, "keep.koers");
}

/* A read-only file system: EROFS, for root too. */
static void
test_read_only_mount (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *big = write_big_plan (dir);
  g_autofree char *mnt = g_build_filename (dir, "mnt", NULL);
  g_autofree char *keep = g_build_filename (mnt, "keep.koers", NULL);
  g_autofree char *option = g_strconcat ("--export=", keep, NULL);
  g_autofree char *listing = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (mnt, 0755), ==, 0);
  if (!koers_test_have_koers () || !koers_test_mount_tmpfs (mnt, "1m"))
    return;
  write_original (keep);
  if (mount ("tmpfs", mnt, "tmpfs", MS_REMOUNT | MS_RDONLY, NULL) != 0)
    {
      g_test_skip ("cannot remount the tmpfs read-only");
      koers_test_unmount (mnt);
      return;
    }

  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", option, big, NULL);
    assert_failed (&run, 3, "read-only", "save", NULL);
  }

  plan = load_plan (big);
  file = g_file_new_for_path (keep);
  g_assert_false (koers_plan_io_save (plan, file, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_PERMISSION);

  assert_original (keep);
  listing = koers_test_list_dir (mnt);
  g_assert_cmpstr (listing, ==, "keep.koers");

  koers_test_unmount (mnt);
}

/* A file without read permission --------------------------------------- */

static void
test_unreadable_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *secret = g_build_filename (dir, "secret.koers", NULL);
  g_autofree char *locked = g_build_filename (dir, "locked", NULL);
  g_autofree char *inside = g_build_filename (locked, "plan.koers", NULL);
  g_autofree char *target = g_build_filename (dir, "out.koers", NULL);
  g_autofree char *option = g_strconcat ("--export=", target, NULL);
  g_autofree char *secret_name = koers_test_display_name (secret);
  g_autofree char *inside_name = koers_test_display_name (inside);
  g_autofree char *listing = NULL;
  const char plan[] = "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\": \"Geheim\"}}\n";

  if (!koers_test_have_koers ())
    return;

  write_file (secret, plan, -1, 0200);
  g_assert_cmpint (g_mkdir (locked, 0755), ==, 0);
  write_file (inside, plan, -1, 0644);
  g_assert_cmpint (g_chmod (locked, 0), ==, 0);
  write_original (target);
  g_assert_cmpint (g_chmod (target, 0666), ==, 0);

  /* The file cannot be read */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers_as (&run, child_setup_as_nobody, "en", "--check", secret, NULL);
    assert_failed (&run, 2, secret_name, "permission", "read", NULL);
  }
  /* Its folder cannot be searched */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers_as (&run, child_setup_as_nobody, "en", "--check", inside, NULL);
    assert_failed (&run, 2, inside_name, "permission", "read", NULL);
  }
  /* Exporting it leaves the target alone */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers_as (&run, child_setup_as_nobody, "en", option, secret, NULL);
    assert_failed (&run, 2, secret_name, "permission", NULL);
  }

  g_assert_cmpint (error_code_as_nobody (load_error, secret), ==,
                   KOERS_PLAN_IO_ERROR_PERMISSION);
  g_assert_cmpint (error_code_as_nobody (load_error, inside), ==,
                   KOERS_PLAN_IO_ERROR_PERMISSION);

  assert_original (target);
  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "locked out.koers secret.koers");
}

/* A folder that does not exist ----------------------------------------- */

static void
test_missing_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *big = write_big_plan (dir);
  g_autofree char *gone = g_build_filename (dir, "gone", NULL);
  g_autofree char *target = g_build_filename (gone, "out.koers", NULL);
  g_autofree char *pdf = g_build_filename (gone, "rose.pdf", NULL);
  g_autofree char *option = g_strconcat ("--export=", target, NULL);
  g_autofree char *pdf_option = g_strconcat ("--export=", pdf, NULL);
  g_autofree char *name = koers_test_display_name (target);
  g_autofree char *listing = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!koers_test_have_koers ())
    return;

  /* The folder was there and was removed. */
  g_assert_cmpint (g_mkdir (gone, 0755), ==, 0);
  g_assert_cmpint (g_rmdir (gone), ==, 0);

  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", option, big, NULL);
    assert_failed (&run, 3, name, "folder does not exist", NULL);
  }
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", pdf_option, big, NULL);
    assert_failed (&run, 3, "folder does not exist", NULL);
  }
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", "--check", target, NULL);
    assert_failed (&run, 2, name, "does not exist", NULL);
  }

  plan = load_plan (big);
  file = g_file_new_for_path (target);
  g_assert_false (koers_plan_io_save (plan, file, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (koers_plan_io_load (file, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_FOUND);

  g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "big.koers");
}

/* Names and paths that are too long ------------------------------------ */

/* @dir/ + a name of @length characters ending in .koers */
static char *
long_name_in (const char *dir,
              gsize       length)
{
  g_autofree char *stem = g_strnfill (length - strlen (".koers"), 'n');
  g_autofree char *name = g_strconcat (stem, ".koers", NULL);

  return g_build_filename (dir, name, NULL);
}

/* A path of at least @length characters through folders that do not exist */
static char *
long_path_in (const char *dir,
              gsize       length)
{
  g_autoptr(GString) path = g_string_new (dir);
  g_autofree char *part = g_strnfill (200, 'p');

  while (path->len < length)
    g_string_append_printf (path, "/%s", part);
  g_string_append (path, "/plan.koers");
  return g_string_free (g_steal_pointer (&path), FALSE);
}

static void
check_too_long (const char *dir,
                const char *path,
                const char *big)
{
  g_autofree char *option = g_strconcat ("--export=", path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KoersPlan) plan = load_plan (big);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  g_test_message ("a path of %zu characters", strlen (path));

  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", "--check", path, NULL);
    assert_failed (&run, 2, "too long", NULL);
  }
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", option, big, NULL);
    assert_failed (&run, 3, "too long", NULL);
  }

  g_assert_null (koers_plan_io_load (file, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "too long"));
  g_clear_error (&error);

  g_assert_false (koers_plan_io_save (plan, file, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "too long"));

  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "big.koers");
}

static void
test_name_too_long (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *big = write_big_plan (dir);
  g_autofree char *path = long_name_in (dir, 300);

  if (koers_test_have_koers ())
    check_too_long (dir, path, big);
}

static void
test_path_too_long (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *big = write_big_plan (dir);
  g_autofree char *path = long_path_in (dir, 5000);

  if (koers_test_have_koers ())
    check_too_long (dir, path, big);
}

/* The longest name a folder allows (255 bytes) is a name a plan can be
 * saved under: the temporary file next to it must not be longer. */
static void
test_longest_allowed_name (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *big = write_big_plan (dir);
  g_autofree char *path = long_name_in (dir, 255);
  g_autofree char *option = g_strconcat ("--export=", path, NULL);
  g_autofree char *expected = NULL;
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  /* The name itself is allowed here (g_file_set_contents() cannot make
   * it: GLib's temporary name is too long as well). */
  {
    int fd = g_creat (path, 0644);

    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpint (close (fd), ==, 0);
    g_assert_cmpint (g_unlink (path), ==, 0);
  }

  /* The temporary name ".NAME.koers-save-XXXXXX" is 19 bytes longer than
   * NAME; koers_file_replace_contents() cuts NAME in it so that it fits. */
  koers_test_run_koers (&run, "en", option, big, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  expected = g_strdup_printf ("big.koers %s", strrchr (path, '/') + 1);
  {
    g_autofree char *listing = koers_test_list_dir (dir);
    g_assert_cmpstr (listing, ==, expected);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/disk-full/tmpfs", test_disk_full);
  g_test_add_func ("/hostile/disk-full/simulated", test_disk_full_simulated);
  g_test_add_func ("/hostile/read-only/folder", test_read_only_folder);
  g_test_add_func ("/hostile/read-only/mount", test_read_only_mount);
  g_test_add_func ("/hostile/unreadable-file", test_unreadable_file);
  g_test_add_func ("/hostile/missing-folder", test_missing_folder);
  g_test_add_func ("/hostile/too-long/name", test_name_too_long);
  g_test_add_func ("/hostile/too-long/path", test_path_too_long);
  g_test_add_func ("/hostile/too-long/longest-allowed-name", test_longest_allowed_name);

  return g_test_run ();
}
