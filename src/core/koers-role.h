/* koers-role.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ROLE (koers_role_get_type ())
G_DECLARE_FINAL_TYPE (KoersRole, koers_role, KOERS, ROLE, GObject)

KoersRole  *koers_role_new (void);
const char *koers_role_get_id (KoersRole *self);
void        koers_role_set_id (KoersRole  *self,
                               const char *id);
const char *koers_role_get_name (KoersRole *self);
void        koers_role_set_name (KoersRole  *self,
                                 const char *name);
const char *koers_role_get_person (KoersRole *self);
void        koers_role_set_person (KoersRole  *self,
                                   const char *person);
double      koers_role_get_hours_per_week (KoersRole *self);
void        koers_role_set_hours_per_week (KoersRole *self,
                                           double     hours_per_week);

G_END_DECLS
