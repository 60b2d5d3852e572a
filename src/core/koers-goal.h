/* koers-goal.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_GOAL (koers_goal_get_type ())
G_DECLARE_FINAL_TYPE (KoersGoal, koers_goal, KOERS, GOAL, GObject)

KoersGoal  *koers_goal_new (void);
const char *koers_goal_get_title (KoersGoal *self);
void        koers_goal_set_title (KoersGoal  *self,
                                  const char *title);
const char *koers_goal_get_description (KoersGoal *self);
void        koers_goal_set_description (KoersGoal  *self,
                                        const char *description);

G_END_DECLS
