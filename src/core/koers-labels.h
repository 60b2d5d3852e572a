/* koers-labels.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Translated labels of the domain's vocabularies, in the order of the enum
 * values (koers-enums.h), for drop-downs and views.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *const *koers_labels_adoption          (void);
const char *const *koers_labels_activity          (void);
const char *const *koers_labels_primary_objective (void);
const char *const *koers_labels_strategy_kind     (void);
const char *const *koers_labels_tool_kind         (void);
const char *const *koers_labels_status            (void);

G_END_DECLS
