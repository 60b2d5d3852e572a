/* koers-check-private.h: what the checks of each area share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-check.h"
#include "koers-task.h"

G_BEGIN_DECLS

G_GNUC_PRINTF (5, 6)
void _koers_check_add_finding (GPtrArray        *findings,
                               KoersFindingKind  kind,
                               KoersArea         area,
                               const char       *location,
                               const char       *format,
                               ...);

void   _koers_check_roles                   (KoersPlan  *plan,
                                            GPtrArray  *findings);
double koers_check_planned_hours_per_week   (KoersPlan  *plan,
                                            const char *owner_id);
/* koers-check-maturity.c */
void     _koers_check_maturity           (KoersPlan *plan,
                                          GPtrArray *findings);
gboolean _koers_check_is_governance_task (KoersTask *task);

G_END_DECLS
