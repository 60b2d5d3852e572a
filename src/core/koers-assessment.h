/* koers-assessment.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ASSESSMENT (koers_assessment_get_type ())
G_DECLARE_FINAL_TYPE (KoersAssessment, koers_assessment, KOERS, ASSESSMENT, GObject)

typedef struct _KoersPlan KoersPlan;

KoersAssessment *koers_assessment_new         (void);
KoersAssessment *koers_assessment_new_from_plan (KoersPlan       *plan,
                                                 const GDate     *date);
const GDate     *koers_assessment_get_date    (KoersAssessment *self);
void             koers_assessment_set_date    (KoersAssessment *self,
                                               const GDate     *date);
KoersPhase       koers_assessment_get_phase   (KoersAssessment *self);
void             koers_assessment_set_phase   (KoersAssessment *self,
                                               KoersPhase       phase);
const char      *koers_assessment_get_note    (KoersAssessment *self);
void             koers_assessment_set_note    (KoersAssessment *self,
                                               const char      *note);
GListModel      *koers_assessment_get_results (KoersAssessment *self);
gboolean         koers_assessment_get_result  (KoersAssessment *self,
                                               KoersPhase       phase,
                                               guint           *met,
                                               guint           *n_criteria);

G_END_DECLS
