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

struct _KoersNetworkRow
{
  GtkWidget        parent_instance;

  KoersNetworkUse *use;
  GBindingGroup   *bindings;

  GtkEntry        *network_entry;
  GtkDropDown     *activity_dropdown;
  GtkEntry        *notes_entry;
};

G_DEFINE_FINAL_TYPE (KoersNetworkRow, koers_network_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
remove_clicked_cb (KoersNetworkRow *self)
{
  if (self->use != NULL)
    koers_row_remove (GTK_WIDGET (self), self->use, _("Network removed"));
}

static void
koers_network_row_dispose (GObject *object)
{
  KoersNetworkRow *self = (KoersNetworkRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_NETWORK_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->use);

  G_OBJECT_CLASS (koers_network_row_parent_class)->dispose (object);
}

static void
set_item (KoersNetworkRow *self,
          KoersNetworkUse *item)
{
  if (!g_set_object (&self->use, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_network_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KoersNetworkRow *self = KOERS_NETWORK_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->use);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_network_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KoersNetworkRow *self = KOERS_NETWORK_ROW (object);

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
koers_network_row_class_init (KoersNetworkRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_network_row_dispose;
  object_class->get_property = koers_network_row_get_property;
  object_class->set_property = koers_network_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_NETWORK_USE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-network-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersNetworkRow, network_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersNetworkRow, activity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersNetworkRow, notes_entry);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_network_row_init (KoersNetworkRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = koers_bind_group_new (KOERS_TYPE_NETWORK_USE);
  koers_bind_text (self->bindings, "network", GTK_WIDGET (self->network_entry));
  koers_bind_text (self->bindings, "notes", GTK_WIDGET (self->notes_entry));
  koers_dropdown_set_accessible_name (self->activity_dropdown,
                                      _("How active the group is on this network"));
  koers_bind_choice (self->bindings, "activity", self->activity_dropdown);

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_network_row_new (KoersNetworkUse *use)
{
  g_return_val_if_fail (KOERS_IS_NETWORK_USE (use), NULL);

  return g_object_new (KOERS_TYPE_NETWORK_ROW, "item", use, NULL);
}
