/* koers-plan.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan: everything a .koers file holds.
 */
#define G_LOG_DOMAIN "koers-plan"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "koers-plan.h"
#include "koers-plan-private.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"
#include "koers-assessment.h"
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
  gboolean    phase_overridden;
  int         override_phase;
  char       *override_reason;
  GListStore *assessments;
  GListStore *entries;
  GListStore *roles;
  GListStore *tasks;
  gboolean    rasci;

  /* Undo, when a history is attached (koers-history.c) */
  const KoersPlanRecorder *recorder;
  gpointer                 recorder_data;
  guint                    frozen;

  /* Change signals: sections changed since the last emission */
  guint                    pending_sections;
  guint                    changed_source;
  guint                    change_depth;
  guint                    splicing;
  guint                    serials[KOERS_PLAN_N_SECTIONS];
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
  PROP_PHASE_OVERRIDDEN,
  PROP_OVERRIDE_PHASE,
  PROP_OVERRIDE_REASON,
  PROP_ASSESSMENTS,
  PROP_ENTRIES,
  PROP_ROLES,
  PROP_TASKS,
  PROP_RASCI,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  CHANGED,
  OBJECT_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];
static GQuark list_quark;
static GQuark container_quark;
static GQuark section_quarks[KOERS_PLAN_N_SECTIONS];
static guint field_sections[N_PROPS];
static gboolean is_fixed_list (KoersPlan  *self,
                               GListStore *store);

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
  { .name = "phase-overridden",
    .kind = KOERS_FIELD_BOOLEAN,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, phase_overridden),
    .section = "maturity" },
  { .name = "override-phase",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, override_phase),
    .get_type = koers_phase_get_type,
    .dflt = KOERS_PHASE_PLANNING,
    .section = "maturity" },
  { .name = "override-reason",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, override_reason),
    .section = "maturity" },
  { .name = "assessments",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, assessments),
    .get_type = koers_assessment_get_type,
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
  /* RASCI: the matrix also has S, Support */
  { .name = "rasci",
    .kind = KOERS_FIELD_BOOLEAN,
    .offset = KOERS_FIELD_MEMBER (KoersPlan, rasci),
    .dflt = FALSE,
    .section = "roles" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

/* Ownership tracking: every object reachable from the plan carries the plan
 * as its owner and the list that holds it, and every list of the plan knows
 * its owner object and its section. All changes of the plan's lists go
 * through splice_list() (the list API below and the undo history), which
 * attaches what comes in, detaches what goes out and reports both; so no list
 * needs a copy of its items. */

typedef struct
{
  KoersPlan *plan;
  GObject   *owner;    /* the object the list is a member of */
  guint      section;  /* a KoersPlanSection bit */
  gboolean   fixed;    /* one item per key: nothing is added or removed */
  GPtrArray *items;    /* (nullable) the items, borrowed, for walks without
                        * a reference per item; made at the first walk */
} ListInfo;

static void attach_object (KoersPlan  *self,
                           GObject    *object,
                           GListStore *container,
                           guint       section);
static void detach_object (KoersPlan *self,
                           GObject   *object);
static void mark_changed  (KoersPlan *self,
                           GObject   *object,
                           guint      section);

static void
list_info_free (ListInfo *info)
{
  g_clear_pointer (&info->items, g_ptr_array_unref);
  g_free (info);
}

static ListInfo *
list_info (GListModel *list)
{
  return g_object_get_qdata (G_OBJECT (list), list_quark);
}

/* A list of the plan must change only through the plan: a direct
 * g_list_store_*() call would leave its items untracked. */
static void
list_items_changed_cb (GListModel *list,
                       guint       position,
                       guint       removed,
                       guint       added,
                       KoersPlan  *self)
{
  if (self->splicing == 0)
    g_critical ("A list of the plan was changed directly; use koers_plan_insert() "
                "and its siblings");
}

static void
attach_list (KoersPlan  *self,
             GObject    *owner,
             GListStore *store,
             guint       section)
{
  ListInfo *info = g_new0 (ListInfo, 1);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  info->plan = self;
  info->owner = owner;
  info->section = section;
  info->fixed = owner == G_OBJECT (self) && is_fixed_list (self, store);
  /* The plan's own lists keep their items' array from the start, in step
   * with every splice (_koers_plan_peek_items): a walk after the first
   * big paste then needs no copy. */
  if (owner == G_OBJECT (self) && n == 0)
    info->items = g_ptr_array_new ();
  g_object_set_qdata_full (G_OBJECT (store), list_quark, info, (GDestroyNotify) list_info_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      attach_object (self, item, store, section);
    }

  /* Not g_signal_connect_object(): that adds a notifier on the plan per list,
   * and removing one of 300,000 is linear, so dispose was quadratic. */
  g_signal_connect (store, "items-changed", G_CALLBACK (list_items_changed_cb), self);
}

static void
detach_list (KoersPlan  *self,
             GListStore *store)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_signal_handlers_disconnect_by_func (store, list_items_changed_cb, self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      detach_object (self, item);
    }
  g_object_set_qdata (G_OBJECT (store), list_quark, NULL);
}

