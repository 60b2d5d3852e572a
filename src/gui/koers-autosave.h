/* koers-autosave.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_TYPE_AUTOSAVE (koers_autosave_get_type ())
G_DECLARE_FINAL_TYPE (KoersAutosave, koers_autosave, KOERS, AUTOSAVE, GObject)

KoersAutosave *koers_autosave_new         (void);
void           koers_autosave_set_plan    (KoersAutosave *self,
                                           KoersPlan     *plan,
                                           GFile         *file);
void           koers_autosave_set_file    (KoersAutosave *self,
                                           GFile         *file);
void           koers_autosave_schedule    (KoersAutosave *self);
void           koers_autosave_discard     (KoersAutosave *self);
gboolean       koers_autosave_get_writing (KoersAutosave *self);

G_END_DECLS
