/* koers-roles.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The RACI matrix as a whole: its letters, the default tasks of a new plan,
 * editing one cell, and its CSV form.
 */
#pragma once

#include <gio/gio.h>

#include "koers-plan.h"
#include "koers-task.h"

G_BEGIN_DECLS

const char *koers_raci_get_letter        (KoersRaci   letter);
const char *koers_raci_get_title         (KoersRaci   letter);
gboolean    koers_raci_from_letter       (gunichar    c,
                                          gboolean    rasci,
                                          KoersRaci  *letter);
KoersRaci   koers_raci_next              (KoersRaci   letter,
                                          gboolean    rasci);

void        koers_roles_add_default_tasks (KoersPlan  *plan);
KoersRaci   koers_roles_get_letter       (KoersTask  *task,
                                          const char *role_id);
void        koers_roles_set_letter       (KoersPlan  *plan,
                                          KoersTask  *task,
                                          const char *role_id,
                                          KoersRaci   letter);
void        koers_roles_remove_role      (KoersPlan  *plan,
                                          KoersRole  *role);
char       *koers_roles_to_csv           (KoersPlan  *plan,
                                          gboolean    blank);

G_END_DECLS
