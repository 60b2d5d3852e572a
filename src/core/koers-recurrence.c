/* koers-recurrence.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RRULE text <-> the editor's projection, and the expansion of a rule over
 * a range of days with libical. Entries in Koers have dates, not times:
 * every rule is expanded on DATE values, so a sub-daily rule (HOURLY,
 * MINUTELY, SECONDLY) is read as "every day" and its BYHOUR/BYMINUTE/
 * BYSECOND parts are ignored.
 */
#define G_LOG_DOMAIN "koers-recurrence"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "koers-check.h"
#include "koers-recurrence.h"

/* Longer rules are refused: none the editor writes comes near. */
#define MAX_RULE_LENGTH 1024
/* libical's work per expansion, whatever the rule and the range */
#define MAX_STEPS KOERS_RECURRENCE_MAX_STEPS
/* libical walks a rule with COUNT from its start: this far at most */
#define COUNT_YEARS_DAYS 36524

G_DEFINE_QUARK (koers-recurrence-error-quark, koers_recurrence_error)

static gboolean
array_empty (const short *array)
{
  return array[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

static guint
array_length (const short *array,
              guint        size)
{
  guint n = 0;

  while (n < size && array[n] != ICAL_RECURRENCE_ARRAY_MAX)
    n++;
  return n;
}

/* Reads @text with libical; FALSE (and @error) when it cannot. */
static gboolean
read_rule (const char                *text,
           struct icalrecurrencetype *recur,
           GError                   **error)
{
  if (text == NULL || *text == '\0' || strlen (text) > MAX_RULE_LENGTH ||
      !g_str_is_ascii (text))
    {
      g_set_error (error, KOERS_RECURRENCE_ERROR, KOERS_RECURRENCE_ERROR_INVALID,
                   _("expected a repetition rule (RRULE) like “FREQ=WEEKLY;BYDAY=MO”"));
      return FALSE;
    }

  icalerror_clear_errno ();
  *recur = icalrecurrencetype_from_string (text);
  free (recur->rscale);
  recur->rscale = NULL;
  if (recur->freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      g_set_error (error, KOERS_RECURRENCE_ERROR, KOERS_RECURRENCE_ERROR_INVALID,
                   _("“%s” is not a repetition rule (RRULE) that Koers can read"), text);
      return FALSE;
    }
  return TRUE;
}

static struct icaltimetype
to_ical (const GDate *date)
{
  /* Not icaltime_null_date(): its hour of -1 makes libical loop. */
  struct icaltimetype t = { 0 };

  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  t.is_date = 1;
  return t;
}

/* Monday = 0 ... Sunday = 6 */
static guint
weekday_index (const GDate *date)
{
  return g_date_get_weekday (date) - G_DATE_MONDAY;
}

static guint
ical_weekday_index (enum icalrecurrencetype_weekday day)
{
  /* libical: Sunday = 1, Monday = 2, ... Saturday = 7 */
  return ((guint) day + 5) % 7;
}

static const char *const ical_days[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

/**
 * koers_recurrence_rule_init:
 * @rule: (out caller-allocates): the rule
 * @repeat: what it repeats by
 * @start: the series' first day
 *
 * Fills @rule as the editor starts a series from @start: every week on its
 * weekday, every month on its date or on its weekday of the month (the last
 * one when @start is in the month's last seven days), or every year; no end.
 */
void
koers_recurrence_rule_init (KoersRecurrenceRule *rule,
                            KoersRepeat          repeat,
                            const GDate         *start)
{
  guint day;

  g_return_if_fail (rule != NULL);
  g_return_if_fail (start != NULL && g_date_valid (start));

  memset (rule, 0, sizeof *rule);
  g_date_clear (&rule->until, 1);
  rule->repeat = repeat;
  rule->interval = 1;
  rule->end = KOERS_REPEAT_END_NEVER;
  rule->weekdays = 1 << weekday_index (start);
  day = g_date_get_day (start);
  if (day + 7 > g_date_get_days_in_month (g_date_get_month (start), g_date_get_year (start)))
    rule->week_of_month = -1;
  else
    rule->week_of_month = (int) (day - 1) / 7 + 1;
}

/* Which projection @recur is, for a series from @start. */
static void
project (const struct icalrecurrencetype *recur,
         const GDate                     *start,
         KoersRecurrenceRule             *rule)
{
  guint day = g_date_get_day (start);
  guint n_days = array_length (recur->by_day, ICAL_BY_DAY_SIZE);
  guint n_month_days = array_length (recur->by_month_day, ICAL_BY_MONTHDAY_SIZE);
  guint n_set_pos = array_length (recur->by_set_pos, ICAL_BY_SETPOS_SIZE);

  rule->repeat = KOERS_REPEAT_CUSTOM;
  if (!array_empty (recur->by_second) || !array_empty (recur->by_minute) ||
      !array_empty (recur->by_hour) || !array_empty (recur->by_year_day) ||
      !array_empty (recur->by_week_no) || !array_empty (recur->by_month) ||
      recur->week_start != ICAL_MONDAY_WEEKDAY)
    return;

  switch (recur->freq)
    {
    case ICAL_WEEKLY_RECURRENCE:
      if (n_month_days > 0 || n_set_pos > 0)
        return;
      if (n_days == 0)
        rule->weekdays = 1 << weekday_index (start);
      else
        {
          rule->weekdays = 0;
          for (guint i = 0; i < n_days; i++)
            {
              if (icalrecurrencetype_day_position (recur->by_day[i]) != 0)
                return;
              rule->weekdays |= 1 << ical_weekday_index (icalrecurrencetype_day_day_of_week (recur->by_day[i]));
            }
        }
      rule->repeat = KOERS_REPEAT_WEEKLY;
      break;

    case ICAL_MONTHLY_RECURRENCE:
      if (n_days == 0)
        {
          gboolean ok = FALSE;

          if (n_month_days == 0 && n_set_pos == 0)
            ok = day <= 28;
          else if (n_month_days == 1 && n_set_pos == 0)
            ok = (recur->by_month_day[0] == -1 && day == 31) ||
                 (recur->by_month_day[0] == (short) day && day <= 28);
          else if (n_set_pos == 1 && recur->by_set_pos[0] == -1 && (day == 29 || day == 30) &&
                   n_month_days == day - 27)
            {
              ok = TRUE;
              for (guint i = 0; i < n_month_days; i++)
                ok = ok && recur->by_month_day[i] == (short) (28 + i);
            }
          if (ok)
            rule->repeat = KOERS_REPEAT_MONTHLY_DAY;
          else if (n_month_days == 0 && n_set_pos == 0)
            /* The editor has no choice for it, but it expands without libical */
            rule->month_day = (guint8) day;
        }
      else if (n_days == 1 && n_month_days == 0 && n_set_pos == 0)
        {
          int pos = icalrecurrencetype_day_position (recur->by_day[0]);
          guint wd = ical_weekday_index (icalrecurrencetype_day_day_of_week (recur->by_day[0]));

          if (wd == weekday_index (start) && ((pos >= 1 && pos <= 4) || pos == -1))
            {
              rule->repeat = KOERS_REPEAT_MONTHLY_WEEKDAY;
              rule->week_of_month = pos;
            }
        }
      break;

    case ICAL_YEARLY_RECURRENCE:
      if (n_days == 0 && n_month_days == 0 && n_set_pos == 0)
        rule->repeat = KOERS_REPEAT_YEARLY;
      break;

    case ICAL_SECONDLY_RECURRENCE:
    case ICAL_MINUTELY_RECURRENCE:
    case ICAL_HOURLY_RECURRENCE:
    case ICAL_DAILY_RECURRENCE:
    case ICAL_NO_RECURRENCE:
    default:
      break;
    }
}

/**
 * koers_recurrence_rule_parse:
 * @rrule: (nullable): an RFC 5545 RRULE value; NULL or "" for none
 * @start: the series' first day
 * @rule: (out caller-allocates): the projection
 * @error: a KOERS_RECURRENCE_ERROR when libical cannot read @rrule
 *
 * Reads @rrule into what the editor shows. A rule libical reads but the
 * editor cannot show is KOERS_REPEAT_CUSTOM (its end and interval are still
 * filled in).
 */
gboolean
koers_recurrence_rule_parse (const char          *rrule,
                             const GDate         *start,
                             KoersRecurrenceRule *rule,
                             GError             **error)
{
  struct icalrecurrencetype recur;

  g_return_val_if_fail (start != NULL && g_date_valid (start), FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  koers_recurrence_rule_init (rule, KOERS_REPEAT_NONE, start);
  if (rrule == NULL || *rrule == '\0')
    return TRUE;
  if (!read_rule (rrule, &recur, error))
    return FALSE;

  rule->interval = MAX (recur.interval, 1);
  if (recur.count > 0)
    {
      rule->end = KOERS_REPEAT_END_COUNT;
      rule->count = recur.count;
    }
  else if (!icaltime_is_null_time (recur.until))
    {
      if (g_date_valid_dmy (recur.until.day, recur.until.month, recur.until.year))
        {
          rule->end = KOERS_REPEAT_END_UNTIL;
          g_date_set_dmy (&rule->until, recur.until.day, recur.until.month, recur.until.year);
        }
    }
  project (&recur, start, rule);
  return TRUE;
}

static void
append_end (GString                   *text,
            const KoersRecurrenceRule *rule)
{
  if (rule->end == KOERS_REPEAT_END_UNTIL && g_date_valid (&rule->until))
    g_string_append_printf (text, ";UNTIL=%04u%02u%02u", g_date_get_year (&rule->until),
                            g_date_get_month (&rule->until), g_date_get_day (&rule->until));
  else if (rule->end == KOERS_REPEAT_END_COUNT && rule->count > 0)
    g_string_append_printf (text, ";COUNT=%u", MIN (rule->count, G_MAXINT));
}

/**
 * koers_recurrence_rule_to_string:
 * @rule: a projection
 * @start: the series' first day
 *
 * The RRULE for @rule. A monthly series on the 29th, 30th or 31st falls on
 * the last day of shorter months ("BYMONTHDAY=-1" for the 31st,
 * "BYMONTHDAY=28,29,30;BYSETPOS=-1" for the 30th), so no month is skipped.
 *
 * Returns: (transfer full) (nullable): the rule's text; NULL for
 *   KOERS_REPEAT_NONE and for KOERS_REPEAT_CUSTOM (keep the stored text)
 */
char *
koers_recurrence_rule_to_string (const KoersRecurrenceRule *rule,
                                 const GDate               *start)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint interval;

  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);

  interval = CLAMP (rule->interval, 1, 1000);
  switch (rule->repeat)
    {
    case KOERS_REPEAT_WEEKLY:
      g_string_append (text, "FREQ=WEEKLY");
      if (interval > 1)
        g_string_append_printf (text, ";INTERVAL=%u", interval);
      if ((rule->weekdays & 0x7f) != 0 && (rule->weekdays & 0x7f) != 1 << weekday_index (start))
        {
          g_string_append (text, ";BYDAY=");
          for (guint d = 0, n = 0; d < 7; d++)
            if (rule->weekdays & (1 << d))
              g_string_append_printf (text, "%s%s", n++ > 0 ? "," : "", ical_days[d]);
        }
      break;

    case KOERS_REPEAT_MONTHLY_DAY:
      {
        guint day = g_date_get_day (start);

        g_string_append (text, "FREQ=MONTHLY");
        if (interval > 1)
          g_string_append_printf (text, ";INTERVAL=%u", interval);
        if (day == 31)
          g_string_append (text, ";BYMONTHDAY=-1");
        else if (day > 28)
          g_string_append (text, day == 29 ? ";BYMONTHDAY=28,29;BYSETPOS=-1"
                                           : ";BYMONTHDAY=28,29,30;BYSETPOS=-1");
      }
      break;

    case KOERS_REPEAT_MONTHLY_WEEKDAY:
      {
        int week = rule->week_of_month == -1 ? -1 : CLAMP (rule->week_of_month, 1, 4);

        g_string_append (text, "FREQ=MONTHLY");
        if (interval > 1)
          g_string_append_printf (text, ";INTERVAL=%u", interval);
        g_string_append_printf (text, ";BYDAY=%d%s", week, ical_days[weekday_index (start)]);
      }
      break;

    case KOERS_REPEAT_YEARLY:
      g_string_append (text, "FREQ=YEARLY");
      if (interval > 1)
        g_string_append_printf (text, ";INTERVAL=%u", interval);
      break;

    case KOERS_REPEAT_NONE:
    case KOERS_REPEAT_CUSTOM:
    default:
      return NULL;
    }

  append_end (text, rule);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
weekday_name (guint index)
{
  static const char *const names[] = {
    NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
    NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
    NC_("weekday", "Sunday"),
  };

  return g_dpgettext2 (NULL, "weekday", names[index % 7]);
}

static const char *
ordinal_name (int week)
{
  switch (week)
    {
    case 1: return C_("week of the month", "first");
    case 2: return C_("week of the month", "second");
    case 3: return C_("week of the month", "third");
    case 4: return C_("week of the month", "fourth");
    default: return C_("week of the month", "last");
    }
}

static char *
date_text (const GDate *date)
{
  /* TRANSLATORS: a date: day, month name, year ("31 December 2027") */
  return g_strdup_printf (C_("date", "%u %s %u"), g_date_get_day (date),
                          koers_month_name (g_date_get_month (date)), g_date_get_year (date));
}

static char *
weekday_list (guint8 weekdays)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GString) head = g_string_new (NULL);

  for (guint d = 0; d < 7; d++)
    if (weekdays & (1 << d))
      g_ptr_array_add (names, (gpointer) weekday_name (d));
  if (names->len == 0)
    return g_strdup ("");
  if (names->len == 1)
    return g_strdup (names->pdata[0]);
  for (guint i = 0; i + 1 < names->len; i++)
    {
      if (i > 0)
        g_string_append (head, ", ");
      g_string_append (head, names->pdata[i]);
    }
  /* TRANSLATORS: the last two items of a list: "Monday, Tuesday and Friday" */
  return g_strdup_printf (_("%s and %s"), head->str, (const char *) names->pdata[names->len - 1]);
}

/**
 * koers_recurrence_rule_describe:
 * @rule: a projection
 * @start: the series' first day
 *
 * Returns: (transfer full): a translated sentence, such as "Every week on
 *   Monday and Thursday, until 31 December 2027"
 */
char *
koers_recurrence_rule_describe (const KoersRecurrenceRule *rule,
                                const GDate               *start)
{
  g_autofree char *base = NULL;
  guint interval;

  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);

  interval = MAX (rule->interval, 1);
  switch (rule->repeat)
    {
    case KOERS_REPEAT_NONE:
      return g_strdup (_("Does not repeat"));

    case KOERS_REPEAT_WEEKLY:
      {
        g_autofree char *days = weekday_list ((rule->weekdays & 0x7f) != 0 ? rule->weekdays
                                              : 1 << weekday_index (start));

        if (interval == 1)
          base = g_strdup_printf (_("Every week on %s"), days);
        else
          base = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %u week on %s",
                                               "Every %u weeks on %s", interval), interval, days);
      }
      break;

    case KOERS_REPEAT_MONTHLY_DAY:
      {
        guint day = g_date_get_day (start);

        if (day == 31)
          base = interval == 1 ? g_strdup (_("Every month on the last day"))
                 : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Every %u month on the last day",
                                                 "Every %u months on the last day", interval),
                                    interval);
        else if (day > 28)
          base = interval == 1
                 ? g_strdup_printf (_("Every month on day %u, or the last day of a shorter month"), day)
                 : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Every %u month on day %u, or the last day of a shorter month",
                                                 "Every %u months on day %u, or the last day of a shorter month",
                                                 interval), interval, day);
        else
          base = interval == 1 ? g_strdup_printf (_("Every month on day %u"), day)
                 : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %u month on day %u",
                                                 "Every %u months on day %u", interval),
                                    interval, day);
      }
      break;

    case KOERS_REPEAT_MONTHLY_WEEKDAY:
      {
        const char *ordinal = ordinal_name (rule->week_of_month);
        const char *day = weekday_name (weekday_index (start));

        /* TRANSLATORS: "Every month on the second Thursday" */
        base = interval == 1 ? g_strdup_printf (_("Every month on the %s %s"), ordinal, day)
               : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %u month on the %s %s",
                                               "Every %u months on the %s %s", interval),
                                  interval, ordinal, day);
      }
      break;

    case KOERS_REPEAT_YEARLY:
      {
        const char *month = koers_month_name (g_date_get_month (start));
        guint day = g_date_get_day (start);

        /* TRANSLATORS: "Every year on 14 February" */
        base = interval == 1 ? g_strdup_printf (_("Every year on %u %s"), day, month)
               : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %u year on %u %s",
                                               "Every %u years on %u %s", interval),
                                  interval, day, month);
      }
      break;

    case KOERS_REPEAT_CUSTOM:
    default:
      base = g_strdup (_("A repetition of its own"));
      break;
    }

  if (rule->end == KOERS_REPEAT_END_UNTIL && g_date_valid (&rule->until))
    {
      g_autofree char *until = date_text (&rule->until);

      /* TRANSLATORS: a repetition and its last day: "Every week on Monday, until 31 December 2027" */
      return g_strdup_printf (_("%s, until %s"), base, until);
    }
  if (rule->end == KOERS_REPEAT_END_COUNT && rule->count > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u time", "%s, %u times",
                                         rule->count), base, rule->count);
  return g_steal_pointer (&base);
}

