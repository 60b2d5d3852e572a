/* koers-maturity-view-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entry points for the UI tests: the view's own click and key handlers,
 * since GTK 4 cannot synthesise pointer and key events publicly.
 */
#pragma once

#include "koers-maturity-render.h"
#include "koers-maturity-view.h"

G_BEGIN_DECLS

gboolean _koers_maturity_view_click       (KoersMaturityView    *self,
                                           double                x,
                                           double                y);
gboolean _koers_maturity_view_key         (KoersMaturityView    *self,
                                           guint                 keyval,
                                           GdkModifierType       state);
void     _koers_maturity_view_get_options (KoersMaturityView    *self,
                                           KoersMaturityOptions *opts);

G_END_DECLS
