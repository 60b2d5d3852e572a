/* koers-channel-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-channel.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CHANNEL_ROW (koers_channel_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersChannelRow, koers_channel_row, KOERS, CHANNEL_ROW, GtkWidget)

GtkWidget *koers_channel_row_new (KoersChannel *channel);

G_END_DECLS
