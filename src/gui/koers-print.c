/* koers-print.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing the communicatieroos: one sheet, or a poster tiled over 2 x 2 or
 * 3 x 3 sheets with an overlap and cut marks. The rose is drawn by the same
 * renderer as the screen and the export. The dialog runs asynchronously;
 * the window keeps the last page setup and print settings for the session.
 */
#define G_LOG_DOMAIN "koers-print"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-print.h"
#include "koers-rose-render.h"

#define MM_TO_PT(mm) ((mm) / 25.4 * 72.0)

#define SHEET_MARGIN_PT  MM_TO_PT (4.0)   /* inside the printable area */
#define POSTER_MARGIN_PT MM_TO_PT (9.0)   /* room for cut marks and the sheet label */
#define OVERLAP_PT       MM_TO_PT (10.0)  /* each poster sheet repeats 1 cm of the next */
#define MAX_TILES        3

/* Keys of the window's data: kept for the session, not saved. */
#define PAGE_SETUP_KEY     "koers-print-page-setup"
#define PRINT_SETTINGS_KEY "koers-print-settings"

struct _KoersPrint
{
  GtkPrintOperation  parent_instance;

  KoersPlan         *plan;
  KoersRoseStyle     style;
  gboolean           blank;
  guint              tiles;        /* sheets per side: 1, 2 or 3 */

  GtkWindow         *parent;       /* weak */
  GtkBuilder        *options;      /* the custom tab, while the dialog shows */
  GtkPageSetup      *used_setup;   /* what begin-print got, to keep */
  gboolean           done;
};

G_DEFINE_FINAL_TYPE (KoersPrint, koers_print, GTK_TYPE_PRINT_OPERATION)

static void
get_rose_options (KoersPrint       *self,
                  KoersRoseOptions *opts)
{
  koers_rose_options_init (opts);
  opts->style = self->style;
  opts->blank = self->blank;
  opts->show_title = TRUE;
  opts->show_mix = TRUE;
  opts->show_notes = TRUE;
  opts->focus_part = -1;
}

static void
koers_print_begin_print (GtkPrintOperation *operation,
                         GtkPrintContext   *context)
{
  KoersPrint *self = KOERS_PRINT (operation);

  g_clear_object (&self->used_setup);
  self->used_setup = gtk_page_setup_copy (gtk_print_context_get_page_setup (context));
  gtk_print_operation_set_n_pages (operation, self->tiles * self->tiles);
}

/* Short marks in the margin at the four corners of the image, where the
 * sheet is trimmed. */
static void
draw_cut_marks (cairo_t *cr,
                double   x0,
                double   y0,
                double   x1,
                double   y1,
                double   length)
{
  double gap = length * 0.25;
  double xs[2] = { x0, x1 }, ys[2] = { y0, y1 };

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.4);
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++)
      {
        double sx = i == 0 ? -1 : 1, sy = j == 0 ? -1 : 1;

        cairo_move_to (cr, xs[i] + sx * gap, ys[j]);
        cairo_line_to (cr, xs[i] + sx * (gap + length), ys[j]);
        cairo_move_to (cr, xs[i], ys[j] + sy * gap);
        cairo_line_to (cr, xs[i], ys[j] + sy * (gap + length));
      }
  cairo_stroke (cr);
}

static void
draw_small_text (GtkPrintContext *context,
                 cairo_t         *cr,
                 const char      *text,
                 double           x,
                 double           y,
                 double           max_width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *desc = pango_font_description_from_string ("Sans 6.5");

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);

  pango_font_description_free (desc);
  g_object_unref (layout);
}

/* Sheet @page_nr of the poster: the rose is drawn at the size of all
 * sheets together, less the overlaps, and each sheet shows its part. */
