/* koers-report-render.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "koers-plan.h"
#include "koers-render-options.h"

G_BEGIN_DECLS

/* The most calendar rows the report lists; the rest are counted. */
#define KOERS_REPORT_MAX_CALENDAR_ROWS 500

guint koers_report_render_n_pages (KoersPlan                *plan,
                                   const KoersRenderOptions *opts,
                                   double                    width,
                                   double                    height);
void  koers_report_render_page    (cairo_t                  *cr,
                                   KoersPlan                *plan,
                                   const KoersRenderOptions *opts,
                                   guint                     page,
                                   double                    width,
                                   double                    height);
guint koers_report_render_get_n_layouts (void);

G_END_DECLS
