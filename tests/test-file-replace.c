/* test-file-replace.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * koers_file_replace_contents(), the one way Koers writes a file: nobody
 * else can read a save in progress, the cleanup of a killed save's
 * temporary file takes only Koers's own, and a save refuses what it would
 * break (hard links, devices, named pipes, read-only files, files of
 * another user, link loops) with a message naming the file, leaving it as
 * it was.
 *
 * Some tests need a second user: when the test runs as root, a forked
 * child becomes "nobody"; otherwise they are skipped.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "koers-file-replace.h"
#include "koers-plan-io.h"
#include "koers-test-util.h"

static const char old_text[] = "{\"format\": \"koers-plan\", \"version\": 2}\n";
static const char new_text[] = "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {}}\n";

/* Helpers -------------------------------------------------------------- */

/* A fresh folder others can search, removed when the test ends. */
static char *
make_dir (void)
{
  char *dir = koers_test_make_temp_dir ("koers-test-replace-XXXXXX");

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  return dir;
}

static gboolean
replace (const char  *path,
         GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return koers_file_replace_contents (file, new_text, strlen (new_text), error);
}

/* The error of a refused save: @code, and a message that names the file
 * and holds @words. */
static void
assert_refused (const char *path,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = koers_test_display_name (path);

  g_assert_false (replace (path, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, code);
  g_assert_nonnull (strstr (error->message, name));
  if (strstr (error->message, words) == NULL)
    g_error ("expected “%s” in: %s", words, error->message);
}

/* The names in @dir that start with ".", sorted, one a line */
static char *
list_hidden (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (folder)) != NULL)
    if (name[0] == '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

static gboolean
become_nobody (const struct passwd *pw)
{
  return setgroups (0, NULL) == 0 && setgid (pw->pw_gid) == 0 && setuid (pw->pw_uid) == 0 &&
         geteuid () == pw->pw_uid;
}

/* "nobody", or NULL (and the test skipped) when we are not root or there is
 * no such user. */
static const struct passwd *
nobody_or_skip (void)
{
  const struct passwd *pw;

  if (geteuid () != 0)
    {
      g_test_skip ("needs root, to become another user");
      return NULL;
    }
  pw = getpwnam ("nobody");
  if (pw == NULL || pw->pw_uid == 0)
    {
      g_test_skip ("no user “nobody”");
      return NULL;
    }
  return pw;
}

/* Nobody else reads a save in progress -------------------------------- */

typedef struct
{
  volatile int stop;
  volatile int seen;      /* temporary files the watcher found */
  volatile int opened;    /* files it could open */
  volatile long bytes;    /* bytes it read */
} Watch;

/* Opens @path and reads what it can; a file opened while it was still
 * readable stays readable, so keep reading for a while. */
static void
try_read (Watch      *watch,
          const char *dir,
          const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char buffer[4096];
  ssize_t n;
  int fd;

  if (strstr (name, ".koers-save-") != NULL)
    watch->seen++;
  fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0)
    return;
  watch->opened++;
  for (int i = 0; i < 1000; i++)
    {
      n = read (fd, buffer, sizeof buffer);
      if (n > 0)
        watch->bytes += n;
      if (n < 0)
        break;
      if (n == 0)
        g_usleep (10);
    }
  close (fd);
}

/* As "nobody": opens every file that appears in @dir the moment it
 * appears (inotify), and every file the folder lists, until told to stop. */
G_GNUC_NORETURN
static void
watch_folder (const char *dir,
              Watch      *watch)
{
  int in = inotify_init1 (IN_NONBLOCK | IN_CLOEXEC);

  if (in < 0 || inotify_add_watch (in, dir, IN_CREATE | IN_MOVED_TO) < 0)
    _exit (124);

  while (!watch->stop)
    {
      g_autoptr(GDir) folder = NULL;
      const char *name;
      char events[4096] __attribute__ ((aligned (__alignof__ (struct inotify_event))));
      ssize_t n;

      for (int round = 0; round < 100; round++)
        while ((n = read (in, events, sizeof events)) > 0)
          for (char *p = events; p < events + n;)
            {
              struct inotify_event *event = (struct inotify_event *) p;

              if (event->len > 0)
                try_read (watch, dir, event->name);
              p += sizeof *event + event->len;
            }

      folder = g_dir_open (dir, 0, NULL);
      while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
        try_read (watch, dir, name);
    }
  _exit (0);
}

