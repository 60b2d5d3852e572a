/* koers-calendar-filter.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-calendar-entry.h"

G_BEGIN_DECLS

/* What a filter can hold; a value of -1 (or NULL) lets everything through */
typedef enum
{
  KOERS_CALENDAR_FILTER_SEARCH,
  KOERS_CALENDAR_FILTER_CHANNEL,
  KOERS_CALENDAR_FILTER_STATUS,
  KOERS_CALENDAR_FILTER_KIND,
  KOERS_CALENDAR_FILTER_OWNER,
} KoersCalendarFilterPart;

#define KOERS_TYPE_CALENDAR_FILTER (koers_calendar_filter_get_type ())
G_DECLARE_FINAL_TYPE (KoersCalendarFilter, koers_calendar_filter, KOERS, CALENDAR_FILTER, GtkFilter)

KoersCalendarFilter *koers_calendar_filter_new         (void);
const char          *koers_calendar_filter_get_search  (KoersCalendarFilter *self);
void                 koers_calendar_filter_set_search  (KoersCalendarFilter *self,
                                                        const char          *search);
const char          *koers_calendar_filter_get_channel (KoersCalendarFilter *self);
void                 koers_calendar_filter_set_channel (KoersCalendarFilter *self,
                                                        const char          *channel);
int                  koers_calendar_filter_get_status  (KoersCalendarFilter *self);
void                 koers_calendar_filter_set_status  (KoersCalendarFilter *self,
                                                        int                  status);
int                  koers_calendar_filter_get_kind    (KoersCalendarFilter *self);
void                 koers_calendar_filter_set_kind    (KoersCalendarFilter *self,
                                                        int                  kind);
const char          *koers_calendar_filter_get_owner   (KoersCalendarFilter *self);
void                 koers_calendar_filter_set_owner   (KoersCalendarFilter *self,
                                                        const char          *owner);
void                 koers_calendar_filter_clear       (KoersCalendarFilter     *self,
                                                        KoersCalendarFilterPart  part);
gboolean             koers_calendar_filter_is_active   (KoersCalendarFilter *self);
gboolean             koers_calendar_filter_match_entry (KoersCalendarFilter *self,
                                                        KoersCalendarEntry  *entry);

G_END_DECLS
