/* koers-page-slot.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PAGE_SLOT (koers_page_slot_get_type ())
G_DECLARE_FINAL_TYPE (KoersPageSlot, koers_page_slot, KOERS, PAGE_SLOT, GtkWidget)

KoersPage *koers_page_slot_get_page     (KoersPageSlot *self);
gboolean   koers_page_slot_has_page     (KoersPageSlot *self);
gboolean   koers_page_slot_has_pending_plan (KoersPageSlot *self);
void       koers_page_slot_set_plan     (KoersPageSlot *self,
                                         KoersPlan     *plan);

G_END_DECLS
