/* koers-calendar-series.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changing a series and its occurrences: "only this one" (skip, or detach
 * an override to edit or move), "this and the following ones" (split), and
 * moving entries. Each call is one undo step of the plan.
 */
#pragma once

#include <gio/gio.h>

#include "koers-calendar-entry.h"
#include "koers-plan.h"

G_BEGIN_DECLS

gboolean            koers_calendar_entry_is_series       (KoersCalendarEntry *entry);
/* "only this one" ... */
void                koers_calendar_skip_occurrence       (KoersPlan *plan, KoersCalendarEntry *series, const GDate *origin);
KoersCalendarEntry *koers_calendar_detach_occurrence     (KoersPlan *plan, KoersCalendarEntry *series, const GDate *origin); /* returns the override entry (borrowed; it is in the plan) to edit or move */
/* "this and the following ones": ends @series before @origin, returns the new series starting at @origin */
KoersCalendarEntry *koers_calendar_split_series          (KoersPlan *plan, KoersCalendarEntry *series, const GDate *origin);
/* shift entries (a whole series shifts its start) by @days; one undo step */
void                koers_calendar_move_entries          (KoersPlan *plan, KoersCalendarEntry *const *entries, guint n_entries, int days);

/* Added beside the agreed API. */

/* A copy of @entry with a new id, not in any plan (for "Duplicate"). */
KoersCalendarEntry *koers_calendar_entry_duplicate       (KoersCalendarEntry *entry);

G_END_DECLS
