/* bench-rose.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How long the communication rose takes: one render at 1100 x 760 (the
 * window's default size) on an image surface, one A4 PDF export of the
 * example plan, and one 2 x 2 poster PDF export (four A4 sheets, through
 * the table of printables and the poster tiling). Each is set against a
 * reference measured in the same run on the same machine: filling the same
 * surface with one colour, and writing an empty PDF of one or four pages.
 * The ratios travel between machines; the times do not.
 *
 *   bench-rose [PLAN.koers]   (default: the Dutch example plan)
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <cairo.h>
#include <cairo-pdf.h>

#include "koers-export.h"
#include "koers-plan-io.h"
#include "koers-rose-render.h"

#define WIDTH        1100
#define HEIGHT       760
#define RENDER_RUNS  50
#define EXPORT_RUNS  10
#define WARM_UP      3

typedef void (*BenchFunc) (gpointer data);

typedef struct
{
  KoersPlan       *plan;
  cairo_surface_t *surface;
  char            *pdf_path;
} Bench;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* The median time of @runs calls of @func, in milliseconds. */
static double
median_ms (BenchFunc func,
           gpointer  data,
           guint     runs)
{
  g_autofree double *times = g_new (double, runs);

  for (guint i = 0; i < WARM_UP; i++)
    func (data);
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  return runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
}

static void
render_rose (gpointer data)
{
  Bench *bench = data;
  cairo_t *cr = cairo_create (bench->surface);
  KoersRoseOptions opts;

  /* as the screen draws it (koers-rose-view.c) */
  koers_rose_options_init (&opts);
  opts.show_title = FALSE;
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  koers_rose_render (cr, bench->plan, &opts, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (bench->surface);
}

static void
fill_surface (gpointer data)
{
  Bench *bench = data;
  cairo_t *cr = cairo_create (bench->surface);

  cairo_set_source_rgb (cr, 0.2, 0.5, 0.9);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (bench->surface);
}

static void
export_pdf (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GFile) file = g_file_new_for_path (bench->pdf_path);
  g_autoptr(GError) error = NULL;
  KoersExportOptions opts;

  koers_export_options_init (&opts);
  if (!koers_export_to_file_full (bench->plan, file, &opts, &error))
    g_error ("export failed: %s", error->message);
}

static void
export_poster_pdf (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GFile) file = g_file_new_for_path (bench->pdf_path);
  g_autoptr(GError) error = NULL;
  KoersExportOptions opts;

  koers_export_options_init (&opts);
  opts.page = "rose";
  opts.poster_columns = opts.poster_rows = 2;
  if (!koers_export_to_file_full (bench->plan, file, &opts, &error))
    g_error ("poster export failed: %s", error->message);
}

static void
write_empty_pages (Bench *bench,
                   guint  pages)
{
  double w, h;
  cairo_surface_t *surface;
  cairo_t *cr;

  koers_export_get_page_size (KOERS_EXPORT_PAPER_A4, FALSE, &w, &h);
  surface = cairo_pdf_surface_create (bench->pdf_path, w, h);
  cr = cairo_create (surface);
  for (guint i = 0; i < pages; i++)
    cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_error ("empty PDF failed: %s", cairo_status_to_string (cairo_surface_status (surface)));
  cairo_surface_destroy (surface);
}

static void
write_empty_pdf (gpointer data)
{
  write_empty_pages (data, 1);
}

static void
write_empty_4_pages (gpointer data)
{
  write_empty_pages (data, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *plan_path = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };
  double render, fill, export, empty, poster, empty4;

  plan_path = argc > 1 ? g_strdup (argv[1])
                       : g_build_filename (KOERS_SOURCE_EXAMPLES, "koers-example-nl.koers", NULL);
  file = g_file_new_for_commandline_arg (plan_path);
  bench.plan = koers_plan_io_load (file, &error);
  if (bench.plan == NULL)
    {
      g_printerr ("bench-rose: %s\n", error->message);
      return 1;
    }

  dir = g_dir_make_tmp ("koers-bench-XXXXXX", &error);
  g_assert_no_error (error);
  bench.pdf_path = g_build_filename (dir, "rose.pdf", NULL);
  bench.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);

  render = median_ms (render_rose, &bench, RENDER_RUNS);
  fill = median_ms (fill_surface, &bench, RENDER_RUNS);
  export = median_ms (export_pdf, &bench, EXPORT_RUNS);
  empty = median_ms (write_empty_pdf, &bench, EXPORT_RUNS);
  poster = median_ms (export_poster_pdf, &bench, EXPORT_RUNS);
  empty4 = median_ms (write_empty_4_pages, &bench, EXPORT_RUNS);

  printf ("plan: %s\n", plan_path);
  printf ("render rose %dx%d (image):  %8.3f ms  (median of %d)\n",
          WIDTH, HEIGHT, render, RENDER_RUNS);
  printf ("reference: solid fill:        %8.3f ms  (median of %d)\n", fill, RENDER_RUNS);
  printf ("  ratio render / fill:        %8.1f\n", fill > 0 ? render / fill : 0.0);
  printf ("export rose A4 PDF:           %8.3f ms  (median of %d)\n", export, EXPORT_RUNS);
  printf ("reference: empty 1-page PDF:  %8.3f ms  (median of %d)\n", empty, EXPORT_RUNS);
  printf ("  ratio export / empty PDF:   %8.1f\n", empty > 0 ? export / empty : 0.0);
  printf ("export rose 2x2 poster PDF:   %8.3f ms  (median of %d)\n", poster, EXPORT_RUNS);
  printf ("reference: empty 4-page PDF:  %8.3f ms  (median of %d)\n", empty4, EXPORT_RUNS);
  printf ("  ratio poster / empty PDF:   %8.1f\n", empty4 > 0 ? poster / empty4 : 0.0);

  cairo_surface_destroy (bench.surface);
  g_unlink (bench.pdf_path);
  g_rmdir (dir);
  g_free (bench.pdf_path);
  g_object_unref (bench.plan);
  return 0;
}
