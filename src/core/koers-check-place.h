/* koers-check-place.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-check.h"
#include "koers-plan.h"

G_BEGIN_DECLS

char *koers_check_dup_place (KoersPlan          *plan,
                             const KoersFinding *finding);

G_END_DECLS
