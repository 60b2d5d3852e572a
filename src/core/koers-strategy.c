/* koers-strategy.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chosen strategy: one of the five examples or an own one.
 */
#define G_LOG_DOMAIN "koers-strategy"

#include "config.h"

#include "koers-strategy.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersStrategy
{
  GObject parent_instance;

  int   kind;
  char *title;
  char *description;
};

G_DEFINE_FINAL_TYPE (KoersStrategy, koers_strategy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "kind",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersStrategy, kind),
    .get_type = koers_strategy_kind_get_type,
    .dflt = KOERS_STRATEGY_KIND_CUSTOM },
  { .name = "title",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersStrategy, title) },
  { .name = "description",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersStrategy, description) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_strategy_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_strategy_parent_class)->finalize (object);
}

static void
koers_strategy_get_property (GObject    *object,
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
koers_strategy_set_property (GObject      *object,
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
koers_strategy_class_init (KoersStrategyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_strategy_finalize;
  object_class->get_property = koers_strategy_get_property;
  object_class->set_property = koers_strategy_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_strategy_init (KoersStrategy *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_strategy_new:
 *
 * Returns: (transfer full): a new, empty strategy
 */
KoersStrategy *
koers_strategy_new (void)
{
  return g_object_new (KOERS_TYPE_STRATEGY, NULL);
}

KoersStrategyKind
koers_strategy_get_kind (KoersStrategy *self)
{
  g_return_val_if_fail (KOERS_IS_STRATEGY (self), 0);

  return (KoersStrategyKind) self->kind;
}

void
koers_strategy_set_kind (KoersStrategy     *self,
                         KoersStrategyKind  kind)
{
  g_return_if_fail (KOERS_IS_STRATEGY (self));

  _koers_model_set_int (self, properties[PROP_KIND], kind);
}

const char *
koers_strategy_get_title (KoersStrategy *self)
{
  g_return_val_if_fail (KOERS_IS_STRATEGY (self), NULL);

  return self->title;
}

void
koers_strategy_set_title (KoersStrategy *self,
                          const char    *title)
{
  g_return_if_fail (KOERS_IS_STRATEGY (self));

  _koers_model_set_string (self, properties[PROP_TITLE], title);
}

const char *
koers_strategy_get_description (KoersStrategy *self)
{
  g_return_val_if_fail (KOERS_IS_STRATEGY (self), NULL);

  return self->description;
}

void
koers_strategy_set_description (KoersStrategy *self,
                                const char    *description)
{
  g_return_if_fail (KOERS_IS_STRATEGY (self));

  _koers_model_set_string (self, properties[PROP_DESCRIPTION], description);
}
