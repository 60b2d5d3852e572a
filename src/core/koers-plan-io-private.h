/* koers-plan-io-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "koers-plan-io.h"

G_BEGIN_DECLS

/* Shared by the reader, the migration and the writer (koers-plan-io.c) */
#define KOERS_PLAN_IO_N_SECTIONS 11
extern const char *const _koers_plan_io_sections[KOERS_PLAN_IO_N_SECTIONS + 1];
extern GQuark            _koers_plan_io_unknown_quark;
extern GQuark            _koers_plan_io_unknown_sections_quark;

void        _koers_plan_io_ensure_quarks (void);
char       *_koers_plan_io_file_name     (GFile      *file);
gboolean    _koers_plan_io_read_file     (GFile       *file,
                                          const char  *name,
                                          gboolean     plan,
                                          goffset      max_size,
                                          char       **contents,
                                          gsize       *length,
                                          GError     **error);
gboolean    _koers_json_node_is          (JsonNode   *node,
                                          GType       type);
const char *_koers_json_string_member    (JsonObject *object,
                                          const char *name);
JsonObject *_koers_plan_migrate_v1       (JsonObject *root);
gboolean    _koers_plan_migrate_v2       (JsonObject *root,
                                          const char *name,
                                          GError    **error);
gboolean    _koers_plan_io_is_identifier (const char *text);
gboolean    _koers_plan_io_check_save_rules (KoersPlan  *plan,
                                             GFile      *file,
                                             GError    **error);

/* The text of a plan in pieces: made on the main loop from the items' cached
 * texts (quick), joined into one text in a thread. */
typedef struct _KoersPlanText KoersPlanText;

KoersPlanText *_koers_plan_io_to_text    (KoersPlan     *plan,
                                          GError       **error);
GBytes        *_koers_plan_text_join     (KoersPlanText *text);
void           _koers_plan_text_free     (KoersPlanText *text);
void           _koers_plan_io_drop_cache (KoersPlan     *plan);
void           _koers_plan_io_write_new_entries (GPtrArray *entries);
typedef void (*KoersPreparedFunc) (GTask *task, KoersPlan *plan);
void           _koers_plan_io_prepare_for_task (KoersPlan         *plan,
                                                GTask             *task,
                                                KoersPreparedFunc  then);
gboolean       _koers_plan_io_prepare_text (KoersPlan     *plan,
                                            GListModel    *list,
                                            gint64         until);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersPlanText, _koers_plan_text_free)

G_END_DECLS
