/* koers-autosave.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The recovery copy of one window's plan (koers-recovery.c): written a
 * moment after the last edit, not on every keystroke, and removed when the
 * plan is saved or its changes are discarded. The plan's text is taken on
 * the main loop from the writer's cache (quick) and written in a thread.
 * One copy is written at a time; an edit during a write asks for another.
 */
#define G_LOG_DOMAIN "koers-autosave"

#include "config.h"

#include "koers-autosave.h"
#include "koers-recovery.h"

#define DEFAULT_DELAY_MS 2000

struct _KoersAutosave
{
  GObject       parent_instance;

  KoersPlan    *plan;
  GFile        *file;
  char         *dir;
  char         *id;
  GCancellable *cancellable;
  guint         timeout_id;
  guint         enabled : 1;
  guint         writing : 1;
  guint         write_again : 1;      /* an edit came during the write */
  guint         discard_after : 1;    /* a save came during the write */
};

G_DEFINE_FINAL_TYPE (KoersAutosave, koers_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  PROP_WRITING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void write_copy (KoersAutosave *self);

static void
set_writing (KoersAutosave *self,
             gboolean       writing)
{
  if (self->writing == !!writing)
    return;
  self->writing = !!writing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WRITING]);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(KoersAutosave) self = user_data;
  g_autoptr(GError) error = NULL;

  /* A failed recovery copy is not worth an interruption (a full disk, say):
   * the user's own saves report their errors, and the next edit tries again.
   * Not a warning either: a warning is for a programming error. */
  if (!koers_recovery_write_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Could not write a recovery copy: %s", error->message);

  if (self->discard_after)
    koers_recovery_discard (self->dir, self->id);
  self->discard_after = FALSE;
  set_writing (self, FALSE);

  if (self->write_again)
    write_copy (self);
}

static void
write_copy (KoersAutosave *self)
{
  self->write_again = FALSE;
  if (self->plan == NULL)
    return;
  if (self->writing)
    {
      self->write_again = TRUE;
      return;
    }

  set_writing (self, TRUE);
  koers_recovery_write_async (self->dir, self->id, self->plan, self->file, self->cancellable,
                              written_cb, g_object_ref (self));
}

static gboolean
timeout_cb (gpointer user_data)
{
  KoersAutosave *self = user_data;

  self->timeout_id = 0;
  write_copy (self);
  return G_SOURCE_REMOVE;
}

static void
koers_autosave_dispose (GObject *object)
{
  KoersAutosave *self = (KoersAutosave *) object;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (koers_autosave_parent_class)->dispose (object);
}

static void
koers_autosave_finalize (GObject *object)
{
  KoersAutosave *self = (KoersAutosave *) object;

  g_clear_object (&self->cancellable);
  g_free (self->dir);
  g_free (self->id);

  G_OBJECT_CLASS (koers_autosave_parent_class)->finalize (object);
}

static void
koers_autosave_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KoersAutosave *self = KOERS_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_WRITING:
      g_value_set_boolean (value, self->writing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_autosave_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KoersAutosave *self = KOERS_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      if (self->enabled != g_value_get_boolean (value))
        {
          self->enabled = g_value_get_boolean (value);
          if (!self->enabled)
            g_clear_handle_id (&self->timeout_id, g_source_remove);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_autosave_class_init (KoersAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = koers_autosave_dispose;
  object_class->finalize = koers_autosave_finalize;
  object_class->get_property = koers_autosave_get_property;
  object_class->set_property = koers_autosave_set_property;

  /* Bound to the "autosave" setting by the window */
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WRITING] =
    g_param_spec_boolean ("writing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
koers_autosave_init (KoersAutosave *self)
{
  self->enabled = TRUE;
  self->cancellable = g_cancellable_new ();
  self->dir = koers_recovery_get_dir ();
  self->id = koers_recovery_new_id ();
}

KoersAutosave *
koers_autosave_new (void)
{
  return g_object_new (KOERS_TYPE_AUTOSAVE, NULL);
}

/**
 * koers_autosave_set_plan:
 * @plan: (nullable): the plan a window now holds
 * @file: (nullable): its file
 *
 * A copy that waits to be written is not written any more; the copy of the
 * plan before stays until koers_autosave_discard().
 */
void
koers_autosave_set_plan (KoersAutosave *self,
                         KoersPlan     *plan,
                         GFile         *file)
{
  g_return_if_fail (KOERS_IS_AUTOSAVE (self));
  g_return_if_fail (plan == NULL || KOERS_IS_PLAN (plan));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->write_again = FALSE;
  g_set_object (&self->plan, plan);
  g_set_object (&self->file, file);
}

/* The plan's file, as the recovery copy names it */
void
koers_autosave_set_file (KoersAutosave *self,
                         GFile         *file)
{
  g_return_if_fail (KOERS_IS_AUTOSAVE (self));

  g_set_object (&self->file, file);
}

/**
 * koers_autosave_schedule:
 *
 * The plan changed: write its copy in a moment ($KOERS_AUTOSAVE_DELAY_MS,
 * 2 seconds by default), unless it changes again first.
 */
void
koers_autosave_schedule (KoersAutosave *self)
{
  const char *delay = g_getenv ("KOERS_AUTOSAVE_DELAY_MS");
  guint ms = delay ? (guint) g_ascii_strtoull (delay, NULL, 10) : DEFAULT_DELAY_MS;

  g_return_if_fail (KOERS_IS_AUTOSAVE (self));

  if (!self->enabled || self->plan == NULL)
    return;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (ms, timeout_cb, self);
}

/**
 * koers_autosave_discard:
 *
 * The plan was saved, or its changes discarded: no copy is needed. A copy
 * being written is removed when it is done.
 */
void
koers_autosave_discard (KoersAutosave *self)
{
  g_return_if_fail (KOERS_IS_AUTOSAVE (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->write_again = FALSE;
  if (self->writing)
    self->discard_after = TRUE;
  else
    koers_recovery_discard (self->dir, self->id);
}

gboolean
koers_autosave_get_writing (KoersAutosave *self)
{
  g_return_val_if_fail (KOERS_IS_AUTOSAVE (self), FALSE);

  return self->writing;
}
