/* koers-command-line.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-export.h"

G_BEGIN_DECLS

/* Exit statuses of koers --check and --export */
#define KOERS_EXIT_CLEAN       0
#define KOERS_EXIT_FINDINGS    1
#define KOERS_EXIT_UNREADABLE  2
#define KOERS_EXIT_NOT_WRITTEN 3
#define KOERS_EXIT_USAGE       64

int  koers_command_line_check  (GFile       *file,
                                GString     *out,
                                GString     *err);
int      koers_command_line_export             (GFile                    *file,
                                                GFile                    *target,
                                                const KoersExportOptions *opts,
                                                GString                  *out,
                                                GString                  *err);
int      koers_command_line_export_options     (GVariantDict             *options,
                                                KoersExportOptions       *opts,
                                                GString                  *err);
gboolean koers_command_line_has_export_options (GVariantDict             *options);
char    *koers_command_line_dup_pages_help     (void);

G_END_DECLS
