/* koers-maturity-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MATURITY_PAGE (koers_maturity_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersMaturityPage, koers_maturity_page, KOERS, MATURITY_PAGE, KoersPage)

G_END_DECLS
