/* koers-tool-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One tool of the plan: monitoring, scheduling, CRM and the like, with
 * what it costs a month.
 */
#define G_LOG_DOMAIN "koers-tool-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-tool-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"

struct _KoersToolRow
{
  GtkWidget      parent_instance;

  KoersTool     *tool;
  GBindingGroup *bindings;

  GtkEntry      *name_entry;
  GtkDropDown   *kind_dropdown;
  GtkSpinButton *cost_spin;
  GtkEntry      *notes_entry;
};

G_DEFINE_FINAL_TYPE (KoersToolRow, koers_tool_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
remove_clicked_cb (KoersToolRow *self)
{
  if (self->tool != NULL)
    koers_row_remove (GTK_WIDGET (self), self->tool, _("Tool removed"));
}

static void
koers_tool_row_dispose (GObject *object)
{
  KoersToolRow *self = (KoersToolRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_TOOL_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->tool);

  G_OBJECT_CLASS (koers_tool_row_parent_class)->dispose (object);
}

static void
set_item (KoersToolRow *self,
          KoersTool    *item)
{
  if (!g_set_object (&self->tool, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_tool_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KoersToolRow *self = KOERS_TOOL_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->tool);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_tool_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KoersToolRow *self = KOERS_TOOL_ROW (object);

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
koers_tool_row_class_init (KoersToolRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_tool_row_dispose;
  object_class->get_property = koers_tool_row_get_property;
  object_class->set_property = koers_tool_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_TOOL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-tool-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersToolRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersToolRow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersToolRow, cost_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersToolRow, notes_entry);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_tool_row_init (KoersToolRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = koers_bind_group_new (KOERS_TYPE_TOOL);
  koers_dropdown_set_accessible_name (self->kind_dropdown, _("Kind of tool"));
  koers_bind_text (self->bindings, "name", GTK_WIDGET (self->name_entry));
  koers_bind_choice (self->bindings, "kind", self->kind_dropdown);
  koers_bind_number (self->bindings, "cost-per-month", self->cost_spin);
  gtk_spin_button_set_increments (self->cost_spin, 1, 10);
  koers_bind_text (self->bindings, "notes", GTK_WIDGET (self->notes_entry));

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_tool_row_new (KoersTool *tool)
{
  g_return_val_if_fail (KOERS_IS_TOOL (tool), NULL);

  return g_object_new (KOERS_TYPE_TOOL_ROW, "item", tool, NULL);
}
