/* koers-overview-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_TYPE_OVERVIEW_PAGE (koers_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersOverviewPage, koers_overview_page, KOERS, OVERVIEW_PAGE, GtkWidget)

KoersPlan *koers_overview_page_get_plan (KoersOverviewPage *self);
void       koers_overview_page_set_plan (KoersOverviewPage *self,
                                         KoersPlan         *plan);

G_END_DECLS
