/* test-calendar-render.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printed content calendar (koers-calendar-render.c and its row
 * "calendar" of the printable table), without a display: one page per
 * month of the range, A4 and A3 landscape; the PDF's text in Dutch (the
 * month, the weekdays, an entry's time, channel and title in the cell of
 * its day, "+N meer" on a full day, the legend, "pagina 2 van 6"); pixels
 * of the days outside the month, the range and the plan's period and of a
 * channel's gap; no colour in grey and black and white.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo.h>

#include "koers-calendar-render.h"
#include "koers-export.h"
#include "koers-plan-io.h"
#include "koers-printable.h"
#include "koers-test-util.h"

/* A4 landscape within the export's margins, at 2 pixels a point */
#define PAGE_W (841.889764 - 72)
#define PAGE_H (595.275591 - 72)
#define MARGIN 36.0
#define PX 2

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

static KoersPlan *
load_example (void)
{
  g_autofree char *example = g_build_filename (g_getenv ("KOERS_EXAMPLES_DIR"),
                                               "koers-example-nl.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(GError) error = NULL;
  KoersPlan *plan = koers_plan_io_load (file, &error);

  g_assert_no_error (error);
  return plan;
}

static void
set_months (KoersRenderOptions *opts,
            guint               year,
            guint               month,
            guint               last_year,
            guint               last_month)
{
  g_date_set_dmy (&opts->from, 1, month, year);
  g_date_set_dmy (&opts->to, g_date_get_days_in_month (last_month, last_year), last_month,
                  last_year);
}

/* The pages: one per month the range touches, the plan's period when it
 * is cleared, never more than the maximum. */
static void
test_n_pages (void)
{
  g_autoptr(KoersPlan) plan = load_example ();
  const KoersPrintable *calendar = koers_printable_lookup ("calendar");
  KoersRenderOptions opts;

  g_assert_nonnull (calendar);
  g_assert_true (calendar->features & KOERS_PRINTABLE_LANDSCAPE);
  g_assert_true (calendar->features & KOERS_PRINTABLE_STYLE);
  g_assert_false (calendar->features & KOERS_PRINTABLE_POSTER);
  g_assert_cmpstr (koers_printable_get_name (calendar), ==, "Contentkalender");

  koers_render_options_init (&opts);
  /* the example's period: 2027 */
  g_assert_cmpuint (calendar->n_pages (plan, &opts, PAGE_W, PAGE_H), ==, 12);
  set_months (&opts, 2027, 3, 2027, 3);
  g_assert_cmpuint (calendar->n_pages (plan, &opts, PAGE_W, PAGE_H), ==, 1);
  set_months (&opts, 2027, 1, 2027, 6);
  g_assert_cmpuint (calendar->n_pages (plan, &opts, PAGE_W, PAGE_H), ==, 6);
  /* a few days across a month's end are two months */
  g_date_set_dmy (&opts.from, 28, 2, 2027);
  g_date_set_dmy (&opts.to, 2, 3, 2027);
  g_assert_cmpuint (calendar->n_pages (plan, &opts, PAGE_W, PAGE_H), ==, 2);
  /* across a year's end */
  set_months (&opts, 2026, 11, 2027, 2);
  g_assert_cmpuint (calendar->n_pages (plan, &opts, PAGE_W, PAGE_H), ==, 4);
  /* all of GDate's years: the first twenty */
  set_months (&opts, 1, 1, 9999, 12);
  g_assert_cmpuint (calendar->n_pages (plan, &opts, PAGE_W, PAGE_H), ==,
                    KOERS_CALENDAR_RENDER_MAX_MONTHS);
}

static cairo_surface_t *
render_page (KoersPlan                *plan,
             const KoersRenderOptions *opts,
             guint                     page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) ceil (PAGE_W * PX),
                                                         (int) ceil (PAGE_H * PX));
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, PX, PX);
  koers_calendar_render_page (cr, plan, opts, page, PAGE_W, PAGE_H);
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

