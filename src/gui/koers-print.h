/* koers-print.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-page.h"
#include "koers-plan.h"
#include "koers-printable.h"

G_BEGIN_DECLS

/**
 * KoersPrintRange:
 * @KOERS_PRINT_RANGE_MONTH: the month the page shows
 * @KOERS_PRINT_RANGE_PERIOD: the plan's period
 * @KOERS_PRINT_RANGE_MONTHS: from one month up to and including another
 *
 * Which months a printable of the calendar (%KOERS_PRINTABLE_RANGE)
 * prints and exports.
 */
typedef enum
{
  KOERS_PRINT_RANGE_MONTH,
  KOERS_PRINT_RANGE_PERIOD,
  KOERS_PRINT_RANGE_MONTHS,
} KoersPrintRange;

void                      koers_print_range_resolve  (KoersPrintRange           range,
                                                      const GDate              *shown,
                                                      const GDate              *first,
                                                      const GDate              *last,
                                                      GDate                    *from,
                                                      GDate                    *to);

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
void                      koers_print_set_range      (KoersPrint               *self,
                                                      KoersPrintRange           range,
                                                      const GDate              *first,
                                                      const GDate              *last);
KoersPrintRange           koers_print_get_range      (KoersPrint               *self);
void                      koers_print_run            (KoersPrint               *self,
                                                      GtkWindow                *parent);
const KoersPrintable     *koers_print_pick_printable (KoersPage                *page);

G_END_DECLS
