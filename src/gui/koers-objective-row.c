/* koers-objective-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One SMART objective (doelstelling) on the Objectives page: the KPI, where
 * it stands now, the value aimed for and the deadline. A hint under the
 * fields says what is still missing to make it SMART.
 */
#define G_LOG_DOMAIN "koers-objective-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-objective-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"
#include "koers-date-button.h"

struct _KoersObjectiveRow
{
  GtkWidget        parent_instance;

  KoersObjective  *objective;
  GBindingGroup   *bindings;
  GSignalGroup    *signals;

  GtkEntry        *title_entry;
  GtkEntry        *kpi_entry;
  GtkEntry        *unit_entry;
  GtkSpinButton   *baseline_spin;
  GtkCheckButton  *has_target_check;
  GtkSpinButton   *target_spin;
  KoersDateButton *deadline_button;
  GtkEntry        *goal_entry;
  GtkWidget       *hint_box;
  GtkLabel        *hint_label;
};

G_DEFINE_FINAL_TYPE (KoersObjectiveRow, koers_objective_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update_hint (KoersObjectiveRow *self)
{
  gboolean has_target;
  gboolean has_deadline;
  const char *hint = NULL;

  if (self->objective == NULL)
    {
      gtk_widget_set_visible (self->hint_box, FALSE);
      return;
    }
  has_target = koers_objective_get_has_target (self->objective);
  has_deadline = koers_objective_get_deadline (self->objective) != NULL;

  if (!has_target && !has_deadline)
    hint = _("Not SMART yet: set a target value and a deadline.");
  else if (!has_target)
    hint = _("Not SMART yet: set a target value, so you can tell when it is reached.");
  else if (!has_deadline)
    hint = _("Not SMART yet: set a deadline, so it is time-bound.");

  if (hint != NULL)
    gtk_label_set_label (self->hint_label, hint);
  gtk_widget_set_visible (self->hint_box, hint != NULL);
}

/* Numbers as people write them: 420, not 420.00; 2.5 stays 2.5. */
static gboolean
spin_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%.15g", gtk_spin_button_get_value (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
remove_clicked_cb (KoersObjectiveRow *self)
{
  if (self->objective != NULL)
    koers_row_remove (GTK_WIDGET (self), self->objective, _("Objective removed"));
}

static void
koers_objective_row_dispose (GObject *object)
{
  KoersObjectiveRow *self = (KoersObjectiveRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  g_clear_object (&self->signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_OBJECTIVE_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->objective);

  G_OBJECT_CLASS (koers_objective_row_parent_class)->dispose (object);
}

static void
set_item (KoersObjectiveRow *self,
          KoersObjective    *item)
{
  if (!g_set_object (&self->objective, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  g_signal_group_set_target (self->signals, item);
  update_hint (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_objective_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KoersObjectiveRow *self = KOERS_OBJECTIVE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->objective);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_objective_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KoersObjectiveRow *self = KOERS_OBJECTIVE_ROW (object);

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
koers_objective_row_class_init (KoersObjectiveRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_objective_row_dispose;
  object_class->get_property = koers_objective_row_get_property;
  object_class->set_property = koers_objective_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_OBJECTIVE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KOERS_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-objective-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersObjectiveRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectiveRow, kpi_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectiveRow, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectiveRow, baseline_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectiveRow, has_target_check);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectiveRow, target_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectiveRow, deadline_button);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectiveRow, goal_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectiveRow, hint_box);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectiveRow, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_output_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_objective_row_init (KoersObjectiveRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = koers_bind_group_new (KOERS_TYPE_OBJECTIVE);
  koers_bind_text (self->bindings, "title", GTK_WIDGET (self->title_entry));
  koers_bind_text (self->bindings, "kpi", GTK_WIDGET (self->kpi_entry));
  koers_bind_text (self->bindings, "unit", GTK_WIDGET (self->unit_entry));
  koers_bind_number (self->bindings, "baseline", self->baseline_spin);
  koers_bind_active (self->bindings, "has-target", GTK_WIDGET (self->has_target_check));
  koers_bind_number (self->bindings, "target", self->target_spin);
  koers_date_button_bind (self->deadline_button, self->bindings, "deadline");
  koers_bind_text (self->bindings, "goal", GTK_WIDGET (self->goal_entry));

  self->signals = g_signal_group_new (KOERS_TYPE_OBJECTIVE);
  g_signal_group_connect_object (self->signals, "notify::has-target",
                                 G_CALLBACK (update_hint), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->signals, "notify::deadline",
                                 G_CALLBACK (update_hint), self, G_CONNECT_SWAPPED);
  update_hint (self);

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_objective_row_new (KoersObjective *objective)
{
  g_return_val_if_fail (KOERS_IS_OBJECTIVE (objective), NULL);

  return g_object_new (KOERS_TYPE_OBJECTIVE_ROW, "item", objective, NULL);
}