static void
attach_object (KoersPlan  *self,
               GObject    *object,
               GListStore *container,
               guint       section)
{
  const KoersClassInfo *info = _koers_model_class_info (G_OBJECT_TYPE (object));

  _koers_model_set_owner (object, self);
  g_object_set_qdata (object, container_quark, container);
  for (guint i = 0; info->lists[i] != NULL; i++)
    {
      guint list_section = section;

      /* The plan's own lists each belong to the section of their field. */
      if (object == G_OBJECT (self))
        list_section = field_sections[info->lists[i] - fields + 1];
      attach_list (self, object, _koers_model_get_list (object, info->lists[i]), list_section);
    }
}

static void
detach_object (KoersPlan *self,
               GObject   *object)
{
  const KoersField **lists = _koers_model_class_info (G_OBJECT_TYPE (object))->lists;

  for (guint i = 0; lists[i] != NULL; i++)
    detach_list (self, _koers_model_get_list (object, lists[i]));
  g_object_set_qdata (object, container_quark, NULL);
  _koers_model_set_owner (object, NULL);
}

/* Replaces @n_removals items of @store at @position by @additions: the one
 * place where a list of the plan changes. */
static void
splice_list (KoersPlan  *self,
             GListStore *store,
             guint       position,
             guint       n_removals,
             gpointer   *additions,
             guint       n_additions)
{
  ListInfo *info = list_info (G_LIST_MODEL (store));
  g_autoptr(GPtrArray) gone = g_ptr_array_new_full (n_removals, g_object_unref);

  g_assert (info != NULL && info->plan == self);
  g_assert (position + n_removals <= g_list_model_get_n_items (G_LIST_MODEL (store)));

  if (n_removals == 0 && n_additions == 0)
    return;

  for (guint i = 0; i < n_removals; i++)
    g_ptr_array_add (gone, g_list_model_get_item (G_LIST_MODEL (store), position + i));

  /* Items come in tracked, so a view that reacts to items-changed sees
   * items that already report to the plan. An item that is already in the
   * list (a move) stays attached. */
  for (guint i = 0; i < n_additions; i++)
    if (_koers_model_get_owner (additions[i]) == NULL)
      attach_object (self, additions[i], store, info->section);

  if (info->items != NULL)
    {
      GPtrArray *items = info->items;
      guint tail = items->len - position - n_removals;

      g_ptr_array_remove_range (items, position, n_removals);
      if (n_additions > 0)
        {
          g_ptr_array_set_size (items, items->len + n_additions);
          memmove (items->pdata + position + n_additions, items->pdata + position,
                   tail * sizeof (gpointer));
          memcpy (items->pdata + position, additions, n_additions * sizeof (gpointer));
        }
    }

  self->splicing++;
  g_list_store_splice (store, position, n_removals, additions, n_additions);
  self->splicing--;

  if (n_additions > 0 && gone->len > 0)
    {
      g_autoptr(GHashTable) back = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < n_additions; i++)
        g_hash_table_add (back, additions[i]);
      for (guint i = 0; i < gone->len; i++)
        if (!g_hash_table_contains (back, g_ptr_array_index (gone, i)))
          detach_object (self, g_ptr_array_index (gone, i));
    }
  else
    for (guint i = 0; i < gone->len; i++)
      detach_object (self, g_ptr_array_index (gone, i));

  if (self->recorder != NULL && self->frozen == 0)
    self->recorder->list_changed (self->recorder_data, store, position, gone, n_additions);

  mark_changed (self, info->owner, info->section);
}