static void
draw_poster_sheet (KoersPrint      *self,
                   GtkPrintContext *context,
                   cairo_t         *cr,
                   double           width,
                   double           height,
                   int              page_nr)
{
  KoersRoseOptions opts;
  guint n = self->tiles;
  double m = POSTER_MARGIN_PT, o = OVERLAP_PT;
  double tw = width - 2 * m, th = height - 2 * m;
  double poster_w = n * tw - (n - 1) * o;
  double poster_h = n * th - (n - 1) * o;
  int row = page_nr / n, column = page_nr % n;
  double ox = column * (tw - o), oy = row * (th - o);
  g_autofree char *label = NULL;

  if (tw <= o || th <= o)
    return;

  get_rose_options (self, &opts);
  /* a poster is the rose itself, as large as it gets */
  opts.show_notes = FALSE;
  cairo_save (cr);
  cairo_translate (cr, m, m);
  cairo_rectangle (cr, 0, 0, tw, th);
  cairo_clip (cr);
  cairo_translate (cr, -ox, -oy);
  koers_rose_render (cr, self->plan, &opts, poster_w, poster_h);
  cairo_restore (cr);

  /* The strip this sheet shares with the sheet on its left or above: that
   * sheet, trimmed, goes over it up to the dashed line. */
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 0.5);
  cairo_set_dash (cr, (double[]) { 3, 2 }, 2, 0);
  if (column > 0)
    {
      cairo_move_to (cr, m + o, m * 0.4);
      cairo_line_to (cr, m + o, height - m * 0.4);
    }
  if (row > 0)
    {
      cairo_move_to (cr, m * 0.4, m + o);
      cairo_line_to (cr, width - m * 0.4, m + o);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  draw_cut_marks (cr, m, m, m + tw, m + th, m * 0.55);

  /* Translators: printed in the margin of a poster sheet, as in
   * "Sheet 2 of 4 · row 1, column 2" */
  label = g_strdup_printf (_("Sheet %d of %d · row %d, column %d"),
                           page_nr + 1, (int) (n * n), row + 1, column + 1);
  if (row > 0 || column > 0)
    {
      g_autofree char *with_hint =
        g_strconcat (label, " · ",
                     _("Trim at the corner marks and lay the sheet on the left or above over "
                       "this one, up to the dashed line."),
                     NULL);

      g_free (label);
      label = g_steal_pointer (&with_hint);
    }
  draw_small_text (context, cr, label, m + (column > 0 ? o + 4 : 0), m * 0.12, tw - o - 4);
}

static void
koers_print_draw_page (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page_nr)
{
  KoersPrint *self = KOERS_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  KoersRoseOptions opts;

  if (self->tiles > 1)
    {
      draw_poster_sheet (self, context, cr, width, height, page_nr);
      return;
    }

  /* One sheet: the renderer fits and centres the rose in what it gets. */
  get_rose_options (self, &opts);
  cairo_save (cr);
  cairo_translate (cr, SHEET_MARGIN_PT, SHEET_MARGIN_PT);
  koers_rose_render (cr, self->plan, &opts,
                     MAX (1.0, width - 2 * SHEET_MARGIN_PT),
                     MAX (1.0, height - 2 * SHEET_MARGIN_PT));
  cairo_restore (cr);
}

static GtkWidget *
koers_print_create_custom_widget (GtkPrintOperation *operation)
{
  KoersPrint *self = KOERS_PRINT (operation);

  g_clear_object (&self->options);
  self->options = gtk_builder_new_from_resource ("/io/github/koersplan/Koers/koers-print-options.ui");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_builder_get_object (self->options, "style_dropdown")),
                              self->style);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_builder_get_object (self->options, "blank_check")),
                               self->blank);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_builder_get_object (self->options, "tiles_dropdown")),
                              self->tiles - 1);

  /* The builder keeps the tab alive until the dialog has taken it. */
  return GTK_WIDGET (gtk_builder_get_object (self->options, "options"));
}

static void
koers_print_custom_widget_apply (GtkPrintOperation *operation,
                                 GtkWidget         *widget)
{
  KoersPrint *self = KOERS_PRINT (operation);
  guint style, tiles;

  g_return_if_fail (self->options != NULL);

  style = gtk_drop_down_get_selected (GTK_DROP_DOWN (gtk_builder_get_object (self->options,
                                                                             "style_dropdown")));
  tiles = gtk_drop_down_get_selected (GTK_DROP_DOWN (gtk_builder_get_object (self->options,
                                                                             "tiles_dropdown")));
  if (style <= KOERS_ROSE_STYLE_BW)
    self->style = style;
  if (tiles < MAX_TILES)
    self->tiles = tiles + 1;
  self->blank = gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_builder_get_object (self->options,
                                                                                      "blank_check")));
}

