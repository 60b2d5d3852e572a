/* koers-render-util.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every printable draws with: the palette in its three styles, and
 * text in the renderers' font at sizes in user units.
 */
#pragma once

#include <cairo.h>

#include "koers-render-options.h"

G_BEGIN_DECLS

typedef struct
{
  double r, g, b;
} KoersRgb;

#define KOERS_RENDER_N_COLOURS 5

/* GNOME palette: blue 3, green 5, orange 3, purple 3, yellow 5; and for
 * the grey style, greys a printer tells apart, in the same order. */
extern const KoersRgb koers_render_colours[KOERS_RENDER_N_COLOURS];
extern const double   koers_render_greys[KOERS_RENDER_N_COLOURS];
extern const KoersRgb koers_render_ink;   /* text */
extern const KoersRgb koers_render_guide; /* guide lines */

void    koers_render_set_rgb       (cairo_t          *cr,
                                    const KoersRgb   *colour,
                                    double            alpha);
void    koers_render_set_ink       (cairo_t          *cr,
                                    KoersRenderStyle  style);
void    koers_render_set_guide     (cairo_t          *cr,
                                    KoersRenderStyle  style);
void    koers_render_set_strong    (cairo_t          *cr,
                                    KoersRenderStyle  style,
                                    guint             colour);
double  koers_render_measure_text  (const char       *text,
                                    double            size,
                                    gboolean          bold);
double  koers_render_text          (cairo_t          *cr,
                                    const char       *text,
                                    double            size,
                                    gboolean          bold,
                                    double            x,
                                    double            y,
                                    double            ax,
                                    double           *out_width);
double  koers_render_text_full     (cairo_t          *cr,
                                    const char       *text,
                                    double            size,
                                    gboolean          bold,
                                    double            x,
                                    double            y,
                                    double            ax,
                                    double            wrap_width,
                                    double            max_height,
                                    double           *out_width);
char   *koers_render_dup_date      (const char       *date);

G_END_DECLS
