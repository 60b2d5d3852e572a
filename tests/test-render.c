/* test-render.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rose renderer, the table of printables, posters and the export,
 * without a display: pixels at known places, the hit test, page sizes and
 * text in PDFs, SVG and PNG output.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo.h>

#include "koers-export.h"
#include "koers-plan-io.h"
#include "koers-poster.h"
#include "koers-printable.h"
#include "koers-role.h"
#include "koers-roles.h"
#include "koers-render-util.h"
#include "koers-rose-render.h"
#include "koers-task.h"

#define SIZE 600

static KoersPlan *
make_plan (void)
{
  KoersPlan *plan = koers_plan_new ();
  KoersRosePart *part;

  koers_plan_set_organisation (plan, "Bakkerij Test");

  part = koers_plan_get_rose_part (plan, KOERS_ROSE_PART_LISTENING);
  koers_rose_part_set_current (part, 5);
  koers_rose_part_set_target (part, 5);
  part = koers_plan_get_rose_part (plan, KOERS_ROSE_PART_RESPONDING);
  koers_rose_part_set_current (part, 0);
  koers_rose_part_set_target (part, 2);
  part = koers_plan_get_rose_part (plan, KOERS_ROSE_PART_SENDING);
  koers_rose_part_set_current (part, 5);
  koers_rose_part_set_target (part, 5);
  part = koers_plan_get_rose_part (plan, KOERS_ROSE_PART_ACTIVATING);
  koers_rose_part_set_current (part, 0);
  koers_rose_part_set_target (part, 1);
  part = koers_plan_get_rose_part (plan, KOERS_ROSE_PART_ORGANISING);
  koers_rose_part_set_current (part, 5);
  koers_rose_part_set_target (part, 5);

  return plan;
}

static cairo_surface_t *
render (KoersPlan              *plan,
        const KoersRoseOptions *opts)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SIZE, SIZE);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  koers_rose_render (cr, plan, opts, SIZE, SIZE);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
get_pixel (cairo_surface_t *surface,
           double           x,
           double           y,
           int             *r,
           int             *g,
           int             *b)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 px = *(guint32 *) (data + (int) y * stride + 4 * (int) x);

  *r = (px >> 16) & 0xff;
  *g = (px >> 8) & 0xff;
  *b = px & 0xff;
}

/* The point in @part at a radius of @ring rings (fractional), on the
 * petal's centre line. */
static void
point_in_part (const KoersRoseOptions *opts,
               KoersRosePartKind       part,
               double                  ring,
               double                 *x,
               double                 *y)
{
  double cx, cy, a0, a1, inner, width, a, r;

  koers_rose_part_geometry (opts, part, SIZE, SIZE, &cx, &cy, &a0, &a1, &inner, &width);
  a = (a0 + a1) / 2;
  r = inner + ring * width;
  *x = cx + r * cos (a);
  *y = cy + r * sin (a);
}

static gboolean
is_light (cairo_surface_t *surface,
          double           x,
          double           y)
{
  int r, g, b;

  get_pixel (surface, x, y, &r, &g, &b);
  return r > 225 && g > 225 && b > 225;
}

static gboolean
is_filled (cairo_surface_t *surface,
           double           x,
           double           y)
{
  int r, g, b;

  get_pixel (surface, x, y, &r, &g, &b);
  return MIN (r, MIN (g, b)) < 200;
}

static void
test_rose_fill (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  KoersRoseOptions opts;
  KoersRenderStyle styles[] = { KOERS_RENDER_STYLE_COLOUR, KOERS_RENDER_STYLE_GREY };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      cairo_surface_t *surface;
      double x, y;

      koers_rose_options_init (&opts);
      opts.style = styles[i];
      surface = render (plan, &opts);

      /* current 5: filled near the outer ring */
      point_in_part (&opts, KOERS_ROSE_PART_LISTENING, 4.5, &x, &y);
      g_assert_true (is_filled (surface, x, y));
      point_in_part (&opts, KOERS_ROSE_PART_SENDING, 4.5, &x, &y);
      g_assert_true (is_filled (surface, x, y));
      /* current 0: the same spot is empty */
      point_in_part (&opts, KOERS_ROSE_PART_RESPONDING, 4.5, &x, &y);
      g_assert_true (is_light (surface, x, y));
      point_in_part (&opts, KOERS_ROSE_PART_ACTIVATING, 4.5, &x, &y);
      g_assert_true (is_light (surface, x, y));
      /* ... and near the centre too */
      point_in_part (&opts, KOERS_ROSE_PART_RESPONDING, 0.5, &x, &y);
      g_assert_true (is_light (surface, x, y));
      /* outside the rose, past the outer ring: background */
      point_in_part (&opts, KOERS_ROSE_PART_LISTENING, 5.4, &x, &y);
      g_assert_true (is_light (surface, x, y));

      cairo_surface_destroy (surface);
    }
}

/* Pixels that differ between @a and @b within @radius of (@cx, @cy) and
 * beyond @inner of it */
static guint
count_different (cairo_surface_t *a,
                 cairo_surface_t *b,
                 double           cx,
                 double           cy,
                 double           inner,
                 double           radius)
{
  guint n = 0;

  for (int y = MAX (0, (int) (cy - radius)); y < MIN (SIZE, (int) (cy + radius) + 1); y++)
    for (int x = MAX (0, (int) (cx - radius)); x < MIN (SIZE, (int) (cx + radius) + 1); x++)
      {
        double d = hypot (x - cx, y - cy);
        int r1, g1, b1, r2, g2, b2;

        if (d > radius || d < inner)
          continue;
        get_pixel (a, x, y, &r1, &g1, &b1);
        get_pixel (b, x, y, &r2, &g2, &b2);
        if (abs (r1 - r2) + abs (g1 - g2) + abs (b1 - b2) > 90)
          n++;
      }
  return n;
}

/* A score of 1 in the core shows in every style: against a score of 0, a
 * clear ring of pixels changes around the small disc. */
static void
test_rose_core_one (void)
{
  KoersRenderStyle styles[] = {
    KOERS_RENDER_STYLE_COLOUR, KOERS_RENDER_STYLE_GREY, KOERS_RENDER_STYLE_BW
  };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autoptr(KoersPlan) plan = koers_plan_new ();
      KoersRosePart *core = koers_plan_get_rose_part (plan, KOERS_ROSE_PART_ORGANISING);
      cairo_surface_t *zero, *one;
      KoersRoseOptions opts;
      double cx, cy, ring;
      guint changed;

      koers_rose_options_init (&opts);
      opts.style = styles[i];
      zero = render (plan, &opts);
      koers_rose_part_set_current (core, 1);
      one = render (plan, &opts);
      koers_rose_part_geometry (&opts, KOERS_ROSE_PART_ORGANISING, SIZE, SIZE,
                                &cx, &cy, NULL, NULL, NULL, &ring);
      /* the disc of score 1 and its edge, a ring width across */
      changed = count_different (zero, one, cx, cy, 0, ring * 1.2);
      if (changed < 40)
        g_error ("style %d: a score of 1 in the core changes %u pixels", styles[i], changed);
      cairo_surface_destroy (zero);
      cairo_surface_destroy (one);
    }
}

