/* koers-preparation-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preparation (voorbereiding): the seven tips to work through before the
 * first post, each with a status and notes.
 */
#define G_LOG_DOMAIN "koers-preparation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-preparation-page.h"
#include "koers-checklist-row.h"
#include "koers-checklist-summary.h"
#include "koers-enum-types.h"

struct _KoersPreparationPage
{
  KoersPage              parent_instance;

  KoersChecklistSummary *summary;
  GtkListBox            *tips_list;
};

G_DEFINE_FINAL_TYPE (KoersPreparationPage, koers_preparation_page, KOERS_TYPE_PAGE)

static const struct {
  const char *title;
  const char *explanation;
} tips[KOERS_N_TIPS] = {
  [KOERS_TIP_RESOURCES] = {
    N_("Take stock of your resources"),
    N_("Work out how many hours, which people and what software social media will take, "
       "and set that against what you really have. A plan that asks more than the "
       "organisation can give stalls within weeks.") },
  [KOERS_TIP_HUB] = {
    N_("Build a home base"),
    N_("Give your online presence one centre: your website, a landing page or a blog. "
       "Link from it to every channel and from every channel back to it, and keep it up "
       "to date, because that is where interested visitors end up.") },
  [KOERS_TIP_EMPLOYEES] = {
    N_("Inform your colleagues"),
    N_("Tell everyone what you want to achieve, which platforms you will use, who is on "
       "the team and which rules apply. Use the channels they already read, such as the "
       "staff magazine, the intranet, a newsletter or the quarterly meeting.") },
  [KOERS_TIP_ACCOUNTS] = {
    N_("Claim your account names"),
    N_("Reserve the names that matter on the networks you may use: for the organisation, "
       "for its brands and for the director. Do it now, also where you will not post yet, "
       "before someone else takes them.") },
  [KOERS_TIP_TOOLS] = {
    N_("Choose your tools"),
    N_("Decide which networks, monitoring tools and CRM you will work with. Free tools "
       "often mean manual work; paid ones take more of it off your hands.") },
  [KOERS_TIP_PROCESSES] = {
    N_("Build it into tasks and processes"),
    N_("Make social media part of the daily work, with clear tasks and responsibilities. "
       "Agree, for example, how a complaint is handled and how an idea from a customer "
       "reaches product development.") },
  [KOERS_TIP_KNOWLEDGE] = {
    N_("Secure knowledge and experience"),
    N_("Give staff room to experiment for at least three months, train them, or bring in "
       "an expert. What they learn stays in the organisation when the first enthusiasm "
       "has passed.") },
};

static GtkWidget *
create_tip_row (gpointer item,
                gpointer user_data)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KOERS_TYPE_TIP);
  GEnumValue *tip = g_enum_get_value_by_nick (klass, koers_checklist_item_get_key (item));

  /* The plan keeps exactly one item per tip (koers_plan_get_tips()). */
  g_return_val_if_fail (tip != NULL && tip->value < KOERS_N_TIPS, gtk_label_new (NULL));

  return koers_checklist_row_new (item, _(tips[tip->value].title),
                                  _(tips[tip->value].explanation));
}

static void
koers_preparation_page_bind (KoersPage *page,
                             KoersPlan *plan)
{
  KoersPreparationPage *self = KOERS_PREPARATION_PAGE (page);

  koers_checklist_summary_set_list (self->summary, koers_plan_get_tips (plan));
  gtk_list_box_bind_model (self->tips_list, koers_plan_get_tips (plan),
                           create_tip_row, self, NULL);
}

static void
koers_preparation_page_dispose (GObject *object)
{
  KoersPreparationPage *self = (KoersPreparationPage *) object;

  gtk_list_box_bind_model (self->tips_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_PREPARATION_PAGE);

  G_OBJECT_CLASS (koers_preparation_page_parent_class)->dispose (object);
}

static void
koers_preparation_page_class_init (KoersPreparationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->dispose = koers_preparation_page_dispose;
  page_class->bind = koers_preparation_page_bind;

  g_type_ensure (KOERS_TYPE_CHECKLIST_SUMMARY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-preparation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersPreparationPage, summary);
  gtk_widget_class_bind_template_child (widget_class, KoersPreparationPage, tips_list);
}

static void
koers_preparation_page_init (KoersPreparationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
