/* koers-maturity-page-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page's parts, for the UI tests.
 */
#pragma once

#include "koers-maturity-page.h"
#include "koers-maturity-view.h"

G_BEGIN_DECLS

KoersMaturityView *_koers_maturity_page_get_view          (KoersMaturityPage *self);
GtkListBox        *_koers_maturity_page_get_criteria_list (KoersMaturityPage *self);

G_END_DECLS
