/* test-calendar-index.c: the calendar index and the series operations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "koers-calendar-entry.h"
#include "koers-calendar-index.h"
#include "koers-calendar-series.h"
#include "koers-history.h"
#include "koers-recurrence.h"
#include "koers-plan.h"

static GDate *
day (int y,
     int m,
     int d)
{
  return g_date_new_dmy (d, m, y);
}

static KoersCalendarEntry *
add (KoersPlan  *plan,
     int         y,
     int         m,
     int         d,
     int         time,
     const char *title,
     const char *rrule)
{
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(GDate) date = day (y, m, d);

  koers_calendar_entry_set_date (entry, date);
  koers_calendar_entry_set_time (entry, time);
  koers_calendar_entry_set_title (entry, title);
  koers_calendar_entry_set_channel (entry, "instagram");
  koers_calendar_entry_set_rrule (entry, rrule);
  koers_plan_append (plan, koers_plan_get_entries (plan), entry);
  return entry;
}

/* The occurrences of a range as "MM-DD title[<-origin MM-DD]" */
static char *
show (KoersPlan *plan,
      int y1, int m1, int d1,
      int y2, int m2, int d2)
{
  KoersCalendarIndex *index = koers_calendar_index_get_for_plan (plan);
  g_autoptr(GDate) from = day (y1, m1, d1);
  g_autoptr(GDate) to = day (y2, m2, d2);
  g_autoptr(GArray) found = koers_calendar_index_query (index, from, to);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_cmpuint (koers_calendar_index_count (index, from, to), ==, found->len);
  for (guint i = 0; i < found->len; i++)
    {
      const KoersOccurrence *o = &g_array_index (found, KoersOccurrence, i);

      g_string_append_printf (text, "%s%02u-%02u %s", i > 0 ? ", " : "",
                              g_date_get_month (&o->date), g_date_get_day (&o->date),
                              koers_calendar_entry_get_title (o->entry));
      if (g_date_compare (&o->date, &o->origin) != 0)
        g_string_append_printf (text, "<-%02u-%02u", g_date_get_month (&o->origin),
                                g_date_get_day (&o->origin));
      if (o->time >= 0)
        g_string_append_printf (text, "@%02d:%02d", o->time / 60, o->time % 60);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_shows(plan, y1, m1, d1, y2, m2, d2, expected) \
  G_STMT_START { \
    g_autofree char *got_ = show (plan, y1, m1, d1, y2, m2, d2); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

static void
test_order (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();

  add (plan, 2027, 3, 2, 9 * 60, "b", "");
  add (plan, 2027, 3, 2, -1, "z", "");
  add (plan, 2027, 3, 2, 9 * 60, "a", "");
  add (plan, 2027, 3, 1, 18 * 60, "eerder", "");
  add (plan, 2027, 2, 28, -1, "februari", "");
  add (plan, 2027, 3, 31, -1, "eind", "");
  add (plan, 2027, 4, 1, -1, "april", "");

  /* By day, untimed first, then by time and title; both ends included */
  assert_shows (plan, 2027, 3, 1, 2027, 3, 31,
                "03-01 eerder@18:00, 03-02 z, 03-02 a@09:00, 03-02 b@09:00, 03-31 eind");
  assert_shows (plan, 2027, 3, 5, 2027, 3, 30, "");
  assert_shows (plan, 2027, 4, 1, 2027, 3, 1, "");
}

static void
test_series_in_range (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();

  add (plan, 2027, 1, 4, 7 * 60 + 30, "Brood", "FREQ=WEEKLY;BYDAY=MO,TH");
  add (plan, 2027, 1, 31, -1, "Aanbieding", "FREQ=MONTHLY;BYMONTHDAY=-1");
  add (plan, 2027, 2, 3, -1, "los", "");

  assert_shows (plan, 2027, 2, 1, 2027, 2, 11,
                "02-01 Brood@07:30, 02-03 los, 02-04 Brood@07:30, 02-08 Brood@07:30, "
                "02-11 Brood@07:30");
  assert_shows (plan, 2027, 2, 26, 2027, 3, 1,
                "02-28 Aanbieding, 03-01 Brood@07:30");
  /* A range far from the start expands only that range */
  assert_shows (plan, 2031, 4, 28, 2031, 5, 1, "04-28 Brood@07:30, 04-30 Aanbieding, "
                "05-01 Brood@07:30");
}

static void
test_exceptions (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersHistory) history = koers_history_new (plan);
  KoersCalendarEntry *series = add (plan, 2027, 1, 4, -1, "Brood", "FREQ=WEEKLY");
  g_autoptr(GDate) jan11 = day (2027, 1, 11);
  g_autoptr(GDate) jan18 = day (2027, 1, 18);
  g_autoptr(GDate) jan20 = day (2027, 1, 20);
  KoersCalendarEntry *override;

  koers_history_clear (history);

  /* Skip one: one undo step */
  koers_calendar_skip_occurrence (plan, series, jan11);
  assert_shows (plan, 2027, 1, 1, 2027, 1, 31, "01-04 Brood, 01-18 Brood, 01-25 Brood");
  g_assert_cmpstr (koers_calendar_entry_get_exdates (series)[0], ==, "2027-01-11");
  g_assert_true (koers_history_undo (history));
  assert_shows (plan, 2027, 1, 1, 2027, 1, 31,
                "01-04 Brood, 01-11 Brood, 01-18 Brood, 01-25 Brood");
  g_assert_false (koers_history_get_can_undo (history));

  /* Detach one and move it: the override stands for its series date */
  koers_plan_begin_change (plan);
  override = koers_calendar_detach_occurrence (plan, series, jan18);
  koers_calendar_entry_set_date (override, jan20);
  koers_calendar_entry_set_title (override, "Brood (woensdag)");
  koers_plan_end_change (plan);
  g_assert_cmpstr (koers_calendar_entry_get_series (override), ==, koers_calendar_entry_get_id (series));
  assert_shows (plan, 2027, 1, 1, 2027, 1, 31,
                "01-04 Brood, 01-11 Brood, 01-20 Brood (woensdag)<-01-18, 01-25 Brood");
  /* Asking again gives the same override */
  g_assert_true (koers_calendar_detach_occurrence (plan, series, jan18) == override);
  g_assert_true (koers_calendar_index_get_override (koers_calendar_index_get_for_plan (plan),
                                                    series, jan18) == override);
  /* Skipping the moved one removes the override too */
  koers_calendar_skip_occurrence (plan, series, jan18);
  assert_shows (plan, 2027, 1, 1, 2027, 1, 31, "01-04 Brood, 01-11 Brood, 01-25 Brood");
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (plan)), ==, 1);
  g_assert_true (koers_history_undo (history));
  assert_shows (plan, 2027, 1, 1, 2027, 1, 31,
                "01-04 Brood, 01-11 Brood, 01-20 Brood (woensdag)<-01-18, 01-25 Brood");
  g_assert_true (koers_history_undo (history));
  assert_shows (plan, 2027, 1, 1, 2027, 1, 31,
                "01-04 Brood, 01-11 Brood, 01-18 Brood, 01-25 Brood");
  g_assert_false (koers_history_get_can_undo (history));
}

