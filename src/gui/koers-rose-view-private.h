/* koers-rose-view-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entry points for the UI tests: they run the view's own click and key
 * handlers, since synthesising pointer and key events is not possible
 * through GTK 4's public API.
 */
#pragma once

#include "koers-rose-render.h"
#include "koers-rose-view.h"

G_BEGIN_DECLS

gboolean _koers_rose_view_click (KoersRoseView   *self,
                                 double           x,
                                 double           y,
                                 gboolean         target);
gboolean _koers_rose_view_key   (KoersRoseView   *self,
                                 guint            keyval,
                                 GdkModifierType  state);
char    *_koers_rose_view_dup_description (KoersRoseView    *self);
void     _koers_rose_view_get_options     (KoersRoseView    *self,
                                           KoersRoseOptions *opts);

G_END_DECLS
