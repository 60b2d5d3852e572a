/* koers-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export: the output file's extension picks the format. Every format is
 * written to a temporary file and renamed into place, as a save is. The
 * asynchronous export draws on the calling thread (the plan is not
 * thread-safe; a page of vector drawing is a few milliseconds) and leaves
 * the rest to a thread: the writing, and for PNG the rasterising and the
 * compression of a drawing recorded on the calling thread.
 */
#define G_LOG_DOMAIN "koers-export"

#include "config.h"

#include <string.h>

#include <math.h>
#include <glib/gi18n.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "koers-export.h"
#include "koers-file-replace.h"
#include "koers-ical.h"
#include "koers-plan-io.h"
#include "koers-poster.h"
#include "koers-printable.h"

#define PAGE_MARGIN_PT 36.0
/* A poster sheet keeps clear of what most printers cannot reach, a quarter
 * inch, and draws its cut marks within that (koers-poster.c). */
#define POSTER_INSET_PT KOERS_MM_TO_PT (6.35)

G_DEFINE_QUARK (koers-export-error-quark, koers_export_error)

typedef enum
{
  FORMAT_PDF,
  FORMAT_SVG,
  FORMAT_PNG,
  FORMAT_CSV,
} Format;

/* A printable drawn for landscape paper is exported on it. */
static void
get_page_size (const KoersExportOptions *opts,
               const KoersPrintable     *printable,
               double                   *width_pt,
               double                   *height_pt)
{
  gboolean landscape = opts->landscape ||
                       (printable->features & KOERS_PRINTABLE_LANDSCAPE) != 0;

  koers_export_get_page_size (opts->paper, landscape, width_pt, height_pt);
}

static gboolean
has_extension (const char *name,
               const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, extension);
}

/**
 * koers_export_options_init:
 *
 * Sets the defaults: the plan's default printable (the rose) filled in,
 * in colour, A4 portrait, one sheet, PNG 2000 pixels wide.
 */
void
koers_export_options_init (KoersExportOptions *opts)
{
  g_return_if_fail (opts != NULL);

  opts->page = NULL;
  opts->blank = FALSE;
  opts->paper = KOERS_EXPORT_PAPER_A4;
  opts->landscape = FALSE;
  opts->style = KOERS_RENDER_STYLE_COLOUR;
  opts->png_width = KOERS_EXPORT_DEFAULT_PNG_WIDTH;
  opts->date = NULL;
  opts->poster_columns = 1;
  opts->poster_rows = 1;
  g_date_clear (&opts->from, 1);
  g_date_clear (&opts->to, 1);
}

/**
 * koers_export_get_page_size:
 * @width_pt: (out): page width in points
 * @height_pt: (out): page height in points
 */
