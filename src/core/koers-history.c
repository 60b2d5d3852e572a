/* koers-history.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo and redo for every change to a plan. The plan reports each property
 * change with its old value and each list change with the items that left;
 * the history keeps them in steps. Typing into one field merges into one
 * step; a group (begin/end) makes several changes one step.
 */
#define G_LOG_DOMAIN "koers-history"

#include "config.h"

#include "koers-history.h"
#include "koers-plan-private.h"

#define MERGE_WINDOW_USEC (G_USEC_PER_SEC)
#define MAX_STEPS 500

typedef struct
{
  GObject    *object;   /* a property change: object, pspec, values */
  GParamSpec *pspec;
  GValue      before;
  GValue      after;
  GListStore *list;     /* a list change: position, removed and added items */
  guint       position;
  GPtrArray  *removed;
  GPtrArray  *added;
} Change;

typedef struct
{
  GPtrArray *changes;
  gint64     time;
  guint64    id;     /* unique in its history, for koers_history_get_state() */
} Step;

struct _KoersHistory
{
  GObject    parent_instance;

  KoersPlan *plan;
  GQueue     undo;   /* of Step, newest first */
  GQueue     redo;
  Step      *open_group;
  guint      group_depth;
  guint64    last_id;
};

G_DEFINE_FINAL_TYPE (KoersHistory, koers_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
change_free (Change *change)
{
  g_clear_object (&change->object);
  if (G_IS_VALUE (&change->before))
    g_value_unset (&change->before);
  if (G_IS_VALUE (&change->after))
    g_value_unset (&change->after);
  g_clear_object (&change->list);
  g_clear_pointer (&change->removed, g_ptr_array_unref);
  g_clear_pointer (&change->added, g_ptr_array_unref);
  g_free (change);
}

static Step *
step_new (KoersHistory *self)
{
  Step *step = g_new0 (Step, 1);

  step->id = ++self->last_id;
  step->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  step->time = g_get_monotonic_time ();
  return step;
}

static void
step_free (Step *step)
{
  g_ptr_array_unref (step->changes);
  g_free (step);
}

static void
clear_queue (GQueue *queue)
{
  Step *step;

  while ((step = g_queue_pop_head (queue)) != NULL)
    step_free (step);
}

static void
notify_state (KoersHistory *self,
              gboolean      could_undo,
              gboolean      could_redo)
{
  if (could_undo != koers_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != koers_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Adds @change to the open group, or as a step of its own. */
static void
push_change (KoersHistory *self,
             Change       *change)
{
  gboolean could_undo = koers_history_get_can_undo (self);
  gboolean could_redo = koers_history_get_can_redo (self);
  Step *step;

  clear_queue (&self->redo);

  if (self->open_group != NULL)
    step = self->open_group;
  else
    {
      step = step_new (self);
      g_queue_push_head (&self->undo, step);
      while (self->undo.length > MAX_STEPS)
        step_free (g_queue_pop_tail (&self->undo));
    }
  g_ptr_array_add (step->changes, change);

  notify_state (self, could_undo, could_redo);
}

static void
property_changed (gpointer      data,
                  GObject      *object,
                  GParamSpec   *pspec,
                  const GValue *old_value)
{
  KoersHistory *self = data;
  Step *last = g_queue_peek_head (&self->undo);
  Change *change;

  /* Typing: consecutive edits of one text merge into one step. */
  if (self->open_group == NULL && last != NULL && last->changes->len == 1 &&
      G_VALUE_HOLDS_STRING (old_value) &&
      g_get_monotonic_time () - last->time < MERGE_WINDOW_USEC &&
      self->redo.length == 0)
    {
      Change *previous = g_ptr_array_index (last->changes, 0);

      if (previous->object == object && previous->pspec == pspec)
        {
          g_value_unset (&previous->after);
          g_value_init (&previous->after, G_VALUE_TYPE (old_value));
          g_object_get_property (object, pspec->name, &previous->after);
          last->time = g_get_monotonic_time ();
          return;
        }
    }

  change = g_new0 (Change, 1);
  change->object = g_object_ref (object);
  change->pspec = pspec;
  g_value_init (&change->before, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &change->before);
  g_value_init (&change->after, G_VALUE_TYPE (old_value));
  g_object_get_property (object, pspec->name, &change->after);
  push_change (self, change);
}

static void
list_changed (gpointer    data,
              GListStore *list,
              guint       position,
              GPtrArray  *removed,
              guint       added)
{
  KoersHistory *self = data;
  Change *change = g_new0 (Change, 1);

  change->list = g_object_ref (list);
  change->position = position;
  change->removed = g_ptr_array_ref (removed);
  change->added = g_ptr_array_new_full (added, g_object_unref);
  for (guint i = 0; i < added; i++)
    g_ptr_array_add (change->added, g_list_model_get_item (G_LIST_MODEL (list), position + i));
  push_change (self, change);
}

static void
begin_group (gpointer data)
{
  koers_history_begin_group (data);
}

static void
end_group (gpointer data)
{
  koers_history_end_group (data);
}

static const KoersPlanRecorder recorder = {
  property_changed,
  list_changed,
  begin_group,
  end_group,
};

/* Applies @step backwards (undo) or forwards (redo). */
static void
apply_step (KoersHistory *self,
            Step         *step,
            gboolean      backwards)
{
  guint n = step->changes->len;

  _koers_plan_freeze_recording (self->plan);

  for (guint k = 0; k < n; k++)
    {
      Change *change = g_ptr_array_index (step->changes, backwards ? n - 1 - k : k);

      if (change->object != NULL)
        g_object_set_property (change->object, change->pspec->name,
                               backwards ? &change->before : &change->after);
      else
        {
          GPtrArray *out = backwards ? change->added : change->removed;
          GPtrArray *in = backwards ? change->removed : change->added;

          _koers_plan_splice (self->plan, change->list, change->position, out->len,
                              in->pdata, in->len);
        }
    }

  _koers_plan_thaw_recording (self->plan);
}

static void
koers_history_dispose (GObject *object)
{
  KoersHistory *self = (KoersHistory *) object;

  if (self->plan != NULL)
    {
      _koers_plan_set_recorder (self->plan, NULL, NULL);
      g_clear_object (&self->plan);
    }
  clear_queue (&self->undo);
  clear_queue (&self->redo);
  g_clear_pointer (&self->open_group, step_free);

  G_OBJECT_CLASS (koers_history_parent_class)->dispose (object);
}

static void
koers_history_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KoersHistory *self = KOERS_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, koers_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, koers_history_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_history_class_init (KoersHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = koers_history_dispose;
  object_class->get_property = koers_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
koers_history_init (KoersHistory *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}

/**
 * koers_history_new:
 * @plan: the plan whose changes to keep
 *
 * A plan has at most one history.
 *
 * Returns: (transfer full): a new history
 */
KoersHistory *
koers_history_new (KoersPlan *plan)
{
  KoersHistory *self;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  self = g_object_new (KOERS_TYPE_HISTORY, NULL);
  self->plan = g_object_ref (plan);
  _koers_plan_set_recorder (plan, &recorder, self);
  return self;
}

gboolean
koers_history_get_can_undo (KoersHistory *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY (self), FALSE);

  return self->undo.length > 0;
}

gboolean
koers_history_get_can_redo (KoersHistory *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY (self), FALSE);

  return self->redo.length > 0;
}

/* Takes the newest step of @from, applies it (backwards for undo) and
 * keeps it on @to. */
static gboolean
move_step (KoersHistory *self,
           GQueue       *from,
           GQueue       *to,
           gboolean      backwards)
{
  gboolean could_undo = koers_history_get_can_undo (self);
  gboolean could_redo = koers_history_get_can_redo (self);
  Step *step = g_queue_pop_head (from);

  if (step == NULL)
    return FALSE;

  apply_step (self, step, backwards);
  step->time = 0;  /* a moved step never merges with new typing */
  g_queue_push_head (to, step);
  notify_state (self, could_undo, could_redo);
  return TRUE;
}

/**
 * koers_history_undo:
 *
 * Returns: whether a step was undone
 */
gboolean
koers_history_undo (KoersHistory *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->open_group == NULL, FALSE);

  return move_step (self, &self->undo, &self->redo, TRUE);
}

/**
 * koers_history_peek:
 * @undo: %TRUE for the step koers_history_undo() would undo, %FALSE for the
 *   one koers_history_redo() would redo
 * @property: (out) (optional) (transfer none): the name of the property
 *   the step changed, or %NULL when it changed a list
 *
 * What the next undo or redo changes, so that the window can show it: the
 * object of the step's last property change (the field the user edited
 * last), or else the list whose items it moved, added or removed.
 *
 * Returns: (transfer none) (nullable): the object or list, or %NULL when
 *   there is no such step
 */
GObject *
koers_history_peek (KoersHistory  *self,
                    gboolean       undo,
                    const char   **property)
{
  Step *step;

  g_return_val_if_fail (KOERS_IS_HISTORY (self), NULL);

  if (property != NULL)
    *property = NULL;
  step = g_queue_peek_head (undo ? &self->undo : &self->redo);
  if (step == NULL || step->changes->len == 0)
    return NULL;
  for (guint i = step->changes->len; i > 0; i--)
    {
      Change *change = g_ptr_array_index (step->changes, i - 1);

      if (change->object != NULL)
        {
          if (property != NULL)
            *property = change->pspec->name;
          return change->object;
        }
    }
  return G_OBJECT (((Change *) g_ptr_array_index (step->changes, 0))->list);
}

/**
 * koers_history_redo:
 *
 * Returns: whether a step was redone
 */
gboolean
koers_history_redo (KoersHistory *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->open_group == NULL, FALSE);

  return move_step (self, &self->redo, &self->undo, FALSE);
}

