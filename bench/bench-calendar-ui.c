/* bench-calendar-ui.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar page on a big plan (issue 13): the longest main-loop stall
 * of a month switch, of the first showing of the page and of the agenda,
 * of an edit of one entry, and the frame times while the agenda scrolls.
 * The stall is measured as in bench-stall.c (a G_PRIORITY_HIGH tick every
 * millisecond; wall clock and the main thread's CPU time of the longest
 * gap). The references, in the same run: a minimal window, idle; the same
 * month switches on an empty plan; and, for scrolling, the frame times of a
 * minimal window that redraws every frame.
 *
 *   bench-calendar-ui [--entries=N] [--rounds=N] [PLAN.koers]
 *
 * Without a plan it writes one of N entries (50000, over five years, with
 * series) with koers-gen-plan. Run it under Xvfb with the schemas compiled;
 * `ninja bench-calendar-ui` does.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "koers-calendar-index.h"
#include "koers-calendar-list.h"
#include "koers-calendar-page.h"
#include "koers-month-view.h"
#include "koers-plan.h"
#include "koers-plan-io.h"
#include "koers-window.h"

/* The ticker ----------------------------------------------------------- */

static gint64 last_tick;
static gint64 last_cpu;
static gint64 longest_gap;
static gint64 longest_cpu;

static gint64
thread_cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_time ();

  longest_gap = MAX (longest_gap, now - last_tick);
  longest_cpu = MAX (longest_cpu, cpu - last_cpu);
  last_tick = now;
  last_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

/* Starts a measurement: the next gap counts from now. */
static void
stall_start (void)
{
  last_tick = g_get_monotonic_time ();
  last_cpu = thread_cpu_time ();
  longest_gap = 0;
  longest_cpu = 0;
}

/* The most CPU time the main thread spent between two ticks, in ms */
static double
stall_cpu_ms (void)
{
  return MAX (longest_cpu, thread_cpu_time () - last_cpu) / 1000.0;
}

/* The longest stall since stall_start(), in ms; a last gap that is still
 * open counts too. */
static double
stall_ms (void)
{
  gint64 open = g_get_monotonic_time () - last_tick;

  return MAX (longest_gap, open) / 1000.0;
}

static void
iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
}

static void
iterate_until (gboolean (*done) (gpointer),
               gpointer   data,
               guint      timeout_s)
{
  gint64 end = g_get_monotonic_time () + timeout_s * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("bench-calendar-ui: timed out");
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Frames --------------------------------------------------------------- */

static guint frames;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  frames++;
}

static void
count_frames (GtkWidget *window)
{
  gtk_widget_realize (window);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
}

static guint wait_frames_target;

static gboolean
frame_painted (gpointer data)
{
  return frames >= wait_frames_target;
}

/* Runs the main loop until a frame was painted after now (one is asked
 * for: a switch to the page shown already paints nothing). */
static void
wait_for_frame (GtkWidget *window)
{
  gtk_widget_queue_draw (window);
  wait_frames_target = frames + 1;
  iterate_until (frame_painted, NULL, 30);
}

static double stall_cpu_ms (void);

/* Waits until the main thread has had no stall of more than @cpu_ms CPU
 * time for half a second: what the window does on its own after a load
 * or an edit (hidden pages, the overview's check). Returns the longest
 * wall-clock stall meanwhile. */
static double
settle (double cpu_ms)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  double worst = 0;

  while (g_get_monotonic_time () < end)
    {
      double cpu;

      stall_start ();
      iterate_for (500);
      cpu = stall_cpu_ms ();
      worst = MAX (worst, stall_ms ());
      if (cpu < cpu_ms)
        break;
    }
  return worst;
}

/* Statistics ----------------------------------------------------------- */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

typedef struct
{
  const char *what;
  GArray     *stalls;  /* double, ms, one per round */
  GArray     *cpu;     /* the same in CPU time */
} Row;

