/* koers-plan-io-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-plan-io.h"

G_BEGIN_DECLS

/* The text of a plan in pieces: made on the main loop from the items' cached
 * texts (quick), joined into one text in a thread. */
typedef struct _KoersPlanText KoersPlanText;

KoersPlanText *_koers_plan_io_to_text    (KoersPlan     *plan,
                                          GError       **error);
GBytes        *_koers_plan_text_join     (KoersPlanText *text);
void           _koers_plan_text_free     (KoersPlanText *text);
void           _koers_plan_io_drop_cache (KoersPlan     *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersPlanText, _koers_plan_text_free)

G_END_DECLS