void
koers_export_get_page_size (KoersExportPaper  paper,
                            gboolean          landscape,
                            double           *width_pt,
                            double           *height_pt)
{
  /* ISO 216 in points: mm / 25.4 * 72 */
  double w = paper == KOERS_EXPORT_PAPER_A3 ? 297.0 : 210.0;
  double h = paper == KOERS_EXPORT_PAPER_A3 ? 420.0 : 297.0;

  w = w / 25.4 * 72.0;
  h = h / 25.4 * 72.0;
  *width_pt = landscape ? h : w;
  *height_pt = landscape ? w : h;
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append ((GByteArray *) closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
get_render_options (const KoersExportOptions *opts,
                    KoersRenderOptions       *render)
{
  koers_render_options_init (render);
  render->style = opts->style;
  render->blank = opts->blank;
  render->date = opts->date;
  render->poster_columns = MAX (opts->poster_columns, 1);
  render->poster_rows = MAX (opts->poster_rows, 1);
  render->from = opts->from;
  render->to = opts->to;
}

/* Draws sheet @sheet in @width x @height units, margins included: a page
 * within PAGE_MARGIN_PT, or a poster sheet as the print dialog draws it
 * on a page whose printable area starts POSTER_INSET_PT from the edge. */
static void
draw_sheet (cairo_t                  *cr,
            const KoersPrintable     *printable,
            KoersPlan                *plan,
            const KoersRenderOptions *render,
            guint                     sheet,
            double                    width,
            double                    height)
{
  if (koers_render_options_is_poster (render))
    {
      cairo_save (cr);
      cairo_translate (cr, POSTER_INSET_PT, POSTER_INSET_PT);
      koers_printable_draw_sheet (printable, cr, plan, render, sheet,
                                  width - 2 * POSTER_INSET_PT, height - 2 * POSTER_INSET_PT,
                                  PAGE_MARGIN_PT);
      cairo_restore (cr);
    }
  else
    koers_printable_draw_sheet (printable, cr, plan, render, sheet, width, height,
                                PAGE_MARGIN_PT);
}

static guint
count_sheets (const KoersPrintable     *printable,
              KoersPlan                *plan,
              const KoersRenderOptions *render,
              double                    width,
              double                    height)
{
  if (koers_render_options_is_poster (render))
    return koers_printable_get_n_sheets (printable, plan, render,
                                         width - 2 * POSTER_INSET_PT,
                                         height - 2 * POSTER_INSET_PT, PAGE_MARGIN_PT);
  return koers_printable_get_n_sheets (printable, plan, render, width, height, PAGE_MARGIN_PT);
}

/**
 * koers_export_get_n_sheets:
 * @plan: (nullable): the plan
 * @opts: (nullable): the options; %NULL for the defaults
 *
 * Returns: the number of pages a PDF export with @opts has; an SVG or a
 *   PNG export writes a file for each. 0 for an unknown printable.
 */
guint
koers_export_get_n_sheets (KoersPlan                *plan,
                           const KoersExportOptions *opts)
{
  KoersExportOptions defaults;
  const KoersPrintable *printable;
  KoersRenderOptions render;
  double page_w, page_h;

  if (opts == NULL)
    {
      koers_export_options_init (&defaults);
      opts = &defaults;
    }
  printable = opts->page != NULL ? koers_printable_lookup (opts->page)
                                 : koers_printable_get_default ();
  if (printable == NULL)
    return 0;
  get_render_options (opts, &render);
  get_page_size (opts, printable, &page_w, &page_h);
  return count_sheets (printable, plan, &render, page_w, page_h);
}

/* An SVG or a PNG is one page: a printable of several is a file per page */
static guint
count_files (KoersPlan                *plan,
             const KoersPrintable     *printable,
             const KoersExportOptions *opts,
             Format                    format)
{
  KoersRenderOptions render;
  double page_w, page_h;

  if (format != FORMAT_SVG && format != FORMAT_PNG)
    return 1;
  get_render_options (opts, &render);
  get_page_size (opts, printable, &page_w, &page_h);
  return MAX (count_sheets (printable, plan, &render, page_w, page_h), 1);
}

/* The file, or for an SVG or a PNG the page @sheet (from 0): every page of
 * a PDF */
static GBytes *
render_to_bytes (KoersPlan                *plan,
                 const KoersPrintable     *printable,
                 const KoersExportOptions *opts,
                 Format                    format,
                 guint                     sheet,
                 GError                  **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  cairo_t *cr;
  KoersRenderOptions render;
  double page_w, page_h;

  get_render_options (opts, &render);
  get_page_size (opts, printable, &page_w, &page_h);

  if (format == FORMAT_CSV)
    {
      char *text = printable->to_csv (plan, &render, error);

      if (text == NULL)
        return NULL;
      return g_bytes_new_take (text, strlen (text));
    }

  if (format == FORMAT_PNG)
    {
      int png_w = opts->png_width > 0 ? opts->png_width : KOERS_EXPORT_DEFAULT_PNG_WIDTH;
      int png_h;
      double scale;

      png_w = CLAMP (png_w, 16, 16384);
      png_h = (int) floor (png_w * page_h / page_w + 0.5);
      scale = png_w / page_w;

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, png_w, png_h);
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
      draw_sheet (cr, printable, plan, &render, sheet, page_w, page_h);
      status = cairo_status (cr);
      cairo_destroy (cr);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, append_cb, bytes);
    }
  else
    {
      guint first = sheet, n_sheets = 1;

      if (format == FORMAT_PDF)
        {
          g_autofree char *title = koers_printable_dup_title (printable, plan);

          surface = cairo_pdf_surface_create_for_stream (append_cb, bytes, page_w, page_h);
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Koers");
          first = 0;
          n_sheets = count_sheets (printable, plan, &render, page_w, page_h);
        }
      else
        {
          surface = cairo_svg_surface_create_for_stream (append_cb, bytes, page_w, page_h);
          cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
        }
      cr = cairo_create (surface);
      /* A page is white: an SVG without a background shows the dark
       * text on whatever the viewer puts behind it. */
      if (format == FORMAT_SVG)
        {
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
        }
      for (guint i = first; i < first + n_sheets; i++)
        {
          draw_sheet (cr, printable, plan, &render, i, page_w, page_h);
          cairo_show_page (cr);
        }
      status = cairo_status (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_RENDER,
                   _("The drawing could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* Which format @name asks for, and which printable @opts */
static gboolean
check_export (const char                *name,
              const KoersExportOptions  *opts,
              Format                    *format,
              const KoersPrintable     **printable,
              GError                   **error)
{
  if (has_extension (name, ".pdf"))
    *format = FORMAT_PDF;
  else if (has_extension (name, ".svg"))
    *format = FORMAT_SVG;
  else if (has_extension (name, ".png"))
    *format = FORMAT_PNG;
  else if (has_extension (name, ".csv"))
    *format = FORMAT_CSV;
  else
    {
      g_set_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Koers cannot export to “%s”: use a name ending in .koers, .ics, .pdf, .svg, "
                     ".png or, for the calendar or the roles, .csv."),
                   name);
      return FALSE;
    }

  /* A CSV is the calendar's table unless --page names another table */
  if (*format == FORMAT_CSV && opts->page == NULL)
    *printable = koers_printable_lookup ("calendar");
  else
    *printable = opts->page != NULL ? koers_printable_lookup (opts->page)
                                    : koers_printable_get_default ();
  if (*printable == NULL)
    {
      g_autofree char *ids = koers_printable_dup_ids (", ");

      g_set_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_UNKNOWN_PAGE,
                   _("Koers cannot export “%s” to “%s”: the pages it knows are %s."),
                   opts->page, name, ids);
      return FALSE;
    }
  if (*format == FORMAT_CSV && (*printable)->to_csv == NULL)
    {
      g_set_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Koers cannot export “%s” to “%s”: only a table exports to CSV; use "
                     "--page=calendar or --page=roles, or a name ending in .pdf, .svg or .png."),
                   (*printable)->id, name);
      return FALSE;
    }
  if (*format != FORMAT_PDF && (opts->poster_columns > 1 || opts->poster_rows > 1))
    {
      g_set_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_POSTER_FORMAT,
                   _("Koers cannot export a poster to “%s”: a poster has several pages, so "
                     "use a name ending in .pdf."),
                   name);
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_export_dup_page_file:
 * @out: the file the user chose
 * @page: the page, from 0
 * @n_files: how many files the export writes (koers_export_get_n_files())
 *
 * Where page @page of a printable of several pages goes as an SVG or a
 * PNG, one file per page as GNOME's apps name them: "report.png" gives
 * "report-1.png", "report-2.png", ... One file is @out itself.
 *
 * Returns: (transfer full): the file of @page
 */
