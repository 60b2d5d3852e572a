/* koers-print.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-plan.h"
#include "koers-render-options.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PRINT (koers_print_get_type ())
G_DECLARE_FINAL_TYPE (KoersPrint, koers_print, KOERS, PRINT, GtkPrintOperation)

KoersPrint *koers_print_new       (KoersPlan      *plan);
void        koers_print_set_style (KoersPrint     *self,
                                   KoersRoseStyle  style);
void        koers_print_set_blank (KoersPrint     *self,
                                   gboolean        blank);
void        koers_print_set_tiles (KoersPrint     *self,
                                   guint           tiles);
void        koers_print_run       (KoersPrint     *self,
                                   GtkWindow      *parent);

G_END_DECLS
