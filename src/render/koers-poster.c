/* koers-poster.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A poster: one drawing spread over columns x rows sheets. The drawing is
 * made at the size of all sheets together, less the overlaps, and each
 * sheet shows its part, with cut marks at the corners of its image and a
 * line in the margin that says where it goes. The print dialog and the PDF
 * export both draw their sheets here.
 */
#define G_LOG_DOMAIN "koers-render"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-poster.h"
#include "koers-render-util.h"

#define LABEL_SIZE_PT 6.5

/**
 * koers_poster_get_size:
 * @sheet_width: the printable width of one sheet, margins included
 * @poster_width: (out): the width the drawing gets
 * @poster_height: (out): the height the drawing gets
 *
 * The size of the drawing on a poster of @columns x @rows sheets; 0 x 0
 * when the sheets are too small to hold the margins and the overlap.
 */
void
koers_poster_get_size (guint   columns,
                       guint   rows,
                       double  sheet_width,
                       double  sheet_height,
                       double *poster_width,
                       double *poster_height)
{
  double m = KOERS_POSTER_MARGIN_PT, o = KOERS_POSTER_OVERLAP_PT;
  double tw = sheet_width - 2 * m, th = sheet_height - 2 * m;

  g_return_if_fail (poster_width != NULL && poster_height != NULL);

  columns = MAX (columns, 1);
  rows = MAX (rows, 1);
  if (tw <= o || th <= o)
    {
      *poster_width = *poster_height = 0;
      return;
    }
  *poster_width = columns * tw - (columns - 1) * o;
  *poster_height = rows * th - (rows - 1) * o;
}

/* Short marks in the margin at the four corners of the image, where the
 * sheet is trimmed. */
static void
draw_cut_marks (cairo_t *cr,
                double   x0,
                double   y0,
                double   x1,
                double   y1,
                double   length)
{
  double gap = length * 0.25;
  double xs[2] = { x0, x1 }, ys[2] = { y0, y1 };

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.4);
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++)
      {
        double sx = i == 0 ? -1 : 1, sy = j == 0 ? -1 : 1;

        cairo_move_to (cr, xs[i] + sx * gap, ys[j]);
        cairo_line_to (cr, xs[i] + sx * (gap + length), ys[j]);
        cairo_move_to (cr, xs[i], ys[j] + sy * gap);
        cairo_line_to (cr, xs[i], ys[j] + sy * (gap + length));
      }
  cairo_stroke (cr);
}

/**
 * koers_poster_draw_sheet:
 * @cr: where to draw; (0, 0) is the top left of the sheet's printable area
 * @sheet: which sheet, from 0, row by row from the top left
 * @sheet_width: the printable width of the sheet, margins included
 * @draw: (scope call): draws the whole poster
 *
 * Draws sheet @sheet of a poster of @columns x @rows sheets. Nothing is
 * drawn when the sheet is too small for the margins.
 */
void
koers_poster_draw_sheet (cairo_t             *cr,
                         guint                columns,
                         guint                rows,
                         guint                sheet,
                         double               sheet_width,
                         double               sheet_height,
                         KoersPosterDrawFunc  draw,
                         gpointer             user_data)
{
  double m = KOERS_POSTER_MARGIN_PT, o = KOERS_POSTER_OVERLAP_PT;
  double tw = sheet_width - 2 * m, th = sheet_height - 2 * m;
  double poster_w, poster_h;
  guint row, column;
  g_autofree char *label = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (draw != NULL);

  columns = MAX (columns, 1);
  rows = MAX (rows, 1);
  koers_poster_get_size (columns, rows, sheet_width, sheet_height, &poster_w, &poster_h);
  if (poster_w <= 0 || poster_h <= 0)
    return;
  sheet %= columns * rows;
  row = sheet / columns;
  column = sheet % columns;

  cairo_save (cr);
  cairo_translate (cr, m, m);
  cairo_rectangle (cr, 0, 0, tw, th);
  cairo_clip (cr);
  cairo_translate (cr, -(column * (tw - o)), -(row * (th - o)));
  draw (cr, poster_w, poster_h, user_data);
  cairo_restore (cr);

  /* The strip this sheet shares with the sheet on its left or above: that
   * sheet, trimmed, goes over it up to the dashed line. */
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 0.5);
  cairo_set_dash (cr, (double[]) { 3, 2 }, 2, 0);
  if (column > 0)
    {
      cairo_move_to (cr, m + o, m * 0.4);
      cairo_line_to (cr, m + o, sheet_height - m * 0.4);
    }
  if (row > 0)
    {
      cairo_move_to (cr, m * 0.4, m + o);
      cairo_line_to (cr, sheet_width - m * 0.4, m + o);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  draw_cut_marks (cr, m, m, m + tw, m + th, m * 0.55);

  /* Translators: printed in the margin of a poster sheet, as in
   * "Sheet 2 of 4 · row 1, column 2" */
  label = g_strdup_printf (_("Sheet %d of %d · row %d, column %d"),
                           (int) sheet + 1, (int) (columns * rows), (int) row + 1,
                           (int) column + 1);
  if (row > 0 || column > 0)
    {
      g_autofree char *with_hint =
        g_strconcat (label, " · ",
                     _("Trim at the corner marks and lay the sheet on the left or above over "
                       "this one, up to the dashed line."),
                     NULL);

      g_free (label);
      label = g_steal_pointer (&with_hint);
    }
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  koers_render_text_full (cr, label, LABEL_SIZE_PT, FALSE, m + (column > 0 ? o + 4 : 0),
                          m * 0.12, 0, tw - o - 4, LABEL_SIZE_PT * 1.2, NULL);
  cairo_restore (cr);
}
