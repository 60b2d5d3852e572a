/* koers-recent-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan on the welcome's list of recent plans: its file name, and the
 * folder it is in below it.
 */
#define G_LOG_DOMAIN "koers-recent-row"

#include "config.h"

#include "koers-recent-row.h"

struct _KoersRecentRow
{
  GtkListBoxRow  parent_instance;

  GFile         *file;

  GtkLabel      *name_label;
  GtkLabel      *folder_label;
};

G_DEFINE_FINAL_TYPE (KoersRecentRow, koers_recent_row, GTK_TYPE_LIST_BOX_ROW)

static void
koers_recent_row_dispose (GObject *object)
{
  KoersRecentRow *self = KOERS_RECENT_ROW (object);

  g_clear_object (&self->file);
  gtk_widget_dispose_template (GTK_WIDGET (object), KOERS_TYPE_RECENT_ROW);

  G_OBJECT_CLASS (koers_recent_row_parent_class)->dispose (object);
}

static void
koers_recent_row_class_init (KoersRecentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_recent_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-recent-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersRecentRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, KoersRecentRow, folder_label);
}

static void
koers_recent_row_init (KoersRecentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * koers_recent_row_new:
 * @file: a plan's file
 *
 * Returns: (transfer floating): a row that shows @file
 */
GtkWidget *
koers_recent_row_new (GFile *file)
{
  KoersRecentRow *self;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (KOERS_TYPE_RECENT_ROW, NULL);
  self->file = g_object_ref (file);
  parent = g_file_get_parent (file);
  name = g_file_get_basename (file);
  folder = parent != NULL ? g_file_get_parse_name (parent) : g_strdup ("");

  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->folder_label, folder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return GTK_WIDGET (self);
}

/**
 * koers_recent_row_get_file:
 *
 * Returns: (transfer none): the plan's file
 */
GFile *
koers_recent_row_get_file (KoersRecentRow *self)
{
  g_return_val_if_fail (KOERS_IS_RECENT_ROW (self), NULL);

  return self->file;
}
