/* koers-maturity-render.h
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
  gboolean          blank;          /* workshop version: no shares, room to write */
  const char       *date;           /* date line; NULL for today (d-m-yyyy) */
  gboolean          show_title;     /* organisation and date above the steps */
  gboolean          show_previous;  /* the latest assessment beside each share */
  gboolean          show_guidance;  /* below the steps, when there is room: the
                                     * rule and the current phase's next step */
  int               selected_phase; /* a KoersPhase drawn as chosen, or -1 */
  int               focus_phase;    /* a KoersPhase with a focus ring, or -1 */
} KoersMaturityOptions;

void koers_maturity_options_init   (KoersMaturityOptions       *opts);

void koers_maturity_render         (cairo_t                    *cr,
                                    KoersPlan                  *plan,
                                    const KoersMaturityOptions *opts,
                                    double                      width,
                                    double                      height);
void koers_maturity_step_geometry  (const KoersMaturityOptions *opts,
                                    KoersPhase                  phase,
                                    double                      width,
                                    double                      height,
                                    double                     *x,
                                    double                     *y,
                                    double                     *step_width,
                                    double                     *step_height);
int  koers_maturity_hit_test       (const KoersMaturityOptions *opts,
                                    double                      width,
                                    double                      height,
                                    double                      x,
                                    double                      y);

G_END_DECLS
