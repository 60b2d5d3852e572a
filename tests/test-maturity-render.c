/* test-maturity-render.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The maturity diagram (koers-maturity-render.c and its row of the
 * printable table), without a display: the current phase's step differs
 * from the others in pixels in every style, black and white included; the
 * hit test; the blank version; and the PDF, SVG and PNG that `koers
 * --export --page=maturity` writes, with their text.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo.h>

#include "koers-assessment.h"
#include "koers-export.h"
#include "koers-maturity-render.h"
#include "koers-plan-io.h"
#include "koers-printable.h"
#include "koers-test-util.h"

#define WIDTH 900
#define HEIGHT 600

static char *tmpdir;

static KoersPlan *
load_fixture (const char *name)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures",
                                                                    name, NULL));
  g_autoptr(GError) error = NULL;
  KoersPlan *plan = koers_plan_io_load (file, &error);

  g_assert_no_error (error);
  return plan;
}

static cairo_surface_t *
render (KoersPlan                  *plan,
        const KoersMaturityOptions *opts)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  koers_maturity_render (cr, plan, opts, WIDTH, HEIGHT);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
get_pixel (cairo_surface_t *surface,
           int              x,
           int              y,
           int             *r,
           int             *g,
           int             *b)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 px = *(guint32 *) (data + y * stride + 4 * x);

  *r = (px >> 16) & 0xff;
  *g = (px >> 8) & 0xff;
  *b = px & 0xff;
}

/* The mean lightness (0-255) of a small box around (@x, @y). */
static double
lightness (cairo_surface_t *surface,
           double           x,
           double           y)
{
  double sum = 0;
  int n = 0;

  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -3; dx <= 3; dx++)
      {
        int r, g, b;

        get_pixel (surface, (int) x + dx, (int) y + dy, &r, &g, &b);
        sum += 0.299 * r + 0.587 * g + 0.114 * b;
        n++;
      }
  return sum / n;
}

/* Whether any pixel in the column @x from @y0 up to @y1 is dark. */
static gboolean
ink_in_column (cairo_surface_t *surface,
               double           x,
               double           y0,
               double           y1)
{
  for (int y = (int) y1; y <= (int) y0; y++)
    {
      int r, g, b;

      if (y < 0)
        continue;
      get_pixel (surface, (int) x, y, &r, &g, &b);
      if (0.299 * r + 0.587 * g + 0.114 * b < 128)
        return TRUE;
    }
  return FALSE;
}

/* In every style, the current phase's step has a dark band on top and a
 * marker above it; no other step has either. */
static void
test_current_step (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("maturity-presence.koers");

  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_PRESENCE);
  for (int style = KOERS_RENDER_STYLE_COLOUR; style <= KOERS_RENDER_STYLE_BW; style++)
    {
      KoersMaturityOptions opts;
      cairo_surface_t *surface;

      koers_maturity_options_init (&opts);
      opts.style = style;
      opts.date = "1-2-2027";
      surface = render (plan, &opts);

      for (guint p = 0; p < KOERS_N_PHASES; p++)
        {
          double x, y, w, h, band;
          gboolean current = p == KOERS_PHASE_PRESENCE;

          koers_maturity_step_geometry (&opts, p, WIDTH, HEIGHT, &x, &y, &w, &h);
          band = lightness (surface, x + 0.88 * w, y + 5);
          g_test_message ("style %d phase %u: band %.0f", style, p, band);
          if (current)
            g_assert_cmpfloat (band, <, 120);
          else
            g_assert_cmpfloat (band, >, 150);
          g_assert_cmpint (ink_in_column (surface, x + w / 2, y - 3, y - 22), ==, current);
        }
      cairo_surface_destroy (surface);
    }
}

