/* koers-maturity-render.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The six maturity phases on any cairo_t, as ascending steps from Planning
 * at the left to Converged at the right. Each step shows its number, name
 * and tagline and the share of its criteria met, with a mark at two thirds
 * (the rule of the derived phase) and, optionally, the share at the latest
 * assessment. The current phase has a dark band, a heavy outline and a
 * labelled marker above it, so it stands out in black and white too.
 * Reads no widget state.
 */
#define G_LOG_DOMAIN "koers-render"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "koers-criterion.h"
#include "koers-format.h"
#include "koers-maturity-render.h"
#include "koers-render-util.h"

typedef struct
{
  double S;             /* the smaller side: every size scales with it */
  double m, gap, pad, thin;
  double fs_title, fs_name, fs_info, fs_small;
  double title_top;
  double marker_top;    /* where the marker above the highest step may start */
  double steps_top;     /* the top of the highest step */
  double steps_bottom;  /* the common base line */
  double step_w;
  double h_min, h_max;
  double band_h;
  double bar_h;
  gboolean guidance;    /* a panel below the steps */
  double guide_top, guide_bottom;
  double legend_top;
} Layout;

void
koers_maturity_options_init (KoersMaturityOptions *opts)
{
  g_return_if_fail (opts != NULL);

  opts->style = KOERS_RENDER_STYLE_COLOUR;
  opts->blank = FALSE;
  opts->date = NULL;
  opts->show_title = TRUE;
  opts->show_previous = TRUE;
  opts->show_guidance = FALSE;
  opts->selected_phase = -1;
  opts->focus_phase = -1;
}

static const KoersMaturityOptions *
options_or_default (const KoersMaturityOptions *opts,
                    KoersMaturityOptions       *fallback)
{
  if (opts != NULL)
    return opts;
  koers_maturity_options_init (fallback);
  return fallback;
}

/* The height a step's contents take, from its top. */
static double
content_height (const KoersMaturityOptions *opts,
                const Layout               *l)
{
  double h = l->band_h + l->pad;

  h += l->fs_name * 1.3 * 2;      /* the name, two lines at most */
  h += l->fs_small * 1.3 * 3;     /* the tagline, three lines at most */
  h += l->pad;
  h += l->fs_small * 1.3 + l->bar_h + l->pad;     /* the share */
  if (opts->show_previous || opts->blank)
    h += l->fs_small * 1.3 + l->bar_h * 0.7;      /* the previous share, or a line */
  return h + l->pad;
}

