/* koers-calendar-list.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-calendar-filter.h"
#include "koers-calendar-item.h"
#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CALENDAR_LIST (koers_calendar_list_get_type ())
G_DECLARE_FINAL_TYPE (KoersCalendarList, koers_calendar_list, KOERS, CALENDAR_LIST, GtkWidget)

GtkWidget     *koers_calendar_list_new         (void);
void           koers_calendar_list_set_plan    (KoersCalendarList   *self,
                                                KoersPlan           *plan);
void           koers_calendar_list_set_filter  (KoersCalendarList   *self,
                                                KoersCalendarFilter *filter);
void           koers_calendar_list_set_range   (KoersCalendarList   *self,
                                                const GDate         *from,
                                                const GDate         *to);
GListModel    *koers_calendar_list_get_model   (KoersCalendarList   *self);
GtkColumnView *koers_calendar_list_get_column_view (KoersCalendarList *self);
KoersCalendarItem *koers_calendar_list_get_selected (KoersCalendarList *self);
void           koers_calendar_list_scroll_to_date (KoersCalendarList *self,
                                                   const GDate       *date);

G_END_DECLS
