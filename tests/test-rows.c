/* test-rows.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row widgets follow their `item` property, as a list item factory
 * uses them: set one item, edit, set another, and the widgets show and
 * edit only the new one. A row's Remove button finds the item's list
 * through the plan. The overview's area card. Runs under Xvfb.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "koers-area-card.h"
#include "koers-channel.h"
#include "koers-channel-row.h"
#include "koers-goal.h"
#include "koers-goal-row.h"
#include "koers-objective.h"
#include "koers-objective-row.h"
#include "koers-plan.h"

#include "koers-test-util-gtk.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* The first GtkEntry of @row (depth first: the row's first field) */
static GtkEditable *
first_entry (GtkWidget *row)
{
  GtkWidget *entry = koers_test_find_descendant (row, GTK_TYPE_ENTRY);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

static gboolean
has_visible_label (GtkWidget  *widget,
                   const char *prefix)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
      g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_visible_label (child, prefix))
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_remove_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "user-trash-symbolic") == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_remove_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_goal_row_follows_item (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersGoal) a = koers_goal_new ();
  g_autoptr(KoersGoal) b = koers_goal_new ();
  GtkWidget *row;
  GtkEditable *title;
  guint notified = 0;

  koers_goal_set_title (a, "Vaste klanten");
  koers_goal_set_title (b, "Nieuwe klanten");
  koers_plan_append (plan, koers_plan_get_goals (plan), a);
  koers_plan_append (plan, koers_plan_get_goals (plan), b);

  row = g_object_ref_sink (koers_goal_row_new (a));
  g_signal_connect (row, "notify::item", G_CALLBACK (count_notify_cb), &notified);
  title = first_entry (row);
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Vaste klanten");

  gtk_editable_set_text (title, "Vaste klanten voelen zich thuis");
  g_assert_cmpstr (koers_goal_get_title (a), ==, "Vaste klanten voelen zich thuis");

  /* The same item again is no change */
  g_object_set (row, "item", a, NULL);
  g_assert_cmpuint (notified, ==, 0);

  g_object_set (row, "item", b, NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Nieuwe klanten");

  gtk_editable_set_text (title, "Nieuwe klanten vinden ons");
  g_assert_cmpstr (koers_goal_get_title (b), ==, "Nieuwe klanten vinden ons");
  g_assert_cmpstr (koers_goal_get_title (a), ==, "Vaste klanten voelen zich thuis");

  /* The model's changes show in the row of the new item only */
  koers_goal_set_title (a, "Oud");
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Nieuwe klanten vinden ons");
  koers_goal_set_title (b, "Nieuw");
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Nieuw");

  /* Remove finds the list through the plan and removes the row's item */
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_goals (plan)), ==, 2);
  g_signal_emit_by_name (find_remove_button (row), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_goals (plan)), ==, 1);
  g_assert_true (g_list_model_get_item (koers_plan_get_goals (plan), 0) == (gpointer) a);
  g_object_unref (a);  /* the reference g_list_model_get_item gave */

  g_object_unref (row);
}

static void
test_channel_row_follows_item (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersChannel) a = koers_channel_new ();
  g_autoptr(KoersChannel) b = koers_channel_new ();
  g_autoptr(KoersChannel) item = NULL;
  GtkWidget *row;
  GtkEditable *name;

  koers_channel_set_name (a, "Instagram");
  koers_channel_set_name (b, "Facebook");
  koers_plan_append (plan, koers_plan_get_channels (plan), a);
  koers_plan_append (plan, koers_plan_get_channels (plan), b);

  row = g_object_ref_sink (koers_channel_row_new (a));
  name = first_entry (row);
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Instagram");
  gtk_editable_set_text (name, "Instagram zaak");
  g_assert_cmpstr (koers_channel_get_name (a), ==, "Instagram zaak");

  g_object_set (row, "item", b, NULL);
  g_object_get (row, "item", &item, NULL);
  g_assert_true (item == b);
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Facebook");
  gtk_editable_set_text (name, "Facebook-pagina");
  g_assert_cmpstr (koers_channel_get_name (b), ==, "Facebook-pagina");
  g_assert_cmpstr (koers_channel_get_name (a), ==, "Instagram zaak");

  /* No item: the row lets go of the old one */
  g_object_set (row, "item", NULL, NULL);
  gtk_editable_set_text (name, "weg");
  g_assert_cmpstr (koers_channel_get_name (b), ==, "Facebook-pagina");

  g_object_unref (row);
}

static void
test_objective_row_follows_item (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersObjective) a = koers_objective_new ();
  g_autoptr(KoersObjective) b = koers_objective_new ();
  g_autoptr(GDate) deadline = g_date_new_dmy (31, G_DATE_DECEMBER, 2027);
  GtkWidget *row;
  GtkEditable *title;

  koers_objective_set_title (a, "Meer volgers");
  koers_objective_set_has_target (a, TRUE);
  koers_objective_set_deadline (a, deadline);
  koers_objective_set_title (b, "Meer reacties");
  koers_plan_append (plan, koers_plan_get_objectives (plan), a);
  koers_plan_append (plan, koers_plan_get_objectives (plan), b);

  row = g_object_ref_sink (koers_objective_row_new (a));
  title = first_entry (row);
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Meer volgers");
  /* SMART: no hint */
  g_assert_false (has_visible_label (row, "Not SMART yet"));

  g_object_set (row, "item", b, NULL);
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Meer reacties");
  g_assert_true (has_visible_label (row, "Not SMART yet: set a target value and a deadline."));

  gtk_editable_set_text (title, "Meer reacties per bericht");
  g_assert_cmpstr (koers_objective_get_title (b), ==, "Meer reacties per bericht");
  g_assert_cmpstr (koers_objective_get_title (a), ==, "Meer volgers");

  /* The hint listens to the new item only */
  koers_objective_set_has_target (a, FALSE);
  g_assert_true (has_visible_label (row, "Not SMART yet: set a target value and a deadline."));
  koers_objective_set_has_target (b, TRUE);
  g_assert_true (has_visible_label (row, "Not SMART yet: set a deadline, so it is time-bound."));
  koers_objective_set_deadline (b, deadline);
  g_assert_false (has_visible_label (row, "Not SMART yet"));

  g_object_unref (row);
}

static void
test_area_card (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  GtkWidget *card = g_object_ref_sink (koers_area_card_new (plan, KOERS_AREA_PEOPLE));
  GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (card));
  GtkWidget *image = koers_test_find_descendant (card, GTK_TYPE_IMAGE);

  g_assert_true (GTK_IS_BUTTON (card));
  g_assert_true (gtk_widget_has_css_class (card, "card"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (card)), ==, "win.show-page");
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "people");
  /* An empty plan: the part is not filled in, in words and as an icon */
  g_assert_true (has_visible_label (card, "People"));
  g_assert_true (has_visible_label (card, "Not filled in yet"));
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (image)), ==, "document-edit-symbolic");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (image), ==, "Not filled in yet");

  g_object_unref (card);
}

int
main (int   argc,
      char *argv[])
{
  if (!koers_test_init_gtk (&argc, &argv))
    return 0;

  g_test_add_func ("/rows/goal/follows-item", test_goal_row_follows_item);
  g_test_add_func ("/rows/channel/follows-item", test_channel_row_follows_item);
  g_test_add_func ("/rows/objective/follows-item", test_objective_row_follows_item);
  g_test_add_func ("/rows/area-card", test_area_card);

  return g_test_run ();
}
