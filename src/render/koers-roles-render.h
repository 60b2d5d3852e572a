/* koers-roles-render.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "koers-plan.h"
#include "koers-render-options.h"

G_BEGIN_DECLS

guint koers_roles_render_n_pages (KoersPlan                *plan,
                                  const KoersRenderOptions *opts,
                                  double                    width,
                                  double                    height);
void  koers_roles_render_page    (cairo_t                  *cr,
                                  KoersPlan                *plan,
                                  const KoersRenderOptions *opts,
                                  guint                     page,
                                  double                    width,
                                  double                    height);

G_END_DECLS
