/* koers-check-cache.c: the plan check for a window, incremental and off the main loop
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * koers_check_plan_async() gives what koers_check_plan() gives, but reruns a
 * group of checks (koers-check.c) only when a section it reads has changed
 * since its last run, and runs the heavy groups (those that walk every
 * calendar entry) in a thread. The thread never sees the window's objects:
 * on the main loop the plan's text is taken as a save takes it (from the
 * items' cached texts, see koers-plan-writer.c), and the thread reads a
 * plan of its own from it and runs the unchanged checks on that.
 */
#define G_LOG_DOMAIN "koers-check"

#include "config.h"

#include <string.h>

#include "koers-check-private.h"
#include "koers-plan-private.h"
#include "koers-plan-io-private.h"
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

/* The thread reads the plan from its own text, as a save writes it: taken
 * on the main loop from the items' cached text (a few milliseconds for
 * 50,000 entries), joined and read in the thread. Every member the checks
 * may read is in it, without a list of them here. */
typedef struct
{
  guint          serials[KOERS_PLAN_N_SECTIONS];
  guint          groups;  /* bit i: group i runs in the thread */
  KoersPlanText *text;
} Snapshot;

static void
snapshot_free (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->text, _koers_plan_text_free);
  g_free (snapshot);
}

/* NULL when the plan has no text (too large to be written) */
static Snapshot *
snapshot_new (KoersPlan *plan)
{
  g_autoptr(KoersPlanText) text = _koers_plan_io_to_text (plan, NULL);
  Snapshot *snapshot;

  if (text == NULL)
    return NULL;
  snapshot = g_new0 (Snapshot, 1);
  get_serials (plan, snapshot->serials);
  snapshot->text = g_steal_pointer (&text);
  return snapshot;
}

/* In the thread: a plan of the thread's own. */
static KoersPlan *
snapshot_to_plan (Snapshot  *snapshot,
                  GError   **error)
{
  g_autoptr(GBytes) bytes = _koers_plan_text_join (snapshot->text);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* In the thread, not on the main loop: a piece per entry to let go */
  g_clear_pointer (&snapshot->text, _koers_plan_text_free);

  return koers_plan_io_load_data (data, length, "check", error);
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

  /* Cancelled before it started: let go of the text here all the same,
   * not on the main loop with the task (a piece per new entry). */
  if (g_cancellable_is_cancelled (cancellable))
    g_clear_pointer (&snapshot->text, _koers_plan_text_free);
  if (!g_task_return_error_if_cancelled (task))
    {
      g_autoptr(GError) error = NULL;

      plan = snapshot_to_plan (snapshot, &error);
      if (plan == NULL)
        {
          /* A plan in the middle of an edit (a name still empty) may not
           * read back; the main loop runs the groups itself then. */
          g_task_return_error (task, g_steal_pointer (&error));
          g_clear_pointer (&results, g_ptr_array_unref);
          return;
        }
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
      /* Let go of the copy before the result goes to the main loop. On two
       * cores, freeing 50,000 entries here slows the main loop's work at
       * the same moment up to twice (taking the result took 16 ms instead
       * of 0.03 when it ran during the free). */
      g_clear_object (&plan);
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

/* The groups of @mask, here and now */
static void
run_groups (KoersPlan *plan,
            guint      mask)
{
  guint serials[KOERS_PLAN_N_SECTIONS];
  guint n_groups;
  const KoersCheckGroup *groups = _koers_check_get_groups (&n_groups);
  CheckCache *cache = get_cache (plan);

  get_serials (plan, serials);
  for (guint i = 0; i < n_groups; i++)
    if ((mask & (1u << i)) != 0)
      {
        g_autoptr(GPtrArray) findings = new_findings ();

        groups[i].run (plan, findings);
        store_group (cache, i, serials, findings);
      }
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

  if (results == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (results == NULL)
    {
      g_debug ("the plan's text did not read back (%s): checking on the main loop",
               error->message);
      run_groups (plan, snapshot->groups);
      g_task_return_pointer (task, collect (plan), (GDestroyNotify) g_ptr_array_unref);
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

static void start_check (GTask *task);

/* The copy takes the entries' texts as a save does: prepared first, a
 * slice at a time between frames (new entries, after a paste or an
 * import, have no text yet), so that the copy of 50,000 entries does not
 * hold the main loop. */
static void
prepared (GTask     *task,
          KoersPlan *plan)
{
  g_task_set_task_data (task, GINT_TO_POINTER (TRUE), NULL);
  start_check (task);
}

/* Runs the light groups that are not current and starts the heavy ones;
 * takes @task */
static void
start_check (GTask *task)
{
  KoersPlan *plan = g_task_get_source_object (task);
  guint serials[KOERS_PLAN_N_SECTIONS];
  guint n_groups;
  const KoersCheckGroup *groups = _koers_check_get_groups (&n_groups);
  CheckCache *cache;
  Snapshot *snapshot;
  guint heavy = 0;

  cache = get_cache (plan);
  get_serials (plan, serials);

  for (guint i = 0; i < n_groups; i++)
    if (!group_is_current (&groups[i], &cache->groups[i], serials) && groups[i].heavy)
      heavy |= 1u << i;

  if (heavy != 0 && g_task_get_task_data (task) == NULL)
    {
      _koers_plan_io_prepare_for_task (plan, task, prepared);
      return;
    }

  for (guint i = 0; i < n_groups; i++)
    {
      if (group_is_current (&groups[i], &cache->groups[i], serials) || groups[i].heavy)
        continue;
      {
        g_autoptr(GPtrArray) findings = new_findings ();

        groups[i].run (plan, findings);
        store_group (cache, i, serials, findings);
      }
    }

  if (heavy == 0)
    g_task_return_pointer (task, collect (plan), (GDestroyNotify) g_ptr_array_unref);
  else if ((snapshot = snapshot_new (plan)) == NULL)
    {
      run_groups (plan, heavy);
      g_task_return_pointer (task, collect (plan), (GDestroyNotify) g_ptr_array_unref);
    }
  else
    {
      g_autoptr(GTask) thread = g_task_new (plan, g_task_get_cancellable (task), thread_done_cb,
                                            g_object_ref (task));

      snapshot->groups = heavy;
      g_task_set_task_data (thread, snapshot, (GDestroyNotify) snapshot_free);
      g_task_run_in_thread (thread, check_thread);
    }
  g_object_unref (task);
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
 * calendar run in a thread on a copy of what they read. The copy is taken
 * now, or, when many entries are new, once their text is written a few
 * milliseconds at a time between frames; the result describes the plan as
 * it was then.
 */
void
koers_check_plan_async (KoersPlan           *plan,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (KOERS_IS_PLAN (plan));

  task = g_task_new (plan, cancellable, callback, user_data);
  g_task_set_source_tag (task, koers_check_plan_async);
  start_check (task);
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
