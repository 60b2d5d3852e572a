/* koers-calendar-series.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a change of one occurrence, or of a series from one occurrence on,
 * does to the plan. Every function is one change of the plan: one step of
 * its undo history.
 */
#define G_LOG_DOMAIN "koers-calendar-series"

#include "config.h"

#include <string.h>

#include "koers-calendar-series.h"
#include "koers-calendar-index.h"
#include "koers-model-private.h"
#include "koers-recurrence.h"

gboolean
koers_calendar_entry_is_series (KoersCalendarEntry *entry)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (entry), FALSE);

  return *koers_calendar_entry_get_rrule (entry) != '\0' &&
         koers_calendar_entry_get_date (entry) != NULL;
}

static char *
date_text (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Copies what an entry says (not its place in time, nor its identity). */
static void
copy_content (KoersCalendarEntry *to,
              KoersCalendarEntry *from)
{
  koers_calendar_entry_set_time (to, koers_calendar_entry_get_time (from));
  koers_calendar_entry_set_channel (to, koers_calendar_entry_get_channel (from));
  koers_calendar_entry_set_title (to, koers_calendar_entry_get_title (from));
  koers_calendar_entry_set_text (to, koers_calendar_entry_get_text (from));
  koers_calendar_entry_set_kind (to, koers_calendar_entry_get_kind (from));
  koers_calendar_entry_set_rose_part (to, koers_calendar_entry_get_rose_part (from));
  koers_calendar_entry_set_owner (to, koers_calendar_entry_get_owner (from));
  koers_calendar_entry_set_status (to, koers_calendar_entry_get_status (from));
  koers_calendar_entry_set_hours (to, koers_calendar_entry_get_hours (from));
}

/**
 * koers_calendar_entry_duplicate:
 * @entry: an entry
 *
 * Returns: (transfer full): a copy of @entry, with a new id, in no plan
 */
KoersCalendarEntry *
koers_calendar_entry_duplicate (KoersCalendarEntry *entry)
{
  KoersCalendarEntry *copy;

  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (entry), NULL);

  copy = koers_calendar_entry_new ();
  copy_content (copy, entry);
  koers_calendar_entry_set_date (copy, koers_calendar_entry_get_date (entry));
  koers_calendar_entry_set_rrule (copy, koers_calendar_entry_get_rrule (entry));
  koers_calendar_entry_set_exdates (copy, koers_calendar_entry_get_exdates (entry));
  koers_calendar_entry_set_series (copy, koers_calendar_entry_get_series (entry));
  koers_calendar_entry_set_origin (copy, koers_calendar_entry_get_origin (entry));
  return copy;
}

/* The overrides of @series (borrowed), in the order of the list */
static GPtrArray *
find_overrides (KoersPlan          *plan,
                KoersCalendarEntry *series)
{
  GListModel *entries = koers_plan_get_entries (plan);
  guint n = g_list_model_get_n_items (entries);
  const char *id = koers_calendar_entry_get_id (series);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, i);

      if (entry != series && g_strcmp0 (koers_calendar_entry_get_series (entry), id) == 0)
        g_ptr_array_add (result, entry);
    }
  return result;
}

/**
 * koers_calendar_skip_occurrence:
 * @plan: the plan of @series
 * @series: a series
 * @origin: the series date to leave out
 *
 * Leaves one occurrence out of @series ("only this one", when deleting):
 * adds @origin to its skipped dates and removes an override of it.
 */
