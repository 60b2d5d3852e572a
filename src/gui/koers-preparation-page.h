/* koers-preparation-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PREPARATION_PAGE (koers_preparation_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersPreparationPage, koers_preparation_page, KOERS, PREPARATION_PAGE, KoersPage)

G_END_DECLS
