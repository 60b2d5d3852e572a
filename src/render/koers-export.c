/* koers-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export: the output file's extension picks the format. Every format is
 * written to a temporary file and renamed into place, as a save is. The
 * asynchronous export draws on the calling thread (the plan is not
 * thread-safe; one page of vector drawing is a few milliseconds) and
 * leaves the rest to a thread: the writing, and for PNG the rasterising
 * and the compression of a drawing recorded on the calling thread.
 */
#define G_LOG_DOMAIN "koers-export"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "koers-export.h"
#include "koers-plan-io.h"
#include "koers-rose-render.h"

#define PAGE_MARGIN_PT 36.0

G_DEFINE_QUARK (koers-export-error-quark, koers_export_error)

typedef enum
{
  FORMAT_PDF,
  FORMAT_SVG,
  FORMAT_PNG,
} Format;

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
 * Sets the defaults: the filled-in rose in colour, A4 portrait, PNG 2000
 * pixels wide.
 */
void
koers_export_options_init (KoersExportOptions *opts)
{
  g_return_if_fail (opts != NULL);

  opts->page = KOERS_EXPORT_PAGE_ROSE;
  opts->blank = FALSE;
  opts->paper = KOERS_EXPORT_PAPER_A4;
  opts->landscape = FALSE;
  opts->style = KOERS_ROSE_STYLE_COLOUR;
  opts->png_width = KOERS_EXPORT_DEFAULT_PNG_WIDTH;
  opts->date = NULL;
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

/* Draws the page in @width x @height units, margins included. */
static void
draw_page (cairo_t                  *cr,
           KoersPlan                *plan,
           const KoersExportOptions *opts,
           double                    width,
           double                    height,
           double                    margin)
{
  KoersRoseOptions rose;

  koers_rose_options_init (&rose);
  rose.style = opts->style;
  rose.blank = opts->blank;
  rose.date = opts->date;
  rose.show_title = TRUE;
  rose.show_mix = TRUE;
  rose.show_notes = TRUE;
  rose.focus_part = -1;

  cairo_save (cr);
  cairo_translate (cr, margin, margin);
  koers_rose_render (cr, plan, &rose, width - 2 * margin, height - 2 * margin);
  cairo_restore (cr);
}

static GBytes *
render_to_bytes (KoersPlan                *plan,
                 const KoersExportOptions *opts,
                 Format                    format,
                 GError                  **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  cairo_t *cr;
  double page_w, page_h;

  koers_export_get_page_size (opts->paper, opts->landscape, &page_w, &page_h);

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
      draw_page (cr, plan, opts, page_w, page_h, PAGE_MARGIN_PT);
      status = cairo_status (cr);
      cairo_destroy (cr);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, append_cb, bytes);
    }
  else
    {
      if (format == FORMAT_PDF)
        surface = cairo_pdf_surface_create_for_stream (append_cb, bytes, page_w, page_h);
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
      draw_page (cr, plan, opts, page_w, page_h, PAGE_MARGIN_PT);
      cairo_show_page (cr);
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

/**
 * koers_export_to_file_full:
 * @plan: the plan
 * @out: where to write; its extension picks the format
 * @opts: (nullable): page and style; %NULL for the defaults
 * @error: a #KOERS_EXPORT_ERROR or #KOERS_PLAN_IO_ERROR
 *
 * Exports @plan: `.koers` is the plan itself; `.pdf` and `.svg` are a vector
 * page (A4 or A3) with the rose fitted in 36 pt margins, text kept as text;
 * `.png` is that page as an image @opts->png_width pixels wide on white.
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
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  Format format;

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
  else if (has_extension (name, ".pdf"))
    format = FORMAT_PDF;
  else if (has_extension (name, ".svg"))
    format = FORMAT_SVG;
  else if (has_extension (name, ".png"))
    format = FORMAT_PNG;
  else
    {
      g_set_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Koers cannot export to “%s”: use a name ending in .koers, .pdf, .svg or .png."),
                   name);
      return FALSE;
    }

  bytes = render_to_bytes (plan, opts, format, error);
  if (bytes == NULL)
    return FALSE;

  return koers_plan_io_write_file (out, bytes, error);
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
  GFile           *out;
  GBytes          *bytes;      /* PDF, SVG: the finished file */
  cairo_surface_t *recording;  /* PNG: the page, drawn in points */
  int              png_width;
  int              png_height;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->out);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_pointer (&data->recording, cairo_surface_destroy);
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

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(GBytes) png = NULL;
  GError *error = NULL;

  if (data->recording != NULL && (png = rasterise (data, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (koers_plan_io_write_file (data->out, png ? png : data->bytes, &error))
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

/**
 * koers_export_to_file_async:
 * @plan: the plan
 * @out: where to write; its extension picks the format
 * @opts: (nullable): page and style; %NULL for the defaults
 *
 * Exports @plan as koers_export_to_file_full() does, without holding the
 * calling thread's main loop for more than the drawing of the page. The
 * plan may change as soon as this returns; the export shows it as it was.
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
  ExportData *data;
  GError *error = NULL;

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

  data = g_new0 (ExportData, 1);
  data->out = g_object_ref (out);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);

  if (has_extension (name, ".pdf") || has_extension (name, ".svg"))
    {
      data->bytes = render_to_bytes (plan, opts, has_extension (name, ".pdf") ? FORMAT_PDF
                                                                              : FORMAT_SVG,
                                     &error);
      if (data->bytes == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }
  else if (has_extension (name, ".png"))
    {
      double page_w, page_h;
      cairo_rectangle_t extents = { 0, 0, 0, 0 };
      cairo_status_t status;
      cairo_t *cr;
      int png_w = opts->png_width > 0 ? opts->png_width : KOERS_EXPORT_DEFAULT_PNG_WIDTH;

      /* Drawn as for the PNG of koers_export_to_file_full(), in points */
      koers_export_get_page_size (opts->paper, opts->landscape, &page_w, &page_h);
      png_w = CLAMP (png_w, 16, 16384);
      data->png_width = png_w;
      data->png_height = (int) floor (png_w * page_h / page_w + 0.5);
      extents.width = page_w;
      extents.height = page_h;
      data->recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
      cr = cairo_create (data->recording);
      draw_page (cr, plan, opts, page_w, page_h, PAGE_MARGIN_PT);
      status = cairo_status (cr);
      cairo_destroy (cr);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_task_return_new_error (task, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_RENDER,
                                   _("The drawing could not be made: %s"),
                                   cairo_status_to_string (status));
          return;
        }
    }
  else
    {
      g_task_return_new_error (task, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_UNKNOWN_FORMAT,
                               _("Koers cannot export to “%s”: use a name ending in .koers, "
                                 ".pdf, .svg or .png."), name);
      return;
    }

  g_task_run_in_thread (task, export_thread);
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
