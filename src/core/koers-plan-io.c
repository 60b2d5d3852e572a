/* koers-plan-io.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading and writing .koers files (docs/FORMAT.md): what the reader
 * (koers-plan-reader.c), the version-1 migration (koers-plan-migrate.c) and
 * the writer (koers-plan-writer.c) share, and the asynchronous load and save.
 * Files come from other people and are untrusted: every problem becomes a
 * GError that names the file and the place, the plan in memory is only
 * replaced by a complete new one, and a save replaces the file atomically
 * or not at all.
 */
#define G_LOG_DOMAIN "koers-plan-io"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "koers-plan-io.h"
#include "koers-calendar-index.h"
#include "koers-plan-io-private.h"
#include "koers-file-replace.h"
#include "koers-json-guard.h"
#include "koers-model-private.h"
#include "koers-plan-private.h"

G_DEFINE_QUARK (koers-plan-io-error-quark, koers_plan_io_error)

GQuark _koers_plan_io_unknown_quark;
GQuark _koers_plan_io_unknown_sections_quark;

/* The plan's sections, in the order they are written. */
const char *const _koers_plan_io_sections[KOERS_PLAN_IO_N_SECTIONS + 1] = {
  "plan", "people", "objectives", "strategy", "technology", "preparation",
  "roadmap", "rose", "maturity", "calendar", "roles", NULL
};

void
_koers_plan_io_ensure_quarks (void)
{
  if (G_UNLIKELY (_koers_plan_io_unknown_quark == 0))
    {
      _koers_plan_io_unknown_quark = g_quark_from_static_string ("koers-unknown-members");
      _koers_plan_io_unknown_sections_quark = g_quark_from_static_string ("koers-unknown-sections");
    }
}

char *
_koers_plan_io_file_name (GFile *file)
{
  return g_file_get_parse_name (file);
}

gboolean
_koers_json_node_is (JsonNode *node,
         GType     value_type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == value_type;
}

const char *
_koers_json_string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && _koers_json_node_is (node, G_TYPE_STRING) ? json_node_get_string (node) : NULL;
}

/* Asynchronous variants ------------------------------------------------ */

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  KoersPlan *plan = koers_plan_io_load (task_data, &error);

  if (plan == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Here the plan is still ours alone: fill the text cache and the
   * calendar's run, so that the first save on the main loop is as quick as
   * the next ones, */
  _koers_plan_text_free (_koers_plan_io_to_text (plan, NULL));
  _koers_plan_io_prepare_text (plan, koers_plan_get_entries (plan), G_MAXINT64);
  /* and build its calendar index (on its first read), which the calendar
   * page and the check would otherwise build on the main loop */
  {
    GDate day;

    g_date_clear (&day, 1);
    g_date_set_dmy (&day, 1, G_DATE_JANUARY, 2000);
    koers_calendar_index_count (koers_calendar_index_get_for_plan (plan), &day, &day);
  }
  g_task_return_pointer (task, plan, g_object_unref);
}

/**
 * koers_plan_io_load_async:
 *
 * Reads a plan in a thread, and prepares its text for quick saves; the
 * window stays responsive.
 */
void
koers_plan_io_load_async (GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, koers_plan_io_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

KoersPlan *
koers_plan_io_load_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Preparing a text ----------------------------------------------------- */

/* A slice of the preparation, between frames */
#define PREPARE_SLICE_US 2000
/* A plan that changes all the time (a drag) is not prepared forever: after
 * this many slices the text is taken as it is. */
#define PREPARE_MAX_SLICES 200

static gboolean
prepare_cb (gpointer data)
{
  GTask *task = data;
  KoersPlan *plan = g_task_get_source_object (task);
  guint *slices = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;
  if (!_koers_plan_io_prepare_text (plan, koers_plan_get_entries (plan),
                                    g_get_monotonic_time () + PREPARE_SLICE_US) &&
      ++*slices < PREPARE_MAX_SLICES)
    return G_SOURCE_CONTINUE;
  g_task_return_boolean (task, TRUE);
  return G_SOURCE_REMOVE;
}

/**
 * koers_plan_io_prepare_async:
 *
 * Prepares the calendar's texts for _koers_plan_io_to_text(), a slice of
 * 2 ms at a time between frames (_koers_plan_io_prepare_text()), from the
 * next main-loop iteration on; when it is done, the text is quick to take.
 * Edits may come in between: the text taken after it is the plan as it is
 * then. Try koers_plan_io_prepare_now() first.
 */
/**
 * koers_plan_io_prepare_now:
 *
 * Prepares @plan's text for at most one slice (2 ms), now.
 *
 * Returns: %TRUE when the text is quick to take now (a small calendar, or
 *   one prepared before and not changed since)
 */
gboolean
koers_plan_io_prepare_now (KoersPlan *plan)
{
  g_return_val_if_fail (KOERS_IS_PLAN (plan), FALSE);

  return _koers_plan_io_prepare_text (plan, koers_plan_get_entries (plan),
                                      g_get_monotonic_time () + PREPARE_SLICE_US);
}

void
koers_plan_io_prepare_async (KoersPlan           *plan,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (plan, cancellable, callback, user_data);

  g_task_set_source_tag (task, koers_plan_io_prepare_async);
  g_task_set_task_data (task, g_new0 (guint, 1), g_free);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, prepare_cb, g_object_ref (task), g_object_unref);
}

gboolean
koers_plan_io_prepare_finish (KoersPlan     *plan,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, plan), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
prepared_for_task_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GTask *task = user_data;
  KoersPreparedFunc then = g_object_get_data (G_OBJECT (task), "koers-prepared-then");
  GError *error = NULL;

  if (!koers_plan_io_prepare_finish (KOERS_PLAN (source), result, &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  then (task, KOERS_PLAN (source));
}

/**
 * _koers_plan_io_prepare_for_task:
 * @task: (transfer full): the work that takes @plan's text
 * @then: takes @task once the text is quick to take: now, when
 *   koers_plan_io_prepare_now() says so, or a few frames later
 *
 * On @task's cancellable; when it is cancelled, @task returns the error.
 */
void
_koers_plan_io_prepare_for_task (KoersPlan         *plan,
                                 GTask             *task,
                                 KoersPreparedFunc  then)
{
  if (koers_plan_io_prepare_now (plan))
    {
      then (task, plan);
      return;
    }
  g_object_set_data (G_OBJECT (task), "koers-prepared-then", then);
  koers_plan_io_prepare_async (plan, g_task_get_cancellable (task), prepared_for_task_cb, task);
}

typedef struct
{
  GFile         *file;
  KoersPlanText *text;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->text, _koers_plan_text_free);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autoptr(GBytes) bytes = _koers_plan_text_join (data->text);
  GError *error = NULL;

  /* Here, not on the main loop: a piece per entry to let go */
  g_clear_pointer (&data->text, _koers_plan_text_free);

  if (koers_file_replace_bytes (data->file, bytes, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * koers_plan_io_save_async:
 *
 * Takes the plan's text now, on the calling thread, so later edits do not
 * race with the save: the items that did not change since the last write
 * give their cached texts (see _koers_plan_io_to_text()). Joining the text
 * and the disk work happen in a thread.
 */
void
koers_plan_io_save_async (KoersPlan           *plan,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  SaveData *data;

  g_return_if_fail (KOERS_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, koers_plan_io_save_async);

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  if (_koers_plan_io_check_save_rules (plan, file, &error))
    data->text = _koers_plan_io_to_text (plan, &error);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);

  if (data->text == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_run_in_thread (task, save_thread);
}

gboolean
koers_plan_io_save_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