void
koers_calendar_skip_occurrence (KoersPlan          *plan,
                                KoersCalendarEntry *series,
                                const GDate        *origin)
{
  KoersCalendarIndex *index;
  KoersCalendarEntry *override;
  g_autofree char *text = NULL;
  const char *const *exdates;

  g_return_if_fail (KOERS_IS_PLAN (plan));
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (series));
  g_return_if_fail (origin != NULL && g_date_valid (origin));

  index = koers_calendar_index_get_for_plan (plan);
  override = koers_calendar_index_get_override (index, series, origin);
  text = date_text (origin);
  exdates = koers_calendar_entry_get_exdates (series);

  koers_plan_begin_change (plan);
  if (override != NULL)
    koers_plan_remove (plan, override);
  if (!g_strv_contains (exdates, text))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) days = NULL;

      g_strv_builder_addv (builder, (const char **) exdates);
      g_strv_builder_add (builder, text);
      days = g_strv_builder_end (builder);
      koers_calendar_entry_set_exdates (series, (const char *const *) days);
    }
  koers_plan_end_change (plan);
}

/**
 * koers_calendar_detach_occurrence:
 * @plan: the plan of @series
 * @series: a series
 * @origin: the series date of the occurrence
 *
 * Makes one occurrence of @series an entry of its own that replaces it
 * ("only this one", when editing or moving): a copy of the series on
 * @origin that names the series and @origin. When it exists already,
 * returns that one. To make the edit that follows part of the same undo
 * step, call this between koers_plan_begin_change() and _end_change().
 *
 * Returns: (transfer none): the override, in the plan
 */
KoersCalendarEntry *
koers_calendar_detach_occurrence (KoersPlan          *plan,
                                  KoersCalendarEntry *series,
                                  const GDate        *origin)
{
  KoersCalendarIndex *index;
  KoersCalendarEntry *override;
  g_autoptr(KoersCalendarEntry) entry = NULL;
  GListModel *list;
  guint position = 0;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (series), NULL);
  g_return_val_if_fail (origin != NULL && g_date_valid (origin), NULL);

  index = koers_calendar_index_get_for_plan (plan);
  override = koers_calendar_index_get_override (index, series, origin);
  if (override != NULL)
    return override;

  entry = koers_calendar_entry_new ();
  copy_content (entry, series);
  koers_calendar_entry_set_date (entry, origin);
  koers_calendar_entry_set_series (entry, koers_calendar_entry_get_id (series));
  koers_calendar_entry_set_origin (entry, origin);

  list = koers_plan_get_list_of (plan, series, &position);
  if (list == NULL)
    list = koers_plan_get_entries (plan);
  else
    position++;
  koers_plan_insert (plan, list, MIN (position, g_list_model_get_n_items (list)), entry);
  return entry;
}

/* @rrule without its UNTIL and COUNT parts, for a new end */
static GString *
rule_without_end (const char *rrule)
{
  g_auto(GStrv) parts = g_strsplit (rrule, ";", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_ascii_strncasecmp (parts[i], "UNTIL=", 6) == 0 ||
          g_ascii_strncasecmp (parts[i], "COUNT=", 6) == 0 || *parts[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, ';');
      g_string_append (text, parts[i]);
    }
  return text;
}

/**
 * koers_calendar_split_series:
 * @plan: the plan of @series
 * @series: a series
 * @origin: a series date after its start
 *
 * "This and the following ones": @series ends the day before @origin, and
 * a copy of it (a new id) starts on @origin, with the skipped dates and the
 * overrides from @origin on. A series with a count of occurrences keeps its
 * total. When @origin is the series' start, nothing is split.
 *
 * Returns: (transfer none): the series from @origin on, in the plan
 */
