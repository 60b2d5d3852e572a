/* koers-printable.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table of printables: everything Koers can print or export, each with
 * its id, its name, the options it heeds, how many pages it takes and how
 * to draw page N on any cairo_t. A new diagram is a new row here.
 */
#define G_LOG_DOMAIN "koers-render"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-calendar-csv-export.h"
#include "koers-calendar-render.h"
#include "koers-maturity-render.h"
#include "koers-poster.h"
#include "koers-printable.h"
#include "koers-report-render.h"
#include "koers-roles.h"
#include "koers-roles-render.h"
#include "koers-rose-render.h"

/* The communicatieroos ---------------------------------------------------- */

static guint
rose_n_pages (KoersPlan                *plan,
              const KoersRenderOptions *opts,
              double                    width,
              double                    height)
{
  return 1;
}

static void
rose_draw_page (cairo_t                  *cr,
                KoersPlan                *plan,
                const KoersRenderOptions *opts,
                guint                     page,
                double                    width,
                double                    height)
{
  KoersRoseOptions rose;

  koers_rose_options_init (&rose);
  rose.style = opts->style;
  rose.blank = opts->blank;
  rose.date = opts->date;
  rose.show_title = TRUE;
  rose.show_mix = TRUE;
  /* a poster is the rose itself, as large as it gets */
  rose.show_notes = !koers_render_options_is_poster (opts);
  rose.focus_part = -1;
  koers_rose_render (cr, plan, &rose, width, height);
}

/* The maturity phases ----------------------------------------------------- */

static guint
maturity_n_pages (KoersPlan                *plan,
                  const KoersRenderOptions *opts,
                  double                    width,
                  double                    height)
{
  return 1;
}

static void
maturity_draw_page (cairo_t                  *cr,
                    KoersPlan                *plan,
                    const KoersRenderOptions *opts,
                    guint                     page,
                    double                    width,
                    double                    height)
{
  KoersMaturityOptions maturity;

  koers_maturity_options_init (&maturity);
  maturity.style = opts->style;
  maturity.blank = opts->blank;
  maturity.date = opts->date;
  maturity.show_title = TRUE;
  maturity.show_previous = TRUE;
  /* a poster is the steps themselves, as large as they get */
  maturity.show_guidance = !koers_render_options_is_poster (opts);
  koers_maturity_render (cr, plan, &maturity, width, height);
}

/* The RACI matrix --------------------------------------------------------- */

static char *
roles_to_csv (KoersPlan                 *plan,
              const KoersRenderOptions  *opts,
              GError                   **error)
{
  return koers_roles_to_csv (plan, opts->blank);
}

/* The table --------------------------------------------------------------- */

static const KoersPrintable printables[] = {
  {
    .id = "rose",
    .name = N_("Communication rose"),
    .features = KOERS_PRINTABLE_STYLE | KOERS_PRINTABLE_BLANK | KOERS_PRINTABLE_POSTER,
    .n_pages = rose_n_pages,
    .draw_page = rose_draw_page,
  },
  {
    .id = "maturity",
    .name = N_("Maturity phases"),
    .features = KOERS_PRINTABLE_STYLE | KOERS_PRINTABLE_BLANK | KOERS_PRINTABLE_POSTER,
    .n_pages = maturity_n_pages,
    .draw_page = maturity_draw_page,
  },
  {
    .id = "roles",
    .name = N_("Roles and tasks"),
    .features = KOERS_PRINTABLE_STYLE | KOERS_PRINTABLE_BLANK | KOERS_PRINTABLE_LANDSCAPE,
    .n_pages = koers_roles_render_n_pages,
    .draw_page = koers_roles_render_page,
    .to_csv = roles_to_csv,
  },
  {
    /* one month per page, for the months of the range (--month, --from,
     * --to; the plan's period when they are not given) */
    .id = "calendar",
    .name = N_("Content calendar"),
    .features = KOERS_PRINTABLE_STYLE | KOERS_PRINTABLE_LANDSCAPE | KOERS_PRINTABLE_RANGE,
    .n_pages = koers_calendar_render_n_pages,
    .draw_page = koers_calendar_render_page,
    /* one row per occurrence of the range, as a spreadsheet counts posts */
    .to_csv = koers_calendar_csv_printable_to_csv,
  },
  {
    .id = "report",
    .name = N_("Plan report"),
    .features = KOERS_PRINTABLE_STYLE,
    .n_pages = koers_report_render_n_pages,
    .draw_page = koers_report_render_page,
  },
};

/**
 * koers_printables:
 * @n_printables: (out): the number of rows
 *
 * Returns: (array length=n_printables) (transfer none): the table, the
 *   plan's default first
 */
const KoersPrintable *
koers_printables (guint *n_printables)
{
  g_return_val_if_fail (n_printables != NULL, NULL);

  *n_printables = G_N_ELEMENTS (printables);
  return printables;
}

/**
 * koers_printable_lookup:
 * @id: (nullable): an id, in any case
 *
 * Returns: (nullable) (transfer none): the printable with @id, or %NULL
 */
const KoersPrintable *
koers_printable_lookup (const char *id)
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (printables); i++)
    if (g_ascii_strcasecmp (printables[i].id, id) == 0)
      return &printables[i];
  return NULL;
}

/**
 * koers_printable_get_default:
 *
 * Returns: (transfer none): what a plan prints when nothing else is
 *   chosen: the communicatieroos
 */
const KoersPrintable *
koers_printable_get_default (void)
{
  return &printables[0];
}

/**
 * koers_printable_get_name:
 *
 * Returns: the translated name of @self
 */
const char *
koers_printable_get_name (const KoersPrintable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return _(self->name);
}