void
_koers_plan_splice (KoersPlan  *self,
                    GListStore *store,
                    guint       position,
                    guint       n_removals,
                    gpointer   *additions,
                    guint       n_additions)
{
  g_return_if_fail (KOERS_IS_PLAN (self));
  g_return_if_fail (list_info (G_LIST_MODEL (store)) != NULL);

  splice_list (self, store, position, n_removals, additions, n_additions);
}

/* Change signals ------------------------------------------------------- */

static gboolean
emit_changed_cb (gpointer data)
{
  KoersPlan *self = data;

  self->changed_source = 0;
  koers_plan_flush_changes (self);
  return G_SOURCE_REMOVE;
}

static void
mark_changed (KoersPlan *self,
              GObject   *object,
              guint      section)
{
  g_signal_emit (self, signals[OBJECT_CHANGED], 0, object);

  self->serials[g_bit_nth_lsf (section, -1)]++;
  self->pending_sections |= section;
  /* Bursts (a drag, a batch, an undo step of many changes) become one
   * emission per section, before the next frame is laid out. */
  if (self->changed_source == 0 && self->change_depth == 0)
    self->changed_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 5, emit_changed_cb,
                                            self, NULL);
}

/**
 * koers_plan_flush_changes:
 * @self: a plan
 *
 * Emits #KoersPlan::changed now for every section that changed since the
 * last emission, instead of at the next main-loop iteration. For code that
 * runs without a main loop, and for tests.
 */
void
koers_plan_flush_changes (KoersPlan *self)
{
  guint pending;

  g_return_if_fail (KOERS_IS_PLAN (self));

  g_clear_handle_id (&self->changed_source, g_source_remove);
  pending = self->pending_sections;
  self->pending_sections = 0;

  g_object_ref (self);
  for (guint i = 0; i < KOERS_PLAN_N_SECTIONS; i++)
    if (pending & (1u << i))
      g_signal_emit (self, signals[CHANGED], section_quarks[i], (KoersPlanSection) (1u << i));
  g_object_unref (self);
}

/**
 * koers_plan_get_serial:
 * @self: a plan
 * @section: one #KoersPlanSection
 *
 * A number that changes with every change of @section, at once (not
 * coalesced): a cache of something computed from @section is valid while
 * the serial it was made with is the current one.
 *
 * Returns: the serial of @section
 */
guint
koers_plan_get_serial (KoersPlan        *self,
                       KoersPlanSection  section)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), 0);
  g_return_val_if_fail (section != 0 && (section & (section - 1)) == 0, 0);
  g_return_val_if_fail (g_bit_nth_lsf (section, -1) < KOERS_PLAN_N_SECTIONS, 0);

  return self->serials[g_bit_nth_lsf (section, -1)];
}

/**
 * koers_plan_begin_change:
 * @self: a plan
 *
 * Makes every change until the matching koers_plan_end_change() one step of
 * the undo history and one emission of #KoersPlan::changed per section,
 * such as adding a channel and setting its name, or shifting forty entries.
 * Calls nest.
 */
void
koers_plan_begin_change (KoersPlan *self)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  if (self->change_depth++ == 0 && self->recorder != NULL && self->recorder->begin_group)
    self->recorder->begin_group (self->recorder_data);
}