/**
 * koers_history_begin_group:
 *
 * Makes the changes until the matching koers_history_end_group() one step,
 * such as adding a channel and setting its name.
 */
void
koers_history_begin_group (KoersHistory *self)
{
  g_return_if_fail (KOERS_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    self->open_group = step_new (self);
}

void
koers_history_end_group (KoersHistory *self)
{
  gboolean could_undo, could_redo;
  Step *step;

  g_return_if_fail (KOERS_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  step = g_steal_pointer (&self->open_group);
  if (step->changes->len == 0)
    {
      step_free (step);
      return;
    }

  could_undo = koers_history_get_can_undo (self);
  could_redo = koers_history_get_can_redo (self);
  step->time = 0;
  g_queue_push_head (&self->undo, step);
  notify_state (self, could_undo, could_redo);
}

void
koers_history_clear (KoersHistory *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (KOERS_IS_HISTORY (self));

  could_undo = koers_history_get_can_undo (self);
  could_redo = koers_history_get_can_redo (self);
  clear_queue (&self->undo);
  clear_queue (&self->redo);
  notify_state (self, could_undo, could_redo);
}

/**
 * koers_history_get_state:
 *
 * Which state of the plan the history is at: the same number means the
 * same content, so a window that keeps the state it saved knows when undo
 * or redo brings the plan back to what is on disk.
 *
 * Returns: the state; 0 before the first step
 */
guint64
koers_history_get_state (KoersHistory *self)
{
  Step *head;

  g_return_val_if_fail (KOERS_IS_HISTORY (self), 0);

  head = g_queue_peek_head (&self->undo);
  return head != NULL ? head->id : 0;
}

/**
 * koers_history_checkpoint:
 *
 * Like koers_history_get_state(), and makes sure the next change is a step
 * of its own (typing does not merge into the step of a saved state).
 *
 * Returns: the state
 */
guint64
koers_history_checkpoint (KoersHistory *self)
{
  Step *head;

  g_return_val_if_fail (KOERS_IS_HISTORY (self), 0);

  head = g_queue_peek_head (&self->undo);
  if (head != NULL)
    head->time = 0;
  return koers_history_get_state (self);
}
