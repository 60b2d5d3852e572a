/* koers-render-options.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Options shared by the renderers (screen, print and export).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KOERS_ROSE_STYLE_COLOUR, /* one palette colour per part */
  KOERS_ROSE_STYLE_GREY,   /* greys of distinct lightness */
  KOERS_ROSE_STYLE_BW,     /* black lines and hatching only */
} KoersRoseStyle;

typedef struct
{
  KoersRoseStyle  style;
  gboolean        blank;      /* workshop version: no scores, room to write */
  const char     *date;       /* date line; NULL for today (d-m-yyyy) */
  gboolean        show_title; /* organisation and date above the rose */
  gboolean        show_mix;   /* the 80/20 share of value posts near Sending */
  gboolean        show_notes; /* on a tall page: each part's actions (or lines
                               * to write on, when blank) below the rose */
  int             focus_part; /* a KoersRosePartKind with a focus ring, or -1 */
} KoersRoseOptions;

void koers_rose_options_init (KoersRoseOptions *opts);

G_END_DECLS
