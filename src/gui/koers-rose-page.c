/* koers-rose-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The communicatieroos: the rose to score by mouse or keyboard, each part's
 * scores, notes and actions, and printing and export for workshops.
 */
#define G_LOG_DOMAIN "koers-rose-page"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-rose-page.h"
#include "koers-export.h"
#include "koers-rose-part-row.h"
#include "koers-rose-view.h"

struct _KoersRosePage
{
  KoersPage             parent_instance;

  KoersRoseView        *view;
  GtkListBox           *parts_list;

  GtkFileChooserNative *chooser;
  /* the last export's choices, for the next one */
  guint                 export_format;
  gboolean              export_blank;
  KoersExportPaper      export_paper;
  gboolean              export_landscape;
};

G_DEFINE_FINAL_TYPE (KoersRosePage, koers_rose_page, KOERS_TYPE_PAGE)

static const struct {
  const char *name;
  const char *mime_type;
  const char *extension;
} formats[] = {
  { N_("PDF document"), "application/pdf", ".pdf" },
  { N_("SVG image"), "image/svg+xml", ".svg" },
  { N_("PNG image"), "image/png", ".png" },
};

static const char *style_ids[] = { "colour", "grey", "bw" };

static GtkWidget *
create_part_row (gpointer item,
                 gpointer user_data)
{
  return koers_rose_part_row_new (item);
}

static GtkWindow *
get_window (KoersRosePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The print button prints as Ctrl+P does: the window's Print action, with
 * the options get_print_options() gives. */
static void
print_clicked_cb (KoersRosePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.print", NULL);
}

static void
koers_rose_page_get_print_options (KoersPage          *page,
                                   KoersRenderOptions *opts)
{
  KoersRosePage *self = KOERS_ROSE_PAGE (page);

  opts->style = koers_rose_view_get_style (self->view);
  opts->blank = self->export_blank;
}

static void
error_response_cb (GtkDialog *dialog,
                   int        response)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
has_known_extension (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].extension))
      return TRUE;
  return FALSE;
}

static guint
choice_index (GtkFileChooser    *chooser,
              const char        *id,
              const char *const *options,
              guint              n_options,
              guint              fallback)
{
  const char *value = gtk_file_chooser_get_choice (chooser, id);

  for (guint i = 0; value != NULL && i < n_options; i++)
    if (g_strcmp0 (value, options[i]) == 0)
      return i;
  return fallback;
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(KoersRosePage) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (koers_export_to_file_finish (result, &error))
    return;

  dialog = gtk_message_dialog_new (get_window (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", _("The rose could not be exported"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (error_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_response_cb (KoersRosePage        *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  GtkFileChooser *fc = GTK_FILE_CHOOSER (chooser);
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));
  g_autoptr(GFile) file = NULL;
  GtkFileFilter *filter;
  KoersExportOptions opts;
  const char *blank;

  if (response != GTK_RESPONSE_ACCEPT || plan == NULL)
    goto out;

  file = gtk_file_chooser_get_file (fc);
  if (file == NULL)
    goto out;

  /* The chosen type picks the format when the name has no extension. */
  filter = gtk_file_chooser_get_filter (fc);
  for (guint i = 0; filter != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (gtk_file_filter_get_name (filter), _(formats[i].name)) == 0)
      self->export_format = i;
  {
    g_autofree char *name = g_file_get_basename (file);

    if (name != NULL && !has_known_extension (name))
      {
        g_autofree char *with_extension = g_strconcat (name, formats[self->export_format].extension,
                                                       NULL);
        g_autoptr(GFile) parent = g_file_get_parent (file);

        g_set_object (&file, g_file_get_child (parent, with_extension));
      }
  }

  {
    const char *papers[] = { "a4", "a3" };
    const char *orientations[] = { "portrait", "landscape" };
    guint style = choice_index (fc, "style", style_ids, G_N_ELEMENTS (style_ids),
                                koers_rose_view_get_style (self->view));

    self->export_paper = choice_index (fc, "paper", papers, G_N_ELEMENTS (papers),
                                       self->export_paper);
    self->export_landscape = choice_index (fc, "orientation", orientations,
                                           G_N_ELEMENTS (orientations),
                                           self->export_landscape) == 1;
    blank = gtk_file_chooser_get_choice (fc, "blank");
    if (blank != NULL)
      self->export_blank = g_strcmp0 (blank, "true") == 0;

    koers_export_options_init (&opts);
    opts.page = koers_page_get_printable_id (KOERS_PAGE (self));
    opts.style = style;
    opts.blank = self->export_blank;
    opts.paper = self->export_paper;
    opts.landscape = self->export_landscape;
  }

  /* One page of vector drawing here, a few milliseconds (bench/bench-rose.c);
   * the writing (and a PNG's pixels) in a thread. */
  koers_export_to_file_async (plan, file, &opts, NULL, exported_cb, g_object_ref (self));

out:
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
}