void
koers_plan_end_change (KoersPlan *self)
{
  g_return_if_fail (KOERS_IS_PLAN (self));
  g_return_if_fail (self->change_depth > 0);

  if (--self->change_depth > 0)
    return;
  if (self->recorder != NULL && self->recorder->end_group)
    self->recorder->end_group (self->recorder_data);
  if (self->pending_sections != 0 && self->changed_source == 0)
    self->changed_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 5, emit_changed_cb,
                                            self, NULL);
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
_koers_plan_object_changed (KoersPlan  *self,
                            GObject    *object,
                            GParamSpec *pspec)
{
  guint section;

  g_assert (KOERS_IS_PLAN (self));

  if (object == G_OBJECT (self))
    section = field_sections[pspec->param_id];
  else
    {
      GListStore *container = g_object_get_qdata (object, container_quark);
      ListInfo *info = container != NULL ? list_info (G_LIST_MODEL (container)) : NULL;

      g_assert (info != NULL);
      section = info->section;
    }
  mark_changed (self, object, section);
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
  g_clear_handle_id (&self->changed_source, g_source_remove);

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
   * @plan: the plan
   * @section: the #KoersPlanSection that changed
   *
   * Emitted after a change to the plan or to anything it holds (a property
   * of an item, items added to or removed from a list), once per section
   * that changed, with the section's nick as the detail
   * (`changed::calendar`). Changes are collected and emitted together at
   * the next main-loop iteration (or by koers_plan_flush_changes()), so a
   * burst of changes costs a listener one update.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, KOERS_TYPE_PLAN_SECTION);

  /**
   * KoersPlan::object-changed:
   * @plan: the plan
   * @object: the object whose property or list changed
   *
   * Emitted at once, for every change: @object is the plan or an item of
   * it, whose own property changed or one of whose lists gained or lost
   * items. Also during undo and redo. For caches kept per object.
   */
  signals[OBJECT_CHANGED] = g_signal_new ("object-changed",
                                          G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_OBJECT);

  list_quark = g_quark_from_static_string ("koers-plan-list");
  container_quark = g_quark_from_static_string ("koers-plan-container");
  {
    g_autoptr(GFlagsClass) sections = g_type_class_ref (KOERS_TYPE_PLAN_SECTION);

    for (guint i = 0; i < KOERS_PLAN_N_SECTIONS; i++)
      section_quarks[i] = g_quark_from_static_string (g_flags_get_first_value (sections, 1u << i)->value_nick);
    for (guint i = 1; i < N_PROPS; i++)
      {
        GFlagsValue *value = g_flags_get_value_by_nick (sections, fields[i - 1].section);

        g_assert (value != NULL);
        field_sections[i] = value->value;
      }
  }
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

gboolean
koers_plan_get_rasci (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), FALSE);

  return self->rasci;
}

void
koers_plan_set_rasci (KoersPlan *self,
                      gboolean   rasci)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_boolean (self, properties[PROP_RASCI], !!rasci);
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

static gboolean
is_fixed_list (KoersPlan  *self,
               GListStore *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixed_lists); i++)
    if (G_STRUCT_MEMBER (GListStore *, self, fixed_lists[i].offset) == store)
      return TRUE;
  return FALSE;
}

/* Starts tracking: from now on every change is reported. A loader fills a
 * plan first, without the cost of tracking each step, and attaches last. */
void
_koers_plan_attach (KoersPlan *self)
{
  g_return_if_fail (KOERS_IS_PLAN (self));
  g_return_if_fail (_koers_model_get_owner (G_OBJECT (self)) == NULL);

  attach_object (self, G_OBJECT (self), NULL, KOERS_PLAN_SECTION_PLAN);
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
 * koers_plan_get_derived_phase:
 *
 * The phase the criteria say the organisation is in: the highest phase
 * that, with every phase below it, has at least two thirds of its criteria
 * met (koers_phase_share_is_reached()). Every organisation starts in
 * Planning, so that is the phase when not even Planning is reached.
 *
 * Returns: the derived maturity phase
 */
KoersPhase
koers_plan_get_derived_phase (KoersPlan *self)
{
  KoersPhase reached = KOERS_PHASE_PLANNING;

  g_return_val_if_fail (KOERS_IS_PLAN (self), KOERS_PHASE_PLANNING);

  for (guint p = 0; p < KOERS_N_PHASES; p++)
    {
      if (!koers_maturity_phase_is_reached (koers_plan_get_phase (self, p)))
        break;
      reached = p;
    }
  return reached;
}

/**
 * koers_plan_get_current_phase:
 *
 * The phase the organisation is in: the one set by hand when
 * #KoersPlan:phase-overridden is set, else koers_plan_get_derived_phase().
 *
 * Returns: the current maturity phase
 */
KoersPhase
koers_plan_get_current_phase (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), KOERS_PHASE_PLANNING);

  if (self->phase_overridden)
    return (KoersPhase) self->override_phase;
  return koers_plan_get_derived_phase (self);
}

gboolean
koers_plan_get_phase_overridden (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), FALSE);

  return self->phase_overridden;
}

void
koers_plan_set_phase_overridden (KoersPlan *self,
                                 gboolean   phase_overridden)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_boolean (self, properties[PROP_PHASE_OVERRIDDEN], phase_overridden);
}

/**
 * koers_plan_get_override_phase:
 *
 * Returns: the phase set by hand; it counts only when
 *   #KoersPlan:phase-overridden is set
 */
