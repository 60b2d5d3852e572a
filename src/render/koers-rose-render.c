/* koers-rose-render.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The communicatieroos on any cairo_t: four petals (Listening at the top,
 * Responding right, Sending bottom, Activating left) around the Organising
 * core. Rings 1-5 are the scores; the current score is filled from the
 * centre out, the target is a dashed arc. Reads no widget state.
 */
#define G_LOG_DOMAIN "koers-render"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "koers-check.h"
#include "koers-rose-render.h"
#include "koers-render-util.h"

#define GAP_ANGLE (4.0 * G_PI / 180.0)

typedef struct
{
  double S;              /* the smaller side: every size scales with it */
  double cx, cy;
  double R;              /* outer radius, ring 5 */
  double rc;             /* core radius */
  double ring;           /* width of one score ring in a petal */
  double pad;
  double title_top;
  double legend_y;
  gboolean notes;        /* a notes panel below the rose */
  double notes_top, notes_bottom, notes_left, notes_right;
  int label_lines;       /* writing lines under each label (blank only) */
  int notes_columns;
  double label_w;
  double fs_title, fs_name, fs_info, fs_small;
} Layout;

void
koers_rose_options_init (KoersRoseOptions *opts)
{
  g_return_if_fail (opts != NULL);

  opts->style = KOERS_RENDER_STYLE_COLOUR;
  opts->blank = FALSE;
  opts->date = NULL;
  opts->show_title = TRUE;
  opts->show_mix = TRUE;
  opts->show_notes = FALSE;
  opts->focus_part = -1;
}

static const KoersRoseOptions *
options_or_default (const KoersRoseOptions *opts,
                    KoersRoseOptions       *fallback)
{
  if (opts != NULL)
    return opts;
  koers_rose_options_init (fallback);
  return fallback;
}

/* The width of a label block beside the rose. */
static double
label_width (const KoersRoseOptions *opts,
             const Layout           *l,
             KoersRosePartKind       part)
{
  double w = koers_render_measure_text (koers_rose_part_get_label (part), l->fs_name, TRUE);

  if (opts->blank)
    {
      double fs = l->fs_info * 0.85;
      double box = l->fs_info * 1.15, gap = l->fs_info * 0.35;
      double row = koers_render_measure_text (C_("rose score", "now"), fs, FALSE) + gap + box + 2.5 * gap
                 + koers_render_measure_text (C_("rose score", "target"), fs, FALSE) + gap + box;

      w = MAX (w, row);
    }
  else
    w = MAX (w, koers_render_measure_text ("5 / 5", l->fs_info, FALSE));
  return w;
}

/* Lays the rose out; with @try_notes, a notes panel below the rose on a
 * tall page or beside it on a wide one. Returns FALSE when the panel does
 * not fit. */
static gboolean
compute_layout_try (const KoersRoseOptions *opts,
                    double                  width,
                    double                  height,
                    gboolean                try_notes,
                    Layout                 *l)
{
  double m, top, bottom, lw, lh_top, lh_bottom, aw, ah;
  gboolean tall = height > width * 1.15;

  l->S = MAX (1.0, MIN (width, height));
  m = 0.025 * l->S;
  l->pad = 0.02 * l->S;
  l->fs_title = 0.042 * l->S;
  l->fs_name = 0.03 * l->S;
  l->fs_info = 0.026 * l->S;
  l->fs_small = 0.019 * l->S;

  l->title_top = m;
  top = m + (opts->show_title ? l->fs_title * 1.35 + l->fs_info * 1.4 + l->pad : 0);
  bottom = height - m - l->fs_small * 1.5;
  l->legend_y = bottom + l->fs_small * 0.2;

  l->notes = try_notes;
  l->notes_columns = tall ? 2 : 1;
  l->label_lines = opts->blank && !l->notes ? 2 : 0;

  /* Room for the labels around the rose: beside it for Responding and
   * Activating, above and below for Listening and Sending. */
  lw = MAX (label_width (opts, l, KOERS_ROSE_PART_RESPONDING),
             label_width (opts, l, KOERS_ROSE_PART_ACTIVATING));
  lw = MAX (lw, (opts->blank ? 0.17 : 0.12) * l->S) + l->pad * 1.5;
  l->label_w = lw - l->pad;
  if (opts->blank)
    {
      lh_top = l->fs_name * 1.3 + l->fs_info * 1.8 + l->label_lines * l->fs_name * 1.6;
      lh_bottom = lh_top;
    }
  else
    {
      lh_top = l->fs_name * 1.3 + l->fs_info * 1.35;
      lh_bottom = lh_top + l->fs_info * 1.35;
    }
  lh_top += l->pad;
  lh_bottom += l->pad;

  aw = width - 2 * m - 2 * lw;
  ah = bottom - top - lh_top - lh_bottom;
  l->R = MAX (1.0, MIN (aw, ah) / 2);
  l->cx = width / 2;
  l->cy = top + lh_top + ah / 2;

  if (l->notes && tall)
    {
      /* below the rose */
      /* room for a few lines of notes and actions per part, to read or to
       * write on */
      double min_notes = (opts->blank ? 0.54 : 0.5) * l->S;

      if (ah - min_notes < 0.4 * l->S)
        return FALSE;
      l->R = MAX (1.0, MIN (aw, ah - min_notes) / 2);
      l->cy = top + lh_top + l->R;
      l->notes_top = l->cy + l->R + lh_bottom + l->pad;
      l->notes_bottom = bottom - l->pad;
      l->notes_left = m;
      l->notes_right = width - m;
    }
  else if (l->notes)
    {
      /* beside the rose, which moves to the left */
      double spare = width - 2 * m - (2 * l->R + 2 * lw) - 2 * l->pad;

      if (spare < 0.25 * l->S)
        return FALSE;
      l->cx = m + lw + l->R + (spare - MIN (spare, 0.45 * l->S)) / 3;
      l->notes_left = l->cx + l->R + lw + 2 * l->pad;
      l->notes_right = width - m;
      l->notes_top = top + l->pad;
      l->notes_bottom = bottom - l->pad;
    }

  /* The blank sheet is shaded by hand: a wider core, so that its five rings
   * are some 4 mm apart on A4 rather than under 3. */
  l->rc = (opts->blank ? 0.5 : 0.26) * l->R;
  l->ring = (l->R - l->rc) / KOERS_ROSE_MAX_SCORE;
  return TRUE;
}