static void
error_response_cb (GtkDialog *dialog,
                   int        response)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", _("The rose could not be printed"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            error != NULL ? error->message : "");
  g_signal_connect (dialog, "response", G_CALLBACK (error_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
koers_print_done (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result)
{
  KoersPrint *self = KOERS_PRINT (operation);

  self->done = TRUE;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->parent != NULL)
    {
      GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);

      if (settings != NULL)
        g_object_set_data_full (G_OBJECT (self->parent), PRINT_SETTINGS_KEY,
                                gtk_print_settings_copy (settings), g_object_unref);
      if (self->used_setup != NULL)
        g_object_set_data_full (G_OBJECT (self->parent), PAGE_SETUP_KEY,
                                g_object_ref (self->used_setup), g_object_unref);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_error (self->parent, error);
    }

  g_clear_object (&self->options);
}

static void
koers_print_dispose (GObject *object)
{
  KoersPrint *self = (KoersPrint *) object;

  g_clear_object (&self->plan);
  g_clear_object (&self->options);
  g_clear_object (&self->used_setup);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (koers_print_parent_class)->dispose (object);
}

static void
koers_print_class_init (KoersPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = koers_print_dispose;

  print_class->begin_print = koers_print_begin_print;
  print_class->draw_page = koers_print_draw_page;
  print_class->create_custom_widget = koers_print_create_custom_widget;
  print_class->custom_widget_apply = koers_print_custom_widget_apply;
  print_class->done = koers_print_done;
}

static void
koers_print_init (KoersPrint *self)
{
  self->style = KOERS_ROSE_STYLE_COLOUR;
  self->tiles = 1;

  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), FALSE);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_custom_tab_label (GTK_PRINT_OPERATION (self), _("Rose"));
}

/**
 * koers_print_new:
 *
 * Returns: (transfer full): a print operation for the rose of @plan
 */
KoersPrint *
koers_print_new (KoersPlan *plan)
{
  KoersPrint *self;
  const char *name;
  g_autofree char *job = NULL;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  self = g_object_new (KOERS_TYPE_PRINT, NULL);
  self->plan = g_object_ref (plan);

  name = koers_plan_get_organisation (plan);
  if (name == NULL || *name == '\0')
    name = koers_plan_get_title (plan);
  /* Translators: the name of a print job; %s is the organisation */
  job = name != NULL && *name != '\0' ? g_strdup_printf (_("Communication rose – %s"), name)
                                      : g_strdup (_("Communication rose"));
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job);

  return self;
}

void
koers_print_set_style (KoersPrint     *self,
                       KoersRoseStyle  style)
{
  g_return_if_fail (KOERS_IS_PRINT (self));
  g_return_if_fail (style <= KOERS_ROSE_STYLE_BW);

  self->style = style;
}

/**
 * koers_print_set_blank:
 * @blank: the workshop version: no scores, room to write
 */
void
koers_print_set_blank (KoersPrint *self,
                       gboolean    blank)
{
  g_return_if_fail (KOERS_IS_PRINT (self));

  self->blank = !!blank;
}

/**
 * koers_print_set_tiles:
 * @tiles: sheets per side of the poster: 1 (one sheet), 2 or 3
 */
void
koers_print_set_tiles (KoersPrint *self,
                       guint       tiles)
{
  g_return_if_fail (KOERS_IS_PRINT (self));
  g_return_if_fail (tiles >= 1 && tiles <= MAX_TILES);

  self->tiles = tiles;
}

/**
 * koers_print_run:
 * @parent: (nullable): the window; it keeps the page setup and the print
 *   settings for the next print
 *
 * Shows the print dialog and returns at once; printing goes on in the
 * main loop, and a failure is shown in a dialog.
 */
void
koers_print_run (KoersPrint *self,
                 GtkWindow  *parent)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  GtkPageSetup *setup = NULL;
  GtkPrintSettings *settings = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (KOERS_IS_PRINT (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  g_set_weak_pointer (&self->parent, parent);
  if (parent != NULL)
    {
      setup = g_object_get_data (G_OBJECT (parent), PAGE_SETUP_KEY);
      settings = g_object_get_data (G_OBJECT (parent), PRINT_SETTINGS_KEY);
    }

  if (setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, setup);
  else
    {
      g_autoptr(GtkPageSetup) a4 = gtk_page_setup_new ();
      GtkPaperSize *paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      gtk_page_setup_set_paper_size_and_default_margins (a4, paper);
      gtk_page_setup_set_orientation (a4, GTK_PAGE_ORIENTATION_PORTRAIT);
      gtk_paper_size_free (paper);
      gtk_print_operation_set_default_page_setup (operation, a4);
    }
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  /* An error before the dialog came up: ::done may not follow. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && !self->done)
    show_error (parent, error);
}