static void
compute_layout (const KoersMaturityOptions *opts,
                double                      width,
                double                      height,
                Layout                     *l)
{
  double top, bottom, marker_h, content;
  gboolean tall = height > width * 1.15;

  l->S = MAX (1.0, MIN (width, height));
  l->m = 0.03 * l->S;
  l->gap = 0.012 * width;
  l->pad = 0.012 * l->S;
  l->thin = MAX (0.5, l->S / 900);
  l->step_w = MAX (1.0, (width - 2 * l->m - (KOERS_N_PHASES - 1) * l->gap) / KOERS_N_PHASES);

  /* the longest name, in bold, fits a step on one line */
  {
    double longest = 0;

    for (guint p = 0; p < KOERS_N_PHASES; p++)
      longest = MAX (longest, koers_render_measure_text (koers_phase_get_name (p), 10, TRUE) / 10);
    l->fs_name = MAX (1.0, MIN (0.032 * l->S, (l->step_w - 2 * l->pad) * 0.94 / MAX (longest, 1)));
  }
  l->fs_info = l->fs_name * 0.85;
  l->fs_small = l->fs_name * 0.74;
  l->fs_title = MAX (1.0, MIN (0.045 * l->S, width * 0.04));
  l->band_h = l->fs_info * 1.8;
  l->bar_h = l->fs_small * 1.1;

  l->title_top = l->m;
  top = l->m + (opts->show_title ? l->fs_title * 1.35 + l->fs_info * 1.5 + l->pad : 0);
  /* the legend: two lines at the foot */
  bottom = height - l->m - l->fs_small * 1.4 * 2;
  l->legend_top = bottom + l->fs_small * 0.4;

  marker_h = l->fs_small * 1.3 * 2 + l->fs_info * 0.9 + l->pad;
  l->marker_top = top;
  l->steps_top = top + marker_h;
  content = content_height (opts, l);

  /* The panel below: the advice of the longest phase and the rule; on a
   * tall page it also takes what the steps do not need, for the criteria
   * of the current phase. */
  l->guidance = FALSE;
  if (opts->show_guidance)
    {
      double w = MAX (1.0, width - 2 * l->m - 2 * l->pad);
      double longest = 0, gh;
      guint lines;

      for (guint p = 0; p < KOERS_N_PHASES; p++)
        longest = MAX (longest, koers_render_measure_text (koers_phase_get_guidance (p),
                                                           l->fs_info, FALSE));
      lines = (guint) ceil (longest * 1.1 / w) + 1;
      gh = l->fs_info * 1.3 * (lines + 1) + l->fs_small * 1.3 * 4 + 3 * l->pad;
      if (tall)
        gh = MAX (gh, bottom - l->pad - l->steps_top - MAX (content * 1.6, 0.75 * width));
      if (bottom - gh - l->pad - l->steps_top >= content * 1.1)
        {
          l->guidance = TRUE;
          l->guide_bottom = bottom - l->pad;
          l->guide_top = l->guide_bottom - gh;
          bottom = l->guide_top - l->pad * 2;
        }
    }

  l->steps_bottom = MAX (l->steps_top + 1, bottom - l->pad);
  l->h_max = l->steps_bottom - l->steps_top;
  l->h_min = MIN (l->h_max, MAX (content, 0.5 * l->h_max));
}

/**
 * koers_maturity_step_geometry:
 * @x: (out) (optional): the left of the step
 * @y: (out) (optional): its top
 * @step_width: (out) (optional)
 * @step_height: (out) (optional): down to the common base line
 *
 * Where the step of @phase is when the diagram is drawn in @width x @height.
 */
void
koers_maturity_step_geometry (const KoersMaturityOptions *opts,
                              KoersPhase                  phase,
                              double                      width,
                              double                      height,
                              double                     *x,
                              double                     *y,
                              double                     *step_width,
                              double                     *step_height)
{
  KoersMaturityOptions fallback;
  Layout l;
  double h;

  g_return_if_fail (phase < KOERS_N_PHASES);

  opts = options_or_default (opts, &fallback);
  compute_layout (opts, width, height, &l);
  h = l.h_min + phase * (l.h_max - l.h_min) / (KOERS_N_PHASES - 1);
  if (x != NULL)
    *x = l.m + phase * (l.step_w + l.gap);
  if (y != NULL)
    *y = l.steps_bottom - h;
  if (step_width != NULL)
    *step_width = l.step_w;
  if (step_height != NULL)
    *step_height = h;
}

/**
 * koers_maturity_hit_test:
 *
 * Returns: the #KoersPhase whose step is at (@x, @y), or -1
 */
int
koers_maturity_hit_test (const KoersMaturityOptions *opts,
                         double                      width,
                         double                      height,
                         double                      x,
                         double                      y)
{
  for (guint p = 0; p < KOERS_N_PHASES; p++)
    {
      double sx, sy, sw, sh;

      koers_maturity_step_geometry (opts, p, width, height, &sx, &sy, &sw, &sh);
      if (x >= sx && x < sx + sw && y >= sy && y < sy + sh)
        return p;
    }
  return -1;
}

/* Styles ------------------------------------------------------------------ */

#define REACHED_COLOUR 0  /* blue */
#define CURRENT_COLOUR 2  /* orange */

static void
set_ink (cairo_t                    *cr,
         const KoersMaturityOptions *opts)
{
  koers_render_set_ink (cr, opts->style);
}