static void
test_not_readable_while_saving (void)
{
  const struct passwd *pw = nobody_or_skip ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GString) text = g_string_new ("{\"format\": \"koers-plan\", \"version\": 2, \"x\": \"");
  Watch *watch;
  gint64 start;
  int saves = 0;
  int wait_status = 0;
  struct stat st;
  pid_t pid;

  if (pw == NULL)
    return;

  dir = make_dir ();
  path = g_build_filename (dir, "geheim.koers", NULL);
  file = g_file_new_for_path (path);
  for (int i = 0; i < 64 * 1024; i++)
    g_string_append_c (text, 'a' + i % 26);
  g_string_append (text, "\"}\n");
  koers_test_write_file (path, old_text, -1);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);

  watch = mmap (NULL, sizeof *watch, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  g_assert_true (watch != MAP_FAILED);
  memset (watch, 0, sizeof *watch);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (!become_nobody (pw))
        _exit (125);
      watch_folder (dir, watch);
    }

  /* 200 saves, and more until the watcher has seen temporary files */
  start = g_get_monotonic_time ();
  while (saves < 200 ||
         (watch->seen < 20 && g_get_monotonic_time () - start < 20 * G_USEC_PER_SEC))
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (koers_file_replace_contents (file, text->str, text->len, &error));
      g_assert_no_error (error);
      saves++;
    }

  watch->stop = 1;
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);

  g_test_message ("%d saves; the watcher saw %d temporary files, opened %d files, read %ld bytes",
                  saves, watch->seen, watch->opened, watch->bytes);
  g_assert_cmpint (watch->seen, >, 0);
  g_assert_cmpint (watch->opened, ==, 0);
  g_assert_cmpint (watch->bytes, ==, 0);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  munmap (watch, sizeof *watch);
}

/* A new file gets 0666 through the umask, as any new file does. */
static void
test_new_file_mode (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "nieuw.koers", NULL);
  g_autoptr(GError) error = NULL;
  mode_t old_mask = umask (027);
  struct stat st;

  g_assert_true (replace (path, &error));
  umask (old_mask);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
}

/* Temporary files ------------------------------------------------------ */

/* Files that look like temporary files but are not Koers's own survive a
 * save, however old they are. */
static void
test_others_files_survive (void)
{
  const char *const names[] = {
    ".plan.koers.backup", ".plan.koers.abc123", ".plan.koers.XyZ789",
    ".plan.koers.koers-save-abc12", ".plan.koers.koers-save-abc1234",
    ".plan.koers.koers-save-ab.123", ".plan.koers.koers-save-", ".other.koers.koers-save-abc123",
    ".plan.koers~", "plan.koers.koers-save-abc123", NULL
  };
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.koers", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  struct utimbuf hours_ago;

  koers_test_write_file (path, old_text, -1);
  hours_ago.actime = hours_ago.modtime = time (NULL) - 5 * 60 * 60;
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *other = g_build_filename (dir, names[i], NULL);

      koers_test_write_file (other, names[i], -1);
      /* Half of them are hours old. */
      if (i % 2 == 0)
        g_assert_cmpint (utime (other, &hours_ago), ==, 0);
    }
  before = koers_test_list_dir (dir);

  for (int i = 0; i < 3; i++)
    {
      g_assert_true (replace (path, &error));
      g_assert_no_error (error);
    }

  after = koers_test_list_dir (dir);
  g_assert_cmpstr (after, ==, before);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *other = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = koers_test_read_text (other);

      g_assert_cmpstr (contents, ==, names[i]);
    }
}