static void
compute_layout (const KoersRoseOptions *opts,
                double                  width,
                double                  height,
                Layout                 *l)
{
  gboolean shaped = height > width * 1.15 || width > height * 1.15;

  if (opts->show_notes && shaped && compute_layout_try (opts, width, height, TRUE, l))
    return;
  compute_layout_try (opts, width, height, FALSE, l);
}

/* The angle a petal is centred on; y points down, so -pi/2 is the top. */
static double
part_centre_angle (KoersRosePartKind part)
{
  switch (part)
    {
    case KOERS_ROSE_PART_LISTENING:  return -G_PI / 2;
    case KOERS_ROSE_PART_RESPONDING: return 0;
    case KOERS_ROSE_PART_SENDING:    return G_PI / 2;
    case KOERS_ROSE_PART_ACTIVATING: return G_PI;
    case KOERS_ROSE_PART_ORGANISING:
    default:                         return 0;
    }
}

/**
 * koers_rose_part_geometry:
 * @opts: (nullable): the options the rose is drawn with
 * @part: the part
 * @inner_radius: (out): where ring 0 starts (0 for the core)
 * @ring_width: (out): the width of one score ring
 *
 * Where @part lies when the rose is drawn at @width x @height: its centre,
 * its angles in cairo's convention (radians, clockwise from the right) and
 * its rings; ring k is at @inner_radius + k * @ring_width.
 */
void
koers_rose_part_geometry (const KoersRoseOptions *opts,
                          KoersRosePartKind       part,
                          double                  width,
                          double                  height,
                          double                 *cx,
                          double                 *cy,
                          double                 *angle_start,
                          double                 *angle_end,
                          double                 *inner_radius,
                          double                 *ring_width)
{
  KoersRoseOptions fallback;
  Layout l;
  double a = part_centre_angle (part);

  compute_layout (options_or_default (opts, &fallback), width, height, &l);

  if (cx) *cx = l.cx;
  if (cy) *cy = l.cy;
  if (part == KOERS_ROSE_PART_ORGANISING)
    {
      if (angle_start) *angle_start = 0;
      if (angle_end) *angle_end = 2 * G_PI;
      if (inner_radius) *inner_radius = 0;
      if (ring_width) *ring_width = l.rc / KOERS_ROSE_MAX_SCORE;
      return;
    }
  if (angle_start) *angle_start = a - G_PI / 4 + GAP_ANGLE / 2;
  if (angle_end) *angle_end = a + G_PI / 4 - GAP_ANGLE / 2;
  if (inner_radius) *inner_radius = l.rc;
  if (ring_width) *ring_width = l.ring;
}

/**
 * koers_rose_hit_test:
 * @opts: (nullable): the options the rose is drawn with
 * @score: (out) (optional): the score the point stands for, 0-5
 *
 * Returns: the #KoersRosePartKind under (@x, @y), or -1 outside the rose.
 * Half a ring beyond the outer ring still counts as score 5, for dragging.
 */
