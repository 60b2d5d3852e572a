/* koers-maturity-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-plan.h"
#include "koers-render-options.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MATURITY_VIEW (koers_maturity_view_get_type ())
G_DECLARE_FINAL_TYPE (KoersMaturityView, koers_maturity_view, KOERS, MATURITY_VIEW, GtkWidget)

GtkWidget        *koers_maturity_view_new                (void);
KoersPlan        *koers_maturity_view_get_plan           (KoersMaturityView *self);
void              koers_maturity_view_set_plan           (KoersMaturityView *self,
                                                          KoersPlan         *plan);
KoersRenderStyle  koers_maturity_view_get_style          (KoersMaturityView *self);
void              koers_maturity_view_set_style          (KoersMaturityView *self,
                                                          KoersRenderStyle   style);
int               koers_maturity_view_get_selected_phase (KoersMaturityView *self);
void              koers_maturity_view_set_selected_phase (KoersMaturityView *self,
                                                          int                phase);

G_END_DECLS
