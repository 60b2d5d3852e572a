/* koers-roles-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-page.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ROLES_PAGE (koers_roles_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersRolesPage, koers_roles_page, KOERS, ROLES_PAGE, KoersPage)

GtkWidget *koers_roles_page_get_cell (KoersRolesPage *self,
                                      guint           task,
                                      guint           role);
GtkWidget *koers_roles_page_get_header (KoersRolesPage *self,
                                        gboolean        is_task,
                                        guint           index);

G_END_DECLS
