/* koers-export-status.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The line under a page's Print and Export buttons that says where the last
 * export went, with Open File. Every page that uses the shared Export dialog
 * (koers-export-dialog.c) has one; it stays while it is the page's news, so
 * the user can read the path and open the file when they want, not within a
 * toast's seconds. The next export, an import or another plan takes it away.
 */
#define G_LOG_DOMAIN "koers-export-status"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "koers-export-status.h"
#include "koers-a11y.h"

struct _KoersExportStatus
{
  GtkWidget  parent_instance;

  GtkLabel  *label;
  GtkWidget *open_button;
  GFile     *file;
};

G_DEFINE_FINAL_TYPE (KoersExportStatus, koers_export_status, GTK_TYPE_WIDGET)

static void
open_clicked_cb (KoersExportStatus *self)
{
  g_autofree char *uri = NULL;
  GtkRoot *root;

  if (self->file == NULL)
    return;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  /* gtk_show_uri goes through the OpenURI portal in a sandbox */
  uri = g_file_get_uri (self->file);
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
koers_export_status_dispose (GObject *object)
{
  KoersExportStatus *self = (KoersExportStatus *) object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (koers_export_status_parent_class)->dispose (object);
}

static void
koers_export_status_class_init (KoersExportStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_export_status_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "koers-export-status");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
koers_export_status_init (KoersExportStatus *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  /* centred as the button is, so that Tab reaches the text first */
  gtk_widget_set_valign (GTK_WIDGET (self->label), GTK_ALIGN_CENTER);
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_wrap_mode (self->label, PANGO_WRAP_WORD_CHAR);
  /* its least width at twenty characters, not one (see the overview's
   * finding rows): measuring a path broken after every character is slow */
  gtk_label_set_width_chars (self->label, 20);
  gtk_label_set_selectable (self->label, TRUE);
  koers_a11y_set_label (GTK_WIDGET (self->label), _("Export"));
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));

  self->open_button = gtk_button_new_with_mnemonic (_("_Open File"));
  gtk_widget_set_valign (self->open_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->open_button,
                               _("Open the exported file in the app that shows it"));
  g_signal_connect_swapped (self->open_button, "clicked", G_CALLBACK (open_clicked_cb), self);
  gtk_widget_set_parent (self->open_button, GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
koers_export_status_new (void)
{
  return g_object_new (KOERS_TYPE_EXPORT_STATUS, NULL);
}

/**
 * koers_export_status_dup_where:
 * @file: an exported file
 *
 * How the status names @file: its path, or only its name when it lies under
 * the document portal's /run/user/UID/doc/ (inside a sandbox), a path that
 * means nothing to the user.
 *
 * Returns: (transfer full): the name to show
 */
char *
koers_export_status_dup_where (GFile *file)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path != NULL && g_str_has_prefix (path, "/run/user/") &&
      strstr (path + strlen ("/run/user/"), "/doc/") != NULL)
    return g_file_get_basename (file);
  return g_file_get_parse_name (file);
}

/**
 * koers_export_status_show:
 * @file: the file just written
 *
 * Says that the export went to @file, and offers to open it.
 */
void
koers_export_status_show (KoersExportStatus *self,
                          GFile             *file)
{
  koers_export_status_show_files (self, file, 1);
}

/**
 * koers_export_status_show_files:
 * @first: the first file just written
 * @n_files: how many were written: an SVG or a PNG of several pages is a
 *   file per page (koers_export_dup_page_file())
 *
 * Says that the export went to @first, and to how many files, and offers
 * to open the first.
 */
void
koers_export_status_show_files (KoersExportStatus *self,
                                GFile             *first,
                                guint              n_files)
{
  g_autofree char *where = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (KOERS_IS_EXPORT_STATUS (self));
  g_return_if_fail (G_IS_FILE (first));

  g_set_object (&self->file, first);
  where = koers_export_status_dup_where (first);
  if (n_files <= 1)
    /* Translators: %s is the exported file, with its folder */
    text = g_strdup_printf (_("Exported to %s"), where);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: an export of a document of
                                          * several pages as images, a file per page;
                                          * %s is the first file, with its folder */
                                         "Exported %u page, a file each, the first to %s",
                                         "Exported %u pages, a file each, the first to %s",
                                         n_files),
                            n_files, where);
  gtk_label_set_label (self->label, text);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

/* While a new export is written, the old line would say the wrong thing. */
void
koers_export_status_hide (KoersExportStatus *self)
{
  g_return_if_fail (KOERS_IS_EXPORT_STATUS (self));

  g_clear_object (&self->file);
  gtk_label_set_label (self->label, "");
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/* Returns: (transfer none) (nullable): the file the status names */
GFile *
koers_export_status_get_file (KoersExportStatus *self)
{
  g_return_val_if_fail (KOERS_IS_EXPORT_STATUS (self), NULL);

  return self->file;
}

/* Returns: the status line's text; "" when hidden */
const char *
koers_export_status_get_text (KoersExportStatus *self)
{
  g_return_val_if_fail (KOERS_IS_EXPORT_STATUS (self), NULL);

  return gtk_label_get_label (self->label);
}