/**
 * koers_recurrence_expand_ical:
 * @rrule: an RRULE value
 * @start: the series' first day (DTSTART)
 * @from: the first day wanted
 * @to: the last day wanted
 * @max: at most this many days
 * @julians: (element-type guint32): where the days go, in order
 *
 * Expands @rrule over [@from, @to] with libical. A rule without COUNT
 * starts at @from (icalrecur_iterator_set_start()); one with COUNT must be
 * walked from @start. Either way libical takes at most a fixed number of
 * steps, so no rule can hang or exhaust memory; a hostile rule may then
 * miss occurrences far from its start.
 *
 * Returns: FALSE when libical cannot read @rrule
 */
gboolean
koers_recurrence_expand_ical (const char  *rrule,
                              const GDate *start,
                              const GDate *from,
                              const GDate *to,
                              guint        max,
                              GArray      *julians)
{
  return koers_recurrence_expand_ical_full (rrule, start, from, to, max, julians, NULL);
}

/**
 * koers_recurrence_expand_ical_full:
 * @rrule: an RRULE value
 * @start: the series' first day (DTSTART)
 * @from: the first day wanted
 * @to: the last day wanted
 * @max: at most this many days
 * @julians: (element-type guint32): where the days go, in order
 * @complete: (out) (optional): whether @julians has every day of @rrule in
 *   [@from, @to]: %FALSE when the expansion stopped at @max, at the cap on
 *   libical's work, or a hundred years after the start of a rule with a
 *   COUNT that goes on longer
 *
 * As koers_recurrence_expand_ical(), saying whether anything was left out.
 *
 * Returns: FALSE when libical cannot read @rrule
 */
