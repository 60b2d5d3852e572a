/* koers-render-options.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Options shared by every printable (screen, print and export).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KOERS_RENDER_STYLE_COLOUR, /* the palette's colours */
  KOERS_RENDER_STYLE_GREY,   /* greys of distinct lightness */
  KOERS_RENDER_STYLE_BW,     /* black lines and hatching only */
} KoersRenderStyle;

#define KOERS_POSTER_MAX_SHEETS 3 /* sheets per side of a poster */

typedef struct
{
  KoersRenderStyle  style;
  gboolean          blank;          /* workshop version: no data, room to write */
  const char       *date;           /* date line; NULL for today (d-m-yyyy) */
  guint             poster_columns; /* a poster of columns x rows sheets; */
  guint             poster_rows;    /* 1 x 1 is one sheet */
  GDate             from;           /* the calendar's first and last day; */
  GDate             to;             /* cleared: the plan's period */
} KoersRenderOptions;

void     koers_render_options_init      (KoersRenderOptions       *opts);
gboolean koers_render_options_is_poster (const KoersRenderOptions *opts);

typedef struct _KoersPlan KoersPlan;

void     koers_render_options_get_range (const KoersRenderOptions *opts,
                                         KoersPlan                *plan,
                                         GDate                    *from,
                                         GDate                    *to);

G_END_DECLS