KoersCalendarEntry *
koers_calendar_split_series (KoersPlan          *plan,
                             KoersCalendarEntry *series,
                             const GDate        *origin)
{
  const GDate *start;
  const char *rrule;
  KoersRecurrenceRule rule;
  g_autoptr(KoersCalendarEntry) next = NULL;
  g_autoptr(GString) head = NULL;
  g_autoptr(GString) tail = NULL;
  g_autoptr(GPtrArray) overrides = NULL;
  g_autoptr(GStrvBuilder) before = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) after = g_strv_builder_new ();
  g_auto(GStrv) before_days = NULL;
  g_auto(GStrv) after_days = NULL;
  const char *const *exdates;
  GListModel *list;
  guint position = 0;
  GDate eve;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (series), NULL);
  g_return_val_if_fail (origin != NULL && g_date_valid (origin), NULL);

  start = koers_calendar_entry_get_date (series);
  rrule = koers_calendar_entry_get_rrule (series);
  if (start == NULL || *rrule == '\0' || g_date_compare (origin, start) <= 0 ||
      !koers_recurrence_rule_parse (rrule, start, &rule, NULL))
    return series;

  eve = *origin;
  g_date_subtract_days (&eve, 1);

  head = rule_without_end (rrule);
  g_string_append_printf (head, ";UNTIL=%04u%02u%02u", g_date_get_year (&eve),
                          g_date_get_month (&eve), g_date_get_day (&eve));
  tail = rule_without_end (rrule);
  if (rule.end == KOERS_REPEAT_END_UNTIL)
    g_string_append_printf (tail, ";UNTIL=%04u%02u%02u", g_date_get_year (&rule.until),
                            g_date_get_month (&rule.until), g_date_get_day (&rule.until));
  else if (rule.end == KOERS_REPEAT_END_COUNT)
    {
      g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
      guint done;

      koers_recurrence_expand (rrule, start, start, &eve, rule.count, days);
      done = days->len;
      if (done >= rule.count)
        return series;  /* nothing left from @origin on */
      g_string_append_printf (tail, ";COUNT=%u", rule.count - done);
    }

  exdates = koers_calendar_entry_get_exdates (series);
  for (guint i = 0; exdates[i] != NULL; i++)
    {
      g_autoptr(GDate) day = _koers_date_parse (exdates[i]);

      g_strv_builder_add (day != NULL && g_date_compare (day, origin) >= 0 ? after : before,
                          exdates[i]);
    }
  before_days = g_strv_builder_end (before);
  after_days = g_strv_builder_end (after);

  next = koers_calendar_entry_duplicate (series);
  koers_calendar_entry_set_date (next, origin);
  koers_calendar_entry_set_rrule (next, tail->str);
  koers_calendar_entry_set_exdates (next, (const char *const *) after_days);

  overrides = find_overrides (plan, series);

  koers_plan_begin_change (plan);
  koers_calendar_entry_set_rrule (series, head->str);
  koers_calendar_entry_set_exdates (series, (const char *const *) before_days);
  list = koers_plan_get_list_of (plan, series, &position);
  if (list == NULL)
    list = koers_plan_get_entries (plan);
  else
    position++;
  koers_plan_insert (plan, list, MIN (position, g_list_model_get_n_items (list)), next);
  for (guint i = 0; i < overrides->len; i++)
    {
      KoersCalendarEntry *override = g_ptr_array_index (overrides, i);
      const GDate *day = koers_calendar_entry_get_origin (override);

      if (day != NULL && g_date_compare (day, origin) >= 0)
        koers_calendar_entry_set_series (override, koers_calendar_entry_get_id (next));
    }
  koers_plan_end_change (plan);

  return next;
}

static void
shift_date (GDate *date,
            int    days)
{
  if (days > 0)
    g_date_add_days (date, (guint) days);
  else if (days < 0)
    g_date_subtract_days (date, (guint) -days);
}

/* Whether @date moved by @days stays within the years 1 to 9999 */
static gboolean
can_shift (const GDate *date,
           int          days)
{
  GDate last;
  guint32 j = g_date_get_julian (date);

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 9999);
  if (days >= 0)
    return (guint64) j + (guint) days <= g_date_get_julian (&last);
  return j > (guint) -days;
}

/* A series moved by @days: its skipped dates, its end, its weekdays (a
 * weekly series on Monday and Thursday moved by a day falls on Tuesday and
 * Friday) and its overrides' origins move along. */
