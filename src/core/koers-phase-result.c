/* koers-phase-result.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How far one maturity phase was at an assessment: criteria met, of how many.
 */
#define G_LOG_DOMAIN "koers-phase-result"

#include "config.h"

#include "koers-phase-result.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersPhaseResult
{
  GObject parent_instance;

  int phase;
  int met;
  int criteria;
};

G_DEFINE_FINAL_TYPE (KoersPhaseResult, koers_phase_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PHASE,
  PROP_MET,
  PROP_CRITERIA,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "phase",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersPhaseResult, phase),
    .get_type = koers_phase_get_type,
    .dflt = KOERS_PHASE_PLANNING,
    .flags = KOERS_FIELD_REQUIRED },
  { .name = "met",
    .kind = KOERS_FIELD_INT,
    .offset = KOERS_FIELD_MEMBER (KoersPhaseResult, met),
    .min = 0,
    .max = KOERS_MAX_CRITERIA,
    .dflt = 0 },
  { .name = "criteria",
    .kind = KOERS_FIELD_INT,
    .offset = KOERS_FIELD_MEMBER (KoersPhaseResult, criteria),
    .min = 0,
    .max = KOERS_MAX_CRITERIA,
    .dflt = 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_phase_result_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_phase_result_parent_class)->finalize (object);
}

static void
koers_phase_result_get_property (GObject    *object,
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
koers_phase_result_set_property (GObject      *object,
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
koers_phase_result_class_init (KoersPhaseResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_phase_result_finalize;
  object_class->get_property = koers_phase_result_get_property;
  object_class->set_property = koers_phase_result_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_phase_result_init (KoersPhaseResult *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_phase_result_new:
 *
 * Returns: (transfer full): a new phase result: planning, 0 of 0
 */
KoersPhaseResult *
koers_phase_result_new (void)
{
  return g_object_new (KOERS_TYPE_PHASE_RESULT, NULL);
}

KoersPhase
koers_phase_result_get_phase (KoersPhaseResult *self)
{
  g_return_val_if_fail (KOERS_IS_PHASE_RESULT (self), 0);

  return (KoersPhase) self->phase;
}

void
koers_phase_result_set_phase (KoersPhaseResult *self,
                              KoersPhase        phase)
{
  g_return_if_fail (KOERS_IS_PHASE_RESULT (self));

  _koers_model_set_int (self, properties[PROP_PHASE], phase);
}

/**
 * koers_phase_result_get_met:
 *
 * Returns: the criteria met; a file may say more than
 *   koers_phase_result_get_criteria(), so a reader clamps
 */
guint
koers_phase_result_get_met (KoersPhaseResult *self)
{
  g_return_val_if_fail (KOERS_IS_PHASE_RESULT (self), 0);

  return (guint) self->met;
}

void
koers_phase_result_set_met (KoersPhaseResult *self,
                            guint             met)
{
  g_return_if_fail (KOERS_IS_PHASE_RESULT (self));

  _koers_model_set_int (self, properties[PROP_MET], (int) MIN (met, KOERS_MAX_CRITERIA));
}

guint
koers_phase_result_get_criteria (KoersPhaseResult *self)
{
  g_return_val_if_fail (KOERS_IS_PHASE_RESULT (self), 0);

  return (guint) self->criteria;
}

void
koers_phase_result_set_criteria (KoersPhaseResult *self,
                                 guint             criteria)
{
  g_return_if_fail (KOERS_IS_PHASE_RESULT (self));

  _koers_model_set_int (self, properties[PROP_CRITERIA], (int) MIN (criteria, KOERS_MAX_CRITERIA));
}