static void
test_split (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersHistory) history = koers_history_new (plan);
  KoersCalendarEntry *series = add (plan, 2027, 1, 4, -1, "Brood", "FREQ=WEEKLY;COUNT=6");
  g_autoptr(GDate) jan25 = day (2027, 1, 25);
  g_autoptr(GDate) feb1 = day (2027, 2, 1);
  g_autoptr(GDate) feb8 = day (2027, 2, 8);
  g_autoptr(GDate) feb3 = day (2027, 2, 3);
  g_autofree char *before = NULL;
  KoersCalendarEntry *override, *next;

  koers_calendar_skip_occurrence (plan, series, feb8);
  override = koers_calendar_detach_occurrence (plan, series, feb1);
  koers_calendar_entry_set_date (override, feb3);
  koers_history_clear (history);
  before = show (plan, 2027, 1, 1, 2027, 3, 31);
  g_assert_cmpstr (before, ==, "01-04 Brood, 01-11 Brood, 01-18 Brood, 01-25 Brood, "
                               "02-03 Brood<-02-01");

  /* This and the following ones, from 25 January: the new series has the
   * rest of the count, the later exception and the override */
  next = koers_calendar_split_series (plan, series, jan25);
  koers_calendar_entry_set_title (next, "Brood nieuw");
  g_assert_cmpstr (koers_calendar_entry_get_rrule (series), ==, "FREQ=WEEKLY;UNTIL=20270124");
  g_assert_cmpstr (koers_calendar_entry_get_rrule (next), ==, "FREQ=WEEKLY;COUNT=3");
  g_assert_cmpstr (koers_calendar_entry_get_exdates (next)[0], ==, "2027-02-08");
  g_assert_null (koers_calendar_entry_get_exdates (series)[0]);
  g_assert_cmpstr (koers_calendar_entry_get_series (override), ==, koers_calendar_entry_get_id (next));
  g_assert_cmpstr (koers_calendar_entry_get_id (next), !=, koers_calendar_entry_get_id (series));
  assert_shows (plan, 2027, 1, 1, 2027, 3, 31,
                "01-04 Brood, 01-11 Brood, 01-18 Brood, 01-25 Brood nieuw, 02-03 Brood<-02-01");
  /* Split and rename were two steps */
  g_assert_true (koers_history_undo (history));
  g_assert_true (koers_history_undo (history));
  g_assert_false (koers_history_get_can_undo (history));
  {
    g_autofree char *after = show (plan, 2027, 1, 1, 2027, 3, 31);

    g_assert_cmpstr (after, ==, before);
  }
}