gboolean
koers_recurrence_expand_ical_full (const char  *rrule,
                                   const GDate *start,
                                   const GDate *from,
                                   const GDate *to,
                                   guint        max,
                                   GArray      *julians,
                                   gboolean    *complete)
{
  struct icalrecurrencetype recur;
  icalrecur_iterator *iter;
  guint32 jfrom, jto, last = 0;
  guint n = 0, seen = 0, count;
  gboolean ended = FALSE, cut = FALSE;
  guint step;
  gboolean dummy;

  if (complete == NULL)
    complete = &dummy;
  *complete = TRUE;

  g_return_val_if_fail (start != NULL && g_date_valid (start), FALSE);
  g_return_val_if_fail (from != NULL && g_date_valid (from), FALSE);
  g_return_val_if_fail (to != NULL && g_date_valid (to), FALSE);
  g_return_val_if_fail (julians != NULL, FALSE);

  if (!read_rule (rrule, &recur, NULL))
    return FALSE;
  if (g_date_compare (start, to) > 0 || g_date_compare (from, to) > 0)
    return TRUE;
  if (max == 0)
    {
      *complete = FALSE;
      return TRUE;
    }

  /* Days, not times */
  if (recur.freq < ICAL_DAILY_RECURRENCE)
    {
      recur.freq = ICAL_DAILY_RECURRENCE;
      recur.interval = 1;
    }
  recur.by_second[0] = recur.by_minute[0] = recur.by_hour[0] = ICAL_RECURRENCE_ARRAY_MAX;
  if (!icaltime_is_null_time (recur.until))
    {
      recur.until.is_date = 1;
      recur.until.hour = recur.until.minute = recur.until.second = 0;
      recur.until.zone = NULL;
    }

  /* libical stops at UNTIL, also while it searches for a day a rule can
   * never fall on (without it, it searches up to its last year, seconds
   * for each expansion): @to is as far as anything is wanted. It ignores
   * UNTIL beside COUNT, so a count is applied here: the walk starts at
   * DTSTART and keeps the first COUNT days. */
  count = recur.count > 0 ? (guint) recur.count : G_MAXUINT;
  recur.count = 0;
  {
    GDate last_day = *to;
    struct icaltimetype end;

    /* A series with a count is followed for a hundred years from its start */
    if (count != G_MAXUINT && g_date_get_julian (start) + COUNT_YEARS_DAYS < g_date_get_julian (to))
      {
        g_date_set_julian (&last_day, g_date_get_julian (start) + COUNT_YEARS_DAYS);
        /* at most a day a day: a count of no more days than that has
         * ended by then */
        cut = count > COUNT_YEARS_DAYS;
        if (g_date_compare (from, &last_day) > 0)
          {
            *complete = !cut;
            return TRUE;
          }
      }
    end = to_ical (&last_day);
    if (icaltime_is_null_time (recur.until) || icaltime_compare_date_only (recur.until, end) > 0)
      recur.until = end;
  }

  icalerror_clear_errno ();
  iter = icalrecur_iterator_new (recur, to_ical (start));
  if (iter == NULL)
    {
      icalerror_clear_errno ();
      return TRUE;  /* a rule without occurrences */
    }
  if (count == G_MAXUINT && g_date_compare (from, start) > 0)
    icalrecur_iterator_set_start (iter, to_ical (from));

  jfrom = g_date_get_julian (from);
  jto = g_date_get_julian (to);
  for (step = 0; step < MAX_STEPS && n < max; step++)
    {
      struct icaltimetype t = icalrecur_iterator_next (iter);
      GDate day;
      guint32 j;

      if (icaltime_is_null_time (t))
        {
          /* the rule's end, or the hundred years of a count */
          ended = !cut || seen >= count;
          break;
        }
      /* a day GDate has not (libical's calendar before 1583 has a 29
       * February in years GDate's has not): the steps still bound the walk */
      if (!g_date_valid_dmy (t.day, t.month, t.year))
        continue;
      g_date_clear (&day, 1);
      g_date_set_dmy (&day, t.day, t.month, t.year);
      j = g_date_get_julian (&day);
      if (j > jto || seen >= count)
        {
          ended = TRUE;
          break;
        }
      if (j == last)
        continue;
      seen++;
      last = j;
      if (j < jfrom)
        continue;
      g_array_append_val (julians, j);
      n++;
    }
  icalrecur_iterator_free (iter);
  icalerror_clear_errno ();
  *complete = ended;
  return TRUE;
}

