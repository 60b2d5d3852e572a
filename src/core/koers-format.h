/* koers-format.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *koers_format_date         (const GDate *date);
char *koers_format_date_numeric (const GDate *date);
char *koers_format_number       (double       value,
                                 guint        max_decimals);

G_END_DECLS
