/* koers-calendar-item.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-calendar-entry.h"
#include "koers-calendar-index.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CALENDAR_ITEM (koers_calendar_item_get_type ())
G_DECLARE_FINAL_TYPE (KoersCalendarItem, koers_calendar_item, KOERS, CALENDAR_ITEM, GObject)

KoersCalendarItem  *koers_calendar_item_new        (const KoersOccurrence *occurrence);
const KoersOccurrence *koers_calendar_item_get_occurrence (KoersCalendarItem *self);
KoersCalendarEntry *koers_calendar_item_get_entry  (KoersCalendarItem *self);
const GDate        *koers_calendar_item_get_date   (KoersCalendarItem *self);
int                 koers_calendar_item_get_time   (KoersCalendarItem *self);

G_END_DECLS