KoersPhase
koers_plan_get_override_phase (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), KOERS_PHASE_PLANNING);

  return (KoersPhase) self->override_phase;
}

void
koers_plan_set_override_phase (KoersPlan  *self,
                               KoersPhase  phase)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_int (self, properties[PROP_OVERRIDE_PHASE], phase);
}

const char *
koers_plan_get_override_reason (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return self->override_reason;
}

void
koers_plan_set_override_reason (KoersPlan  *self,
                                const char *reason)
{
  g_return_if_fail (KOERS_IS_PLAN (self));

  _koers_model_set_string (self, properties[PROP_OVERRIDE_REASON], reason);
}

/**
 * koers_plan_get_assessments:
 *
 * Returns: (transfer none): the #KoersAssessment history, oldest first
 */
GListModel *
koers_plan_get_assessments (KoersPlan *self)
{
  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->assessments);
}

/**
 * koers_plan_get_previous_assessment:
 *
 * Returns: (transfer none) (nullable): the assessment with the latest
 *   date (the last of them, when several share it), or %NULL
 */
KoersAssessment *
koers_plan_get_previous_assessment (KoersPlan *self)
{
  GListModel *list;
  KoersAssessment *latest = NULL;

  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);

  list = G_LIST_MODEL (self->assessments);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KoersAssessment) item = g_list_model_get_item (list, i);
      const GDate *date = koers_assessment_get_date (item);

      if (date == NULL)
        continue;
      if (latest == NULL || g_date_compare (date, koers_assessment_get_date (latest)) >= 0)
        latest = item;
    }
  return latest;
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

/* The list API ---------------------------------------------------------- */

static GPtrArray *
list_items (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);
  GPtrArray *items = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_ptr_array_add (items, item);
    }
  return items;
}

/**
 * _koers_plan_peek_items:
 * @list: a list of a plan, or of a plan that a loader or a worker thread
 *   still fills (not attached: it only changes by the code that fills it)
 * @n_items: (out): the number of items
 *
 * The items of @list without a reference each, for walks over the whole
 * calendar (the plan check, the 80/20 mix): on a 50,000-entry list,
 * g_list_model_get_item() and the unref cost more than the work itself.
 * Valid until @list changes.
 *
 * Returns: (transfer none) (array length=n_items): the items
 */
gpointer *
_koers_plan_peek_items (GListModel *list,
                        guint      *n_items)
{
  ListInfo *info = list_info (list);
  GPtrArray *items;

  if (info != NULL)
    {
      if (info->items == NULL)
        info->items = list_items (list);
      items = info->items;
    }
  else
    {
      /* Only appended to while unattached: the count tells a stale copy. */
      items = g_object_get_data (G_OBJECT (list), "koers-plan-items");
      if (items == NULL || items->len != g_list_model_get_n_items (list))
        {
          items = list_items (list);
          g_object_set_data_full (G_OBJECT (list), "koers-plan-items", items,
                                  (GDestroyNotify) g_ptr_array_unref);
        }
    }

  g_assert (items->len == g_list_model_get_n_items (list));
  *n_items = items->len;
  return items->pdata;
}

/* Checks that @list is a list of @self that takes items of its own. */
static gboolean
check_list (KoersPlan  *self,
            GListModel *list)
{
  ListInfo *info;

  g_return_val_if_fail (G_IS_LIST_STORE (list), FALSE);
  info = list_info (list);
  g_return_val_if_fail (info != NULL && info->plan == self, FALSE);
  g_return_val_if_fail (!info->fixed, FALSE);
  return TRUE;
}

static gboolean
check_new_items (GListModel *list,
                 gpointer   *items,
                 guint       n_items)
{
  GType type = g_list_model_get_item_type (list);
  g_autoptr(GHashTable) seen = n_items > 1 ? g_hash_table_new (NULL, NULL) : NULL;

  for (guint i = 0; i < n_items; i++)
    {
      g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (items[i], type), FALSE);
      g_return_val_if_fail (_koers_model_get_owner (items[i]) == NULL, FALSE);
      /* The same item twice */
      g_return_val_if_fail (seen == NULL || g_hash_table_add (seen, items[i]), FALSE);
    }
  return TRUE;
}

