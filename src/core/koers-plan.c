/* koers-plan.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan: everything a .koers file holds.
 */
#define G_LOG_DOMAIN "koers-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-plan.h"
#include "koers-plan-private.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"
#include "koers-criterion.h"
#include "koers-raci-cell.h"
#include "koers-calendar-entry.h"
#include "koers-channel.h"
#include "koers-checklist-item.h"
#include "koers-goal.h"
#include "koers-maturity-phase.h"
#include "koers-milestone.h"
#include "koers-objective.h"
#include "koers-role.h"
#include "koers-rose-part.h"
#include "koers-strategy.h"
#include "koers-target-group.h"
#include "koers-task.h"
#include "koers-tool.h"

struct _KoersPlan
{
  GObject parent_instance;

  char       *title;
  char       *organisation;
  char       *author;
  GDate      *created;
  GDate      *modified;
  GDate      *period_start;
  GDate      *period_end;
  GListStore *target_groups;
  int         primary_objective;
  char       *primary_objective_text;
  char       *primary_objective_reason;
  guint       objective_types;
  guint       big_goals;
  GListStore *goals;
  GListStore *objectives;
  GListStore *strategies;
  char       *relationship;
  double      hours_per_week;
  double      fte;
  double      budget;
  char      **departments;
  GListStore *milestones;
  GListStore *channels;
  char       *hub_url;
  char       *hub_description;
  GDate      *hub_updated;
  GListStore *tools;
  GListStore *tips;
  GListStore *dos;
  GListStore *rose_parts;
  GListStore *phases;
  GListStore *entries;
  GListStore *roles;
  GListStore *tasks;

  /* Undo, when a history is attached (koers-history.c) */
  const KoersPlanRecorder *recorder;
  gpointer                 recorder_data;
  guint                    frozen;
};

G_DEFINE_FINAL_TYPE (KoersPlan, koers_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ORGANISATION,
  PROP_AUTHOR,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_PERIOD_START,
  PROP_PERIOD_END,
  PROP_TARGET_GROUPS,
  PROP_PRIMARY_OBJECTIVE,
  PROP_PRIMARY_OBJECTIVE_TEXT,
  PROP_PRIMARY_OBJECTIVE_REASON,
  PROP_OBJECTIVE_TYPES,
  PROP_BIG_GOALS,
  PROP_GOALS,
  PROP_OBJECTIVES,
  PROP_STRATEGIES,
  PROP_RELATIONSHIP,
  PROP_HOURS_PER_WEEK,
  PROP_FTE,
  PROP_BUDGET,
  PROP_DEPARTMENTS,
  PROP_MILESTONES,
  PROP_CHANNELS,
  PROP_HUB_URL,
  PROP_HUB_DESCRIPTION,
  PROP_HUB_UPDATED,
  PROP_TOOLS,
  PROP_TIPS,
  PROP_DOS,
  PROP_ROSE_PARTS,
  PROP_PHASES,
  PROP_ENTRIES,
  PROP_ROLES,
  PROP_TASKS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];
