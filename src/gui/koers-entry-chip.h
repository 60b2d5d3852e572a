/* koers-entry-chip.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-calendar-item.h"
#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ENTRY_CHIP (koers_entry_chip_get_type ())
G_DECLARE_FINAL_TYPE (KoersEntryChip, koers_entry_chip, KOERS, ENTRY_CHIP, GtkWidget)

GtkWidget         *koers_entry_chip_new         (void);
void               koers_entry_chip_set_item    (KoersEntryChip    *self,
                                                 KoersPlan         *plan,
                                                 KoersCalendarItem *item);
KoersCalendarItem *koers_entry_chip_get_item    (KoersEntryChip    *self);
void               koers_entry_chip_set_selected (KoersEntryChip   *self,
                                                  gboolean          selected);
gboolean           koers_entry_chip_get_selected (KoersEntryChip   *self);
const char        *koers_entry_chip_get_description (KoersEntryChip *self);
const char        *koers_entry_chip_get_shown_text  (KoersEntryChip *self);

G_END_DECLS