/* A target of 5 shows beside the part's outline, in every style: against no
 * target, pixels change just inside the outer ring. */
static void
test_rose_target_five (void)
{
  KoersRenderStyle styles[] = {
    KOERS_RENDER_STYLE_COLOUR, KOERS_RENDER_STYLE_GREY, KOERS_RENDER_STYLE_BW
  };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autoptr(KoersPlan) plan = koers_plan_new ();
      KoersRosePart *listening = koers_plan_get_rose_part (plan, KOERS_ROSE_PART_LISTENING);
      cairo_surface_t *none, *five;
      KoersRoseOptions opts;
      double cx, cy, inner, ring, outer;
      guint changed;

      koers_rose_options_init (&opts);
      opts.style = styles[i];
      none = render (plan, &opts);
      koers_rose_part_set_target (listening, 5);
      five = render (plan, &opts);
      koers_rose_part_geometry (&opts, KOERS_ROSE_PART_LISTENING, SIZE, SIZE,
                                &cx, &cy, NULL, NULL, &inner, &ring);
      outer = inner + 5 * ring;
      /* the outer quarter of ring 5, but not the outline itself */
      changed = count_different (none, five, cx, cy, outer - ring / 3, outer - 1.5);
      if (changed < 60)
        g_error ("style %d: a target of 5 changes %u pixels inside the outline",
                 styles[i], changed);
      cairo_surface_destroy (none);
      cairo_surface_destroy (five);
    }
}

static void
test_rose_colour_differs (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  KoersRoseOptions opts;
  cairo_surface_t *surface;
  int r1, g1, b1, r2, g2, b2;
  double x, y;

  koers_rose_options_init (&opts);
  surface = render (plan, &opts);
  point_in_part (&opts, KOERS_ROSE_PART_LISTENING, 3.5, &x, &y);
  get_pixel (surface, x, y, &r1, &g1, &b1);
  point_in_part (&opts, KOERS_ROSE_PART_SENDING, 3.5, &x, &y);
  get_pixel (surface, x, y, &r2, &g2, &b2);
  /* Listening is blue, Sending orange */
  g_assert_cmpint (b1, >, r1);
  g_assert_cmpint (r2, >, b2);
  cairo_surface_destroy (surface);
}

static void
test_rose_blank (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  KoersRoseOptions opts;
  KoersRenderStyle styles[] = { KOERS_RENDER_STYLE_COLOUR, KOERS_RENDER_STYLE_GREY, KOERS_RENDER_STYLE_BW };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      cairo_surface_t *surface;

      koers_rose_options_init (&opts);
      opts.style = styles[i];
      opts.blank = TRUE;
      surface = render (plan, &opts);

      for (int p = KOERS_ROSE_PART_LISTENING; p <= KOERS_ROSE_PART_ACTIVATING; p++)
        for (double ring = 0.5; ring < 5; ring += 1)
          {
            double x, y;

            /* off the centre line, clear of the ring numbers */
            point_in_part (&opts, p, ring, &x, &y);
            g_assert_true (is_light (surface, x, y));
          }
      cairo_surface_destroy (surface);
    }
}

static void
test_rose_bw_no_colour (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  KoersRoseOptions opts;
  cairo_surface_t *surface;
  guint n_dark = 0;
  double x, y;

  koers_rose_options_init (&opts);
  opts.style = KOERS_RENDER_STYLE_BW;
  opts.focus_part = KOERS_ROSE_PART_SENDING;
  surface = render (plan, &opts);

  for (int y0 = 0; y0 < SIZE; y0++)
    for (int x0 = 0; x0 < SIZE; x0++)
      {
        int r, g, b;

        get_pixel (surface, x0, y0, &r, &g, &b);
        if (r != g || g != b)
          g_error ("pixel (%d, %d) has colour %d,%d,%d", x0, y0, r, g, b);
        if (r < 128)
          n_dark++;
      }
  /* the hatching puts ink in the filled petals */
  g_assert_cmpuint (n_dark, >, 2000);

  /* a hatched petal has ink around the test point, an empty one none */
  {
    guint ink_full = 0, ink_empty = 0;

    point_in_part (&opts, KOERS_ROSE_PART_LISTENING, 3.5, &x, &y);
    for (int dy = -6; dy <= 6; dy++)
      for (int dx = -6; dx <= 6; dx++)
        ink_full += !is_light (surface, x + dx, y + dy);
    point_in_part (&opts, KOERS_ROSE_PART_RESPONDING, 3.5, &x, &y);
    for (int dy = -6; dy <= 6; dy++)
      for (int dx = -6; dx <= 6; dx++)
        ink_empty += !is_light (surface, x + dx, y + dy);
    g_assert_cmpuint (ink_full, >, 20);
    g_assert_cmpuint (ink_empty, ==, 0);
  }
  cairo_surface_destroy (surface);
}

static void
test_rose_hit_test (void)
{
  KoersRoseOptions opts;
  double cx, cy, x, y, inner, ring;
  int score = -1;

  koers_rose_options_init (&opts);
  koers_rose_part_geometry (&opts, KOERS_ROSE_PART_LISTENING, SIZE, SIZE,
                            &cx, &cy, NULL, NULL, &inner, &ring);

  point_in_part (&opts, KOERS_ROSE_PART_LISTENING, 2.5, &x, &y);
  g_assert_cmpint (koers_rose_hit_test (&opts, SIZE, SIZE, x, y, &score), ==, KOERS_ROSE_PART_LISTENING);
  g_assert_cmpint (score, ==, 3);
  /* straight up from the centre is Listening too */
  g_assert_cmpfloat (x, ==, cx);
  g_assert_cmpfloat (y, <, cy);

  point_in_part (&opts, KOERS_ROSE_PART_RESPONDING, 0.3, &x, &y);
  g_assert_cmpint (koers_rose_hit_test (&opts, SIZE, SIZE, x, y, &score), ==, KOERS_ROSE_PART_RESPONDING);
  g_assert_cmpint (score, ==, 1);
  point_in_part (&opts, KOERS_ROSE_PART_SENDING, 4.9, &x, &y);
  g_assert_cmpint (koers_rose_hit_test (&opts, SIZE, SIZE, x, y, &score), ==, KOERS_ROSE_PART_SENDING);
  g_assert_cmpint (score, ==, 5);
  /* a little past the outer ring still means 5, while dragging */
  point_in_part (&opts, KOERS_ROSE_PART_ACTIVATING, 5.3, &x, &y);
  g_assert_cmpint (koers_rose_hit_test (&opts, SIZE, SIZE, x, y, &score), ==, KOERS_ROSE_PART_ACTIVATING);
  g_assert_cmpint (score, ==, 5);

  g_assert_cmpint (koers_rose_hit_test (&opts, SIZE, SIZE, cx, cy, &score), ==, KOERS_ROSE_PART_ORGANISING);
  g_assert_cmpint (score, ==, 0);
  g_assert_cmpint (koers_rose_hit_test (&opts, SIZE, SIZE, cx + inner * 0.5, cy, &score), ==, KOERS_ROSE_PART_ORGANISING);
  g_assert_cmpint (score, ==, 3);

  /* corners are outside */
  g_assert_cmpint (koers_rose_hit_test (&opts, SIZE, SIZE, 2, 2, &score), ==, -1);
  g_assert_cmpint (koers_rose_hit_test (&opts, SIZE, SIZE, SIZE - 2, SIZE - 2, NULL), ==, -1);

  /* without a title the rose moves up or grows: the options matter */
  opts.show_title = FALSE;
  koers_rose_part_geometry (&opts, KOERS_ROSE_PART_LISTENING, SIZE, SIZE,
                            NULL, &y, NULL, NULL, NULL, &x);
  g_assert_true (x > ring || y < cy);
}