GFile *
koers_export_dup_page_file (GFile *out,
                            guint  page,
                            guint  n_files)
{
  g_autofree char *name = NULL;
  g_autofree char *numbered = NULL;
  g_autoptr(GFile) parent = NULL;
  const char *dot;

  g_return_val_if_fail (G_IS_FILE (out), NULL);

  if (n_files <= 1)
    return g_object_ref (out);
  name = g_file_get_basename (out);
  parent = g_file_get_parent (out);
  if (name == NULL || parent == NULL)
    return g_object_ref (out);
  /* the number goes before the extension; a name that starts with its dot
   * (".png") has none */
  dot = strrchr (name, '.');
  if (dot == NULL || dot == name)
    dot = name + strlen (name);
  numbered = g_strdup_printf ("%.*s-%u%s", (int) (dot - name), name, page + 1, dot);
  return g_file_get_child (parent, numbered);
}

/**
 * koers_export_get_n_files:
 * @plan: the plan
 * @out: where the export goes; its extension picks the format
 * @opts: (nullable): the options; %NULL for the defaults
 *
 * Returns: how many files an export of @plan to @out writes: one per page
 *   for an SVG or a PNG of a printable of several pages
 *   (koers_export_dup_page_file() names them), otherwise one
 */
guint
koers_export_get_n_files (KoersPlan                *plan,
                          GFile                    *out,
                          const KoersExportOptions *opts)
{
  KoersExportOptions defaults;
  const KoersPrintable *printable;
  g_autofree char *name = NULL;
  Format format;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), 1);
  g_return_val_if_fail (G_IS_FILE (out), 1);

  if (opts == NULL)
    {
      koers_export_options_init (&defaults);
      opts = &defaults;
    }
  name = g_file_get_basename (out);
  if (name == NULL || has_extension (name, ".koers") || has_extension (name, ".ics") ||
      !check_export (name, opts, &format, &printable, NULL))
    return 1;
  return count_files (plan, printable, opts, format);
}