static void
test_move (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersHistory) history = koers_history_new (plan);
  KoersCalendarEntry *series = add (plan, 2027, 1, 4, -1, "Brood",
                                    "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270114");
  KoersCalendarEntry *single = add (plan, 2027, 1, 6, -1, "los", "");
  KoersCalendarEntry *both[2] = { series, single };
  g_autoptr(GDate) jan7 = day (2027, 1, 7);

  koers_calendar_skip_occurrence (plan, series, jan7);
  koers_history_clear (history);
  assert_shows (plan, 2027, 1, 1, 2027, 1, 31, "01-04 Brood, 01-06 los, 01-11 Brood, 01-14 Brood");

  koers_calendar_move_entries (plan, both, 2, 1);
  g_assert_cmpstr (koers_calendar_entry_get_rrule (series), ==,
                   "FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20270115");
  g_assert_cmpstr (koers_calendar_entry_get_exdates (series)[0], ==, "2027-01-08");
  assert_shows (plan, 2027, 1, 1, 2027, 1, 31, "01-05 Brood, 01-07 los, 01-12 Brood, 01-15 Brood");

  /* Over a week end: Tuesday + 5 is Sunday, Friday + 5 is Wednesday */
  koers_calendar_move_entries (plan, both, 1, 5);
  g_assert_cmpstr (koers_calendar_entry_get_rrule (series), ==,
                   "FREQ=WEEKLY;BYDAY=WE,SU;UNTIL=20270120");

  /* Each move is one step */
  g_assert_true (koers_history_undo (history));
  g_assert_true (koers_history_undo (history));
  g_assert_false (koers_history_get_can_undo (history));
  assert_shows (plan, 2027, 1, 1, 2027, 1, 31, "01-04 Brood, 01-06 los, 01-11 Brood, 01-14 Brood");
}

typedef struct
{
  guint n;
  guint first;
  guint last;
} Changed;

static void
changed_cb (KoersCalendarIndex *index,
            guint               first,
            guint               last,
            Changed            *changed)
{
  if (changed->n++ == 0)
    {
      changed->first = first;
      changed->last = last;
    }
  else
    {
      changed->first = MIN (changed->first, first);
      changed->last = MAX (changed->last, last);
    }
}

