/* koers-goal-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-goal.h"

G_BEGIN_DECLS

#define KOERS_TYPE_GOAL_ROW (koers_goal_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersGoalRow, koers_goal_row, KOERS, GOAL_ROW, GtkWidget)

GtkWidget *koers_goal_row_new (KoersGoal *goal);

G_END_DECLS
