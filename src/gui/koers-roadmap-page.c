/* koers-roadmap-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The road map: the six DO's management arranges to make social media
 * work, each with a status and notes.
 */
#define G_LOG_DOMAIN "koers-roadmap-page"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-roadmap-page.h"
#include "koers-checklist-row.h"
#include "koers-checklist-summary.h"
#include "koers-enum-types.h"

struct _KoersRoadmapPage
{
  KoersPage              parent_instance;

  KoersChecklistSummary *summary;
  GtkListBox            *dos_list;
};

G_DEFINE_FINAL_TYPE (KoersRoadmapPage, koers_roadmap_page, KOERS_TYPE_PAGE)

static const struct {
  const char *title;
  const char *explanation;
} dos[KOERS_N_DOS] = {
  [KOERS_DO_GOALS] = {
    N_("Set goals"),
    N_("Decide what social media should bring the organisation, and write it down as "
       "goals and measurable objectives. Every later step is weighed against them.") },
  [KOERS_DO_ORGANISE] = {
    N_("Organise"),
    N_("Arrange support from management and free up time for the work. Make at least one "
       "person responsible for social media, ideally full time, instead of fitting it in "
       "between other tasks.") },
  [KOERS_DO_MOTIVATE] = {
    N_("Motivate"),
    N_("Get colleagues and customers to take part. You need both: people who follow "
       "along and people who take the initiative and start the conversation.") },
  [KOERS_DO_DEVELOP] = {
    N_("Develop"),
    N_("A presence grows step by step; it is not finished on the day you launch. Write a "
       "content and activation plan: what you will publish, and how you will get people "
       "to join in.") },
  [KOERS_DO_COMMUNICATE] = {
    N_("Communicate"),
    N_("Tell one consistent story on every channel. A social media policy or guideline "
       "helps everyone who posts on behalf of the organisation to do so in the same "
       "spirit.") },
  [KOERS_DO_EVALUATE] = {
    N_("Evaluate"),
    N_("Measure regularly what your activities achieve, and compare the results with "
       "your goals. Use what you learn to adjust the plan.") },
};

static GtkWidget *
create_do_row (gpointer item,
               gpointer user_data)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KOERS_TYPE_DO);
  GEnumValue *step = g_enum_get_value_by_nick (klass, koers_checklist_item_get_key (item));

  /* The plan keeps exactly one item per DO (koers_plan_get_dos()). */
  g_return_val_if_fail (step != NULL && step->value < KOERS_N_DOS, gtk_label_new (NULL));

  return koers_checklist_row_new (item, _(dos[step->value].title),
                                  _(dos[step->value].explanation));
}

static void
koers_roadmap_page_bind (KoersPage *page,
                         KoersPlan *plan)
{
  KoersRoadmapPage *self = KOERS_ROADMAP_PAGE (page);

  koers_checklist_summary_set_list (self->summary, koers_plan_get_dos (plan));
  gtk_list_box_bind_model (self->dos_list, koers_plan_get_dos (plan),
                           create_do_row, self, NULL);
}

static void
koers_roadmap_page_dispose (GObject *object)
{
  KoersRoadmapPage *self = (KoersRoadmapPage *) object;

  gtk_list_box_bind_model (self->dos_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ROADMAP_PAGE);

  G_OBJECT_CLASS (koers_roadmap_page_parent_class)->dispose (object);
}

static void
koers_roadmap_page_class_init (KoersRoadmapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->dispose = koers_roadmap_page_dispose;
  page_class->bind = koers_roadmap_page_bind;

  g_type_ensure (KOERS_TYPE_CHECKLIST_SUMMARY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-roadmap-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersRoadmapPage, summary);
  gtk_widget_class_bind_template_child (widget_class, KoersRoadmapPage, dos_list);
}

static void
koers_roadmap_page_init (KoersRoadmapPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
