/* koers-month-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-calendar-filter.h"
#include "koers-calendar-item.h"
#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MONTH_VIEW (koers_month_view_get_type ())
G_DECLARE_FINAL_TYPE (KoersMonthView, koers_month_view, KOERS, MONTH_VIEW, GtkWidget)

GtkWidget   *koers_month_view_new           (void);
void         koers_month_view_set_plan      (KoersMonthView      *self,
                                             KoersPlan           *plan);
void         koers_month_view_set_filter    (KoersMonthView      *self,
                                             KoersCalendarFilter *filter);
const GDate *koers_month_view_get_month     (KoersMonthView      *self);
void         koers_month_view_set_month     (KoersMonthView      *self,
                                             const GDate         *date);
void         koers_month_view_shift_month   (KoersMonthView      *self,
                                             int                  months);
const GDate *koers_month_view_get_focus_date (KoersMonthView     *self);
void         koers_month_view_focus_date    (KoersMonthView      *self,
                                             const GDate         *date);
GtkWidget   *koers_month_view_get_cell      (KoersMonthView      *self,
                                             const GDate         *date);
void         koers_month_view_set_selection (KoersMonthView      *self,
                                             GPtrArray           *entries);
void         koers_month_view_set_marks     (KoersMonthView      *self,
                                             GHashTable          *gap_days,
                                             GHashTable          *week_notes);
guint        koers_month_view_get_n_pooled  (KoersMonthView      *self);
guint        koers_month_view_get_n_chips   (KoersMonthView      *self);

G_END_DECLS