typedef struct
{
  guint n;
  guint white;     /* all three above 250 */
  guint light;     /* grey 230 to 245: the fill of another month's day */
  guint dark;      /* lightness below 200: lines, hatching, text */
  guint coloured;  /* channels differ by more than 24 */
  guint orange;    /* red well above blue: #e66100 */
} Census;

/* What the pixels of the part (@fx, @fy, @fw, @fh) of @rect (fractions)
 * are, in page points. */
static Census
census (cairo_surface_t         *surface,
        const cairo_rectangle_t *rect,
        double                   fx,
        double                   fy,
        double                   fw,
        double                   fh)
{
  Census c = { 0 };
  int x0 = (int) ((rect->x + rect->width * fx) * PX) + 2;
  int y0 = (int) ((rect->y + rect->height * fy) * PX) + 2;
  int x1 = (int) ((rect->x + rect->width * (fx + fw)) * PX) - 2;
  int y1 = (int) ((rect->y + rect->height * (fy + fh)) * PX) - 2;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        int r, g, b;
        double l;

        get_pixel (surface, x, y, &r, &g, &b);
        l = 0.299 * r + 0.587 * g + 0.114 * b;
        c.n++;
        c.white += r > 250 && g > 250 && b > 250;
        c.light += l >= 230 && l <= 245 && ABS (r - g) < 3 && ABS (g - b) < 3;
        c.dark += l < 200;
        c.coloured += MAX (MAX (ABS (r - g), ABS (g - b)), ABS (r - b)) > 24;
        c.orange += r > 180 && b < 90 && r - b > 120;
      }
  return c;
}

static void
day_rect (KoersPlan                *plan,
          const KoersRenderOptions *opts,
          guint                     page,
          guint                     year,
          guint                     month,
          guint                     day,
          cairo_rectangle_t        *rect)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

  g_assert_true (koers_calendar_render_get_day_rect (plan, opts, page, PAGE_W, PAGE_H, date,
                                                     rect));
  g_assert_cmpfloat (rect->width, >, 60);
  g_assert_cmpfloat (rect->height, >, 50);
}

/* The grid: Monday first, the cells of neighbouring months greyed, days
 * outside the range or the period hatched, the gap of a silent channel a
 * strip of its colour at the bottom of its days. */
