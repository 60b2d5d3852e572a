/* koers-rose-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The communicatieroos: the rose to score by mouse or keyboard, each part's
 * scores, notes and actions, and printing and export for workshops.
 */
#define G_LOG_DOMAIN "koers-rose-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "koers-rose-page.h"
#include "koers-rose-page-private.h"
#include "koers-export.h"
#include "koers-rose-part-row.h"
#include "koers-rose-view.h"

struct _KoersRosePage
{
  KoersPage             parent_instance;

  KoersRoseView        *view;
  GtkListBox           *parts_list;
  GtkWidget            *export_status;
  GtkLabel             *export_status_label;

  GtkFileChooserNative *chooser;
  /* the last export's choices, for the next one */
  guint                 export_format;
  gboolean              export_blank;
  KoersRenderStyle      export_style;
  KoersExportPaper      export_paper;
  gboolean              export_landscape;
  /* the format the open dialog suggested, for a name that did not follow a new type */
  guint                 export_suggested;
  GFile                *exported;
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

/* Where the export went. Inside a sandbox a chosen file lives under the
 * document portal's /run/user/UID/doc/ID/, a path that means nothing to the
 * user: then the name alone. */
static void
show_export_status (KoersRosePage *self)
{
  g_autofree char *where = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = g_file_get_path (self->exported);

  if (path != NULL && g_str_has_prefix (path, "/run/user/") && strstr (path, "/doc/") != NULL)
    where = g_file_get_basename (self->exported);
  else
    where = g_file_get_parse_name (self->exported);
  /* Translators: %s is the exported file, with its folder */
  text = g_strdup_printf (_("Exported to %s"), where);
  gtk_label_set_label (self->export_status_label, text);
  gtk_widget_set_visible (self->export_status, TRUE);
}

static void
open_export_clicked_cb (KoersRosePage *self)
{
  g_autofree char *uri = NULL;

  if (self->exported == NULL)
    return;
  /* gtk_show_uri goes through the OpenURI portal in a sandbox */
  uri = g_file_get_uri (self->exported);
  gtk_show_uri (get_window (self), uri, GDK_CURRENT_TIME);
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
    {
      show_export_status (self);
      return;
    }

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
  const char *blank;

  if (response != GTK_RESPONSE_ACCEPT || plan == NULL)
    goto out;

  file = gtk_file_chooser_get_file (fc);
  if (file == NULL)
    goto out;

  /* The name follows the chosen type, and a typed extension picks the format. */
  {
    guint chosen = self->export_format;

    filter = gtk_file_chooser_get_filter (fc);
    for (guint i = 0; filter != NULL && i < G_N_ELEMENTS (formats); i++)
      if (g_strcmp0 (gtk_file_filter_get_name (filter), _(formats[i].name)) == 0)
        chosen = i;

    {
      const char *papers[] = { "a4", "a3" };
      const char *orientations[] = { "portrait", "landscape" };

      self->export_style = choice_index (fc, "style", style_ids, G_N_ELEMENTS (style_ids),
                                         koers_rose_view_get_style (self->view));
      self->export_paper = choice_index (fc, "paper", papers, G_N_ELEMENTS (papers),
                                         self->export_paper);
      self->export_landscape = choice_index (fc, "orientation", orientations,
                                             G_N_ELEMENTS (orientations),
                                             self->export_landscape) == 1;
      blank = gtk_file_chooser_get_choice (fc, "blank");
      if (blank != NULL)
        self->export_blank = g_strcmp0 (blank, "true") == 0;
    }
    _koers_rose_page_export (self, file, chosen);
  }

out:
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
}

/**
 * _koers_rose_page_export:
 * @file: the file the user chose
 * @chosen: the index of the file type chosen in the dialog
 *
 * Exports the rose as the dialog's response does: the name follows the
 * chosen type (koers_export_name_for_format()), the format follows the
 * name, and the page tells where the file went when it is written.
 */
void
_koers_rose_page_export (KoersRosePage *self,
                         GFile         *file,
                         guint          chosen)
{
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *export_name = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (file);
  KoersExportOptions opts;

  g_return_if_fail (KOERS_IS_ROSE_PAGE (self));
  g_return_if_fail (chosen < G_N_ELEMENTS (formats));

  if (plan == NULL || name == NULL || parent == NULL)
    return;
  export_name = koers_export_name_for_format (name, formats[chosen].extension,
                                              formats[self->export_suggested].extension);
  /* the next dialog offers the format this export has */
  self->export_format = chosen;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (export_name, formats[i].extension))
      self->export_format = i;
  g_clear_object (&self->exported);
  self->exported = g_file_get_child (parent, export_name);
  gtk_widget_set_visible (self->export_status, FALSE);

  koers_export_options_init (&opts);
  opts.page = koers_page_get_printable_id (KOERS_PAGE (self));
  opts.style = self->export_style;
  opts.blank = self->export_blank;
  opts.paper = self->export_paper;
  opts.landscape = self->export_landscape;

  /* One page of vector drawing here, a few milliseconds (bench/bench-rose.c);
   * the writing (and a PNG's pixels) in a thread. */
  koers_export_to_file_async (plan, self->exported, &opts, NULL, exported_cb,
                              g_object_ref (self));
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
  self->export_suggested = self->export_format;
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
  g_clear_object (&self->exported);
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
  gtk_widget_class_bind_template_child (widget_class, KoersRosePage, export_status);
  gtk_widget_class_bind_template_child (widget_class, KoersRosePage, export_status_label);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_export_clicked_cb);
}

static void
koers_rose_page_init (KoersRosePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