/* A killed save's temporary file goes with the next save of that file, at
 * once; one that a running save holds stays. */
static void
test_killed_save_cleaned_up (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.koers", NULL);
  g_autofree char *killed = g_build_filename (dir, ".plan.koers.koers-save-Ab12Cd", NULL);
  g_autofree char *killed_old = g_build_filename (dir, ".plan.koers.koers-save-000000", NULL);
  g_autofree char *running = g_build_filename (dir, ".plan.koers.koers-save-RunNin", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  struct utimbuf hours_ago;
  int ready[2];
  int wait_status = 0;
  char c;
  pid_t pid;

  koers_test_write_file (path, old_text, -1);
  koers_test_write_file (killed, "{\"format\": \"koers-pl", -1);
  koers_test_write_file (killed_old, "{\"format\"", -1);
  hours_ago.actime = hours_ago.modtime = time (NULL) - 3 * 60 * 60;
  g_assert_cmpint (utime (killed_old, &hours_ago), ==, 0);
  koers_test_write_file (running, "{", -1);

  /* Another process saving right now holds its file's lock. */
  g_assert_cmpint (pipe (ready), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      int fd = open (running, O_RDWR);

      if (fd < 0 || flock (fd, LOCK_EX) != 0)
        _exit (1);
      if (write (ready[1], "x", 1) != 1)
        _exit (1);
      pause ();
      _exit (0);
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &c, 1), ==, 1);
  close (ready[0]);

  g_assert_true (replace (path, &error));
  g_assert_no_error (error);

  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);

  listing = list_hidden (dir);
  g_assert_cmpstr (listing, ==, ".plan.koers.koers-save-RunNin");
  contents = koers_test_read_text (path);
  g_assert_cmpstr (contents, ==, new_text);

  /* Now that its save was killed, the next save takes it too */
  g_assert_true (replace (path, &error));
  g_assert_no_error (error);
  g_clear_pointer (&listing, g_free);
  listing = list_hidden (dir);
  g_assert_cmpstr (listing, ==, "");
}

/* A leftover of another user is not ours to remove. */
static void
test_other_users_temp_file_stays (void)
{
  const struct passwd *pw = nobody_or_skip ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *theirs = NULL;
  g_autoptr(GError) error = NULL;

  if (pw == NULL)
    return;

  dir = make_dir ();
  path = g_build_filename (dir, "plan.koers", NULL);
  theirs = g_build_filename (dir, ".plan.koers.koers-save-ThEiRs", NULL);
  koers_test_write_file (theirs, "{", -1);
  g_assert_cmpint (chown (theirs, pw->pw_uid, pw->pw_gid), ==, 0);

  g_assert_true (replace (path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (theirs, G_FILE_TEST_IS_REGULAR));
}

/* What a save refuses -------------------------------------------------- */

/* @path still holds old_text, and no temporary file is left beside it */
static void
assert_untouched (const char *path)
{
  g_autofree char *contents = koers_test_read_text (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *hidden = list_hidden (dir);

  g_assert_cmpstr (contents, ==, old_text);
  g_assert_cmpstr (hidden, ==, "");
}

static void
test_hard_link (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.koers", NULL);
  g_autofree char *other = g_build_filename (dir, "ook-het-plan.koers", NULL);
  struct stat st;

  koers_test_write_file (path, old_text, -1);
  g_assert_cmpint (link (path, other), ==, 0);

  assert_refused (path, KOERS_PLAN_IO_ERROR_HARD_LINK, "hard link");
  assert_refused (other, KOERS_PLAN_IO_ERROR_HARD_LINK, "hard link");
  assert_untouched (path);
  assert_untouched (other);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_nlink, ==, 2);

  /* With one name left it saves again */
  g_assert_cmpint (g_unlink (other), ==, 0);
  g_assert_true (replace (path, NULL));
}

static void
test_fifo (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pijp.koers", NULL);
  g_autofree char *link = g_build_filename (dir, "naar-pijp.pdf", NULL);
  struct stat st;

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_cmpint (symlink ("pijp.koers", link), ==, 0);

  /* Without a reader: a save neither blocks nor replaces the pipe */
  assert_refused (fifo, KOERS_PLAN_IO_ERROR_SPECIAL_FILE, "named pipe");
  assert_refused (link, KOERS_PLAN_IO_ERROR_SPECIAL_FILE, "named pipe");
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
}

static void
test_device (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *link = g_build_filename (dir, "weg.koers", NULL);
  const char *const devices[] = { "/dev/null", "/dev/zero", "/dev/full", NULL };
  struct stat st;

  g_assert_cmpint (symlink ("/dev/null", link), ==, 0);

  for (guint i = 0; devices[i] != NULL; i++)
    {
      struct stat before;

      if (g_stat (devices[i], &before) != 0)
        continue;
      assert_refused (devices[i], KOERS_PLAN_IO_ERROR_SPECIAL_FILE, "is a device");
      g_assert_cmpint (g_stat (devices[i], &st), ==, 0);
      g_assert_true (S_ISCHR (st.st_mode));
      g_assert_cmpuint (st.st_rdev, ==, before.st_rdev);
    }
  assert_refused (link, KOERS_PLAN_IO_ERROR_SPECIAL_FILE, "is a device");
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_stat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

static void
test_read_only (void)
{
  const mode_t modes[] = { 0444, 0400, 0440, 0555, 0000, 0004 };
  g_autofree char *dir = make_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autofree char *base = g_strdup_printf ("alleen-lezen-%o.koers", modes[i]);
      g_autofree char *path = g_build_filename (dir, base, NULL);
      struct stat st;

      koers_test_write_file (path, old_text, -1);
      g_assert_cmpint (g_chmod (path, modes[i]), ==, 0);

      assert_refused (path, KOERS_PLAN_IO_ERROR_PERMISSION, "read-only");
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 07777, ==, modes[i]);
      g_assert_cmpint (g_chmod (path, 0644), ==, 0);
      assert_untouched (path);
    }
}

