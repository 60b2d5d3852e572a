/* koers-network-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-network-use.h"

G_BEGIN_DECLS

#define KOERS_TYPE_NETWORK_ROW (koers_network_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersNetworkRow, koers_network_row, KOERS, NETWORK_ROW, GtkWidget)

GtkWidget *koers_network_row_new (KoersNetworkUse *use);

G_END_DECLS
