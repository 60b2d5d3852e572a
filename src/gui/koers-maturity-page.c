/* koers-maturity-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The maturity phases: the steps and the checklist of the chosen phase side
 * by side (stacked in a narrow window), the current phase with the rule it
 * follows or a phase set by hand with its reason, and the dated history of
 * assessments. Printing and export for workshops, as the rose.
 */
#define G_LOG_DOMAIN "koers-maturity-page"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "koers-maturity-page-private.h"
#include "koers-a11y.h"
#include "koers-assessment-row.h"
#include "koers-bind.h"
#include "koers-criterion-row.h"
#include "koers-export-dialog.h"
#include "koers-maturity-view.h"
#include "koers-split-layout.h"

struct _KoersMaturityPage
{
  KoersPage             parent_instance;

  KoersMaturityView    *view;
  GtkWidget            *split;
  GtkLabel             *rule_label;
  GtkLabel             *phase_title;
  GtkLabel             *phase_share;
  GtkLabel             *guidance_label;
  GtkListBox           *criteria_list;
  GtkTextView          *notes_view;
  GtkLabel             *current_label;
  GtkDropDown          *style_dropdown;
  GtkCheckButton       *override_check;
  GtkDropDown          *override_dropdown;
  GtkEntry             *reason_entry;
  GtkListBox           *assessments_list;

  GBindingGroup        *phase_bindings; /* the chosen phase's notes */
  KoersExportStatus    *export_status;
  GtkFileChooserNative *chooser;        /* weak: an open Export dialog */
  KoersExportChoices    export;
  guint                 focus_idle;
};

G_DEFINE_FINAL_TYPE (KoersMaturityPage, koers_maturity_page, KOERS_TYPE_PAGE)

static GtkWidget *
create_criterion_row (gpointer item,
                      gpointer user_data)
{
  return koers_criterion_row_new (item);
}

static GtkWidget *
create_assessment_row (gpointer item,
                       gpointer user_data)
{
  return koers_assessment_row_new (item);
}

static KoersMaturityPhase *
get_selected_phase (KoersMaturityPage *self)
{
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));

  if (plan == NULL)
    return NULL;
  return koers_plan_get_phase (plan, koers_maturity_view_get_selected_phase (self->view));
}

/* The labels that follow the criteria and the choice of phase. */
static void
update_labels (KoersMaturityPage *self)
{
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));
  KoersPhase selected = koers_maturity_view_get_selected_phase (self->view);
  g_autofree char *title = NULL;
  g_autofree char *share = NULL;
  g_autofree char *current = NULL;
  guint met = 0, n = 0;
  KoersPhase phase, derived;

  /* Translators: the heading of the checklist, as in "Phase 2, Presence: Stake your claim" */
  title = g_strdup_printf (_("Phase %u, %s: %s"), selected + 1, koers_phase_get_name (selected),
                           koers_phase_get_tagline (selected));
  gtk_label_set_label (self->phase_title, title);
  gtk_label_set_label (self->guidance_label, koers_phase_get_guidance (selected));

  if (plan == NULL)
    return;

  met = koers_maturity_phase_count_met (koers_plan_get_phase (plan, selected), &n);
  share = g_strdup_printf (koers_phase_share_is_reached (met, n)
                           /* Translators: below the checklist's heading */
                           ? _("%u of %u criteria met: this phase is reached.")
                           /* Translators: below the checklist's heading */
                           : _("%u of %u criteria met: this phase is not reached yet."),
                           met, n);
  gtk_label_set_label (self->phase_share, share);

  phase = koers_plan_get_current_phase (plan);
  derived = koers_plan_get_derived_phase (plan);
  if (!koers_plan_get_phase_overridden (plan))
    current = g_strdup_printf (_("The organisation is in phase %u, %s, as the criteria say."),
                               phase + 1, koers_phase_get_name (phase));
  else
    current = g_strdup_printf (_("The organisation is in phase %u, %s, set by hand; the criteria "
                                 "say phase %u, %s."),
                               phase + 1, koers_phase_get_name (phase),
                               derived + 1, koers_phase_get_name (derived));
  gtk_label_set_label (self->current_label, current);
}

/* The checklist shows the chosen phase. */
static void
show_selected_phase (KoersMaturityPage *self)
{
  KoersMaturityPhase *phase = get_selected_phase (self);

  gtk_list_box_bind_model (self->criteria_list,
                           phase != NULL ? koers_maturity_phase_get_criteria (phase) : NULL,
                           create_criterion_row, self, NULL);
  g_binding_group_set_source (self->phase_bindings, phase);
  update_labels (self);
}

