/* koers-role.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A role or person with the hours they have for social media.
 */
#define G_LOG_DOMAIN "koers-role"

#include "config.h"

#include "koers-role.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersRole
{
  GObject parent_instance;

  char   *id;
  char   *name;
  char   *person;
  double  hours_per_week;
};

G_DEFINE_FINAL_TYPE (KoersRole, koers_role, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PERSON,
  PROP_HOURS_PER_WEEK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "id",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersRole, id),
    .flags = KOERS_FIELD_ID | KOERS_FIELD_REQUIRED },
  { .name = "name",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersRole, name),
    .flags = KOERS_FIELD_REQUIRED },
  { .name = "person",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersRole, person) },
  { .name = "hours-per-week",
    .kind = KOERS_FIELD_DOUBLE,
    .offset = KOERS_FIELD_MEMBER (KoersRole, hours_per_week),
    .min = 0,
    .max = 168,
    .dflt = 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_role_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_role_parent_class)->finalize (object);
}

static void
koers_role_get_property (GObject    *object,
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
koers_role_set_property (GObject      *object,
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
koers_role_class_init (KoersRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_role_finalize;
  object_class->get_property = koers_role_get_property;
  object_class->set_property = koers_role_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_role_init (KoersRole *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_role_new:
 *
 * Returns: (transfer full): a new, empty role
 */
KoersRole *
koers_role_new (void)
{
  return g_object_new (KOERS_TYPE_ROLE, NULL);
}

const char *
koers_role_get_id (KoersRole *self)
{
  g_return_val_if_fail (KOERS_IS_ROLE (self), NULL);

  return self->id;
}

void
koers_role_set_id (KoersRole  *self,
                   const char *id)
{
  g_return_if_fail (KOERS_IS_ROLE (self));

  _koers_model_set_string (self, properties[PROP_ID], id);
}

const char *
koers_role_get_name (KoersRole *self)
{
  g_return_val_if_fail (KOERS_IS_ROLE (self), NULL);

  return self->name;
}

void
koers_role_set_name (KoersRole  *self,
                     const char *name)
{
  g_return_if_fail (KOERS_IS_ROLE (self));

  _koers_model_set_string (self, properties[PROP_NAME], name);
}

const char *
koers_role_get_person (KoersRole *self)
{
  g_return_val_if_fail (KOERS_IS_ROLE (self), NULL);

  return self->person;
}

void
koers_role_set_person (KoersRole  *self,
                       const char *person)
{
  g_return_if_fail (KOERS_IS_ROLE (self));

  _koers_model_set_string (self, properties[PROP_PERSON], person);
}

double
koers_role_get_hours_per_week (KoersRole *self)
{
  g_return_val_if_fail (KOERS_IS_ROLE (self), 0);

  return self->hours_per_week;
}

void
koers_role_set_hours_per_week (KoersRole *self,
                               double     hours_per_week)
{
  g_return_if_fail (KOERS_IS_ROLE (self));

  _koers_model_set_double (self, properties[PROP_HOURS_PER_WEEK], hours_per_week);
}