/* Black and white is black and white: no pixel has a colour. */
static void
test_bw_no_colour (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("maturity-presence.koers");
  KoersMaturityOptions opts;
  cairo_surface_t *surface;
  guint dark = 0;

  koers_maturity_options_init (&opts);
  opts.style = KOERS_RENDER_STYLE_BW;
  opts.show_guidance = TRUE;
  surface = render (plan, &opts);
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        int r, g, b;

        get_pixel (surface, x, y, &r, &g, &b);
        g_assert_cmpint (ABS (r - g), <=, 2);
        g_assert_cmpint (ABS (g - b), <=, 2);
        if (r < 100)
          dark++;
      }
  g_assert_cmpuint (dark, >, 2000);
  cairo_surface_destroy (surface);
}

/* Steps ascend; a point in a step finds it; the space above a step, the
 * gaps and the outside find none. */
static void
test_hit_test (void)
{
  KoersMaturityOptions opts;
  double last_top = HEIGHT, last_x = -1;

  koers_maturity_options_init (&opts);
  for (guint p = 0; p < KOERS_N_PHASES; p++)
    {
      double x, y, w, h;

      koers_maturity_step_geometry (&opts, p, WIDTH, HEIGHT, &x, &y, &w, &h);
      g_assert_cmpfloat (y, <, last_top);
      g_assert_cmpfloat (x, >, last_x);
      g_assert_cmpfloat (w, >, 40);
      last_top = y;
      last_x = x + w;
      g_assert_cmpint (koers_maturity_hit_test (&opts, WIDTH, HEIGHT, x + w / 2, y + h / 2), ==, p);
      g_assert_cmpint (koers_maturity_hit_test (&opts, WIDTH, HEIGHT, x + 1, y + h - 1), ==, p);
      g_assert_cmpint (koers_maturity_hit_test (&opts, WIDTH, HEIGHT, x + w / 2, y - 2), ==, -1);
    }
  g_assert_cmpint (koers_maturity_hit_test (&opts, WIDTH, HEIGHT, 1, 1), ==, -1);
  g_assert_cmpint (koers_maturity_hit_test (&opts, WIDTH, HEIGHT, -5, HEIGHT / 2.0), ==, -1);
}

/* The blank version marks no phase and shows no shares. */
static void
test_blank (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("maturity-presence.koers");
  KoersMaturityOptions opts;
  cairo_surface_t *surface;

  koers_maturity_options_init (&opts);
  opts.style = KOERS_RENDER_STYLE_BW;
  opts.blank = TRUE;
  surface = render (plan, &opts);
  for (guint p = 0; p < KOERS_N_PHASES; p++)
    {
      double x, y, w, h;

      koers_maturity_step_geometry (&opts, p, WIDTH, HEIGHT, &x, &y, &w, &h);
      g_assert_cmpfloat (lightness (surface, x + 0.88 * w, y + 5), >, 150);
      g_assert_false (ink_in_column (surface, x + w / 2, y - 3, y - 22));
    }
  cairo_surface_destroy (surface);
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

static char *
pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { pdftotext, "-layout", path, "-", NULL };
  char *out = NULL;
  int status;

  if (pdftotext == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return out;
}

static void
export_pdf (KoersPlan  *plan,
            const char *path,
            gboolean    blank,
            gboolean    landscape)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KoersExportOptions opts;

  koers_export_options_init (&opts);
  opts.page = "maturity";
  opts.blank = blank;
  opts.landscape = landscape;
  opts.date = "1-2-2027";
  g_assert_true (koers_export_to_file_full (plan, file, &opts, &error));
  g_assert_no_error (error);
}

/* The example's PDF, in Dutch: names and taglines, the current phase, the
 * shares now and at the earlier assessment, the advice and the criteria. */