static void
maturity_changed_cb (KoersMaturityPage *self)
{
  update_labels (self);
}

/* Buttons ---------------------------------------------------------------- */

static gboolean
focus_last_criterion_idle (gpointer data)
{
  KoersMaturityPage *self = data;
  GtkListBoxRow *row = NULL;

  self->focus_idle = 0;
  for (int i = 0; gtk_list_box_get_row_at_index (self->criteria_list, i) != NULL; i++)
    row = gtk_list_box_get_row_at_index (self->criteria_list, i);
  if (row != NULL)
    {
      GtkWidget *row_widget = gtk_list_box_row_get_child (row);
      GtkWidget *entry = row_widget != NULL ? gtk_widget_get_first_child (row_widget) : NULL;

      /* the criterion's text, not its check box */
      entry = entry != NULL ? gtk_widget_get_first_child (entry) : NULL;
      while (entry != NULL && !GTK_IS_ENTRY (entry))
        entry = gtk_widget_get_next_sibling (entry);
      if (entry != NULL)
        gtk_widget_grab_focus (entry);
    }
  return G_SOURCE_REMOVE;
}

static void
add_clicked_cb (KoersMaturityPage *self)
{
  KoersMaturityPhase *phase = get_selected_phase (self);
  g_autoptr(KoersCriterion) criterion = NULL;

  if (phase == NULL)
    return;
  criterion = koers_criterion_new ();
  koers_plan_append (koers_page_get_plan (KOERS_PAGE (self)),
                     koers_maturity_phase_get_criteria (phase), criterion);
  if (self->focus_idle == 0)
    self->focus_idle = g_idle_add (focus_last_criterion_idle, self);
}

static void
record_clicked_cb (KoersMaturityPage *self)
{
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDate) today = NULL;
  g_autoptr(KoersAssessment) assessment = NULL;

  if (plan == NULL)
    return;
  now = g_date_time_new_now_local ();
  today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                          g_date_time_get_year (now));
  assessment = koers_assessment_new_from_plan (plan, today);
  /* one step of the undo history; the notice offers Undo */
  koers_plan_append (plan, koers_plan_get_assessments (plan), assessment);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-notice", "(sb)",
                              _("Assessment recorded"), FALSE);
}

/* The print button prints as Ctrl+P does: the window's Print action, with
 * the options get_print_options() gives. */
static void
print_clicked_cb (KoersMaturityPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.print", NULL);
}

static void
export_clicked_cb (KoersMaturityPage *self)
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
                                                koers_maturity_view_get_style (self->view),
                                                _("Export the Maturity Phases"),
                                                /* Translators: the suggested file name of the
                                                 * exported maturity phases, without extension */
                                                C_("file name", "maturity-phases"),
                                                _("The maturity phases could not be exported")));
}

/* KoersPage ---------------------------------------------------------------- */

static void
koers_maturity_page_get_print_options (KoersPage          *page,
                                       KoersRenderOptions *opts)
{
  KoersMaturityPage *self = KOERS_MATURITY_PAGE (page);

  opts->style = koers_maturity_view_get_style (self->view);
  opts->blank = self->export.blank;
}

