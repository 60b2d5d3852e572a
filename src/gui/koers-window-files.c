/* koers-window-files.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file side of KoersWindow: loading and saving its plan, the banner
 * when another program changes or deletes the file (KoersFileMonitor), and
 * the recovery copy of unsaved changes (KoersAutosave). Nothing here waits
 * for the disk on the main loop: the plan is read in a thread, a save takes
 * the plan's text from the writer's cache and writes it in a thread, and
 * the etags are asked with g_file_query_info_async().
 */
#define G_LOG_DOMAIN "koers-window"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-window-private.h"
#include "koers-plan-io.h"

#define RESPONSE_RELOAD 1
#define RESPONSE_KEEP   2

/* Other programs ---------------------------------------------------------- */

static void
hide_changed_bar (KoersWindow *self)
{
  if (self->changed_bar == NULL)  /* disposed */
    return;
  gtk_info_bar_set_revealed (self->changed_bar, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->changed_bar), FALSE);
}

static void
show_changed_bar (KoersWindow *self,
                  gboolean     deleted)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *message = NULL;

  if (deleted)
    message = g_strdup_printf (_("“%s” was deleted or moved by another program. Your plan is "
                                 "still here; save it to write it again."), name);
  else
    message = g_strdup_printf (_("“%s” was changed by another program. Reload it, or keep your "
                                 "version and overwrite theirs when you save?"), name);

  gtk_label_set_label (self->changed_label, message);
  gtk_widget_set_visible (self->reload_button, !deleted);
  gtk_widget_set_visible (GTK_WIDGET (self->changed_bar), TRUE);
  gtk_info_bar_set_revealed (self->changed_bar, TRUE);
}

static void
file_changed_cb (KoersWindow *self)
{
  if (self->file != NULL)
    show_changed_bar (self, FALSE);
}

static void
file_deleted_cb (KoersWindow *self)
{
  if (self->file != NULL)
    show_changed_bar (self, TRUE);
}

static void
changed_bar_response_cb (KoersWindow *self,
                         int          response)
{
  hide_changed_bar (self);

  if (response == RESPONSE_RELOAD && self->file != NULL)
    {
      g_autoptr(GFile) file = g_object_ref (self->file);

      koers_window_load_file (self, file);
    }
  else
    {
      /* Keep mine: the version on disk is no longer ours, so the plan is
       * unsaved until the user saves over it. */
      koers_file_monitor_refresh (self->monitor);
      self->changes++;
      _koers_window_forget_saved_state (self);
      _koers_window_set_dirty (self, TRUE);
    }
}

/* The file the plan is now in, as it is on disk now */
void
_koers_window_set_file (KoersWindow *self,
                        GFile       *file)
{
  hide_changed_bar (self);
  g_set_object (&self->file, file);
  koers_file_monitor_set_file (self->monitor, file);
  koers_autosave_set_file (self->autosave, file);
}

