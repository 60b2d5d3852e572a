/* koers-calendar-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"
#include "koers-calendar-filter.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CALENDAR_PAGE (koers_calendar_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersCalendarPage, koers_calendar_page, KOERS, CALENDAR_PAGE, KoersPage)

KoersCalendarFilter *koers_calendar_page_get_filter (KoersCalendarPage *self);
void                 koers_calendar_page_show_date  (KoersCalendarPage *self,
                                                     const GDate       *date);

G_END_DECLS
