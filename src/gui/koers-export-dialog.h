/* koers-export-dialog.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Export… dialog every page with a printable shares: a file chooser
 * with the format, style, paper, orientation and blank version, and the
 * export of the page's printable in a thread; the page's status line
 * (koers_export_dialog_set_status()) then says where the file went.
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-export.h"
#include "koers-export-status.h"
#include "koers-page.h"
#include "koers-print.h"

G_BEGIN_DECLS

/* What the last export of a page chose, for the next one. All zero is
 * the defaults: PDF, A4, the month the page shows. */
typedef struct
{
  guint            format;    /* 0 PDF, 1 SVG, 2 PNG */
  gboolean         blank;
  KoersExportPaper paper;
  gboolean         landscape;
  KoersPrintRange  range;     /* the calendar's months; */
  GDate            first;     /* with KOERS_PRINT_RANGE_MONTHS these; */
  GDate            last;      /* invalid: the month the page shows */
} KoersExportChoices;

GtkFileChooserNative *koers_export_dialog_show (KoersPage          *page,
                                                KoersExportChoices *choices,
                                                KoersRenderStyle    style,
                                                const char         *title,
                                                const char         *file_name,
                                                const char         *error_message);

void koers_export_dialog_set_status  (KoersPage         *page,
                                      KoersExportStatus *status);
void koers_export_dialog_hide_status (KoersPage         *page);

G_END_DECLS
