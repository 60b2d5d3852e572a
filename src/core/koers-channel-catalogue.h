/* koers-channel-catalogue.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-channel.h"

G_BEGIN_DECLS

guint         koers_channel_catalogue_get_n_items (void);
const char   *koers_channel_catalogue_get_name    (guint       position);
const char   *koers_channel_catalogue_get_purpose (guint       position);
const char   *koers_channel_catalogue_get_colour  (guint       position);
KoersChannel *koers_channel_catalogue_new_channel (guint       position,
                                                   GListModel *channels);

G_END_DECLS
