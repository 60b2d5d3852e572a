/* koers-target-group-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-target-group.h"

G_BEGIN_DECLS

#define KOERS_TYPE_TARGET_GROUP_ROW (koers_target_group_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersTargetGroupRow, koers_target_group_row, KOERS, TARGET_GROUP_ROW, GtkWidget)

GtkWidget *koers_target_group_row_new (KoersTargetGroup *group);

G_END_DECLS
