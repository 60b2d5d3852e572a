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
#include <string.h>
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

/* Follows symbolic links, also dangling ones, so that a save writes through
 * to the link's target and the link stays a link. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < 40; hops++)
    {
      g_autofree char *target = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, error);
      if (target == NULL)
        return NULL;

      if (!g_path_is_absolute (target))
        {
          g_autofree char *dir = g_path_get_dirname (current);
          g_free (current);
          current = g_build_filename (dir, target, NULL);
        }
      else
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                       g_strerror (ELOOP));
  return NULL;
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

#define STALE_TEMP_SECONDS (60 * 60)
#define TEMP_BASE_MAX      247  /* ".NAME.XXXXXX" stays within 255 bytes */

/* A save that was killed leaves its temporary file (".NAME.XXXXXX") behind.
 * The next successful save of the same file removes those older than an
 * hour: younger ones may belong to a save running right now elsewhere. */
static void
remove_stale_temp_files (const char *dir,
                         const char *base)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%.*s.", (int) MIN (strlen (base), TEMP_BASE_MAX),
                                             base);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (folder == NULL)
    return;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + 6)
        continue;

      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) &&
          now - (gint64) st.st_mtime > STALE_TEMP_SECONDS)
        g_unlink (path);
    }
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
 * old file is untouched. A symbolic link is written through.
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
  g_autoptr(GError) link_error = NULL;
  GStatBuf st;
  gboolean existed;
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

  target = resolve_links (path, &link_error);
  if (target == NULL)
    return set_error_from_io (error, link_error, name);

  existed = g_stat (target, &st) == 0;
  if (existed && S_ISDIR (st.st_mode))
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not a plan file."), name);
      return FALSE;
    }

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  /* The temporary name is 8 bytes longer: cut it so that a name of up to
   * 255 bytes can still be saved. */
  tmp = g_strdup_printf ("%s%c.%.*s.XXXXXX", dir, G_DIR_SEPARATOR,
                         (int) MIN (strlen (base), TEMP_BASE_MAX), base);

  /* The mode goes through the umask, as for any new file. */
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return errno_error (error, errno, name);

  if (existed && fchmod (fd, st.st_mode & 07777) != 0)
    saved_errno = errno;

  if (saved_errno == 0 && !write_all (fd, data, length, &saved_errno))
    ;
  else if (saved_errno == 0 && fsync (fd) != 0)
    saved_errno = errno;

  if (close (fd) != 0 && saved_errno == 0)
    saved_errno = errno;

  if (saved_errno == 0 && g_rename (tmp, target) != 0)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      g_unlink (tmp);
      return errno_error (error, saved_errno, name);
    }

  /* Make the rename itself durable. */
  fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }

  remove_stale_temp_files (dir, base);
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
