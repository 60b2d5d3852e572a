/* koers-entry-repeat.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-calendar-entry.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ENTRY_REPEAT (koers_entry_repeat_get_type ())
G_DECLARE_FINAL_TYPE (KoersEntryRepeat, koers_entry_repeat, KOERS, ENTRY_REPEAT, GtkWidget)

GtkWidget *koers_entry_repeat_new       (void);
void       koers_entry_repeat_set_entry (KoersEntryRepeat   *self,
                                         KoersCalendarEntry *entry);
const char *koers_entry_repeat_get_description (KoersEntryRepeat *self);

G_END_DECLS
