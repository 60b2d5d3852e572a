/* koers-rose-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-plan.h"
#include "koers-render-options.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ROSE_VIEW (koers_rose_view_get_type ())
G_DECLARE_FINAL_TYPE (KoersRoseView, koers_rose_view, KOERS, ROSE_VIEW, GtkWidget)

GtkWidget      *koers_rose_view_new             (void);
KoersPlan      *koers_rose_view_get_plan        (KoersRoseView  *self);
void            koers_rose_view_set_plan        (KoersRoseView  *self,
                                                 KoersPlan      *plan);
gboolean        koers_rose_view_get_edit_target (KoersRoseView  *self);
void            koers_rose_view_set_edit_target (KoersRoseView  *self,
                                                 gboolean        edit_target);
KoersRenderStyle koers_rose_view_get_style       (KoersRoseView  *self);
void            koers_rose_view_set_style       (KoersRoseView  *self,
                                                 KoersRenderStyle style);
int             koers_rose_view_get_focus_part  (KoersRoseView  *self);
void            koers_rose_view_set_focus_part  (KoersRoseView  *self,
                                                 int             part);

G_END_DECLS