static GQuark shadow_quark;

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "title",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, title),
    .section = "plan" },
  { .name = "organisation",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, organisation),
    .section = "plan" },
  { .name = "author",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, author),
    .section = "plan" },
  { .name = "created",
    .kind = KOERS_FIELD_DATE,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, created),
    .section = "plan" },
  { .name = "modified",
    .kind = KOERS_FIELD_DATE,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, modified),
    .section = "plan" },
  { .name = "period-start",
    .kind = KOERS_FIELD_DATE,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, period_start),
    .section = "plan" },
  { .name = "period-end",
    .kind = KOERS_FIELD_DATE,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, period_end),
    .section = "plan" },
  { .name = "target-groups",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, target_groups),
    .get_type = koers_target_group_get_type,
    .section = "people" },
  { .name = "primary-objective",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, primary_objective),
    .get_type = koers_primary_objective_get_type,
    .dflt = KOERS_PRIMARY_OBJECTIVE_NONE,
    .section = "objectives" },
  { .name = "primary-objective-text",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, primary_objective_text),
    .section = "objectives" },
  { .name = "primary-objective-reason",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, primary_objective_reason),
    .section = "objectives" },
  { .name = "objective-types",
    .kind = KOERS_FIELD_FLAGS,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, objective_types),
    .get_type = koers_objective_type_get_type,
    .dflt = 0,
    .section = "objectives",
    .json_name = "types" },
  { .name = "big-goals",
    .kind = KOERS_FIELD_FLAGS,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, big_goals),
    .get_type = koers_big_goal_get_type,
    .dflt = 0,
    .section = "objectives" },
  { .name = "goals",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, goals),
    .get_type = koers_goal_get_type,
    .section = "objectives" },
  { .name = "objectives",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, objectives),
    .get_type = koers_objective_get_type,
    .section = "objectives",
    .json_name = "smart_objectives" },
  { .name = "strategies",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, strategies),
    .get_type = koers_strategy_get_type,
    .section = "strategy" },
  { .name = "relationship",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, relationship),
    .section = "strategy" },
  { .name = "hours-per-week",
    .kind = KOERS_FIELD_DOUBLE,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, hours_per_week),
    .min = 0,
    .max = 100000,
    .dflt = 0,
    .section = "strategy" },
  { .name = "fte",
    .kind = KOERS_FIELD_DOUBLE,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, fte),
    .min = 0,
    .max = 100000,
    .dflt = 0,
    .section = "strategy" },
  { .name = "budget",
    .kind = KOERS_FIELD_DOUBLE,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, budget),
    .min = 0,
    .max = 1e12,
    .dflt = 0,
    .section = "strategy" },
  { .name = "departments",
    .kind = KOERS_FIELD_STRV,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, departments),
    .section = "strategy" },
  { .name = "milestones",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, milestones),
    .get_type = koers_milestone_get_type,
    .section = "strategy" },
  { .name = "channels",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, channels),
    .get_type = koers_channel_get_type,
    .section = "technology" },
  { .name = "hub-url",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, hub_url),
    .section = "technology" },
  { .name = "hub-description",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, hub_description),
    .section = "technology" },
  { .name = "hub-updated",
    .kind = KOERS_FIELD_DATE,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, hub_updated),
    .section = "technology" },
  { .name = "tools",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, tools),
    .get_type = koers_tool_get_type,
    .section = "technology" },
  { .name = "tips",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, tips),
    .get_type = koers_checklist_item_get_type,
    .section = "preparation" },
  { .name = "dos",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, dos),
    .get_type = koers_checklist_item_get_type,
    .section = "roadmap" },
  { .name = "rose-parts",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, rose_parts),
    .get_type = koers_rose_part_get_type,
    .section = "rose",
    .json_name = "parts" },
  { .name = "phases",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, phases),
    .get_type = koers_maturity_phase_get_type,
    .section = "maturity" },
  { .name = "entries",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, entries),
    .get_type = koers_calendar_entry_get_type,
    .section = "calendar" },
  { .name = "roles",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, roles),
    .get_type = koers_role_get_type,
    .section = "roles" },
  { .name = "tasks",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, tasks),
    .get_type = koers_task_get_type,
    .section = "roles" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

/* Ownership tracking: every object reachable from the plan carries the plan
 * as its owner, and every list keeps a shadow copy of its items, so that a
 * removal can tell which items left (for undo) and detach them. */

static void attach_object (KoersPlan *self,
                           GObject   *object);
static void detach_object (KoersPlan *self,
                           GObject   *object);