/* Export ------------------------------------------------------------------ */

static char *
read_text (GFile *file)
{
  char *contents = NULL;
  gsize length;

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, NULL));
  return contents;
}

static gboolean
bytes_contain (const char *haystack,
               gsize       length,
               const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (haystack + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_export_pdf_page_sizes (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  g_autofree char *dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  struct { KoersExportPaper paper; gboolean landscape; const char *box; } cases[] = {
    { KOERS_EXPORT_PAPER_A4, FALSE, "/MediaBox [ 0 0 595.275591 841.889764 ]" },
    { KOERS_EXPORT_PAPER_A4, TRUE,  "/MediaBox [ 0 0 841.889764 595.275591 ]" },
    { KOERS_EXPORT_PAPER_A3, FALSE, "/MediaBox [ 0 0 841.889764 1190.551181 ]" },
    { KOERS_EXPORT_PAPER_A3, TRUE,  "/MediaBox [ 0 0 1190.551181 841.889764 ]" },
  };

  g_assert_nonnull (dir);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KoersExportOptions opts;
      g_autofree char *path = g_strdup_printf ("%s/rose-%u.pdf", dir, i);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      gsize length;

      koers_export_options_init (&opts);
      opts.paper = cases[i].paper;
      opts.landscape = cases[i].landscape;
      opts.blank = i % 2 == 1;
      g_assert_true (koers_export_to_file_full (plan, file, &opts, &error));
      g_assert_no_error (error);

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_true (g_str_has_prefix (data, "%PDF-"));
      if (!bytes_contain (data, length, cases[i].box))
        g_error ("%s lacks %s", path, cases[i].box);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_export_pdf_text (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[4];
  int status;
  const char *listening;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  path = g_build_filename (dir, "rose.pdf", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (koers_export_to_file (plan, file, &error));
  g_assert_no_error (error);

  argv[0] = pdftotext;
  argv[1] = path;
  argv[2] = "-";
  argv[3] = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  /* The part names are text in the PDF, in the language of the run: Dutch
   * ("Luisteren") once nl.po translates them, English until then. */
  listening = g_dpgettext2 (GETTEXT_PACKAGE, "rose part", "Listening");
  g_test_message ("Listening is “%s”", listening);
  g_assert_nonnull (strstr (out, listening));
  g_assert_nonnull (strstr (out, "Bakkerij Test"));
  /* pdftotext may drop the spaces around the slash */
  {
    g_auto(GStrv) words = g_strsplit (out, " ", -1);
    g_autofree char *squeezed = g_strjoinv ("", words);

    g_assert_nonnull (strstr (squeezed, "5/5"));
    g_assert_nonnull (strstr (squeezed, "0/2"));
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* pdftotext's text of the rose exported with @blank, or NULL without pdftotext */
static char *
rose_pdf_text (KoersPlan *plan,
               gboolean   blank)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  KoersExportOptions opts;
  char *out = NULL;
  const char *argv[4];
  int status;

  if (pdftotext == NULL)
    return NULL;
  dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  path = g_build_filename (dir, "rose.pdf", NULL);
  file = g_file_new_for_path (path);
  koers_export_options_init (&opts);
  opts.blank = blank;
  g_assert_true (koers_export_to_file_full (plan, file, &opts, &error));
  g_assert_no_error (error);
  argv[0] = pdftotext;
  argv[1] = path;
  argv[2] = "-";
  argv[3] = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_unlink (path);
  g_rmdir (dir);
  /* wrapped lines joined again */
  return g_strdelimit (out, "\n", ' ');
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The blank workshop sheet is for writing on: fields for the organisation
 * and the date instead of the plan's and today's, and under each part
 * headings for notes and actions with lines; its core's rings are far
 * enough apart on A4 to shade by hand. */
static void
test_rose_blank_sheet (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  g_autofree char *today = koers_render_dup_date (NULL);
  g_autofree char *text = rose_pdf_text (plan, TRUE);
  KoersRoseOptions opts;
  double a4_w, a4_h, ring, petal_ring;

  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (text, g_dpgettext2 (GETTEXT_PACKAGE, "rose sheet", "Organisation")));
  g_assert_nonnull (strstr (text, g_dpgettext2 (GETTEXT_PACKAGE, "rose sheet", "Date")));
  g_assert_null (strstr (text, "Bakkerij Test"));
  g_assert_null (strstr (text, today));
  g_assert_cmpuint (count_occurrences (text, g_dpgettext2 (GETTEXT_PACKAGE, "rose sheet", "Notes")),
                    ==, KOERS_N_ROSE_PARTS);
  g_assert_cmpuint (count_occurrences (text, g_dpgettext2 (GETTEXT_PACKAGE, "rose sheet", "Actions")),
                    ==, KOERS_N_ROSE_PARTS);

  /* A4 portrait less the export's 36 pt margins; 3.5 mm is 9.9 pt */
  koers_export_get_page_size (KOERS_EXPORT_PAPER_A4, FALSE, &a4_w, &a4_h);
  koers_rose_options_init (&opts);
  opts.blank = TRUE;
  opts.show_notes = TRUE;
  koers_rose_part_geometry (&opts, KOERS_ROSE_PART_ORGANISING, a4_w - 72, a4_h - 72,
                            NULL, NULL, NULL, NULL, NULL, &ring);
  koers_rose_part_geometry (&opts, KOERS_ROSE_PART_LISTENING, a4_w - 72, a4_h - 72,
                            NULL, NULL, NULL, NULL, NULL, &petal_ring);
  g_test_message ("blank A4: core rings %.1f mm apart, petal rings %.1f mm",
                  ring * 25.4 / 72, petal_ring * 25.4 / 72);
  g_assert_cmpfloat (ring, >=, 3.5 * 72 / 25.4);
  g_assert_cmpfloat (petal_ring, >=, 3.5 * 72 / 25.4);
}

/* The filled sheet prints each part's notes and actions under headings */
static void
test_rose_filled_notes (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  KoersRosePart *part = koers_plan_get_rose_part (plan, KOERS_ROSE_PART_RESPONDING);
  g_autofree char *text = NULL;

  koers_rose_part_set_notes (part, "Reacties traag");
  koers_rose_part_set_actions (part, "Webcare binnen een dag");
  text = rose_pdf_text (plan, FALSE);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (text, "Reacties traag"));
  g_assert_nonnull (strstr (text, "Webcare binnen een dag"));
  g_assert_cmpuint (count_occurrences (text, g_dpgettext2 (GETTEXT_PACKAGE, "rose sheet", "Notes")),
                    ==, KOERS_N_ROSE_PARTS);
  g_assert_cmpuint (count_occurrences (text, g_dpgettext2 (GETTEXT_PACKAGE, "rose sheet", "Actions")),
                    ==, KOERS_N_ROSE_PARTS);
  /* the filled sheet keeps the plan's organisation in its head */
  g_assert_nonnull (strstr (text, "Bakkerij Test"));
}

static void
test_export_svg_png (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  g_autofree char *dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "rose.svg", NULL);
  g_autofree char *png_path = g_build_filename (dir, "rose.PNG", NULL);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  KoersExportOptions opts;
  cairo_surface_t *image;

  koers_export_options_init (&opts);
  g_assert_true (koers_export_to_file_full (plan, svg, &opts, &error));
  g_assert_no_error (error);
  text = read_text (svg);
  g_assert_nonnull (strstr (text, "<svg"));

  opts.png_width = 800;
  opts.style = KOERS_RENDER_STYLE_GREY;
  g_assert_true (koers_export_to_file_full (plan, png, &opts, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  /* A4 portrait: 800 * 297 / 210 */
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1131);
  {
    int r, g, b;

    get_pixel (image, 2, 2, &r, &g, &b);
    g_assert_cmpint (r, ==, 255);
    g_assert_cmpint (g, ==, 255);
    g_assert_cmpint (b, ==, 255);
  }
  cairo_surface_destroy (image);

  /* the default width */
  g_assert_true (koers_export_to_file (plan, png, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, KOERS_EXPORT_DEFAULT_PNG_WIDTH);
  cairo_surface_destroy (image);

  g_unlink (svg_path);
  g_unlink (png_path);
  g_rmdir (dir);
}

static void
test_export_unknown_format (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/rose.docx");
  g_autoptr(GError) error = NULL;

  g_assert_false (koers_export_to_file (plan, file, &error));
  g_assert_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, ".pdf"));
  g_assert_nonnull (strstr (error->message, ".svg"));
  g_assert_nonnull (strstr (error->message, ".png"));
  g_assert_nonnull (strstr (error->message, ".koers"));
}

static void
test_export_koers (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  g_autofree char *dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) back = NULL;

  g_assert_true (koers_export_to_file (plan, file, &error));
  g_assert_no_error (error);
  back = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_plan_get_organisation (back), ==, "Bakkerij Test");
  g_unlink (path);
  g_rmdir (dir);
}

/* With KOERS_TEST_PICTURES=dir, writes the example plan as PNGs to look at. */
static void
test_example_pictures (void)
{
  const char *out_dir = g_getenv ("KOERS_TEST_PICTURES");
  const char *examples = g_getenv ("KOERS_EXAMPLES_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) in = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  struct { const char *name; KoersRenderStyle style; gboolean blank; gboolean landscape; } pics[] = {
    { "colour", KOERS_RENDER_STYLE_COLOUR, FALSE, FALSE },
    { "grey", KOERS_RENDER_STYLE_GREY, FALSE, FALSE },
    { "bw", KOERS_RENDER_STYLE_BW, FALSE, FALSE },
    { "blank", KOERS_RENDER_STYLE_BW, TRUE, FALSE },
    { "landscape", KOERS_RENDER_STYLE_COLOUR, FALSE, TRUE },
    { "blank-landscape", KOERS_RENDER_STYLE_COLOUR, TRUE, TRUE },
  };

  if (examples == NULL)
    {
      g_test_skip ("KOERS_EXAMPLES_DIR is not set");
      return;
    }
  path = g_build_filename (examples, "koers-example-nl.koers", NULL);
  in = g_file_new_for_path (path);
  plan = koers_plan_io_load (in, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (pics); i++)
    {
      KoersExportOptions opts;
      g_autofree char *name = g_strdup_printf ("rose-%s.png", pics[i].name);
      g_autofree char *target = NULL;
      g_autoptr(GFile) out = NULL;

      koers_export_options_init (&opts);
      opts.style = pics[i].style;
      opts.blank = pics[i].blank;
      opts.landscape = pics[i].landscape;
      opts.png_width = pics[i].landscape ? 1400 : 1000;
      opts.date = "23-11-2026";
      target = out_dir != NULL ? g_build_filename (out_dir, name, NULL)
                               : g_build_filename (g_get_tmp_dir (), name, NULL);
      out = g_file_new_for_path (target);
      g_assert_true (koers_export_to_file_full (plan, out, &opts, &error));
      g_assert_no_error (error);
      if (out_dir == NULL)
        g_unlink (target);
    }
}

/* Export options (the command line's --paper, --landscape, --style,
 * --blank and --width end here) ------------------------------------------ */

static cairo_surface_t *
export_png (KoersPlan                *plan,
            const KoersExportOptions *opts,
            const char               *dir,
            const char               *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  g_assert_true (koers_export_to_file_full (plan, file, opts, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_unlink (path);
  return image;
}

/* Counts dark pixels, and fails on any pixel with a hue when @grey_only. */
static guint
count_dark (cairo_surface_t *image,
            gboolean         grey_only)
{
  int w = cairo_image_surface_get_width (image);
  int h = cairo_image_surface_get_height (image);
  guint n = 0;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        int r, g, b;

        get_pixel (image, x, y, &r, &g, &b);
        if (grey_only && (ABS (r - g) > 2 || ABS (g - b) > 2))
          g_error ("pixel (%d, %d) has colour %d,%d,%d", x, y, r, g, b);
        if (r < 128 && g < 128 && b < 128)
          n++;
      }
  return n;
}

static void
test_export_options_png_size (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  g_autofree char *dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  KoersExportOptions opts;
  cairo_surface_t *image;

  koers_export_options_init (&opts);
  g_assert_cmpint (opts.paper, ==, KOERS_EXPORT_PAPER_A4);
  g_assert_false (opts.landscape);
  g_assert_false (opts.blank);
  g_assert_cmpint (opts.style, ==, KOERS_RENDER_STYLE_COLOUR);

  /* A3 landscape, 1000 pixels wide: 1000 * 297 / 420 high */
  opts.paper = KOERS_EXPORT_PAPER_A3;
  opts.landscape = TRUE;
  opts.png_width = 1000;
  image = export_png (plan, &opts, dir, "a3.png");
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1000);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 707);
  cairo_surface_destroy (image);

  /* A4 portrait at the smallest width */
  koers_export_options_init (&opts);
  opts.png_width = 16;
  image = export_png (plan, &opts, dir, "tiny.png");
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 16);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 23);
  cairo_surface_destroy (image);

  g_rmdir (dir);
}