/* The rules the editor shows are expanded here, by arithmetic: a month of
 * a series costs a few hundred nanoseconds instead of libical's microseconds
 * per occurrence (bench/README.md), which matters for thousands of series.
 * tests/test-recurrence.c checks that both give the same days. */

/* Calendar arithmetic on GDate's Julian days (day 1 is Monday 1 January of
 * the year 1), without GDate: a month of a thousand series is thousands of
 * these. */
static gboolean
is_leap (guint year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static guint
days_in_month_index (guint index)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  return index % 12 == 1 && is_leap (index / 12) ? 29 : days[index % 12];
}

static guint32
julian_of (guint day,
           guint index)
{
  gint64 y = index / 12;
  gint64 m = index % 12 + 1;
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = y / 400;
  yoe = y - era * 400;
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  /* days from 1970-01-01, whose Julian day is 719163 */
  return (guint32) (era * 146097 + doe - 719468 + 719163);
}

static guint
month_index_of (guint32 julian)
{
  gint64 days = (gint64) julian - 719163 + 719468;
  gint64 era = days / 146097;
  gint64 doe = days - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 y = yoe + era * 400;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  gint64 m = mp < 10 ? mp + 3 : mp - 9;

  y += m <= 2;
  return (guint) (y * 12 + m - 1);
}

