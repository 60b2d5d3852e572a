/* koers-file-replace.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Replacing a file's contents atomically and durably: plans, recovery
 * copies and their key files, exports.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean koers_file_replace_contents (GFile       *file,
                                      const char  *data,
                                      gsize        length,
                                      GError     **error);
gboolean koers_file_replace_bytes    (GFile       *file,
                                      GBytes      *bytes,
                                      GError     **error);

G_END_DECLS