/* Loading ------------------------------------------------------------------ */

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(KoersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  GFile *file = g_task_get_task_data (G_TASK (result));

  plan = koers_plan_io_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;

  if (plan == NULL)
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
      GtkWindow *other = NULL;

      /* A window made for this file alone (koers FILE, a drop, Open in a
       * new window) that has nothing to show goes away again, and another
       * window tells; otherwise the current plan stays, with the message. */
      for (GList *l = app != NULL ? gtk_application_get_windows (app) : NULL;
           l != NULL && self->plan == NULL && other == NULL; l = l->next)
        if (KOERS_IS_WINDOW (l->data) && l->data != (gpointer) self)
          other = l->data;
      if (other != NULL)
        {
          _koers_window_show_error (KOERS_WINDOW (other), error->message);
          gtk_window_present (other);
          gtk_window_destroy (GTK_WINDOW (self));
          return;
        }
      _koers_window_show_error (self, error->message);
      return;
    }

  _koers_window_hide_error (self);
  koers_window_set_plan (self, plan, file);
  _koers_window_plan_loaded (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  {
    g_autofree char *uri = g_file_get_uri (file);

    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
}

void
koers_window_load_file (KoersWindow *self,
                        GFile       *file)
{
  g_return_if_fail (KOERS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  self->loading = TRUE;
  koers_plan_io_load_async (file, self->cancellable, load_cb, g_object_ref (self));
}

/**
 * koers_window_restore:
 * @plan: a plan read from a recovery copy
 * @file: (nullable): the file it belongs to
 *
 * Shows @plan as unsaved changes to @file.
 */
void
koers_window_restore (KoersWindow *self,
                      KoersPlan   *plan,
                      GFile       *file)
{
  g_return_if_fail (KOERS_IS_WINDOW (self));

  koers_window_set_plan (self, plan, file);
  self->changes++;
  _koers_window_forget_saved_state (self);
  _koers_window_set_dirty (self, TRUE);
  koers_autosave_schedule (self->autosave);
}

/**
 * koers_window_open_file:
 *
 * Opens @file here when this window holds nothing worth keeping, else in a
 * new window; a window that has the file already comes forward.
 */
void
koers_window_open_file (KoersWindow *self,
                        GFile       *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  KoersWindow *existing = app ? koers_window_find_for_file (app, file) : NULL;

  g_return_if_fail (KOERS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (existing != NULL)
    {
      gtk_window_present (GTK_WINDOW (existing));
      return;
    }

  if (self->plan != NULL && (self->dirty || self->file != NULL) && app != NULL)
    {
      self = koers_window_new (app);
      gtk_window_present (GTK_WINDOW (self));
    }
  koers_window_load_file (self, file);
}

/* The file's identity on disk (device and inode), following symbolic
 * links: two paths to one file have the same. NULL when it cannot be
 * told (the file is gone). A stat of a local file; no reading. */
static char *
dup_file_id (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_attribute_string (info,
                                                                    G_FILE_ATTRIBUTE_ID_FILE))
                      : NULL;
}

KoersWindow *
koers_window_find_for_file (GtkApplication *application,
                            GFile          *file)
{
  g_autofree char *id = NULL;
  gboolean looked = FALSE;

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (KOERS_IS_WINDOW (l->data) && KOERS_WINDOW (l->data)->file != NULL &&
        g_file_equal (KOERS_WINDOW (l->data)->file, file))
      return l->data;

  /* Another path to the same file: a symbolic link, "..", a hard link */
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      g_autofree char *other = NULL;

      if (!KOERS_IS_WINDOW (l->data) || KOERS_WINDOW (l->data)->file == NULL)
        continue;
      if (!looked)
        {
          id = dup_file_id (file);
          looked = TRUE;
        }
      if (id == NULL)
        return NULL;
      other = dup_file_id (KOERS_WINDOW (l->data)->file);
      if (g_strcmp0 (id, other) == 0)
        return l->data;
    }

  return NULL;
}

/* Saving ------------------------------------------------------------------- */

static void
save_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(KoersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean saved = koers_plan_io_save_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the window is going away */

  self->saving = FALSE;
  if (!saved)
    {
      /* The plan stays in memory and stays marked unsaved. */
      koers_file_monitor_unpause (self->monitor);
      self->close_after_save = FALSE;
      _koers_window_show_error (self, error->message);
      return;
    }

  /* What is on disk now is ours; changes the monitor saw meanwhile were
   * our own. */
  koers_file_monitor_refresh (self->monitor);
  koers_file_monitor_unpause (self->monitor);
  hide_changed_bar (self);
  self->saved_state = self->saving_state;

  /* Edits made while the save ran are not in the file. */
  if (self->changes == self->changes_saved)
    {
      _koers_window_set_dirty (self, FALSE);
      koers_autosave_discard (self->autosave);
    }
  if (self->close_after_save)
    gtk_window_destroy (GTK_WINDOW (self));
}

typedef struct
{
  KoersWindow *window;
  GFile       *file;
} SaveRequest;

static void
save_request_free (SaveRequest *request)
{
  g_object_unref (request->window);
  g_object_unref (request->file);
  g_free (request);
}

/* The calendar's texts are prepared: the plan's text is quick to take, and
 * the file holds the plan as it is at this moment. */
static void
prepared_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  SaveRequest *request = user_data;
  KoersWindow *self = request->window;
  g_autoptr(GError) error = NULL;

  if (!koers_plan_io_prepare_finish (KOERS_PLAN (source), result, &error) ||
      KOERS_PLAN (source) != self->plan)
    {
      /* The window is going away, or shows another plan now */
      self->saving = FALSE;
      self->close_after_save = FALSE;
      koers_file_monitor_unpause (self->monitor);
      save_request_free (request);
      return;
    }
  self->changes_saved = self->changes;
  self->saving_state = koers_history_checkpoint (self->history);
  koers_plan_io_save_async (self->plan, request->file, self->cancellable, save_cb,
                            g_object_ref (self));
  save_request_free (request);
}

