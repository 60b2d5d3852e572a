/* koers-assessment-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-assessment.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ASSESSMENT_ROW (koers_assessment_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersAssessmentRow, koers_assessment_row, KOERS, ASSESSMENT_ROW, GtkWidget)

GtkWidget *koers_assessment_row_new (KoersAssessment *assessment);

G_END_DECLS