static void
test_pixels (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("calendar-print.koers");
  KoersRenderOptions opts;
  cairo_rectangle_t mon1, tue2, mon15, wed31, wed31_april, thu1_april, jan19, jan22;
  cairo_surface_t *surface;
  Census c;

  koers_render_options_init (&opts);
  opts.date = "1-12-2026";

  /* March 2027 from the 10th: the 1st is a Monday, the first cell */
  g_date_set_dmy (&opts.from, 10, 3, 2027);
  g_date_set_dmy (&opts.to, 30, 4, 2027);
  day_rect (plan, &opts, 0, 2027, 3, 1, &mon1);
  day_rect (plan, &opts, 0, 2027, 3, 2, &tue2);
  day_rect (plan, &opts, 0, 2027, 3, 15, &mon15);
  g_assert_cmpfloat (fabs (tue2.x - mon1.x - mon1.width), <, 0.01);
  g_assert_cmpfloat (fabs (mon15.y - mon1.y - 2 * mon1.height), <, 0.01);
  g_assert_cmpfloat (fabs (mon15.x - mon1.x), <, 0.01);
  /* five weeks: 1 to 31 March, then 1 to 4 April greyed */
  {
    g_autoptr(GDate) apr4 = g_date_new_dmy (4, 4, 2027);
    g_autoptr(GDate) apr5 = g_date_new_dmy (5, 4, 2027);
    cairo_rectangle_t rect;

    g_assert_true (koers_calendar_render_get_day_rect (plan, &opts, 0, PAGE_W, PAGE_H,
                                                       apr4, &rect));
    g_assert_false (koers_calendar_render_get_day_rect (plan, &opts, 0, PAGE_W, PAGE_H,
                                                        apr5, &rect));
  }

  surface = render_page (plan, &opts, 0);
  /* the 1st, before the range: hatched in the middle of the cell, above
   * the gap strip, where the 15th (in the range, no entries) is white */
  c = census (surface, &mon1, 0.3, 0.35, 0.6, 0.3);
  g_assert_cmpuint (c.dark + c.light, <, c.n / 3);
  g_assert_cmpuint (c.white, <, c.n * 0.95);
  c = census (surface, &mon15, 0.3, 0.35, 0.6, 0.3);
  g_assert_cmpuint (c.white, ==, c.n);
  /* the Nieuwsbrief has no post in March: its orange strip at the bottom
   * of every day of the month, and none above it */
  c = census (surface, &mon15, 0.3, 0.9, 0.6, 0.1);
  g_assert_cmpuint (c.orange, >, c.n / 10);
  c = census (surface, &mon15, 0.3, 0.6, 0.6, 0.2);
  g_assert_cmpuint (c.orange, ==, 0);
  cairo_surface_destroy (surface);

  /* March and April: April's page begins with 29 to 31 March greyed,
   * which are white on March's */
  set_months (&opts, 2027, 3, 2027, 4);
  day_rect (plan, &opts, 0, 2027, 3, 31, &wed31);
  day_rect (plan, &opts, 1, 2027, 3, 31, &wed31_april);
  day_rect (plan, &opts, 1, 2027, 4, 1, &thu1_april);
  g_assert_cmpfloat (wed31_april.y, <, thu1_april.y + 0.01);
  g_assert_cmpfloat (fabs (thu1_april.x - wed31_april.x - wed31_april.width), <, 0.01);
  surface = render_page (plan, &opts, 0);
  c = census (surface, &wed31, 0.3, 0.35, 0.6, 0.3);
  g_assert_cmpuint (c.white, ==, c.n);
  cairo_surface_destroy (surface);
  surface = render_page (plan, &opts, 1);
  c = census (surface, &wed31_april, 0.3, 0.35, 0.6, 0.3);
  g_assert_cmpuint (c.light, ==, c.n);
  cairo_surface_destroy (surface);

  /* January: the plan starts on the 15th, so the 1st to the 14th are
   * hatched; the Nieuwsbrief posts on the 20th and then not until May,
   * so from the 21st its strip runs; the 19th has none */
  set_months (&opts, 2027, 1, 2027, 1);
  day_rect (plan, &opts, 0, 2027, 1, 19, &jan19);
  day_rect (plan, &opts, 0, 2027, 1, 22, &jan22);
  surface = render_page (plan, &opts, 0);
  c = census (surface, &jan22, 0.3, 0.9, 0.6, 0.1);
  g_assert_cmpuint (c.orange, >, c.n / 10);
  c = census (surface, &jan19, 0.3, 0.9, 0.6, 0.1);
  g_assert_cmpuint (c.orange, ==, 0);
  g_assert_cmpuint (c.white, ==, c.n);
  {
    cairo_rectangle_t jan12;

    day_rect (plan, &opts, 0, 2027, 1, 12, &jan12);
    c = census (surface, &jan12, 0.3, 0.35, 0.6, 0.3);
    g_assert_cmpuint (c.white, <, c.n * 0.95);
  }
  cairo_surface_destroy (surface);
}

/* Grey and black and white: not one coloured pixel, with the channels'
 * colours, their swatches and their gaps on the page; colour has them. */
static void
test_no_colour (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("calendar-print.koers");
  cairo_rectangle_t all = { 0, 0, PAGE_W, PAGE_H };

  for (int style = KOERS_RENDER_STYLE_COLOUR; style <= KOERS_RENDER_STYLE_BW; style++)
    {
      KoersRenderOptions opts;
      cairo_surface_t *surface;
      Census c;

      koers_render_options_init (&opts);
      opts.style = style;
      set_months (&opts, 2027, 3, 2027, 3);
      surface = render_page (plan, &opts, 0);
      c = census (surface, &all, 0, 0, 1, 1);
      g_test_message ("style %d: %u coloured, %u dark of %u", style, c.coloured, c.dark, c.n);
      if (style == KOERS_RENDER_STYLE_COLOUR)
        g_assert_cmpuint (c.coloured, >, 1000);
      else
        g_assert_cmpuint (c.coloured, ==, 0);
      /* the text, the grid and the gap's hatching are there in every style */
      g_assert_cmpuint (c.dark, >, 20000);
      cairo_surface_destroy (surface);
    }
}

