/* koers-split-layout.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOERS_TYPE_SPLIT_LAYOUT (koers_split_layout_get_type ())
G_DECLARE_FINAL_TYPE (KoersSplitLayout, koers_split_layout, KOERS, SPLIT_LAYOUT, GtkLayoutManager)

GtkLayoutManager *koers_split_layout_new       (void);
gboolean          koers_split_layout_is_split  (KoersSplitLayout *self,
                                                int               width);

G_END_DECLS