static void
row_add (GPtrArray  *rows,
         const char *what,
         double      ms)
{
  double cpu = stall_cpu_ms ();

  Row *row = NULL;

  for (guint i = 0; i < rows->len && row == NULL; i++)
    if (strcmp (((Row *) g_ptr_array_index (rows, i))->what, what) == 0)
      row = g_ptr_array_index (rows, i);
  if (row == NULL)
    {
      row = g_new0 (Row, 1);
      row->what = g_intern_string (what);
      row->stalls = g_array_new (FALSE, FALSE, sizeof (double));
      row->cpu = g_array_new (FALSE, FALSE, sizeof (double));
      g_ptr_array_add (rows, row);
    }
  g_array_append_val (row->stalls, ms);
  g_array_append_val (row->cpu, cpu);
}

static void
row_free (Row *row)
{
  g_array_unref (row->stalls);
  g_array_unref (row->cpu);
  g_free (row);
}

static void
median_max (GArray *values,
            double *median,
            double *max)
{
  double *v = (double *) values->data;
  guint n = values->len;

  qsort (v, n, sizeof (double), compare_doubles);
  *median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  *max = v[n - 1];
}

static void
print_rows (GPtrArray *rows,
            double     reference,
            double     reference_cpu)
{
  g_print ("%-28s %4s | %9s %7s %8s | %9s %7s %8s\n", "", "runs", "wall: med", "max",
           "max/ref", "cpu: med", "max", "max/ref");
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      double med, max, cpu_med, cpu_max;

      median_max (row->stalls, &med, &max);
      median_max (row->cpu, &cpu_med, &cpu_max);
      g_print ("%-28s %4u | %9.1f %7.1f %7.1fx | %9.1f %7.1f %7.1fx%s\n", row->what,
               row->stalls->len, med, max, reference > 0 ? max / reference : 0,
               cpu_med, cpu_max, reference_cpu > 0 ? cpu_max / reference_cpu : 0,
               cpu_max > 16.0 ? "  cpu > 16 ms" : "");
    }
}

/* The reference: a minimal window, idle ---------------------------------- */

static double
measure_reference (guint   ms,
                   double *cpu)
{
  GtkWidget *window = gtk_window_new ();
  double stall;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello"));
  count_frames (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (window);
  iterate_for (300);

  stall_start ();
  iterate_for (ms);
  stall = stall_ms ();
  *cpu = stall_cpu_ms ();

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (100);
  return stall;
}

/* Frame times ------------------------------------------------------------ */

typedef struct
{
  GArray        *intervals;   /* double, ms between two painted frames */
  GArray        *cpu;         /* double, the main thread's CPU ms between them */
  gint64         last;
  gint64         last_cpu;
  guint          n_left;
  GtkAdjustment *adjustment;  /* scrolled a step each frame, or NULL */
  double         step;
} Frames;

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Frames *f = data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu_now = thread_cpu_time ();

  if (f->last != 0)
    {
      double ms = (now - f->last) / 1000.0;
      double cpu = (cpu_now - f->last_cpu) / 1000.0;

      g_array_append_val (f->intervals, ms);
      g_array_append_val (f->cpu, cpu);
    }
  f->last = now;
  f->last_cpu = cpu_now;
  if (f->adjustment != NULL)
    {
      double value = gtk_adjustment_get_value (f->adjustment) + f->step;

      if (value > gtk_adjustment_get_upper (f->adjustment) - gtk_adjustment_get_page_size (f->adjustment))
        value = 0;
      gtk_adjustment_set_value (f->adjustment, value);
    }
  else
    gtk_widget_queue_draw (widget);
  if (--f->n_left == 0)
    return G_SOURCE_REMOVE;
  return G_SOURCE_CONTINUE;
}

static gboolean
frames_done (gpointer data)
{
  return ((Frames *) data)->n_left == 0;
}

/* @n frame intervals of @widget, scrolling @adjustment by @step each frame */
static Frames *
measure_frames (GtkWidget     *widget,
                GtkAdjustment *adjustment,
                double         step,
                guint          n)
{
  Frames *f = g_new0 (Frames, 1);

  f->intervals = g_array_new (FALSE, FALSE, sizeof (double));
  f->cpu = g_array_new (FALSE, FALSE, sizeof (double));
  f->n_left = n + 1;
  f->adjustment = adjustment;
  f->step = step;
  gtk_widget_add_tick_callback (widget, scroll_tick_cb, f, NULL);
  iterate_until (frames_done, f, 120);
  return f;
}

