/* koers-week-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-calendar-filter.h"
#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_TYPE_WEEK_VIEW (koers_week_view_get_type ())
G_DECLARE_FINAL_TYPE (KoersWeekView, koers_week_view, KOERS, WEEK_VIEW, GtkWidget)

GtkWidget   *koers_week_view_new           (void);
void         koers_week_view_set_plan      (KoersWeekView       *self,
                                            KoersPlan           *plan);
void         koers_week_view_set_filter    (KoersWeekView       *self,
                                            KoersCalendarFilter *filter);
const GDate *koers_week_view_get_date      (KoersWeekView       *self);
void         koers_week_view_set_date      (KoersWeekView       *self,
                                            const GDate         *date);
void         koers_week_view_set_selection (KoersWeekView       *self,
                                            GPtrArray           *entries);
gboolean     koers_week_view_position_of   (KoersWeekView       *self,
                                            double               x,
                                            double               y,
                                            GDate               *date,
                                            int                 *time);
int          koers_week_view_get_hour_y    (KoersWeekView       *self,
                                            guint                hour);
GtkWidget   *koers_week_view_get_header    (KoersWeekView       *self);
guint        koers_week_view_get_n_chips   (KoersWeekView       *self);
GtkWidget   *koers_week_view_get_chip      (KoersWeekView       *self,
                                            guint                index);

G_END_DECLS
