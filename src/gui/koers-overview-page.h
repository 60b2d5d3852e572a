/* koers-overview-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_OVERVIEW_PAGE (koers_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersOverviewPage, koers_overview_page, KOERS, OVERVIEW_PAGE, KoersPage)

G_END_DECLS