static void
list_items_changed_cb (GListModel *list,
                       guint       position,
                       guint       removed,
                       guint       added,
                       KoersPlan  *self)
{
  GPtrArray *shadow = g_object_get_qdata (G_OBJECT (list), shadow_quark);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert (shadow != NULL);
  g_assert (position + removed <= shadow->len);

  for (guint i = 0; i < removed; i++)
    {
      GObject *item = g_ptr_array_index (shadow, position + i);

      detach_object (self, item);
      g_ptr_array_add (gone, g_object_ref (item));
    }
  g_ptr_array_remove_range (shadow, position, removed);

  for (guint i = 0; i < added; i++)
    {
      GObject *item = g_list_model_get_item (list, position + i);

      g_ptr_array_insert (shadow, position + i, item);
      attach_object (self, item);
    }

  if (self->recorder != NULL && self->frozen == 0)
    self->recorder->list_changed (self->recorder_data, G_LIST_STORE (list), position, gone, added);

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
attach_list (KoersPlan  *self,
             GListStore *store)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  GPtrArray *shadow = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      GObject *item = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_ptr_array_add (shadow, item);
      attach_object (self, item);
    }

  g_object_set_qdata_full (G_OBJECT (store), shadow_quark, shadow,
                           (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (store, "items-changed", G_CALLBACK (list_items_changed_cb), self, 0);
}

static void
detach_list (KoersPlan  *self,
             GListStore *store)
{
  GPtrArray *shadow = g_object_get_qdata (G_OBJECT (store), shadow_quark);

  g_signal_handlers_disconnect_by_func (store, list_items_changed_cb, self);
  if (shadow != NULL)
    for (guint i = 0; i < shadow->len; i++)
      detach_object (self, g_ptr_array_index (shadow, i));
  g_object_set_qdata (G_OBJECT (store), shadow_quark, NULL);
}

static void
attach_object (KoersPlan *self,
               GObject   *object)
{
  const KoersField **lists = _koers_model_class_info (G_OBJECT_TYPE (object))->lists;

  _koers_model_set_owner (object, self);
  for (guint i = 0; lists[i] != NULL; i++)
    attach_list (self, _koers_model_get_list (object, lists[i]));
}

static void
detach_object (KoersPlan *self,
               GObject   *object)
{
  const KoersField **lists = _koers_model_class_info (G_OBJECT_TYPE (object))->lists;

  for (guint i = 0; lists[i] != NULL; i++)
    detach_list (self, _koers_model_get_list (object, lists[i]));
  _koers_model_set_owner (object, NULL);
}

void
_koers_plan_record_change (KoersPlan    *self,
                           GObject      *object,
                           GParamSpec   *pspec,
                           const GValue *old_value)
{
  g_assert (KOERS_IS_PLAN (self));

  if (self->recorder != NULL && self->frozen == 0)
    self->recorder->property_changed (self->recorder_data, object, pspec, old_value);
}

void
_koers_plan_emit_changed (KoersPlan *self)
{
  g_assert (KOERS_IS_PLAN (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

void
_koers_plan_set_recorder (KoersPlan               *self,
                          const KoersPlanRecorder *recorder,
                          gpointer                 data)
{
  g_return_if_fail (KOERS_IS_PLAN (self));
  g_return_if_fail (recorder == NULL || self->recorder == NULL);

  self->recorder = recorder;
  self->recorder_data = data;
}

void
_koers_plan_freeze_recording (KoersPlan *self)
{
  self->frozen++;
}

void
_koers_plan_thaw_recording (KoersPlan *self)
{
  g_return_if_fail (self->frozen > 0);
  self->frozen--;
}

static void
koers_plan_dispose (GObject *object)
{
  KoersPlan *self = (KoersPlan *) object;

  /* Items may outlive the plan (in an undo stack, a clipboard): they must not
   * point back at it. */
  if (_koers_model_get_owner (object) != NULL)
    detach_object (self, object);

  G_OBJECT_CLASS (koers_plan_parent_class)->dispose (object);
}

static void
koers_plan_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_plan_parent_class)->finalize (object);
}

static void
koers_plan_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  if (prop_id > 0 && prop_id < N_PROPS)
    _koers_model_get_property (object, fields, prop_id, value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
koers_plan_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  if (prop_id > 0 && prop_id < N_PROPS)
    _koers_model_set_property (object, fields, prop_id, value, pspec);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
koers_plan_class_init (KoersPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = koers_plan_dispose;
  object_class->finalize = koers_plan_finalize;
  object_class->get_property = koers_plan_get_property;
  object_class->set_property = koers_plan_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);

  /**
   * KoersPlan::changed:
   *
   * Emitted after any change to the plan or to anything it holds: a
   * property of an item, or items added to or removed from a list.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  shadow_quark = g_quark_from_static_string ("koers-plan-shadow");
}

static void
koers_plan_init (KoersPlan *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_plan_new:
 *
 * Creates an empty plan with its fixed parts: the seven preparation tips,
 * the six DO's, the five rose parts and the six maturity phases with their
 * usual criteria (in the user's language).
 *
 * Returns: (transfer full): a new plan
 */
KoersPlan *
koers_plan_new (void)
{
  KoersPlan *self = g_object_new (KOERS_TYPE_PLAN, NULL);

  _koers_plan_complete (self);
  _koers_plan_attach (self);

  return self;
}

const char *
koers_plan_get_title (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->title;
}

void
koers_plan_set_title (KoersPlan  *self,
                      const char *title)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_string (self, properties[PROP_TITLE], title);
}

const char *
koers_plan_get_organisation (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->organisation;
}

void
koers_plan_set_organisation (KoersPlan  *self,
                             const char *organisation)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_string (self, properties[PROP_ORGANISATION], organisation);
}

const char *
koers_plan_get_author (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->author;
}

void
koers_plan_set_author (KoersPlan  *self,
                       const char *author)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_string (self, properties[PROP_AUTHOR], author);
}