/* Diagonal lines over the current path's extents, clipped to it. */
static void
hatch_path (cairo_t *cr,
            double   spacing,
            double   line_width,
            double   angle)
{
  double x0, y0, x1, y1, d, cx, cy;

  cairo_save (cr);
  cairo_fill_extents (cr, &x0, &y0, &x1, &y1);
  cairo_clip (cr);
  d = hypot (x1 - x0, y1 - y0);
  cx = (x0 + x1) / 2;
  cy = (y0 + y1) / 2;
  cairo_translate (cr, cx, cy);
  cairo_rotate (cr, angle);
  for (double t = -d / 2; t <= d / 2; t += spacing)
    {
      cairo_move_to (cr, t, -d / 2);
      cairo_line_to (cr, t, d / 2);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The body of a step: reached steps are filled (hatched in black and
 * white), the others stay light. */
static void
fill_step (cairo_t                    *cr,
           const KoersMaturityOptions *opts,
           const Layout               *l,
           gboolean                    reached,
           gboolean                    current)
{
  switch (opts->style)
    {
    case KOERS_RENDER_STYLE_COLOUR:
      if (current)
        koers_render_set_rgb (cr, &koers_render_colours[CURRENT_COLOUR], 0.22);
      else if (reached)
        koers_render_set_rgb (cr, &koers_render_colours[REACHED_COLOUR], 0.22);
      else
        cairo_set_source_rgb (cr, 0.96, 0.96, 0.965);
      cairo_fill (cr);
      break;
    case KOERS_RENDER_STYLE_GREY:
      cairo_set_source_rgb (cr, 1, 1, 1);
      if (current || reached)
        cairo_set_source_rgb (cr, 0.86, 0.86, 0.86);
      cairo_fill (cr);
      break;
    case KOERS_RENDER_STYLE_BW:
    default:
      if (reached || current)
        hatch_path (cr, l->fs_small * 0.9, l->thin * 0.6, G_PI / 4);
      else
        cairo_new_path (cr);
      break;
    }
}

/* The dark band of the current step; a light one for the others. */
static void
set_band (cairo_t                    *cr,
          const KoersMaturityOptions *opts,
          gboolean                    reached,
          gboolean                    current)
{
  if (current)
    {
      if (opts->style == KOERS_RENDER_STYLE_COLOUR)
        koers_render_set_strong (cr, opts->style, CURRENT_COLOUR);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);
    }
  else if (opts->style == KOERS_RENDER_STYLE_COLOUR)
    {
      if (reached)
        koers_render_set_rgb (cr, &koers_render_colours[REACHED_COLOUR], 0.45);
      else
        cairo_set_source_rgb (cr, 0.87, 0.87, 0.88);
    }
  else if (opts->style == KOERS_RENDER_STYLE_GREY)
    cairo_set_source_rgb (cr, reached ? 0.7 : 0.92, reached ? 0.7 : 0.92, reached ? 0.7 : 0.92);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
}

/* A share bar: an outline, the share filled, a tick at two thirds. */
static void
draw_bar (cairo_t                    *cr,
          const KoersMaturityOptions *opts,
          const Layout               *l,
          double                      x,
          double                      y,
          double                      w,
          double                      h,
          guint                       met,
          guint                       n,
          gboolean                    previous)
{
  static const double dash[] = { 3, 2 };
  double share = n > 0 ? MIN (met, n) / (double) n : 0;

  cairo_rectangle (cr, x, y, w, h);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  if (share > 0)
    {
      cairo_rectangle (cr, x, y, w * share, h);
      if (previous)
        {
          if (opts->style == KOERS_RENDER_STYLE_BW)
            hatch_path (cr, h * 0.45, l->thin * 0.7, -G_PI / 4);
          else
            {
              cairo_set_source_rgb (cr, 0.6, 0.6, 0.62);
              cairo_fill (cr);
            }
        }
      else
        {
          koers_render_set_strong (cr, opts->style, REACHED_COLOUR);
          cairo_fill (cr);
        }
    }

  cairo_rectangle (cr, x, y, w, h);
  set_ink (cr, opts);
  cairo_set_line_width (cr, l->thin);
  if (previous)
    {
      double d[2] = { dash[0] * l->thin * 1.5, dash[1] * l->thin * 1.5 };

      cairo_set_dash (cr, d, 2, 0);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* the rule: two thirds */
  cairo_move_to (cr, x + w * 2 / 3.0, y - h * 0.3);
  cairo_line_to (cr, x + w * 2 / 3.0, y + h * 1.3);
  set_ink (cr, opts);
  cairo_set_line_width (cr, l->thin * 1.2);
  cairo_stroke (cr);
}

static char *
format_share (guint met,
              guint n)
{
  /* Translators: criteria met of a maturity phase, as in "3 of 5 · 60%" */
  return g_strdup_printf (_("%u of %u · %d%%"), MIN (met, n), n,
                          n > 0 ? (int) floor (100.0 * MIN (met, n) / n + 0.5) : 0);
}

/* The marker above the current step: a label and a triangle pointing down. */
static void
draw_marker (cairo_t                    *cr,
             const KoersMaturityOptions *opts,
             const Layout               *l,
             KoersPlan                  *plan,
             double                      sx,
             double                      sy,
             double                      width)
{
  const char *label = _("Current phase");
  const char *hand = koers_plan_get_phase_overridden (plan) ? _("set by hand") : NULL;
  double cx = sx + l->step_w / 2;
  double tri = l->fs_info * 0.9;
  double w1 = koers_render_measure_text (label, l->fs_small, TRUE);
  double w2 = hand != NULL ? koers_render_measure_text (hand, l->fs_small, FALSE) : 0;
  double half = MAX (w1, w2) / 2;
  double tx = CLAMP (cx, l->m + half, width - l->m - half);
  double y = sy - l->pad * 0.5 - tri - l->fs_small * 1.3 * (hand != NULL ? 2 : 1);

  set_ink (cr, opts);
  y += koers_render_text (cr, label, l->fs_small, TRUE, tx, y, 0.5, NULL);
  if (hand != NULL)
    y += koers_render_text (cr, hand, l->fs_small, FALSE, tx, y, 0.5, NULL);

  cairo_move_to (cr, cx - tri * 0.7, sy - l->pad * 0.5 - tri);
  cairo_line_to (cr, cx + tri * 0.7, sy - l->pad * 0.5 - tri);
  cairo_line_to (cr, cx, sy - l->pad * 0.5);
  cairo_close_path (cr);
  if (opts->style == KOERS_RENDER_STYLE_COLOUR)
    koers_render_set_strong (cr, opts->style, CURRENT_COLOUR);
  else
    cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_fill (cr);
}

static void
draw_step (cairo_t                    *cr,
           KoersPlan                  *plan,
           const KoersMaturityOptions *opts,
           const Layout               *l,
           KoersPhase                  phase,
           KoersAssessment            *previous,
           double                      width,
           double                      height)
{
  double sx, sy, sw, sh, y, inner, text_w;
  gboolean blank = opts->blank || plan == NULL;
  gboolean current = !blank && koers_plan_get_current_phase (plan) == phase;
  guint met = 0, n = 0;
  gboolean reached = FALSE;
  g_autofree char *number = NULL;

  koers_maturity_step_geometry (opts, phase, width, height, &sx, &sy, &sw, &sh);
  inner = sw - 2 * l->pad;
  text_w = MAX (1.0, inner);

  if (!blank)
    {
      met = koers_maturity_phase_count_met (koers_plan_get_phase (plan, phase), &n);
      reached = koers_phase_share_is_reached (met, n);
    }

  /* body and band; in black and white the hatching leaves the text on white */
  cairo_rectangle (cr, sx, sy, sw, sh);
  fill_step (cr, opts, l, reached, current);
  if (opts->style == KOERS_RENDER_STYLE_BW && (reached || current))
    {
      double top = sy + l->band_h;

      cairo_rectangle (cr, sx + l->pad * 0.5, top,
                       sw - l->pad, MAX (0, MIN (sy + sh - l->pad * 0.5,
                                                 sy + content_height (opts, l)) - top));
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill (cr);
    }
  cairo_rectangle (cr, sx, sy, sw, l->band_h);
  set_band (cr, opts, reached, current);
  cairo_fill (cr);
  if (opts->style == KOERS_RENDER_STYLE_BW && !current)
    {
      cairo_move_to (cr, sx, sy + l->band_h);
      cairo_line_to (cr, sx + sw, sy + l->band_h);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, l->thin);
      cairo_stroke (cr);
    }

  /* Translators: the band on top of a maturity step, as in "Phase 2" */
  number = g_strdup_printf (_("Phase %u"), phase + 1);
  if (current)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    set_ink (cr, opts);
  koers_render_text_full (cr, number, l->fs_info, TRUE, sx + l->pad,
                          sy + (l->band_h - l->fs_info * 1.2) / 2, 0, text_w, l->band_h, NULL);

  /* name and tagline */
  y = sy + l->band_h + l->pad;
  set_ink (cr, opts);
  y += koers_render_text_full (cr, koers_phase_get_name (phase), l->fs_name, TRUE,
                               sx + l->pad, y, 0, text_w, l->fs_name * 1.3 * 2, NULL);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  if (opts->style != KOERS_RENDER_STYLE_COLOUR)
    cairo_set_source_rgb (cr, 0, 0, 0);
  y += koers_render_text_full (cr, koers_phase_get_tagline (phase), l->fs_small, FALSE,
                               sx + l->pad, y, 0, text_w, l->fs_small * 1.3 * 3, NULL);
  y += l->pad;

  if (blank)
    {
      /* room to write: the share, lines, and a box to tick */
      double box = l->fs_small * 1.1;
      double bottom = sy + sh - l->pad - box - l->pad;

      set_ink (cr, opts);
      y += koers_render_text (cr, _("met: ___ of ___"), l->fs_small, FALSE, sx + l->pad, y, 0, NULL);
      y += l->pad;
      koers_render_set_guide (cr, opts->style);
      cairo_set_line_width (cr, l->thin);
      for (double ly = y + l->fs_name * 1.4; ly < bottom; ly += l->fs_name * 1.4)
        {
          cairo_move_to (cr, sx + l->pad, ly);
          cairo_line_to (cr, sx + sw - l->pad, ly);
        }
      cairo_stroke (cr);

      cairo_rectangle (cr, sx + l->pad, sy + sh - l->pad - box, box, box);
      set_ink (cr, opts);
      cairo_stroke (cr);
      koers_render_text_full (cr, _("We are here"), l->fs_small, FALSE,
                              sx + l->pad + box * 1.4, sy + sh - l->pad - box * 1.05, 0,
                              MAX (1.0, inner - box * 1.4), l->fs_small * 1.3, NULL);
    }
  else
    {
      g_autofree char *share = format_share (met, n);

      set_ink (cr, opts);
      y += koers_render_text_full (cr, share, l->fs_small, reached, sx + l->pad, y, 0, text_w,
                                   l->fs_small * 1.3, NULL);
      draw_bar (cr, opts, l, sx + l->pad, y + l->bar_h * 0.2, inner, l->bar_h, met, n, FALSE);
      y += l->bar_h * 1.4 + l->pad;

      if (opts->show_previous && previous != NULL)
        {
          guint pmet = 0, pn = 0;
          g_autofree char *pshare = NULL;
          g_autofree char *line = NULL;

          koers_assessment_get_result (previous, phase, &pmet, &pn);
          pshare = format_share (pmet, pn);
          /* Translators: the share of a phase at the previous assessment */
          line = g_strdup_printf (_("before: %s"), pshare);
          set_ink (cr, opts);
          y += koers_render_text_full (cr, line, l->fs_small * 0.9, FALSE, sx + l->pad, y, 0,
                                       text_w, l->fs_small * 1.3, NULL);
          draw_bar (cr, opts, l, sx + l->pad, y + l->bar_h * 0.1, inner, l->bar_h * 0.6,
                    pmet, pn, TRUE);
        }
    }

  /* outline: heavy for the current phase */
  cairo_rectangle (cr, sx, sy, sw, sh);
  set_ink (cr, opts);
  cairo_set_line_width (cr, current ? l->thin * 4.5 : l->thin * 1.3);
  cairo_stroke (cr);

  if (current)
    draw_marker (cr, opts, l, plan, sx, sy, width);

  /* on screen: the step whose criteria the page shows, and the focus */
  if (opts->selected_phase == (int) phase)
    {
      cairo_rectangle (cr, sx, l->steps_bottom + l->thin * 3, sw, l->thin * 5);
      koers_render_set_strong (cr, opts->style, REACHED_COLOUR);
      cairo_fill (cr);
    }
  if (opts->focus_phase == (int) phase)
    {
      double lw = MAX (1.5, l->thin * 3);
      double d[2] = { lw * 2, lw * 1.5 };
      double o = lw * 2;

      cairo_rectangle (cr, sx - o, sy - o, sw + 2 * o, sh + 2 * o);
      cairo_set_dash (cr, d, 2, 0);
      cairo_set_line_width (cr, lw);
      koers_render_set_strong (cr, opts->style, REACHED_COLOUR);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

/* The criteria of @phase with a box each, ticked when met, while they fit
 * above @bottom. Returns where the list ends. */
static double
draw_checklist (cairo_t                    *cr,
                KoersPlan                  *plan,
                const KoersMaturityOptions *opts,
                const Layout               *l,
                KoersPhase                  phase,
                double                      x,
                double                      y,
                double                      w,
                double                      bottom)
{
  GListModel *criteria = koers_maturity_phase_get_criteria (koers_plan_get_phase (plan, phase));
  guint n = g_list_model_get_n_items (criteria);
  double box = l->fs_small * 1.1, line = l->fs_small * 1.45;
  g_autofree char *head = NULL;

  if (n == 0 || y + l->fs_info * 1.4 + line > bottom)
    return y;

  set_ink (cr, opts);
  /* Translators: above the list of criteria on the printed diagram */
  head = g_strdup_printf (_("Criteria of phase %u"), phase + 1);
  y += koers_render_text (cr, head, l->fs_small, TRUE, x, y, 0, NULL) + l->pad * 0.3;
  for (guint i = 0; i < n && y + line <= bottom; i++)
    {
      g_autoptr(KoersCriterion) criterion = g_list_model_get_item (criteria, i);
      gboolean done = koers_criterion_get_done (criterion);

      cairo_rectangle (cr, x, y + l->fs_small * 0.15, box, box);
      set_ink (cr, opts);
      cairo_set_line_width (cr, l->thin);
      cairo_stroke (cr);
      if (done)
        {
          cairo_move_to (cr, x + box * 0.2, y + l->fs_small * 0.15 + box * 0.55);
          cairo_line_to (cr, x + box * 0.42, y + l->fs_small * 0.15 + box * 0.8);
          cairo_line_to (cr, x + box * 0.85, y + l->fs_small * 0.15 + box * 0.2);
          cairo_set_line_width (cr, l->thin * 2);
          cairo_stroke (cr);
        }
      koers_render_text_full (cr, koers_criterion_get_text (criterion), l->fs_small, FALSE,
                              x + box * 1.6, y, 0, MAX (1.0, w - box * 1.6), line, NULL);
      y += line;
    }
  return y;
}

static void
draw_guidance (cairo_t                    *cr,
               KoersPlan                  *plan,
               const KoersMaturityOptions *opts,
               const Layout               *l,
               double                      width)
{
  double x = l->m + l->pad, y = l->guide_top + l->pad;
  double w = width - 2 * l->m - 2 * l->pad;
  double bottom = l->guide_bottom - l->pad;

  cairo_rectangle (cr, l->m, l->guide_top, width - 2 * l->m, l->guide_bottom - l->guide_top);
  koers_render_set_guide (cr, opts->style);
  cairo_set_line_width (cr, l->thin);
  cairo_stroke (cr);

  set_ink (cr, opts);
  if (opts->blank || plan == NULL)
    {
      y += koers_render_text (cr, _("Our next steps"), l->fs_info, TRUE, x, y, 0, NULL);
      koers_render_set_guide (cr, opts->style);
      for (double ly = y + l->fs_name * 1.5; ly < bottom - l->fs_small * 2.8; ly += l->fs_name * 1.5)
        {
          cairo_move_to (cr, x, ly);
          cairo_line_to (cr, x + w, ly);
        }
      cairo_stroke (cr);
    }
  else
    {
      KoersPhase phase = koers_plan_get_current_phase (plan);
      g_autofree char *head = NULL;
      const char *reason = koers_plan_get_override_reason (plan);

      /* Translators: the heading of the advice below the maturity steps,
       * as in "Next steps in phase 2, Presence" */
      head = g_strdup_printf (_("Next steps in phase %u, %s"), phase + 1,
                              koers_phase_get_name (phase));
      y += koers_render_text_full (cr, head, l->fs_info, TRUE, x, y, 0, w, l->fs_info * 1.3, NULL);
      y += l->pad * 0.5;
      y += koers_render_text_full (cr, koers_phase_get_guidance (phase), l->fs_info, FALSE, x, y,
                                   0, w, MAX (1.0, bottom - y - l->fs_small * 2.8), NULL);
      y = draw_checklist (cr, plan, opts, l, phase, x, y + l->pad, w,
                          bottom - l->fs_small * 1.3 * (koers_plan_get_phase_overridden (plan) ? 5 : 3));
      if (koers_plan_get_phase_overridden (plan))
        {
          g_autofree char *line = NULL;

          /* Translators: below the maturity steps when the phase is set by
           * hand: the derived phase and the reason */
          line = g_strdup_printf (_("Set by hand; the criteria say phase %u, %s. %s"),
                                  koers_plan_get_derived_phase (plan) + 1,
                                  koers_phase_get_name (koers_plan_get_derived_phase (plan)),
                                  reason != NULL ? reason : "");
          y += l->pad * 0.5;
          koers_render_text_full (cr, line, l->fs_small, FALSE, x, y, 0, w, l->fs_small * 1.3 * 2,
                                  NULL);
        }
    }

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  if (opts->style != KOERS_RENDER_STYLE_COLOUR)
    cairo_set_source_rgb (cr, 0, 0, 0);
  koers_render_text_full (cr, koers_maturity_get_rule (), l->fs_small, FALSE, x,
                          bottom - l->fs_small * 1.3 * 2, 0, w, l->fs_small * 1.3 * 2, NULL);
}

/* One legend item: a swatch and its text; returns its width. */
static double
legend_item (cairo_t                    *cr,
             const KoersMaturityOptions *opts,
             const Layout               *l,
             int                         kind,
             const char                 *text,
             double                      x,
             double                      y,
             gboolean                    draw)
{
  double box = l->fs_small * 1.1;
  double tw = koers_render_measure_text (text, l->fs_small, FALSE);

  if (!draw)
    return box * 1.5 + tw + box * 1.5;

  cairo_rectangle (cr, x, y + l->fs_small * 0.1, box * 1.2, box);
  switch (kind)
    {
    case 0: /* reached */
    case 1: /* not reached */
      fill_step (cr, opts, l, kind == 0, FALSE);
      cairo_rectangle (cr, x, y + l->fs_small * 0.1, box * 1.2, box);
      set_ink (cr, opts);
      cairo_set_line_width (cr, l->thin * 1.3);
      cairo_stroke (cr);
      break;
    case 2: /* current */
      set_band (cr, opts, TRUE, TRUE);
      cairo_fill (cr);
      cairo_rectangle (cr, x, y + l->fs_small * 0.1, box * 1.2, box);
      set_ink (cr, opts);
      cairo_set_line_width (cr, l->thin * 3);
      cairo_stroke (cr);
      break;
    case 3: /* previous */
    default:
      cairo_new_path (cr);
      draw_bar (cr, opts, l, x, y + box * 0.3, box * 1.2, box * 0.5, 1, 2, TRUE);
      break;
    }
  set_ink (cr, opts);
  koers_render_text (cr, text, l->fs_small, FALSE, x + box * 1.5, y, 0, NULL);
  return box * 1.5 + tw + box * 1.5;
}

static void
draw_legend (cairo_t                    *cr,
             KoersPlan                  *plan,
             const KoersMaturityOptions *opts,
             const Layout               *l,
             KoersAssessment            *previous,
             double                      width)
{
  g_autofree char *previous_text = NULL;
  const char *texts[4];
  guint n = 0;
  double x = l->m, y = l->legend_top;

  texts[n++] = _("Reached: at least two thirds of the criteria met (the mark on each bar)");
  texts[n++] = _("Not reached");
  texts[n++] = _("Current phase");
  if (opts->show_previous && previous != NULL)
    {
      g_autofree char *date = koers_format_date_numeric (koers_assessment_get_date (previous));

      /* Translators: the legend of the dashed bars, as in "Previous assessment, 5-11-2026" */
      previous_text = g_strdup_printf (_("Previous assessment, %s"), date);
      texts[n++] = previous_text;
    }

  for (guint i = 0; i < n; i++)
    {
      double w = legend_item (cr, opts, l, i, texts[i], x, y, FALSE);

      if (x > l->m && x + w > width - l->m)
        {
          x = l->m;
          y += l->fs_small * 1.4;
        }
      legend_item (cr, opts, l, i, texts[i], x, y, TRUE);
      x += w;
    }
}

/**
 * koers_maturity_render:
 * @cr: where to draw; (0, 0) is the top left of the diagram's area
 * @plan: (nullable): the plan whose phases to draw; %NULL for a blank one
 * @opts: (nullable): options; %NULL for the defaults
 *
 * Draws the six maturity phases as ascending steps in @width x @height.
 * Paints no background.
 */
void
koers_maturity_render (cairo_t                    *cr,
                       KoersPlan                  *plan,
                       const KoersMaturityOptions *opts,
                       double                      width,
                       double                      height)
{
  KoersMaturityOptions fallback;
  KoersAssessment *previous = NULL;
  Layout l;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (plan == NULL || KOERS_IS_PLAN (plan));

  opts = options_or_default (opts, &fallback);
  compute_layout (opts, width, height, &l);
  if (plan != NULL && !opts->blank && opts->show_previous)
    previous = koers_plan_get_previous_assessment (plan);

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);

  if (opts->show_title)
    {
      const char *org = plan != NULL ? koers_plan_get_organisation (plan) : NULL;
      g_autofree char *date = koers_render_dup_date (opts->date);
      g_autoptr(GString) sub = g_string_new (NULL);
      double y = l.title_top;

      if (org != NULL && *org != '\0')
        g_string_append_printf (sub, "%s · ", org);
      g_string_append (sub, date);
      set_ink (cr, opts);
      y += koers_render_text (cr, _("Maturity phases"), l.fs_title, TRUE, width / 2, y, 0.5, NULL);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      if (opts->style != KOERS_RENDER_STYLE_COLOUR)
        cairo_set_source_rgb (cr, 0, 0, 0);
      koers_render_text (cr, sub->str, l.fs_info, FALSE, width / 2, y, 0.5, NULL);
    }

  /* the base line the steps stand on */
  cairo_move_to (cr, l.m - l.pad, l.steps_bottom);
  cairo_line_to (cr, width - l.m + l.pad, l.steps_bottom);
  set_ink (cr, opts);
  cairo_set_line_width (cr, l.thin * 1.3);
  cairo_stroke (cr);

  for (guint p = 0; p < KOERS_N_PHASES; p++)
    draw_step (cr, plan, opts, &l, p, previous, width, height);

  if (l.guidance)
    draw_guidance (cr, plan, opts, &l, width);

  if (!opts->blank && plan != NULL)
    draw_legend (cr, plan, opts, &l, previous, width);

  cairo_restore (cr);
}
