/* koers-csv.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the CSV tables Koers writes share (RFC 4180).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void koers_csv_append_field  (GString    *csv,
                              const char *text);
void koers_csv_append_number (GString    *csv,
                              double      value);
void koers_csv_restore_field (GString    *field);

G_END_DECLS
