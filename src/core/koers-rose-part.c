/* koers-rose-part.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of the five parts of the communicatieroos with its scores.
 */
#define G_LOG_DOMAIN "koers-rose-part"

#include "config.h"

#include "koers-rose-part.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersRosePart
{
  GObject parent_instance;

  int   part;
  int   current;
  int   target;
  char *notes;
  char *actions;
};

G_DEFINE_FINAL_TYPE (KoersRosePart, koers_rose_part, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PART,
  PROP_CURRENT,
  PROP_TARGET,
  PROP_NOTES,
  PROP_ACTIONS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "part",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersRosePart, part),
    .get_type = koers_rose_part_kind_get_type,
    .dflt = KOERS_ROSE_PART_LISTENING,
    .flags = KOERS_FIELD_REQUIRED },
  { .name = "current",
    .kind = KOERS_FIELD_INT,
    .offset = KOERS_FIELD_MEMBER (KoersRosePart, current),
    .min = 0,
    .max = KOERS_ROSE_MAX_SCORE,
    .dflt = 0 },
  { .name = "target",
    .kind = KOERS_FIELD_INT,
    .offset = KOERS_FIELD_MEMBER (KoersRosePart, target),
    .min = 0,
    .max = KOERS_ROSE_MAX_SCORE,
    .dflt = 0 },
  { .name = "notes",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersRosePart, notes) },
  { .name = "actions",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersRosePart, actions) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_rose_part_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_rose_part_parent_class)->finalize (object);
}

static void
koers_rose_part_get_property (GObject    *object,
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
koers_rose_part_set_property (GObject      *object,
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
koers_rose_part_class_init (KoersRosePartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_rose_part_finalize;
  object_class->get_property = koers_rose_part_get_property;
  object_class->set_property = koers_rose_part_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_rose_part_init (KoersRosePart *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_rose_part_new:
 *
 * Returns: (transfer full): a new, empty rose part
 */
KoersRosePart *
koers_rose_part_new (void)
{
  return g_object_new (KOERS_TYPE_ROSE_PART, NULL);
}

KoersRosePartKind
koers_rose_part_get_part (KoersRosePart *self)
{
  g_return_val_if_fail (KOERS_IS_ROSE_PART (self), 0);

  return (KoersRosePartKind) self->part;
}

void
koers_rose_part_set_part (KoersRosePart     *self,
                          KoersRosePartKind  part)
{
  g_return_if_fail (KOERS_IS_ROSE_PART (self));

  _koers_model_set_int (self, properties[PROP_PART], part);
}

int
koers_rose_part_get_current (KoersRosePart *self)
{
  g_return_val_if_fail (KOERS_IS_ROSE_PART (self), 0);

  return self->current;
}

void
koers_rose_part_set_current (KoersRosePart *self,
                             int            current)
{
  g_return_if_fail (KOERS_IS_ROSE_PART (self));

  _koers_model_set_int (self, properties[PROP_CURRENT], current);
}

int
koers_rose_part_get_target (KoersRosePart *self)
{
  g_return_val_if_fail (KOERS_IS_ROSE_PART (self), 0);

  return self->target;
}

void
koers_rose_part_set_target (KoersRosePart *self,
                            int            target)
{
  g_return_if_fail (KOERS_IS_ROSE_PART (self));

  _koers_model_set_int (self, properties[PROP_TARGET], target);
}

const char *
koers_rose_part_get_notes (KoersRosePart *self)
{
  g_return_val_if_fail (KOERS_IS_ROSE_PART (self), NULL);

  return self->notes;
}

void
koers_rose_part_set_notes (KoersRosePart *self,
                           const char    *notes)
{
  g_return_if_fail (KOERS_IS_ROSE_PART (self));

  _koers_model_set_string (self, properties[PROP_NOTES], notes);
}

const char *
koers_rose_part_get_actions (KoersRosePart *self)
{
  g_return_val_if_fail (KOERS_IS_ROSE_PART (self), NULL);

  return self->actions;
}

void
koers_rose_part_set_actions (KoersRosePart *self,
                             const char    *actions)
{
  g_return_if_fail (KOERS_IS_ROSE_PART (self));

  _koers_model_set_string (self, properties[PROP_ACTIONS], actions);
}
