/* koers-labels.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Translated labels of the domain's vocabularies, in the order of the enum
 * values (koers-enums.h), for the code that shows them outside a template
 * (the plan check). The drop-downs list theirs in their .ui files.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *const *koers_labels_primary_objective (void);
const char        *koers_labels_rose_part         (guint part);

G_END_DECLS
