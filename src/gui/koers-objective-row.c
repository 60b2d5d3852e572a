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
#include "koers-goal.h"
#include "koers-plan.h"

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
  GtkDropDown     *goal_dropdown;
  GtkStringList   *goal_titles;  /* what goal_dropdown offers */
  GSignalGroup    *plan_signals;
  gboolean         filling;      /* goal_dropdown is being filled, not chosen */
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

/* "For goal" offers no goal and the goals of the plan by title. A title
 * that is none of them (the goal was renamed or removed, or a file from
 * elsewhere) stays, marked, until the user chooses. */
static void
fill_goals (KoersObjectiveRow *self)
{
  KoersPlan *plan = self->objective != NULL ? koers_plan_of (self->objective) : NULL;
  const char *current = self->objective != NULL ? koers_objective_get_goal (self->objective) : "";
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  g_ptr_array_add (titles, g_strdup (_("No goal")));
  if (plan != NULL)
    {
      GListModel *goals = koers_plan_get_goals (plan);

      for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
        {
          g_autoptr(KoersGoal) goal = g_list_model_get_item (goals, i);
          const char *title = koers_goal_get_title (goal);

          if (*title == '\0')
            continue;
          if (selected == 0 && g_strcmp0 (title, current) == 0)
            selected = titles->len;
          g_ptr_array_add (titles, g_strdup (title));
        }
    }
  if (selected == 0 && *current != '\0')
    {
      selected = titles->len;
      /* Translators: an objective's goal that is not among the plan's goals */
      g_ptr_array_add (titles, g_strdup_printf (_("%s (not a goal of this plan)"), current));
    }
  g_ptr_array_add (titles, NULL);

  self->filling = TRUE;
  gtk_string_list_splice (self->goal_titles, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->goal_titles)),
                          (const char *const *) titles->pdata);
  gtk_drop_down_set_selected (self->goal_dropdown, selected);
  self->filling = FALSE;
}

static void
goal_selected_cb (KoersObjectiveRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->goal_dropdown);
  KoersPlan *plan;
  g_autoptr(KoersGoal) goal = NULL;

  if (self->filling || self->objective == NULL ||
      (plan = koers_plan_of (self->objective)) == NULL)
    return;
  if (selected == 0)
    {
      koers_objective_set_goal (self->objective, "");
      return;
    }
  /* The n-th goal with a title, as fill_goals() listed them */
  for (guint i = 0, n = 0; i < g_list_model_get_n_items (koers_plan_get_goals (plan)); i++)
    {
      g_autoptr(KoersGoal) candidate = g_list_model_get_item (koers_plan_get_goals (plan), i);

      if (*koers_goal_get_title (candidate) != '\0' && ++n == selected)
        {
          koers_objective_set_goal (self->objective, koers_goal_get_title (candidate));
          return;
        }
    }
  /* The marked title that is no goal: it stays as it is. */
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
  g_clear_object (&self->plan_signals);
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
  g_signal_group_set_target (self->plan_signals, item != NULL ? koers_plan_of (item) : NULL);
  update_hint (self);
  fill_goals (self);
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
  gtk_widget_class_bind_template_child (widget_class, KoersObjectiveRow, goal_dropdown);
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
  self->goal_titles = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->goal_dropdown, G_LIST_MODEL (self->goal_titles));
  g_object_unref (self->goal_titles);  /* the drop-down keeps it */
  g_signal_connect_object (self->goal_dropdown, "notify::selected",
                           G_CALLBACK (goal_selected_cb), self, G_CONNECT_SWAPPED);

  self->signals = g_signal_group_new (KOERS_TYPE_OBJECTIVE);
  g_signal_group_connect_object (self->signals, "notify::has-target",
                                 G_CALLBACK (update_hint), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->signals, "notify::deadline",
                                 G_CALLBACK (update_hint), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->signals, "notify::goal",
                                 G_CALLBACK (fill_goals), self, G_CONNECT_SWAPPED);
  /* Goals come, go and get renamed: the choice follows (coalesced). */
  self->plan_signals = g_signal_group_new (KOERS_TYPE_PLAN);
  g_signal_group_connect_object (self->plan_signals, "changed::objectives",
                                 G_CALLBACK (fill_goals), self, G_CONNECT_SWAPPED);
  update_hint (self);

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_objective_row_new (KoersObjective *objective)
{
  g_return_val_if_fail (KOERS_IS_OBJECTIVE (objective), NULL);

  return g_object_new (KOERS_TYPE_OBJECTIVE_ROW, "item", objective, NULL);
}