const GDate *
koers_plan_get_created (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->created;
}

void
koers_plan_set_created (KoersPlan   *self,
                        const GDate *created)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_date (self, properties[PROP_CREATED], created);
}

const GDate *
koers_plan_get_modified (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->modified;
}

void
koers_plan_set_modified (KoersPlan   *self,
                         const GDate *modified)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_date (self, properties[PROP_MODIFIED], modified);
}

const GDate *
koers_plan_get_period_start (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->period_start;
}

void
koers_plan_set_period_start (KoersPlan   *self,
                             const GDate *period_start)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_date (self, properties[PROP_PERIOD_START], period_start);
}

const GDate *
koers_plan_get_period_end (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->period_end;
}

void
koers_plan_set_period_end (KoersPlan   *self,
                           const GDate *period_end)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_date (self, properties[PROP_PERIOD_END], period_end);
}

GListModel *
koers_plan_get_target_groups (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->target_groups);
}

KoersPrimaryObjective
koers_plan_get_primary_objective (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), 0);

  return (KoersPrimaryObjective) self->primary_objective;
}

void
koers_plan_set_primary_objective (KoersPlan             *self,
                                  KoersPrimaryObjective  primary_objective)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_int (self, properties[PROP_PRIMARY_OBJECTIVE], primary_objective);
}

const char *
koers_plan_get_primary_objective_text (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->primary_objective_text;
}

void
koers_plan_set_primary_objective_text (KoersPlan  *self,
                                       const char *primary_objective_text)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_string (self, properties[PROP_PRIMARY_OBJECTIVE_TEXT], primary_objective_text);
}

const char *
koers_plan_get_primary_objective_reason (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->primary_objective_reason;
}

void
koers_plan_set_primary_objective_reason (KoersPlan  *self,
                                         const char *primary_objective_reason)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_string (self, properties[PROP_PRIMARY_OBJECTIVE_REASON], primary_objective_reason);
}

KoersObjectiveType
koers_plan_get_objective_types (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), 0);

  return (KoersObjectiveType) self->objective_types;
}

void
koers_plan_set_objective_types (KoersPlan          *self,
                                KoersObjectiveType  objective_types)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_int (self, properties[PROP_OBJECTIVE_TYPES], objective_types);
}

KoersBigGoal
koers_plan_get_big_goals (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), 0);

  return (KoersBigGoal) self->big_goals;
}

void
koers_plan_set_big_goals (KoersPlan    *self,
                          KoersBigGoal  big_goals)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_int (self, properties[PROP_BIG_GOALS], big_goals);
}

GListModel *
koers_plan_get_goals (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->goals);
}

GListModel *
koers_plan_get_objectives (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->objectives);
}

GListModel *
koers_plan_get_strategies (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->strategies);
}

const char *
koers_plan_get_relationship (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->relationship;
}

void
koers_plan_set_relationship (KoersPlan  *self,
                             const char *relationship)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_string (self, properties[PROP_RELATIONSHIP], relationship);
}

double
koers_plan_get_hours_per_week (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), 0);

  return self->hours_per_week;
}

void
koers_plan_set_hours_per_week (KoersPlan *self,
                               double     hours_per_week)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_double (self, properties[PROP_HOURS_PER_WEEK], hours_per_week);
}

double
koers_plan_get_fte (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), 0);

  return self->fte;
}

void
koers_plan_set_fte (KoersPlan *self,
                    double     fte)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_double (self, properties[PROP_FTE], fte);
}

double
koers_plan_get_budget (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), 0);

  return self->budget;
}

void
koers_plan_set_budget (KoersPlan *self,
                       double     budget)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_double (self, properties[PROP_BUDGET], budget);
}

const char *const *
koers_plan_get_departments (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return (const char *const *) self->departments;
}

void
koers_plan_set_departments (KoersPlan         *self,
                            const char *const *departments)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_strv (self, properties[PROP_DEPARTMENTS], departments);
}

GListModel *
koers_plan_get_milestones (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->milestones);
}

GListModel *
koers_plan_get_channels (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->channels);
}

const char *
koers_plan_get_hub_url (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->hub_url;
}

