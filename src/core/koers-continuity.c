/* koers-continuity.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One walk over the occurrences of a period (koers-check-private.h's
 * _koers_continuity_walk) feeds every analysis here and the plan check's
 * counts.
 */
#define G_LOG_DOMAIN "koers-continuity"

#include "config.h"

#include <string.h>

#include "koers-calendar-entry.h"
#include "koers-calendar-series.h"
#include "koers-check-private.h"
#include "koers-continuity.h"
#include "koers-model-private.h"
#include "koers-plan-private.h"
#include "koers-recurrence.h"
#include "koers-role.h"

static guint
month_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_get_year (&date) * 12 + g_date_get_month (&date) - 1;
}

static guint32
month_start (guint index)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, index % 12 + 1, index / 12);
  return g_date_get_julian (&date);
}

static guint32
month_end (guint index)
{
  return month_start (index) + g_date_get_days_in_month (index % 12 + 1, index / 12) - 1;
}

static void
set_julian (GDate   *date,
            guint32  julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

struct _KoersContinuityWalk
{
  KoersPlan          *plan;
  GDate               first;
  GDate               last;
  guint32             jfirst;
  guint32             jlast;
  KoersContinuityDay  day;
  KoersContinuityRun  run;
  gpointer            data;
  guint               serial;      /* the calendar's, when the walk began */
  guint               next_entry;  /* the singles and overrides go first */
  GPtrArray          *series;      /* then these, once every override is known */
  guint               next_series;
  GHashTable         *overridden;  /* "SERIES-ID/ORIGIN-JULIAN" */
  GArray             *days;
  gboolean            empty;       /* the period ends before it starts */
  gboolean            open;        /* the period is the entries' months, found on the way */
  guint32             lo, hi;      /* open: the first and last day of any entry */
};

/**
 * _koers_continuity_walk_new:
 *
 * A walk as _koers_continuity_walk() makes it, that goes a few entries at a
 * time (_koers_continuity_walk_step()), for a view on the main loop.
 */
KoersContinuityWalk *
_koers_continuity_walk_new (KoersPlan          *plan,
                            const GDate        *first,
                            const GDate        *last,
                            KoersContinuityDay  day,
                            KoersContinuityRun  run,
                            gpointer            data)
{
  KoersContinuityWalk *w = g_new0 (KoersContinuityWalk, 1);

  w->plan = g_object_ref (plan);
  w->first = *first;
  w->last = *last;
  w->day = day;
  w->run = run;
  w->data = data;
  w->serial = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR);
  w->series = g_ptr_array_new ();
  w->overridden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w->days = g_array_new (FALSE, FALSE, sizeof (guint32));
  w->empty = g_date_compare (first, last) > 0;
  w->jfirst = g_date_get_julian (first);
  w->jlast = g_date_get_julian (last);
  return w;
}

/**
 * _koers_continuity_walk_new_open:
 *
 * A walk over the whole months from the first to the last calendar entry,
 * the period of a plan without one (koers_check_get_period()), found in
 * the same pass: _koers_continuity_walk_get_period() has it once the walk
 * is done.
 */
KoersContinuityWalk *
_koers_continuity_walk_new_open (KoersPlan          *plan,
                                 KoersContinuityDay  day,
                                 KoersContinuityRun  run,
                                 gpointer            data)
{
  g_autoptr(GDate) first = g_date_new_julian (1);
  g_autoptr(GDate) last = g_date_new_julian (1);
  KoersContinuityWalk *w = _koers_continuity_walk_new (plan, first, last, day, run, data);

  w->open = TRUE;
  w->jfirst = 0;
  w->jlast = G_MAXUINT32;
  w->lo = G_MAXUINT32;
  w->hi = 0;
  return w;
}

/* Returns: FALSE when an open walk found no entry */
gboolean
_koers_continuity_walk_get_period (KoersContinuityWalk *w,
                                   GDate               *first,
                                   GDate               *last)
{
  if (w->open && w->lo > w->hi)
    return FALSE;
  *first = w->first;
  *last = w->last;
  return TRUE;
}

