/* bench-calendar.c: the calendar core on a plan of 50000 entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints, each against a reference measured in the same run:
 * - open: koers_plan_io_load_data of the plan, against a plan of 1 entry;
 * - index build: the first koers_calendar_index_get_for_plan and the first
 *   query of one day (the index is built when first read);
 * - month query: koers_calendar_index_query for each month of the entries'
 *   years, against a walk over every entry that keeps the month's
 *   (what a view without the index does);
 * - one edit: moving an entry a day (the index's upkeep), against the same
 *   edit in a plan without an index;
 * - the whole check (koers_check_plan);
 * - memory: VmRSS after the load and after the index.
 *
 * bench-calendar [--entries=N] [--series=N] [--runs=N]
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "koers-calendar-entry.h"
#include "koers-calendar-index.h"
#include "koers-channel.h"
#include "koers-check.h"
#include "koers-plan-io.h"
#include "koers-recurrence.h"

static int n_entries = 50000;
static int n_series = 500;
static int n_runs = 7;

static long
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line != NULL ? strtol (line + 6, NULL, 10) : -1;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_double);
  return g_array_index (values, double, values->len / 2);
}

/* CPU time of this thread, µs: the machine may be shared */
static double
cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static double
max_of (GArray *values)
{
  double m = 0;

  for (guint i = 0; i < values->len; i++)
    m = MAX (m, g_array_index (values, double, i));
  return m;
}

/* 4 channels; N entries from 2027 to 2031, one in N/S a series as the
 * editor makes them (weekly, every two weeks on two days, monthly on the
 * date, monthly on the weekday, yearly) and one series in twenty a rule the
 * editor cannot show (libical expands those); two in three end within a
 * year */
static GBytes *
make_plan (int n,
           int series)
{
  static const char *const channels[] = { "instagram", "facebook", "linkedin", "nieuwsbrief" };
  static const KoersRepeat repeats[] = {
    KOERS_REPEAT_WEEKLY, KOERS_REPEAT_WEEKLY, KOERS_REPEAT_MONTHLY_DAY,
    KOERS_REPEAT_MONTHLY_WEEKDAY, KOERS_REPEAT_YEARLY,
  };
  guint n_made = 0;
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2027);
  g_autoptr(GError) error = NULL;
  GDate start;
  GBytes *bytes;
  int every = series > 0 ? MAX (n / series, 1) : G_MAXINT;

  for (guint c = 0; c < G_N_ELEMENTS (channels); c++)
    {
      g_autoptr(KoersChannel) channel = koers_channel_new ();

      koers_channel_set_id (channel, channels[c]);
      koers_channel_set_name (channel, channels[c]);
      koers_plan_append (plan, koers_plan_get_channels (plan), channel);
    }

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_JANUARY, 2027);
  for (int i = 0; i < n; i++)
    {
      KoersCalendarEntry *entry = koers_calendar_entry_new ();
      GDate date = start;
      g_autofree char *title = g_strdup_printf ("Bericht %d over brood en banket", i);

      g_date_add_days (&date, (guint) ((gint64) i * 1826 / MAX (n, 1)));
      koers_calendar_entry_set_date (entry, &date);
      koers_calendar_entry_set_time (entry, g_rand_int_range (rand, 0, 5) == 0 ? -1
                                     : g_rand_int_range (rand, 7 * 60, 21 * 60));
      koers_calendar_entry_set_channel (entry, channels[g_rand_int_range (rand, 0, 4)]);
      koers_calendar_entry_set_title (entry, title);
      koers_calendar_entry_set_text (entry, "Vers uit de oven: vandaag bakken we weer desem.");
      koers_calendar_entry_set_kind (entry, g_rand_int_range (rand, 0, 5) == 0
                                     ? KOERS_CONTENT_KIND_PROMOTION : KOERS_CONTENT_KIND_VALUE);
      if (i % every == 0)
        {
          KoersRecurrenceRule rule;
          g_autofree char *text = NULL;
          guint kind = n_made++ % G_N_ELEMENTS (repeats);

          koers_recurrence_rule_init (&rule, repeats[kind], &date);
          if (kind == 1)
            {
              rule.interval = 2;
              rule.weekdays |= 1 << ((g_date_get_weekday (&date) + 2) % 7);
            }
          if (g_rand_int_range (rand, 0, 3) != 0)
            {
              rule.end = KOERS_REPEAT_END_UNTIL;
              rule.until = date;
              g_date_add_days (&rule.until, g_rand_int_range (rand, 28, 366));
            }
          text = koers_recurrence_rule_to_string (&rule, &date);
          if (n_made % 20 == 0)
            {
              /* every third day: the editor cannot show that */
              g_free (text);
              text = g_strdup ("FREQ=DAILY;INTERVAL=3;COUNT=60");
            }
          koers_calendar_entry_set_rrule (entry, text);
        }
      g_ptr_array_add (entries, entry);
    }
  koers_plan_append_many (plan, koers_plan_get_entries (plan), entries->pdata, entries->len);

  bytes = koers_plan_io_to_bytes (plan, &error);
  g_assert_no_error (error);
  return bytes;
}

