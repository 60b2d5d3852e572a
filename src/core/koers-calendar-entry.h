/* koers-calendar-entry.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CALENDAR_ENTRY (koers_calendar_entry_get_type ())
G_DECLARE_FINAL_TYPE (KoersCalendarEntry, koers_calendar_entry, KOERS, CALENDAR_ENTRY, GObject)

KoersCalendarEntry *koers_calendar_entry_new (void);
const GDate        *koers_calendar_entry_get_date (KoersCalendarEntry *self);
void                koers_calendar_entry_set_date (KoersCalendarEntry *self,
                                                   const GDate        *date);
int                 koers_calendar_entry_get_time (KoersCalendarEntry *self);
void                koers_calendar_entry_set_time (KoersCalendarEntry *self,
                                                   int                 time);
const char         *koers_calendar_entry_get_channel (KoersCalendarEntry *self);
void                koers_calendar_entry_set_channel (KoersCalendarEntry *self,
                                                      const char         *channel);
const char         *koers_calendar_entry_get_title (KoersCalendarEntry *self);
void                koers_calendar_entry_set_title (KoersCalendarEntry *self,
                                                    const char         *title);
const char         *koers_calendar_entry_get_text (KoersCalendarEntry *self);
void                koers_calendar_entry_set_text (KoersCalendarEntry *self,
                                                   const char         *text);
KoersContentKind    koers_calendar_entry_get_kind (KoersCalendarEntry *self);
void                koers_calendar_entry_set_kind (KoersCalendarEntry *self,
                                                   KoersContentKind    kind);
KoersEntryPart      koers_calendar_entry_get_rose_part (KoersCalendarEntry *self);
void                koers_calendar_entry_set_rose_part (KoersCalendarEntry *self,
                                                        KoersEntryPart      rose_part);
const char         *koers_calendar_entry_get_owner (KoersCalendarEntry *self);
void                koers_calendar_entry_set_owner (KoersCalendarEntry *self,
                                                    const char         *owner);
KoersEntryStatus    koers_calendar_entry_get_status (KoersCalendarEntry *self);
void                koers_calendar_entry_set_status (KoersCalendarEntry *self,
                                                     KoersEntryStatus    status);
const char         *koers_calendar_entry_get_id (KoersCalendarEntry *self);
void                koers_calendar_entry_set_id (KoersCalendarEntry *self,
                                                 const char         *id);
const char         *koers_calendar_entry_get_rrule (KoersCalendarEntry *self);
void                koers_calendar_entry_set_rrule (KoersCalendarEntry *self,
                                                    const char         *rrule);
const char *const  *koers_calendar_entry_get_exdates (KoersCalendarEntry *self);
void                koers_calendar_entry_set_exdates (KoersCalendarEntry *self,
                                                      const char *const  *exdates);
gboolean            koers_calendar_entry_is_skipped (KoersCalendarEntry *self,
                                                     const GDate        *date);
const char         *koers_calendar_entry_get_series (KoersCalendarEntry *self);
void                koers_calendar_entry_set_series (KoersCalendarEntry *self,
                                                     const char         *series);
const GDate        *koers_calendar_entry_get_origin (KoersCalendarEntry *self);
void                koers_calendar_entry_set_origin (KoersCalendarEntry *self,
                                                     const GDate        *origin);
double              koers_calendar_entry_get_hours (KoersCalendarEntry *self);
void                koers_calendar_entry_set_hours (KoersCalendarEntry *self,
                                                    double              hours);

typedef void (*KoersOccurrenceFunc) (KoersCalendarEntry *entry,
                                     const GDate        *date,
                                     gpointer            user_data);

guint               koers_calendar_entry_foreach_occurrence (KoersCalendarEntry  *self,
                                                             const GDate         *from,
                                                             const GDate         *to,
                                                             KoersOccurrenceFunc  func,
                                                             gpointer             user_data);

G_END_DECLS