void
koers_plan_set_hub_url (KoersPlan  *self,
                        const char *hub_url)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_string (self, properties[PROP_HUB_URL], hub_url);
}

const char *
koers_plan_get_hub_description (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->hub_description;
}

void
koers_plan_set_hub_description (KoersPlan  *self,
                                const char *hub_description)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_string (self, properties[PROP_HUB_DESCRIPTION], hub_description);
}

const GDate *
koers_plan_get_hub_updated (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->hub_updated;
}

void
koers_plan_set_hub_updated (KoersPlan   *self,
                            const GDate *hub_updated)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_date (self, properties[PROP_HUB_UPDATED], hub_updated);
}

GListModel *
koers_plan_get_tools (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->tools);
}

GListModel *
koers_plan_get_tips (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->tips);
}

GListModel *
koers_plan_get_dos (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->dos);
}

GListModel *
koers_plan_get_rose_parts (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->rose_parts);
}

GListModel *
koers_plan_get_phases (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->phases);
}

GListModel *
koers_plan_get_entries (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->entries);
}

GListModel *
koers_plan_get_roles (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->roles);
}

GListModel *
koers_plan_get_tasks (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->tasks);
}

/* Fixed parts ---------------------------------------------------------- */

static const char *const default_criteria[KOERS_N_PHASES][6] = {
  [KOERS_PHASE_PLANNING] = {
    N_("We listen to what customers say online and learn how they want to be treated"),
    N_("We ran small pilots to see which uses work for us"),
    N_("We checked our own knowledge, tools and training"),
    N_("We looked at what competitors do on social media"),
    N_("Our objectives and KPIs go beyond counting mentions"),
    NULL },
  [KOERS_PHASE_PRESENCE] = {
    N_("We have an official presence on the channels we chose"),
    N_("Our content amplifies our marketing"),
    N_("Customers get support after the sale through social media"),
    N_("Social media figures are tied to department goals"),
    N_("A content calendar and guidelines are in use"),
    NULL },
  [KOERS_PHASE_ENGAGEMENT] = {
    N_("Social media is essential to our customer relationships"),
    N_("We run or take part in communities"),
    N_("Engagement demonstrably contributes to sales"),
    N_("Support through social media is part of customer service"),
    NULL },
  [KOERS_PHASE_FORMALIZED] = {
    N_("An executive sponsors social media"),
    N_("A hub or centre of excellence coordinates the work"),
    N_("Governance and guidelines hold across the organisation"),
    NULL },
  [KOERS_PHASE_STRATEGIC] = {
    N_("The business impact of social media is visible and reported"),
    N_("Top management and department heads are involved"),
    NULL },
  [KOERS_PHASE_CONVERGED] = {
    N_("Departments work together on social media"),
    N_("Executives actively support social business"),
    N_("Social is woven into how the whole organisation works"),
    NULL },
};

/* The lists that hold one item per key of a vocabulary, in its order. */
static const KoersFixedList fixed_lists[] = {
  { "preparation.tips", G_STRUCT_OFFSET (KoersPlan, tips), koers_tip_get_type, "key" },
  { "roadmap.dos", G_STRUCT_OFFSET (KoersPlan, dos), koers_do_get_type, "key" },
  { "rose.parts", G_STRUCT_OFFSET (KoersPlan, rose_parts), koers_rose_part_kind_get_type, "part" },
  { "maturity.phases", G_STRUCT_OFFSET (KoersPlan, phases), koers_phase_get_type, "phase" },
};

const KoersFixedList *
_koers_plan_get_fixed_lists (guint *n_lists)
{
  *n_lists = G_N_ELEMENTS (fixed_lists);
  return fixed_lists;
}

GListModel *
_koers_fixed_list_get_model (const KoersFixedList *fixed,
                             KoersPlan            *plan)
{
  return G_STRUCT_MEMBER (GListModel *, plan, fixed->offset);
}

/**
 * _koers_fixed_list_get_key:
 * @text: (out) (optional): the key as written, a nick or an unknown string
 *
 * The key property holds a nick (checklist items) or an enum value.
 *
 * Returns: the key's enum value, or -1 when it is not in the vocabulary
 */