void
_koers_continuity_walk_free (KoersContinuityWalk *w)
{
  g_object_unref (w->plan);
  g_ptr_array_unref (w->series);
  g_hash_table_unref (w->overridden);
  g_array_unref (w->days);
  g_free (w);
}

/* One series over the period */
static void
walk_series (KoersContinuityWalk *w)
{
  KoersCalendarEntry *entry = g_ptr_array_index (w->series, w->next_series++);
  const GDate *date = koers_calendar_entry_get_date (entry);
  const char *id;
  gboolean dense = TRUE, has_exdates;
  guint max_gap = 0;
  GDate from;

  if (g_date_compare (date, &w->last) > 0)
    return;

  id = koers_calendar_entry_get_id (entry);
  has_exdates = koers_calendar_entry_get_exdates (entry)[0] != NULL;
  from = g_date_compare (date, &w->first) > 0 ? *date : w->first;
  g_array_set_size (w->days, 0);
  koers_recurrence_expand (koers_calendar_entry_get_rrule (entry), date, &from, &w->last,
                           KOERS_CONTINUITY_SAMPLE, w->days);
  for (guint d = 0; d < w->days->len; d++)
    {
      guint32 j = g_array_index (w->days, guint32, d);
      GDate when;

      if (d > 0)
        {
          guint32 prev = g_array_index (w->days, guint32, d - 1);

          max_gap = MAX (max_gap, j - prev - 1);
          /* Within 28 days no month can be left out */
          if (dense && j - prev > 28 && month_of (j) > month_of (prev) + 1)
            dense = FALSE;
        }
      if (has_exdates)
        {
          set_julian (&when, j);
          if (koers_calendar_entry_is_skipped (entry, &when))
            continue;
        }
      if (g_hash_table_size (w->overridden) > 0)
        {
          char key[160];

          g_snprintf (key, sizeof key, "%s/%u", id, j);
          if (g_hash_table_contains (w->overridden, key))
            continue;
        }
      w->day (entry, j, w->data);
    }

  if (w->run != NULL && w->days->len == KOERS_CONTINUITY_SAMPLE && dense)
    {
      KoersRecurrenceRule rule;
      guint32 j0 = g_array_index (w->days, guint32, 0);
      guint32 j1 = g_array_index (w->days, guint32, w->days->len - 1);
      guint32 end = w->jlast;

      if (!koers_recurrence_rule_parse (koers_calendar_entry_get_rrule (entry), date, &rule, NULL) ||
          rule.end == KOERS_REPEAT_END_COUNT)
        return;
      if (rule.end == KOERS_REPEAT_END_UNTIL && g_date_valid (&rule.until))
        end = MIN (end, g_date_get_julian (&rule.until));
      if (end > j1 && j1 > j0)
        {
          guint64 total = (guint64) w->days->len * (end - j0 + 1) / (j1 - j0 + 1);

          w->run (entry, j1 + 1, end, max_gap, total > w->days->len ? total - w->days->len : 0,
                  w->data);
        }
    }
}

/**
 * _koers_continuity_walk_step:
 * @until: a g_get_monotonic_time() to stop at
 *
 * Goes on with the walk until @until (checked every few entries).
 *
 * Returns: whether the walk is done; %FALSE too when the calendar changed
 *   since it began (_koers_continuity_walk_is_current())
 */
