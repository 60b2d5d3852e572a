/* koers-check-private.h: what the checks of each area share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-calendar-entry.h"
#include "koers-check.h"

G_BEGIN_DECLS

G_GNUC_PRINTF (5, 6)
void _koers_check_add_finding (GPtrArray        *findings,
                               KoersFindingKind  kind,
                               KoersArea         area,
                               const char       *location,
                               const char       *format,
                               ...);

/* The calendar's rules (koers-check-calendar.c) */
void   _koers_check_calendar (KoersPlan   *plan,
                              const GDate *first,
                              const GDate *last,
                              GPtrArray   *findings);

/* The planned hours per week of the calendar entries @owner_id (a role id)
 * owns: the hours of their occurrences in the plan period divided by its
 * weeks. For the roles' capacity. */
double koers_check_planned_hours_per_week (KoersPlan  *plan,
                                           const char *owner_id);

/* One walk over a period's occurrences (koers-continuity.c) */
typedef void (*KoersContinuityDay) (KoersCalendarEntry *entry,
                                    guint32             julian,
                                    gpointer            data);
typedef void (*KoersContinuityRun) (KoersCalendarEntry *entry,
                                    guint32             first,
                                    guint32             last,
                                    guint               gap,
                                    guint64             count,
                                    gpointer            data);
void   _koers_continuity_walk (KoersPlan          *plan,
                               const GDate        *first,
                               const GDate        *last,
                               KoersContinuityDay  day,
                               KoersContinuityRun  run,
                               gpointer            data);

G_END_DECLS
