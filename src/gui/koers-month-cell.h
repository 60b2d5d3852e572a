/* koers-month-cell.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-calendar-index.h"
#include "koers-plan.h"

G_BEGIN_DECLS

typedef enum
{
  KOERS_MONTH_CELL_OTHER_MONTH = 1 << 0,
  KOERS_MONTH_CELL_TODAY       = 1 << 1,
  KOERS_MONTH_CELL_IN_PERIOD   = 1 << 2,
  KOERS_MONTH_CELL_GAP         = 1 << 3,
} KoersMonthCellFlags;

#define KOERS_TYPE_MONTH_CELL (koers_month_cell_get_type ())
G_DECLARE_FINAL_TYPE (KoersMonthCell, koers_month_cell, KOERS, MONTH_CELL, GtkWidget)

typedef GtkWidget *(*KoersChipFactory) (gpointer user_data);

GtkWidget   *koers_month_cell_new             (GPtrArray           *pool,
                                               KoersChipFactory     factory,
                                               gpointer             factory_data);
void         koers_month_cell_set_day         (KoersMonthCell      *self,
                                               const GDate         *date,
                                               KoersMonthCellFlags  flags);
const GDate *koers_month_cell_get_date        (KoersMonthCell      *self);
void         koers_month_cell_set_occurrences (KoersMonthCell        *self,
                                               KoersPlan             *plan,
                                               const KoersOccurrence *occurrences,
                                               guint                  n_occurrences);
guint        koers_month_cell_get_n_occurrences (KoersMonthCell    *self);
const KoersOccurrence *koers_month_cell_get_occurrence (KoersMonthCell *self,
                                                        guint           index);
guint        koers_month_cell_get_n_shown     (KoersMonthCell      *self);
GtkWidget   *koers_month_cell_get_chip        (KoersMonthCell      *self,
                                               guint                index);
GtkWidget   *koers_month_cell_get_more_button (KoersMonthCell      *self);
void         koers_month_cell_set_selection   (KoersMonthCell      *self,
                                               GPtrArray           *selected);

G_END_DECLS