static void
print_frames (const char *what,
              Frames     *f,
              double      stall,
              double      cpu)
{
  double med, max, p95, cpu_med, cpu_max, cpu_p95;

  median_max (f->intervals, &med, &max);  /* sorts */
  p95 = g_array_index (f->intervals, double, (guint) (f->intervals->len * 0.95));
  median_max (f->cpu, &cpu_med, &cpu_max);
  cpu_p95 = g_array_index (f->cpu, double, (guint) (f->cpu->len * 0.95));
  g_print ("%-40s %3u frames | wall: median %5.1f p95 %5.1f max %5.1f | cpu: median %5.1f p95 %5.1f max %5.1f | stall %5.1f (cpu %5.1f)\n",
           what, f->intervals->len, med, p95, max, cpu_med, cpu_p95, cpu_max, stall, cpu);
  g_array_unref (f->intervals);
  g_array_unref (f->cpu);
  g_free (f);
}

/* The reference of a table: plain GTK, a GtkColumnView of as many rows of
 * strings, eight columns of labels, in a window of the same size */

static void
ref_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
ref_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkWidget *
reference_table (guint       n_rows,
                 GtkWidget **view_out)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkStringList *strings = gtk_string_list_new (NULL);
  GtkWidget *view;

  for (guint i = 0; i < n_rows; i++)
    {
      char text[64];

      g_snprintf (text, sizeof text, "Bericht %u over brood en banket", i);
      gtk_string_list_append (strings, text);
    }
  view = gtk_column_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (strings))));
  for (guint c = 0; c < 8; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (ref_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (ref_bind_cb), NULL);
      column = gtk_column_view_column_new ("Kolom", factory);
      gtk_column_view_column_set_fixed_width (column, 130);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
      g_object_unref (column);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  *view_out = view;
  return window;
}

/* Koers ------------------------------------------------------------------ */

