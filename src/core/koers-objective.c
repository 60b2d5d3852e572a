/* koers-objective.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A SMART objective (doelstelling) with its KPI, target value and deadline.
 */
#define G_LOG_DOMAIN "koers-objective"

#include "config.h"

#include "koers-objective.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersObjective
{
  GObject parent_instance;

  char     *title;
  char     *kpi;
  double    baseline;
  gboolean  has_target;
  double    target;
  char     *unit;
  GDate    *deadline;
  char     *goal;
};

G_DEFINE_FINAL_TYPE (KoersObjective, koers_objective, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_KPI,
  PROP_BASELINE,
  PROP_HAS_TARGET,
  PROP_TARGET,
  PROP_UNIT,
  PROP_DEADLINE,
  PROP_GOAL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "title",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersObjective, title) },
  { .name = "kpi",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersObjective, kpi) },
  { .name = "baseline",
    .kind = KOERS_FIELD_DOUBLE,
    .offset = KOERS_FIELD_MEMBER (KoersObjective, baseline),
    .min = -1e12,
    .max = 1e12,
    .dflt = 0 },
  { .name = "has-target",
    .kind = KOERS_FIELD_BOOLEAN,
    .offset = KOERS_FIELD_MEMBER (KoersObjective, has_target) },
  { .name = "target",
    .kind = KOERS_FIELD_DOUBLE,
    .offset = KOERS_FIELD_MEMBER (KoersObjective, target),
    .min = -1e12,
    .max = 1e12,
    .dflt = 0 },
  { .name = "unit",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersObjective, unit) },
  { .name = "deadline",
    .kind = KOERS_FIELD_DATE,
    .offset = KOERS_FIELD_MEMBER (KoersObjective, deadline) },
  { .name = "goal",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersObjective, goal) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_objective_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_objective_parent_class)->finalize (object);
}

static void
koers_objective_get_property (GObject    *object,
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
koers_objective_set_property (GObject      *object,
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
koers_objective_class_init (KoersObjectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_objective_finalize;
  object_class->get_property = koers_objective_get_property;
  object_class->set_property = koers_objective_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_objective_init (KoersObjective *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_objective_new:
 *
 * Returns: (transfer full): a new, empty objective
 */
KoersObjective *
koers_objective_new (void)
{
  return g_object_new (KOERS_TYPE_OBJECTIVE, NULL);
}

const char *
koers_objective_get_title (KoersObjective *self)
{
  g_return_val_if_fail (KOERS_IS_OBJECTIVE (self), NULL);

  return self->title;
}

void
koers_objective_set_title (KoersObjective *self,
                           const char     *title)
{
  g_return_if_fail (KOERS_IS_OBJECTIVE (self));

  _koers_model_set_string (self, properties[PROP_TITLE], title);
}

const char *
koers_objective_get_kpi (KoersObjective *self)
{
  g_return_val_if_fail (KOERS_IS_OBJECTIVE (self), NULL);

  return self->kpi;
}

void
koers_objective_set_kpi (KoersObjective *self,
                         const char     *kpi)
{
  g_return_if_fail (KOERS_IS_OBJECTIVE (self));

  _koers_model_set_string (self, properties[PROP_KPI], kpi);
}

double
koers_objective_get_baseline (KoersObjective *self)
{
  g_return_val_if_fail (KOERS_IS_OBJECTIVE (self), 0);

  return self->baseline;
}

void
koers_objective_set_baseline (KoersObjective *self,
                              double          baseline)
{
  g_return_if_fail (KOERS_IS_OBJECTIVE (self));

  _koers_model_set_double (self, properties[PROP_BASELINE], baseline);
}

gboolean
koers_objective_get_has_target (KoersObjective *self)
{
  g_return_val_if_fail (KOERS_IS_OBJECTIVE (self), FALSE);

  return self->has_target;
}

void
koers_objective_set_has_target (KoersObjective *self,
                                gboolean        has_target)
{
  g_return_if_fail (KOERS_IS_OBJECTIVE (self));

  _koers_model_set_boolean (self, properties[PROP_HAS_TARGET], has_target);
}

double
koers_objective_get_target (KoersObjective *self)
{
  g_return_val_if_fail (KOERS_IS_OBJECTIVE (self), 0);

  return self->target;
}

void
koers_objective_set_target (KoersObjective *self,
                            double          target)
{
  g_return_if_fail (KOERS_IS_OBJECTIVE (self));

  _koers_model_set_double (self, properties[PROP_TARGET], target);
}

const char *
koers_objective_get_unit (KoersObjective *self)
{
  g_return_val_if_fail (KOERS_IS_OBJECTIVE (self), NULL);

  return self->unit;
}

void
koers_objective_set_unit (KoersObjective *self,
                          const char     *unit)
{
  g_return_if_fail (KOERS_IS_OBJECTIVE (self));

  _koers_model_set_string (self, properties[PROP_UNIT], unit);
}

const GDate *
koers_objective_get_deadline (KoersObjective *self)
{
  g_return_val_if_fail (KOERS_IS_OBJECTIVE (self), NULL);

  return self->deadline;
}

void
koers_objective_set_deadline (KoersObjective *self,
                              const GDate    *deadline)
{
  g_return_if_fail (KOERS_IS_OBJECTIVE (self));

  _koers_model_set_date (self, properties[PROP_DEADLINE], deadline);
}

const char *
koers_objective_get_goal (KoersObjective *self)
{
  g_return_val_if_fail (KOERS_IS_OBJECTIVE (self), NULL);

  return self->goal;
}

void
koers_objective_set_goal (KoersObjective *self,
                          const char     *goal)
{
  g_return_if_fail (KOERS_IS_OBJECTIVE (self));

  _koers_model_set_string (self, properties[PROP_GOAL], goal);
}
