/* koers-target-group-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One target group on the People page: who they are, the ideal customer,
 * how far they are with social media, and the networks they use.
 */
#define G_LOG_DOMAIN "koers-target-group-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-target-group-row.h"
#include "koers-bind.h"
#include "koers-labels.h"
#include "koers-network-row.h"
#include "koers-network-use.h"
#include "koers-plan.h"

struct _KoersTargetGroupRow
{
  GtkWidget         parent_instance;

  KoersTargetGroup *group;
  GListModel       *list;

  GtkEntry         *name_entry;
  GtkTextView      *description_view;
  GtkTextView      *ideal_customer_view;
  GtkBox           *adoption_box;
  GtkListBox       *networks_list;
};

G_DEFINE_FINAL_TYPE (KoersTargetGroupRow, koers_target_group_row, GTK_TYPE_WIDGET)

static GtkWidget *
create_network_row (gpointer item,
                    gpointer user_data)
{
  KoersTargetGroupRow *self = user_data;

  return koers_network_row_new (item, koers_target_group_get_networks (self->group));
}

static void
add_network_clicked_cb (KoersTargetGroupRow *self)
{
  g_autoptr(KoersNetworkUse) use = koers_network_use_new ();

  koers_plan_append (koers_plan_of (self->group), koers_target_group_get_networks (self->group), use);
}

static void
remove_clicked_cb (KoersTargetGroupRow *self)
{
  koers_list_remove_item (self->list, self->group);
}

static void
koers_target_group_row_dispose (GObject *object)
{
  KoersTargetGroupRow *self = (KoersTargetGroupRow *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_TARGET_GROUP_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->group);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (koers_target_group_row_parent_class)->dispose (object);
}

static void
koers_target_group_row_class_init (KoersTargetGroupRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_target_group_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-target-group-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersTargetGroupRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersTargetGroupRow, description_view);
  gtk_widget_class_bind_template_child (widget_class, KoersTargetGroupRow, ideal_customer_view);
  gtk_widget_class_bind_template_child (widget_class, KoersTargetGroupRow, adoption_box);
  gtk_widget_class_bind_template_child (widget_class, KoersTargetGroupRow, networks_list);
  gtk_widget_class_bind_template_callback (widget_class, add_network_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_target_group_row_init (KoersTargetGroupRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
koers_target_group_row_new (KoersTargetGroup *group,
                            GListModel       *list)
{
  KoersTargetGroupRow *self = g_object_new (KOERS_TYPE_TARGET_GROUP_ROW, NULL);
  GtkDropDown *adoption = koers_dropdown_new (koers_labels_adoption (),
                                              _("How far the group is with social media"));

  self->group = g_object_ref (group);
  self->list = g_object_ref (list);

  koers_bind_text (group, "name", GTK_WIDGET (self->name_entry));
  koers_bind_text (group, "description", GTK_WIDGET (self->description_view));
  koers_bind_text (group, "ideal-customer", GTK_WIDGET (self->ideal_customer_view));
  koers_bind_choice (group, "adoption", adoption);
  gtk_box_append (self->adoption_box, GTK_WIDGET (adoption));
  gtk_list_box_bind_model (self->networks_list, koers_target_group_get_networks (group),
                           create_network_row, self, NULL);

  return GTK_WIDGET (self);
}