static void
shift_series (KoersPlan          *plan,
              KoersCalendarEntry *series,
              const GDate        *old_start,
              const GDate        *new_start,
              int                 days)
{
  const char *rrule = koers_calendar_entry_get_rrule (series);
  const char *const *exdates = koers_calendar_entry_get_exdates (series);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) shifted = NULL;
  g_autoptr(GPtrArray) overrides = find_overrides (plan, series);
  KoersRecurrenceRule rule;

  if (koers_recurrence_rule_parse (rrule, old_start, &rule, NULL))
    {
      g_autofree char *text = NULL;

      if (rule.end == KOERS_REPEAT_END_UNTIL && can_shift (&rule.until, days))
        shift_date (&rule.until, days);
      if (rule.repeat == KOERS_REPEAT_WEEKLY)
        {
          guint shift = (guint) (((days % 7) + 7) % 7);
          guint8 w = rule.weekdays & 0x7f;

          rule.weekdays = (guint8) (((w << shift) | (w >> (7 - shift))) & 0x7f);
        }
      text = koers_recurrence_rule_to_string (&rule, new_start);
      if (text == NULL && rule.end == KOERS_REPEAT_END_UNTIL)
        {
          /* A custom rule keeps its parts; only its end moves. */
          GString *custom = rule_without_end (rrule);

          g_string_append_printf (custom, ";UNTIL=%04u%02u%02u", g_date_get_year (&rule.until),
                                  g_date_get_month (&rule.until), g_date_get_day (&rule.until));
          text = g_string_free (custom, FALSE);
        }
      if (text != NULL)
        koers_calendar_entry_set_rrule (series, text);
    }

  for (guint i = 0; exdates[i] != NULL; i++)
    {
      g_autoptr(GDate) day = _koers_date_parse (exdates[i]);

      if (day != NULL && can_shift (day, days))
        {
          g_autofree char *text = NULL;

          shift_date (day, days);
          text = date_text (day);
          g_strv_builder_add (builder, text);
        }
    }
  shifted = g_strv_builder_end (builder);
  koers_calendar_entry_set_exdates (series, (const char *const *) shifted);

  for (guint i = 0; i < overrides->len; i++)
    {
      KoersCalendarEntry *override = g_ptr_array_index (overrides, i);
      const GDate *origin = koers_calendar_entry_get_origin (override);

      if (origin != NULL && can_shift (origin, days))
        {
          GDate day = *origin;

          shift_date (&day, days);
          koers_calendar_entry_set_origin (override, &day);
        }
    }
}

/**
 * koers_calendar_move_entries:
 * @plan: the plan of the entries
 * @entries: (array length=n_entries): entries: single ones, series, overrides
 * @n_entries: how many
 * @days: by how many days, earlier when negative
 *
 * Moves the entries by @days, as one change. A series moves as a whole: its
 * start, its end, its skipped dates and the dates its overrides replace.
 * An entry that would leave the calendar's range of years stays.
 */
void
koers_calendar_move_entries (KoersPlan                 *plan,
                             KoersCalendarEntry *const *entries,
                             guint                      n_entries,
                             int                        days)
{
  g_return_if_fail (KOERS_IS_PLAN (plan));
  g_return_if_fail (entries != NULL || n_entries == 0);

  if (days == 0 || n_entries == 0)
    return;

  koers_plan_begin_change (plan);
  for (guint i = 0; i < n_entries; i++)
    {
      KoersCalendarEntry *entry = entries[i];
      const GDate *date;
      GDate old_start, day;

      g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (entry));
      date = koers_calendar_entry_get_date (entry);
      if (date == NULL || !can_shift (date, days))
        continue;
      old_start = day = *date;
      shift_date (&day, days);
      if (koers_calendar_entry_is_series (entry))
        shift_series (plan, entry, &old_start, &day, days);
      koers_calendar_entry_set_date (entry, &day);
    }
  koers_plan_end_change (plan);
}