static void
test_export_options_style_blank (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  g_autofree char *dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  KoersExportOptions opts;
  cairo_surface_t *image;
  guint dark_filled, dark_blank;

  koers_export_options_init (&opts);
  opts.png_width = 500;

  /* grey and black-and-white pages carry no hue */
  opts.style = KOERS_RENDER_STYLE_GREY;
  image = export_png (plan, &opts, dir, "grey.png");
  count_dark (image, TRUE);
  cairo_surface_destroy (image);

  opts.style = KOERS_RENDER_STYLE_BW;
  image = export_png (plan, &opts, dir, "bw.png");
  dark_filled = count_dark (image, TRUE);
  cairo_surface_destroy (image);

  /* blank: the hatching of the scores is gone, the page stays black and white */
  opts.blank = TRUE;
  image = export_png (plan, &opts, dir, "blank.png");
  dark_blank = count_dark (image, TRUE);
  cairo_surface_destroy (image);
  g_test_message ("dark pixels: filled %u, blank %u", dark_filled, dark_blank);
  g_assert_cmpuint (dark_blank, <, dark_filled);

  /* colour has hue */
  koers_export_options_init (&opts);
  opts.png_width = 500;
  image = export_png (plan, &opts, dir, "colour.png");
  {
    gboolean hue = FALSE;

    for (int y = 0; y < cairo_image_surface_get_height (image) && !hue; y++)
      for (int x = 0; x < 500 && !hue; x++)
        {
          int r, g, b;

          get_pixel (image, x, y, &r, &g, &b);
          hue = ABS (r - b) > 60;
        }
    g_assert_true (hue);
  }
  cairo_surface_destroy (image);

  g_rmdir (dir);
}