static void
test_changed_signal (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  KoersCalendarIndex *index = koers_calendar_index_get_for_plan (plan);
  g_autoptr(GDate) mar1 = day (2027, 3, 1);
  g_autoptr(GDate) mar5 = day (2027, 3, 5);
  Changed changed = { 0 };
  KoersCalendarEntry *entry;

  g_signal_connect (index, "changed", G_CALLBACK (changed_cb), &changed);
  entry = add (plan, 2027, 3, 1, -1, "a", "");
  g_assert_cmpuint (changed.n, >=, 1);
  g_assert_cmpuint (changed.first, ==, g_date_get_julian (mar1));
  g_assert_cmpuint (changed.last, ==, g_date_get_julian (mar1));

  /* A move names both days */
  changed.n = 0;
  koers_calendar_entry_set_date (entry, mar5);
  g_assert_cmpuint (changed.first, ==, g_date_get_julian (mar1));
  g_assert_cmpuint (changed.last, ==, g_date_get_julian (mar5));

  /* An endless series: up to any day */
  changed.n = 0;
  koers_calendar_entry_set_rrule (entry, "FREQ=WEEKLY");
  g_assert_cmpuint (changed.first, ==, g_date_get_julian (mar5));
  g_assert_cmpuint (changed.last, ==, G_MAXUINT);

  /* Removed */
  changed.n = 0;
  koers_plan_remove (plan, entry);
  g_assert_cmpuint (changed.n, >=, 1);
  assert_shows (plan, 2027, 1, 1, 2027, 12, 31, "");
}

/* What a listener sees when it queries inside its "changed" handler */
typedef struct
{
  guint  n;
  char  *seen;  /* the occurrences of March 2027, at the last emission */
} Seen;

static void
query_in_handler_cb (KoersCalendarIndex *index,
                     guint               first,
                     guint               last,
                     Seen               *seen)
{
  KoersPlan *plan = koers_calendar_index_get_plan (index);

  seen->n++;
  g_free (seen->seen);
  seen->seen = show (plan, 2027, 3, 1, 2027, 3, 31);
}

static void
test_changed_after_update (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  KoersCalendarIndex *index = koers_calendar_index_get_for_plan (plan);
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDate) mar5 = day (2027, 3, 5);
  g_autoptr(GDate) mar9 = day (2027, 3, 9);
  g_autofree char *expected = NULL;
  Seen seen = { 0 };
  KoersCalendarEntry *entry;

  g_signal_connect (index, "changed", G_CALLBACK (query_in_handler_cb), &seen);

  entry = add (plan, 2027, 3, 1, -1, "a", "");
  g_assert_cmpuint (seen.n, >=, 1);
  g_assert_cmpstr (seen.seen, ==, "03-01 a");

  /* A move: the old day is empty already, the new one shows it */
  seen.n = 0;
  koers_calendar_entry_set_date (entry, mar5);
  g_assert_cmpuint (seen.n, >=, 1);
  g_assert_cmpstr (seen.seen, ==, "03-05 a");

  /* A new title sorts anew */
  add (plan, 2027, 3, 5, -1, "b", "");
  koers_calendar_entry_set_title (entry, "c");
  g_assert_cmpstr (seen.seen, ==, "03-05 b, 03-05 c");

  /* A series, then its removal */
  seen.n = 0;
  koers_calendar_entry_set_rrule (entry, "FREQ=WEEKLY;COUNT=2");
  g_assert_cmpuint (seen.n, >=, 1);
  g_assert_cmpstr (seen.seen, ==, "03-05 b, 03-05 c, 03-12 c");
  koers_plan_remove (plan, entry);
  g_assert_cmpstr (seen.seen, ==, "03-05 b");

  /* Many at once (indexed when first read): the handler sees them all */
  for (guint i = 0; i < 100; i++)
    {
      KoersCalendarEntry *e = koers_calendar_entry_new ();

      koers_calendar_entry_set_date (e, mar9);
      koers_calendar_entry_set_title (e, "m");
      g_ptr_array_add (many, e);
    }
  seen.n = 0;
  koers_plan_append_many (plan, koers_plan_get_entries (plan), many->pdata, many->len);
  g_assert_cmpuint (seen.n, ==, 1);
  g_assert_cmpuint (koers_calendar_index_count (index, mar9, mar9), ==, 100);
  g_assert_true (g_str_has_prefix (seen.seen, "03-05 b, 03-09 m, 03-09 m"));

  /* Then one of them edited, and all of them removed */
  koers_calendar_entry_set_date (g_ptr_array_index (many, 7), mar5);
  g_assert_cmpuint (koers_calendar_index_count (index, mar9, mar9), ==, 99);
  g_assert_cmpuint (koers_calendar_index_count (index, mar5, mar5), ==, 2);
  koers_plan_remove_many (plan, many->pdata, many->len);
  g_assert_cmpstr (seen.seen, ==, "03-05 b");

  g_free (seen.seen);
}

