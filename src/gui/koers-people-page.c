/* koers-people-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 1 of POST: People (doelgroep). Who is the plan for?
 */
#define G_LOG_DOMAIN "koers-people-page"

#include "config.h"

#include "koers-people-page.h"
#include "koers-bind.h"
#include "koers-target-group.h"
#include "koers-target-group-row.h"

struct _KoersPeoplePage
{
  KoersPage   parent_instance;

  GtkListBox *groups_list;
};

G_DEFINE_FINAL_TYPE (KoersPeoplePage, koers_people_page, KOERS_TYPE_PAGE)

static GtkWidget *
create_group_row (gpointer item,
                  gpointer user_data)
{
  return koers_target_group_row_new (item);
}

static void
add_group_clicked_cb (KoersPeoplePage *self)
{
  g_autoptr(KoersTargetGroup) group = koers_target_group_new ();
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));

  koers_plan_append (plan, koers_plan_get_target_groups (plan), group);
}

static void
koers_people_page_bind (KoersPage *page,
                        KoersPlan *plan)
{
  KoersPeoplePage *self = KOERS_PEOPLE_PAGE (page);

  gtk_list_box_bind_model (self->groups_list, koers_plan_get_target_groups (plan),
                           create_group_row, self, NULL);
}

static void
koers_people_page_dispose (GObject *object)
{
  KoersPeoplePage *self = (KoersPeoplePage *) object;

  gtk_list_box_bind_model (self->groups_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_PEOPLE_PAGE);

  G_OBJECT_CLASS (koers_people_page_parent_class)->dispose (object);
}

static void
koers_people_page_class_init (KoersPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->dispose = koers_people_page_dispose;
  page_class->bind = koers_people_page_bind;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersPeoplePage, groups_list);
  gtk_widget_class_bind_template_callback (widget_class, add_group_clicked_cb);
}

static void
koers_people_page_init (KoersPeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  koers_list_box_focus_new_rows (self->groups_list);
}