static void
test_export_options_date (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  KoersExportOptions opts;
  const char *argv[4];
  int status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  path = g_build_filename (dir, "dated.pdf", NULL);
  file = g_file_new_for_path (path);
  koers_export_options_init (&opts);
  opts.date = "23-11-2026";
  opts.blank = TRUE;
  g_assert_true (koers_export_to_file_full (plan, file, &opts, &error));
  g_assert_no_error (error);

  argv[0] = pdftotext;
  argv[1] = path;
  argv[2] = "-";
  argv[3] = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  /* the date given fills the blank sheet's date field; its organisation
   * field is left to write in */
  g_assert_nonnull (strstr (out, "23-11-2026"));
  g_assert_null (strstr (out, "Bakkerij Test"));
  /* blank: no scores on the page */
  {
    g_auto(GStrv) words = g_strsplit (out, " ", -1);
    g_autofree char *squeezed = g_strjoinv ("", words);

    g_assert_null (strstr (squeezed, "5/5"));
    g_assert_null (strstr (squeezed, "0/2"));
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* The table of printables ------------------------------------------------ */

static void
test_printable_table (void)
{
  guint n = 0;
  const KoersPrintable *table = koers_printables (&n);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *list = NULL;

  g_assert_cmpuint (n, >=, 1);
  g_assert_true (koers_printable_get_default () == &table[0]);
  g_assert_cmpstr (table[0].id, ==, "rose");

  for (guint i = 0; i < n; i++)
    {
      const KoersPrintable *p = &table[i];
      g_autofree char *lower = g_ascii_strdown (p->id, -1);

      /* ids: unique, lower case, no spaces, what lookup finds */
      g_assert_nonnull (p->id);
      g_assert_cmpstr (lower, ==, p->id);
      g_assert_null (strchr (p->id, ' '));
      g_assert_true (g_hash_table_add (ids, (gpointer) p->id));
      g_assert_true (koers_printable_lookup (p->id) == p);
      g_assert_nonnull (p->n_pages);
      g_assert_nonnull (p->draw_page);

      /* the name is translated: main() asks for Dutch */
      g_assert_nonnull (p->name);
      g_assert_cmpstr (koers_printable_get_name (p), !=, p->name);
    }

  g_assert_cmpstr (koers_printable_get_name (koers_printable_lookup ("rose")), ==,
                   "Communicatieroos");
  g_assert_true (koers_printable_lookup ("ROSE") == &table[0]);
  g_assert_null (koers_printable_lookup ("nope"));
  g_assert_null (koers_printable_lookup (""));
  g_assert_null (koers_printable_lookup (NULL));

  list = koers_printable_dup_ids (", ");
  g_assert_true (g_str_has_prefix (list, "rose"));
  for (guint i = 0; i < n; i++)
    g_assert_nonnull (strstr (list, table[i].id));
}

static guint
count_ink (cairo_surface_t *surface)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  guint n = 0;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if (!is_light (surface, x, y))
        n++;
  return n;
}

/* Every printable: at least one page on A4, and page 0 draws something,
 * filled in and blank, in every style. */
static void
test_printable_every_row_draws (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  guint n = 0;
  const KoersPrintable *table = koers_printables (&n);
  double w, h;

  koers_export_get_page_size (KOERS_EXPORT_PAPER_A4, FALSE, &w, &h);
  for (guint i = 0; i < n; i++)
    for (int style = KOERS_RENDER_STYLE_COLOUR; style <= KOERS_RENDER_STYLE_BW; style++)
      {
        KoersRenderOptions opts;
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) w,
                                                               (int) h);
        cairo_t *cr = cairo_create (surface);

        koers_render_options_init (&opts);
        opts.style = style;
        opts.blank = style == KOERS_RENDER_STYLE_BW;
        opts.date = "1-2-2027";
        g_assert_cmpuint (koers_printable_get_n_sheets (&table[i], plan, &opts, w, h, 36), >=, 1);

        cairo_set_source_rgb (cr, 1, 1, 1);
        cairo_paint (cr);
        koers_printable_draw_sheet (&table[i], cr, plan, &opts, 0, w, h, 36);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
        /* something inside the margins, nothing in them */
        g_assert_cmpuint (count_ink (surface), >, 1000);
        g_assert_true (is_light (surface, 10, 10));
        g_assert_true (is_light (surface, w - 10, h - 10));
        cairo_surface_destroy (surface);
      }
}

