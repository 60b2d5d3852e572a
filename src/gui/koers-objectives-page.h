/* koers-objectives-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_OBJECTIVES_PAGE (koers_objectives_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersObjectivesPage, koers_objectives_page, KOERS, OBJECTIVES_PAGE, KoersPage)

G_END_DECLS
