/* koers-print.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-page.h"
#include "koers-plan.h"
#include "koers-printable.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PRINT (koers_print_get_type ())
G_DECLARE_FINAL_TYPE (KoersPrint, koers_print, KOERS, PRINT, GtkPrintOperation)

KoersPrint               *koers_print_new            (KoersPlan                *plan,
                                                      const KoersPrintable     *printable);
const KoersPrintable     *koers_print_get_printable  (KoersPrint               *self);
const KoersRenderOptions *koers_print_get_options    (KoersPrint               *self);
void                      koers_print_set_options    (KoersPrint               *self,
                                                      const KoersRenderOptions *opts);
void                      koers_print_set_style      (KoersPrint               *self,
                                                      KoersRenderStyle          style);
void                      koers_print_set_blank      (KoersPrint               *self,
                                                      gboolean                  blank);
void                      koers_print_set_poster     (KoersPrint               *self,
                                                      guint                     columns,
                                                      guint                     rows);
void                      koers_print_run            (KoersPrint               *self,
                                                      GtkWindow                *parent);
const KoersPrintable     *koers_print_pick_printable (KoersPage                *page);

G_END_DECLS