static int
compare_line (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The index kept current through random changes gives what a walk over
 * all entries gives. */
static char *
walk_all (KoersPlan *plan,
          GDate     *from,
          GDate     *to)
{
  GListModel *entries = koers_plan_get_entries (plan);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, i);
      const GDate *date = koers_calendar_entry_get_date (entry);
      g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));

      if (date == NULL)
        continue;
      if (*koers_calendar_entry_get_rrule (entry) == '\0')
        {
          if (g_date_compare (date, from) >= 0 && g_date_compare (date, to) <= 0)
            g_ptr_array_add (lines, g_strdup_printf ("%u %s", g_date_get_julian (date),
                                                     koers_calendar_entry_get_title (entry)));
          continue;
        }
      koers_calendar_entry_foreach_occurrence (entry, from, to, NULL, NULL);
      {
        GDate start = g_date_compare (date, from) > 0 ? *date : *from;

        koers_recurrence_expand (koers_calendar_entry_get_rrule (entry), date, &start, to,
                                 G_MAXUINT, days);
      }
      for (guint d = 0; d < days->len; d++)
        {
          GDate when;

          g_date_clear (&when, 1);
          g_date_set_julian (&when, g_array_index (days, guint32, d));
          if (!koers_calendar_entry_is_skipped (entry, &when))
            g_ptr_array_add (lines, g_strdup_printf ("%u %s", g_array_index (days, guint32, d),
                                                     koers_calendar_entry_get_title (entry)));
        }
    }
  g_ptr_array_sort (lines, compare_line);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", (char *) lines->pdata[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
index_all (KoersPlan *plan,
           GDate     *from,
           GDate     *to)
{
  g_autoptr(GArray) found = koers_calendar_index_query (koers_calendar_index_get_for_plan (plan),
                                                        from, to);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    {
      const KoersOccurrence *o = &g_array_index (found, KoersOccurrence, i);

      if (i > 0)
        g_assert_cmpint (g_date_compare (&g_array_index (found, KoersOccurrence, i - 1).date,
                                         &o->date), <=, 0);
      g_ptr_array_add (lines, g_strdup_printf ("%u %s", g_date_get_julian (&o->date),
                                               koers_calendar_entry_get_title (o->entry)));
    }
  g_ptr_array_sort (lines, compare_line);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", (char *) lines->pdata[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_kept_current (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersHistory) history = koers_history_new (plan);
  GListModel *entries = koers_plan_get_entries (plan);
  static const char *const rules[] = { "", "", "", "FREQ=WEEKLY", "FREQ=MONTHLY;BYDAY=-1FR",
                                       "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SA;COUNT=9" };
  g_autoptr(GDate) from = day (2027, 1, 1);
  g_autoptr(GDate) to = day (2027, 12, 31);

  koers_calendar_index_get_for_plan (plan);
  for (guint step = 0; step < 400; step++)
    {
      guint n = g_list_model_get_n_items (entries);
      guint what = g_rand_int_range (rand, 0, 10);

      if (n == 0 || what < 4)
        {
          g_autofree char *title = g_strdup_printf ("t%u", g_rand_int_range (rand, 0, 50));
          KoersCalendarEntry *entry = add (plan, 2027, g_rand_int_range (rand, 1, 13),
                                           g_rand_int_range (rand, 1, 29), -1, title,
                                           rules[g_rand_int_range (rand, 0, G_N_ELEMENTS (rules))]);

          (void) entry;
        }
      else if (what < 6)
        {
          g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, g_rand_int_range (rand, 0, n));
          g_autoptr(GDate) date = day (2027, g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));

          koers_calendar_entry_set_date (entry, date);
        }
      else if (what < 7)
        {
          g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, g_rand_int_range (rand, 0, n));
          g_autofree char *title = g_strdup_printf ("t%u", g_rand_int_range (rand, 0, 50));

          koers_calendar_entry_set_title (entry, title);
        }
      else if (what < 8)
        {
          g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, g_rand_int_range (rand, 0, n));

          koers_plan_remove (plan, entry);
        }
      else if (what < 9)
        koers_history_undo (history);
      else
        {
          /* A batch, larger than the index handles one by one */
          g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

          for (guint i = 0; i < 100; i++)
            {
              KoersCalendarEntry *entry = koers_calendar_entry_new ();
              g_autoptr(GDate) date = day (2027, g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));

              koers_calendar_entry_set_date (entry, date);
              koers_calendar_entry_set_title (entry, "batch");
              g_ptr_array_add (batch, entry);
            }
          koers_plan_append_many (plan, entries, batch->pdata, batch->len);
        }

      if (step % 20 == 0)
        {
          g_autofree char *walked = walk_all (plan, from, to);
          g_autofree char *indexed = index_all (plan, from, to);

          g_assert_cmpstr (indexed, ==, walked);
        }
    }

  /* Removing many at once */
  {
    guint n = g_list_model_get_n_items (entries);
    g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);
    g_autofree char *walked = NULL;
    g_autofree char *indexed = NULL;

    for (guint i = 0; i < n; i += 2)
      g_ptr_array_add (gone, g_list_model_get_item (entries, i));
    koers_plan_remove_many (plan, gone->pdata, gone->len);
    walked = walk_all (plan, from, to);
    indexed = index_all (plan, from, to);
    g_assert_cmpstr (indexed, ==, walked);
  }
}