int
koers_rose_hit_test (const KoersRoseOptions *opts,
                     double                  width,
                     double                  height,
                     double                  x,
                     double                  y,
                     int                    *score)
{
  KoersRoseOptions fallback;
  Layout l;
  double dx, dy, d, a;
  int s, part;

  compute_layout (options_or_default (opts, &fallback), width, height, &l);
  dx = x - l.cx;
  dy = y - l.cy;
  d = hypot (dx, dy);

  if (d <= l.rc)
    {
      s = (int) ceil (d / l.rc * KOERS_ROSE_MAX_SCORE - 1e-9);
      if (score)
        *score = CLAMP (s, 0, KOERS_ROSE_MAX_SCORE);
      return KOERS_ROSE_PART_ORGANISING;
    }
  if (d > l.R + l.ring / 2)
    {
      if (score)
        *score = 0;
      return -1;
    }

  a = atan2 (dy, dx);
  if (a >= -3 * G_PI / 4 && a < -G_PI / 4)
    part = KOERS_ROSE_PART_LISTENING;
  else if (a >= -G_PI / 4 && a < G_PI / 4)
    part = KOERS_ROSE_PART_RESPONDING;
  else if (a >= G_PI / 4 && a < 3 * G_PI / 4)
    part = KOERS_ROSE_PART_SENDING;
  else
    part = KOERS_ROSE_PART_ACTIVATING;

  s = (int) ceil ((d - l.rc) / l.ring - 1e-9);
  if (score)
    *score = CLAMP (s, 1, KOERS_ROSE_MAX_SCORE);
  return part;
}

/**
 * koers_rose_part_get_label:
 *
 * Returns: the translated name of @part, as the rose shows it
 */
const char *
koers_rose_part_get_label (KoersRosePartKind part)
{
  switch (part)
    {
    case KOERS_ROSE_PART_LISTENING:  return C_("rose part", "Listening");
    case KOERS_ROSE_PART_RESPONDING: return C_("rose part", "Responding");
    case KOERS_ROSE_PART_SENDING:    return C_("rose part", "Sending");
    case KOERS_ROSE_PART_ACTIVATING: return C_("rose part", "Activating");
    case KOERS_ROSE_PART_ORGANISING: return C_("rose part", "Organising");
    default:                         return "";
    }
}

/* Palette: the shared one, a colour per part ---------------------------- */


static void
set_ink (cairo_t                *cr,
         const KoersRoseOptions *opts)
{
  koers_render_set_ink (cr, opts->style);
}

static void
set_guide (cairo_t                *cr,
           const KoersRoseOptions *opts)
{
  koers_render_set_guide (cr, opts->style);
}

/* The strong colour of a part: outlines, target arcs. */
static void
set_part_line (cairo_t                *cr,
               const KoersRoseOptions *opts,
               KoersRosePartKind       part)
{
  koers_render_set_strong (cr, opts->style, part);
}

/* Hatching for the black-and-white style: a different pattern per part. */
static void
hatch_lines (cairo_t *cr,
             double   cx,
             double   cy,
             double   radius,
             double   angle,
             double   spacing)
{
  double ca = cos (angle), sa = sin (angle);

  for (double t = -radius; t <= radius; t += spacing)
    {
      /* a line through (cx, cy) + t * normal, along (ca, sa) */
      double px = cx - sa * t, py = cy + ca * t;

      cairo_move_to (cr, px - ca * radius, py - sa * radius);
      cairo_line_to (cr, px + ca * radius, py + sa * radius);
    }
}

