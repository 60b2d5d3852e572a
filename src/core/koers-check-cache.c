/* koers-check-cache.c: the plan check for a window, incremental and off the main loop
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * koers_check_plan_async() gives what koers_check_plan() gives, but reruns a
 * group of checks (koers-check.c) only when a section it reads has changed
 * since its last run, and runs the heavy groups (those that walk every
 * calendar entry) in a thread. The thread never sees the window's objects:
 * on the main loop the plan's channels, roles and tasks are copied into new
 * objects nothing else knows, and the entries into plain values (a copy of
 * 50,000 entries takes a few milliseconds); the thread builds a plan of its
 * own from them, unattached (as a loader does before attach: no tracking,
 * no signals), and runs the unchanged checks on it.
 */
#define G_LOG_DOMAIN "koers-check"

#include "config.h"

#include <string.h>

#include "koers-check-private.h"
#include "koers-plan-private.h"
#include "koers-calendar-entry.h"
#include "koers-channel.h"
#include "koers-raci-cell.h"
#include "koers-role.h"
#include "koers-task.h"

typedef struct
{
  guint      serials[KOERS_PLAN_N_SECTIONS]; /* when it ran */
  GPtrArray *findings;                       /* NULL: never ran */
  guint      runs;
} GroupCache;

typedef struct
{
  guint       n_groups;
  GroupCache *groups;
} CheckCache;

static void
check_cache_free (CheckCache *cache)
{
  for (guint i = 0; i < cache->n_groups; i++)
    g_clear_pointer (&cache->groups[i].findings, g_ptr_array_unref);
  g_free (cache->groups);
  g_free (cache);
}

static CheckCache *
get_cache (KoersPlan *plan)
{
  CheckCache *cache = g_object_get_data (G_OBJECT (plan), "koers-check-cache");

  if (cache == NULL)
    {
      cache = g_new0 (CheckCache, 1);
      _koers_check_get_groups (&cache->n_groups);
      cache->groups = g_new0 (GroupCache, cache->n_groups);
      g_object_set_data_full (G_OBJECT (plan), "koers-check-cache", cache,
                              (GDestroyNotify) check_cache_free);
    }
  return cache;
}

static void
get_serials (KoersPlan *plan,
             guint     *serials)
{
  for (guint s = 0; s < KOERS_PLAN_N_SECTIONS; s++)
    serials[s] = koers_plan_get_serial (plan, 1u << s);
}

static gboolean
group_is_current (const KoersCheckGroup *group,
                  const GroupCache      *cached,
                  const guint           *serials)
{
  if (cached->findings == NULL)
    return FALSE;
  for (guint s = 0; s < KOERS_PLAN_N_SECTIONS; s++)
    if ((group->sections & (1u << s)) != 0 && cached->serials[s] != serials[s])
      return FALSE;
  return TRUE;
}

static gboolean
is_older (const KoersCheckGroup *group,
          const guint           *serials,
          const GroupCache      *cached)
{
  if (cached->findings == NULL)
    return FALSE;
  for (guint s = 0; s < KOERS_PLAN_N_SECTIONS; s++)
    if ((group->sections & (1u << s)) != 0 && serials[s] < cached->serials[s])
      return TRUE;
  return FALSE;
}

static GPtrArray *
new_findings (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) koers_finding_free);
}

static void
store_group (CheckCache  *cache,
             guint        index,
             const guint *serials,
             GPtrArray   *findings)
{
  GroupCache *cached = &cache->groups[index];

  memcpy (cached->serials, serials, sizeof cached->serials);
  g_clear_pointer (&cached->findings, g_ptr_array_unref);
  cached->findings = g_ptr_array_ref (findings);
  cached->runs++;
}

guint
_koers_check_get_runs (KoersPlan  *plan,
                       const char *name)
{
  guint n_groups;
  const KoersCheckGroup *groups = _koers_check_get_groups (&n_groups);
  CheckCache *cache = get_cache (plan);

  for (guint i = 0; i < n_groups; i++)
    if (g_str_equal (groups[i].name, name))
      return cache->groups[i].runs;
  g_return_val_if_reached (0);
}

/* The copy for the thread ------------------------------------------------ */

/* What the checks read of an entry. */
typedef struct
{
  GDate        date;
  GDate        recurrence_end;
  const char  *channel;  /* in the snapshot's strings */
  const char  *owner;
  int          time;
  guint8       kind;
  guint8       status;
  guint8       rose_part;
  guint8       recurrence;
  guint8       has_date : 1;
  guint8       has_end : 1;
} EntryValues;

