/* koers-printable.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "koers-plan.h"
#include "koers-render-options.h"

G_BEGIN_DECLS

/**
 * KoersPrintableFeatures:
 * @KOERS_PRINTABLE_STYLE: drawn in colour, grey or black and white
 * @KOERS_PRINTABLE_BLANK: has a blank workshop version
 * @KOERS_PRINTABLE_POSTER: can be tiled over several sheets
 * @KOERS_PRINTABLE_LANDSCAPE: drawn for landscape paper, which export
 *   and print then use
 * @KOERS_PRINTABLE_RANGE: draws the days of #KoersRenderOptions' from and
 *   to (the calendar): print and export offer a choice of months
 *
 * The options of #KoersRenderOptions a printable heeds; the print dialog
 * offers only these.
 */
typedef enum
{
  KOERS_PRINTABLE_STYLE  = 1 << 0,
  KOERS_PRINTABLE_BLANK  = 1 << 1,
  KOERS_PRINTABLE_POSTER = 1 << 2,
  KOERS_PRINTABLE_LANDSCAPE = 1 << 3,
  KOERS_PRINTABLE_RANGE  = 1 << 4,
} KoersPrintableFeatures;

/**
 * KoersPrintable:
 * @id: the name for `koers --export --page=ID`, the window's pages and
 *   the tests; never translated
 * @name: what it is, marked with N_(); see koers_printable_get_name()
 * @features: the options it heeds
 * @n_pages: how many pages it takes on a page of @width x @height
 * @draw_page: draws page @page (from 0) in @width x @height on @cr,
 *   reading nothing but @plan and @opts; paints no background. On a
 *   poster, koers_render_options_is_poster (@opts) is true and @width x
 *   @height is the whole poster; a row without %KOERS_PRINTABLE_POSTER
 *   never sees a poster
 * @to_csv: (nullable): the printable as a CSV table (RFC 4180, UTF-8), for
 *   an export to `.csv`, or %NULL with its error set when the table cannot
 *   be whole; %NULL when it is no table
 *
 * One row of the table of what Koers prints and exports. Print, export,
 * `--page` and the window's Print action all walk the same table.
 */
typedef struct _KoersPrintable KoersPrintable;

struct _KoersPrintable
{
  const char             *id;
  const char             *name;
  KoersPrintableFeatures  features;

  guint (*n_pages)   (KoersPlan                *plan,
                      const KoersRenderOptions *opts,
                      double                    width,
                      double                    height);
  void  (*draw_page) (cairo_t                  *cr,
                      KoersPlan                *plan,
                      const KoersRenderOptions *opts,
                      guint                     page,
                      double                    width,
                      double                    height);
  char *(*to_csv)    (KoersPlan                 *plan,
                      const KoersRenderOptions  *opts,
                      GError                   **error);
};

const KoersPrintable *koers_printables             (guint                     *n_printables);
const KoersPrintable *koers_printable_lookup       (const char                *id);
const KoersPrintable *koers_printable_get_default  (void);
const char           *koers_printable_get_name     (const KoersPrintable      *self);
char                 *koers_printable_dup_ids      (const char                *separator);
char                 *koers_printable_dup_title    (const KoersPrintable      *self,
                                                    KoersPlan                 *plan);
guint                 koers_printable_get_n_sheets (const KoersPrintable      *self,
                                                    KoersPlan                 *plan,
                                                    const KoersRenderOptions  *opts,
                                                    double                     width,
                                                    double                     height,
                                                    double                     margin);
void                  koers_printable_draw_sheet   (const KoersPrintable      *self,
                                                    cairo_t                   *cr,
                                                    KoersPlan                 *plan,
                                                    const KoersRenderOptions  *opts,
                                                    guint                      sheet,
                                                    double                     width,
                                                    double                     height,
                                                    double                     margin);

G_END_DECLS
