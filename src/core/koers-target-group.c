/* koers-target-group.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A group of people the plan is for (People, the first POST step).
 */
#define G_LOG_DOMAIN "koers-target-group"

#include "config.h"

#include "koers-target-group.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"
#include "koers-network-use.h"

struct _KoersTargetGroup
{
  GObject parent_instance;

  char       *name;
  char       *description;
  char       *ideal_customer;
  int         adoption;
  GListStore *networks;
};

G_DEFINE_FINAL_TYPE (KoersTargetGroup, koers_target_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_IDEAL_CUSTOMER,
  PROP_ADOPTION,
  PROP_NETWORKS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "name",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersTargetGroup, name) },
  { .name = "description",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersTargetGroup, description) },
  { .name = "ideal-customer",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersTargetGroup, ideal_customer) },
  { .name = "adoption",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersTargetGroup, adoption),
    .get_type = koers_adoption_get_type,
    .dflt = KOERS_ADOPTION_UNKNOWN },
  { .name = "networks",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersTargetGroup, networks),
    .get_type = koers_network_use_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_target_group_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_target_group_parent_class)->finalize (object);
}

static void
koers_target_group_get_property (GObject    *object,
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
koers_target_group_set_property (GObject      *object,
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
koers_target_group_class_init (KoersTargetGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_target_group_finalize;
  object_class->get_property = koers_target_group_get_property;
  object_class->set_property = koers_target_group_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_target_group_init (KoersTargetGroup *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_target_group_new:
 *
 * Returns: (transfer full): a new, empty target group
 */
KoersTargetGroup *
koers_target_group_new (void)
{
  return g_object_new (KOERS_TYPE_TARGET_GROUP, NULL);
}

const char *
koers_target_group_get_name (KoersTargetGroup *self)
{
  g_return_val_if_fail (KOERS_IS_TARGET_GROUP (self), NULL);

  return self->name;
}

void
koers_target_group_set_name (KoersTargetGroup *self,
                             const char       *name)
{
  g_return_if_fail (KOERS_IS_TARGET_GROUP (self));

  _koers_model_set_string (self, properties[PROP_NAME], name);
}

const char *
koers_target_group_get_description (KoersTargetGroup *self)
{
  g_return_val_if_fail (KOERS_IS_TARGET_GROUP (self), NULL);

  return self->description;
}

void
koers_target_group_set_description (KoersTargetGroup *self,
                                    const char       *description)
{
  g_return_if_fail (KOERS_IS_TARGET_GROUP (self));

  _koers_model_set_string (self, properties[PROP_DESCRIPTION], description);
}

const char *
koers_target_group_get_ideal_customer (KoersTargetGroup *self)
{
  g_return_val_if_fail (KOERS_IS_TARGET_GROUP (self), NULL);

  return self->ideal_customer;
}

void
koers_target_group_set_ideal_customer (KoersTargetGroup *self,
                                       const char       *ideal_customer)
{
  g_return_if_fail (KOERS_IS_TARGET_GROUP (self));

  _koers_model_set_string (self, properties[PROP_IDEAL_CUSTOMER], ideal_customer);
}

KoersAdoption
koers_target_group_get_adoption (KoersTargetGroup *self)
{
  g_return_val_if_fail (KOERS_IS_TARGET_GROUP (self), 0);

  return (KoersAdoption) self->adoption;
}

void
koers_target_group_set_adoption (KoersTargetGroup *self,
                                 KoersAdoption     adoption)
{
  g_return_if_fail (KOERS_IS_TARGET_GROUP (self));

  _koers_model_set_int (self, properties[PROP_ADOPTION], adoption);
}

GListModel *
koers_target_group_get_networks (KoersTargetGroup *self)
{
  g_return_val_if_fail (KOERS_IS_TARGET_GROUP (self), NULL);

  return G_LIST_MODEL (self->networks);
}
