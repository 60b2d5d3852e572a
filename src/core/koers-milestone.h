/* koers-milestone.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MILESTONE (koers_milestone_get_type ())
G_DECLARE_FINAL_TYPE (KoersMilestone, koers_milestone, KOERS, MILESTONE, GObject)

KoersMilestone *koers_milestone_new (void);
const char     *koers_milestone_get_title (KoersMilestone *self);
void            koers_milestone_set_title (KoersMilestone *self,
                                           const char     *title);
const GDate    *koers_milestone_get_date (KoersMilestone *self);
void            koers_milestone_set_date (KoersMilestone *self,
                                          const GDate    *date);
gboolean        koers_milestone_get_done (KoersMilestone *self);
void            koers_milestone_set_done (KoersMilestone *self,
                                          gboolean        done);
const char     *koers_milestone_get_notes (KoersMilestone *self);
void            koers_milestone_set_notes (KoersMilestone *self,
                                           const char     *notes);

G_END_DECLS
