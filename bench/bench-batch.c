/* bench-batch.c: adding 50,000 calendar entries through the plan's batch API,
 * with a window showing the plan against the same without a window.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-batch [--entries=N] [--runs=N] [--page=NAME] [--side=window|headless] [--written]
 *        (under Xvfb, GSK_RENDERER=cairo; by default the rose, overview and people pages)
 *
 * Headless: koers_plan_append_many() and the flush of the change signals, on a
 * bare plan and on a plan with an undo history (the window always has one).
 * Window: the same call with a KoersWindow showing the plan on a page, plus
 * all the main-loop work it causes over the next 600 ms (the coalesced
 * signals, the overview's check, layout and drawing): the sum of the main
 * loop iterations that dispatched something. Creating the entries is not
 * timed on either side. With --written, a thread writes the entries' texts
 * before they come in, untimed, as an import's thread does
 * (koers_calendar_import_read_file()): the batch of an import. Runs alternate; the table shows medians.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gtk/gtk.h>

#include "koers-calendar-entry.h"
#include "koers-history.h"
#include "koers-plan.h"
#include "koers-plan-io-private.h"
#include "koers-window.h"

/* The main thread's CPU time in µs: on a loaded machine the wall clock
 * also counts the time the thread waited for a CPU. */
static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

typedef struct
{
  double wall;  /* ms */
  double cpu;   /* ms of the main thread */
} Run;

static gboolean written;

static gpointer
write_thread (gpointer entries)
{
  _koers_plan_io_write_new_entries (entries);
  return NULL;
}

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
  if (written)
    g_thread_join (g_thread_new ("import", write_thread, entries));
  return entries;
}

static Run
headless_run (guint    n,
              gboolean with_history)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersHistory) history = with_history ? koers_history_new (plan) : NULL;
  g_autoptr(GPtrArray) entries = make_entries (n);
  gint64 start = g_get_monotonic_time ();
  gint64 cpu = cpu_now ();

  koers_plan_append_many (plan, koers_plan_get_entries (plan), entries->pdata, entries->len);
  koers_plan_flush_changes (plan);
  return (Run) { (g_get_monotonic_time () - start) / 1000.0, (cpu_now () - cpu) / 1000.0 };
}

/* The main loop's busy time in the next @ms milliseconds, added to @run;
 * the longest iteration goes to @longest. */
static void
busy_for (guint   ms,
          Run    *run,
          double *longest)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      gint64 t = g_get_monotonic_time ();
      gint64 c = cpu_now ();

      if (g_main_context_iteration (NULL, FALSE))
        {
          gint64 d = g_get_monotonic_time () - t;

          if (g_getenv ("BENCH_BATCH_DEBUG") && d > 1000 && run != NULL)
            g_printerr ("  iteration %.1f ms\n", d / 1000.0);
          if (run != NULL)
            {
              run->wall += d / 1000.0;
              run->cpu += (cpu_now () - c) / 1000.0;
            }
          if (longest != NULL)
            *longest = MAX (*longest, d / 1000.0);
        }
      else
        g_usleep (200);
    }
}

/* With BENCH_BATCH_PERF_CTL naming the control fifo of
 * `perf record -D -1 --control=fifo:CTL`, only the timed part of the window
 * side is recorded. */
static void
perf_control (const char *command)
{
  const char *path = g_getenv ("BENCH_BATCH_PERF_CTL");

  if (path != NULL)
    {
      FILE *fifo = fopen (path, "w");

      if (fifo != NULL)
        {
          fprintf (fifo, "%s\n", command);
          fclose (fifo);
        }
    }
}

