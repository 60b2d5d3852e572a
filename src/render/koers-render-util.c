/* koers-render-util.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The palette and the text helpers every printable shares, so that the
 * diagrams look alike on screen, on paper and in an export.
 */
#define G_LOG_DOMAIN "koers-render"

#include "config.h"

#include <pango/pangocairo.h>

#include "koers-format.h"
#include "koers-plan.h"
#include "koers-render-util.h"

const KoersRgb koers_render_colours[KOERS_RENDER_N_COLOURS] = {
  { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0 },
  { 0x26 / 255.0, 0xa2 / 255.0, 0x69 / 255.0 },
  { 0xff / 255.0, 0x78 / 255.0, 0x00 / 255.0 },
  { 0x91 / 255.0, 0x41 / 255.0, 0xac / 255.0 },
  { 0xe5 / 255.0, 0xa5 / 255.0, 0x0a / 255.0 },
};
const double koers_render_greys[KOERS_RENDER_N_COLOURS] = { 0.30, 0.62, 0.45, 0.76, 0.88 };
const KoersRgb koers_render_ink = { 0.14, 0.14, 0.16 };
const KoersRgb koers_render_guide = { 0.75, 0.75, 0.77 };

/**
 * koers_render_options_init:
 *
 * Sets the defaults: colour, filled in, today's date, one sheet.
 */
void
koers_render_options_init (KoersRenderOptions *opts)
{
  g_return_if_fail (opts != NULL);

  opts->style = KOERS_RENDER_STYLE_COLOUR;
  opts->blank = FALSE;
  opts->date = NULL;
  opts->poster_columns = 1;
  opts->poster_rows = 1;
  g_date_clear (&opts->from, 1);
  g_date_clear (&opts->to, 1);
}

/**
 * koers_render_options_is_poster:
 *
 * Returns: whether @opts asks for more than one sheet per page
 */
gboolean
koers_render_options_is_poster (const KoersRenderOptions *opts)
{
  g_return_val_if_fail (opts != NULL, FALSE);

  return opts->poster_columns > 1 || opts->poster_rows > 1;
}

/**
 * koers_render_options_get_range:
 * @opts: the options
 * @plan: the plan whose period fills in what @opts leaves open
 * @from: (out caller-allocates): receives the first day
 * @to: (out caller-allocates): receives the last day, never before @from
 *
 * The days a printable of the calendar covers: @opts' from and to where
 * set, else the plan's period, else the twelve months from the first of
 * this month.
 */
void
koers_render_options_get_range (const KoersRenderOptions *opts,
                                KoersPlan                *plan,
                                GDate                    *from,
                                GDate                    *to)
{
  const GDate *start, *end;

  g_return_if_fail (opts != NULL);
  g_return_if_fail (KOERS_IS_PLAN (plan));
  g_return_if_fail (from != NULL && to != NULL);

  start = koers_plan_get_period_start (plan);
  end = koers_plan_get_period_end (plan);

  g_date_clear (from, 1);
  g_date_clear (to, 1);
  if (g_date_valid (&opts->from))
    *from = opts->from;
  else if (start != NULL && g_date_valid (start))
    *from = *start;
  else
    {
      g_date_set_time_t (from, time (NULL));
      g_date_set_day (from, 1);
    }

  if (g_date_valid (&opts->to))
    *to = opts->to;
  else if (!g_date_valid (&opts->from) && end != NULL && g_date_valid (end))
    *to = *end;
  else
    {
      /* a year from @from, up to the last day of the eleventh month on */
      *to = *from;
      g_date_set_day (to, 1);
      if (g_date_get_year (to) < 9999 || g_date_get_month (to) == G_DATE_JANUARY)
        {
          g_date_add_months (to, 12);
          g_date_subtract_days (to, 1);
        }
      else
        g_date_set_dmy (to, 31, G_DATE_DECEMBER, 9999);
    }

  if (g_date_compare (to, from) < 0)
    *to = *from;
}

void
koers_render_set_rgb (cairo_t        *cr,
                      const KoersRgb *colour,
                      double          alpha)
{
  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, alpha);
}

/* Text: dark grey in colour, black on a grey or black-and-white page. */
void
koers_render_set_ink (cairo_t          *cr,
                      KoersRenderStyle  style)
{
  if (style == KOERS_RENDER_STYLE_COLOUR)
    koers_render_set_rgb (cr, &koers_render_ink, 1);
  else
    cairo_set_source_rgb (cr, 0, 0, 0);
}