/**
 * koers_export_name_for_format:
 * @name: the file name the user gave
 * @chosen: the extension of the file type chosen in the dialog, as ".png"
 * @suggested: the extension of the name the dialog suggested
 *
 * The name an export dialog should write: the file name follows the chosen
 * type, and the type follows the name. A name without an export extension
 * gets the chosen one; a name that still has the suggested extension while
 * another type was chosen gets the chosen one instead; an extension the user
 * typed (.pdf, .svg, .png) stays and picks the format.
 *
 * Returns: (transfer full): the name to export to
 */
char *
koers_export_name_for_format (const char *name,
                              const char *chosen,
                              const char *suggested)
{
  static const char *extensions[] = { ".pdf", ".svg", ".png" };
  const char *ext = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (chosen != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (has_extension (name, extensions[i]))
      ext = extensions[i];
  if (ext == NULL)
    return g_strconcat (name, chosen, NULL);
  if (suggested != NULL && g_ascii_strcasecmp (ext, suggested) == 0 &&
      g_ascii_strcasecmp (ext, chosen) != 0)
    {
      g_autofree char *stem = g_strndup (name, strlen (name) - strlen (ext));

      return g_strconcat (stem, chosen, NULL);
    }
  return g_strdup (name);
}

/* An iCalendar file is the whole calendar: no page, no poster */
static gboolean
check_ics (const char                *name,
           const KoersExportOptions  *opts,
           GError                   **error)
{
  if (opts->page != NULL || opts->poster_columns > 1 || opts->poster_rows > 1)
    {
      g_set_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_UNKNOWN_PAGE,
                   _("Koers cannot export a page to “%s”: an iCalendar file holds the whole "
                     "calendar, so leave out --page and --poster."),
                   name);
      return FALSE;
    }
  return TRUE;
}

static GBytes *
ics_bytes (KoersPlan *plan)
{
  gsize length = 0;
  char *text = koers_ical_write (plan, NULL, &length);

  return g_bytes_new_take (text, length);
}

