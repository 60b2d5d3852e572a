/* koers-raci-cell.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The RACI letter of one role for one task.
 */
#define G_LOG_DOMAIN "koers-raci-cell"

#include "config.h"

#include "koers-raci-cell.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersRaciCell
{
  GObject parent_instance;

  char  *role;
  int    letter;
  double hours;
};

G_DEFINE_FINAL_TYPE (KoersRaciCell, koers_raci_cell, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_LETTER,
  PROP_HOURS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "role",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersRaciCell, role),
    .flags = KOERS_FIELD_ID | KOERS_FIELD_REQUIRED },
  { .name = "letter",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersRaciCell, letter),
    .get_type = koers_raci_get_type,
    .dflt = KOERS_RACI_NONE,
    .flags = KOERS_FIELD_REQUIRED },
  /* The role's share of the task's hours; 0: not split. */
  { .name = "hours",
    .kind = KOERS_FIELD_DOUBLE,
    .offset = KOERS_FIELD_MEMBER (KoersRaciCell, hours),
    .min = 0,
    .max = 168,
    .dflt = 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_raci_cell_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_raci_cell_parent_class)->finalize (object);
}

static void
koers_raci_cell_get_property (GObject    *object,
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
koers_raci_cell_set_property (GObject      *object,
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
koers_raci_cell_class_init (KoersRaciCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_raci_cell_finalize;
  object_class->get_property = koers_raci_cell_get_property;
  object_class->set_property = koers_raci_cell_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_raci_cell_init (KoersRaciCell *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_raci_cell_new:
 *
 * Returns: (transfer full): a new, empty RACI cell
 */
KoersRaciCell *
koers_raci_cell_new (void)
{
  return g_object_new (KOERS_TYPE_RACI_CELL, NULL);
}

const char *
koers_raci_cell_get_role (KoersRaciCell *self)
{
  g_return_val_if_fail (KOERS_IS_RACI_CELL (self), NULL);

  return self->role;
}

void
koers_raci_cell_set_role (KoersRaciCell *self,
                          const char    *role)
{
  g_return_if_fail (KOERS_IS_RACI_CELL (self));

  _koers_model_set_string (self, properties[PROP_ROLE], role);
}

KoersRaci
koers_raci_cell_get_letter (KoersRaciCell *self)
{
  g_return_val_if_fail (KOERS_IS_RACI_CELL (self), 0);

  return (KoersRaci) self->letter;
}

void
koers_raci_cell_set_letter (KoersRaciCell *self,
                            KoersRaci      letter)
{
  g_return_if_fail (KOERS_IS_RACI_CELL (self));

  _koers_model_set_int (self, properties[PROP_LETTER], letter);
}

double
koers_raci_cell_get_hours (KoersRaciCell *self)
{
  g_return_val_if_fail (KOERS_IS_RACI_CELL (self), 0);

  return self->hours;
}

void
koers_raci_cell_set_hours (KoersRaciCell *self,
                           double         hours)
{
  g_return_if_fail (KOERS_IS_RACI_CELL (self));

  _koers_model_set_double (self, properties[PROP_HOURS], hours);
}
