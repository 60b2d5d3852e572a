/* koers-overview-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The overview: the plan's name, organisation, author and period (where
 * they are entered), and what the plan check finds,
 * each finding with a button to the page where it is solved. Print and
 * Export… here make the plan report (the printable "report").
 */
#define G_LOG_DOMAIN "koers-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-overview-page.h"
#include "koers-area-card.h"
#include "koers-bind.h"
#include "koers-check.h"
#include "koers-date-button.h"
#include "koers-export-dialog.h"
#include "koers-format.h"

struct _KoersOverviewPage
{
  KoersPage   parent_instance;

  guint         refresh_id;
  gboolean      stale;       /* the plan changed while the page was hidden */
  GCancellable *checking;    /* the check that runs, if any */
  gboolean      cards_made;  /* for the plan the page shows */
  GPtrArray    *shown;       /* (nullable) the findings the list shows */

  GtkWidget  *scroller;
  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
  GtkLabel   *summary_label;
  GtkListBox *findings_list;
  GtkFlowBox *areas_box;
  GtkWidget  *findings_heading;
  GtkWidget  *title_entry;
  GtkWidget  *organisation_entry;
  GtkWidget  *author_entry;
  GtkWidget  *period_start_button;
  GtkWidget  *period_end_button;
  KoersExportStatus    *export_status;
  GtkFileChooserNative *chooser;      /* (nullable) the open Export… dialog */
  KoersExportChoices    export;       /* what the last export chose */
};

G_DEFINE_FINAL_TYPE (KoersOverviewPage, koers_overview_page, KOERS_TYPE_PAGE)


/* A finding opens the page where it is solved; a finding about a part
 * that has no page yet says so instead of promising a jump. */
static GtkWidget *
create_finding_row (KoersFinding *finding,
                    gboolean      has_page)
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
  if (has_page)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-page");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s",
                                        koers_area_get_name (finding->area));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, finding->message, -1);
    }
  else
    {
      GtkWidget *note = gtk_label_new (_("Koers has no page for this part yet."));
      g_autofree char *name = g_strdup_printf ("%s %s", finding->message,
                                               _("Koers has no page for this part yet."));

      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_widget_add_css_class (note, "caption");
      gtk_widget_add_css_class (note, "dim-label");
      gtk_box_append (GTK_BOX (texts), note);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  return row;
}

/* The cards are made once per plan and then only updated: rebuilding ten
 * templates at every change costs more than the check's copy. */
static void
fill_area_cards (KoersOverviewPage *self,
                 KoersPlan         *plan)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_STACK);
  GtkWidget *child;

  if (self->cards_made)
    {
      for (child = gtk_widget_get_first_child (GTK_WIDGET (self->areas_box)); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        koers_area_card_update (KOERS_AREA_CARD (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child))),
                                plan);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->areas_box))) != NULL)
    gtk_flow_box_remove (self->areas_box, child);

  for (guint area = 0; area < KOERS_N_AREAS; area++)
    if (GTK_IS_STACK (stack) &&
        gtk_stack_get_child_by_name (GTK_STACK (stack), koers_area_get_name (area)) != NULL)
      gtk_flow_box_append (self->areas_box, koers_area_card_new (plan, area));
  self->cards_made = GTK_IS_STACK (stack);
}

static gboolean
same_findings (GPtrArray *a,
               GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const KoersFinding *fa = g_ptr_array_index (a, i);
      const KoersFinding *fb = g_ptr_array_index (b, i);

      if (fa->kind != fb->kind || fa->area != fb->area ||
          g_strcmp0 (fa->message, fb->message) != 0 ||
          g_strcmp0 (fa->location, fb->location) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
clear_findings (KoersOverviewPage *self)
{
  GtkWidget *child;

  g_clear_pointer (&self->shown, g_ptr_array_unref);
  while (self->findings_list != NULL &&
         (child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);
}

static void
show_findings (KoersOverviewPage *self,
               GPtrArray         *findings)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_STACK);

  /* The same findings again (most edits): nothing to lay out. */
  if (same_findings (self->shown, findings))
    return;
  clear_findings (self);
  self->shown = g_ptr_array_ref (findings);

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
    {
      KoersFinding *finding = g_ptr_array_index (findings, i);
      gboolean has_page = GTK_IS_STACK (stack) &&
                          gtk_stack_get_child_by_name (GTK_STACK (stack),
                                                       koers_area_get_name (finding->area)) != NULL;

      gtk_list_box_append (self->findings_list, create_finding_row (finding, has_page));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), findings->len > 0);
  gtk_widget_set_visible (self->findings_heading, findings->len > 0);
}

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = koers_check_plan_finish (KOERS_PLAN (object), result, &error);
  KoersOverviewPage *self;

  /* Cancelled: the page has another plan, a newer check runs, or it is gone. */
  if (findings == NULL)
    return;

  self = KOERS_OVERVIEW_PAGE (user_data);
  g_clear_object (&self->checking);
  show_findings (self, findings);
}