/* Months at the ends of GDate's years draw without a complaint. */
static void
test_extreme_months (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("calendar-print.koers");
  KoersRenderOptions opts;
  cairo_surface_t *surface;

  koers_render_options_init (&opts);
  set_months (&opts, 1, 1, 1, 1);
  surface = render_page (plan, &opts, 0);
  cairo_surface_destroy (surface);
  set_months (&opts, 9999, 12, 9999, 12);
  surface = render_page (plan, &opts, 0);
  cairo_surface_destroy (surface);
  /* a page past the last is the last */
  surface = render_page (plan, &opts, 7);
  cairo_surface_destroy (surface);
}

/* Titles and names of a megabyte (the most a plan's string may have) draw
 * cut, as quickly as short ones */
static void
test_long_texts (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "lang.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  GString *json = g_string_new (NULL);
  GString *word = g_string_new (NULL);
  KoersRenderOptions opts;
  cairo_surface_t *surface;
  gint64 start;

  while (word->len < 1000 * 1000 - 10)
    g_string_append (word, "brood ");
  g_string_append_printf (json, "{\"format\": \"koers-plan\", \"version\": 2, "
                          "\"plan\": {\"organisation\": \"%s\", \"period_start\": \"2027-03-01\", "
                          "\"period_end\": \"2027-03-31\"}, "
                          "\"technology\": {\"channels\": [{\"id\": \"x\", \"name\": \"%s\"}]}, "
                          "\"calendar\": {\"entries\": [", word->str, word->str);
  for (guint i = 0; i < 4; i++)
    g_string_append_printf (json, "%s{\"date\": \"2027-03-1%u\", \"channel\": \"x\", "
                            "\"title\": \"%s\"}", i > 0 ? ", " : "", i, word->str);
  g_string_append (json, "]}}");
  koers_test_write_file (path, json->str, json->len);
  g_string_free (json, TRUE);
  g_string_free (word, TRUE);
  plan = koers_plan_io_load (file, &error);
  g_assert_no_error (error);

  koers_render_options_init (&opts);
  set_months (&opts, 2027, 3, 2027, 3);
  start = g_get_monotonic_time ();
  surface = render_page (plan, &opts, 0);
  g_test_message ("a page with four titles of a megabyte: %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  cairo_surface_destroy (surface);
  g_unlink (path);
}

static char *
export_pdf (KoersPlan        *plan,
            const char       *name,
            KoersExportPaper  paper,
            guint             year,
            guint             month,
            guint             last_year,
            guint             last_month)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KoersExportOptions opts;

  koers_export_options_init (&opts);
  opts.page = "calendar";
  opts.paper = paper;
  opts.date = "1-12-2026";
  g_date_set_dmy (&opts.from, 1, month, year);
  g_date_set_dmy (&opts.to, g_date_get_days_in_month (last_month, last_year), last_month,
                  last_year);
  g_assert_true (koers_export_to_file_full (plan, file, &opts, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static guint
count_in (const char *data,
          gsize       length,
          const char *needle,
          gboolean    pages)
{
  gsize n = strlen (needle);
  guint count = 0;

  /* "/Type /Page", not "/Type /Pages"; cairo 1.16 writes no object streams */
  for (gsize i = 0; i + n < length; i++)
    if (memcmp (data + i, needle, n) == 0 && (!pages || data[i + n] != 's'))
      count++;
  return count;
}

static gboolean
have_pdftotext (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  return pdftotext != NULL;
}

/* pdftotext's text of @path, or with @bbox its words with their boxes */
static char *
pdf_text (const char *path,
          gboolean    bbox)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, "-enc", "UTF-8", bbox ? "-bbox" : "-raw", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_nonnull (pdftotext);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return out;
}

/* Whether pdftotext -bbox puts a word @word on page @page (from 1) with
 * its middle within @rect (page points, without the margin). */
static gboolean
word_in_rect (const char              *bbox,
              guint                    page,
              const char              *word,
              const cairo_rectangle_t *rect)
{
  g_autoptr(GRegex) regex = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                         "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  const char *start = bbox;

  /* the page's part: after its @page-th <page */
  for (guint p = 0; p < page && start != NULL; p++)
    {
      start = strstr (start, "<page ");
      if (start != NULL)
        start++;
    }
  g_assert_nonnull (start);

  g_regex_match (regex, start, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *text = g_match_info_fetch (match, 5);
      gint end;

      g_match_info_fetch_pos (match, 0, NULL, &end);
      if (g_strcmp0 (text, word) == 0)
        {
          g_autofree char *x0 = g_match_info_fetch (match, 1);
          g_autofree char *y0 = g_match_info_fetch (match, 2);
          g_autofree char *x1 = g_match_info_fetch (match, 3);
          g_autofree char *y1 = g_match_info_fetch (match, 4);
          double x = (g_ascii_strtod (x0, NULL) + g_ascii_strtod (x1, NULL)) / 2 - MARGIN;
          double y = (g_ascii_strtod (y0, NULL) + g_ascii_strtod (y1, NULL)) / 2 - MARGIN;

          if (x > rect->x && x < rect->x + rect->width &&
              y > rect->y && y < rect->y + rect->height)
            return TRUE;
        }
      /* not beyond this page */
      {
        const char *next_page = strstr (start, "<page ");

        if (next_page != NULL && start + end > next_page)
          return FALSE;
      }
      g_match_info_next (match, NULL);
    }
  return FALSE;
}

/* The fixture's March in Dutch: month, weekdays, the entry with its time
 * and channel in the cell of the 10th, "+N meer" in that of the 17th and
 * as many of its entries as it says are not more, the legend; A4 landscape */
static void
test_pdf_month (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("calendar-print.koers");
  g_autofree char *path = export_pdf (plan, "maart.pdf", KOERS_EXPORT_PAPER_A4, 2027, 3, 2027, 3);
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  g_autofree char *bbox = NULL;
  g_autoptr(GRegex) more = g_regex_new ("\\+([0-9]+) meer", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  static const char *const words[] = {
    "Maart 2027", "Contentkalender – Bakkerij Proef", "pagina 1 van 1", "1-12-2026", "Wk",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    /* the legend: channels, marks, the gap and the days outside */
    "LinkedIn", "Instagram", "Nieuwsbrief", "Idee", "Gepland", "Klaar", "Gepubliceerd",
    "geen berichten op dat kanaal", "Buiten de planperiode",
    "Weekbrood", "Maandupdate",
  };
  KoersRenderOptions opts;
  cairo_rectangle_t wed10, wed17, thu11;
  gsize length;
  guint n_more, n_shown = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_cmpuint (count_in (data, length, "/Type /Page", TRUE), ==, 1);
  g_assert_cmpuint (count_in (data, length, "/MediaBox [ 0 0 841.889764 595.275591 ]", FALSE),
                    ==, 1);

  if (!have_pdftotext ())
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  text = pdf_text (path, FALSE);
  g_test_message ("%s", text);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (text, words[i]) == NULL)
      g_error ("“%s” is not in the PDF's text", words[i]);

  /* "+N meer", and the rest of the twelve shown */
  g_assert_true (g_regex_match (more, text, 0, &match));
  {
    g_autofree char *number = g_match_info_fetch (match, 1);

    n_more = (guint) g_ascii_strtoull (number, NULL, 10);
  }
  for (guint i = 1; i <= 12; i++)
    {
      g_autofree char *title = g_strdup_printf ("IN Drukte %u\n", i);

      n_shown += strstr (text, title) != NULL;
    }
  g_assert_cmpuint (n_more, >=, 2);
  g_assert_cmpuint (n_shown, >=, 3);
  g_assert_cmpuint (n_shown + n_more, ==, 12);

  /* each on its day */
  koers_render_options_init (&opts);
  set_months (&opts, 2027, 3, 2027, 3);
  day_rect (plan, &opts, 0, 2027, 3, 10, &wed10);
  day_rect (plan, &opts, 0, 2027, 3, 11, &thu11);
  day_rect (plan, &opts, 0, 2027, 3, 17, &wed17);
  bbox = pdf_text (path, TRUE);
  g_assert_true (word_in_rect (bbox, 1, "Uniek", &wed10));
  g_assert_true (word_in_rect (bbox, 1, "14:15", &wed10));
  g_assert_true (word_in_rect (bbox, 1, "LI", &wed10));
  g_assert_false (word_in_rect (bbox, 1, "Uniek", &thu11));
  g_assert_true (word_in_rect (bbox, 1, "meer", &wed17));
  g_assert_true (word_in_rect (bbox, 1, "Drukte", &wed17));
  g_assert_false (word_in_rect (bbox, 1, "Drukte", &wed10));
  g_unlink (path);
}

/* Six months, one per page, each with its month and its page line */
static void
test_pdf_range (void)
{
  g_autoptr(KoersPlan) plan = load_example ();
  g_autofree char *path = export_pdf (plan, "halfjaar.pdf", KOERS_EXPORT_PAPER_A4,
                                      2027, 1, 2027, 6);
  g_autofree char *a3 = export_pdf (plan, "a3.pdf", KOERS_EXPORT_PAPER_A3, 2027, 1, 2027, 2);
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  static const char *const months[] = {
    "Januari 2027", "Februari 2027", "Maart 2027", "April 2027", "Mei 2027", "Juni 2027",
  };
  const char *last = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (count_in (data, length, "/Type /Page", TRUE), ==, 6);
  g_assert_cmpuint (count_in (data, length, "/MediaBox [ 0 0 841.889764 595.275591 ]", FALSE),
                    ==, 6);
  g_free (data);
  g_assert_true (g_file_get_contents (a3, &data, &length, NULL));
  g_assert_cmpuint (count_in (data, length, "/Type /Page", TRUE), ==, 2);
  g_assert_cmpuint (count_in (data, length, "/MediaBox [ 0 0 1190.551181 841.889764 ]", FALSE),
                    ==, 2);

  if (!have_pdftotext ())
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  text = pdf_text (path, FALSE);
  /* in order, each with its page line */
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_autofree char *page_line = g_strdup_printf ("pagina %u van 6", i + 1);
      const char *at = strstr (text, months[i]);

      g_assert_nonnull (at);
      g_assert_true (last == NULL || at > last);
      g_assert_nonnull (strstr (text, page_line));
      last = at;
    }
  g_assert_nonnull (strstr (text, "Bakkerij De Korenaar"));
  g_assert_nonnull (strstr (text, "Nieuwsbrief en blog"));
  g_assert_nonnull (strstr (text, "10:00 IN Gelukkig"));
  g_unlink (path);
  g_unlink (a3);
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

  tmpdir = koers_test_make_suite_dir ("koers-test-calendar-render-XXXXXX");

  g_test_add_func ("/calendar-render/n-pages", test_n_pages);
  g_test_add_func ("/calendar-render/pixels", test_pixels);
  g_test_add_func ("/calendar-render/no-colour", test_no_colour);
  g_test_add_func ("/calendar-render/extreme-months", test_extreme_months);
  g_test_add_func ("/calendar-render/long-texts", test_long_texts);
  g_test_add_func ("/calendar-render/pdf-month", test_pdf_month);
  g_test_add_func ("/calendar-render/pdf-range", test_pdf_range);

  ret = g_test_run ();
  koers_test_remove_tree (tmpdir);
  return ret;
}