/* Posters ------------------------------------------------------------------ */

/* A sheet whose tile step (the tile less the overlap) is a whole number of
 * pixels, so that the same point of the poster falls on the same pixel
 * grid on neighbouring sheets. */
#define STEP_X 300
#define STEP_Y 420
#define SHEET_W (2 * KOERS_POSTER_MARGIN_PT + KOERS_POSTER_OVERLAP_PT + STEP_X)
#define SHEET_H (2 * KOERS_POSTER_MARGIN_PT + KOERS_POSTER_OVERLAP_PT + STEP_Y)

static cairo_surface_t *
render_sheet (const KoersPrintable     *printable,
              KoersPlan                *plan,
              const KoersRenderOptions *opts,
              guint                     sheet)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) ceil (SHEET_W),
                                                         (int) ceil (SHEET_H));
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  koers_printable_draw_sheet (printable, cr, plan, opts, sheet, SHEET_W, SHEET_H, 12);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  if (g_getenv ("KOERS_TEST_PICTURES") != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s/poster-%ux%u-%u.png",
                                               g_getenv ("KOERS_TEST_PICTURES"),
                                               opts->poster_columns, opts->poster_rows, sheet);

      cairo_surface_write_to_png (surface, path);
      g_test_message ("kept %s", path);
    }
  return surface;
}

static int
pixel_distance (cairo_surface_t *a,
                int              ax,
                int              ay,
                cairo_surface_t *b,
                int              bx,
                int              by)
{
  int r1, g1, b1, r2, g2, b2;

  get_pixel (a, ax, ay, &r1, &g1, &b1);
  get_pixel (b, bx, by, &r2, &g2, &b2);
  return MAX (ABS (r1 - r2), MAX (ABS (g1 - g2), ABS (b1 - b2)));
}

static void
test_poster_sheets (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  const KoersPrintable *rose = koers_printable_lookup ("rose");
  double m = KOERS_POSTER_MARGIN_PT, o = KOERS_POSTER_OVERLAP_PT;
  double pw, ph;
  KoersRenderOptions opts;
  cairo_surface_t *sheets[4];
  guint same = 0, compared = 0, ink = 0;

  koers_render_options_init (&opts);
  opts.date = "1-2-2027";
  g_assert_false (koers_render_options_is_poster (&opts));
  g_assert_cmpuint (koers_printable_get_n_sheets (rose, plan, &opts, SHEET_W, SHEET_H, 12), ==, 1);
  opts.poster_columns = opts.poster_rows = 3;
  g_assert_true (koers_render_options_is_poster (&opts));
  g_assert_cmpuint (koers_printable_get_n_sheets (rose, plan, &opts, SHEET_W, SHEET_H, 12), ==, 9);
  opts.poster_columns = 3;
  opts.poster_rows = 1;
  g_assert_cmpuint (koers_printable_get_n_sheets (rose, plan, &opts, SHEET_W, SHEET_H, 12), ==, 3);
  opts.poster_columns = opts.poster_rows = 2;
  g_assert_cmpuint (koers_printable_get_n_sheets (rose, plan, &opts, SHEET_W, SHEET_H, 12), ==, 4);

  /* the poster is the sheets together less the overlaps */
  koers_poster_get_size (2, 2, SHEET_W, SHEET_H, &pw, &ph);
  g_assert_cmpfloat_with_epsilon (pw, 2 * STEP_X + o, 1e-9);
  g_assert_cmpfloat_with_epsilon (ph, 2 * STEP_Y + o, 1e-9);
  /* a sheet too small for the margins holds no poster */
  koers_poster_get_size (2, 2, 2 * m + o / 2, 500, &pw, &ph);
  g_assert_cmpfloat (pw, ==, 0);

  for (guint i = 0; i < 4; i++)
    sheets[i] = render_sheet (rose, plan, &opts, i);

  for (guint i = 0; i < 4; i++)
    {
      int r, g, b;

      /* outside the cut marks: white; the cut marks at the top left
       * corner of the image, half way along each mark: dark */
      g_assert_true (is_light (sheets[i], 2, 2));
      get_pixel (sheets[i], m - m * 0.55 * 0.25 - m * 0.55 / 2, m, &r, &g, &b);
      g_assert_cmpint (r, <, 200);
      get_pixel (sheets[i], m, m - m * 0.55 * 0.25 - m * 0.55 / 2, &r, &g, &b);
      g_assert_cmpint (r, <, 200);
      /* and each tile has a part of the rose */
      g_assert_cmpuint (count_ink (sheets[i]), >, 2000);
    }

  /* The centre of the poster, where the Organising core is filled (score
   * 5), lies near the inner corner of every sheet. */
  g_assert_true (is_filled (sheets[0], m + STEP_X + o / 2, m + (2 * STEP_Y + o) / 2 - 4));
  g_assert_true (is_filled (sheets[3], m + o / 2, m + (2 * STEP_Y + o) / 2 - STEP_Y - 4));

  /* The strip a sheet shares with its left neighbour shows the same
   * picture on both, away from the dashed line and the sheet label. */
  for (int y = (int) (m + 20); y < (int) (m + STEP_Y); y++)
    for (int x = (int) ceil (m + 2); x < (int) (m + o - 2); x++)
      {
        int d = pixel_distance (sheets[0], x + STEP_X, y, sheets[1], x, y);

        compared++;
        if (d <= 8)
          same++;
        if (!is_light (sheets[1], x, y))
          ink++;
      }
  g_assert_cmpuint (ink, >, 50);
  g_assert_cmpuint (same, >=, compared * 99 / 100);

  for (guint i = 0; i < 4; i++)
    cairo_surface_destroy (sheets[i]);
}

static guint
count_pdf_pages (const char *data,
                 gsize       length)
{
  static const char needle[] = "/Type /Page";
  gsize n = strlen (needle);
  guint pages = 0;

  /* "/Type /Page" but not "/Type /Pages" (cairo 1.16 writes no object
   * streams, so the page objects are plain text) */
  for (gsize i = 0; i + n < length; i++)
    if (memcmp (data + i, needle, n) == 0 && data[i + n] != 's')
      pages++;
  return pages;
}

static guint
count_string (const char *data,
              gsize       length,
              const char *needle)
{
  gsize n = strlen (needle);
  guint count = 0;

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      count++;
  return count;
}