/* Root keeps another user's file theirs; another user is refused. */
static void
test_other_owner (void)
{
  const struct passwd *pw = nobody_or_skip ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  int wait_status = 0;
  struct stat st;
  pid_t pid;

  if (pw == NULL)
    return;

  dir = make_dir ();
  path = g_build_filename (dir, "van-een-ander.koers", NULL);
  koers_test_write_file (path, old_text, -1);
  g_assert_cmpint (chown (path, pw->pw_uid, pw->pw_gid), ==, 0);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (replace (path, NULL));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_uid, ==, pw->pw_uid);
  g_assert_cmpuint (st.st_gid, ==, pw->pw_gid);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  contents = koers_test_read_text (path);
  g_assert_cmpstr (contents, ==, new_text);

  /* Nobody may write root's file in a shared folder, but not replace it */
  g_assert_cmpint (g_chmod (dir, 01777 & ~01000), ==, 0);
  koers_test_write_file (path, old_text, -1);
  g_assert_cmpint (chown (path, 0, 0), ==, 0);
  g_assert_cmpint (g_chmod (path, 0666), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = koers_test_display_name (path);

      if (!become_nobody (pw))
        _exit (125);
      if (replace (path, &error))
        _exit (1);
      if (!g_error_matches (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_OTHER_OWNER))
        _exit (2);
      if (strstr (error->message, name) == NULL ||
          strstr (error->message, "another user") == NULL)
        _exit (3);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_uid, ==, 0);
  assert_untouched (path);
}

/* Symbolic links ------------------------------------------------------- */

