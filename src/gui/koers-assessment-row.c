/* koers-assessment-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One assessment of the maturity history: its date, the phase it found,
 * the criteria met per phase, and a note such as the occasion.
 */
#define G_LOG_DOMAIN "koers-assessment-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-assessment-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"
#include "koers-date-button.h"
#include "koers-plan.h"

struct _KoersAssessmentRow
{
  GtkWidget        parent_instance;

  KoersAssessment *assessment;
  GBindingGroup   *bindings;

  KoersDateButton *date_button;
  GtkLabel        *phase_label;
  GtkLabel        *results_label;
  GtkEntry        *note_entry;
};

G_DEFINE_FINAL_TYPE (KoersAssessmentRow, koers_assessment_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
remove_clicked_cb (KoersAssessmentRow *self)
{
  if (self->assessment != NULL)
    koers_row_remove (GTK_WIDGET (self), self->assessment, _("Assessment removed"));
}

static void
koers_assessment_row_dispose (GObject *object)
{
  KoersAssessmentRow *self = (KoersAssessmentRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ASSESSMENT_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (koers_assessment_row_parent_class)->dispose (object);
}

/* The phase and the criteria met per phase: what the assessment found,
 * not edited here. */
static void
show_results (KoersAssessmentRow *self)
{
  KoersPhase phase = koers_assessment_get_phase (self->assessment);
  g_autoptr(GString) results = g_string_new (NULL);
  g_autofree char *label = NULL;

  /* Translators: the phase an assessment found, as in "Phase 1, Planning" */
  label = g_strdup_printf (_("Phase %u, %s"), phase + 1, koers_phase_get_name (phase));
  gtk_label_set_label (self->phase_label, label);
  for (guint p = 0; p < KOERS_N_PHASES; p++)
    {
      guint met, n;

      koers_assessment_get_result (self->assessment, p, &met, &n);
      if (p > 0)
        g_string_append (results, " · ");
      /* Translators: criteria met of one phase in the history, as in "Presence 1/5" */
      g_string_append_printf (results, _("%s %u/%u"), koers_phase_get_name (p), met, n);
    }
  gtk_label_set_label (self->results_label, results->str);
}

static void
set_item (KoersAssessmentRow *self,
          KoersAssessment    *item)
{
  if (!g_set_object (&self->assessment, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  if (item != NULL)
    show_results (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_assessment_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KoersAssessmentRow *self = KOERS_ASSESSMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->assessment);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_assessment_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KoersAssessmentRow *self = KOERS_ASSESSMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_assessment_row_class_init (KoersAssessmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_assessment_row_dispose;
  object_class->get_property = koers_assessment_row_get_property;
  object_class->set_property = koers_assessment_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_ASSESSMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KOERS_TYPE_DATE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-assessment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersAssessmentRow, date_button);
  gtk_widget_class_bind_template_child (widget_class, KoersAssessmentRow, phase_label);
  gtk_widget_class_bind_template_child (widget_class, KoersAssessmentRow, results_label);
  gtk_widget_class_bind_template_child (widget_class, KoersAssessmentRow, note_entry);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_assessment_row_init (KoersAssessmentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = koers_bind_group_new (KOERS_TYPE_ASSESSMENT);
  koers_date_button_bind (self->date_button, self->bindings, "date");
  koers_bind_text (self->bindings, "note", GTK_WIDGET (self->note_entry));

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_assessment_row_new (KoersAssessment *assessment)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (KOERS_TYPE_ASSESSMENT_ROW, "item", assessment, NULL);
}
