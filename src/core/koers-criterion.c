/* koers-criterion.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A checkable criterion of a maturity phase.
 */
#define G_LOG_DOMAIN "koers-criterion"

#include "config.h"

#include "koers-criterion.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersCriterion
{
  GObject parent_instance;

  char     *text;
  gboolean  done;
  char     *note;
};

G_DEFINE_FINAL_TYPE (KoersCriterion, koers_criterion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_DONE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "text",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersCriterion, text),
    .flags = KOERS_FIELD_REQUIRED },
  { .name = "done",
    .kind = KOERS_FIELD_BOOLEAN,
    .offset = KOERS_FIELD_MEMBER (KoersCriterion, done) },
  { .name = "note",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersCriterion, note) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_criterion_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_criterion_parent_class)->finalize (object);
}

static void
koers_criterion_get_property (GObject    *object,
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
koers_criterion_set_property (GObject      *object,
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
koers_criterion_class_init (KoersCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_criterion_finalize;
  object_class->get_property = koers_criterion_get_property;
  object_class->set_property = koers_criterion_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_criterion_init (KoersCriterion *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_criterion_new:
 *
 * Returns: (transfer full): a new, empty criterion
 */
KoersCriterion *
koers_criterion_new (void)
{
  return g_object_new (KOERS_TYPE_CRITERION, NULL);
}

const char *
koers_criterion_get_text (KoersCriterion *self)
{
  g_return_val_if_fail (KOERS_IS_CRITERION (self), NULL);

  return self->text;
}

void
koers_criterion_set_text (KoersCriterion *self,
                          const char     *text)
{
  g_return_if_fail (KOERS_IS_CRITERION (self));

  _koers_model_set_string (self, properties[PROP_TEXT], text);
}

gboolean
koers_criterion_get_done (KoersCriterion *self)
{
  g_return_val_if_fail (KOERS_IS_CRITERION (self), FALSE);

  return self->done;
}

void
koers_criterion_set_done (KoersCriterion *self,
                          gboolean        done)
{
  g_return_if_fail (KOERS_IS_CRITERION (self));

  _koers_model_set_boolean (self, properties[PROP_DONE], done);
}

/**
 * koers_criterion_get_note:
 *
 * Returns: why the criterion is met or not, or what is missing; never %NULL
 */
const char *
koers_criterion_get_note (KoersCriterion *self)
{
  g_return_val_if_fail (KOERS_IS_CRITERION (self), NULL);

  return self->note;
}

void
koers_criterion_set_note (KoersCriterion *self,
                          const char     *note)
{
  g_return_if_fail (KOERS_IS_CRITERION (self));

  _koers_model_set_string (self, properties[PROP_NOTE], note);
}