static void
test_link_loop (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *self = g_build_filename (dir, "zelf.koers", NULL);
  g_autofree char *a = g_build_filename (dir, "a.koers", NULL);
  g_autofree char *b = g_build_filename (dir, "b.koers", NULL);
  g_autofree char *c = g_build_filename (dir, "c.koers", NULL);
  g_autofree char *hidden = NULL;
  struct stat st;

  g_assert_cmpint (symlink ("zelf.koers", self), ==, 0);
  g_assert_cmpint (symlink ("b.koers", a), ==, 0);
  g_assert_cmpint (symlink ("c.koers", b), ==, 0);
  g_assert_cmpint (symlink ("a.koers", c), ==, 0);

  assert_refused (self, KOERS_PLAN_IO_ERROR_LINK, "link loop");
  assert_refused (a, KOERS_PLAN_IO_ERROR_LINK, "link loop");
  assert_refused (c, KOERS_PLAN_IO_ERROR_LINK, "link loop");
  g_assert_cmpint (g_lstat (a, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  hidden = list_hidden (dir);
  g_assert_cmpstr (hidden, ==, "");
}

/* Through a chain of links the target gets the contents; the links stay. */
static void
test_link_chain (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *sub = g_build_filename (dir, "echt", NULL);
  g_autofree char *target = g_build_filename (sub, "plan.koers", NULL);
  g_autofree char *first = g_build_filename (dir, "eerste.koers", NULL);
  g_autofree char *second = g_build_filename (sub, "tweede.koers", NULL);
  g_autofree char *contents = NULL;
  struct stat st;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  koers_test_write_file (target, old_text, -1);
  g_assert_cmpint (symlink ("echt/tweede.koers", first), ==, 0);
  g_assert_cmpint (symlink (target, second), ==, 0);

  g_assert_true (replace (first, NULL));
  contents = koers_test_read_text (target);
  g_assert_cmpstr (contents, ==, new_text);
  g_assert_cmpint (g_lstat (first, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_lstat (second, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
}

/* With protected_symlinks, a link in a sticky world-writable folder that
 * someone else owns is not followed: not by the system, and not by a
 * save either. */
static void
test_protected_symlinks (void)
{
  const struct passwd *pw = nobody_or_skip ();
  g_autofree char *setting = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *shared = NULL;
  g_autofree char *target = NULL;
  g_autofree char *link = NULL;

  if (pw == NULL)
    return;
  if (!g_file_get_contents ("/proc/sys/fs/protected_symlinks", &setting, NULL, NULL) ||
      g_strcmp0 (g_strstrip (setting), "1") != 0)
    {
      g_test_skip ("fs.protected_symlinks is off here");
      return;
    }

  dir = make_dir ();
  shared = g_build_filename (dir, "gedeeld", NULL);
  target = g_build_filename (dir, "plan.koers", NULL);
  link = g_build_filename (shared, "plan.koers", NULL);
  g_assert_cmpint (g_mkdir (shared, 0777), ==, 0);
  g_assert_cmpint (g_chmod (shared, 01777), ==, 0);
  koers_test_write_file (target, old_text, -1);
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_cmpint (lchown (link, pw->pw_uid, pw->pw_gid), ==, 0);

  assert_refused (link, KOERS_PLAN_IO_ERROR_PERMISSION, "permission");
  assert_untouched (target);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-replace/temp/not-readable-while-saving",
                   test_not_readable_while_saving);
  g_test_add_func ("/file-replace/temp/new-file-mode", test_new_file_mode);
  g_test_add_func ("/file-replace/temp/others-files-survive", test_others_files_survive);
  g_test_add_func ("/file-replace/temp/killed-save-cleaned-up", test_killed_save_cleaned_up);
  g_test_add_func ("/file-replace/temp/other-users-stays", test_other_users_temp_file_stays);
  g_test_add_func ("/file-replace/refuse/hard-link", test_hard_link);
  g_test_add_func ("/file-replace/refuse/fifo", test_fifo);
  g_test_add_func ("/file-replace/refuse/device", test_device);
  g_test_add_func ("/file-replace/refuse/read-only", test_read_only);
  g_test_add_func ("/file-replace/refuse/other-owner", test_other_owner);
  g_test_add_func ("/file-replace/links/loop", test_link_loop);
  g_test_add_func ("/file-replace/links/chain", test_link_chain);
  g_test_add_func ("/file-replace/links/protected", test_protected_symlinks);

  return g_test_run ();
}