typedef struct
{
  guint         serials[KOERS_PLAN_N_SECTIONS];
  guint         groups;         /* bit i: group i runs in the thread */
  GDate        *period_start;
  GDate        *period_end;
  GPtrArray    *channels;       /* new KoersChannel, only the thread touches them */
  GPtrArray    *roles;          /* new KoersRole */
  GPtrArray    *tasks;          /* new KoersTask */
  GPtrArray    *cells;          /* per task: a GPtrArray of new KoersRaciCell */
  GArray       *entries;        /* EntryValues */
  GStringChunk *strings;
} Snapshot;

static void
snapshot_free (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->period_start, g_date_free);
  g_clear_pointer (&snapshot->period_end, g_date_free);
  g_clear_pointer (&snapshot->channels, g_ptr_array_unref);
  g_clear_pointer (&snapshot->roles, g_ptr_array_unref);
  g_clear_pointer (&snapshot->tasks, g_ptr_array_unref);
  g_clear_pointer (&snapshot->cells, g_ptr_array_unref);
  g_clear_pointer (&snapshot->entries, g_array_unref);
  g_clear_pointer (&snapshot->strings, g_string_chunk_free);
  g_free (snapshot);
}

/* Entries share few channels and owners: one copy of each, found by
 * comparing with the last few before looking it up. */
typedef struct
{
  GStringChunk *chunk;
  const char   *recent[4];
  guint         next;
} StringCopies;

static const char *
copy_string (StringCopies *copies,
             const char   *text)
{
  const char *copy;

  for (guint i = 0; i < G_N_ELEMENTS (copies->recent); i++)
    if (copies->recent[i] != NULL && strcmp (copies->recent[i], text) == 0)
      return copies->recent[i];
  copy = g_string_chunk_insert_const (copies->chunk, text);
  copies->recent[copies->next++ % G_N_ELEMENTS (copies->recent)] = copy;
  return copy;
}

static Snapshot *
snapshot_new (KoersPlan *plan)
{
  Snapshot *snapshot = g_new0 (Snapshot, 1);
  GListModel *list;
  KoersCalendarEntry **items;
  guint n;
  StringCopies copies = { NULL, };

  get_serials (plan, snapshot->serials);
  if (koers_plan_get_period_start (plan) != NULL)
    snapshot->period_start = g_date_copy (koers_plan_get_period_start (plan));
  if (koers_plan_get_period_end (plan) != NULL)
    snapshot->period_end = g_date_copy (koers_plan_get_period_end (plan));

  list = koers_plan_get_channels (plan);
  n = g_list_model_get_n_items (list);
  snapshot->channels = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersChannel) channel = g_list_model_get_item (list, i);
      KoersChannel *copy = koers_channel_new ();

      koers_channel_set_id (copy, koers_channel_get_id (channel));
      koers_channel_set_name (copy, koers_channel_get_name (channel));
      koers_channel_set_url (copy, koers_channel_get_url (channel));
      koers_channel_set_posts_per_week (copy, koers_channel_get_posts_per_week (channel));
      koers_channel_set_active (copy, koers_channel_get_active (channel));
      g_ptr_array_add (snapshot->channels, copy);
    }

  list = koers_plan_get_roles (plan);
  n = g_list_model_get_n_items (list);
  snapshot->roles = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersRole) role = g_list_model_get_item (list, i);
      KoersRole *copy = koers_role_new ();

      koers_role_set_id (copy, koers_role_get_id (role));
      koers_role_set_name (copy, koers_role_get_name (role));
      koers_role_set_person (copy, koers_role_get_person (role));
      koers_role_set_hours_per_week (copy, koers_role_get_hours_per_week (role));
      g_ptr_array_add (snapshot->roles, copy);
    }

  list = koers_plan_get_tasks (plan);
  n = g_list_model_get_n_items (list);
  snapshot->tasks = g_ptr_array_new_full (n, g_object_unref);
  snapshot->cells = g_ptr_array_new_full (n, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersTask) task = g_list_model_get_item (list, i);
      KoersTask *copy = koers_task_new ();
      GListModel *raci = koers_task_get_raci (task);
      guint n_cells = g_list_model_get_n_items (raci);
      GPtrArray *cells = g_ptr_array_new_full (n_cells, g_object_unref);

      koers_task_set_id (copy, koers_task_get_id (task));
      koers_task_set_name (copy, koers_task_get_name (task));
      koers_task_set_hours_per_week (copy, koers_task_get_hours_per_week (task));
      for (guint c = 0; c < n_cells; c++)
        {
          g_autoptr(KoersRaciCell) cell = g_list_model_get_item (raci, c);
          KoersRaciCell *cell_copy = koers_raci_cell_new ();

          koers_raci_cell_set_role (cell_copy, koers_raci_cell_get_role (cell));
          koers_raci_cell_set_letter (cell_copy, koers_raci_cell_get_letter (cell));
          g_ptr_array_add (cells, cell_copy);
        }
      g_ptr_array_add (snapshot->tasks, copy);
      g_ptr_array_add (snapshot->cells, cells);
    }

  items = (KoersCalendarEntry **) _koers_plan_peek_items (koers_plan_get_entries (plan), &n);
  snapshot->entries = g_array_sized_new (FALSE, FALSE, sizeof (EntryValues), n);
  snapshot->strings = copies.chunk = g_string_chunk_new (256);
  for (guint i = 0; i < n; i++)
    {
      KoersCalendarEntry *entry = items[i];
      const GDate *date = koers_calendar_entry_get_date (entry);
      const GDate *end = koers_calendar_entry_get_recurrence_end (entry);
      EntryValues values = {
        .channel = copy_string (&copies, koers_calendar_entry_get_channel (entry)),
        .owner = copy_string (&copies, koers_calendar_entry_get_owner (entry)),
        .time = koers_calendar_entry_get_time (entry),
        .kind = koers_calendar_entry_get_kind (entry),
        .status = koers_calendar_entry_get_status (entry),
        .rose_part = koers_calendar_entry_get_rose_part (entry),
        .recurrence = koers_calendar_entry_get_recurrence (entry),
        .has_date = date != NULL,
        .has_end = end != NULL,
      };

      if (date != NULL)
        values.date = *date;
      if (end != NULL)
        values.recurrence_end = *end;
      g_array_append_val (snapshot->entries, values);
    }

  return snapshot;
}

