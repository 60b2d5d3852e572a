/* koers-checklist-summary.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOERS_TYPE_CHECKLIST_SUMMARY (koers_checklist_summary_get_type ())
G_DECLARE_FINAL_TYPE (KoersChecklistSummary, koers_checklist_summary,
                      KOERS, CHECKLIST_SUMMARY, GtkWidget)

void koers_checklist_summary_set_list (KoersChecklistSummary *self,
                                       GListModel            *list);

G_END_DECLS
