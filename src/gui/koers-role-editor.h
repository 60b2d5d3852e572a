/* koers-role-editor.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-role.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ROLE_EDITOR (koers_role_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoersRoleEditor, koers_role_editor, KOERS, ROLE_EDITOR, GtkWidget)

GtkWidget *koers_role_editor_new (KoersRole *role);

G_END_DECLS
