/* koers-command-line.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-export.h"

G_BEGIN_DECLS

/* Exit statuses of koers --check, --export and --import */
#define KOERS_EXIT_CLEAN       0  /* done */
#define KOERS_EXIT_FINDINGS    1  /* --check found something */
#define KOERS_EXIT_UNREADABLE  2  /* a file to read cannot be read */
#define KOERS_EXIT_NOT_WRITTEN 3  /* the file to write cannot be written */
#define KOERS_EXIT_REFUSED     4  /* --import: the file has rows or events that
                                   * cannot be imported; the plan is unchanged */
#define KOERS_EXIT_USAGE       64 /* a wrong option or value */

int  koers_command_line_check  (GFile       *file,
                                gboolean     json,
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
int      koers_command_line_import             (GFile                    *file,
                                                GFile                    *source,
                                                GString                  *out,
                                                GString                  *err);
gboolean koers_command_line_has_export_options (GVariantDict             *options);
char    *koers_command_line_dup_pages_help     (void);

G_END_DECLS
