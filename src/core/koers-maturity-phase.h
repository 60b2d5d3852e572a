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
guint               koers_maturity_phase_count_met (KoersMaturityPhase *self,
                                                    guint              *n_criteria);
gboolean            koers_maturity_phase_is_reached (KoersMaturityPhase *self);

gboolean            koers_phase_share_is_reached (guint       met,
                                                  guint       n_criteria);
const char         *koers_phase_get_name     (KoersPhase  phase);
const char         *koers_phase_get_tagline  (KoersPhase  phase);
const char         *koers_phase_get_guidance (KoersPhase  phase);
const char         *koers_maturity_get_rule  (void);

G_END_DECLS
