/* koers-target-group.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_TARGET_GROUP (koers_target_group_get_type ())
G_DECLARE_FINAL_TYPE (KoersTargetGroup, koers_target_group, KOERS, TARGET_GROUP, GObject)

KoersTargetGroup *koers_target_group_new (void);
const char       *koers_target_group_get_name (KoersTargetGroup *self);
void              koers_target_group_set_name (KoersTargetGroup *self,
                                               const char       *name);
const char       *koers_target_group_get_description (KoersTargetGroup *self);
void              koers_target_group_set_description (KoersTargetGroup *self,
                                                      const char       *description);
const char       *koers_target_group_get_ideal_customer (KoersTargetGroup *self);
void              koers_target_group_set_ideal_customer (KoersTargetGroup *self,
                                                         const char       *ideal_customer);
KoersAdoption     koers_target_group_get_adoption (KoersTargetGroup *self);
void              koers_target_group_set_adoption (KoersTargetGroup *self,
                                                   KoersAdoption     adoption);
GListModel       *koers_target_group_get_networks (KoersTargetGroup *self);

G_END_DECLS
