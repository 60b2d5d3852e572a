/* koers-objective-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-objective.h"

G_BEGIN_DECLS

#define KOERS_TYPE_OBJECTIVE_ROW (koers_objective_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersObjectiveRow, koers_objective_row, KOERS, OBJECTIVE_ROW, GtkWidget)

GtkWidget *koers_objective_row_new (KoersObjective *objective);

G_END_DECLS