/* Monday = 0 */
static guint
julian_weekday (guint32 julian)
{
  return (julian - 1) % 7;
}

/* The day of month @index on which @rule falls */
static guint
monthly_day (const KoersRecurrenceRule *rule,
             guint                      start_day,
             guint                      start_weekday,
             guint                      index)
{
  guint dim = days_in_month_index (index);
  guint first_wd, day;

  if (rule->repeat == KOERS_REPEAT_MONTHLY_DAY)
    return MIN (start_day, dim);

  first_wd = julian_weekday (julian_of (1, index));
  day = 1 + (start_weekday + 7 - first_wd) % 7;
  if (rule->week_of_month == -1)
    {
      while (day + 7 <= dim)
        day += 7;
      return day;
    }
  return day + 7 * (guint) (CLAMP (rule->week_of_month, 1, 4) - 1);
}

/**
 * koers_recurrence_rule_expand:
 * @rule: a projection other than NONE and CUSTOM
 * @start: the series' first day
 * @from: the first day wanted
 * @to: the last day wanted
 * @max: at most this many days
 * @julians: (element-type guint32): where the days go, in order
 *
 * The days of @rule within [@from, @to], as koers_recurrence_expand_ical()
 * finds them for the rule's text, but without libical. Without COUNT the
 * walk starts at @from; with COUNT it walks from @start, at most a fixed
 * number of periods.
 *
 * Returns: FALSE for KOERS_REPEAT_NONE and KOERS_REPEAT_CUSTOM (but for a
 *   plain monthly rule from day 29 to 31, its month_day)
 */