/**
 * koers_export_check:
 * @out: where an export would go; its extension picks the format
 * @opts: (nullable): page and poster; %NULL for the defaults
 * @error: a #KOERS_EXPORT_ERROR: the format, the page or the poster is wrong
 *
 * Checks, without writing anything or reading a plan, whether @out and @opts go
 * together: what koers_export_to_file_full() would refuse before it draws.
 *
 * Returns: whether an export to @out with @opts can be tried
 */
gboolean
koers_export_check (GFile                     *out,
                    const KoersExportOptions  *opts,
                    GError                   **error)
{
  KoersExportOptions defaults;
  const KoersPrintable *printable;
  g_autofree char *name = NULL;
  Format format;

  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (opts == NULL)
    {
      koers_export_options_init (&defaults);
      opts = &defaults;
    }
  name = g_file_get_basename (out);
  if (name != NULL && has_extension (name, ".koers"))
    return TRUE;
  if (name != NULL && has_extension (name, ".ics"))
    return check_ics (name, opts, error);
  return check_export (name != NULL ? name : "", opts, &format, &printable, error);
}

/**
 * koers_export_to_file_full:
 * @plan: the plan
 * @out: where to write; its extension picks the format
 * @opts: (nullable): page and style; %NULL for the defaults
 * @error: a #KOERS_EXPORT_ERROR or #KOERS_PLAN_IO_ERROR
 *
 * Exports @plan: `.koers` is the plan itself; `.pdf` and `.svg` are vector
 * pages (A4 or A3) with the printable @opts->page fitted in 36 pt margins,
 * text kept as text; `.png` is that page as an image @opts->png_width
 * pixels wide on white. A PDF holds every page of the printable, or every
 * sheet of a poster, drawn as the print dialog draws them; an SVG or a PNG
 * is one page, so a printable of several pages (the report, the calendar
 * over months) writes a file per page, "NAME-1.png", "NAME-2.png", ...
 * (koers_export_dup_page_file()); neither can be a poster. A file that
 * cannot be written stops the export: the pages before it are written.
 *
 * Returns: whether @out was written
 */
