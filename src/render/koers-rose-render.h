/* koers-rose-render.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "koers-plan.h"
#include "koers-render-options.h"

G_BEGIN_DECLS

typedef struct
{
  KoersRenderStyle  style;
  gboolean          blank;      /* workshop version: no scores, room to write */
  const char       *date;       /* date line; NULL for today (d-m-yyyy) */
  gboolean          show_title; /* organisation and date above the rose */
  gboolean          show_mix;   /* the 80/20 share of value posts near Sending */
  gboolean          show_notes; /* each part's notes and actions under headings
                                 * (lines to write on, when blank), below the
                                 * rose on a tall page, beside it on a wide one */
  int               focus_part; /* a KoersRosePartKind with a focus ring, or -1 */
} KoersRoseOptions;

void koers_rose_options_init  (KoersRoseOptions       *opts);

void koers_rose_render        (cairo_t                *cr,
                               KoersPlan              *plan,
                               const KoersRoseOptions *opts,
                               double                  width,
                               double                  height);
void koers_rose_part_geometry (const KoersRoseOptions *opts,
                               KoersRosePartKind       part,
                               double                  width,
                               double                  height,
                               double                 *cx,
                               double                 *cy,
                               double                 *angle_start,
                               double                 *angle_end,
                               double                 *inner_radius,
                               double                 *ring_width);
int  koers_rose_hit_test      (const KoersRoseOptions *opts,
                               double                  width,
                               double                  height,
                               double                  x,
                               double                  y,
                               int                    *score);
const char *koers_rose_part_get_label (KoersRosePartKind part);

G_END_DECLS