gboolean
_koers_continuity_walk_step (KoersContinuityWalk *w,
                             gint64               until)
{
  guint n;
  /* Without a reference each: on 50,000 entries the refs cost more than
   * the walk. The callbacks do not change the list. */
  KoersCalendarEntry **items;

  if (!_koers_continuity_walk_is_current (w))
    return FALSE;
  if (w->empty)
    return TRUE;
  items = (KoersCalendarEntry **) _koers_plan_peek_items (koers_plan_get_entries (w->plan), &n);

  /* One pass over the entries: the singles and overrides on their day, the
   * series kept aside (few) until every override is known. Days as
   * numbers: on 50,000 entries GDate's checks cost more than the walk. */
  for (; w->next_entry < n; w->next_entry++)
    {
      KoersCalendarEntry *entry = items[w->next_entry];
      const GDate *date = koers_calendar_entry_get_date (entry);
      const char *series;
      guint32 julian;

      if (w->next_entry % 256 == 0 && until != G_MAXINT64 && g_get_monotonic_time () >= until)
        return FALSE;
      if (date == NULL || (!date->julian && !g_date_valid (date)))
        continue;
      julian = date->julian ? date->julian_days : g_date_get_julian (date);
      if (w->open)
        {
          w->lo = MIN (w->lo, julian);
          w->hi = MAX (w->hi, julian);
        }
      if (koers_calendar_entry_is_series (entry))
        {
          g_ptr_array_add (w->series, entry);
          continue;
        }
      series = koers_calendar_entry_get_series (entry);
      if (*series != '\0')
        {
          const GDate *origin = koers_calendar_entry_get_origin (entry);

          g_hash_table_add (w->overridden, g_strdup_printf ("%s/%u", series,
                                                            origin != NULL && g_date_valid (origin)
                                                            ? g_date_get_julian (origin) : julian));
        }
      if (julian >= w->jfirst && julian <= w->jlast)
        w->day (entry, julian, w->data);
    }

  /* Every single entry is within the months of the first and the last:
   * the series are expanded over them */
  if (w->open && w->jfirst == 0 && w->lo <= w->hi)
    {
      g_date_set_julian (&w->first, w->lo);
      g_date_set_day (&w->first, 1);
      g_date_set_julian (&w->last, w->hi);
      g_date_set_day (&w->last, g_date_get_days_in_month (g_date_get_month (&w->last),
                                                          g_date_get_year (&w->last)));
      w->jfirst = g_date_get_julian (&w->first);
      w->jlast = g_date_get_julian (&w->last);
    }
  if (w->open && w->lo > w->hi)
    return TRUE;
  while (w->next_series < w->series->len)
    {
      if (until != G_MAXINT64 && g_get_monotonic_time () >= until)
        return FALSE;
      walk_series (w);
    }
  return TRUE;
}

/* Whether the calendar is as it was when the walk began: if not, the
 * walk must start again */
gboolean
_koers_continuity_walk_is_current (KoersContinuityWalk *w)
{
  return koers_plan_get_serial (w->plan, KOERS_PLAN_SECTION_CALENDAR) == w->serial;
}

/**
 * _koers_continuity_walk:
 * @plan: a plan
 * @first: the period's first day
 * @last: its last day
 * @day: called for each occurrence, in no particular order
 * @run: (nullable): called for the rest of a series beyond its sample
 * @data: for both
 *
 * Walks the occurrences of the period: single entries and overrides on
 * their day, series expanded over the period (at most
 * KOERS_CONTINUITY_SAMPLE days each) without their skipped and overridden
 * days. A series that goes on beyond its sample and posted in every month
 * of it is reported once more with @run: the days after its sample up to
 * its end or the period's, the longest run of days without it in its
 * sample, and how many occurrences it has there at the sample's rate.
 */
void
_koers_continuity_walk (KoersPlan          *plan,
                        const GDate        *first,
                        const GDate        *last,
                        KoersContinuityDay  day,
                        KoersContinuityRun  run,
                        gpointer            data)
{
  KoersContinuityWalk *w = _koers_continuity_walk_new (plan, first, last, day, run, data);

  _koers_continuity_walk_step (w, G_MAXINT64);
  _koers_continuity_walk_free (w);
}

/* Channels ------------------------------------------------------------- */

typedef struct
{
  guint32 a;
  guint32 b;
  guint   gap;  /* the longest run of days without a post inside [a, b] */
} Span;

typedef struct
{
  GArray  *spans;  /* Span */
  guint64  n;
} ChannelAcc;

static void
channel_acc_free (ChannelAcc *acc)
{
  g_array_unref (acc->spans);
  g_free (acc);
}

