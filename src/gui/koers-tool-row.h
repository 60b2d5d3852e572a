/* koers-tool-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-tool.h"

G_BEGIN_DECLS

#define KOERS_TYPE_TOOL_ROW (koers_tool_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersToolRow, koers_tool_row, KOERS, TOOL_ROW, GtkWidget)

GtkWidget *koers_tool_row_new (KoersTool *tool);

G_END_DECLS
