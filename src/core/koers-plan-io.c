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

  /* Here the plan is still ours alone: fill the text cache, so that the
   * first save on the main loop is as quick as the next ones. */
  _koers_plan_text_free (_koers_plan_io_to_text (plan, NULL));
  /* and build its calendar index, which the calendar page and the check
   * would otherwise build on the main loop (bench/README.md) */
  koers_calendar_index_get_for_plan (plan);
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
