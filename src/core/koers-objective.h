/* koers-objective.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_OBJECTIVE (koers_objective_get_type ())
G_DECLARE_FINAL_TYPE (KoersObjective, koers_objective, KOERS, OBJECTIVE, GObject)

KoersObjective *koers_objective_new (void);
const char     *koers_objective_get_title (KoersObjective *self);
void            koers_objective_set_title (KoersObjective *self,
                                           const char     *title);
const char     *koers_objective_get_kpi (KoersObjective *self);
void            koers_objective_set_kpi (KoersObjective *self,
                                         const char     *kpi);
double          koers_objective_get_baseline (KoersObjective *self);
void            koers_objective_set_baseline (KoersObjective *self,
                                              double          baseline);
gboolean        koers_objective_get_has_target (KoersObjective *self);
void            koers_objective_set_has_target (KoersObjective *self,
                                                gboolean        has_target);
double          koers_objective_get_target (KoersObjective *self);
void            koers_objective_set_target (KoersObjective *self,
                                            double          target);
const char     *koers_objective_get_unit (KoersObjective *self);
void            koers_objective_set_unit (KoersObjective *self,
                                          const char     *unit);
const GDate    *koers_objective_get_deadline (KoersObjective *self);
void            koers_objective_set_deadline (KoersObjective *self,
                                              const GDate    *deadline);
const char     *koers_objective_get_goal (KoersObjective *self);
void            koers_objective_set_goal (KoersObjective *self,
                                          const char     *goal);

G_END_DECLS