static KoersPlan *
load (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  KoersPlan *plan = koers_plan_io_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                             "bench.koers", &error);

  g_assert_no_error (error);
  return plan;
}

/* What a month view does without the index: look at every entry */
static guint
walk_month (KoersPlan   *plan,
            const GDate *from,
            const GDate *to)
{
  GListModel *entries = koers_plan_get_entries (plan);
  guint n = g_list_model_get_n_items (entries), found = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, i);

      found += koers_calendar_entry_foreach_occurrence (entry, from, to, NULL, NULL);
    }
  return found;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) big = NULL;
  g_autoptr(GBytes) small = NULL;
  g_autoptr(GArray) open_big = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_small = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) build = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) query = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) query_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) walk_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) walk = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) edit = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) edit_ref = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(KoersPlan) plain = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  KoersCalendarIndex *index;
  long rss_start, rss_loaded, rss_indexed;
  guint n_occurrences = 0, n_months = 0;
  gint64 t;
  double check_ms;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--entries="))
        n_entries = atoi (argv[i] + 10);
      else if (g_str_has_prefix (argv[i], "--series="))
        n_series = atoi (argv[i] + 9);
      else if (g_str_has_prefix (argv[i], "--runs="))
        n_runs = MAX (1, atoi (argv[i] + 7));
      else
        {
          fprintf (stderr, "usage: bench-calendar [--entries=N] [--series=N] [--runs=N]\n");
          return 64;
        }
    }

  big = make_plan (n_entries, n_series);
  small = make_plan (1, 0);

  /* Open: alternate the two, so load changes hit both */
  g_clear_object (&plan);
  plan = load (big);
  g_clear_object (&plan);
  for (int r = 0; r < n_runs; r++)
    {
      KoersPlan *p;
      double ms;

      t = g_get_monotonic_time ();
      p = load (small);
      ms = (g_get_monotonic_time () - t) / 1000.0;
      g_array_append_val (open_small, ms);
      g_object_unref (p);

      t = g_get_monotonic_time ();
      p = load (big);
      ms = (g_get_monotonic_time () - t) / 1000.0;
      g_array_append_val (open_big, ms);
      g_object_unref (p);
    }

  /* Index build, on fresh plans */
  for (int r = 0; r < n_runs; r++)
    {
      g_autoptr(KoersPlan) p = load (big);
      g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
      double ms;

      t = g_get_monotonic_time ();
      koers_calendar_index_count (koers_calendar_index_get_for_plan (p), day, day);
      ms = (g_get_monotonic_time () - t) / 1000.0;
      g_array_append_val (build, ms);
    }

  rss_start = rss_kib ();
  plan = load (big);
  rss_loaded = rss_kib ();
  index = koers_calendar_index_get_for_plan (plan);
  {
    g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_JANUARY, 2027);

    koers_calendar_index_count (index, day, day);  /* built when first read */
  }
  rss_indexed = rss_kib ();

  /* Month queries: every month of 2027-2031, runs times */
  for (int r = 0; r < n_runs; r++)
    for (guint year = 2027; year <= 2031; year++)
      for (guint month = 1; month <= 12; month++)
        {
          GDate from, to;
          g_autoptr(GArray) found = NULL;
          double us, c0;

          g_date_clear (&from, 1);
          g_date_clear (&to, 1);
          g_date_set_dmy (&from, 1, month, year);
          g_date_set_dmy (&to, g_date_get_days_in_month (month, year), month, year);
          t = g_get_monotonic_time ();
          c0 = cpu_us ();
          found = koers_calendar_index_query (index, &from, &to);
          us = cpu_us () - c0;
          g_array_append_val (query_cpu, us);
          us = (double) (g_get_monotonic_time () - t);
          g_array_append_val (query, us);
          if (r == 0)
            {
              n_occurrences += found->len;
              n_months++;
            }
          /* the reference, for a few months per run */
          if (month == 6)
            {
              t = g_get_monotonic_time ();
              c0 = cpu_us ();
              walk_month (plan, &from, &to);
              us = cpu_us () - c0;
              g_array_append_val (walk_cpu, us);
              us = (double) (g_get_monotonic_time () - t);
              g_array_append_val (walk, us);
            }
        }

  /* One edit: the index's upkeep, against the plan without an index */
  plain = load (big);
  for (int r = 0; r < n_runs * 20; r++)
    {
      guint i = (guint) (r * 7919) % (guint) n_entries;
      g_autoptr(KoersCalendarEntry) a = g_list_model_get_item (koers_plan_get_entries (plan), i);
      g_autoptr(KoersCalendarEntry) b = g_list_model_get_item (koers_plan_get_entries (plain), i);
      GDate day = *koers_calendar_entry_get_date (a);
      double us;

      g_date_add_days (&day, 1);
      t = g_get_monotonic_time ();
      koers_calendar_entry_set_date (a, &day);
      us = (double) (g_get_monotonic_time () - t);
      g_array_append_val (edit, us);
      t = g_get_monotonic_time ();
      koers_calendar_entry_set_date (b, &day);
      us = (double) (g_get_monotonic_time () - t);
      g_array_append_val (edit_ref, us);
    }

  t = g_get_monotonic_time ();
  findings = koers_check_plan (plan);
  check_ms = (g_get_monotonic_time () - t) / 1000.0;

  printf ("bench-calendar: %d entries (%d series), %.1f MB file, %d runs (medians)\n",
          n_entries, n_series, g_bytes_get_size (big) / 1e6, n_runs);
  printf ("%-34s %12s %12s %8s\n", "", "koers", "reference", "ratio");
  printf ("%-34s %9.1f ms %9.2f ms %7.0fx   (reference: a plan of 1 entry)\n", "open",
          median (open_big), median (open_small), median (open_big) / median (open_small));
  printf ("%-34s %9.2f ms %12s %8s\n", "index build (first use)", median (build), "", "");
  printf ("%-34s %9.1f µs %9.1f µs %7.3fx  (reference: walk every entry)\n",
          "month query, median", median (query), median (walk), median (query) / median (walk));
  printf ("%-34s %9.1f µs %9.1f µs %7.3fx\n", "month query, median CPU time",
          median (query_cpu), median (walk_cpu), median (query_cpu) / median (walk_cpu));
  printf ("%-34s %9.1f µs %12s %8s   (%u occurrences in %u months)\n", "month query, slowest",
          max_of (query), "", "", n_occurrences, n_months);
  printf ("%-34s %9.1f µs\n", "month query, slowest CPU time", max_of (query_cpu));
  printf ("%-34s %9.1f µs %9.1f µs %7.1fx  (reference: no index)\n", "move one entry a day",
          median (edit), median (edit_ref), median (edit) / MAX (median (edit_ref), 0.1));
  printf ("%-34s %9.1f ms %12s %8s   (%u findings)\n", "koers_check_plan", check_ms, "", "",
          findings->len);
  printf ("%-34s %9.1f MB %9.1f MB   (VmRSS before the load %.1f MB)\n",
          "VmRSS: plan loaded; the index adds", rss_loaded / 1024.0,
          (rss_indexed - rss_loaded) / 1024.0, rss_start / 1024.0);

  return 0;
}
