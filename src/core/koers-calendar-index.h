/* koers-calendar-index.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The occurrences of a plan's calendar by day, for views that show a range
 * of days: single entries in an array sorted by day (kept current as the
 * plan changes), series expanded only over the range asked for.
 */
#pragma once

#include <gio/gio.h>

#include "koers-calendar-entry.h"
#include "koers-plan.h"

G_BEGIN_DECLS

typedef struct
{
  KoersCalendarEntry *entry;  /* borrowed: the single entry, the series, or a series' override */
  GDate               date;   /* the day this occurrence falls on */
  GDate               origin; /* the series date it stands for (RECURRENCE-ID); == date for a single entry */
  int                 time;   /* minutes after midnight, -1 when the entry has no time */
} KoersOccurrence;

#define KOERS_TYPE_CALENDAR_INDEX (koers_calendar_index_get_type ())
G_DECLARE_FINAL_TYPE (KoersCalendarIndex, koers_calendar_index, KOERS, CALENDAR_INDEX, GObject)

/* Keeps itself current with the plan's entries (object-changed / the entries list);
 * one per plan: koers_calendar_index_get_for_plan() returns the plan's shared one (created on first use). */
KoersCalendarIndex *koers_calendar_index_get_for_plan (KoersPlan *plan);   /* transfer none */
/* The occurrences with from <= date <= to, sorted by date, then time (untimed first), then title.
 * Series are expanded only over [from, to] (libical), with their exceptions applied. */
GArray *koers_calendar_index_query (KoersCalendarIndex *self, const GDate *from, const GDate *to); /* element-type KoersOccurrence, transfer full */
guint   koers_calendar_index_count (KoersCalendarIndex *self, const GDate *from, const GDate *to);
/* signal "changed" (guint first_julian, guint last_julian): the occurrences on these days changed
 * (0, G_MAXUINT: anything may have changed). Emitted synchronously after the model change. */

/* Added beside the agreed API. */

/* The most occurrences one series yields in one query: a daily series over
 * a range of ten years is cut there (a view never shows that many). */
#define KOERS_CALENDAR_INDEX_MAX_PER_SERIES 4000

#define KOERS_CALENDAR_INDEX_ERROR (koers_calendar_index_error_quark ())
/* Why koers_calendar_index_query_all() has no answer */
typedef enum
{
  KOERS_CALENDAR_INDEX_ERROR_TOO_MANY,    /* more occurrences than asked for */
  KOERS_CALENDAR_INDEX_ERROR_INCOMPLETE,  /* a series that cannot be expanded whole */
} KoersCalendarIndexError;

GQuark     koers_calendar_index_error_quark    (void);
/* Every occurrence of [@from, @to], no series cut; NULL with @error when
 * there are more than @max, or a series cannot be expanded whole. */
GArray    *koers_calendar_index_query_all      (KoersCalendarIndex  *self,
                                                const GDate         *from,
                                                const GDate         *to,
                                                guint                max,
                                                GError             **error);

KoersPlan *koers_calendar_index_get_plan       (KoersCalendarIndex *self);
/* The override of @series for the series date @origin, or NULL (borrowed). */
KoersCalendarEntry *
           koers_calendar_index_get_override   (KoersCalendarIndex *self,
                                                KoersCalendarEntry *series,
                                                const GDate        *origin);
/* The series whose id is @id, or NULL (borrowed). */
KoersCalendarEntry *
           koers_calendar_index_find_series    (KoersCalendarIndex *self,
                                                const char         *id);

G_END_DECLS