gboolean
koers_export_to_file_full (KoersPlan                 *plan,
                           GFile                     *out,
                           const KoersExportOptions  *opts,
                           GError                   **error)
{
  KoersExportOptions defaults;
  const KoersPrintable *printable;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  Format format;
  guint n_files;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (opts == NULL)
    {
      koers_export_options_init (&defaults);
      opts = &defaults;
    }

  name = g_file_get_basename (out);

  if (has_extension (name, ".koers"))
    return koers_plan_io_save (plan, out, error);
  if (has_extension (name, ".ics"))
    {
      if (!check_ics (name, opts, error))
        return FALSE;
      bytes = ics_bytes (plan);
      return koers_file_replace_bytes (out, bytes, error);
    }
  if (!check_export (name, opts, &format, &printable, error))
    return FALSE;

  n_files = count_files (plan, printable, opts, format);
  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GBytes) page = render_to_bytes (plan, printable, opts, format, i, error);
      g_autoptr(GFile) file = koers_export_dup_page_file (out, i, n_files);

      if (page == NULL || !koers_file_replace_bytes (file, page, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * koers_export_to_file:
 * @plan: the plan
 * @out: where to write; its extension picks the format
 * @error: a #KOERS_EXPORT_ERROR or #KOERS_PLAN_IO_ERROR
 *
 * Exports @plan with the default options; see koers_export_to_file_full().
 *
 * Returns: whether @out was written
 */
gboolean
koers_export_to_file (KoersPlan  *plan,
                      GFile      *out,
                      GError    **error)
{
  return koers_export_to_file_full (plan, out, NULL, error);
}
/* Asynchronous export ------------------------------------------------------ */

typedef struct
{
  GFile                *out;
  GBytes               *bytes;      /* PDF, SVG: the finished file */
  cairo_surface_t      *recording;  /* PNG: the page, drawn in points */
  GPtrArray            *pages;      /* an SVG or a PNG of several pages: an
                                     * ExportData per page's file (this one
                                     * then writes none) */
  int                   png_width;
  int                   png_height;
  /* The plan's text, read back in the thread, which makes the file there:
   * what it makes (NULL: the .ics), and how */
  KoersPlanSnapshot    *snapshot;
  const KoersPrintable *printable;
  Format                format;
  KoersExportOptions    opts;
  char                 *opts_page;  /* own opts.page and opts.date */
  char                 *opts_date;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->snapshot, koers_plan_snapshot_free);
  g_free (data->opts_page);
  g_free (data->opts_date);
  g_clear_object (&data->out);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_pointer (&data->recording, cairo_surface_destroy);
  g_clear_pointer (&data->pages, g_ptr_array_unref);
  g_free (data);
}

static GBytes *
rasterise (ExportData  *data,
           GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_rectangle_t extents;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  cairo_recording_surface_get_extents (data->recording, &extents);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, data->png_width, data->png_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, data->png_width / extents.width, data->png_width / extents.width);
  cairo_set_source_surface (cr, data->recording, 0, 0);
  cairo_paint (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_cb, bytes);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_RENDER,
                   _("The drawing could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* Writes @data's file, or its page's */
static gboolean
write_page (ExportData  *data,
            GError     **error)
{
  g_autoptr(GBytes) png = NULL;

  if (data->recording != NULL && (png = rasterise (data, error)) == NULL)
    return FALSE;
  return koers_file_replace_bytes (data->out, png ? png : data->bytes, error);
}

static gboolean draw_files (ExportData               *data,
                            KoersPlan                *plan,
                            const KoersPrintable     *printable,
                            const KoersExportOptions *opts,
                            Format                    format,
                            GError                  **error);

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;

  /* Made here from the plan's text: a table of 50,000 posts, or their
   * calendar over years, is seconds of work */
  if (data->snapshot != NULL)
    {
      g_autoptr(KoersPlan) plan = koers_plan_snapshot_load (data->snapshot, "export", &error);

      g_clear_pointer (&data->snapshot, koers_plan_snapshot_free);
      if (plan != NULL && data->printable == NULL)
        data->bytes = ics_bytes (plan);
      else if (plan == NULL ||
               !draw_files (data, plan, data->printable, &data->opts, data->format, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }

  if (data->pages != NULL)
    {
      for (guint i = 0; i < data->pages->len; i++)
        if (!write_page (g_ptr_array_index (data->pages, i), &error))
          {
            g_task_return_error (task, error);
            return;
          }
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (write_page (data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_plan_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (koers_plan_io_save_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Draws the file of @page, or for an SVG or a PNG its page @sheet: a PDF
 * or an SVG finished, a PNG recorded in points, rasterised when it is
 * written (write_page()) */
static gboolean
draw_page (ExportData               *page,
           KoersPlan                *plan,
           const KoersPrintable     *printable,
           const KoersExportOptions *opts,
           Format                    format,
           guint                     sheet,
           GError                  **error)
{
  KoersRenderOptions render;
  double page_w, page_h;
  cairo_rectangle_t extents = { 0, 0, 0, 0 };
  cairo_status_t status;
  cairo_t *cr;
  int png_w = opts->png_width > 0 ? opts->png_width : KOERS_EXPORT_DEFAULT_PNG_WIDTH;

  if (format != FORMAT_PNG)
    {
      page->bytes = render_to_bytes (plan, printable, opts, format, sheet, error);
      return page->bytes != NULL;
    }

  /* Drawn as for the PNG of koers_export_to_file_full(), in points */
  get_render_options (opts, &render);
  get_page_size (opts, printable, &page_w, &page_h);
  png_w = CLAMP (png_w, 16, 16384);
  page->png_width = png_w;
  page->png_height = (int) floor (png_w * page_h / page_w + 0.5);
  extents.width = page_w;
  extents.height = page_h;
  page->recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (page->recording);
  draw_sheet (cr, printable, plan, &render, sheet, page_w, page_h);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_RENDER,
                   _("The drawing could not be made: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_export_to_file_async:
 * @plan: the plan
 * @out: where to write; its extension picks the format
 * @opts: (nullable): page and style; %NULL for the defaults
 *
 * Exports @plan as koers_export_to_file_full() does, without holding the
 * calling thread's main loop for more than taking the plan's text (the
 * items' cached texts, see koers_plan_snapshot_new()): a thread reads its
 * own plan from it, draws the pages and writes the file. The plan may
 * change as soon as this returns; the export shows it as it was.
 */
void
koers_export_to_file_async (KoersPlan                *plan,
                            GFile                    *out,
                            const KoersExportOptions *opts,
                            GCancellable             *cancellable,
                            GAsyncReadyCallback       callback,
                            gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  KoersExportOptions defaults;
  const KoersPrintable *printable;
  ExportData *data;
  GError *error = NULL;
  Format format;

  g_return_if_fail (KOERS_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (out));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, koers_export_to_file_async);

  if (opts == NULL)
    {
      koers_export_options_init (&defaults);
      opts = &defaults;
    }

  name = g_file_get_basename (out);
  if (has_extension (name, ".koers"))
    {
      koers_plan_io_save_async (plan, out, cancellable, save_plan_cb, g_steal_pointer (&task));
      return;
    }
  if (has_extension (name, ".ics"))
    {
      if (!check_ics (name, opts, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      /* The plan is not thread-safe: its text is taken here, quickly, and
       * the thread reads its own plan from it and writes the calendar */
      data = g_new0 (ExportData, 1);
      data->out = g_object_ref (out);
      data->snapshot = koers_plan_snapshot_new (plan);
      if (data->snapshot == NULL)
        data->bytes = ics_bytes (plan);
      g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
      g_task_run_in_thread (task, export_thread);
      return;
    }

  if (!check_export (name, opts, &format, &printable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  data = g_new0 (ExportData, 1);
  data->out = g_object_ref (out);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);

  /* In the thread, from the plan's text (as the .ics above); on this
   * thread only a plan whose text cannot be made (a value JSON cannot
   * hold) */
  if ((data->snapshot = koers_plan_snapshot_new (plan)) != NULL)
    {
      data->printable = printable;
      data->format = format;
      data->opts = *opts;
      data->opts_page = g_strdup (opts->page);
      data->opts_date = g_strdup (opts->date);
      data->opts.page = data->opts_page;
      data->opts.date = data->opts_date;
      g_task_run_in_thread (task, export_thread);
      return;
    }
  if (!draw_files (data, plan, printable, opts, format, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, export_thread);
}

/* Draws @data's file, or its files (an SVG or a PNG of several pages) */
static gboolean
draw_files (ExportData               *data,
            KoersPlan                *plan,
            const KoersPrintable     *printable,
            const KoersExportOptions *opts,
            Format                    format,
            GError                  **error)
{
  guint n_files = count_files (plan, printable, opts, format);

  if (n_files > 1)
    data->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) export_data_free);
  for (guint i = 0; i < n_files; i++)
    {
      ExportData *page = data;

      if (data->pages != NULL)
        {
          page = g_new0 (ExportData, 1);
          page->out = koers_export_dup_page_file (data->out, i, n_files);
          g_ptr_array_add (data->pages, page);
        }
      if (!draw_page (page, plan, printable, opts, format, i, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * koers_export_to_file_finish:
 * @error: a #KOERS_EXPORT_ERROR or #KOERS_PLAN_IO_ERROR
 *
 * Returns: whether the file was written
 */
gboolean
koers_export_to_file_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