/* Fills the current path with the part's fill, and clears the path. */
static void
fill_part (cairo_t                *cr,
           const KoersRoseOptions *opts,
           const Layout           *l,
           KoersRosePartKind       part)
{
  double x1, y1, x2, y2, hx, hy, hr, spacing, lw;

  switch (opts->style)
    {
    case KOERS_RENDER_STYLE_COLOUR:
      koers_render_set_rgb (cr, &koers_render_colours[part], 0.62);
      cairo_fill (cr);
      return;

    case KOERS_RENDER_STYLE_GREY:
      cairo_set_source_rgb (cr, koers_render_greys[part], koers_render_greys[part], koers_render_greys[part]);
      cairo_fill (cr);
      return;

    case KOERS_RENDER_STYLE_BW:
    default:
      break;
    }

  cairo_save (cr);
  cairo_clip (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  hx = (x1 + x2) / 2;
  hy = (y1 + y2) / 2;
  hr = hypot (x2 - x1, y2 - y1) / 2 + 1;
  spacing = MAX (2.0, l->S / 110);
  lw = MAX (0.6, l->S / 700);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, lw);
  cairo_set_dash (cr, NULL, 0, 0);

  switch (part)
    {
    case KOERS_ROSE_PART_LISTENING:  /* diagonal lines, rising */
      hatch_lines (cr, hx, hy, hr, -G_PI / 4, spacing);
      break;
    case KOERS_ROSE_PART_RESPONDING: /* horizontal lines */
      hatch_lines (cr, hx, hy, hr, 0, spacing);
      break;
    case KOERS_ROSE_PART_SENDING:    /* cross-hatch */
      hatch_lines (cr, hx, hy, hr, G_PI / 4, spacing * 1.3);
      hatch_lines (cr, hx, hy, hr, -G_PI / 4, spacing * 1.3);
      break;
    case KOERS_ROSE_PART_ACTIVATING: /* dots */
      cairo_stroke (cr);
      for (double y = floor (y1 / spacing) * spacing; y <= y2; y += spacing)
        for (double x = floor (x1 / spacing) * spacing + (fmod (y / spacing, 2) >= 1 ? spacing / 2 : 0);
             x <= x2; x += spacing)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x, y, spacing * 0.22, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;
    case KOERS_ROSE_PART_ORGANISING: /* vertical lines */
    default:
      hatch_lines (cr, hx, hy, hr, G_PI / 2, spacing * 0.8);
      break;
    }
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_new_path (cr);
}


/* Paths ------------------------------------------------------------------ */

static void
sector_path (cairo_t *cr,
             double   cx,
             double   cy,
             double   r_in,
             double   r_out,
             double   a0,
             double   a1)
{
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, r_out, a0, a1);
  cairo_arc_negative (cr, cx, cy, r_in, a1, a0);
  cairo_close_path (cr);
}

static int
part_score (KoersPlan         *plan,
            KoersRosePartKind  kind,
            gboolean           target)
{
  KoersRosePart *part = plan != NULL ? koers_plan_get_rose_part (plan, kind) : NULL;
  int value;

  if (part == NULL)
    return 0;
  value = target ? koers_rose_part_get_target (part) : koers_rose_part_get_current (part);
  return CLAMP (value, 0, KOERS_ROSE_MAX_SCORE);
}

/* The label block of a part: name, scores or score boxes, writing lines. */
static void
draw_label (cairo_t                *cr,
            KoersPlan              *plan,
            const KoersRoseOptions *opts,
            const Layout           *l,
            KoersRosePartKind       part,
            double                  x,
            double                  y,
            double                  ax,
            const char             *extra)
{
  double block_w = l->label_w;
  double lw = MAX (0.5, l->S / 900);
  double x_left = x - ax * block_w;

  set_ink (cr, opts);
  y += koers_render_text (cr, koers_rose_part_get_label (part), l->fs_name, TRUE, x, y, ax, NULL);

  if (!opts->blank)
    {
      g_autofree char *scores = NULL;

      /* Translators: the current and the target score of a rose part, as in "2 / 4" */
      scores = g_strdup_printf (C_("rose score", "%d / %d"),
                                part_score (plan, part, FALSE), part_score (plan, part, TRUE));
      set_ink (cr, opts);
      y += koers_render_text (cr, scores, l->fs_info, FALSE, x, y, ax, NULL);
      if (extra != NULL)
        {
          set_ink (cr, opts);
          koers_render_text (cr, extra, l->fs_info, FALSE, x, y, ax, NULL);
        }
      return;
    }

  /* Blank: "now [ ]  target [ ]" and lines to write on. */
  {
    const char *now = C_("rose score", "now");
    const char *target = C_("rose score", "target");
    double fs = l->fs_info * 0.85;
    double box = l->fs_info * 1.15, gap = l->fs_info * 0.35;
    double w_now, w_target, total, bx, by = y + l->fs_info * 0.25;

    /* measure first, without drawing */
    cairo_save (cr);
    cairo_set_source_rgba (cr, 0, 0, 0, 0);
    koers_render_text (cr, now, fs, FALSE, 0, 0, 0, &w_now);
    koers_render_text (cr, target, fs, FALSE, 0, 0, 0, &w_target);
    cairo_restore (cr);

    total = w_now + gap + box + 2.5 * gap + w_target + gap + box;
    bx = x - ax * total;

    set_ink (cr, opts);
    cairo_set_line_width (cr, lw * 1.2);
    koers_render_text (cr, now, fs, FALSE, bx, by + (box - fs * 1.2) / 2, 0, NULL);
    bx += w_now + gap;
    cairo_rectangle (cr, bx, by, box, box);
    cairo_stroke (cr);
    bx += box + 2.5 * gap;
    koers_render_text (cr, target, fs, FALSE, bx, by + (box - fs * 1.2) / 2, 0, NULL);
    bx += w_target + gap;
    cairo_rectangle (cr, bx, by, box, box);
    cairo_stroke (cr);

    y = by + box;
    cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
    cairo_set_line_width (cr, lw);
    for (int i = 0; i < l->label_lines; i++)
      {
        y += l->fs_name * 1.6;
        cairo_move_to (cr, x_left, y);
        cairo_line_to (cr, x_left + block_w, y);
      }
    cairo_stroke (cr);
  }
}

