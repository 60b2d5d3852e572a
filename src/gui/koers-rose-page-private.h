/* koers-rose-page-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-rose-page.h"

G_BEGIN_DECLS

void _koers_rose_page_export (KoersRosePage *self,
                              GFile         *file,
                              guint          chosen);

G_END_DECLS
