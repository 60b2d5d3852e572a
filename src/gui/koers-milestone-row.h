/* koers-milestone-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-milestone.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MILESTONE_ROW (koers_milestone_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersMilestoneRow, koers_milestone_row, KOERS, MILESTONE_ROW, GtkWidget)

GtkWidget *koers_milestone_row_new (KoersMilestone *milestone);

G_END_DECLS
