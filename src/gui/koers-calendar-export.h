/* koers-calendar-export.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar page's Export ▸ CSV table…: a save dialog for .csv, and the
 * export of the calendar's table (the plan's period) in a thread; the
 * page's status line then says where the file went.
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-export-status.h"
#include "koers-page.h"

G_BEGIN_DECLS

GtkFileChooserNative *koers_calendar_export_csv_show (KoersPage         *page,
                                                      KoersExportStatus *status);

/* The dialog's response without the dialog, for the tests */
void                  _koers_calendar_export_csv     (KoersPage         *page,
                                                      KoersExportStatus *status,
                                                      GFile             *file);

G_END_DECLS
