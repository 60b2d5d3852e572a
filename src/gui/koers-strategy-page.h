/* koers-strategy-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_STRATEGY_PAGE (koers_strategy_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersStrategyPage, koers_strategy_page, KOERS, STRATEGY_PAGE, KoersPage)

G_END_DECLS