static void
test_example_pdf (void)
{
  g_autofree char *example = g_build_filename (g_getenv ("KOERS_EXAMPLES_DIR"),
                                               "koers-example-nl.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_io_load (file, &error);
  g_autofree char *path = g_build_filename (tmpdir, "volwassenheid.pdf", NULL);
  g_autofree char *blank_path = g_build_filename (tmpdir, "blanco.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *blank_text = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_assert_no_error (error);
  export_pdf (plan, path, FALSE, FALSE);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_true (bytes_contain (data, length, "/MediaBox [ 0 0 595.275591 841.889764 ]"));

  text = pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_test_message ("%s", text);
  for (guint p = 0; p < KOERS_N_PHASES; p++)
    {
      g_autofree char *band = g_strdup_printf (_("Phase %u"), p + 1);

      g_assert_nonnull (strstr (text, koers_phase_get_name (p)));
      g_assert_nonnull (strstr (text, band));
    }
  g_assert_cmpstr (koers_phase_get_name (KOERS_PHASE_PRESENCE), ==, "Aanwezigheid");
  g_assert_nonnull (strstr (text, "Leren door te luisteren"));
  g_assert_nonnull (strstr (text, "Huidige fase"));
  g_assert_nonnull (strstr (text, "Bakkerij De Korenaar"));
  /* Presence: 4 of 5 now, 1 of 5 at the workshop of 5 November 2026 */
  g_assert_nonnull (strstr (text, "4 van 5 · 80%"));
  g_assert_nonnull (strstr (text, "eerder: 1 van 5 · 20%"));
  g_assert_nonnull (strstr (text, "Vorige beoordeling, 5-11-2026"));
  g_assert_nonnull (strstr (text, "Volgende stappen in fase 2, Aanwezigheid"));
  g_assert_nonnull (strstr (text, "Cijfers van social media worden besproken"));

  /* the blank workshop version: names, room to write, no data */
  export_pdf (plan, blank_path, TRUE, TRUE);
  blank_text = pdf_text (blank_path);
  g_assert_nonnull (strstr (blank_text, "Aanwezigheid"));
  g_assert_nonnull (strstr (blank_text, "Hier staan we"));
  g_assert_null (strstr (blank_text, "Huidige fase"));
  g_assert_null (strstr (blank_text, "80%"));
  g_unlink (path);
  g_unlink (blank_path);
}

/* koers --export=volwassenheid.pdf --page=maturity FILE, and SVG and PNG. */
static void
test_command_line (void)
{
  g_autofree char *example = g_build_filename (g_getenv ("KOERS_EXAMPLES_DIR"),
                                               "koers-example-nl.koers", NULL);
  static const struct { const char *name; const char *magic; gsize magic_len; } outputs[] = {
    { "volwassenheid.pdf", "%PDF-", 5 },
    { "volwassenheid.svg", "<?xml", 5 },
    { "volwassenheid.png", "\x89PNG", 4 },
  };

  if (!koers_test_have_koers ())
    {
      g_test_skip ("koers is not built");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_auto(KoersTestRun) run = { 0 };
      g_autofree char *out = g_build_filename (tmpdir, outputs[i].name, NULL);
      g_autofree char *arg = g_strconcat ("--export=", out, NULL);
      g_autofree char *data = NULL;
      gsize length = 0;

      koers_test_run_koers (&run, "nl", arg, "--page=maturity", "--style=bw", example, NULL);
      g_test_message ("%s: %s", outputs[i].name, run.err);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_file_get_contents (out, &data, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      g_assert_cmpmem (data, outputs[i].magic_len, outputs[i].magic, outputs[i].magic_len);
      if (i == 1)
        g_assert_nonnull (strstr (data, "<svg"));
      g_unlink (out);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("KOERS_LOCALEDIR");
  int ret;

  /* Dutch names, as the catalogue has them. */
  g_setenv ("LANGUAGE", "nl", TRUE);
  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  tmpdir = koers_test_make_suite_dir ("koers-test-maturity-render-XXXXXX");

  g_test_add_func ("/maturity-render/current-step", test_current_step);
  g_test_add_func ("/maturity-render/bw-no-colour", test_bw_no_colour);
  g_test_add_func ("/maturity-render/hit-test", test_hit_test);
  g_test_add_func ("/maturity-render/blank", test_blank);
  g_test_add_func ("/maturity-render/example-pdf", test_example_pdf);
  g_test_add_func ("/maturity-render/command-line", test_command_line);

  ret = g_test_run ();
  koers_test_remove_tree (tmpdir);
  return ret;
}