void
koers_render_set_guide (cairo_t          *cr,
                        KoersRenderStyle  style)
{
  if (style == KOERS_RENDER_STYLE_COLOUR)
    koers_render_set_rgb (cr, &koers_render_guide, 1);
  else
    cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
}

/* The strong variant of palette colour @colour: outlines, target lines. */
void
koers_render_set_strong (cairo_t          *cr,
                         KoersRenderStyle  style,
                         guint             colour)
{
  if (style == KOERS_RENDER_STYLE_COLOUR)
    {
      const KoersRgb *c = &koers_render_colours[colour % KOERS_RENDER_N_COLOURS];

      cairo_set_source_rgb (cr, c->r * 0.75, c->g * 0.75, c->b * 0.75);
    }
  else
    cairo_set_source_rgb (cr, 0, 0, 0);
}

/**
 * koers_render_measure_text:
 *
 * Returns: the width of @text in the renderers' font at @size, measured
 *   without a cairo_t (hint metrics off, so it scales with the size)
 */
double
koers_render_measure_text (const char *text,
                           double      size,
                           gboolean    bold)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  PangoLayout *layout;
  PangoFontDescription *desc = pango_font_description_from_string ("Sans");
  cairo_font_options_t *fo = cairo_font_options_create ();
  PangoRectangle logical;

  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, fo);
  layout = pango_layout_new (context);
  pango_font_description_set_absolute_size (desc, MAX (1.0, size) * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);

  pango_font_description_free (desc);
  cairo_font_options_destroy (fo);
  g_object_unref (layout);
  g_object_unref (context);
  return logical.width / (double) PANGO_SCALE;
}

/**
 * koers_render_text_full:
 * @size: the font size in user units
 * @ax: where (@x, @y) is on the text: 0 left, 0.5 centre, 1 right
 * @wrap_width: wrap at this width; <= 0 for one line
 * @max_height: with @wrap_width, ellipsize beyond this height; <= 0 for no limit
 * @out_width: (out) (optional): the width of the text
 *
 * Draws @text with the top of its anchor at (@x, @y) in the current source.
 *
 * Returns: the height used
 */
double
koers_render_text_full (cairo_t    *cr,
                        const char *text,
                        double      size,
                        gboolean    bold,
                        double      x,
                        double      y,
                        double      ax,
                        double      wrap_width,
                        double      max_height,
                        double     *out_width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string ("Sans");
  cairo_font_options_t *fo = cairo_font_options_create ();
  PangoRectangle ink_rect, logical;

  /* Grey antialiasing: no colour fringes on a black-and-white page. */
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), fo);
  pango_layout_context_changed (layout);

  pango_font_description_set_absolute_size (desc, MAX (1.0, size) * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  if (wrap_width > 0)
    {
      pango_layout_set_width (layout, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (max_height > 0)
        {
          pango_layout_set_height (layout, (int) (max_height * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
    }
  pango_layout_get_extents (layout, &ink_rect, &logical);

  cairo_move_to (cr, x - ax * logical.width / (double) PANGO_SCALE, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);

  if (out_width)
    *out_width = logical.width / (double) PANGO_SCALE;

  pango_font_description_free (desc);
  cairo_font_options_destroy (fo);
  g_object_unref (layout);
  return logical.height / (double) PANGO_SCALE;
}

/**
 * koers_render_text:
 *
 * koers_render_text_full() on one line.
 */
double
koers_render_text (cairo_t    *cr,
                   const char *text,
                   double      size,
                   gboolean    bold,
                   double      x,
                   double      y,
                   double      ax,
                   double     *out_width)
{
  return koers_render_text_full (cr, text, size, bold, x, y, ax, -1, -1, out_width);
}

/**
 * koers_render_dup_date:
 *
 * @date: (nullable): the date to show; %NULL for today
 *
 * Returns: (transfer full): the date line of a printed page: @date, or
 *   today as d-m-yyyy
 */
char *
koers_render_dup_date (const char *date)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDate) today = NULL;

  if (date != NULL)
    return g_strdup (date);
  now = g_date_time_new_now_local ();
  today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                          g_date_time_get_month (now),
                          g_date_time_get_year (now));
  return koers_format_date_numeric (today);
}
