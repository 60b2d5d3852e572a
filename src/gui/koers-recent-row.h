/* koers-recent-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOERS_TYPE_RECENT_ROW (koers_recent_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersRecentRow, koers_recent_row, KOERS, RECENT_ROW, GtkListBoxRow)

GtkWidget *koers_recent_row_new      (GFile          *file);
GFile     *koers_recent_row_get_file (KoersRecentRow *self);

G_END_DECLS
