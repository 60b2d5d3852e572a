/* koers-network-use.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One network a target group is on, and how active it is there.
 */
#define G_LOG_DOMAIN "koers-network-use"

#include "config.h"

#include "koers-network-use.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersNetworkUse
{
  GObject parent_instance;

  char *network;
  int   activity;
  char *notes;
};

G_DEFINE_FINAL_TYPE (KoersNetworkUse, koers_network_use, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NETWORK,
  PROP_ACTIVITY,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "network",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersNetworkUse, network),
    .flags = KOERS_FIELD_REQUIRED },
  { .name = "activity",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersNetworkUse, activity),
    .get_type = koers_activity_get_type,
    .dflt = KOERS_ACTIVITY_READING },
  { .name = "notes",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersNetworkUse, notes) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_network_use_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_network_use_parent_class)->finalize (object);
}

static void
koers_network_use_get_property (GObject    *object,
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
koers_network_use_set_property (GObject      *object,
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
koers_network_use_class_init (KoersNetworkUseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_network_use_finalize;
  object_class->get_property = koers_network_use_get_property;
  object_class->set_property = koers_network_use_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_network_use_init (KoersNetworkUse *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_network_use_new:
 *
 * Returns: (transfer full): a new, empty network use
 */
KoersNetworkUse *
koers_network_use_new (void)
{
  return g_object_new (KOERS_TYPE_NETWORK_USE, NULL);
}

const char *
koers_network_use_get_network (KoersNetworkUse *self)
{
  g_return_val_if_fail (KOERS_IS_NETWORK_USE (self), NULL);

  return self->network;
}

void
koers_network_use_set_network (KoersNetworkUse *self,
                               const char      *network)
{
  g_return_if_fail (KOERS_IS_NETWORK_USE (self));

  _koers_model_set_string (self, properties[PROP_NETWORK], network);
}

KoersActivity
koers_network_use_get_activity (KoersNetworkUse *self)
{
  g_return_val_if_fail (KOERS_IS_NETWORK_USE (self), 0);

  return (KoersActivity) self->activity;
}

void
koers_network_use_set_activity (KoersNetworkUse *self,
                                KoersActivity    activity)
{
  g_return_if_fail (KOERS_IS_NETWORK_USE (self));

  _koers_model_set_int (self, properties[PROP_ACTIVITY], activity);
}

const char *
koers_network_use_get_notes (KoersNetworkUse *self)
{
  g_return_val_if_fail (KOERS_IS_NETWORK_USE (self), NULL);

  return self->notes;
}

void
koers_network_use_set_notes (KoersNetworkUse *self,
                             const char      *notes)
{
  g_return_if_fail (KOERS_IS_NETWORK_USE (self));

  _koers_model_set_string (self, properties[PROP_NOTES], notes);
}
