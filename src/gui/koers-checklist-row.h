/* koers-checklist-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-checklist-item.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CHECKLIST_ROW (koers_checklist_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersChecklistRow, koers_checklist_row, KOERS, CHECKLIST_ROW, GtkWidget)

GtkWidget *koers_checklist_row_new (KoersChecklistItem *item,
                                    const char         *title,
                                    const char         *explanation);

G_END_DECLS
