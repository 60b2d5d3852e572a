/* koers-goal-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One goal (doel) on the Objectives page: what the organisation wants to
 * achieve, in plain words.
 */
#define G_LOG_DOMAIN "koers-goal-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-goal-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"

struct _KoersGoalRow
{
  GtkWidget    parent_instance;

  KoersGoal   *goal;
  GBindingGroup*bindings;

  GtkEntry    *title_entry;
  GtkTextView *description_view;
};

G_DEFINE_FINAL_TYPE (KoersGoalRow, koers_goal_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
remove_clicked_cb (KoersGoalRow *self)
{
  if (self->goal != NULL)
    koers_row_remove (GTK_WIDGET (self), self->goal, _("Goal removed"));
}

static void
koers_goal_row_dispose (GObject *object)
{
  KoersGoalRow *self = (KoersGoalRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_GOAL_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->goal);

  G_OBJECT_CLASS (koers_goal_row_parent_class)->dispose (object);
}

static void
set_item (KoersGoalRow *self,
          KoersGoal    *item)
{
  if (!g_set_object (&self->goal, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_goal_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KoersGoalRow *self = KOERS_GOAL_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->goal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_goal_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KoersGoalRow *self = KOERS_GOAL_ROW (object);

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
koers_goal_row_class_init (KoersGoalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_goal_row_dispose;
  object_class->get_property = koers_goal_row_get_property;
  object_class->set_property = koers_goal_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_GOAL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-goal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersGoalRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalRow, description_view);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_goal_row_init (KoersGoalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = koers_bind_group_new (KOERS_TYPE_GOAL);
  koers_bind_text (self->bindings, "title", GTK_WIDGET (self->title_entry));
  koers_bind_text (self->bindings, "description", GTK_WIDGET (self->description_view));

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_goal_row_new (KoersGoal *goal)
{
  g_return_val_if_fail (KOERS_IS_GOAL (goal), NULL);

  return g_object_new (KOERS_TYPE_GOAL_ROW, "item", goal, NULL);
}
