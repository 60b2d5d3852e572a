/* koers-network-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One network of a target group: its name, how active the group is there,
 * and a note.
 */
#define G_LOG_DOMAIN "koers-network-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-network-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"
#include "koers-labels.h"

struct _KoersNetworkRow
{
  GtkWidget        parent_instance;

  KoersNetworkUse *use;
  GListModel      *list;

  GtkEntry        *network_entry;
  GtkBox          *activity_box;
  GtkEntry        *notes_entry;
};

G_DEFINE_FINAL_TYPE (KoersNetworkRow, koers_network_row, GTK_TYPE_WIDGET)

static void
remove_clicked_cb (KoersNetworkRow *self)
{
  koers_row_remove (GTK_WIDGET (self), self->list, self->use, _("Network removed"));
}

static void
koers_network_row_dispose (GObject *object)
{
  KoersNetworkRow *self = (KoersNetworkRow *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_NETWORK_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->use);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (koers_network_row_parent_class)->dispose (object);
}

static void
koers_network_row_class_init (KoersNetworkRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_network_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-network-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersNetworkRow, network_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersNetworkRow, activity_box);
  gtk_widget_class_bind_template_child (widget_class, KoersNetworkRow, notes_entry);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_network_row_init (KoersNetworkRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
koers_network_row_new (KoersNetworkUse *use,
                       GListModel      *list)
{
  KoersNetworkRow *self = g_object_new (KOERS_TYPE_NETWORK_ROW, NULL);
  GtkDropDown *activity = koers_dropdown_new (koers_labels_activity (),
                                              _("How active the group is on this network"));

  self->use = g_object_ref (use);
  self->list = g_object_ref (list);

  koers_bind_text (use, "network", GTK_WIDGET (self->network_entry));
  koers_bind_text (use, "notes", GTK_WIDGET (self->notes_entry));
  koers_bind_choice (use, "activity", activity);
  gtk_box_append (self->activity_box, GTK_WIDGET (activity));

  koers_a11y_name_controls (GTK_WIDGET (self));
  return GTK_WIDGET (self);
}