static void
store_all (GListModel *model,
           GPtrArray  *items)
{
  g_list_store_splice (G_LIST_STORE (model), 0, 0, items->pdata, items->len);
}

/* In the thread: a plan of the thread's own, never attached. */
static KoersPlan *
snapshot_to_plan (Snapshot *snapshot)
{
  KoersPlan *plan = g_object_new (KOERS_TYPE_PLAN, NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_full (snapshot->entries->len, g_object_unref);

  koers_plan_set_period_start (plan, snapshot->period_start);
  koers_plan_set_period_end (plan, snapshot->period_end);
  store_all (koers_plan_get_channels (plan), snapshot->channels);
  store_all (koers_plan_get_roles (plan), snapshot->roles);
  for (guint i = 0; i < snapshot->tasks->len; i++)
    store_all (koers_task_get_raci (g_ptr_array_index (snapshot->tasks, i)),
               g_ptr_array_index (snapshot->cells, i));
  store_all (koers_plan_get_tasks (plan), snapshot->tasks);

  for (guint i = 0; i < snapshot->entries->len; i++)
    {
      const EntryValues *values = &g_array_index (snapshot->entries, EntryValues, i);
      KoersCalendarEntry *entry = koers_calendar_entry_new ();

      koers_calendar_entry_set_date (entry, values->has_date ? &values->date : NULL);
      koers_calendar_entry_set_time (entry, values->time);
      koers_calendar_entry_set_channel (entry, values->channel);
      koers_calendar_entry_set_owner (entry, values->owner);
      koers_calendar_entry_set_kind (entry, values->kind);
      koers_calendar_entry_set_status (entry, values->status);
      koers_calendar_entry_set_rose_part (entry, values->rose_part);
      koers_calendar_entry_set_recurrence (entry, values->recurrence);
      koers_calendar_entry_set_recurrence_end (entry,
                                               values->has_end ? &values->recurrence_end : NULL);
      g_ptr_array_add (entries, entry);
    }
  store_all (koers_plan_get_entries (plan), entries);

  return plan;
}

static void
unref_findings (GPtrArray *findings)
{
  if (findings != NULL)
    g_ptr_array_unref (findings);
}

/* A GPtrArray per group, NULL for the groups that did not run here. */
static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Snapshot *snapshot = task_data;
  guint n_groups;
  const KoersCheckGroup *groups = _koers_check_get_groups (&n_groups);
  g_autoptr(KoersPlan) plan = NULL;
  GPtrArray *results = g_ptr_array_new_full (n_groups, (GDestroyNotify) unref_findings);

  if (!g_task_return_error_if_cancelled (task))
    {
      plan = snapshot_to_plan (snapshot);
      for (guint i = 0; i < n_groups; i++)
        {
          GPtrArray *findings = NULL;

          if ((snapshot->groups & (1u << i)) != 0 && !g_cancellable_is_cancelled (cancellable))
            {
              findings = new_findings ();
              groups[i].run (plan, findings);
            }
          g_ptr_array_add (results, findings);
        }
      g_task_return_pointer (task, g_steal_pointer (&results),
                             (GDestroyNotify) g_ptr_array_unref);
    }
  g_clear_pointer (&results, g_ptr_array_unref);
}