static void
test_export_poster_pdf (void)
{
  g_autoptr(KoersPlan) plan = make_plan ();
  g_autofree char *dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  struct { guint columns, rows; gboolean landscape; const char *box; } cases[] = {
    { 1, 1, FALSE, "/MediaBox [ 0 0 595.275591 841.889764 ]" },
    { 2, 2, FALSE, "/MediaBox [ 0 0 595.275591 841.889764 ]" },
    { 3, 3, TRUE,  "/MediaBox [ 0 0 841.889764 595.275591 ]" },
    { 2, 1, FALSE, "/MediaBox [ 0 0 595.275591 841.889764 ]" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KoersExportOptions opts;
      g_autofree char *path = g_strdup_printf ("%s/poster-%u.pdf", dir, i);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      gsize length;
      guint sheets = cases[i].columns * cases[i].rows;

      koers_export_options_init (&opts);
      opts.page = "rose";
      opts.poster_columns = cases[i].columns;
      opts.poster_rows = cases[i].rows;
      opts.landscape = cases[i].landscape;
      g_assert_cmpuint (koers_export_get_n_sheets (plan, &opts), ==, sheets);
      g_assert_true (koers_export_to_file_full (plan, file, &opts, &error));
      g_assert_no_error (error);

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_true (g_str_has_prefix (data, "%PDF-"));
      g_assert_cmpuint (count_pdf_pages (data, length), ==, sheets);
      g_assert_cmpuint (count_string (data, length, cases[i].box), ==, sheets);
      g_unlink (path);
    }

  /* a poster is a PDF only; the file is not made */
  for (guint i = 0; i < 2; i++)
    {
      KoersExportOptions opts;
      g_autofree char *path = g_build_filename (dir, i == 0 ? "poster.png" : "poster.svg", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      koers_export_options_init (&opts);
      opts.poster_columns = opts.poster_rows = 2;
      g_assert_false (koers_export_to_file_full (plan, file, &opts, &error));
      g_assert_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_POSTER_FORMAT);
      g_assert_nonnull (strstr (error->message, i == 0 ? "poster.png" : "poster.svg"));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  /* an unknown page: the message names it and the known ones */
  {
    KoersExportOptions opts;
    g_autofree char *path = g_build_filename (dir, "nope.pdf", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;

    koers_export_options_init (&opts);
    opts.page = "nope";
    g_assert_cmpuint (koers_export_get_n_sheets (plan, &opts), ==, 0);
    g_assert_false (koers_export_to_file_full (plan, file, &opts, &error));
    g_assert_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_UNKNOWN_PAGE);
    g_assert_nonnull (strstr (error->message, "“nope”"));
    g_assert_nonnull (strstr (error->message, "rose"));
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  g_rmdir (dir);
}


/* The roles page -------------------------------------------------------- */

static KoersPlan *
make_roles_plan (guint n_roles)
{
  KoersPlan *plan = koers_plan_new ();
  GListModel *tasks;

  koers_plan_set_organisation (plan, "Bakkerij Test");
  koers_roles_add_default_tasks (plan);
  tasks = koers_plan_get_tasks (plan);
  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr(KoersRole) role = koers_role_new ();
      g_autofree char *id = g_strdup_printf ("rol-%u", r + 1);
      g_autofree char *name = g_strdup_printf ("Rol%02u", r + 1);

      koers_role_set_id (role, id);
      koers_role_set_name (role, name);
      koers_role_set_hours_per_week (role, 2);
      koers_plan_append (plan, koers_plan_get_roles (plan), role);
      for (guint t = 0; t < g_list_model_get_n_items (tasks); t++)
        {
          g_autoptr(KoersTask) task = g_list_model_get_item (tasks, t);

          koers_roles_set_letter (plan, task, id,
                                  r == 0 ? KOERS_RACI_ACCOUNTABLE : KOERS_RACI_RESPONSIBLE);
        }
    }
  return plan;
}

static char *
pdf_page_text (const char *pdftotext,
               const char *path,
               guint       page)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *argv[] = { pdftotext, "-f", first, "-l", first, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return out;
}

/* 20 roles do not fit across A4 landscape: the matrix goes on over more
 * pages, each with the task column (the task names) again and its own
 * roles. */
static void
test_roles_pages (void)
{
  g_autoptr(KoersPlan) plan = make_roles_plan (20);
  g_autoptr(KoersPlan) small = make_roles_plan (3);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rollen.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  const char *content = _("Content creation");
  KoersExportOptions opts;
  guint n;

  koers_export_options_init (&opts);
  opts.page = "roles";
  /* A4 landscape less 36 pt margins: 770 pt; the task column 231 pt and
   * hours 46 pt leave 6 role columns of 76 pt: 4 pages for 20 roles. */
  n = koers_export_get_n_sheets (plan, &opts);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (koers_export_get_n_sheets (small, &opts), ==, 1);
  /* The page is landscape even without --landscape */
  g_assert_true (koers_export_to_file_full (plan, file, &opts, &error));
  g_assert_no_error (error);

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      g_unlink (path);
      g_rmdir (dir);
      return;
    }

  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *text = pdf_page_text (pdftotext, path, page);
      g_autofree char *page_of = g_strdup_printf (_("%s (page %u of %u)"), "", page, n);

      g_test_message ("page %u: %.80s", page, text);
      /* the findings on the first page only */
      if (page == 1)
        g_assert_nonnull (strstr (text, _("Points for the plan")));
      else
        g_assert_null (strstr (text, _("Points for the plan")));
      /* the task column on every page */
      g_assert_nonnull (strstr (text, content));
      g_assert_nonnull (strstr (text, _("Keeping the policy")));
      g_assert_nonnull (strstr (text, g_strstrip (page_of)));
      /* roles 6 (page - 1) + 1 ... of this page only */
      for (guint r = 1; r <= 20; r++)
        {
          g_autofree char *name = g_strdup_printf ("Rol%02u", r);
          gboolean here = r > 6 * (page - 1) && r <= 6 * page;

          /* (the findings of the first page name the roles too) */
          if (here)
            g_assert_nonnull (strstr (text, name));
          else if (page > 1)
            g_assert_null (strstr (text, name));
        }
    }

  {
    g_autofree char *size = NULL;
    const char *argv[] = { "pdfinfo", path, NULL };
    g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

    if (pdfinfo != NULL)
      {
        int status;

        argv[0] = pdfinfo;
        g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                                     NULL, NULL, &size, NULL, &status, NULL));
        g_assert_nonnull (strstr (size, "Pages:           4"));
        g_assert_nonnull (strstr (size, "841.89 x 595.276 pts (A4)"));
      }
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* The blank version: the default tasks, empty columns, no letters. */
static void
test_roles_blank (void)
{
  g_autoptr(KoersPlan) plan = make_roles_plan (2);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "leeg.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  KoersExportOptions opts;

  koers_export_options_init (&opts);
  opts.page = "roles";
  opts.blank = TRUE;
  g_assert_cmpuint (koers_export_get_n_sheets (plan, &opts), ==, 1);
  g_assert_true (koers_export_to_file_full (plan, file, &opts, &error));
  g_assert_no_error (error);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      g_unlink (path);
      g_rmdir (dir);
      return;
    }
  text = pdf_page_text (pdftotext, path, 1);
  g_assert_nonnull (strstr (text, _("Listening and monitoring")));
  g_assert_nonnull (strstr (text, _("Accounts and names")));
  g_assert_null (strstr (text, "Rol01"));
  g_assert_null (strstr (text, "Bakkerij Test"));
  g_unlink (path);
  g_rmdir (dir);
}