gboolean
koers_recurrence_rule_expand (const KoersRecurrenceRule *rule,
                              const GDate               *start,
                              const GDate               *from,
                              const GDate               *to,
                              guint                      max,
                              GArray                    *julians)
{
  return koers_recurrence_rule_expand_full (rule, start, from, to, max, julians, NULL);
}

/**
 * koers_recurrence_rule_expand_full:
 * @rule: a projection
 * @start: the series' first day
 * @from: the first day wanted
 * @to: the last day wanted
 * @max: at most this many days
 * @julians: (element-type guint32): where the days go, in order
 * @complete: (out) (optional): whether @julians has every day of @rule in
 *   [@from, @to]: %FALSE when the expansion stopped at @max or at the cap
 *   on the work
 *
 * As koers_recurrence_rule_expand(), saying whether anything was left out.
 *
 * Returns: FALSE for KOERS_REPEAT_NONE and KOERS_REPEAT_CUSTOM (but for a
 *   plain monthly rule from day 29 to 31, its month_day)
 */
gboolean
koers_recurrence_rule_expand_full (const KoersRecurrenceRule *rule,
                                   const GDate               *start,
                                   const GDate               *from,
                                   const GDate               *to,
                                   guint                      max,
                                   GArray                    *julians,
                                   gboolean                  *complete)
{
  guint32 js, jfrom, jto;
  guint interval;
  guint64 remaining;
  guint n = 0;
  guint step = 0;
  gboolean dummy;

  if (complete == NULL)
    complete = &dummy;
  *complete = TRUE;

  g_return_val_if_fail (rule != NULL, FALSE);
  g_return_val_if_fail (start != NULL && g_date_valid (start), FALSE);
  g_return_val_if_fail (from != NULL && g_date_valid (from), FALSE);
  g_return_val_if_fail (to != NULL && g_date_valid (to), FALSE);
  g_return_val_if_fail (julians != NULL, FALSE);

  if (rule->repeat == KOERS_REPEAT_NONE ||
      (rule->repeat == KOERS_REPEAT_CUSTOM && rule->month_day == 0))
    return FALSE;

  js = g_date_get_julian (start);
  jfrom = MAX (g_date_get_julian (from), js);
  jto = g_date_get_julian (to);
  if (rule->end == KOERS_REPEAT_END_UNTIL && g_date_valid (&rule->until))
    jto = MIN (jto, g_date_get_julian (&rule->until));
  if (jfrom > jto)
    return TRUE;
  if (max == 0)
    {
      *complete = FALSE;
      return TRUE;
    }
  interval = CLAMP (rule->interval, 1, 100000);
  remaining = rule->end == KOERS_REPEAT_END_COUNT ? MAX (rule->count, 1) : G_MAXUINT64;

  switch (rule->repeat)
    {
    case KOERS_REPEAT_WEEKLY:
      {
        guint start_weekday = julian_weekday (js);
        guint8 days = (rule->weekdays & 0x7f) != 0 ? rule->weekdays & 0x7f : 1 << start_weekday;
        guint32 week0 = js - start_weekday;  /* the Monday of the start's week */
        guint64 k = 0;

        if (rule->end != KOERS_REPEAT_END_COUNT && jfrom > week0)
          k = ((jfrom - week0) / 7) / interval * interval;
        for (step = 0; step < MAX_STEPS; step++, k += interval)
          {
            guint64 monday = week0 + 7 * k;

            if (monday > jto)
              return TRUE;
            for (guint d = 0; d < 7; d++)
              {
                guint64 j = monday + d;

                if (!(days & (1 << d)) || j < js)
                  continue;
                if (j > jto || remaining == 0)
                  return TRUE;
                if (n >= max)
                  {
                    *complete = FALSE;
                    return TRUE;
                  }
                remaining--;
                if (j >= jfrom)
                  {
                    guint32 day = (guint32) j;

                    g_array_append_val (julians, day);
                    n++;
                  }
              }
          }
      }
      break;

    case KOERS_REPEAT_CUSTOM:  /* month_day */
    case KOERS_REPEAT_MONTHLY_DAY:
    case KOERS_REPEAT_MONTHLY_WEEKDAY:
      {
        guint m0 = g_date_get_year (start) * 12 + g_date_get_month (start) - 1;
        guint start_day = g_date_get_day (start);
        guint start_weekday = julian_weekday (js);
        guint64 k = 0;

        if (rule->end != KOERS_REPEAT_END_COUNT)
          k = (month_index_of (jfrom) - m0) / interval * interval;
        for (step = 0; step < MAX_STEPS; step++, k += interval)
          {
            guint64 index = m0 + k;
            guint d;
            guint32 j;

            if (index / 12 > 9999)
              return TRUE;
            d = rule->repeat == KOERS_REPEAT_CUSTOM
              ? rule->month_day  /* a month without the day has no occurrence */
              : monthly_day (rule, start_day, start_weekday, (guint) index);
            if (d == 0 || d > days_in_month_index ((guint) index))
              {
                if (julian_of (1, (guint) index) > jto)
                  return TRUE;
                continue;
              }
            j = julian_of (d, (guint) index);
            if (j > jto)
              return TRUE;
            if (j < js)
              continue;
            if (remaining == 0)
              return TRUE;
            if (n >= max)
              {
                *complete = FALSE;
                return TRUE;
              }
            remaining--;
            if (j >= jfrom)
              {
                g_array_append_val (julians, j);
                n++;
              }
          }
      }
      break;

    case KOERS_REPEAT_YEARLY:
      {
        guint y0 = g_date_get_year (start);
        guint month = g_date_get_month (start);
        guint dom = g_date_get_day (start);
        guint64 k = 0;

        if (rule->end != KOERS_REPEAT_END_COUNT)
          k = (month_index_of (jfrom) / 12 - y0) / interval * interval;
        for (step = 0; step < MAX_STEPS; step++, k += interval)
          {
            guint64 year = y0 + k;
            guint32 j;

            if (year > 9999)
              return TRUE;
            /* 29 February only in leap years, as RFC 5545 has it */
            if (dom > days_in_month_index ((guint) (year * 12 + month - 1)))
              continue;
            j = julian_of (dom, (guint) (year * 12 + month - 1));
            if (j > jto)
              return TRUE;
            if (remaining == 0)
              return TRUE;
            if (n >= max)
              {
                *complete = FALSE;
                return TRUE;
              }
            remaining--;
            if (j >= jfrom)
              {
                g_array_append_val (julians, j);
                n++;
              }
          }
      }
      break;

    case KOERS_REPEAT_NONE:
    default:
      g_assert_not_reached ();
    }

  /* the cap on the work ended the walk */
  *complete = FALSE;
  return TRUE;
}

/**
 * koers_recurrence_expand:
 * @rrule: an RRULE value
 * @start: the series' first day (DTSTART)
 * @from: the first day wanted
 * @to: the last day wanted
 * @max: at most this many days
 * @julians: (element-type guint32): where the days go, in order
 *
 * The days of @rrule within [@from, @to]: read with libical, expanded by
 * koers_recurrence_rule_expand() when the editor can show the rule, and by
 * libical (koers_recurrence_expand_ical()) otherwise.
 *
 * Returns: FALSE when libical cannot read @rrule
 */
gboolean
koers_recurrence_expand (const char  *rrule,
                         const GDate *start,
                         const GDate *from,
                         const GDate *to,
                         guint        max,
                         GArray      *julians)
{
  KoersRecurrenceRule rule;

  g_return_val_if_fail (start != NULL && g_date_valid (start), FALSE);

  if (!koers_recurrence_rule_parse (rrule, start, &rule, NULL) || rule.repeat == KOERS_REPEAT_NONE)
    return FALSE;
  if (koers_recurrence_rule_expand (&rule, start, from, to, max, julians))
    return TRUE;
  return koers_recurrence_expand_ical (rrule, start, from, to, max, julians);
}