static void
koers_maturity_page_bind (KoersPage *page,
                          KoersPlan *plan)
{
  KoersMaturityPage *self = KOERS_MATURITY_PAGE (page);

  /* A plan opens on its current phase. */
  koers_maturity_view_set_selected_phase (self->view, koers_plan_get_current_phase (plan));
  show_selected_phase (self);
  gtk_list_box_bind_model (self->assessments_list, koers_plan_get_assessments (plan),
                           create_assessment_row, self, NULL);
  g_signal_connect_object (plan, "changed::maturity", G_CALLBACK (maturity_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
koers_maturity_page_unbind (KoersPage *page,
                            KoersPlan *plan)
{
  KoersMaturityPage *self = KOERS_MATURITY_PAGE (page);

  g_signal_handlers_disconnect_by_func (plan, maturity_changed_cb, self);
  /* also from KoersPage's dispose, after the template's */
  if (self->criteria_list != NULL)
    gtk_list_box_bind_model (self->criteria_list, NULL, NULL, NULL, NULL);
  if (self->assessments_list != NULL)
    gtk_list_box_bind_model (self->assessments_list, NULL, NULL, NULL, NULL);
  if (self->phase_bindings != NULL)
    g_binding_group_set_source (self->phase_bindings, NULL);
}

static void
koers_maturity_page_dispose (GObject *object)
{
  KoersMaturityPage *self = (KoersMaturityPage *) object;

  if (self->chooser != NULL)
    {
      GtkFileChooserNative *chooser = self->chooser;

      g_clear_weak_pointer (&self->chooser);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
      g_object_unref (chooser);
    }
  g_clear_handle_id (&self->focus_idle, g_source_remove);
  if (self->phase_bindings != NULL)
    g_binding_group_set_source (self->phase_bindings, NULL);
  g_clear_object (&self->phase_bindings);
  gtk_list_box_bind_model (self->criteria_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->assessments_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_MATURITY_PAGE);

  G_OBJECT_CLASS (koers_maturity_page_parent_class)->dispose (object);
}

/* "phase/N" and "phase/N/criterion/M" (koers-check-maturity.c, from 0):
 * the phase is selected and its criterion, or its first, focused */
static gboolean
koers_maturity_page_show_location (KoersPage  *page,
                                   const char *location)
{
  KoersMaturityPage *self = KOERS_MATURITY_PAGE (page);
  guint phase = 0, criterion = 0;
  int n = sscanf (location, "phase/%u/criterion/%u", &phase, &criterion);

  if (n < 1 || phase >= KOERS_N_PHASES)
    return FALSE;
  koers_maturity_view_set_selected_phase (self->view, phase);
  show_selected_phase (self);
  return koers_page_focus_list_row (page, self->criteria_list, n == 2 ? criterion : 0,
                                    "done_check");
}

static void
koers_maturity_page_class_init (KoersMaturityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->dispose = koers_maturity_page_dispose;
  page_class->bind = koers_maturity_page_bind;
  page_class->show_location = koers_maturity_page_show_location;
  page_class->unbind = koers_maturity_page_unbind;
  page_class->get_print_options = koers_maturity_page_get_print_options;
  page_class->printable_id = "maturity";
  page_class->wide = TRUE;

  g_type_ensure (KOERS_TYPE_MATURITY_VIEW);
  g_type_ensure (KOERS_TYPE_EXPORT_STATUS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-maturity-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, view);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, export_status);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, split);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, rule_label);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, phase_title);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, phase_share);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, guidance_label);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, criteria_list);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, current_label);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, style_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, override_check);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, override_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersMaturityPage, assessments_list);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, record_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
}

static void
koers_maturity_page_init (KoersMaturityPage *self)
{
  GBindingGroup *bindings;

  gtk_widget_init_template (GTK_WIDGET (self));
  koers_export_dialog_set_status (KOERS_PAGE (self), self->export_status);

  /* the steps and the checklist side by side when there is room */
  gtk_widget_set_layout_manager (self->split, koers_split_layout_new ());
  gtk_label_set_label (self->rule_label, koers_maturity_get_rule ());

  /* Once: the bindings follow the page's plan. */
  bindings = koers_page_get_bindings (KOERS_PAGE (self));
  koers_bind_active (bindings, "phase-overridden", GTK_WIDGET (self->override_check));
  koers_bind_choice (bindings, "override-phase", self->override_dropdown);
  koers_bind_text (bindings, "override-reason", GTK_WIDGET (self->reason_entry));
  koers_bind_property (bindings, "phase-overridden", self->override_dropdown, "sensitive",
                       G_BINDING_SYNC_CREATE, NULL, NULL, NULL);
  koers_bind_property (bindings, "phase-overridden", self->reason_entry, "sensitive",
                       G_BINDING_SYNC_CREATE, NULL, NULL, NULL);

  self->phase_bindings = koers_bind_group_new (KOERS_TYPE_MATURITY_PHASE);
  koers_bind_text (self->phase_bindings, "notes", GTK_WIDGET (self->notes_view));

  g_signal_connect_object (self->view, "notify::selected-phase",
                           G_CALLBACK (show_selected_phase), self, G_CONNECT_SWAPPED);
  update_labels (self);
  koers_a11y_name_controls (GTK_WIDGET (self));
  koers_dropdown_set_accessible_name (self->style_dropdown, _("Style of the diagram"));
  koers_dropdown_set_accessible_name (self->override_dropdown, _("Phase set by hand"));
}

/**
 * _koers_maturity_page_get_view:
 *
 * Returns: (transfer none): the page's steps, for the tests
 */
KoersMaturityView *
_koers_maturity_page_get_view (KoersMaturityPage *self)
{
  g_return_val_if_fail (KOERS_IS_MATURITY_PAGE (self), NULL);

  return self->view;
}

/**
 * _koers_maturity_page_get_criteria_list:
 *
 * Returns: (transfer none): the checklist of the chosen phase, for the tests
 */
GtkListBox *
_koers_maturity_page_get_criteria_list (KoersMaturityPage *self)
{
  g_return_val_if_fail (KOERS_IS_MATURITY_PAGE (self), NULL);

  return self->criteria_list;
}
