/* koers-network-use.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_NETWORK_USE (koers_network_use_get_type ())
G_DECLARE_FINAL_TYPE (KoersNetworkUse, koers_network_use, KOERS, NETWORK_USE, GObject)

KoersNetworkUse *koers_network_use_new (void);
const char      *koers_network_use_get_network (KoersNetworkUse *self);
void             koers_network_use_set_network (KoersNetworkUse *self,
                                                const char      *network);
KoersActivity    koers_network_use_get_activity (KoersNetworkUse *self);
void             koers_network_use_set_activity (KoersNetworkUse *self,
                                                 KoersActivity    activity);
const char      *koers_network_use_get_notes (KoersNetworkUse *self);
void             koers_network_use_set_notes (KoersNetworkUse *self,
                                              const char      *notes);

G_END_DECLS
