/* koers-file-monitor.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Watches the file of a window's plan for other programs. It remembers the
 * file's etag as the window read or wrote it; when the file changes on disk
 * it looks again, once things are quiet, and emits "changed" when the etag
 * differs or "deleted" when the file is gone. Every look at the disk is a
 * g_file_query_info_async(): the main loop never waits for it. While the
 * window writes the file itself it pauses the monitor, and refreshes the
 * etag when the write is done.
 */
#define G_LOG_DOMAIN "koers-file-monitor"

#include "config.h"

#include "koers-file-monitor.h"

/* Saves come in bursts of events: look once it is quiet. */
#define QUIET_MS 300

struct _KoersFileMonitor
{
  GObject       parent_instance;

  GFile        *file;
  GFileMonitor *monitor;
  GCancellable *cancellable;    /* of the looks at this file */
  GCancellable *refreshing;     /* of the latest koers_file_monitor_refresh() */
  char         *etag;           /* of the file as the window read or wrote it */
  guint         check_id;
  guint         pause_count;
  guint         etag_pending : 1;   /* the etag of the file is being asked */
  guint         check_pending : 1;  /* a look waits for the etag or the unpause */
};

G_DEFINE_FINAL_TYPE (KoersFileMonitor, koers_file_monitor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_ETAG,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  CHANGED,
  DELETED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void check (KoersFileMonitor *self);

static void
check_info_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(KoersFileMonitor) self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  const char *etag;

  info = g_file_query_info_finish (G_FILE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (self->pause_count > 0 || self->etag_pending)
    {
      /* Our own write started meanwhile: look again after it. */
      self->check_pending = TRUE;
      return;
    }

  etag = info ? g_file_info_get_etag (info) : NULL;
  if (g_strcmp0 (etag, self->etag) == 0)
    return;

  if (info == NULL)
    g_signal_emit (self, signals[DELETED], 0);
  else
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
check (KoersFileMonitor *self)
{
  g_assert (KOERS_IS_FILE_MONITOR (self));

  if (self->file == NULL)
    return;
  if (self->pause_count > 0 || self->etag_pending)
    {
      self->check_pending = TRUE;
      return;
    }

  self->check_pending = FALSE;
  g_file_query_info_async (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->cancellable, check_info_cb,
                           g_object_ref (self));
}

static gboolean
check_timeout_cb (gpointer user_data)
{
  KoersFileMonitor *self = user_data;

  self->check_id = 0;
  check (self);
  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 KoersFileMonitor  *self)
{
  g_clear_handle_id (&self->check_id, g_source_remove);
  self->check_id = g_timeout_add (QUIET_MS, check_timeout_cb, self);
}

static void
etag_info_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(KoersFileMonitor) self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = g_file_query_info_finish (G_FILE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->etag_pending = FALSE;
  g_free (self->etag);
  self->etag = info ? g_strdup (g_file_info_get_etag (info)) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ETAG]);

  if (self->check_pending)
    check (self);
}

static void
stop (KoersFileMonitor *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->refreshing);
  g_clear_object (&self->refreshing);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, file_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->check_id, g_source_remove);
  g_clear_pointer (&self->etag, g_free);
  self->etag_pending = FALSE;
  self->check_pending = FALSE;
}

static void
koers_file_monitor_dispose (GObject *object)
{
  KoersFileMonitor *self = (KoersFileMonitor *) object;

  stop (self);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (koers_file_monitor_parent_class)->dispose (object);
}

static void
koers_file_monitor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KoersFileMonitor *self = KOERS_FILE_MONITOR (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_ETAG:
      g_value_set_string (value, self->etag);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_file_monitor_class_init (KoersFileMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = koers_file_monitor_dispose;
  object_class->get_property = koers_file_monitor_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ETAG] =
    g_param_spec_string ("etag", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KoersFileMonitor::changed:
   *
   * Another program wrote the file: its etag is not the one we know.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * KoersFileMonitor::deleted:
   *
   * The file is gone (deleted, moved away, or it can no longer be read).
   */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
koers_file_monitor_init (KoersFileMonitor *self)
{
}

KoersFileMonitor *
koers_file_monitor_new (void)
{
  return g_object_new (KOERS_TYPE_FILE_MONITOR, NULL);
}

GFile *
koers_file_monitor_get_file (KoersFileMonitor *self)
{
  g_return_val_if_fail (KOERS_IS_FILE_MONITOR (self), NULL);

  return self->file;
}

/**
 * koers_file_monitor_set_file:
 * @file: (nullable): the file to watch, as it is on disk now
 *
 * Watches @file, and takes its etag as it is now as the one we know.
 */
void
koers_file_monitor_set_file (KoersFileMonitor *self,
                             GFile            *file)
{
  g_return_if_fail (KOERS_IS_FILE_MONITOR (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  stop (self);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  if (file == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
  koers_file_monitor_refresh (self);
}

/**
 * koers_file_monitor_get_etag:
 *
 * Returns: (nullable): the etag the window knows, %NULL while it is asked
 *   or when the file did not exist
 */
const char *
koers_file_monitor_get_etag (KoersFileMonitor *self)
{
  g_return_val_if_fail (KOERS_IS_FILE_MONITOR (self), NULL);

  return self->etag;
}

/**
 * koers_file_monitor_refresh:
 *
 * Takes the file as it is on disk now as ours: after our own save, or when
 * the user keeps their version over another program's. Looks that wait
 * for it happen after.
 */
void
koers_file_monitor_refresh (KoersFileMonitor *self)
{
  g_return_if_fail (KOERS_IS_FILE_MONITOR (self));

  if (self->file == NULL)
    return;
  /* Only the latest answer counts. */
  g_cancellable_cancel (self->refreshing);
  g_clear_object (&self->refreshing);
  self->refreshing = g_cancellable_new ();
  self->etag_pending = TRUE;
  g_file_query_info_async (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->refreshing, etag_info_cb,
                           g_object_ref (self));
}

/**
 * koers_file_monitor_pause:
 *
 * Our own write of the file starts: its changes are not another program's.
 */
void
koers_file_monitor_pause (KoersFileMonitor *self)
{
  g_return_if_fail (KOERS_IS_FILE_MONITOR (self));

  self->pause_count++;
}

void
koers_file_monitor_unpause (KoersFileMonitor *self)
{
  g_return_if_fail (KOERS_IS_FILE_MONITOR (self));
  g_return_if_fail (self->pause_count > 0);

  if (--self->pause_count == 0 && self->check_pending)
    check (self);
}