static void
export_clicked_cb (KoersRosePage *self)
{
  GtkFileChooser *fc;
  const char *style_labels[] = {
    C_("rose style", "Colour"), C_("rose style", "Grey"), C_("rose style", "Black and white"), NULL
  };
  const char *paper_ids[] = { "a4", "a3", NULL };
  const char *paper_labels[] = { "A4", "A3", NULL };
  const char *orientation_ids[] = { "portrait", "landscape", NULL };
  const char *orientation_labels[] = { _("Portrait"), _("Landscape"), NULL };
  const char *style_options[] = { style_ids[0], style_ids[1], style_ids[2], NULL };
  g_autofree char *name = NULL;
  GtkFileFilter *selected = NULL;

  if (koers_page_get_plan (KOERS_PAGE (self)) == NULL)
    return;
  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Export the Communication Rose"),
                                               get_window (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  fc = GTK_FILE_CHOOSER (self->chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_autofree char *pattern = g_strconcat ("*", formats[i].extension, NULL);

      gtk_file_filter_set_name (filter, _(formats[i].name));
      gtk_file_filter_add_mime_type (filter, formats[i].mime_type);
      gtk_file_filter_add_pattern (filter, pattern);
      gtk_file_chooser_add_filter (fc, filter);
      if (i == self->export_format)
        selected = filter;
    }
  if (selected != NULL)
    gtk_file_chooser_set_filter (fc, selected);

  gtk_file_chooser_add_choice (fc, "style", _("Variant"), style_options, style_labels);
  gtk_file_chooser_set_choice (fc, "style", style_ids[koers_rose_view_get_style (self->view)]);
  gtk_file_chooser_add_choice (fc, "paper", _("Paper"), paper_ids, paper_labels);
  gtk_file_chooser_set_choice (fc, "paper", paper_ids[self->export_paper]);
  gtk_file_chooser_add_choice (fc, "orientation", _("Orientation"),
                               orientation_ids, orientation_labels);
  gtk_file_chooser_set_choice (fc, "orientation", orientation_ids[self->export_landscape ? 1 : 0]);
  gtk_file_chooser_add_choice (fc, "blank", _("Blank workshop version"), NULL, NULL);
  gtk_file_chooser_set_choice (fc, "blank", self->export_blank ? "true" : "false");

  /* Translators: the suggested file name of an exported rose, without extension */
  name = g_strconcat (C_("file name", "communication-rose"), formats[self->export_format].extension,
                      NULL);
  gtk_file_chooser_set_current_name (fc, name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
koers_rose_page_bind (KoersPage *page,
                      KoersPlan *plan)
{
  KoersRosePage *self = KOERS_ROSE_PAGE (page);

  /* The view follows the page's plan through a binding in the template. */
  gtk_list_box_bind_model (self->parts_list, koers_plan_get_rose_parts (plan),
                           create_part_row, self, NULL);
}

static void
koers_rose_page_dispose (GObject *object)
{
  KoersRosePage *self = (KoersRosePage *) object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_list_box_bind_model (self->parts_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ROSE_PAGE);

  G_OBJECT_CLASS (koers_rose_page_parent_class)->dispose (object);
}

static void
koers_rose_page_class_init (KoersRosePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->dispose = koers_rose_page_dispose;
  page_class->bind = koers_rose_page_bind;
  page_class->get_print_options = koers_rose_page_get_print_options;
  page_class->printable_id = "rose";

  g_type_ensure (KOERS_TYPE_ROSE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-rose-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersRosePage, view);
  gtk_widget_class_bind_template_child (widget_class, KoersRosePage, parts_list);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
}

static void
koers_rose_page_init (KoersRosePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
