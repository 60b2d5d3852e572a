/* koers-sidebar-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOERS_TYPE_SIDEBAR_ROW (koers_sidebar_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersSidebarRow, koers_sidebar_row, KOERS, SIDEBAR_ROW, GtkListBoxRow)

GtkWidget  *koers_sidebar_row_new          (GtkStackPage    *page);
const char *koers_sidebar_row_get_page_name (KoersSidebarRow *self);
void        koers_sidebar_row_set_progress (KoersSidebarRow *self,
                                            guint            done,
                                            guint            total);

G_END_DECLS
