/* koers-poster.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define KOERS_MM_TO_PT(mm) ((mm) / 25.4 * 72.0)

#define KOERS_POSTER_MARGIN_PT  KOERS_MM_TO_PT (9.0)  /* cut marks and the sheet label */
#define KOERS_POSTER_OVERLAP_PT KOERS_MM_TO_PT (10.0) /* each sheet repeats 1 cm of the next */

/**
 * KoersPosterDrawFunc:
 * @cr: where to draw; (0, 0) is the top left of the whole poster
 * @width: the poster's width
 * @height: the poster's height
 *
 * Draws the whole poster; the sheet clips it to its part.
 */
typedef void (*KoersPosterDrawFunc) (cairo_t  *cr,
                                     double    width,
                                     double    height,
                                     gpointer  user_data);

void koers_poster_get_size   (guint                columns,
                              guint                rows,
                              double               sheet_width,
                              double               sheet_height,
                              double              *poster_width,
                              double              *poster_height);
void koers_poster_draw_sheet (cairo_t             *cr,
                              guint                columns,
                              guint                rows,
                              guint                sheet,
                              double               sheet_width,
                              double               sheet_height,
                              KoersPosterDrawFunc  draw,
                              gpointer             user_data);

G_END_DECLS