int
_koers_fixed_list_get_key (const KoersFixedList  *fixed,
                           gpointer               item,
                           char                 **text)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (fixed->key_type ());
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), fixed->key_property);
  g_auto(GValue) value = G_VALUE_INIT;
  GEnumValue *key;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (item, fixed->key_property, &value);
  if (G_VALUE_HOLDS_STRING (&value))
    key = g_enum_get_value_by_nick (klass, g_value_get_string (&value));
  else
    key = g_enum_get_value (klass, g_value_get_enum (&value));

  if (text != NULL)
    *text = g_strdup (key ? key->value_nick : g_value_get_string (&value));
  return key ? key->value : -1;
}

static gpointer
create_fixed_item (const KoersFixedList *fixed,
                   GType                 item_type,
                   guint                 key)
{
  GObject *item = g_object_new (item_type, NULL);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), fixed->key_property);
  g_autoptr(GEnumClass) klass = g_type_class_ref (fixed->key_type ());

  if (pspec->value_type == G_TYPE_STRING)
    g_object_set (item, fixed->key_property, g_enum_get_value (klass, key)->value_nick, NULL);
  else
    g_object_set (item, fixed->key_property, key, NULL);

  /* A new phase comes with the usual criteria, in the user's language. */
  if (KOERS_IS_MATURITY_PHASE (item))
    {
      GListModel *criteria = koers_maturity_phase_get_criteria (KOERS_MATURITY_PHASE (item));

      for (guint i = 0; default_criteria[key][i] != NULL; i++)
        {
          g_autoptr(KoersCriterion) criterion = koers_criterion_new ();

          koers_criterion_set_text (criterion, _(default_criteria[key][i]));
          g_list_store_append (G_LIST_STORE (criteria), criterion);
        }
    }

  return item;
}

/* Puts the items of a fixed list in their order, one per key, adding the
 * missing ones. */
static void
complete_fixed_list (KoersPlan            *self,
                     const KoersFixedList *fixed)
{
  GListStore *store = G_LIST_STORE (_koers_fixed_list_get_model (fixed, self));
  g_autoptr(GEnumClass) klass = g_type_class_ref (fixed->key_type ());
  guint n_keys = klass->n_values;
  g_autofree gpointer *slots = g_new0 (gpointer, n_keys);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  gboolean in_order = n == n_keys;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      int key = _koers_fixed_list_get_key (fixed, item, NULL);

      if (key < 0 || (guint) key >= n_keys || slots[key] != NULL)
        continue;
      slots[key] = g_object_ref (item);
      if ((guint) key != i)
        in_order = FALSE;
    }

  for (guint i = 0; i < n_keys; i++)
    if (slots[i] == NULL)
      {
        slots[i] = create_fixed_item (fixed, g_list_model_get_item_type (G_LIST_MODEL (store)), i);
        in_order = FALSE;
      }

  if (!in_order)
    g_list_store_splice (store, 0, n, slots, n_keys);

  for (guint i = 0; i < n_keys; i++)
    g_object_unref (slots[i]);
}

/*
 * _koers_plan_complete:
 *
 * Makes the fixed lists whole and ordered: seven tips, six DO's, five rose
 * parts, six phases. A loaded file may lack some; they are added, phases
 * with the usual criteria.
 */
void
_koers_plan_complete (KoersPlan *self)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  for (guint i = 0; i < G_N_ELEMENTS (fixed_lists); i++)
    complete_fixed_list (self, &fixed_lists[i]);
}

/* Starts tracking: from now on every change is reported. A loader fills a
 * plan first, without the cost of tracking each step, and attaches last. */
void
_koers_plan_attach (KoersPlan *self)
{
  g_return_if_fail (KOERS_IS_PLAN (self));
  g_return_if_fail (_koers_model_get_owner (G_OBJECT (self)) == NULL);

  attach_object (self, G_OBJECT (self));
}

/* Lookups -------------------------------------------------------------- */

static gpointer
find_by_string (GListModel *list,
                const char *property_value,
                const char *(*get) (gpointer item))
{
  guint n;

  if (property_value == NULL || *property_value == '\0')
    return NULL;

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (get (item), property_value) == 0)
        return item;  /* the list keeps it alive */
    }

  return NULL;
}

/**
 * koers_plan_find_channel:
 * @id: a channel id
 *
 * Returns: (transfer none) (nullable): the channel with @id
 */
KoersChannel *
koers_plan_find_channel (KoersPlan  *self,
                         const char *id)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return find_by_string (G_LIST_MODEL (self->channels), id,
                         (const char *(*) (gpointer)) koers_channel_get_id);
}