/* The public side ------------------------------------------------------- */

static GPtrArray *
collect (KoersPlan *plan)
{
  guint n_groups;
  CheckCache *cache = get_cache (plan);
  GPtrArray *findings = new_findings ();

  _koers_check_get_groups (&n_groups);
  for (guint i = 0; i < n_groups; i++)
    {
      GPtrArray *group = cache->groups[i].findings;

      for (guint f = 0; group != NULL && f < group->len; f++)
        g_ptr_array_add (findings, koers_finding_copy (g_ptr_array_index (group, f)));
    }
  _koers_check_sort (findings);
  return findings;
}

static void
thread_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  KoersPlan *plan = KOERS_PLAN (object);
  g_autoptr(GTask) task = user_data;
  Snapshot *snapshot = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = g_task_propagate_pointer (G_TASK (result), &error);
  guint n_groups;
  const KoersCheckGroup *groups = _koers_check_get_groups (&n_groups);
  CheckCache *cache;

  if (results == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  cache = get_cache (plan);
  for (guint i = 0; i < results->len; i++)
    {
      GPtrArray *findings = g_ptr_array_index (results, i);

      /* A run from an older copy that ends after a newer one is not kept. */
      if (findings != NULL && !is_older (&groups[i], snapshot->serials, &cache->groups[i]))
        store_group (cache, i, snapshot->serials, findings);
    }
  g_task_return_pointer (task, collect (plan), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * koers_check_plan_async:
 * @plan: a plan
 * @cancellable: (nullable): to stop waiting for the result
 * @callback: called on this thread's main context with the result
 *
 * Checks @plan as koers_check_plan() does, for a view that checks again
 * after every change: a group of checks runs again only when a section of
 * the plan it reads changed since it last ran, and the groups that walk the
 * calendar run in a thread on a copy of what they read, taken now. The
 * result describes the plan as it was at this call.
 */
void
koers_check_plan_async (KoersPlan           *plan,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  guint serials[KOERS_PLAN_N_SECTIONS];
  guint n_groups;
  const KoersCheckGroup *groups = _koers_check_get_groups (&n_groups);
  CheckCache *cache;
  guint heavy = 0;

  g_return_if_fail (KOERS_IS_PLAN (plan));

  task = g_task_new (plan, cancellable, callback, user_data);
  g_task_set_source_tag (task, koers_check_plan_async);
  cache = get_cache (plan);
  get_serials (plan, serials);

  for (guint i = 0; i < n_groups; i++)
    {
      if (group_is_current (&groups[i], &cache->groups[i], serials))
        continue;
      if (groups[i].heavy)
        heavy |= 1u << i;
      else
        {
          g_autoptr(GPtrArray) findings = new_findings ();

          groups[i].run (plan, findings);
          store_group (cache, i, serials, findings);
        }
    }

  if (heavy == 0)
    g_task_return_pointer (task, collect (plan), (GDestroyNotify) g_ptr_array_unref);
  else
    {
      Snapshot *snapshot = snapshot_new (plan);
      g_autoptr(GTask) thread = g_task_new (plan, cancellable, thread_done_cb,
                                            g_steal_pointer (&task));

      snapshot->groups = heavy;
      g_task_set_task_data (thread, snapshot, (GDestroyNotify) snapshot_free);
      g_task_run_in_thread (thread, check_thread);
    }
}

/**
 * koers_check_plan_finish:
 *
 * Returns: (transfer full) (element-type KoersFinding): the findings, as
 *   koers_check_plan() gives them; %NULL with @error when cancelled
 */
GPtrArray *
koers_check_plan_finish (KoersPlan     *plan,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, plan), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