/**
 * koers_plan_insert_many:
 * @self: a plan
 * @list: one of the plan's lists, such as koers_plan_get_entries()
 * @position: where the items go, at most the number of items of @list
 * @items: (array length=n_items): new items of @list's item type, not in a plan
 * @n_items: the number of @items
 *
 * Inserts @items into @list as one change: one step of the undo history
 * and one #KoersPlan::changed emission. The lists of fixed items (tips,
 * DO's, rose parts, phases) take no new items.
 */
void
koers_plan_insert_many (KoersPlan  *self,
                        GListModel *list,
                        guint       position,
                        gpointer   *items,
                        guint       n_items)
{
  g_return_if_fail (KOERS_IS_PLAN (self));
  g_return_if_fail (n_items == 0 || items != NULL);

  if (!check_list (self, list) || !check_new_items (list, items, n_items))
    return;
  g_return_if_fail (position <= g_list_model_get_n_items (list));

  koers_plan_begin_change (self);
  splice_list (self, G_LIST_STORE (list), position, 0, items, n_items);
  koers_plan_end_change (self);
}

/**
 * koers_plan_insert:
 * @self: a plan
 * @list: one of the plan's lists
 * @position: where @item goes
 * @item: a new item of @list's item type
 *
 * Inserts @item into @list (see koers_plan_insert_many()).
 */
void
koers_plan_insert (KoersPlan  *self,
                   GListModel *list,
                   guint       position,
                   gpointer    item)
{
  koers_plan_insert_many (self, list, position, &item, 1);
}

/**
 * koers_plan_append:
 * @self: a plan
 * @list: one of the plan's lists
 * @item: a new item of @list's item type
 *
 * Adds @item at the end of @list.
 */
void
koers_plan_append (KoersPlan  *self,
                   GListModel *list,
                   gpointer    item)
{
  g_return_if_fail (G_IS_LIST_MODEL (list));

  koers_plan_insert_many (self, list, g_list_model_get_n_items (list), &item, 1);
}

/**
 * koers_plan_append_many:
 * @self: a plan
 * @list: one of the plan's lists
 * @items: (array length=n_items): new items
 * @n_items: the number of @items
 *
 * Adds @items at the end of @list, as one change.
 */
void
koers_plan_append_many (KoersPlan  *self,
                        GListModel *list,
                        gpointer   *items,
                        guint       n_items)
{
  g_return_if_fail (G_IS_LIST_MODEL (list));

  koers_plan_insert_many (self, list, g_list_model_get_n_items (list), items, n_items);
}

/**
 * koers_plan_of:
 * @item: an object of a plan (an item or a plan)
 *
 * Returns: (transfer none) (nullable): the plan that holds @item, or %NULL
 */
KoersPlan *
koers_plan_of (gpointer item)
{
  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  return _koers_model_get_owner (item);
}

/**
 * koers_plan_get_list_of:
 * @self: a plan
 * @item: an item of the plan
 * @position: (out) (optional): where @item is in its list
 *
 * Finds the list that holds @item.
 *
 * Returns: (transfer none) (nullable): the list, or %NULL when @item is not
 *   in @self
 */
GListModel *
koers_plan_get_list_of (KoersPlan *self,
                        gpointer   item,
                        guint     *position)
{
  GListStore *container;

  g_return_val_if_fail (KOERS_IS_PLAN (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  if (_koers_model_get_owner (item) != self)
    return NULL;
  container = g_object_get_qdata (item, container_quark);
  if (container == NULL)
    return NULL;
  if (position != NULL && !g_list_store_find (container, item, position))
    g_return_val_if_reached (NULL);
  return G_LIST_MODEL (container);
}

/* Removes the runs of @items from @store, last run first, so positions of
 * the runs still to go stay valid; one scan of the list. */
static guint
remove_from_list (KoersPlan  *self,
                  GListStore *store,
                  GHashTable *items)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  guint removed = 0;

  for (guint i = 0; i < n; )
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      guint run[2];

      if (!g_hash_table_contains (items, item))
        {
          i++;
          continue;
        }
      run[0] = i++;
      while (i < n)
        {
          g_autoptr(GObject) next = g_list_model_get_item (G_LIST_MODEL (store), i);

          if (!g_hash_table_contains (items, next))
            break;
          i++;
        }
      run[1] = i - run[0];
      g_array_append_vals (runs, run, 1);
    }

  for (guint r = runs->len; r > 0; r--)
    {
      guint *run = &g_array_index (runs, guint, (r - 1) * 2);

      splice_list (self, store, run[0], run[1], NULL, 0);
      removed += run[1];
    }
  return removed;
}

