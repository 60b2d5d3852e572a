/* koers-date-button.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOERS_TYPE_DATE_BUTTON (koers_date_button_get_type ())
G_DECLARE_FINAL_TYPE (KoersDateButton, koers_date_button, KOERS, DATE_BUTTON, GtkWidget)

GtkWidget   *koers_date_button_new      (void);
const GDate *koers_date_button_get_date (KoersDateButton *self);
void         koers_date_button_set_date (KoersDateButton *self,
                                         const GDate     *date);
GBinding    *koers_date_button_bind     (KoersDateButton *self,
                                         gpointer         item,
                                         const char      *property);

G_END_DECLS