/* Saves the plan into @file as it is now, or, when a big calendar's text
 * must be prepared first (after a paste of many entries), as it is once
 * that is done, a few frames later; edits made after that stay in the
 * window, marked unsaved. */
void
_koers_window_save_to (KoersWindow *self,
                       GFile       *file)
{
  SaveRequest *request;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  koers_plan_set_modified (self->plan, &today);
  if (koers_plan_get_created (self->plan) == NULL)
    koers_plan_set_created (self->plan, &today);

  /* Recent files learn of a new name only: GtkRecentManager writes its
   * whole list (with an fsync) on the main loop and reads it back when its
   * monitor sees the change, 10 to 60 ms on every save otherwise. The
   * file was added when it was opened or first saved. */
  if (self->file == NULL || !g_file_equal (self->file, file))
    {
      g_autofree char *uri = g_file_get_uri (file);

      _koers_window_set_file (self, file);
      _koers_window_update_title (self);
      _koers_window_notify_file (self);
      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    }

  self->saving = TRUE;
  koers_file_monitor_pause (self->monitor);
  if (koers_plan_io_prepare_now (self->plan))
    {
      /* The file holds the plan as it is now */
      self->changes_saved = self->changes;
      self->saving_state = koers_history_checkpoint (self->history);
      koers_plan_io_save_async (self->plan, file, self->cancellable, save_cb,
                                g_object_ref (self));
      return;
    }
  request = g_new0 (SaveRequest, 1);
  request->window = g_object_ref (self);
  request->file = g_object_ref (file);
  koers_plan_io_prepare_async (self->plan, self->cancellable, prepared_cb, request);
}

/* The recovery copy ---------------------------------------------------------- */

void
_koers_window_discard_recovery (KoersWindow *self)
{
  koers_autosave_discard (self->autosave);
}

/* Set up and tear down ------------------------------------------------------- */

void
_koers_window_class_files_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, changed_bar_response_cb);
}

/* After the window's settings exist */
void
_koers_window_files_init (KoersWindow *self)
{
  self->monitor = koers_file_monitor_new ();
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->monitor, "deleted", G_CALLBACK (file_deleted_cb), self,
                           G_CONNECT_SWAPPED);

  self->autosave = koers_autosave_new ();
  g_settings_bind (self->settings, "autosave", self->autosave, "enabled", G_SETTINGS_BIND_GET);
}

void
_koers_window_files_dispose (KoersWindow *self)
{
  if (self->monitor != NULL)
    koers_file_monitor_set_file (self->monitor, NULL);
  g_clear_object (&self->monitor);

  /* Closed without unsaved changes: nothing to recover. A window that goes
   * away dirty (the application is quitting hard) keeps its copy. */
  if (self->autosave != NULL)
    {
      if (!self->dirty)
        koers_autosave_discard (self->autosave);
      koers_autosave_set_plan (self->autosave, NULL, NULL);
    }
  g_clear_object (&self->autosave);
}
