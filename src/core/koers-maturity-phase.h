/* koers-maturity-phase.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MATURITY_PHASE (koers_maturity_phase_get_type ())
G_DECLARE_FINAL_TYPE (KoersMaturityPhase, koers_maturity_phase, KOERS, MATURITY_PHASE, GObject)

KoersMaturityPhase *koers_maturity_phase_new (void);
KoersPhase          koers_maturity_phase_get_phase (KoersMaturityPhase *self);
void                koers_maturity_phase_set_phase (KoersMaturityPhase *self,
                                                    KoersPhase          phase);
const char         *koers_maturity_phase_get_notes (KoersMaturityPhase *self);
void                koers_maturity_phase_set_notes (KoersMaturityPhase *self,
                                                    const char         *notes);
GListModel         *koers_maturity_phase_get_criteria (KoersMaturityPhase *self);

G_END_DECLS
