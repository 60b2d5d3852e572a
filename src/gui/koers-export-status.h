/* koers-export-status.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOERS_TYPE_EXPORT_STATUS (koers_export_status_get_type ())
G_DECLARE_FINAL_TYPE (KoersExportStatus, koers_export_status, KOERS, EXPORT_STATUS, GtkWidget)

GtkWidget  *koers_export_status_new      (void);
void        koers_export_status_show     (KoersExportStatus *self,
                                          GFile             *file);
void        koers_export_status_show_files (KoersExportStatus *self,
                                            GFile             *first,
                                            guint              n_files);
void        koers_export_status_hide     (KoersExportStatus *self);
GFile      *koers_export_status_get_file (KoersExportStatus *self);
const char *koers_export_status_get_text (KoersExportStatus *self);
char       *koers_export_status_dup_where (GFile            *file);

G_END_DECLS
