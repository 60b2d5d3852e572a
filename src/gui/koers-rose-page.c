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
#include "koers-export-dialog.h"
#include "koers-rose-part-row.h"
#include "koers-rose-view.h"

struct _KoersRosePage
{
  KoersPage             parent_instance;

  KoersRoseView        *view;
  GtkListBox           *parts_list;

  KoersExportStatus    *export_status;
  GtkFileChooserNative *chooser;  /* weak: an open Export dialog */
  KoersExportChoices    export;    /* the last export's choices, for the next one */
};

G_DEFINE_FINAL_TYPE (KoersRosePage, koers_rose_page, KOERS_TYPE_PAGE)

static GtkWidget *
create_part_row (gpointer item,
                 gpointer user_data)
{
  return koers_rose_part_row_new (item);
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
  opts->blank = self->export.blank;
}

static void
export_clicked_cb (KoersRosePage *self)
{
  if (koers_page_get_plan (KOERS_PAGE (self)) == NULL)
    return;
  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }
  g_set_weak_pointer (&self->chooser,
                      koers_export_dialog_show (KOERS_PAGE (self), &self->export,
                                                koers_rose_view_get_style (self->view),
                                                _("Export the Communication Rose"),
                                                /* Translators: the suggested file name of an
                                                 * exported rose, without extension */
                                                C_("file name", "communication-rose"),
                                                _("The rose could not be exported")));
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
    {
      GtkFileChooserNative *chooser = self->chooser;

      g_clear_weak_pointer (&self->chooser);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
      g_object_unref (chooser);
    }
  gtk_list_box_bind_model (self->parts_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ROSE_PAGE);

  G_OBJECT_CLASS (koers_rose_page_parent_class)->dispose (object);
}

/* "part/N" (koers-check.c): the part's score */
static gboolean
koers_rose_page_show_location (KoersPage  *page,
                               const char *location)
{
  KoersRosePage *self = KOERS_ROSE_PAGE (page);
  guint index;

  if (!koers_page_parse_location (location, "part", &index, NULL))
    return FALSE;
  return koers_page_focus_list_row (page, self->parts_list, index, "current_spin");
}

static void
koers_rose_page_class_init (KoersRosePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->dispose = koers_rose_page_dispose;
  page_class->bind = koers_rose_page_bind;
  page_class->show_location = koers_rose_page_show_location;
  page_class->get_print_options = koers_rose_page_get_print_options;
  page_class->printable_id = "rose";

  g_type_ensure (KOERS_TYPE_ROSE_VIEW);
  g_type_ensure (KOERS_TYPE_EXPORT_STATUS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-rose-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersRosePage, view);
  gtk_widget_class_bind_template_child (widget_class, KoersRosePage, export_status);
  gtk_widget_class_bind_template_child (widget_class, KoersRosePage, parts_list);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
}

static void
koers_rose_page_init (KoersRosePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  koers_export_dialog_set_status (KOERS_PAGE (self), self->export_status);
}
