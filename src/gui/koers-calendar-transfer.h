/* koers-calendar-transfer.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-calendar-import.h"
#include "koers-export-status.h"
#include "koers-page.h"

G_BEGIN_DECLS

GtkFileChooserNative *koers_calendar_transfer_import      (KoersPage         *page);
void                  koers_calendar_transfer_import_file (KoersPage         *page,
                                                           GFile             *file);
char                 *koers_calendar_transfer_dup_summary (guint              added,
                                                           guint              updated);

G_END_DECLS
