/* koers-file-replace.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Replaces a file's contents atomically and durably, or leaves it as it
 * was: plans, recovery copies and their key files, and exports all go
 * through here. Errors are KOERS_PLAN_IO_ERRORs that name the file.
 */
#define G_LOG_DOMAIN "koers-file-replace"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "koers-file-replace.h"
#include "koers-file-replace-private.h"
#include "koers-plan-io.h"

static gboolean
set_error_from_io (GError       **error,
                   const GError  *io_error,
                   const char    *name)
{
  int code;
  g_autofree char *message = NULL;

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      code = KOERS_PLAN_IO_ERROR_NOT_FOUND;
      message = g_strdup_printf (_("Could not save “%s”: its folder does not exist."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    {
      code = KOERS_PLAN_IO_ERROR_IS_DIRECTORY;
      message = g_strdup_printf (_("“%s” is a folder, not a plan file."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    {
      code = KOERS_PLAN_IO_ERROR_PERMISSION;
      message = g_strdup_printf (_("Could not save “%s”: the disk it is on is read-only."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_FILENAME_TOO_LONG))
    {
      code = KOERS_PLAN_IO_ERROR_WRITE;
      message = g_strdup_printf (_("Could not save “%s”: the file name or the path to it is too long. "
                                   "Choose a shorter name or a folder higher up."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    {
      code = KOERS_PLAN_IO_ERROR_PERMISSION;
      message = g_strdup_printf (_("You do not have permission to save “%s”."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    {
      code = KOERS_PLAN_IO_ERROR_NO_SPACE;
      message = g_strdup_printf (_("There is not enough space on the disk to save “%s”. "
                                   "The file on disk was left as it was."), name);
    }
  else
    {
      code = KOERS_PLAN_IO_ERROR_WRITE;
      message = g_strdup_printf (_("Could not save “%s”: %s"), name, io_error->message);
    }

  g_set_error_literal (error, KOERS_PLAN_IO_ERROR, code, message);
  return FALSE;
}

static gssize fail_after = -1;

void
_koers_file_replace_set_fail_after (gssize bytes)
{
  fail_after = bytes;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           int         *saved_errno)
{
  gsize done = 0;

  while (done < length)
    {
      gsize chunk = MIN (length - done, 1024 * 1024);
      gssize n;

      if (fail_after >= 0 && done + chunk > (gsize) fail_after)
        {
          chunk = (gsize) fail_after > done ? (gsize) fail_after - done : 0;
          if (chunk == 0)
            {
              *saved_errno = ENOSPC;
              return FALSE;
            }
        }

      n = write (fd, data + done, chunk);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *saved_errno = errno;
          return FALSE;
        }
      done += (gsize) n;
    }

  return TRUE;
}

static gboolean
errno_error (GError     **error,
             int          saved_errno,
             const char  *name)
{
  g_autoptr(GError) io_error = g_error_new_literal (G_IO_ERROR,
                                                    g_io_error_from_errno (saved_errno),
                                                    g_strerror (saved_errno));
  return set_error_from_io (error, io_error, name);
}

/* Temporary files are named ".NAME.koers-save-XXXXXX", so that a leftover
 * of a killed save can be told apart from anyone else's files. */
#define TEMP_INFIX    ".koers-save-"
#define TEMP_BASE_MAX 236  /* ".NAME.koers-save-XXXXXX" stays within 255 bytes */

static char *
temp_prefix (const char *base)
{
  return g_strdup_printf (".%.*s" TEMP_INFIX, (int) MIN (strlen (base), TEMP_BASE_MAX), base);
}

static gboolean
is_temp_name (const char *name,
              const char *prefix)
{
  gsize len = strlen (prefix);

  if (!g_str_has_prefix (name, prefix) || strlen (name) != len + 6)
    return FALSE;
  for (gsize i = len; name[i] != '\0'; i++)
    if (!g_ascii_isalnum (name[i]))
      return FALSE;
  return TRUE;
}

/* A save holds a lock on its temporary file until the file has its final
 * name; a killed save holds none. So the next save of the same file removes
 * every leftover it can lock, at once, and leaves those of a save running
 * right now in another process alone. Only our own regular files go. */
static void
remove_stale_temp_files (const char *dir,
                         const char *base)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = temp_prefix (base);
  const char *name;

  if (folder == NULL)
    return;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st, again;
      int fd;

      if (!is_temp_name (name, prefix))
        continue;

      path = g_build_filename (dir, name, NULL);
      /* A leftover has the mode of the file it was for: 0200 opens for
       * writing only (which changes nothing). */
      fd = open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
      if (fd < 0 && errno == EACCES)
        fd = open (path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
      if (fd < 0)
        continue;

      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid () &&
          flock (fd, LOCK_EX | LOCK_NB) == 0 &&
          lstat (path, &again) == 0 && again.st_dev == st.st_dev && again.st_ino == st.st_ino)
        g_unlink (path);
      close (fd);
    }
}

/* The mode a new file gets: 0666 through the umask. The umask is read from
 * /proc, as umask() would change it for every thread. */
static mode_t
new_file_mode (void)
{
  g_autofree char *status = NULL;
  const char *line;
  mode_t mask = 022;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (line = strstr (status, "\nUmask:")) != NULL)
    mask = (mode_t) strtoul (line + strlen ("\nUmask:"), NULL, 8) & 0777;

  return 0666 & ~mask;
}

static gboolean
fail (GError    **error,
      int         code,
      const char *message)
{
  g_set_error_literal (error, KOERS_PLAN_IO_ERROR, code, message);
  return FALSE;
}

/* Where a save of @path goes. The kernel follows the path first, as for any
 * program (so protected_symlinks and the folders' permissions apply); then
 * the chain of symbolic links is read to find the file to rename onto, and
 * it must be the very file the kernel found. A dangling link gets its
 * target created through the kernel in the same way (*@created). */
static char *
find_target (const char  *path,
             const char  *name,
             struct stat *st,
             gboolean    *existed,
             gboolean    *created,
             GError     **error)
{
  g_autofree char *current = g_strdup (path);
  struct stat lst;
  guint hops;

  *existed = *created = FALSE;

  if (stat (path, st) == 0)
    *existed = TRUE;
  else if (errno == ELOOP)
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_LINK,
                   _("Could not save “%s”: it is a symbolic link that leads in a circle "
                     "(a link loop)."), name);
      return NULL;
    }
  else if (errno != ENOENT)
    return errno_error (error, errno, name), NULL;
  else if (lstat (path, &lst) != 0)
    return g_steal_pointer (&current);  /* a new file */
  else
    {
      /* A dangling link. */
      int fd = open (path, O_WRONLY | O_CREAT | O_NOCTTY | O_NONBLOCK | O_CLOEXEC, 0600);

      if (fd < 0)
        return errno_error (error, errno, name), NULL;
      if (fstat (fd, st) != 0)
        {
          int saved_errno = errno;

          close (fd);
          return errno_error (error, saved_errno, name), NULL;
        }
      close (fd);
      *created = TRUE;
    }

  for (hops = 0; hops < 40; hops++)
    {
      g_autofree char *link = NULL;

      if (lstat (current, &lst) != 0 || !S_ISLNK (lst.st_mode))
        break;

      link = g_file_read_link (current, NULL);
      if (link == NULL)
        break;
      if (!g_path_is_absolute (link))
        {
          g_autofree char *dir = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (dir, link, NULL);
        }
      else
        {
          g_free (current);
          current = g_steal_pointer (&link);
        }
    }

  if (hops == 40 || lstat (current, &lst) != 0 ||
      lst.st_dev != st->st_dev || lst.st_ino != st->st_ino)
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_LINK,
                   _("Could not save “%s”: the symbolic links on its way lead to a different "
                     "file from the one the system opens, or changed during the save. The "
                     "file was left as it was."), name);
      return NULL;
    }

  return g_steal_pointer (&current);
}

/* Whether the file at @target may be replaced: a save must not silently
 * turn it into something else. */
static gboolean
check_replaceable (const char        *target,
                   const struct stat *st,
                   const char        *name,
                   GError           **error)
{
  g_autofree char *message = NULL;

  if (S_ISDIR (st->st_mode))
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not a plan file."), name);
      return FALSE;
    }
  if (S_ISCHR (st->st_mode) || S_ISBLK (st->st_mode))
    message = g_strdup_printf (_("Could not save “%s”: it is a device, not a file. "
                                 "Choose a file name instead."), name);
  else if (S_ISFIFO (st->st_mode))
    message = g_strdup_printf (_("Could not save “%s”: it is a named pipe (FIFO), not a file. "
                                 "Choose a file name instead."), name);
  else if (!S_ISREG (st->st_mode))
    message = g_strdup_printf (_("Could not save “%s”: it is not a regular file. "
                                 "Choose a file name instead."), name);
  if (message != NULL)
    return fail (error, KOERS_PLAN_IO_ERROR_SPECIAL_FILE, message);

  errno = 0;
  if ((st->st_mode & 0222) == 0 || faccessat (AT_FDCWD, target, W_OK, AT_EACCESS) != 0)
    {
      if (errno == EROFS)
        return errno_error (error, errno, name);
      message = g_strdup_printf (_("Could not save “%s”: the file is read-only. It was left as "
                                   "it was; save under another name, or make it writable "
                                   "first."), name);
      return fail (error, KOERS_PLAN_IO_ERROR_PERMISSION, message);
    }

  if (st->st_nlink > 1)
    {
      message = g_strdup_printf (_("Could not save “%s”: the file has more than one name (a hard "
                                   "link), and saving would give only this name the new "
                                   "contents. It was left as it was; save under another name."),
                                 name);
      return fail (error, KOERS_PLAN_IO_ERROR_HARD_LINK, message);
    }

  return TRUE;
}

/* Creates the temporary file, locked (see remove_stale_temp_files()) and
 * readable by nobody else until it has the owner and mode the file should
 * get, before a single byte is written. */
static int
create_temp (const char        *dir,
             const char        *base,
             const struct stat *st,
             gboolean           existed,
             char             **tmp_out,
             int               *saved_errno)
{
  g_autofree char *prefix = temp_prefix (base);

  for (guint attempt = 0; attempt < 10; attempt++)
    {
      g_autofree char *tmp = g_strdup_printf ("%s%c%sXXXXXX", dir, G_DIR_SEPARATOR, prefix);
      struct stat own, named;
      int fd;

      fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
      if (fd < 0)
        {
          *saved_errno = errno;
          return -1;
        }

      /* Another save's cleanup may have taken it before it was locked. */
      if (flock (fd, LOCK_EX) != 0 || fstat (fd, &own) != 0 ||
          lstat (tmp, &named) != 0 || own.st_ino != named.st_ino || own.st_dev != named.st_dev)
        {
          close (fd);
          continue;
        }

      if (existed && (own.st_uid != st->st_uid || own.st_gid != st->st_gid) &&
          fchown (fd, st->st_uid, st->st_gid) != 0)
        {
          *saved_errno = EPERM;
          g_unlink (tmp);
          close (fd);
          return -2;
        }

      if (existed && fchmod (fd, st->st_mode & 07777) != 0)
        {
          *saved_errno = errno;
          g_unlink (tmp);
          close (fd);
          return -1;
        }

      *tmp_out = g_steal_pointer (&tmp);
      return fd;
    }

  *saved_errno = EEXIST;
  return -1;
}

/**
 * koers_file_replace_contents:
 * @file: where to write
 * @data: what to write
 * @length: its length in bytes
 * @error: a #KOERS_PLAN_IO_ERROR
 *
 * Replaces @file atomically and durably: the data goes to a new file in the
 * same folder, is flushed to disk, and takes the old file's place in one
 * rename, after which the folder is flushed too. When anything fails, the
 * old file is untouched.
 *
 * The new file keeps the old one's mode, owner and group, and nobody else
 * can open it while it is being written. A symbolic link is followed as
 * the system follows it and stays a link. A file that saving would break
 * is refused with a message: a device, a named pipe, a read-only file, a
 * file with several names (hard links), or one of another user that this
 * process cannot keep theirs.
 *
 * Returns: whether @file now holds @data
 */
gboolean
koers_file_replace_contents (GFile       *file,
                             const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  struct stat st;
  gboolean existed, created;
  int saved_errno = 0;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      /* Not a local file: let GIO do its best atomic replace. */
      g_autoptr(GError) io_error = NULL;

      if (!g_file_replace_contents (file, data, length, NULL, TRUE, G_FILE_CREATE_NONE,
                                    NULL, NULL, &io_error))
        return set_error_from_io (error, io_error, name);
      return TRUE;
    }

  target = find_target (path, name, &st, &existed, &created, error);
  if (target == NULL)
    return FALSE;
  if (existed && !check_replaceable (target, &st, name, error))
    return FALSE;

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);

  remove_stale_temp_files (dir, base);

  fd = create_temp (dir, base, &st, existed, &tmp, &saved_errno);
  if (fd == -2)
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not save “%s”: the file belongs to another user or group, and "
                           "saving would make it yours. It was left as it was; save under "
                           "another name."), name);
      return fail (error, KOERS_PLAN_IO_ERROR_OTHER_OWNER, message);
    }

  if (fd >= 0)
    {
      if (!write_all (fd, data, length, &saved_errno))
        ;
      else if (!existed && fchmod (fd, new_file_mode ()) != 0)
        saved_errno = errno;
      else if (fsync (fd) != 0)
        saved_errno = errno;
      else if (g_rename (tmp, target) != 0)
        saved_errno = errno;

      if (saved_errno != 0)
        g_unlink (tmp);
      /* Closing releases the lock, only now that the name is gone. */
      close (fd);
    }

  if (saved_errno != 0)
    {
      struct stat now;

      /* Take away the empty target made for a dangling link. */
      if (created && lstat (target, &now) == 0 && now.st_ino == st.st_ino &&
          now.st_dev == st.st_dev && now.st_size == 0)
        g_unlink (target);
      return errno_error (error, saved_errno, name);
    }

  /* Make the rename itself durable. */
  fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }

  return TRUE;
}

/**
 * koers_file_replace_bytes:
 * @file: where to write
 * @bytes: what to write
 * @error: a #KOERS_PLAN_IO_ERROR
 *
 * koers_file_replace_contents() with the contents of @bytes.
 *
 * Returns: whether @file now holds @bytes
 */
gboolean
koers_file_replace_bytes (GFile   *file,
                          GBytes  *bytes,
                          GError **error)
{
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);
  return koers_file_replace_contents (file, data, length, error);
}
