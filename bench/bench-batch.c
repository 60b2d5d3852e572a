/* bench-batch.c: adding 50,000 calendar entries through the plan's batch API,
 * with a window showing the plan against the same without a window.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-batch [--entries=N] [--runs=N] [--page=NAME]
 *        (under Xvfb, GSK_RENDERER=cairo; by default the rose, overview and people pages)
 *
 * Headless: koers_plan_append_many() and the flush of the change signals.
 * Window: the same call with a KoersWindow showing the plan on a page, plus
 * all the main-loop work it causes over the next 600 ms (the coalesced
 * signals, the overview's check, layout and drawing): the sum of the main
 * loop iterations that dispatched something. Creating the entries is not
 * timed on either side. Runs alternate; the table shows medians.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gtk/gtk.h>

#include "koers-calendar-entry.h"
#include "koers-plan.h"
#include "koers-window.h"

static GPtrArray *
make_entries (guint n)
{
  GPtrArray *entries = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_JANUARY, 2027);

  for (guint i = 0; i < n; i++)
    {
      KoersCalendarEntry *entry = koers_calendar_entry_new ();
      g_autoptr(GDate) date = g_date_copy (first);
      g_autofree char *title = g_strdup_printf ("Bericht %u over het brood van vandaag", i);

      g_date_add_days (date, i % 365);
      koers_calendar_entry_set_date (entry, date);
      koers_calendar_entry_set_title (entry, title);
      koers_calendar_entry_set_channel (entry, "instagram");
      koers_calendar_entry_set_kind (entry, i % 5 == 0 ? KOERS_CONTENT_KIND_PROMOTION
                                                       : KOERS_CONTENT_KIND_VALUE);
      g_ptr_array_add (entries, entry);
    }
  return entries;
}

static double
headless_run (guint n)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) entries = make_entries (n);
  gint64 start = g_get_monotonic_time ();

  koers_plan_append_many (plan, koers_plan_get_entries (plan), entries->pdata, entries->len);
  koers_plan_flush_changes (plan);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The main loop's busy time in the next @ms milliseconds. */
static double
busy_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;
  gint64 busy = 0;

  while (g_get_monotonic_time () < end)
    {
      gint64 t = g_get_monotonic_time ();

      if (g_main_context_iteration (NULL, FALSE))
        busy += g_get_monotonic_time () - t;
      else
        g_usleep (200);
    }
  return busy / 1000.0;
}

static double
window_run (guint       n,
            const char *page)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) entries = make_entries (n);
  KoersWindow *window = koers_window_new (NULL);
  gint64 start;
  double total;

  koers_plan_set_title (plan, "Bakkerij De Korenaar");
  koers_window_set_plan (window, plan, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page);
  busy_for (700);  /* the page is built and drawn, the overview's first check done */

  start = g_get_monotonic_time ();
  koers_plan_append_many (plan, koers_plan_get_entries (plan), entries->pdata, entries->len);
  total = (g_get_monotonic_time () - start) / 1000.0;
  if (g_getenv ("BENCH_BATCH_DEBUG")) g_printerr ("  call %.1f ms\n", total);
  total += busy_for (600);

  gtk_window_destroy (GTK_WINDOW (window));
  busy_for (50);
  return total;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int
main (int   argc,
      char *argv[])
{
  const char *pages[] = { "rose", "overview", "people" };
  guint n_pages = G_N_ELEMENTS (pages);
  guint n = 50000, runs = 5;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--entries="))
        n = (guint) atoi (argv[i] + 10);
      else if (g_str_has_prefix (argv[i], "--runs="))
        runs = MAX (1, (guint) atoi (argv[i] + 7));
      else if (g_str_has_prefix (argv[i], "--page="))
        {
          pages[0] = argv[i] + 7;
          n_pages = 1;
        }
      else
        {
          g_printerr ("usage: bench-batch [--entries=N] [--runs=N] [--page=NAME]\n");
          return 64;
        }
    }

  gtk_init ();
  g_print ("Adding %u calendar entries with koers_plan_append_many(), %u runs, medians\n\n",
           n, runs);
  g_print ("%-22s %12s %12s %8s\n", "window showing", "window ms", "headless ms", "ratio");

  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree double *with = g_new (double, runs);
      g_autofree double *without = g_new (double, runs);
      double w, h;

      headless_run (n);  /* warm-up */
      for (guint r = 0; r < runs; r++)
        {
          without[r] = headless_run (n);
          with[r] = window_run (n, pages[p]);
        }
      w = median (with, runs);
      h = median (without, runs);
      g_print ("%-22s %12.1f %12.1f %8.2f\n", pages[p], w, h, w / h);
    }
  return 0;
}