static gboolean
has_plan (gpointer window)
{
  return koers_window_get_plan (window) != NULL;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
generate_plan (const char *dir,
               guint       entries)
{
  char *path = g_build_filename (dir, "plan.koers", NULL);
  g_autofree char *n = g_strdup_printf ("%u", entries);
  const char *argv[] = { KOERS_GEN_PLAN, n, path, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("bench-calendar-ui: koers-gen-plan: %s", error->message);
  return path;
}

static KoersWindow *
open_window (GFile *file)
{
  KoersWindow *window = koers_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  count_frames (GTK_WIDGET (window));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  if (file != NULL)
    {
      koers_window_load_file (window, file);
      iterate_until (has_plan, window, 120);
    }
  else
    {
      g_autoptr(KoersPlan) plan = koers_plan_new ();

      koers_window_set_plan (window, plan, NULL);
    }
  wait_for_frame (GTK_WIDGET (window));
  settle (5.0);
  return window;
}

/* With BENCH_STALL_MARKS set, the CLOCK_MONOTONIC time of a phase's start
 * and end on stderr: to match with `perf record -k mono` samples. */
static void
mark (const char *what)
{
  if (g_getenv ("BENCH_STALL_MARKS") != NULL)
    g_printerr ("mark %s %" G_GINT64_FORMAT "\n", what, g_get_monotonic_time ());
}

/* Month switches: @rounds times next, then as many back */
static void
month_switches (KoersWindow *window,
                GPtrArray   *rows,
                const char  *what,
                int          rounds)
{
  KoersCalendarPage *page = KOERS_CALENDAR_PAGE (find_type (GTK_WIDGET (window), KOERS_TYPE_CALENDAR_PAGE));

  for (int r = 0; r < 2 * rounds; r++)
    {
      stall_start ();
      mark (what);
      gtk_widget_activate_action (GTK_WIDGET (page), r < rounds ? "calendar.next" : "calendar.previous", NULL);
      wait_for_frame (GTK_WIDGET (window));
      iterate_for (30);
      mark ("end");
      row_add (rows, what, stall_ms ());
    }
}

int
main (int   argc,
      char *argv[])
{
  int entries = 50000;
  int rounds = 12;
  GOptionEntry options[] = {
    { "entries", 0, 0, G_OPTION_ARG_INT, &entries, "Entries of the generated plan", "N" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Month switches each way", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[PLAN.koers]");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autofree char *dir = NULL;
  g_autofree char *recovery_dir = NULL;
  g_autofree char *plan_path = NULL;
  g_autoptr(GFile) file = NULL;
  KoersWindow *window;
  KoersCalendarPage *page;
  KoersMonthView *month;
  KoersCalendarList *list;
  GtkStack *views;
  double reference, reference_cpu;

  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  dir = g_dir_make_tmp ("koers-bench-calendar-XXXXXX", &error);
  if (dir == NULL)
    g_error ("bench-calendar-ui: %s", error->message);
  recovery_dir = g_build_filename (dir, "recovery", NULL);
  g_setenv ("KOERS_RECOVERY_DIR", recovery_dir, TRUE);
  g_setenv ("KOERS_AUTOSAVE_DELAY_MS", "3600000", TRUE);
  /* The generated plan spans 2024-2028; show a month in the middle */
  g_setenv ("KOERS_TODAY", "2026-03-10", TRUE);

  if (argc > 1)
    plan_path = g_strdup (argv[1]);
  else
    plan_path = generate_plan (dir, entries);

  gtk_init ();
  g_timeout_add_full (G_PRIORITY_HIGH, 1, tick_cb, NULL, NULL);
  g_print ("bench-calendar-ui: %s\n", plan_path);

  reference = measure_reference (2000, &reference_cpu);
  g_print ("reference: a minimal window, idle for 2 s: longest stall %.1f ms (cpu %.1f ms)\n",
           reference, reference_cpu);

  /* The reference of the page itself: an empty plan */
  window = open_window (NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "calendar");
  wait_for_frame (GTK_WIDGET (window));
  settle (5.0);
  month_switches (window, rows, "month switch, empty plan", rounds);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (100);

  file = g_file_new_for_path (plan_path);
  window = open_window (file);
  g_print ("plan: %u entries\n\n", g_list_model_get_n_items (koers_plan_get_entries (koers_window_get_plan (window))));

  stall_start ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "calendar");
  wait_for_frame (GTK_WIDGET (window));
  iterate_for (100);
  row_add (rows, "first showing of the page", stall_ms ());
  settle (5.0);

  page = KOERS_CALENDAR_PAGE (find_type (GTK_WIDGET (window), KOERS_TYPE_CALENDAR_PAGE));
  month = KOERS_MONTH_VIEW (find_type (GTK_WIDGET (page), KOERS_TYPE_MONTH_VIEW));
  list = KOERS_CALENDAR_LIST (find_type (GTK_WIDGET (page), KOERS_TYPE_CALENDAR_LIST));
  views = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (month), GTK_TYPE_STACK));

  /* What the month grid asks of the index: six weeks */
  {
    KoersCalendarIndex *index = koers_calendar_index_get_for_plan (koers_window_get_plan (window));
    GDate from = *koers_month_view_get_month (month), to;
    gint64 t0, best = G_MAXINT64;
    guint n = 0;

    g_date_subtract_days (&from, 6);
    to = from;
    g_date_add_days (&to, 41);
    for (int r = 0; r < 10; r++)
      {
        g_autoptr(GArray) occ = NULL;

        t0 = thread_cpu_time ();
        occ = koers_calendar_index_query (index, &from, &to);
        best = MIN (best, thread_cpu_time () - t0);
        n = occ->len;
      }
    g_print ("index query of 42 days: %u occurrences, %.2f ms cpu (best of 10)\n", n, best / 1000.0);
  }

  month_switches (window, rows, "month switch, big plan", rounds);
  g_print ("chips made for the month grid: %u (pool %u)\n", koers_month_view_get_n_chips (month),
           koers_month_view_get_n_pooled (month));

  /* An edit of one entry on a day shown */
  for (int r = 0; r < rounds; r++)
    {
      GDate day = *koers_month_view_get_month (month);
      g_autoptr(GArray) occ = NULL;
      g_autofree char *title = g_strdup_printf ("Bench %d", r);

      g_date_add_days (&day, 10);
      occ = koers_calendar_index_query (koers_calendar_index_get_for_plan (koers_window_get_plan (window)),
                                        &day, &day);
      if (occ->len == 0)
        break;
      stall_start ();
      koers_calendar_entry_set_title (g_array_index (occ, KoersOccurrence, 0).entry, title);
      wait_for_frame (GTK_WIDGET (window));
      iterate_for (30);
      row_add (rows, "edit of one entry shown", stall_ms ());
    }
  settle (5.0);

  /* The agenda */
  stall_start ();
  gtk_stack_set_visible_child_name (views, "list");
  wait_for_frame (GTK_WIDGET (window));
  iterate_for (100);
  row_add (rows, "switch to the list", stall_ms ());
  {
    gint64 start = g_get_monotonic_time ();
    GListModel *model = koers_calendar_list_get_model (list);
    double worst = settle (5.0);

    g_print ("list: %u rows, filtered and sorted incrementally in %.0f ms (longest stall %.1f ms)\n",
             g_list_model_get_n_items (model), (g_get_monotonic_time () - start) / 1000.0, worst);
  }

  g_print ("\nlongest main-loop stall in ms (reference %.1f ms, cpu %.1f ms):\n", reference, reference_cpu);
  print_rows (rows, reference, reference_cpu);

  /* Scrolling the agenda, a third of a page each frame, against a
   * minimal window that redraws each frame */
  g_print ("\nframe times in ms:\n");
  {
    GtkWidget *ref = gtk_window_new ();
    Frames *ref_frames, *list_frames;
    GtkColumnView *view = koers_calendar_list_get_column_view (list);
    GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
    double stall, cpu;

    gtk_window_set_default_size (GTK_WINDOW (ref), 1280, 800);
    gtk_window_set_child (GTK_WINDOW (ref), gtk_label_new ("Hello"));
    count_frames (ref);
    gtk_window_present (GTK_WINDOW (ref));
    wait_for_frame (ref);
    iterate_for (300);
    stall_start ();
    ref_frames = measure_frames (ref, NULL, 0, 240);
    stall = stall_ms ();
    cpu = stall_cpu_ms ();
    print_frames ("reference: minimal window, a redraw a frame", ref_frames, stall, cpu);
    gtk_window_destroy (GTK_WINDOW (ref));
    iterate_for (200);

    /* A plain GtkColumnView of as many rows */
    {
      GtkWidget *ref_view;
      GtkWidget *table = reference_table (g_list_model_get_n_items (koers_calendar_list_get_model (list)),
                                          &ref_view);
      GtkAdjustment *ref_adj;

      count_frames (table);
      stall_start ();
      gtk_window_present (GTK_WINDOW (table));
      wait_for_frame (table);
      iterate_for (100);
      g_print ("reference: first showing of a GtkColumnView of as many rows: stall %.1f ms (cpu %.1f ms)\n",
               stall_ms (), stall_cpu_ms ());
      settle (5.0);
      ref_adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (ref_view));
      stall_start ();
      ref_frames = measure_frames (ref_view, ref_adj, gtk_adjustment_get_page_size (ref_adj) / 3, 240);
      stall = stall_ms ();
      cpu = stall_cpu_ms ();
      print_frames ("reference: GtkColumnView, 1/3 page a frame", ref_frames, stall, cpu);
      settle (5.0);
      stall_start ();
      ref_frames = measure_frames (ref_view, ref_adj, 24, 240);
      stall = stall_ms ();
      cpu = stall_cpu_ms ();
      print_frames ("reference: GtkColumnView, a row a frame", ref_frames, stall, cpu);
      gtk_window_destroy (GTK_WINDOW (table));
      iterate_for (200);
    }

    gtk_window_present (GTK_WINDOW (window));
    wait_for_frame (GTK_WIDGET (window));
    settle (5.0);
    stall_start ();
    list_frames = measure_frames (GTK_WIDGET (view), adj, gtk_adjustment_get_page_size (adj) / 3, 240);
    stall = stall_ms ();
    cpu = stall_cpu_ms ();
    print_frames ("list scroll, a third of a page a frame", list_frames, stall, cpu);

    settle (5.0);
    stall_start ();
    list_frames = measure_frames (GTK_WIDGET (view), adj, 24, 240);
    stall = stall_ms ();
    cpu = stall_cpu_ms ();
    print_frames ("list scroll, a row a frame", list_frames, stall, cpu);

  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (100);
  if (argc <= 1)
    g_unlink (plan_path);
  g_rmdir (recovery_dir);
  g_rmdir (dir);
  return 0;
}