static Run
window_run (guint       n,
            const char *page,
            double     *longest,
            Run        *idle)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) entries = make_entries (n);
  KoersWindow *window = koers_window_new (NULL);
  gint64 start, cpu;
  Run run;

  koers_plan_set_title (plan, "Bakkerij De Korenaar");
  koers_window_set_plan (window, plan, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page);
  busy_for (700, NULL, NULL);  /* the page is built and drawn, the overview's first check done */
  /* What the window does anyway in 600 ms (frame clock, timers): its floor */
  *idle = (Run) { 0, 0 };
  busy_for (600, idle, NULL);

  perf_control ("enable");
  start = g_get_monotonic_time ();
  cpu = cpu_now ();
  koers_plan_append_many (plan, koers_plan_get_entries (plan), entries->pdata, entries->len);
  run.wall = (g_get_monotonic_time () - start) / 1000.0;
  run.cpu = (cpu_now () - cpu) / 1000.0;
  *longest = MAX (*longest, run.wall);
  if (g_getenv ("BENCH_BATCH_DEBUG"))
    g_printerr ("  call %.1f ms\n", run.wall);
  busy_for (600, &run, longest);
  perf_control ("disable");
  if (g_getenv ("BENCH_BATCH_DEBUG"))
    g_printerr ("  with the main loop's work after it: %.1f ms, CPU %.1f ms\n", run.wall, run.cpu);

  gtk_window_destroy (GTK_WINDOW (window));
  busy_for (50, NULL, NULL);
  /* A check still running holds the plan: wait until it is gone, or the
   * next run's window side would count freeing these 50,000 entries */
  {
    KoersPlan *gone = g_steal_pointer (&plan);
    gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

    g_object_add_weak_pointer (G_OBJECT (gone), (gpointer *) &gone);
    g_object_unref (gone);
    while (gone != NULL && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);
    if (gone != NULL)
      g_object_remove_weak_pointer (G_OBJECT (gone), (gpointer *) &gone);
  }
  return run;
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
  const char *side = NULL;  /* only this side, for a profiler: "window" or "headless" */

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
      else if (g_str_equal (argv[i], "--written"))
        written = TRUE;
      else if (g_str_has_prefix (argv[i], "--side=")
               && (g_str_equal (argv[i] + 7, "window") || g_str_equal (argv[i] + 7, "headless")))
        side = argv[i] + 7;
      else
        {
          g_printerr ("usage: bench-batch [--entries=N] [--runs=N] [--page=NAME]"
                      " [--side=window|headless] [--written]\n");
          return 64;
        }
    }

  gtk_init ();
  g_print ("Adding %u calendar entries with koers_plan_append_many(), %u runs, medians%s\n\n",
           n, runs, written ? "; their texts written in a thread before, as an import does" : "");
  g_print ("%-10s | %-41s | %-41s | %-6s | %s\n", "", "wall clock ms", "main thread CPU ms",
           "longest", "idle floor CPU ms, ratios without it");
  g_print ("%-10s | %8s %8s %5s %9s %5s | %8s %8s %5s %9s %5s | %6s | %5s %5s %5s\n", "page",
           "window", "headless", "ratio", "+history", "ratio",
           "window", "headless", "ratio", "+history", "ratio", "ms",
           "floor", "ratio", "+hist");

  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree double *with = g_new (double, runs);
      g_autofree double *without = g_new (double, runs);
      g_autofree double *recorded = g_new (double, runs);
      g_autofree double *with_cpu = g_new (double, runs);
      g_autofree double *without_cpu = g_new (double, runs);
      g_autofree double *recorded_cpu = g_new (double, runs);
      g_autofree double *floor_cpu = g_new (double, runs);
      double longest = 0;
      double w, h, hh, wc, hc, hhc, fc;

      if (side == NULL)
        headless_run (n, FALSE);  /* warm-up */
      for (guint r = 0; r < runs; r++)
        {
          gboolean headless = side == NULL || g_str_equal (side, "headless");
          gboolean windowed = side == NULL || g_str_equal (side, "window");
          Run none = { 1, 1 };
          Run a = headless ? headless_run (n, FALSE) : none;
          Run b = headless ? headless_run (n, TRUE) : none;
          Run idle = { 0, 0 };
          Run c = windowed ? window_run (n, pages[p], &longest, &idle) : none;

          floor_cpu[r] = idle.cpu;
          without[r] = a.wall, without_cpu[r] = a.cpu;
          recorded[r] = b.wall, recorded_cpu[r] = b.cpu;
          with[r] = c.wall, with_cpu[r] = c.cpu;
        }
      w = median (with, runs);
      h = median (without, runs);
      hh = median (recorded, runs);
      wc = median (with_cpu, runs);
      hc = median (without_cpu, runs);
      hhc = median (recorded_cpu, runs);
      fc = median (floor_cpu, runs);
      g_print ("%-10s | %8.1f %8.1f %5.2f %9.1f %5.2f | %8.1f %8.1f %5.2f %9.1f %5.2f | %6.1f"
               " | %5.1f %5.2f %5.2f\n",
               pages[p], w, h, w / h, hh, w / hh, wc, hc, wc / hc, hhc, wc / hhc, longest,
               fc, (wc - fc) / hc, (wc - fc) / hhc);
    }
  return 0;
}
