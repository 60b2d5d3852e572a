/* koers-rose-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ROSE_PAGE (koers_rose_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersRosePage, koers_rose_page, KOERS, ROSE_PAGE, KoersPage)

G_END_DECLS