/**
 * koers_plan_find_role:
 * @id: a role id
 *
 * Returns: (transfer none) (nullable): the role with @id
 */
KoersRole *
koers_plan_find_role (KoersPlan  *self,
                      const char *id)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return find_by_string (G_LIST_MODEL (self->roles), id,
                         (const char *(*) (gpointer)) koers_role_get_id);
}

/**
 * koers_plan_get_rose_part:
 *
 * Returns: (transfer none): the rose part of @kind
 */
KoersRosePart *
koers_plan_get_rose_part (KoersPlan         *self,
                          KoersRosePartKind  kind)
{
  g_autoptr(KoersRosePart) part = NULL;

  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);
  g_return_val_if_fail (kind < KOERS_N_ROSE_PARTS, NULL);

  part = g_list_model_get_item (G_LIST_MODEL (self->rose_parts), kind);
  return part;
}

/**
 * koers_plan_get_tip:
 *
 * Returns: (transfer none): the checklist item of preparation tip @tip
 */
KoersChecklistItem *
koers_plan_get_tip (KoersPlan *self,
                    KoersTip   tip)
{
  g_autoptr(KoersChecklistItem) item = NULL;

  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);
  g_return_val_if_fail (tip < KOERS_N_TIPS, NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->tips), tip);
  return item;
}

/**
 * koers_plan_get_do:
 *
 * Returns: (transfer none): the checklist item of road map step @step
 */
KoersChecklistItem *
koers_plan_get_do (KoersPlan *self,
                   KoersDo    step)
{
  g_autoptr(KoersChecklistItem) item = NULL;

  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);
  g_return_val_if_fail (step < KOERS_N_DOS, NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->dos), step);
  return item;
}

/**
 * koers_plan_get_phase:
 *
 * Returns: (transfer none): the maturity phase @phase
 */
KoersMaturityPhase *
koers_plan_get_phase (KoersPlan  *self,
                      KoersPhase  phase)
{
  g_autoptr(KoersMaturityPhase) item = NULL;

  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);
  g_return_val_if_fail (phase < KOERS_N_PHASES, NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->phases), phase);
  return item;
}

/**
 * koers_plan_get_current_phase:
 *
 * The phase the organisation is in: the first phase whose criteria are not
 * all met. A phase without criteria is not met. When every phase is met,
 * the organisation is in the last one.
 *
 * Returns: the current maturity phase
 */
KoersPhase
koers_plan_get_current_phase (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), KOERS_PHASE_PLANNING);

  for (guint p = 0; p < KOERS_N_PHASES; p++)
    {
      GListModel *criteria = koers_maturity_phase_get_criteria (koers_plan_get_phase (self, p));
      guint n = g_list_model_get_n_items (criteria);
      gboolean met = n > 0;

      for (guint i = 0; met && i < n; i++)
        {
          g_autoptr(KoersCriterion) criterion = g_list_model_get_item (criteria, i);

          met = koers_criterion_get_done (criterion);
        }

      if (!met)
        return p;
    }

  return KOERS_PHASE_CONVERGED;
}

/**
 * koers_plan_make_id:
 * @list: a list of channels, roles or tasks
 * @name: what the new item is called
 *
 * Makes an identifier from @name (lower case ASCII letters, digits and
 * dashes) that no item of @list has yet.
 *
 * Returns: (transfer full): the new identifier
 */
char *
koers_plan_make_id (GListModel *list,
                    const char *name)
{
  g_autofree char *ascii = NULL;
  g_autoptr(GString) base = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (list), NULL);

  ascii = g_str_to_ascii (name ? name : "", "C");
  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (base, g_ascii_tolower (*p));
      else if (base->len > 0 && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
      if (base->len >= 32)
        break;
    }
  while (base->len > 0 && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  if (base->len == 0)
    g_string_append (base, "item");

  n = g_list_model_get_n_items (list);
  for (guint suffix = 1; ; suffix++)
    {
      g_autofree char *candidate = suffix == 1 ? g_strdup (base->str)
                                               : g_strdup_printf ("%s-%u", base->str, suffix);
      gboolean taken = FALSE;

      for (guint i = 0; i < n && !taken; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (list, i);
          g_autofree char *id = NULL;

          g_object_get (item, "id", &id, NULL);
          taken = g_strcmp0 (id, candidate) == 0;
        }

      if (!taken)
        return g_steal_pointer (&candidate);
    }
}
