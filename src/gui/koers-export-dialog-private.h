/* koers-export-dialog-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog's response without the dialog, for the tests; the question
 * before an export replaces a file whose name Koers made, and the message
 * of a failed export, which the calendar's data exports show too.
 */
#pragma once

#include "koers-export-dialog.h"

G_BEGIN_DECLS

typedef void (*KoersExportReplaceFunc) (gpointer data,
                                        gboolean replace);

void _koers_export_ask_replace   (GtkWidget              *widget,
                                  GFile                  *file,
                                  guint                   n_files,
                                  KoersExportReplaceFunc  func,
                                  gpointer                data,
                                  GDestroyNotify          destroy);

void _koers_export_show_error    (GtkWidget              *widget,
                                  const char             *message,
                                  const GError           *error);

void _koers_export_dialog_export (KoersPage          *page,
                                  KoersExportChoices *choices,
                                  KoersRenderStyle    style,
                                  GFile              *file,
                                  guint               chosen,
                                  const char         *error_message);

G_END_DECLS
