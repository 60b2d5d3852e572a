/* koers-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-check.h"
#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_TYPE_WINDOW (koers_window_get_type ())
G_DECLARE_FINAL_TYPE (KoersWindow, koers_window, KOERS, WINDOW, GtkApplicationWindow)

KoersWindow *koers_window_new           (GtkApplication *application);
KoersPlan   *koers_window_get_plan      (KoersWindow    *self);
GFile       *koers_window_get_file      (KoersWindow    *self);
void         koers_window_set_plan      (KoersWindow    *self,
                                         KoersPlan      *plan,
                                         GFile          *file);
void         koers_window_restore       (KoersWindow    *self,
                                         KoersPlan      *plan,
                                         GFile          *file);
void         koers_window_load_file     (KoersWindow    *self,
                                         GFile          *file);
void         koers_window_open_file     (KoersWindow    *self,
                                         GFile          *file);
KoersWindow *koers_window_find_for_file (GtkApplication *application,
                                         GFile          *file);
gboolean     koers_window_show_location (KoersWindow    *self,
                                         KoersArea       area,
                                         const char     *location);

G_END_DECLS
