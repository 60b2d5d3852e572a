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
#include "koers-a11y.h"
#include "koers-bind.h"
#include "koers-network-row.h"
#include "koers-network-use.h"
#include "koers-plan.h"

struct _KoersTargetGroupRow
{
  GtkWidget         parent_instance;

  KoersTargetGroup *group;
  GBindingGroup    *bindings;

  GtkEntry         *name_entry;
  GtkTextView      *description_view;
  GtkTextView      *ideal_customer_view;
  GtkDropDown      *adoption_dropdown;
  GtkListBox       *networks_list;
};

G_DEFINE_FINAL_TYPE (KoersTargetGroupRow, koers_target_group_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GtkWidget *
create_network_row (gpointer item,
                    gpointer user_data)
{
  return koers_network_row_new (item);
}

static void
add_network_clicked_cb (KoersTargetGroupRow *self)
{
  g_autoptr(KoersNetworkUse) use = NULL;

  if (self->group == NULL)
    return;
  use = koers_network_use_new ();
  koers_plan_append (koers_plan_of (self->group), koers_target_group_get_networks (self->group), use);
}

static void
remove_clicked_cb (KoersTargetGroupRow *self)
{
  if (self->group != NULL)
    koers_row_remove (GTK_WIDGET (self), self->group, _("Target group removed"));
}

static void
koers_target_group_row_dispose (GObject *object)
{
  KoersTargetGroupRow *self = (KoersTargetGroupRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_TARGET_GROUP_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->group);

  G_OBJECT_CLASS (koers_target_group_row_parent_class)->dispose (object);
}

static void
set_item (KoersTargetGroupRow *self,
          KoersTargetGroup    *item)
{
  if (!g_set_object (&self->group, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  gtk_list_box_bind_model (self->networks_list,
                           item ? koers_target_group_get_networks (item) : NULL,
                           create_network_row, NULL, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_target_group_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KoersTargetGroupRow *self = KOERS_TARGET_GROUP_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->group);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_target_group_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KoersTargetGroupRow *self = KOERS_TARGET_GROUP_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_target_group_row_class_init (KoersTargetGroupRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_target_group_row_dispose;
  object_class->get_property = koers_target_group_row_get_property;
  object_class->set_property = koers_target_group_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_TARGET_GROUP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-target-group-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersTargetGroupRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersTargetGroupRow, description_view);
  gtk_widget_class_bind_template_child (widget_class, KoersTargetGroupRow, ideal_customer_view);
  gtk_widget_class_bind_template_child (widget_class, KoersTargetGroupRow, adoption_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersTargetGroupRow, networks_list);
  gtk_widget_class_bind_template_callback (widget_class, add_network_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_target_group_row_init (KoersTargetGroupRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = koers_bind_group_new (KOERS_TYPE_TARGET_GROUP);
  koers_dropdown_set_accessible_name (self->adoption_dropdown,
                                      _("How far along the group is with social media"));
  koers_bind_text (self->bindings, "name", GTK_WIDGET (self->name_entry));
  koers_bind_text (self->bindings, "description", GTK_WIDGET (self->description_view));
  koers_bind_text (self->bindings, "ideal-customer", GTK_WIDGET (self->ideal_customer_view));
  koers_bind_choice (self->bindings, "adoption", self->adoption_dropdown);
  koers_list_box_focus_new_rows (self->networks_list);

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_target_group_row_new (KoersTargetGroup *group)
{
  g_return_val_if_fail (KOERS_IS_TARGET_GROUP (group), NULL);

  return g_object_new (KOERS_TYPE_TARGET_GROUP_ROW, "item", group, NULL);
}
