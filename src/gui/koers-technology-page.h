/* koers-technology-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_TECHNOLOGY_PAGE (koers_technology_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersTechnologyPage, koers_technology_page, KOERS, TECHNOLOGY_PAGE, KoersPage)

G_END_DECLS
