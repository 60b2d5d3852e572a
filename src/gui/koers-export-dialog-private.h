/* koers-export-dialog-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog's response without the dialog, for the tests.
 */
#pragma once

#include "koers-export-dialog.h"

G_BEGIN_DECLS

void _koers_export_dialog_export (KoersPage          *page,
                                  KoersExportChoices *choices,
                                  KoersRenderStyle    style,
                                  GFile              *file,
                                  guint               chosen,
                                  const char         *error_message);

G_END_DECLS