/* Letters are ink, A and R cells are tinted in colour, not in black and
 * white; an empty cell stays white. */
static void
test_roles_pixels (void)
{
  g_autoptr(KoersPlan) plan = make_roles_plan (2);
  KoersRenderOptions opts;
  const KoersPrintable *roles = koers_printable_lookup ("roles");

  g_assert_nonnull (roles);
  g_assert_true ((roles->features & KOERS_PRINTABLE_LANDSCAPE) != 0);
  koers_render_options_init (&opts);
  for (guint style = KOERS_RENDER_STYLE_COLOUR; style <= KOERS_RENDER_STYLE_BW; style++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 770, 523);
      cairo_t *cr = cairo_create (surface);
      guint32 *px;
      int stride;
      /* task column 231, hours 46: the first role's column starts at 277;
       * the first task row at 34 + 52 = 86, 30 high. Sample near the cell's
       * corner, away from the letter. */
      int ax = 277 + 4, ay = 86 + 4, rx = 277 + 76 + 4, ex = 277 + 2 * 76 + 20;

      opts.style = style;
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      roles->draw_page (cr, plan, &opts, 0, 770, 523);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      px = (guint32 *) cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface) / 4;

      if (style == KOERS_RENDER_STYLE_BW)
        {
          g_assert_cmphex (px[ay * stride + ax] & 0xffffff, ==, 0xffffff);
          g_assert_cmphex (px[ay * stride + rx] & 0xffffff, ==, 0xffffff);
        }
      else
        {
          g_assert_cmphex (px[ay * stride + ax] & 0xffffff, !=, 0xffffff);
          g_assert_cmphex (px[ay * stride + rx] & 0xffffff, !=, 0xffffff);
          /* A is stronger than R */
          g_assert_cmpuint (px[ay * stride + ax] & 0xff, <, px[ay * stride + rx] & 0xff);
        }
      /* right of the last role: the page is empty */
      g_assert_cmphex (px[ay * stride + ex] & 0xffffff, ==, 0xffffff);
      cairo_surface_destroy (surface);
    }
}

/* CSV: RFC 4180, quoted where needed, CRLF, UTF-8. */
static void
test_roles_csv (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersRole) a = koers_role_new ();
  g_autoptr(KoersRole) b = koers_role_new ();
  g_autoptr(KoersTask) task = koers_task_new ();
  g_autoptr(KoersTask) other = koers_task_new ();
  g_autofree char *dir = g_dir_make_tmp ("koers-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rollen.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  KoersExportOptions opts;

  koers_role_set_id (a, "eigenaar");
  koers_role_set_name (a, "Eigenaar, \"baas\"");
  koers_role_set_id (b, "neef");
  koers_role_set_name (b, "Neef (foto’s)");
  koers_plan_append (plan, koers_plan_get_roles (plan), a);
  koers_plan_append (plan, koers_plan_get_roles (plan), b);
  koers_task_set_id (task, "webcare");
  koers_task_set_name (task, "Webcare\nen klachten");
  koers_task_set_hours_per_week (task, 1.5);
  koers_plan_append (plan, koers_plan_get_tasks (plan), task);
  koers_task_set_id (other, "fotos");
  koers_task_set_name (other, "Foto’s");
  koers_plan_append (plan, koers_plan_get_tasks (plan), other);
  koers_roles_set_letter (plan, task, "eigenaar", KOERS_RACI_ACCOUNTABLE);
  koers_roles_set_letter (plan, task, "neef", KOERS_RACI_RESPONSIBLE);
  koers_roles_set_letter (plan, other, "neef", KOERS_RACI_SUPPORT);

  koers_export_options_init (&opts);
  opts.page = "roles";
  g_assert_true (koers_export_to_file_full (plan, file, &opts, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  expected = g_strdup_printf ("%s,%s,\"Eigenaar, \"\"baas\"\"\",Neef (foto’s)\r\n"
                              "\"Webcare\nen klachten\",1.5,A,R\r\n"
                              "Foto’s,0,,S\r\n",
                              _("Task"), _("Hours per week"));
  g_assert_cmpstr (text, ==, expected);

  /* only a table exports to CSV */
  opts.page = "rose";
  g_assert_false (koers_export_to_file_full (plan, file, &opts, &error));
  g_assert_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "--page=roles"));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("KOERS_LOCALEDIR");

  /* Dutch part names, when the catalogue has them. */
  g_setenv ("LANGUAGE", "nl", TRUE);
  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/rose/fill", test_rose_fill);
  g_test_add_func ("/render/rose/colour", test_rose_colour_differs);
  g_test_add_func ("/render/rose/core-one", test_rose_core_one);
  g_test_add_func ("/render/rose/blank-sheet", test_rose_blank_sheet);
  g_test_add_func ("/render/rose/filled-notes", test_rose_filled_notes);
  g_test_add_func ("/render/rose/target-five", test_rose_target_five);
  g_test_add_func ("/render/rose/blank", test_rose_blank);
  g_test_add_func ("/render/rose/bw-no-colour", test_rose_bw_no_colour);
  g_test_add_func ("/render/rose/hit-test", test_rose_hit_test);
  g_test_add_func ("/render/export/pdf-page-sizes", test_export_pdf_page_sizes);
  g_test_add_func ("/render/export/pdf-text", test_export_pdf_text);
  g_test_add_func ("/render/export/svg-png", test_export_svg_png);
  g_test_add_func ("/render/export/unknown-format", test_export_unknown_format);
  g_test_add_func ("/render/export/koers", test_export_koers);
  g_test_add_func ("/render/export/example-pictures", test_example_pictures);
  g_test_add_func ("/render/export/options/png-size", test_export_options_png_size);
  g_test_add_func ("/render/export/options/style-blank", test_export_options_style_blank);
  g_test_add_func ("/render/export/options/date", test_export_options_date);
  g_test_add_func ("/render/printable/table", test_printable_table);
  g_test_add_func ("/render/printable/every-row-draws", test_printable_every_row_draws);
  g_test_add_func ("/render/poster/sheets", test_poster_sheets);
  g_test_add_func ("/render/export/poster-pdf", test_export_poster_pdf);
  g_test_add_func ("/render/roles/pages", test_roles_pages);
  g_test_add_func ("/render/roles/blank", test_roles_blank);
  g_test_add_func ("/render/roles/pixels", test_roles_pixels);
  g_test_add_func ("/render/roles/csv", test_roles_csv);

  return g_test_run ();
}