/**
 * koers_plan_remove_many:
 * @self: a plan
 * @items: (array length=n_items): items of the plan, from any lists
 * @n_items: the number of @items
 *
 * Removes @items from the lists that hold them, as one change: one step of
 * the undo history and one #KoersPlan::changed emission per section. Items
 * of the fixed lists stay. Time is linear in the size of the lists involved.
 *
 * Returns: the number of items removed
 */
guint
koers_plan_remove_many (KoersPlan *self,
                        gpointer  *items,
                        guint      n_items)
{
  g_autoptr(GHashTable) by_list = NULL;
  GHashTableIter iter;
  gpointer store, set;
  guint removed = 0;

  g_return_val_if_fail (KOERS_IS_PLAN (self), 0);
  g_return_val_if_fail (n_items == 0 || items != NULL, 0);

  by_list = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  for (guint i = 0; i < n_items; i++)
    {
      GListModel *list = koers_plan_get_list_of (self, items[i], NULL);
      GHashTable *in_list;

      g_return_val_if_fail (list != NULL, 0);
      if (list_info (list)->fixed)
        {
          g_critical ("%s: %s is one of the plan's fixed items", G_STRFUNC,
                      G_OBJECT_TYPE_NAME (items[i]));
          continue;
        }
      in_list = g_hash_table_lookup (by_list, list);
      if (in_list == NULL)
        {
          in_list = g_hash_table_new (NULL, NULL);
          g_hash_table_insert (by_list, list, in_list);
        }
      g_hash_table_add (in_list, items[i]);
    }

  koers_plan_begin_change (self);
  g_hash_table_iter_init (&iter, by_list);
  while (g_hash_table_iter_next (&iter, &store, &set))
    removed += remove_from_list (self, store, set);
  koers_plan_end_change (self);

  return removed;
}

/**
 * koers_plan_remove:
 * @self: a plan
 * @item: an item of the plan
 *
 * Removes @item from the list that holds it (see koers_plan_remove_many()).
 *
 * Returns: whether @item was removed
 */
gboolean
koers_plan_remove (KoersPlan *self,
                   gpointer   item)
{
  GListModel *list;
  guint position;

  g_return_val_if_fail (KOERS_IS_PLAN (self), FALSE);

  list = koers_plan_get_list_of (self, item, &position);
  g_return_val_if_fail (list != NULL, FALSE);
  if (!check_list (self, list))
    return FALSE;

  koers_plan_begin_change (self);
  splice_list (self, G_LIST_STORE (list), position, 1, NULL, 0);
  koers_plan_end_change (self);
  return TRUE;
}

/**
 * koers_plan_move:
 * @self: a plan
 * @item: an item of the plan
 * @position: its new position in its list, counted without @item
 *
 * Moves @item within its list, as one change. Fixed lists can be reordered
 * neither.
 */
void
koers_plan_move (KoersPlan *self,
                 gpointer   item,
                 guint      position)
{
  GListModel *list;
  guint from;

  g_return_if_fail (KOERS_IS_PLAN (self));

  list = koers_plan_get_list_of (self, item, &from);
  g_return_if_fail (list != NULL);
  if (!check_list (self, list))
    return;
  g_return_if_fail (position < g_list_model_get_n_items (list));

  if (position == from)
    return;

  g_object_ref (item);
  koers_plan_begin_change (self);
  if (position < from)
    {
      /* One splice over the range keeps the item attached throughout. */
      guint n = from - position + 1;
      g_autofree gpointer *range = g_new (gpointer, n);

      range[0] = item;
      for (guint i = 1; i < n; i++)
        range[i] = g_list_model_get_item (list, position + i - 1);
      splice_list (self, G_LIST_STORE (list), position, n, range, n);
      for (guint i = 1; i < n; i++)
        g_object_unref (range[i]);
    }
  else
    {
      guint n = position - from + 1;
      g_autofree gpointer *range = g_new (gpointer, n);

      for (guint i = 0; i < n - 1; i++)
        range[i] = g_list_model_get_item (list, from + 1 + i);
      range[n - 1] = item;
      splice_list (self, G_LIST_STORE (list), from, n, range, n);
      for (guint i = 0; i < n - 1; i++)
        g_object_unref (range[i]);
    }
  koers_plan_end_change (self);
  g_object_unref (item);
}