/* The findings stay as they are until the check is done: no flicker, and
 * the main loop only takes the copy of the calendar the check runs on. */
static void
start_check (KoersOverviewPage *self,
             KoersPlan         *plan)
{
  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  self->checking = g_cancellable_new ();
  koers_check_plan_async (plan, self->checking, check_done_cb, self);
}

static void
refresh (KoersOverviewPage *self)
{
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));
  const char *title;

  if (plan == NULL)
    return;

  title = koers_plan_get_title (plan);
  gtk_label_set_label (self->title_label, *title ? title : _("Untitled plan"));
  fill_area_cards (self, plan);

  {
    g_autoptr(GString) subtitle = g_string_new (koers_plan_get_organisation (plan));
    const GDate *start = koers_plan_get_period_start (plan);
    const GDate *end = koers_plan_get_period_end (plan);

    if (start != NULL && end != NULL)
      {
        g_autofree char *from = koers_format_date (start);
        g_autofree char *to = koers_format_date (end);

        if (subtitle->len > 0)
          g_string_append (subtitle, " · ");
        /* Translators: the plan period, from one date to another */
        g_string_append_printf (subtitle, _("%s to %s"), from, to);
      }
    gtk_label_set_label (self->subtitle_label, subtitle->str);
    gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle->len > 0);
  }

  start_check (self, plan);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  KoersOverviewPage *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* The check walks the whole calendar: run it once after a burst of edits,
 * and not at all while the page is hidden (it runs when it shows again). */
static void
plan_changed_cb (KoersOverviewPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (300, refresh_idle_cb, self);
}

static void
koers_overview_page_map (GtkWidget *widget)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (koers_overview_page_parent_class)->map (widget);

  if (self->stale && self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
  self->stale = FALSE;
}

static void
print_clicked_cb (KoersOverviewPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.print", NULL);
}

static void
export_clicked_cb (KoersOverviewPage *self)
{
  if (koers_page_get_plan (KOERS_PAGE (self)) == NULL)
    return;
  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }
  g_set_weak_pointer (&self->chooser,
                      koers_export_dialog_show (KOERS_PAGE (self), &self->export,
                                                KOERS_RENDER_STYLE_COLOUR,
                                                _("Export the Plan Report"),
                                                /* Translators: the suggested file name of an
                                                 * exported plan report, without extension */
                                                C_("file name", "plan-report"),
                                                _("The plan report could not be exported")));
}

static void
koers_overview_page_dispose (GObject *object)
{
  KoersOverviewPage *self = (KoersOverviewPage *) object;

  if (self->chooser != NULL)
    {
      GtkFileChooserNative *chooser = self->chooser;

      g_clear_weak_pointer (&self->chooser);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
      g_object_unref (chooser);
    }
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (koers_overview_page_parent_class)->dispose (object);
}

static void
koers_overview_page_bind (KoersPage *page,
                          KoersPlan *plan)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (page);

  g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), page,
                           G_CONNECT_SWAPPED);
  /* The check walks every post of the calendar: not before the window's
   * first frame. */
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
koers_overview_page_unbind (KoersPage *page,
                            KoersPlan *plan)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (page);

  g_signal_handlers_disconnect_by_func (plan, plan_changed_cb, self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->cards_made = FALSE;
  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  /* Not another plan's findings while the new plan's check runs. */
  clear_findings (self);
}

static void
koers_overview_page_class_init (KoersOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_overview_page_dispose;
  widget_class->map = koers_overview_page_map;
  KOERS_PAGE_CLASS (klass)->bind = koers_overview_page_bind;
  KOERS_PAGE_CLASS (klass)->unbind = koers_overview_page_unbind;
  KOERS_PAGE_CLASS (klass)->printable_id = "report";

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, areas_box);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, findings_heading);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, title_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, organisation_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, author_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, period_start_button);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, period_end_button);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, export_status);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
}

static void
koers_overview_page_init (KoersOverviewPage *self)
{
  GBindingGroup *bindings;

  g_type_ensure (KOERS_TYPE_DATE_BUTTON);
  g_type_ensure (KOERS_TYPE_EXPORT_STATUS);
  gtk_widget_init_template (GTK_WIDGET (self));
  koers_export_dialog_set_status (KOERS_PAGE (self), self->export_status);

  /* The plan's own details, bound once to the plan the page shows: the title
   * bar, prints and exports use them. */
  bindings = koers_page_get_bindings (KOERS_PAGE (self));
  koers_bind_text (bindings, "title", self->title_entry);
  koers_bind_text (bindings, "organisation", self->organisation_entry);
  koers_bind_text (bindings, "author", self->author_entry);
  koers_date_button_bind (KOERS_DATE_BUTTON (self->period_start_button), bindings, "period-start");
  koers_date_button_bind (KOERS_DATE_BUTTON (self->period_end_button), bindings, "period-end");
}
