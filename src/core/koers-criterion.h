/* koers-criterion.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CRITERION (koers_criterion_get_type ())
G_DECLARE_FINAL_TYPE (KoersCriterion, koers_criterion, KOERS, CRITERION, GObject)

KoersCriterion *koers_criterion_new (void);
const char     *koers_criterion_get_text (KoersCriterion *self);
void            koers_criterion_set_text (KoersCriterion *self,
                                          const char     *text);
gboolean        koers_criterion_get_done (KoersCriterion *self);
void            koers_criterion_set_done (KoersCriterion *self,
                                          gboolean        done);
const char     *koers_criterion_get_note (KoersCriterion *self);
void            koers_criterion_set_note (KoersCriterion *self,
                                          const char     *note);

G_END_DECLS
