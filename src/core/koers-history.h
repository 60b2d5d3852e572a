/* koers-history.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_TYPE_HISTORY (koers_history_get_type ())
G_DECLARE_FINAL_TYPE (KoersHistory, koers_history, KOERS, HISTORY, GObject)

KoersHistory *koers_history_new          (KoersPlan    *plan);
gboolean      koers_history_get_can_undo (KoersHistory *self);
gboolean      koers_history_get_can_redo (KoersHistory *self);
gboolean      koers_history_undo         (KoersHistory *self);
gboolean      koers_history_redo         (KoersHistory *self);
GObject      *koers_history_peek         (KoersHistory *self,
                                          gboolean      undo,
                                          const char  **property);
void          koers_history_begin_group  (KoersHistory *self);
void          koers_history_end_group    (KoersHistory *self);
void          koers_history_clear        (KoersHistory *self);
guint64       koers_history_get_state    (KoersHistory *self);
guint64       koers_history_checkpoint   (KoersHistory *self);

G_END_DECLS
