/* koers-calendar-export.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar page's Export as iCalendar… and Export as CSV table…: a
 * save dialog, and the export in a thread; the page's status line then
 * says where the file went.
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-export-status.h"
#include "koers-page.h"

G_BEGIN_DECLS

typedef enum
{
  KOERS_CALENDAR_EXPORT_ICAL,  /* every entry and series, .ics */
  KOERS_CALENDAR_EXPORT_CSV,   /* every occurrence of the plan's period, .csv */
} KoersCalendarExportFormat;

GtkFileChooserNative *koers_calendar_export_show (KoersPage                *page,
                                                  KoersExportStatus        *status,
                                                  KoersCalendarExportFormat format);

/* The dialog's response without the dialog, for the tests */
void                  _koers_calendar_export_to  (KoersPage                *page,
                                                  KoersExportStatus        *status,
                                                  KoersCalendarExportFormat format,
                                                  GFile                    *file);

G_END_DECLS
