/* koers-strategy-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-strategy.h"

G_BEGIN_DECLS

#define KOERS_TYPE_STRATEGY_ROW (koers_strategy_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersStrategyRow, koers_strategy_row, KOERS, STRATEGY_ROW, GtkWidget)

GtkWidget *koers_strategy_row_new (KoersStrategy *strategy);

G_END_DECLS
