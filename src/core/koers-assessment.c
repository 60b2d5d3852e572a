/* koers-assessment.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One dated assessment of the maturity phases: the phase the organisation
 * was in and, per phase, how many criteria it met. The plan keeps a history
 * of them, so a consultant can show the progress between two workshops.
 */
#define G_LOG_DOMAIN "koers-assessment"

#include "config.h"

#include "koers-assessment.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"
#include "koers-phase-result.h"
#include "koers-plan.h"

struct _KoersAssessment
{
  GObject parent_instance;

  GDate      *date;
  int         phase;
  char       *note;
  GListStore *results;
};

G_DEFINE_FINAL_TYPE (KoersAssessment, koers_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_PHASE,
  PROP_NOTE,
  PROP_RESULTS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "date",
    .kind = KOERS_FIELD_DATE,
    .offset = KOERS_FIELD_MEMBER (KoersAssessment, date),
    .flags = KOERS_FIELD_REQUIRED },
  { .name = "phase",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersAssessment, phase),
    .get_type = koers_phase_get_type,
    .dflt = KOERS_PHASE_PLANNING },
  { .name = "note",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersAssessment, note) },
  { .name = "results",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersAssessment, results),
    .get_type = koers_phase_result_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_assessment_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_assessment_parent_class)->finalize (object);
}

static void
koers_assessment_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  if (prop_id > 0 && prop_id < N_PROPS)
    _koers_model_get_property (object, fields, prop_id, value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
koers_assessment_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  if (prop_id > 0 && prop_id < N_PROPS)
    _koers_model_set_property (object, fields, prop_id, value, pspec);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
koers_assessment_class_init (KoersAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_assessment_finalize;
  object_class->get_property = koers_assessment_get_property;
  object_class->set_property = koers_assessment_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_assessment_init (KoersAssessment *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_assessment_new:
 *
 * Returns: (transfer full): a new, empty assessment
 */
KoersAssessment *
koers_assessment_new (void)
{
  return g_object_new (KOERS_TYPE_ASSESSMENT, NULL);
}

/**
 * koers_assessment_new_from_plan:
 * @plan: a plan
 * @date: the day of the assessment
 *
 * Takes down where @plan stands now: its current phase and, for each
 * phase, the criteria met. The new assessment is not in the plan yet: add
 * it with koers_plan_append() to koers_plan_get_assessments().
 *
 * Returns: (transfer full): the new assessment
 */
KoersAssessment *
koers_assessment_new_from_plan (KoersPlan   *plan,
                                const GDate *date)
{
  KoersAssessment *self;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  self = koers_assessment_new ();
  koers_assessment_set_date (self, date);
  koers_assessment_set_phase (self, koers_plan_get_current_phase (plan));
  for (guint p = 0; p < KOERS_N_PHASES; p++)
    {
      g_autoptr(KoersPhaseResult) result = koers_phase_result_new ();
      guint n, met;

      met = koers_maturity_phase_count_met (koers_plan_get_phase (plan, p), &n);
      koers_phase_result_set_phase (result, p);
      koers_phase_result_set_met (result, met);
      koers_phase_result_set_criteria (result, n);
      g_list_store_append (self->results, result);
    }
  return self;
}

const GDate *
koers_assessment_get_date (KoersAssessment *self)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), NULL);

  return self->date;
}

void
koers_assessment_set_date (KoersAssessment *self,
                           const GDate     *date)
{
  g_return_if_fail (KOERS_IS_ASSESSMENT (self));

  _koers_model_set_date (self, properties[PROP_DATE], date);
}

/**
 * koers_assessment_get_phase:
 *
 * Returns: the phase the organisation was in, derived or set by hand
 */
KoersPhase
koers_assessment_get_phase (KoersAssessment *self)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), 0);

  return (KoersPhase) self->phase;
}

void
koers_assessment_set_phase (KoersAssessment *self,
                            KoersPhase       phase)
{
  g_return_if_fail (KOERS_IS_ASSESSMENT (self));

  _koers_model_set_int (self, properties[PROP_PHASE], phase);
}

const char *
koers_assessment_get_note (KoersAssessment *self)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), NULL);

  return self->note;
}

void
koers_assessment_set_note (KoersAssessment *self,
                           const char      *note)
{
  g_return_if_fail (KOERS_IS_ASSESSMENT (self));

  _koers_model_set_string (self, properties[PROP_NOTE], note);
}

/**
 * koers_assessment_get_results:
 *
 * Returns: (transfer none): the #KoersPhaseResult of each phase
 */
GListModel *
koers_assessment_get_results (KoersAssessment *self)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), NULL);

  return G_LIST_MODEL (self->results);
}

/**
 * koers_assessment_get_result:
 * @met: (out) (optional): criteria met, at most @n_criteria
 * @n_criteria: (out) (optional): criteria in all
 *
 * Returns: whether the assessment has a result for @phase (the first, when
 *   a file has several)
 */
gboolean
koers_assessment_get_result (KoersAssessment *self,
                             KoersPhase       phase,
                             guint           *met,
                             guint           *n_criteria)
{
  guint n;

  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersPhaseResult) result = g_list_model_get_item (G_LIST_MODEL (self->results), i);

      if (koers_phase_result_get_phase (result) != phase)
        continue;
      if (n_criteria != NULL)
        *n_criteria = koers_phase_result_get_criteria (result);
      if (met != NULL)
        *met = MIN (koers_phase_result_get_met (result), koers_phase_result_get_criteria (result));
      return TRUE;
    }
  if (met != NULL)
    *met = 0;
  if (n_criteria != NULL)
    *n_criteria = 0;
  return FALSE;
}
