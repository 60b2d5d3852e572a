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
  GListModel  *list;

  GtkEntry    *title_entry;
  GtkTextView *description_view;
};

G_DEFINE_FINAL_TYPE (KoersGoalRow, koers_goal_row, GTK_TYPE_WIDGET)

static void
remove_clicked_cb (KoersGoalRow *self)
{
  koers_row_remove (GTK_WIDGET (self), self->list, self->goal, _("Goal removed"));
}

static void
koers_goal_row_dispose (GObject *object)
{
  KoersGoalRow *self = (KoersGoalRow *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_GOAL_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->goal);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (koers_goal_row_parent_class)->dispose (object);
}

static void
koers_goal_row_class_init (KoersGoalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_goal_row_dispose;

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
}

GtkWidget *
koers_goal_row_new (KoersGoal  *goal,
                    GListModel *list)
{
  KoersGoalRow *self;

  g_return_val_if_fail (KOERS_IS_GOAL (goal), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (list), NULL);

  self = g_object_new (KOERS_TYPE_GOAL_ROW, NULL);
  self->goal = g_object_ref (goal);
  self->list = g_object_ref (list);

  koers_bind_text (goal, "title", GTK_WIDGET (self->title_entry));
  koers_bind_text (goal, "description", GTK_WIDGET (self->description_view));

  koers_a11y_name_controls (GTK_WIDGET (self));
  return GTK_WIDGET (self);
}
