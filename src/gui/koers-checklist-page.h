/* koers-checklist-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CHECKLIST_PAGE (koers_checklist_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersChecklistPage, koers_checklist_page, KOERS, CHECKLIST_PAGE, KoersPage)

G_END_DECLS
