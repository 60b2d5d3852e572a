/* koers-goal.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A goal (doel): what the organisation decides to achieve.
 */
#define G_LOG_DOMAIN "koers-goal"

#include "config.h"

#include "koers-goal.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersGoal
{
  GObject parent_instance;

  char *title;
  char *description;
};

G_DEFINE_FINAL_TYPE (KoersGoal, koers_goal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "title",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersGoal, title) },
  { .name = "description",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersGoal, description) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_goal_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_goal_parent_class)->finalize (object);
}

static void
koers_goal_get_property (GObject    *object,
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
koers_goal_set_property (GObject      *object,
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
koers_goal_class_init (KoersGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_goal_finalize;
  object_class->get_property = koers_goal_get_property;
  object_class->set_property = koers_goal_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_goal_init (KoersGoal *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_goal_new:
 *
 * Returns: (transfer full): a new, empty goal
 */
KoersGoal *
koers_goal_new (void)
{
  return g_object_new (KOERS_TYPE_GOAL, NULL);
}

const char *
koers_goal_get_title (KoersGoal *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL (self), NULL);

  return self->title;
}

void
koers_goal_set_title (KoersGoal  *self,
                      const char *title)
{
  g_return_if_fail (KOERS_IS_GOAL (self));

  _koers_model_set_string (self, properties[PROP_TITLE], title);
}

const char *
koers_goal_get_description (KoersGoal *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL (self), NULL);

  return self->description;
}

void
koers_goal_set_description (KoersGoal  *self,
                            const char *description)
{
  g_return_if_fail (KOERS_IS_GOAL (self));

  _koers_model_set_string (self, properties[PROP_DESCRIPTION], description);
}
