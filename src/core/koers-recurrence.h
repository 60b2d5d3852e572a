/* koers-recurrence.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The UI's projection of an RFC 5545 RRULE: the repetitions the editor
 * shows. A calendar entry stores the rule as text (its "rrule" member);
 * a rule the editor cannot show is KOERS_REPEAT_CUSTOM and kept as is.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum { KOERS_REPEAT_NONE, KOERS_REPEAT_WEEKLY, KOERS_REPEAT_MONTHLY_DAY, KOERS_REPEAT_MONTHLY_WEEKDAY, KOERS_REPEAT_YEARLY, KOERS_REPEAT_CUSTOM /* an RRULE the editor cannot show; kept as is */ } KoersRepeat;
typedef enum { KOERS_REPEAT_END_NEVER, KOERS_REPEAT_END_UNTIL, KOERS_REPEAT_END_COUNT } KoersRepeatEnd;
typedef struct
{
  KoersRepeat    repeat;
  guint          interval;     /* every N weeks/months/years, >= 1 */
  guint8         weekdays;     /* WEEKLY: bit 0 = Monday ... bit 6 = Sunday */
  int            week_of_month;/* MONTHLY_WEEKDAY: 1..4, or -1 for the last */
  KoersRepeatEnd end;
  GDate          until;        /* END_UNTIL */
  guint          count;        /* END_COUNT */
  guint8         month_day;    /* CUSTOM: 29 to 31 for a plain FREQ=MONTHLY from that day,
                                * which skips the months without it (RFC 5545); else 0 */
} KoersRecurrenceRule;
gboolean koers_recurrence_rule_parse     (const char *rrule, const GDate *start, KoersRecurrenceRule *rule, GError **error);
char    *koers_recurrence_rule_to_string (const KoersRecurrenceRule *rule, const GDate *start); /* NULL for NONE */
char    *koers_recurrence_rule_describe  (const KoersRecurrenceRule *rule, const GDate *start); /* translated: "Elke week op maandag en donderdag, tot 31 december 2027" */

/* Added beside the agreed API. */

#define KOERS_RECURRENCE_ERROR (koers_recurrence_error_quark ())

typedef enum
{
  KOERS_RECURRENCE_ERROR_INVALID, /* libical cannot read the rule */
} KoersRecurrenceError;

GQuark   koers_recurrence_error_quark    (void);
/* A rule as the editor starts it for a series from @start: every week on
 * @start's weekday (repeat WEEKLY), or on its date / its weekday in the month. */
void     koers_recurrence_rule_init      (KoersRecurrenceRule *rule,
                                          KoersRepeat          repeat,
                                          const GDate         *start);
/* The days of an RRULE from @start, within [@from, @to] (both included), at
 * most @max of them: each as a Julian day number, appended to @julians in
 * order. Only [@from, @to] is walked (with a cap on the work). Returns
 * FALSE when the rule cannot be read. The exceptions of a series are not
 * applied here; see koers_calendar_index_query(). */
gboolean koers_recurrence_expand         (const char          *rrule,
                                          const GDate         *start,
                                          const GDate         *from,
                                          const GDate         *to,
                                          guint                max,
                                          GArray              *julians);
/* The same with libical alone, for any rule (the tests compare the two). */
gboolean koers_recurrence_expand_ical    (const char          *rrule,
                                          const GDate         *start,
                                          const GDate         *from,
                                          const GDate         *to,
                                          guint                max,
                                          GArray              *julians);
/* The same for a projection (not NONE, not CUSTOM), without libical:
 * FALSE for the others. */
gboolean koers_recurrence_rule_expand    (const KoersRecurrenceRule *rule,
                                          const GDate         *start,
                                          const GDate         *from,
                                          const GDate         *to,
                                          guint                max,
                                          GArray              *julians);
/* The most steps of one expansion (weeks, months, years, or libical's
 * occurrences), whatever the rule and the range */
#define KOERS_RECURRENCE_MAX_STEPS 200000

/* The two above, saying in @complete whether every day of the range is
 * there (FALSE: cut at @max or at a cap on the work) */
gboolean koers_recurrence_expand_ical_full (const char        *rrule,
                                            const GDate       *start,
                                            const GDate       *from,
                                            const GDate       *to,
                                            guint              max,
                                            GArray            *julians,
                                            gboolean          *complete);
gboolean koers_recurrence_rule_expand_full (const KoersRecurrenceRule *rule,
                                            const GDate       *start,
                                            const GDate       *from,
                                            const GDate       *to,
                                            guint              max,
                                            GArray            *julians,
                                            gboolean          *complete);

G_END_DECLS