/* The blank sheet's head: what it is, and fields to write the organisation
 * and the date in, instead of the plan's and today's. */
static void
draw_blank_title (cairo_t                *cr,
                  const KoersRoseOptions *opts,
                  const Layout           *l,
                  double                  width)
{
  const char *org = C_("rose sheet", "Organisation");
  const char *date = C_("rose sheet", "Date");
  double thin = MAX (0.5, l->S / 900);
  double y = l->title_top;
  double fs = l->fs_info;
  double w_org, w_date, field_org, field_date, gap, total, x, base;

  set_ink (cr, opts);
  y += koers_render_text (cr, _("Communication rose"), l->fs_title, TRUE, width / 2, y, 0.5, NULL);

  cairo_save (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0);
  koers_render_text (cr, org, fs, FALSE, 0, 0, 0, &w_org);
  koers_render_text (cr, date, fs, FALSE, 0, 0, 0, &w_date);
  cairo_restore (cr);

  gap = fs * 0.5;
  field_org = 0.36 * l->S;
  field_date = 0.18 * l->S;
  total = w_org + gap + field_org + 3 * gap + w_date + gap + field_date;
  x = (width - total) / 2;
  base = y + fs * 1.25;

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  koers_render_text (cr, org, fs, FALSE, x, y, 0, NULL);
  x += w_org + gap;
  cairo_set_line_width (cr, thin);
  cairo_move_to (cr, x, base);
  cairo_line_to (cr, x + field_org, base);
  cairo_stroke (cr);
  x += field_org + 3 * gap;
  koers_render_text (cr, date, fs, FALSE, x, y, 0, NULL);
  x += w_date + gap;
  cairo_move_to (cr, x, base);
  cairo_line_to (cr, x + field_date, base);
  cairo_stroke (cr);
  /* a date the caller fixed (a test, a reproducible export) fills its field;
   * never today's */
  if (opts->date != NULL)
    {
      set_ink (cr, opts);
      koers_render_text (cr, opts->date, fs, FALSE, x + field_date / 2, y, 0.5, NULL);
    }
}

/* A small grey heading in the notes panel: "Notes", "Actions" */
static double
draw_notes_heading (cairo_t      *cr,
                    const Layout *l,
                    const char   *heading,
                    double        x,
                    double        y)
{
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  return koers_render_text (cr, heading, l->fs_small, TRUE, x, y, 0, NULL);
}

/* Ruled lines from @top down to @bottom at @spacing; returns how many. */
static int
draw_ruled_lines (cairo_t      *cr,
                  const Layout *l,
                  double        x,
                  double        width,
                  double        top,
                  double        bottom,
                  double        spacing,
                  int           max_lines)
{
  double thin = MAX (0.5, l->S / 900);
  int n = 0;

  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, thin);
  for (double ly = top + spacing; ly <= bottom && n < max_lines; ly += spacing, n++)
    {
      cairo_move_to (cr, x, ly);
      cairo_line_to (cr, x + width, ly);
    }
  cairo_stroke (cr);
  return n;
}

/* The notes panel on a tall page: per part a swatch, the name, and its notes
 * and actions, each under its heading; on the blank sheet ruled lines under
 * the two headings to write on. */
