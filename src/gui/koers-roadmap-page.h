/* koers-roadmap-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ROADMAP_PAGE (koers_roadmap_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersRoadmapPage, koers_roadmap_page, KOERS, ROADMAP_PAGE, KoersPage)

G_END_DECLS
