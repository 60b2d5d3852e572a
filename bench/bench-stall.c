/* bench-stall.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The longest time the main loop stalls while a real window works on a big
 * plan: a save, an autosave (the recovery copy), and switching to every page.
 * A G_PRIORITY_HIGH timeout ticks every millisecond; the largest gap between
 * two ticks is the stall: while the main loop is busy in one callback, no
 * tick comes. A frame takes 16.7 ms at 60 Hz, so a stall longer than 16 ms
 * shows as a dropped frame.
 *
 * Beside the wall-clock gap, each gap's CPU time of the main thread is
 * taken (CLOCK_THREAD_CPUTIME_ID): on a loaded machine a gap is longer
 * than the work in it, because the main thread waits for a CPU; the CPU
 * time is what the work costs.
 *
 * The reference is the same measurement on a minimal GTK window (a label)
 * that sits idle for as long, in the same run: what Xvfb, the frame clock and
 * the machine's load cost anyway.
 *
 *   bench-stall [--entries=N] [--rounds=N] [PLAN.koers]
 *
 * Without a plan it writes one of N entries (50000) with koers-gen-plan into
 * a temporary folder. Run it under Xvfb, with the schemas compiled (see
 * bench/README.md); `ninja bench-stall` does.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "koers-export.h"
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
  if (cpu - last_cpu > 12000 && g_getenv ("BENCH_STALL_MARKS") != NULL)
    g_printerr ("gap %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " cpu %.1f ms\n", last_tick, now,
                (cpu - last_cpu) / 1000.0);
  last_tick = now;
  last_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

/* With BENCH_STALL_MARKS set, the CLOCK_MONOTONIC time of a phase's start
 * and end on stderr, and of every gap of more than 12 ms of CPU: to match
 * with `perf record -k mono` samples. */