/* Many entries at once, in no order, with times and titles that tie: the
 * index sorts them by day and time (a radix sort), and a query puts each
 * day and time in title order. */
static void
test_order_many (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDate) from = day (2026, 1, 1);
  g_autoptr(GDate) to = day (2029, 12, 31);
  g_autoptr(GArray) found = NULL;
  GListModel *entries = koers_plan_get_entries (plan);
  static const int times[] = { -1, 0, 1, 9 * 60, 9 * 60 + 1, 23 * 60 + 59 };

  for (guint i = 0; i < 3000; i++)
    {
      KoersCalendarEntry *entry = koers_calendar_entry_new ();
      g_autoptr(GDate) date = day (2026 + g_rand_int_range (rand, 0, 4),
                                   g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      g_autofree char *title = g_strdup_printf ("t%02d", g_rand_int_range (rand, 0, 30));

      koers_calendar_entry_set_date (entry, date);
      koers_calendar_entry_set_time (entry, times[g_rand_int_range (rand, 0, G_N_ELEMENTS (times))]);
      koers_calendar_entry_set_title (entry, title);
      g_ptr_array_add (batch, entry);
    }
  koers_calendar_index_get_for_plan (plan);
  koers_plan_append_many (plan, entries, batch->pdata, batch->len);
  /* A few more one by one, and one moved: into their places */
  add (plan, 2027, 5, 5, 9 * 60, "t00", "");
  add (plan, 2027, 5, 5, 9 * 60, "a", "");
  add (plan, 2027, 5, 5, -1, "zz", "");
  {
    g_autoptr(GDate) date = day (2027, 5, 5);

    koers_calendar_entry_set_date (g_ptr_array_index (batch, 0), date);
    koers_calendar_entry_set_time (g_ptr_array_index (batch, 0), 9 * 60);
  }

  found = koers_calendar_index_query (koers_calendar_index_get_for_plan (plan), from, to);
  g_assert_cmpuint (found->len, ==, 3003);
  for (guint i = 1; i < found->len; i++)
    {
      const KoersOccurrence *a = &g_array_index (found, KoersOccurrence, i - 1);
      const KoersOccurrence *b = &g_array_index (found, KoersOccurrence, i);
      int cmp = g_date_compare (&a->date, &b->date);

      if (cmp == 0)
        cmp = (a->time > b->time) - (a->time < b->time);
      if (cmp == 0)
        cmp = strcmp (koers_calendar_entry_get_title (a->entry),
                      koers_calendar_entry_get_title (b->entry));
      g_assert_cmpint (cmp, <=, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar-index/order", test_order);
  g_test_add_func ("/calendar-index/order-many", test_order_many);
  g_test_add_func ("/calendar-index/series-in-range", test_series_in_range);
  g_test_add_func ("/calendar-index/exceptions", test_exceptions);
  g_test_add_func ("/calendar-index/split", test_split);
  g_test_add_func ("/calendar-index/move", test_move);
  g_test_add_func ("/calendar-index/changed-signal", test_changed_signal);
  g_test_add_func ("/calendar-index/changed-after-update", test_changed_after_update);
  g_test_add_func ("/calendar-index/kept-current", test_kept_current);

  return g_test_run ();
}