static void
draw_notes (cairo_t                *cr,
            KoersPlan              *plan,
            const KoersRoseOptions *opts,
            const Layout           *l)
{
  static const KoersRosePartKind order[] = {
    KOERS_ROSE_PART_LISTENING, KOERS_ROSE_PART_RESPONDING,
    KOERS_ROSE_PART_SENDING, KOERS_ROSE_PART_ACTIVATING,
    KOERS_ROSE_PART_ORGANISING,
  };
  double thin = MAX (0.5, l->S / 900);
  double col_gap = 2 * l->pad;
  int cols = l->notes_columns;
  int rows = (G_N_ELEMENTS (order) + cols - 1) / cols;
  double col_w = (l->notes_right - l->notes_left - (cols - 1) * col_gap) / cols;
  double row_h = (l->notes_bottom - l->notes_top - l->pad) / rows;
  double sw = l->fs_name * 0.9;

  cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (cr, thin);
  if (cols > 1)
    {
      cairo_move_to (cr, l->notes_left, l->notes_top);
      cairo_line_to (cr, l->notes_right, l->notes_top);
    }
  else
    {
      cairo_move_to (cr, l->notes_left - l->pad, l->notes_top);
      cairo_line_to (cr, l->notes_left - l->pad, l->notes_bottom);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      KoersRosePartKind part = order[i];
      double x = l->notes_left + (i % cols) * (col_w + col_gap);
      double y = l->notes_top + l->pad + (i / cols) * row_h;
      double text_y;

      /* swatch: the same fill as the petal */
      cairo_new_path (cr);
      cairo_rectangle (cr, x, y + l->fs_name * 0.2, sw, sw);
      fill_part (cr, opts, l, part);
      cairo_rectangle (cr, x, y + l->fs_name * 0.2, sw, sw);
      set_part_line (cr, opts, part);
      cairo_set_line_width (cr, thin * 1.2);
      cairo_stroke (cr);

      set_ink (cr, opts);
      text_y = y + koers_render_text (cr, koers_rose_part_get_label (part), l->fs_name * 0.9, TRUE,
                              x + sw + l->pad * 0.6, y, 0, NULL);
      text_y += l->fs_small * 0.3;

      /* Notes on the left, actions on the right, each under its heading:
       * lines about 7 mm apart on A4 to write on, or the plan's text. */
      {
        const char *headings[2] = { C_("rose sheet", "Notes"), C_("rose sheet", "Actions") };
        KoersRosePart *rp = plan != NULL ? koers_plan_get_rose_part (plan, part) : NULL;
        const char *texts[2] = {
          rp != NULL ? koers_rose_part_get_notes (rp) : NULL,
          rp != NULL ? koers_rose_part_get_actions (rp) : NULL,
        };
        double half_gap = l->pad * 0.75;
        double half_w = (col_w - half_gap) / 2;
        double bottom = y + row_h - l->fs_small * 0.5;
        double heading = l->fs_small * 1.3;
        double spacing = MAX (l->fs_name * 1.25, l->fs_small * 2.2);

        for (int k = 0; k < 2; k++)
          {
            double hx = x + k * (half_w + half_gap);

            draw_notes_heading (cr, l, headings[k], hx, text_y);
            if (opts->blank)
              draw_ruled_lines (cr, l, hx, half_w, text_y + heading - spacing * 0.35, bottom,
                                spacing, G_MAXINT);
            else if (texts[k] != NULL && *texts[k] != '\0' && bottom - text_y > heading * 2)
              {
                set_ink (cr, opts);
                koers_render_text_full (cr, texts[k], l->fs_small * 1.05, FALSE, hx,
                                        text_y + heading, 0, half_w,
                                        bottom - text_y - heading, NULL);
              }
          }
      }
    }
}

static char *
format_mix (KoersPlan *plan)
{
  GDate first, last;
  guint n_value = 0, n_promotion = 0;
  int pct;

  if (plan == NULL || g_list_model_get_n_items (koers_plan_get_entries (plan)) == 0)
    return NULL;

  koers_check_get_period (plan, &first, &last);
  if (!g_date_valid (&first) || !g_date_valid (&last))
    return NULL;
  koers_check_content_mix (plan, &first, &last, &n_value, &n_promotion);
  if (n_value + n_promotion == 0)
    return NULL;

  pct = (int) floor (100.0 * n_value / (n_value + n_promotion) + 0.5);
  /* Translators: the share of valuable (non-promotional) posts, for the
   * 80/20 rule near the Sending part of the rose, as in "80/20: 82% value" */
  return g_strdup_printf (_("80/20: %d%% value"), pct);
}

static char *
format_date (const KoersRoseOptions *opts)
{
  return koers_render_dup_date (opts->date);
}

/**
 * koers_rose_render:
 * @cr: where to draw; (0, 0) is the top left of the rose's area
 * @plan: (nullable): the plan whose scores to draw; %NULL for a blank rose
 * @opts: (nullable): options; %NULL for the defaults
 *
 * Draws the communicatieroos in @width x @height. Paints no background.
 */
