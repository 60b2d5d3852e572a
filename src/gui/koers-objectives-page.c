/* koers-objectives-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 2 of POST: Objectives (doelen). Why is the organisation on social
 * media? One primary objective, the approach, the big goals, and the goals
 * and SMART objectives that make it concrete.
 */
#define G_LOG_DOMAIN "koers-objectives-page"

#include "config.h"

#include "koers-objectives-page.h"
#include "koers-bind.h"
#include "koers-goal.h"
#include "koers-goal-row.h"
#include "koers-objective.h"
#include "koers-objective-row.h"

struct _KoersObjectivesPage
{
  KoersPage       parent_instance;

  GtkDropDown    *primary_dropdown;
  GtkWidget      *own_label;
  GtkEntry       *own_entry;
  GtkTextView    *reason_view;
  GtkCheckButton *listening_check;
  GtkCheckButton *talking_check;
  GtkCheckButton *energizing_check;
  GtkCheckButton *supporting_check;
  GtkCheckButton *embracing_check;
  GtkCheckButton *traffic_check;
  GtkCheckButton *engagement_check;
  GtkCheckButton *findability_check;
  GtkCheckButton *conversion_check;
  GtkListBox     *goals_list;
  GtkListBox     *objectives_list;
};

G_DEFINE_FINAL_TYPE (KoersObjectivesPage, koers_objectives_page, KOERS_TYPE_PAGE)

static gboolean
is_custom (GBinding     *binding,
           const GValue *from,
           GValue       *to,
           gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_enum (from) == KOERS_PRIMARY_OBJECTIVE_CUSTOM);
  return TRUE;
}

static GtkWidget *
create_goal_row (gpointer item,
                 gpointer user_data)
{
  return koers_goal_row_new (item);
}

static GtkWidget *
create_objective_row (gpointer item,
                      gpointer user_data)
{
  return koers_objective_row_new (item);
}

static void
add_goal_clicked_cb (KoersObjectivesPage *self)
{
  g_autoptr(KoersGoal) goal = koers_goal_new ();
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));

  koers_plan_append (plan, koers_plan_get_goals (plan), goal);
}

static void
add_objective_clicked_cb (KoersObjectivesPage *self)
{
  g_autoptr(KoersObjective) objective = koers_objective_new ();
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));

  koers_plan_append (plan, koers_plan_get_objectives (plan), objective);
}

/* Once: the bindings follow the page's plan. */
static void
bind_plan_properties (KoersObjectivesPage *self)
{
  GBindingGroup *bindings = koers_page_get_bindings (KOERS_PAGE (self));
  const struct {
    const char     *property;
    guint           flag;
    GtkCheckButton *check;
  } flags[] = {
    { "objective-types", KOERS_OBJECTIVE_TYPE_LISTENING, self->listening_check },
    { "objective-types", KOERS_OBJECTIVE_TYPE_TALKING, self->talking_check },
    { "objective-types", KOERS_OBJECTIVE_TYPE_ENERGIZING, self->energizing_check },
    { "objective-types", KOERS_OBJECTIVE_TYPE_SUPPORTING, self->supporting_check },
    { "objective-types", KOERS_OBJECTIVE_TYPE_EMBRACING, self->embracing_check },
    { "big-goals", KOERS_BIG_GOAL_TRAFFIC, self->traffic_check },
    { "big-goals", KOERS_BIG_GOAL_ENGAGEMENT, self->engagement_check },
    { "big-goals", KOERS_BIG_GOAL_FINDABILITY, self->findability_check },
    { "big-goals", KOERS_BIG_GOAL_CONVERSION, self->conversion_check },
  };

  koers_bind_choice (bindings, "primary-objective", self->primary_dropdown);
  koers_bind_text (bindings, "primary-objective-text", GTK_WIDGET (self->own_entry));
  koers_bind_text (bindings, "primary-objective-reason", GTK_WIDGET (self->reason_view));
  koers_bind_property (bindings, "primary-objective", self->own_label, "visible",
                       G_BINDING_SYNC_CREATE, is_custom, NULL, NULL);
  koers_bind_property (bindings, "primary-objective", self->own_entry, "visible",
                       G_BINDING_SYNC_CREATE, is_custom, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    koers_bind_flag (bindings, flags[i].property, flags[i].flag, flags[i].check);
}

static void
koers_objectives_page_bind (KoersPage *page,
                            KoersPlan *plan)
{
  KoersObjectivesPage *self = KOERS_OBJECTIVES_PAGE (page);
  gtk_list_box_bind_model (self->goals_list, koers_plan_get_goals (plan),
                           create_goal_row, self, NULL);
  gtk_list_box_bind_model (self->objectives_list, koers_plan_get_objectives (plan),
                           create_objective_row, self, NULL);
}

static void
koers_objectives_page_dispose (GObject *object)
{
  KoersObjectivesPage *self = (KoersObjectivesPage *) object;

  gtk_list_box_bind_model (self->goals_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->objectives_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_OBJECTIVES_PAGE);

  G_OBJECT_CLASS (koers_objectives_page_parent_class)->dispose (object);
}

/* "primary" and "objective/N/FIELD" (koers-check-objectives.c) */
static gboolean
koers_objectives_page_show_location (KoersPage  *page,
                                     const char *location)
{
  KoersObjectivesPage *self = KOERS_OBJECTIVES_PAGE (page);
  static const struct { const char *field, *widget; } fields[] = {
    { "title", "title_entry" }, { "target", "has_target_check" },
    { "deadline", "deadline_button" }, { "kpi", "kpi_entry" },
  };
  const char *field = NULL;
  const char *rest;
  guint index;

  if (g_strcmp0 (location, "primary") == 0)
    return koers_page_focus_widget (page, GTK_WIDGET (self->primary_dropdown));
  if (!koers_page_parse_location (location, "objective", &index, &rest))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (rest, fields[i].field) == 0)
      field = fields[i].widget;
  return koers_page_focus_list_row (page, self->objectives_list, index, field);
}

static void
koers_objectives_page_class_init (KoersObjectivesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->dispose = koers_objectives_page_dispose;
  page_class->bind = koers_objectives_page_bind;
  page_class->show_location = koers_objectives_page_show_location;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-objectives-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, primary_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, own_label);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, own_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, reason_view);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, listening_check);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, talking_check);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, energizing_check);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, supporting_check);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, embracing_check);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, traffic_check);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, engagement_check);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, findability_check);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, conversion_check);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, goals_list);
  gtk_widget_class_bind_template_child (widget_class, KoersObjectivesPage, objectives_list);
  gtk_widget_class_bind_template_callback (widget_class, add_goal_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_objective_clicked_cb);
}

static void
koers_objectives_page_init (KoersObjectivesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  koers_list_box_focus_new_rows (self->goals_list);
  koers_list_box_focus_new_rows (self->objectives_list);

  bind_plan_properties (self);
}
