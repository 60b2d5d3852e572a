/* koers-report-render-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-report-render.h"

G_BEGIN_DECLS

char *_koers_report_render_describe (KoersPlan                *plan,
                                     const KoersRenderOptions *opts,
                                     double                    width,
                                     double                    height);

G_END_DECLS