void
koers_rose_render (cairo_t                *cr,
                   KoersPlan              *plan,
                   const KoersRoseOptions *opts,
                   double                  width,
                   double                  height)
{
  KoersRoseOptions fallback;
  Layout l;
  double thin, a0, a1;
  static const double dash[] = { 6, 4 };
  double dashes[2];

  g_return_if_fail (cr != NULL);

  opts = options_or_default (opts, &fallback);
  compute_layout (opts, width, height, &l);
  thin = MAX (0.5, l.S / 900);
  dashes[0] = dash[0] * thin * 1.6;
  dashes[1] = dash[1] * thin * 1.6;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* Title: the plan's title (else its organisation), then the
   * organisation, what this is and the date, each only once. */
  if (opts->show_title && opts->blank)
    draw_blank_title (cr, opts, &l, width);
  else if (opts->show_title)
    {
      const char *title = plan != NULL ? koers_plan_get_title (plan) : NULL;
      const char *org = plan != NULL ? koers_plan_get_organisation (plan) : NULL;
      g_autofree char *date = format_date (opts);
      g_autoptr(GString) sub = g_string_new (NULL);
      const char *head = title;
      double y = l.title_top;

      if (head == NULL || *head == '\0')
        head = org;
      if (head == NULL || *head == '\0')
        head = _("Communication rose");
      if (org != NULL && *org != '\0' && head != org)
        g_string_append_printf (sub, "%s · ", org);
      if (head == title || head == org)
        g_string_append_printf (sub, "%s · ", _("Communication rose"));
      g_string_append (sub, date);

      set_ink (cr, opts);
      y += koers_render_text (cr, head, l.fs_title, TRUE, width / 2, y, 0.5, NULL);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      koers_render_text (cr, sub->str, l.fs_info, FALSE, width / 2, y, 0.5, NULL);
    }

  /* Petals: a light ground, the current score filled, ring guides. */
  for (int p = KOERS_ROSE_PART_LISTENING; p <= KOERS_ROSE_PART_ACTIVATING; p++)
    {
      int current = part_score (plan, p, FALSE);

      koers_rose_part_geometry (opts, p, width, height, NULL, NULL, &a0, &a1, NULL, NULL);

      if (opts->style == KOERS_RENDER_STYLE_COLOUR)
        {
          sector_path (cr, l.cx, l.cy, l.rc, l.R, a0, a1);
          koers_render_set_rgb (cr, &koers_render_colours[p], 0.07);
          cairo_fill (cr);
        }

      if (!opts->blank && current > 0)
        {
          sector_path (cr, l.cx, l.cy, l.rc, l.rc + current * l.ring, a0, a1);
          fill_part (cr, opts, &l, p);
        }

      set_guide (cr, opts);
      cairo_set_line_width (cr, thin);
      for (int k = 1; k < KOERS_ROSE_MAX_SCORE; k++)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, l.cx, l.cy, l.rc + k * l.ring, a0, a1);
        }
      cairo_stroke (cr);

      sector_path (cr, l.cx, l.cy, l.rc, l.R, a0, a1);
      set_part_line (cr, opts, p);
      cairo_set_line_width (cr, thin * 1.6);
      cairo_stroke (cr);
    }

  /* Core: Organising, with its own five rings. */
  {
    int current = part_score (plan, KOERS_ROSE_PART_ORGANISING, FALSE);
    double core = l.rc - thin * 3;

    cairo_new_path (cr);
    cairo_arc (cr, l.cx, l.cy, core, 0, 2 * G_PI);
    if (opts->style == KOERS_RENDER_STYLE_COLOUR)
      koers_render_set_rgb (cr, &koers_render_colours[KOERS_ROSE_PART_ORGANISING], 0.10);
    else
      cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_fill (cr);

    if (!opts->blank && current > 0)
      {
        cairo_new_path (cr);
        cairo_arc (cr, l.cx, l.cy, core * current / KOERS_ROSE_MAX_SCORE, 0, 2 * G_PI);
        fill_part (cr, opts, &l, KOERS_ROSE_PART_ORGANISING);
      }

    set_guide (cr, opts);
    cairo_set_line_width (cr, thin * 0.8);
    for (int k = 1; k < KOERS_ROSE_MAX_SCORE; k++)
      {
        cairo_new_sub_path (cr);
        cairo_arc (cr, l.cx, l.cy, core * k / KOERS_ROSE_MAX_SCORE, 0, 2 * G_PI);
      }
    cairo_stroke (cr);

    /* The score's edge in the part's strong line: a score of 1 is a small
     * disc, which a light grey or a hatch alone would not show. */
    if (!opts->blank && current > 0)
      {
        cairo_new_path (cr);
        cairo_arc (cr, l.cx, l.cy, core * current / KOERS_ROSE_MAX_SCORE, 0, 2 * G_PI);
        set_part_line (cr, opts, KOERS_ROSE_PART_ORGANISING);
        cairo_set_line_width (cr, thin * 2);
        cairo_stroke (cr);
      }

    cairo_arc (cr, l.cx, l.cy, core, 0, 2 * G_PI);
    set_part_line (cr, opts, KOERS_ROSE_PART_ORGANISING);
    cairo_set_line_width (cr, thin * 1.6);
    cairo_stroke (cr);
  }

  /* Targets: dashed arcs at ring `target`. */
  if (!opts->blank)
    {
      cairo_set_line_width (cr, thin * 2.6);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, dashes, 2, 0);
      for (int p = KOERS_ROSE_PART_LISTENING; p <= KOERS_ROSE_PART_ORGANISING; p++)
        {
          int target = part_score (plan, p, TRUE);
          double r;

          if (target <= 0)
            continue;
          koers_rose_part_geometry (opts, p, width, height, NULL, NULL, &a0, &a1, NULL, NULL);
          /* Just inside its ring, so a target of 5 does not vanish in the
           * part's outline. */
          r = p == KOERS_ROSE_PART_ORGANISING
            ? (l.rc - thin * 3) * target / KOERS_ROSE_MAX_SCORE
            : l.rc + target * l.ring;
          r -= thin * 2.6;
          cairo_new_path (cr);
          cairo_arc (cr, l.cx, l.cy, r, a0, a1);
          if (opts->style == KOERS_RENDER_STYLE_COLOUR)
            koers_render_set_rgb (cr, &koers_render_ink, 1);
          else
            cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_stroke (cr);
        }
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* Ring numbers along the gap between Activating and Listening. */
  cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
  for (int k = 1; k <= KOERS_ROSE_MAX_SCORE; k++)
    {
      char num[4];
      double r = l.rc + (k - 0.5) * l.ring;
      double x = l.cx + r * cos (-3 * G_PI / 4);
      double y = l.cy + r * sin (-3 * G_PI / 4);

      g_snprintf (num, sizeof num, "%d", k);
      /* a white patch so the number reads over the petal edges */
      cairo_arc (cr, x, y, l.fs_small * 0.62, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
      koers_render_text (cr, num, l.fs_small, FALSE, x, y - l.fs_small * 0.62, 0.5, NULL);
    }

  /* Focus ring for the screen. */
  if (opts->focus_part >= 0 && opts->focus_part < KOERS_N_ROSE_PARTS)
    {
      cairo_new_path (cr);
      if (opts->focus_part == KOERS_ROSE_PART_ORGANISING)
        cairo_arc (cr, l.cx, l.cy, l.rc - thin * 3, 0, 2 * G_PI);
      else
        {
          koers_rose_part_geometry (opts, opts->focus_part, width, height,
                                    NULL, NULL, &a0, &a1, NULL, NULL);
          sector_path (cr, l.cx, l.cy, l.rc, l.R, a0, a1);
        }
      set_part_line (cr, opts, opts->focus_part);
      cairo_set_line_width (cr, thin * 4.5);
      cairo_stroke (cr);
    }

  /* Labels around the rose. */
  {
    g_autofree char *mix = (!opts->blank && opts->show_mix) ? format_mix (plan) : NULL;
    double block_h = opts->blank
      ? l.fs_name * 1.3 + l.fs_info * 1.8 + l.label_lines * l.fs_name * 1.6
      : l.fs_name * 1.3 + l.fs_info * 1.35;
    double diag = l.R * M_SQRT1_2;

    draw_label (cr, plan, opts, &l, KOERS_ROSE_PART_LISTENING,
                l.cx, l.cy - l.R - l.pad - block_h, 0.5, NULL);
    draw_label (cr, plan, opts, &l, KOERS_ROSE_PART_SENDING,
                l.cx, l.cy + l.R + l.pad, 0.5, mix);
    draw_label (cr, plan, opts, &l, KOERS_ROSE_PART_RESPONDING,
                l.cx + l.R + l.pad, l.cy - block_h / 2, 0, NULL);
    draw_label (cr, plan, opts, &l, KOERS_ROSE_PART_ACTIVATING,
                l.cx - l.R - l.pad, l.cy - block_h / 2, 1, NULL);

    /* Organising sits in the bottom right corner, with a leader line
     * through the gap between Responding and Sending. */
    set_part_line (cr, opts, KOERS_ROSE_PART_ORGANISING);
    cairo_set_line_width (cr, thin);
    cairo_move_to (cr, l.cx + l.rc * M_SQRT1_2, l.cy + l.rc * M_SQRT1_2);
    cairo_line_to (cr, l.cx + diag + l.pad * 0.6, l.cy + diag + l.pad * 0.6);
    cairo_stroke (cr);
    draw_label (cr, plan, opts, &l, KOERS_ROSE_PART_ORGANISING,
                l.cx + diag + l.pad, l.cy + diag + l.pad * 0.3, 0, NULL);
  }

  if (l.notes)
    draw_notes (cr, plan, opts, &l);

  /* Legend, so that the drawing explains itself on paper. */
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  koers_render_text (cr,
             opts->blank
             ? _("Score each part from 0 to 5: how well do we do this now, and where do we want to be?")
             : _("Filled: current score · dashed line: target score (0–5)"),
             l.fs_small, FALSE, width / 2, l.legend_y, 0.5, NULL);

  cairo_restore (cr);
}
