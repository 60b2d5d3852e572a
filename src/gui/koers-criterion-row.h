/* koers-criterion-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-criterion.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CRITERION_ROW (koers_criterion_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersCriterionRow, koers_criterion_row, KOERS, CRITERION_ROW, GtkWidget)

GtkWidget *koers_criterion_row_new (KoersCriterion *criterion);

G_END_DECLS
