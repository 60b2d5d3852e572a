/* koers-strategy.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_STRATEGY (koers_strategy_get_type ())
G_DECLARE_FINAL_TYPE (KoersStrategy, koers_strategy, KOERS, STRATEGY, GObject)

KoersStrategy     *koers_strategy_new (void);
KoersStrategyKind  koers_strategy_get_kind (KoersStrategy *self);
void               koers_strategy_set_kind (KoersStrategy     *self,
                                            KoersStrategyKind  kind);
const char        *koers_strategy_get_title (KoersStrategy *self);
void               koers_strategy_set_title (KoersStrategy *self,
                                             const char    *title);
const char        *koers_strategy_get_description (KoersStrategy *self);
void               koers_strategy_set_description (KoersStrategy *self,
                                                   const char    *description);

G_END_DECLS
