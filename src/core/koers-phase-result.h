/* koers-phase-result.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PHASE_RESULT (koers_phase_result_get_type ())
G_DECLARE_FINAL_TYPE (KoersPhaseResult, koers_phase_result, KOERS, PHASE_RESULT, GObject)

#define KOERS_MAX_CRITERIA 10000 /* the range of a phase result's counts */

KoersPhaseResult *koers_phase_result_new          (void);
KoersPhase        koers_phase_result_get_phase    (KoersPhaseResult *self);
void              koers_phase_result_set_phase    (KoersPhaseResult *self,
                                                   KoersPhase        phase);
guint             koers_phase_result_get_met      (KoersPhaseResult *self);
void              koers_phase_result_set_met      (KoersPhaseResult *self,
                                                   guint             met);
guint             koers_phase_result_get_criteria (KoersPhaseResult *self);
void              koers_phase_result_set_criteria (KoersPhaseResult *self,
                                                   guint             criteria);

G_END_DECLS
