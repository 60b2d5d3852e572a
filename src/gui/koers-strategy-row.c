/* koers-strategy-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One strategy on the Strategy page: which kind of approach, a title of
 * the plan's own, and what the organisation will do.
 */
#define G_LOG_DOMAIN "koers-strategy-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-strategy-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"

struct _KoersStrategyRow
{
  GtkWidget      parent_instance;

  KoersStrategy *strategy;
  GBindingGroup *bindings;

  GtkDropDown   *kind_dropdown;
  GtkEntry      *title_entry;
  GtkTextView   *description_view;
};

G_DEFINE_FINAL_TYPE (KoersStrategyRow, koers_strategy_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
remove_clicked_cb (KoersStrategyRow *self)
{
  if (self->strategy != NULL)
    koers_row_remove (GTK_WIDGET (self), self->strategy, _("Strategy removed"));
}

static void
koers_strategy_row_dispose (GObject *object)
{
  KoersStrategyRow *self = (KoersStrategyRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_STRATEGY_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->strategy);

  G_OBJECT_CLASS (koers_strategy_row_parent_class)->dispose (object);
}

static void
set_item (KoersStrategyRow *self,
          KoersStrategy    *item)
{
  if (!g_set_object (&self->strategy, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_strategy_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KoersStrategyRow *self = KOERS_STRATEGY_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->strategy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_strategy_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KoersStrategyRow *self = KOERS_STRATEGY_ROW (object);

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
koers_strategy_row_class_init (KoersStrategyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_strategy_row_dispose;
  object_class->get_property = koers_strategy_row_get_property;
  object_class->set_property = koers_strategy_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_STRATEGY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-strategy-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyRow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyRow, description_view);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_strategy_row_init (KoersStrategyRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = koers_bind_group_new (KOERS_TYPE_STRATEGY);
  koers_dropdown_set_accessible_name (self->kind_dropdown, _("Kind of strategy"));
  koers_bind_choice (self->bindings, "kind", self->kind_dropdown);
  koers_bind_text (self->bindings, "title", GTK_WIDGET (self->title_entry));
  koers_bind_text (self->bindings, "description", GTK_WIDGET (self->description_view));

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_strategy_row_new (KoersStrategy *strategy)
{
  g_return_val_if_fail (KOERS_IS_STRATEGY (strategy), NULL);

  return g_object_new (KOERS_TYPE_STRATEGY_ROW, "item", strategy, NULL);
}