static void
channel_day_cb (KoersCalendarEntry *entry,
                guint32             julian,
                gpointer            data)
{
  ChannelAcc *acc = g_hash_table_lookup (data, koers_calendar_entry_get_channel (entry));
  Span span = { julian, julian, 0 };

  if (acc == NULL)
    return;
  g_array_append_val (acc->spans, span);
  acc->n++;
}

static void
channel_run_cb (KoersCalendarEntry *entry,
                guint32             a,
                guint32             b,
                guint               gap,
                guint64             count,
                gpointer            data)
{
  ChannelAcc *acc = g_hash_table_lookup (data, koers_calendar_entry_get_channel (entry));
  Span span = { a, b, gap };

  if (acc == NULL)
    return;
  g_array_append_val (acc->spans, span);
  acc->n += count;
}

static int
compare_span (gconstpointer a,
              gconstpointer b)
{
  const Span *sa = a, *sb = b;

  return sa->a < sb->a ? -1 : sa->a > sb->a;
}

static void
channel_continuity_free (KoersChannelContinuity *c)
{
  g_clear_pointer (&c->inactive, g_array_unref);
  g_free (c);
}

static void
add_inactive (KoersChannelContinuity *c,
              guint                   m1,
              guint                   m2)
{
  KoersDateRange range;

  set_julian (&range.first, month_start (m1));
  set_julian (&range.last, month_end (m2));
  g_array_append_val (c->inactive, range);
  c->n_inactive_months += m2 - m1 + 1;
}

static void
analyse_channel (KoersChannelContinuity *c,
                 ChannelAcc             *acc,
                 guint32                 jfirst,
                 guint32                 jlast)
{
  guint32 reach, start;
  guint month_reach, last_month;
  GArray *spans = acc->spans;

  c->n_posts = acc->n;
  if (spans->len == 0)
    {
      c->posts_per_week = 0;
      return;
    }

  g_array_sort (spans, compare_span);
  set_julian (&c->first_post, g_array_index (spans, Span, 0).a);
  start = g_array_index (spans, Span, 0).a;
  reach = g_array_index (spans, Span, 0).b;
  month_reach = month_of (reach);
  last_month = month_of (jlast);

  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);

      if (span->gap > c->longest_gap)
        {
          /* inside an extrapolated series: where exactly is not known */
          c->longest_gap = span->gap;
          set_julian (&c->gap.first, span->a);
          set_julian (&c->gap.last, span->a + span->gap - 1);
        }
      if (i > 0 && span->a > reach + 1 && span->a - reach - 1 > c->longest_gap)
        {
          c->longest_gap = span->a - reach - 1;
          set_julian (&c->gap.first, reach + 1);
          set_julian (&c->gap.last, span->a - 1);
        }
      if (i > 0 && month_of (span->a) > month_reach + 1)
        add_inactive (c, month_reach + 1, month_of (span->a) - 1);
      reach = MAX (reach, span->b);
      month_reach = MAX (month_reach, month_of (span->b));
    }
  set_julian (&c->last_post, reach);
  if (jlast > reach && jlast - reach > c->longest_gap)
    {
      c->longest_gap = jlast - reach;
      set_julian (&c->gap.first, reach + 1);
      set_julian (&c->gap.last, jlast);
    }
  if (last_month > month_reach)
    add_inactive (c, month_reach + 1, last_month);

  c->posts_per_week = (double) c->n_posts * 7.0 / (double) (jlast - MAX (start, jfirst) + 1);
}

/**
 * koers_continuity_channels:
 * @plan: a plan
 * @first: the period's first day
 * @last: its last day
 *
 * Returns: (transfer full) (element-type KoersChannelContinuity): the
 *   continuity of every channel
 */