static void
mark (const char *what)
{
  if (g_getenv ("BENCH_STALL_MARKS") != NULL)
    g_printerr ("mark %s %" G_GINT64_FORMAT "\n", what, g_get_monotonic_time ());
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
        g_error ("bench-stall: timed out");
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
is_true (gpointer flag)
{
  return *(gboolean *) flag;
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      flag)
{
  g_autoptr(GError) error = NULL;

  if (!koers_export_to_file_finish (result, &error))
    g_error ("bench-stall: the export failed: %s", error->message);
  *(gboolean *) flag = TRUE;
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

/* Koers ------------------------------------------------------------------ */

static gboolean
has_plan (gpointer window)
{
  return koers_window_get_plan (window) != NULL;
}

static gboolean
not_dirty (gpointer window)
{
  gboolean dirty;

  g_object_get (window, "dirty", &dirty, NULL);
  return !dirty;
}

static GtkStack *
find_pages (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "overview"))
    return GTK_STACK (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkStack *found = find_pages (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
edit (KoersWindow *window,
      guint        n)
{
  g_autofree char *title = g_strdup_printf ("Stall bench %u", n);

  koers_plan_set_title (koers_window_get_plan (window), title);
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
    g_error ("bench-stall: koers-gen-plan: %s", error->message);
  return path;
}

int
main (int   argc,
      char *argv[])
{
  int entries = 50000;
  int rounds = 5;
  GOptionEntry options[] = {
    { "entries", 0, 0, G_OPTION_ARG_INT, &entries, "Entries of the generated plan", "N" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Rounds of each measurement", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[PLAN.koers]");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autoptr(GPtrArray) any_page = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autofree char *dir = NULL;
  g_autofree char *recovery_dir = NULL;
  g_autofree char *plan_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GtkSelectionModel) stack_pages = NULL;
  KoersWindow *window;
  GtkStack *pages;
  double reference, reference_cpu, stall;
  gint64 start;

  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-stall: %s\n", error->message);
      return 2;
    }

  dir = g_dir_make_tmp ("koers-bench-stall-XXXXXX", &error);
  if (dir == NULL)
    g_error ("bench-stall: %s", error->message);
  recovery_dir = g_build_filename (dir, "recovery", NULL);
  g_setenv ("KOERS_RECOVERY_DIR", recovery_dir, TRUE);
  /* No recovery copy unless a measurement asks for one. */
  g_setenv ("KOERS_AUTOSAVE_DELAY_MS", "3600000", TRUE);

  if (argc > 1)
    {
      g_autofree char *copy = g_build_filename (dir, "plan.koers", NULL);
      g_autofree char *data = NULL;
      gsize length;

      if (!g_file_get_contents (argv[1], &data, &length, &error) ||
          !g_file_set_contents (copy, data, length, &error))
        g_error ("bench-stall: %s", error->message);
      plan_path = g_steal_pointer (&copy);
    }
  else
    plan_path = generate_plan (dir, entries);

  gtk_init ();
  g_timeout_add_full (G_PRIORITY_HIGH, 1, tick_cb, NULL, NULL);

  g_print ("bench-stall: %s, %d rounds\n", plan_path, rounds);

  /* The reference, before Koers has touched anything */
  reference = measure_reference (2000, &reference_cpu);
  g_print ("reference: a minimal window, idle for 2 s: longest stall %.1f ms (cpu %.1f ms)\n\n",
           reference, reference_cpu);

  window = koers_window_new (NULL);
  count_frames (GTK_WIDGET (window));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));

  file = g_file_new_for_path (plan_path);
  start = g_get_monotonic_time ();
  stall_start ();
  koers_window_load_file (window, file);
  iterate_until (has_plan, window, 120);
  wait_for_frame (GTK_WIDGET (window));
  g_print ("load: %.0f ms until the plan was shown; longest stall %.1f ms (cpu %.1f ms)\n",
           (g_get_monotonic_time () - start) / 1000.0, stall_ms (), stall_cpu_ms ());
  g_print ("after the load, until quiet: longest stall %.1f ms\n\n", settle (5.0));

  /* The first save of a day sets the plan's modified date: a change like
   * any edit. Do it before the rounds. */
  edit (window, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  iterate_until (not_dirty, window, 60);
  settle (5.0);

  pages = find_pages (GTK_WIDGET (window));
  g_assert (pages != NULL);
  stack_pages = gtk_stack_get_pages (pages);

  for (int r = 0; r < rounds; r++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (stack_pages));

      /* An edit, with what follows it: the overview checks the plan
       * 300 ms after a change. */
      stall_start ();
      edit (window, 2 * r + 1);
      iterate_for (600);
      row_add (rows, "edit (title) + 600 ms", stall_ms ());
      settle (5.0);

      /* A save: from the action until it is done and the file monitor has
       * looked at the result. */
      stall_start ();
      mark ("save-start");
      gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
      iterate_until (not_dirty, window, 60);
      iterate_for (600);
      mark ("save-end");
      row_add (rows, "save", stall_ms ());

      /* An autosave: the recovery copy a moment after an edit */
      {
        g_autoptr(GDir) folder = NULL;
        const char *name;
        g_autofree char *written = NULL;

        gint64 end;

        /* The window schedules the copy when the plan's coalesced
         * "changed" comes, in the next main-loop iteration. The edit's own
         * work (the overview at 300 ms) is over when the copy starts. */
        g_setenv ("KOERS_AUTOSAVE_DELAY_MS", "4000", TRUE);
        edit (window, 2 * r + 2);
        iterate_for (50);
        g_setenv ("KOERS_AUTOSAVE_DELAY_MS", "3600000", TRUE);
        settle (5.0);
        stall_start ();
        /* The key file is written last. */
        end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
        while (written == NULL)
          {
            if (g_get_monotonic_time () > end)
              g_error ("bench-stall: no recovery copy was written");
            g_main_context_iteration (NULL, TRUE);
            folder = g_dir_open (recovery_dir, 0, NULL);
            while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
              if (g_str_has_suffix (name, ".info"))
                written = g_build_filename (recovery_dir, name, NULL);
            g_clear_pointer (&folder, g_dir_close);
          }
        iterate_for (300);
        row_add (rows, "autosave (recovery copy)", stall_ms ());
        settle (5.0);
        g_unlink (written);
      }

      /* Every page, from the one before it */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (stack_pages), i);
          const char *name = gtk_stack_page_get_name (GTK_STACK_PAGE (page));
          g_autofree char *what = g_strdup_printf ("page switch to %s", name);

          stall_start ();
          {
            g_autofree char *phase = g_strdup_printf ("page-%s", name);

            mark (phase);
          }
          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name);
          wait_for_frame (GTK_WIDGET (window));
          iterate_for (100);
          stall = stall_ms ();
          row_add (rows, what, stall);
          row_add (any_page, "page switch (any page)", stall);
        }
    }

  /* Once: an export of the calendar to PDF, a page per month of the
   * plan's period (five years), from the call until the file is written */
  {
    g_autofree char *pdf = g_build_filename (dir, "calendar.pdf", NULL);
    g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
    KoersExportOptions opts;
    gboolean exported = FALSE;

    koers_export_options_init (&opts);
    opts.page = "calendar";
    settle (5.0);
    stall_start ();
    mark ("export-start");
    koers_export_to_file_async (koers_window_get_plan (window), pdf_file, &opts, NULL,
                                exported_cb, &exported);
    iterate_until (is_true, &exported, 300);
    iterate_for (100);
    mark ("export-end");
    row_add (rows, "export (calendar, PDF)", stall_ms ());
    g_unlink (pdf);
  }

  g_print ("longest main-loop stall in ms, %d rounds (reference %.1f ms, cpu %.1f ms):\n",
           rounds, reference, reference_cpu);
  g_ptr_array_extend_and_steal (rows, g_steal_pointer (&any_page));
  print_rows (rows, reference, reference_cpu);

  /* Unsaved: the window must not ask. */
  if (!not_dirty (window))
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
      iterate_until (not_dirty, window, 60);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (100);

  g_unlink (plan_path);
  {
    g_autoptr(GDir) folder = g_dir_open (recovery_dir, 0, NULL);
    const char *name;

    while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
      {
        g_autofree char *path = g_build_filename (recovery_dir, name, NULL);
        g_unlink (path);
      }
  }
  g_rmdir (recovery_dir);
  g_rmdir (dir);
  return 0;
}