/**
 * koers_printable_dup_ids:
 * @separator: what goes between two ids
 *
 * Returns: (transfer full): the ids of the table, the default first, for
 *   messages and --help
 */
char *
koers_printable_dup_ids (const char *separator)
{
  GString *ids = g_string_new (NULL);

  g_return_val_if_fail (separator != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (printables); i++)
    {
      if (i > 0)
        g_string_append (ids, separator);
      g_string_append (ids, printables[i].id);
    }
  return g_string_free (ids, FALSE);
}

/**
 * koers_printable_dup_title:
 * @plan: (nullable): the plan
 *
 * Returns: (transfer full): the title of a print job or a PDF of @self:
 *   its name and the plan's organisation (or title), when it has one
 */
char *
koers_printable_dup_title (const KoersPrintable *self,
                           KoersPlan            *plan)
{
  const char *org = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (plan != NULL)
    {
      org = koers_plan_get_organisation (plan);
      if (org == NULL || *org == '\0')
        org = koers_plan_get_title (plan);
    }
  if (org == NULL || *org == '\0')
    return g_strdup (koers_printable_get_name (self));
  /* Translators: the title of a print job and of an exported PDF: what it
   * shows and the organisation, as in "Communication rose – Bakkerij Jansen" */
  return g_strdup_printf (_("%s – %s"), koers_printable_get_name (self), org);
}

static gboolean
is_poster (const KoersPrintable     *self,
           const KoersRenderOptions *opts)
{
  return (self->features & KOERS_PRINTABLE_POSTER) != 0 && koers_render_options_is_poster (opts);
}

/* The size a page of @self is drawn at on a sheet of @width x @height. */
static void
get_page_size (const KoersPrintable     *self,
               const KoersRenderOptions *opts,
               double                    width,
               double                    height,
               double                    margin,
               double                   *page_width,
               double                   *page_height)
{
  if (is_poster (self, opts))
    koers_poster_get_size (opts->poster_columns, opts->poster_rows, width, height,
                           page_width, page_height);
  else
    {
      *page_width = width - 2 * margin;
      *page_height = height - 2 * margin;
    }
  *page_width = MAX (1.0, *page_width);
  *page_height = MAX (1.0, *page_height);
}

/**
 * koers_printable_get_n_sheets:
 * @plan: (nullable): the plan; %NULL for a blank page
 * @opts: the options, a poster's size among them
 * @width: the printable width of one sheet
 * @height: the printable height of one sheet
 * @margin: the margin a page keeps on a sheet of its own; a poster keeps
 *   its own margin, for the cut marks
 *
 * Returns: how many sheets @self takes: its pages, times the sheets of a
 *   poster; at least 1
 */
guint
koers_printable_get_n_sheets (const KoersPrintable     *self,
                              KoersPlan                *plan,
                              const KoersRenderOptions *opts,
                              double                    width,
                              double                    height,
                              double                    margin)
{
  double pw, ph;
  guint pages;

  g_return_val_if_fail (self != NULL, 1);
  g_return_val_if_fail (opts != NULL, 1);

  get_page_size (self, opts, width, height, margin, &pw, &ph);
  if (is_poster (self, opts))
    return MAX (1, self->n_pages (plan, opts, pw, ph))
           * MAX (opts->poster_columns, 1) * MAX (opts->poster_rows, 1);
  {
    KoersRenderOptions single = *opts;

    single.poster_columns = single.poster_rows = 1;
    pages = MAX (1, self->n_pages (plan, &single, pw, ph));
  }
  return pages;
}

typedef struct
{
  const KoersPrintable     *printable;
  KoersPlan                *plan;
  const KoersRenderOptions *opts;
  guint                     page;
} PosterPage;

static void
draw_poster_page_cb (cairo_t  *cr,
                     double    width,
                     double    height,
                     gpointer  user_data)
{
  PosterPage *pp = user_data;

  pp->printable->draw_page (cr, pp->plan, pp->opts, pp->page, width, height);
}

/**
 * koers_printable_draw_sheet:
 * @cr: where to draw; (0, 0) is the top left of the sheet's printable area
 * @plan: (nullable): the plan; %NULL for a blank page
 * @sheet: which sheet, from 0, less than koers_printable_get_n_sheets()
 * @width: the printable width of the sheet
 * @height: the printable height of the sheet
 * @margin: as for koers_printable_get_n_sheets()
 *
 * Draws sheet @sheet of @self: a page within @margin, or on a poster the
 * part of a page that falls on this sheet, with cut marks.
 */
void
koers_printable_draw_sheet (const KoersPrintable     *self,
                            cairo_t                  *cr,
                            KoersPlan                *plan,
                            const KoersRenderOptions *opts,
                            guint                     sheet,
                            double                    width,
                            double                    height,
                            double                    margin)
{
  double pw, ph;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (opts != NULL);

  get_page_size (self, opts, width, height, margin, &pw, &ph);

  if (is_poster (self, opts))
    {
      guint per_page = MAX (opts->poster_columns, 1) * MAX (opts->poster_rows, 1);
      PosterPage pp = { self, plan, opts, sheet / per_page };

      koers_poster_draw_sheet (cr, opts->poster_columns, opts->poster_rows, sheet % per_page,
                               width, height, draw_poster_page_cb, &pp);
      return;
    }

  /* one sheet per page: a row never sees a poster it does not make */
  {
    KoersRenderOptions single = *opts;

    single.poster_columns = single.poster_rows = 1;
    cairo_save (cr);
    cairo_translate (cr, margin, margin);
    self->draw_page (cr, plan, &single, sheet, pw, ph);
    cairo_restore (cr);
  }
}