GPtrArray *
koers_continuity_channels (KoersPlan   *plan,
                           const GDate *first,
                           const GDate *last)
{
  GListModel *channels;
  GPtrArray *result;
  g_autoptr(GHashTable) accs = NULL;
  guint n;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);

  channels = koers_plan_get_channels (plan);
  n = g_list_model_get_n_items (channels);
  result = g_ptr_array_new_with_free_func ((GDestroyNotify) channel_continuity_free);
  accs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) channel_acc_free);

  for (guint c = 0; c < n; c++)
    {
      g_autoptr(KoersChannel) channel = g_list_model_get_item (channels, c);
      const char *id = koers_channel_get_id (channel);

      if (!g_hash_table_contains (accs, id))
        {
          ChannelAcc *acc = g_new0 (ChannelAcc, 1);

          acc->spans = g_array_new (FALSE, FALSE, sizeof (Span));
          g_hash_table_insert (accs, (gpointer) id, acc);
        }
    }

  _koers_continuity_walk (plan, first, last, channel_day_cb, channel_run_cb, accs);

  for (guint c = 0; c < n; c++)
    {
      g_autoptr(KoersChannel) channel = g_list_model_get_item (channels, c);
      KoersChannelContinuity *continuity = g_new0 (KoersChannelContinuity, 1);

      continuity->channel = channel;
      g_date_clear (&continuity->first_post, 1);
      g_date_clear (&continuity->last_post, 1);
      g_date_clear (&continuity->gap.first, 1);
      g_date_clear (&continuity->gap.last, 1);
      continuity->inactive = g_array_new (FALSE, FALSE, sizeof (KoersDateRange));
      continuity->intended_per_week = koers_channel_get_posts_per_week (channel);
      if (g_date_compare (first, last) <= 0)
        analyse_channel (continuity,
                         g_hash_table_lookup (accs, koers_channel_get_id (channel)),
                         g_date_get_julian (first), g_date_get_julian (last));
      g_ptr_array_add (result, continuity);
    }

  return result;
}

/* Mix ------------------------------------------------------------------ */

typedef struct
{
  GArray *months;
  guint   first_month;
  /* the last month looked up: most days follow one another */
  guint32 cached_first;
  guint32 cached_last;
  guint   cached;
} MixAcc;

static void
mix_day_cb (KoersCalendarEntry *entry,
            guint32             julian,
            gpointer            data)
{
  MixAcc *acc = data;
  KoersMonthMix *mix;
  guint m;

  if (julian < acc->cached_first || julian > acc->cached_last)
    {
      acc->cached = month_of (julian);
      acc->cached_first = month_start (acc->cached);
      acc->cached_last = month_end (acc->cached);
    }
  m = acc->cached - acc->first_month;

  if (m >= acc->months->len)
    return;
  mix = &g_array_index (acc->months, KoersMonthMix, m);
  if (koers_calendar_entry_get_kind (entry) == KOERS_CONTENT_KIND_PROMOTION)
    mix->n_promotion++;
  else
    mix->n_value++;
}

/**
 * koers_continuity_mix:
 * @plan: a plan
 * @first: the period's first day
 * @last: its last day
 *
 * The value and promotional posts of each calendar month of the period.
 * (The extrapolated rest of a very long series is not counted per month.)
 *
 * Returns: (transfer full) (element-type KoersMonthMix): the months
 */
GArray *
koers_continuity_mix (KoersPlan   *plan,
                      const GDate *first,
                      const GDate *last)
{
  MixAcc acc;
  guint m1, m2;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);

  acc.months = g_array_new (FALSE, TRUE, sizeof (KoersMonthMix));
  acc.cached_first = 1;
  acc.cached_last = 0;
  if (g_date_compare (first, last) > 0)
    return acc.months;
  m1 = month_of (g_date_get_julian (first));
  m2 = month_of (g_date_get_julian (last));
  acc.first_month = m1;
  g_array_set_size (acc.months, m2 - m1 + 1);
  for (guint m = m1; m <= m2; m++)
    set_julian (&g_array_index (acc.months, KoersMonthMix, m - m1).month, month_start (m));

  _koers_continuity_walk (plan, first, last, mix_day_cb, NULL, &acc);
  return acc.months;
}

/* Owners' hours --------------------------------------------------------- */

static void
owner_hours_free (KoersOwnerHours *hours)
{
  g_free (hours->owner);
  g_clear_pointer (&hours->weeks, g_array_unref);
  g_free (hours);
}

