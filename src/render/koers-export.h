/* koers-export.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-plan.h"
#include "koers-render-options.h"

G_BEGIN_DECLS

#define KOERS_EXPORT_ERROR (koers_export_error_quark ())

typedef enum
{
  KOERS_EXPORT_ERROR_UNKNOWN_FORMAT,
  KOERS_EXPORT_ERROR_RENDER,
  KOERS_EXPORT_ERROR_UNKNOWN_PAGE,
  KOERS_EXPORT_ERROR_POSTER_FORMAT,
} KoersExportError;

typedef enum
{
  KOERS_EXPORT_PAPER_A4,
  KOERS_EXPORT_PAPER_A3,
} KoersExportPaper;

typedef struct
{
  const char       *page;           /* a KoersPrintable id; NULL for the default */
  gboolean          blank;
  KoersExportPaper  paper;
  gboolean          landscape;
  KoersRenderStyle  style;
  int               png_width;      /* pixels; 0 for the default, 2000 */
  const char       *date;           /* date line; NULL for today */
  guint             poster_columns; /* PDF only: a poster of columns x rows */
  guint             poster_rows;    /* sheets; 1 x 1 is one sheet */
  GDate             from;           /* the calendar's days (--from, --to, */
  GDate             to;             /* --month); cleared: the plan's period */
} KoersExportOptions;

#define KOERS_EXPORT_DEFAULT_PNG_WIDTH 2000

GQuark   koers_export_error_quark   (void);
void     koers_export_options_init  (KoersExportOptions        *opts);
void     koers_export_get_page_size (KoersExportPaper           paper,
                                     gboolean                   landscape,
                                     double                    *width_pt,
                                     double                    *height_pt);
guint    koers_export_get_n_sheets  (KoersPlan                 *plan,
                                     const KoersExportOptions  *opts);
guint    koers_export_get_n_files   (KoersPlan                 *plan,
                                     GFile                     *out,
                                     const KoersExportOptions  *opts);
GFile   *koers_export_dup_page_file (GFile                     *out,
                                     guint                      page,
                                     guint                      n_files);
char    *koers_export_name_for_format (const char          *name,
                                       const char          *chosen,
                                       const char          *suggested);
gboolean koers_export_check         (GFile                     *out,
                                     const KoersExportOptions  *opts,
                                     GError                   **error);
gboolean koers_export_to_file       (KoersPlan                 *plan,
                                     GFile                     *out,
                                     GError                   **error);
gboolean koers_export_to_file_full  (KoersPlan                 *plan,
                                     GFile                     *out,
                                     const KoersExportOptions  *opts,
                                     GError                   **error);
void     koers_export_to_file_async  (KoersPlan                 *plan,
                                      GFile                     *out,
                                      const KoersExportOptions  *opts,
                                      GCancellable              *cancellable,
                                      GAsyncReadyCallback        callback,
                                      gpointer                   user_data);
gboolean koers_export_to_file_finish (GAsyncResult              *result,
                                      GError                   **error);

G_END_DECLS
