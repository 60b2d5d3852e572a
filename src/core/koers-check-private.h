/* koers-check-private.h: what the checks of each area share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-calendar-entry.h"
#include "koers-check.h"
#include "koers-task.h"

G_BEGIN_DECLS

G_GNUC_PRINTF (5, 6)
void _koers_check_add_finding (GPtrArray        *findings,
                               KoersFindingKind  kind,
                               KoersArea         area,
                               const char       *location,
                               const char       *format,
                               ...);

void   _koers_check_roles                   (KoersPlan  *plan,
                                            GPtrArray  *findings);
/* koers-check-objectives.c: the primary objective and SMART objectives */
void     _koers_check_objectives         (KoersPlan *plan,
                                          GPtrArray *findings);
/* koers-check-preparation.c: the preparation tips */
void     _koers_check_preparation        (KoersPlan *plan,
                                          GPtrArray *findings);
/* The day the plan is checked on: today, or KOERS_TODAY (YYYY-MM-DD) for tests */
void     _koers_check_get_today          (GDate     *today);
char    *_koers_check_format_iso         (const GDate *date);
gboolean _koers_check_has_text           (const char *text);
/* koers-check-maturity.c */
void     _koers_check_maturity           (KoersPlan *plan,
                                          GPtrArray *findings);
gboolean _koers_check_is_governance_task (KoersTask *task);
/* A group of checks and the sections of the plan it reads (koers-check.c). */
typedef struct
{
  const char *name;
  guint       sections;  /* KoersPlanSection flags */
  gboolean    heavy;     /* walks the calendar: off the main loop */
  void      (*run) (KoersPlan *plan,
                    GPtrArray *findings);
} KoersCheckGroup;

const KoersCheckGroup *_koers_check_get_groups (guint     *n_groups);
void                   _koers_check_sort       (GPtrArray *findings);

/* Up to this many entries a walk over the calendar takes well under a frame */
#define KOERS_CHECK_SMALL_CALENDAR 2000

/* The period and the 80/20 mix that koers_check_get_period() and
 * koers_check_content_mix() keep for the plan as it is: a view asks with
 * _peek_ and gets FALSE where the answer would take a walk over a big
 * calendar; koers_check_plan_async() then finds them in its thread, and
 * _store_ keeps them when the plan has not changed since. */
gboolean _koers_check_period_is_open (KoersPlan *plan);
gboolean _koers_check_peek_period (KoersPlan   *plan,
                                   GDate       *first,
                                   GDate       *last);
void     _koers_check_store_period (KoersPlan  *plan,
                                    const GDate *first,
                                    const GDate *last);
void     _koers_check_store_mix   (KoersPlan   *plan,
                                   const GDate *first,
                                   const GDate *last,
                                   guint        n_value,
                                   guint        n_promotion);

/* How often koers_check_plan_async() ran the group @name on @plan, for tests. */
guint                  _koers_check_get_runs   (KoersPlan  *plan,
                                                const char *name);
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

/* The same walk, a few entries at a time */
typedef struct _KoersContinuityWalk KoersContinuityWalk;

KoersContinuityWalk *_koers_continuity_walk_new        (KoersPlan           *plan,
                                                        const GDate         *first,
                                                        const GDate         *last,
                                                        KoersContinuityDay   day,
                                                        KoersContinuityRun   run,
                                                        gpointer             data);
KoersContinuityWalk *_koers_continuity_walk_new_open   (KoersPlan           *plan,
                                                        KoersContinuityDay   day,
                                                        KoersContinuityRun   run,
                                                        gpointer             data);
gboolean             _koers_continuity_walk_get_period (KoersContinuityWalk *walk,
                                                        GDate               *first,
                                                        GDate               *last);
gboolean             _koers_continuity_walk_step       (KoersContinuityWalk *walk,
                                                        gint64               until);
gboolean             _koers_continuity_walk_is_current (KoersContinuityWalk *walk);
void                 _koers_continuity_walk_free       (KoersContinuityWalk *walk);

G_END_DECLS
