/* koers-strategy-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 3 of POST: Strategy. How will the organisation reach its
 * objectives: the strategies, the relationship it wants with its audience,
 * the time and money it makes available, the departments that take part,
 * and a first project plan with milestones.
 */
#define G_LOG_DOMAIN "koers-strategy-page"

#include "config.h"

#include "koers-strategy-page.h"
#include "koers-bind.h"
#include "koers-milestone.h"
#include "koers-milestone-row.h"
#include "koers-strategy.h"
#include "koers-strategy-row.h"

struct _KoersStrategyPage
{
  KoersPage      parent_instance;

  GtkListBox    *strategies_list;
  GtkTextView   *relationship_view;
  GtkSpinButton *hours_spin;
  GtkSpinButton *fte_spin;
  GtkSpinButton *budget_spin;
  GtkEntry      *departments_entry;
  GtkListBox    *milestones_list;
};

G_DEFINE_FINAL_TYPE (KoersStrategyPage, koers_strategy_page, KOERS_TYPE_PAGE)

static GtkWidget *
create_strategy_row (gpointer item,
                     gpointer user_data)
{
  return koers_strategy_row_new (item);
}

static GtkWidget *
create_milestone_row (gpointer item,
                      gpointer user_data)
{
  return koers_milestone_row_new (item);
}

static void
add_strategy_clicked_cb (KoersStrategyPage *self)
{
  g_autoptr(KoersStrategy) strategy = koers_strategy_new ();
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));

  koers_plan_append (plan, koers_plan_get_strategies (plan), strategy);
}

static void
add_milestone_clicked_cb (KoersStrategyPage *self)
{
  g_autoptr(KoersMilestone) milestone = koers_milestone_new ();
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));

  koers_plan_append (plan, koers_plan_get_milestones (plan), milestone);
}

/* The departments are a list of names; the page edits them as one line
 * with commas between the names. */
static gboolean
departments_to_text (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  const char *const *departments = g_value_get_boxed (from);

  g_value_take_string (to, departments ? g_strjoinv (", ", (char **) departments)
                                       : g_strdup (""));
  return TRUE;
}

static gboolean
text_to_departments (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  g_auto(GStrv) parts = g_strsplit (g_value_get_string (from) ?: "", ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GObject) plan = g_binding_dup_source (binding);
  g_auto(GStrv) departments = NULL;
  const char *const *current;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  departments = g_strv_builder_end (builder);

  /* Typing a comma or a space changes no name: leave the plan (and its
   * undo history) alone. */
  current = plan ? koers_plan_get_departments (KOERS_PLAN (plan)) : NULL;
  if (g_strv_equal ((const char *const *) departments,
                    current ? current : (const char *const[]) { NULL }))
    return FALSE;

  g_value_take_boxed (to, g_steal_pointer (&departments));
  return TRUE;
}

static void
bind_number (GBindingGroup *bindings,
             const char    *property,
             GtkSpinButton *spin,
             double         step,
             double         page)
{
  koers_bind_number (bindings, property, spin);
  gtk_spin_button_set_increments (spin, step, page);
}

/* Once: the bindings follow the page's plan. */
static void
bind_plan_properties (KoersStrategyPage *self)
{
  GBindingGroup *bindings = koers_page_get_bindings (KOERS_PAGE (self));

  koers_bind_text (bindings, "relationship", GTK_WIDGET (self->relationship_view));
  bind_number (bindings, "hours-per-week", self->hours_spin, 1, 8);
  bind_number (bindings, "fte", self->fte_spin, 0.1, 1);
  bind_number (bindings, "budget", self->budget_spin, 100, 1000);
  koers_bind_property (bindings, "departments", self->departments_entry, "text",
                       G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                       departments_to_text, text_to_departments, NULL);
}

static void
koers_strategy_page_bind (KoersPage *page,
                          KoersPlan *plan)
{
  KoersStrategyPage *self = KOERS_STRATEGY_PAGE (page);

  gtk_list_box_bind_model (self->strategies_list, koers_plan_get_strategies (plan),
                           create_strategy_row, self, NULL);
  gtk_list_box_bind_model (self->milestones_list, koers_plan_get_milestones (plan),
                           create_milestone_row, self, NULL);
}

static void
koers_strategy_page_dispose (GObject *object)
{
  KoersStrategyPage *self = (KoersStrategyPage *) object;

  gtk_list_box_bind_model (self->strategies_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->milestones_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_STRATEGY_PAGE);

  G_OBJECT_CLASS (koers_strategy_page_parent_class)->dispose (object);
}

/* "milestone/N" (koers-check.c): its date, which has passed */
static gboolean
koers_strategy_page_show_location (KoersPage  *page,
                                   const char *location)
{
  KoersStrategyPage *self = KOERS_STRATEGY_PAGE (page);
  guint index;

  if (!koers_page_parse_location (location, "milestone", &index, NULL))
    return FALSE;
  return koers_page_focus_list_row (page, self->milestones_list, index, "date_button");
}

static void
koers_strategy_page_class_init (KoersStrategyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->dispose = koers_strategy_page_dispose;
  page_class->bind = koers_strategy_page_bind;
  page_class->show_location = koers_strategy_page_show_location;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-strategy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyPage, strategies_list);
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyPage, relationship_view);
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyPage, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyPage, fte_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyPage, budget_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyPage, departments_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyPage, milestones_list);
  gtk_widget_class_bind_template_callback (widget_class, add_strategy_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_milestone_clicked_cb);
}

static void
koers_strategy_page_init (KoersStrategyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bind_plan_properties (self);
  koers_list_box_focus_new_rows (self->strategies_list);
  koers_list_box_focus_new_rows (self->milestones_list);
}
