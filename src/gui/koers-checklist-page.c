/* koers-checklist-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page of fixed steps, each with a status and notes: preparation
 * (voorbereiding, the seven tips to work through before the first post) and
 * the road map (the six DO's management arranges to make social media work).
 * One class, two data sets; the "variant" property picks one.
 */
#define G_LOG_DOMAIN "koers-checklist-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "koers-checklist-page.h"
#include "koers-checklist-row.h"
#include "koers-checklist-summary.h"
#include "koers-checklist-item.h"
#include "koers-enum-types.h"

struct _KoersChecklistPage
{
  KoersPage              parent_instance;

  const struct _Checklist *checklist;

  GtkLabel              *title_label;
  GtkLabel              *intro_label;
  GtkExpander           *why_expander;
  GtkLabel              *why_label;
  KoersChecklistSummary *summary;
  GtkListBox            *list;
};

G_DEFINE_FINAL_TYPE (KoersChecklistPage, koers_checklist_page, KOERS_TYPE_PAGE)

enum {
  PROP_0,
  PROP_VARIANT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

typedef struct
{
  const char *title;
  const char *explanation;
} Step;

static const Step tips[KOERS_N_TIPS] = {
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

static const Step dos[KOERS_N_DOS] = {
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

typedef struct _Checklist
{
  const char   *name;          /* the "variant" property, also the page's name */
  GType       (*key_type) (void);
  GListModel *(*get_items) (KoersPlan *plan);
  const Step   *steps;
  guint         n_steps;
  const char   *title;
  const char   *intro;
  const char   *why;
  const char   *why_text;
  const char   *list_name;     /* the list's accessible name */
} Checklist;

static const Checklist checklists[] = {
  { "preparation", koers_tip_get_type, koers_plan_get_tips, tips, KOERS_N_TIPS,
    N_("Preparation"),
    N_("Opening an account takes a minute; keeping it alive takes preparation. Before "
       "the first post, make sure the people, the time, the tools and the agreements "
       "are in place, so your channels do not fall silent after a few weeks. Work "
       "through the seven tips below, mark how far along you are with each, and note "
       "what you have arranged."),
    N_("Why prepare before you post"),
    N_("Because a company page is free and quick to make, most are started on impulse "
       "and soon look abandoned. A study of millions of Facebook pages found that seven in "
       "ten were updated less than once a month, and that most left comments from "
       "visitors unanswered. Preparing first is what keeps a presence going once the "
       "enthusiasm of the launch has passed."),
    N_("Preparation tips") },
  { "roadmap", koers_do_get_type, koers_plan_get_dos, dos, KOERS_N_DOS,
    N_("Road map"),
    N_("The six DOs form a road map for management: what the organisation has to "
       "arrange for social media to work, from setting goals to evaluating the "
       "results. Take them in order, mark how far along you are with each, and return "
       "to them as the plan grows."),
    N_("Why a road map for management"),
    N_("Social media rarely succeeds as a side project of one enthusiastic employee. "
       "It needs decisions that only management can take: what the goals are, who gets "
       "time for the work, how people are motivated, which message the organisation "
       "tells and when the results are reviewed."),
    N_("Road map steps") },
};

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  KoersChecklistPage *self = user_data;
  g_autoptr(GEnumClass) klass = g_type_class_ref (self->checklist->key_type ());
  GEnumValue *key = g_enum_get_value_by_nick (klass, koers_checklist_item_get_key (item));

  /* The plan keeps exactly one item per key (koers_plan_get_tips(), _dos()). */
  g_return_val_if_fail (key != NULL && (guint) key->value < self->checklist->n_steps,
                        gtk_label_new (NULL));

  return koers_checklist_row_new (item, _(self->checklist->steps[key->value].title),
                                  _(self->checklist->steps[key->value].explanation));
}

static void
koers_checklist_page_bind (KoersPage *page,
                           KoersPlan *plan)
{
  KoersChecklistPage *self = KOERS_CHECKLIST_PAGE (page);
  GListModel *items = self->checklist->get_items (plan);

  koers_checklist_summary_set_list (self->summary, items);
  gtk_list_box_bind_model (self->list, items, create_row, self, NULL);
}

static void
koers_checklist_page_constructed (GObject *object)
{
  KoersChecklistPage *self = KOERS_CHECKLIST_PAGE (object);
  const Checklist *checklist = self->checklist;

  G_OBJECT_CLASS (koers_checklist_page_parent_class)->constructed (object);

  gtk_label_set_label (self->title_label, _(checklist->title));
  gtk_label_set_label (self->intro_label, _(checklist->intro));
  gtk_expander_set_label (self->why_expander, _(checklist->why));
  gtk_label_set_label (self->why_label, _(checklist->why_text));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(checklist->list_name),
                                  -1);
}

static void
koers_checklist_page_dispose (GObject *object)
{
  KoersChecklistPage *self = (KoersChecklistPage *) object;

  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_CHECKLIST_PAGE);

  G_OBJECT_CLASS (koers_checklist_page_parent_class)->dispose (object);
}

static void
koers_checklist_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KoersChecklistPage *self = KOERS_CHECKLIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_VARIANT:
      g_value_set_string (value, self->checklist->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_checklist_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KoersChecklistPage *self = KOERS_CHECKLIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_VARIANT:
      {
        const char *name = g_value_get_string (value);

        for (guint i = 0; i < G_N_ELEMENTS (checklists); i++)
          if (g_strcmp0 (checklists[i].name, name) == 0)
            self->checklist = &checklists[i];
        if (name != NULL && g_strcmp0 (self->checklist->name, name) != 0)
          g_critical ("No checklist called \"%s\"", name);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* "tip/KEY" (koers-check-preparation.c), and "do/KEY" alike */
static gboolean
koers_checklist_page_show_location (KoersPage  *page,
                                    const char *location)
{
  KoersChecklistPage *self = KOERS_CHECKLIST_PAGE (page);
  KoersPlan *plan = koers_page_get_plan (page);
  const char *slash = strchr (location, '/');
  GListModel *items;

  if (plan == NULL || slash == NULL)
    return FALSE;
  items = self->checklist->get_items (plan);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(KoersChecklistItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (koers_checklist_item_get_key (item), slash + 1) == 0)
        return koers_page_focus_list_row (page, self->list, i, "status_dropdown");
    }
  return FALSE;
}

static void
koers_checklist_page_class_init (KoersChecklistPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->constructed = koers_checklist_page_constructed;
  object_class->dispose = koers_checklist_page_dispose;
  object_class->get_property = koers_checklist_page_get_property;
  object_class->set_property = koers_checklist_page_set_property;
  page_class->bind = koers_checklist_page_bind;
  page_class->show_location = koers_checklist_page_show_location;

  /**
   * KoersChecklistPage:variant:
   *
   * Which steps the page shows: "preparation" (the seven tips) or
   * "roadmap" (the six DO's).
   */
  properties[PROP_VARIANT] =
    g_param_spec_string ("variant", NULL, NULL, "preparation",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KOERS_TYPE_CHECKLIST_SUMMARY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-checklist-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistPage, why_expander);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistPage, why_label);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistPage, summary);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistPage, list);
}

static void
koers_checklist_page_init (KoersChecklistPage *self)
{
  self->checklist = &checklists[0];
  gtk_widget_init_template (GTK_WIDGET (self));
}
