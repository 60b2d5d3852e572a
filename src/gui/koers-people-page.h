/* koers-people-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PEOPLE_PAGE (koers_people_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersPeoplePage, koers_people_page, KOERS, PEOPLE_PAGE, KoersPage)

G_END_DECLS
