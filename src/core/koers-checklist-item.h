/* koers-checklist-item.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CHECKLIST_ITEM (koers_checklist_item_get_type ())
G_DECLARE_FINAL_TYPE (KoersChecklistItem, koers_checklist_item, KOERS, CHECKLIST_ITEM, GObject)

KoersChecklistItem *koers_checklist_item_new (void);
const char         *koers_checklist_item_get_key (KoersChecklistItem *self);
void                koers_checklist_item_set_key (KoersChecklistItem *self,
                                                  const char         *key);
KoersStatus         koers_checklist_item_get_status (KoersChecklistItem *self);
void                koers_checklist_item_set_status (KoersChecklistItem *self,
                                                     KoersStatus         status);
const char         *koers_checklist_item_get_notes (KoersChecklistItem *self);
void                koers_checklist_item_set_notes (KoersChecklistItem *self,
                                                    const char         *notes);

G_END_DECLS
