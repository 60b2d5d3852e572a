/* koers-overview-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The overview: the plan's name and period, and what the plan check finds,
 * each finding with a button to the page where it is solved.
 */
#define G_LOG_DOMAIN "koers-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-overview-page.h"
#include "koers-check.h"

struct _KoersOverviewPage
{
  GtkWidget   parent_instance;

  KoersPlan  *plan;
  guint       refresh_id;

  GtkWidget  *scroller;
  GtkLabel   *title_label;
  GtkLabel   *summary_label;
  GtkListBox *findings_list;
};

G_DEFINE_FINAL_TYPE (KoersOverviewPage, koers_overview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GtkWidget *
create_finding_row (KoersFinding *finding)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *area = gtk_label_new (koers_area_get_title (finding->area));
  GtkWidget *message = gtk_label_new (finding->message);

  gtk_widget_add_css_class (area, "caption-heading");
  gtk_widget_add_css_class (area, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (area), 0);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), area);
  gtk_box_append (GTK_BOX (texts), message);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Finding"), -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-page");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", koers_area_get_name (finding->area));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, finding->message, -1);
  return row;
}

static void
refresh (KoersOverviewPage *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  GtkWidget *child;
  const char *title;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);

  if (self->plan == NULL)
    return;

  title = koers_plan_get_title (self->plan);
  gtk_label_set_label (self->title_label, *title ? title : _("Untitled plan"));

  findings = koers_check_plan (self->plan);
  if (findings->len == 0)
    gtk_label_set_label (self->summary_label,
                         _("The plan is complete: every step is filled in and the check finds "
                           "nothing to improve."));
  else
    {
      g_autofree char *summary =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The check found %u point to improve. Activate it to go "
                                      "to the page where you solve it.",
                                      "The check found %u points to improve. Activate one to "
                                      "go to the page where you solve it.",
                                      findings->len),
                         findings->len);
      gtk_label_set_label (self->summary_label, summary);
    }

  for (guint i = 0; i < findings->len; i++)
    gtk_list_box_append (self->findings_list, create_finding_row (g_ptr_array_index (findings, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), findings->len > 0);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  KoersOverviewPage *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* The check walks the whole calendar: run it once after a burst of edits. */
static void
plan_changed_cb (KoersOverviewPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (300, refresh_idle_cb, self);
}

static void
koers_overview_page_dispose (GObject *object)
{
  KoersOverviewPage *self = (KoersOverviewPage *) object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (koers_overview_page_parent_class)->dispose (object);
}

static void
koers_overview_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_overview_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      koers_overview_page_set_plan (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_overview_page_class_init (KoersOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_overview_page_dispose;
  object_class->get_property = koers_overview_page_get_property;
  object_class->set_property = koers_overview_page_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KOERS_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, findings_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_overview_page_init (KoersOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KoersPlan *
koers_overview_page_get_plan (KoersOverviewPage *self)
{
  g_return_val_if_fail (KOERS_IS_OVERVIEW_PAGE (self), NULL);

  return self->plan;
}

void
koers_overview_page_set_plan (KoersOverviewPage *self,
                              KoersPlan         *plan)
{
  g_return_if_fail (KOERS_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (plan == NULL || KOERS_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, plan_changed_cb, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self,
                             G_CONNECT_SWAPPED);

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}
