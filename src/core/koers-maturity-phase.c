/* koers-maturity-phase.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of the six phases of social business maturity.
 */
#define G_LOG_DOMAIN "koers-maturity-phase"

#include "config.h"

#include "koers-maturity-phase.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"
#include "koers-criterion.h"

struct _KoersMaturityPhase
{
  GObject parent_instance;

  int         phase;
  char       *notes;
  GListStore *criteria;
};

G_DEFINE_FINAL_TYPE (KoersMaturityPhase, koers_maturity_phase, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PHASE,
  PROP_NOTES,
  PROP_CRITERIA,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "phase",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersMaturityPhase, phase),
    .get_type = koers_phase_get_type,
    .dflt = KOERS_PHASE_PLANNING,
    .flags = KOERS_FIELD_REQUIRED },
  { .name = "notes",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersMaturityPhase, notes) },
  { .name = "criteria",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersMaturityPhase, criteria),
    .get_type = koers_criterion_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_maturity_phase_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_maturity_phase_parent_class)->finalize (object);
}

static void
koers_maturity_phase_get_property (GObject    *object,
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
koers_maturity_phase_set_property (GObject      *object,
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
koers_maturity_phase_class_init (KoersMaturityPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_maturity_phase_finalize;
  object_class->get_property = koers_maturity_phase_get_property;
  object_class->set_property = koers_maturity_phase_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_maturity_phase_init (KoersMaturityPhase *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_maturity_phase_new:
 *
 * Returns: (transfer full): a new, empty maturity phase
 */
KoersMaturityPhase *
koers_maturity_phase_new (void)
{
  return g_object_new (KOERS_TYPE_MATURITY_PHASE, NULL);
}

KoersPhase
koers_maturity_phase_get_phase (KoersMaturityPhase *self)
{
  g_return_val_if_fail (KOERS_IS_MATURITY_PHASE (self), 0);

  return (KoersPhase) self->phase;
}

void
koers_maturity_phase_set_phase (KoersMaturityPhase *self,
                                KoersPhase          phase)
{
  g_return_if_fail (KOERS_IS_MATURITY_PHASE (self));

  _koers_model_set_int (self, properties[PROP_PHASE], phase);
}

const char *
koers_maturity_phase_get_notes (KoersMaturityPhase *self)
{
  g_return_val_if_fail (KOERS_IS_MATURITY_PHASE (self), NULL);

  return self->notes;
}

void
koers_maturity_phase_set_notes (KoersMaturityPhase *self,
                                const char         *notes)
{
  g_return_if_fail (KOERS_IS_MATURITY_PHASE (self));

  _koers_model_set_string (self, properties[PROP_NOTES], notes);
}

GListModel *
koers_maturity_phase_get_criteria (KoersMaturityPhase *self)
{
  g_return_val_if_fail (KOERS_IS_MATURITY_PHASE (self), NULL);

  return G_LIST_MODEL (self->criteria);
}
