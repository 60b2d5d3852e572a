/* koers-example.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GFile *koers_example_find (void);

G_END_DECLS
