/* koers-ical.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content calendar as iCalendar (RFC 5545): written for other
 * calendars, and read from their exports. docs/FORMAT.md says how each
 * member maps.
 */
#pragma once

#include "koers-calendar-import.h"
#include "koers-plan.h"

G_BEGIN_DECLS

/* The zone of timed entries: Koers keeps wall-clock times of this zone. */
#define KOERS_ICAL_TZID "Europe/Amsterdam"
/* A UID Koers writes is the entry's id with this after it. */
#define KOERS_ICAL_UID_DOMAIN "@koersplan.github.io"
/* How long a timed entry lasts in other calendars (its DTEND) */
#define KOERS_ICAL_TIMED_MINUTES 15
/* The most events a file may hold */
#define KOERS_ICAL_MAX_EVENTS 100000
/* The longest line read (after unfolding): libical's parser takes time in
 * the square of a line's length (7 ms for one of 256 KiB) */
#define KOERS_ICAL_MAX_LINE_BYTES (256 * 1024)
/* The longest SUMMARY or DESCRIPTION read: escaped, its line stays within
 * the above, so every text Koers reads it also reads back */
#define KOERS_ICAL_MAX_TEXT_BYTES 100000

char                *koers_ical_write (KoersPlan   *plan,
                                       GDateTime   *stamp,
                                       gsize       *length);
KoersCalendarImport *koers_ical_read  (const char  *data,
                                       gsize        length,
                                       const char  *source_name,
                                       KoersPlan   *plan,
                                       GError     **error);

G_END_DECLS