static void
hours_day_cb (KoersCalendarEntry *entry,
              guint32             julian,
              gpointer            data)
{
  GHashTable *owners = data;
  const char *owner = koers_calendar_entry_get_owner (entry);
  double hours = koers_calendar_entry_get_hours (entry);
  GHashTable *weeks;
  GDate date;
  guint32 monday;
  double *sum;

  if (*owner == '\0' || hours <= 0)
    return;
  weeks = g_hash_table_lookup (owners, owner);
  if (weeks == NULL)
    {
      weeks = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      g_hash_table_insert (owners, g_strdup (owner), weeks);
    }
  set_julian (&date, julian);
  monday = julian - (g_date_get_weekday (&date) - G_DATE_MONDAY);
  sum = g_hash_table_lookup (weeks, GUINT_TO_POINTER (monday));
  if (sum == NULL)
    {
      sum = g_new0 (double, 1);
      g_hash_table_insert (weeks, GUINT_TO_POINTER (monday), sum);
    }
  *sum += hours;
}

static int
compare_week (gconstpointer a,
              gconstpointer b)
{
  return g_date_compare (&((const KoersWeekHours *) a)->monday, &((const KoersWeekHours *) b)->monday);
}

static KoersOwnerHours *
make_owner_hours (const char *owner,
                  double      available,
                  GHashTable *weeks)
{
  KoersOwnerHours *result = g_new0 (KoersOwnerHours, 1);
  GHashTableIter iter;
  gpointer key, value;

  result->owner = g_strdup (owner);
  result->available = available;
  result->weeks = g_array_new (FALSE, FALSE, sizeof (KoersWeekHours));
  g_hash_table_iter_init (&iter, weeks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      KoersWeekHours week;

      set_julian (&week.monday, GPOINTER_TO_UINT (key));
      week.planned = *(double *) value;
      result->total += week.planned;
      g_array_append_val (result->weeks, week);
    }
  g_array_sort (result->weeks, compare_week);
  return result;
}

/**
 * koers_continuity_owner_hours:
 * @plan: a plan
 * @first: the period's first day
 * @last: its last day
 *
 * The planned hours (#KoersCalendarEntry:hours of each occurrence) per owner
 * and week, against the hours per week of the owner's role.
 *
 * Returns: (transfer full) (element-type KoersOwnerHours): the owners
 */
GPtrArray *
koers_continuity_owner_hours (KoersPlan   *plan,
                              const GDate *first,
                              const GDate *last)
{
  g_autoptr(GHashTable) owners = NULL;
  GListModel *roles;
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);

  owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  {
    guint n_entries;
    KoersCalendarEntry **items = (KoersCalendarEntry **)
      _koers_plan_peek_items (koers_plan_get_entries (plan), &n_entries);
    gboolean any = FALSE;

    for (guint i = 0; i < n_entries && !any; i++)
      {
        KoersCalendarEntry *entry = items[i];

        any = koers_calendar_entry_get_hours (entry) > 0 && *koers_calendar_entry_get_owner (entry) != '\0';
      }
    if (any)
      _koers_continuity_walk (plan, first, last, hours_day_cb, NULL, owners);
  }

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) owner_hours_free);
  roles = koers_plan_get_roles (plan);
  n = g_list_model_get_n_items (roles);
  for (guint r = 0; r < n; r++)
    {
      g_autoptr(KoersRole) role = g_list_model_get_item (roles, r);
      const char *id = koers_role_get_id (role);
      GHashTable *weeks = g_hash_table_lookup (owners, id);

      if (weeks == NULL)
        continue;
      g_ptr_array_add (result, make_owner_hours (id, koers_role_get_hours_per_week (role), weeks));
      g_hash_table_remove (owners, id);
    }
  {
    g_autoptr(GList) rest = g_hash_table_get_keys (owners);

    rest = g_list_sort (rest, (GCompareFunc) strcmp);
    for (GList *l = rest; l != NULL; l = l->next)
      g_ptr_array_add (result, make_owner_hours (l->data, 0, g_hash_table_lookup (owners, l->data)));
  }
  return result;
}
