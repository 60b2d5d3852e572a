/* koers-clamp.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOERS_TYPE_CLAMP (koers_clamp_get_type ())
G_DECLARE_FINAL_TYPE (KoersClamp, koers_clamp, KOERS, CLAMP, GtkWidget)

#define KOERS_CLAMP_DEFAULT_WIDTH 880

GtkWidget *koers_clamp_new               (void);
GtkWidget *koers_clamp_get_child         (KoersClamp *self);
void       koers_clamp_set_child         (KoersClamp *self,
                                          GtkWidget  *child);
int        koers_clamp_get_maximum_width (KoersClamp *self);
void       koers_clamp_set_maximum_width (KoersClamp *self,
                                          int         width);
void       koers_clamp_wrap_page         (GtkWidget  *page);

G_END_DECLS
