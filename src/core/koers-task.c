/* koers-task.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A task with the hours it needs and its RACI letters per role.
 */
#define G_LOG_DOMAIN "koers-task"

#include "config.h"

#include "koers-task.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"
#include "koers-raci-cell.h"

struct _KoersTask
{
  GObject parent_instance;

  char       *id;
  char       *name;
  char       *description;
  double      hours_per_week;
  int         rose_part;
  GListStore *raci;
};

G_DEFINE_FINAL_TYPE (KoersTask, koers_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_HOURS_PER_WEEK,
  PROP_ROSE_PART,
  PROP_RACI,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "id",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersTask, id),
    .flags = KOERS_FIELD_ID | KOERS_FIELD_REQUIRED },
  { .name = "name",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersTask, name),
    .flags = KOERS_FIELD_REQUIRED },
  { .name = "description",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersTask, description) },
  { .name = "hours-per-week",
    .kind = KOERS_FIELD_DOUBLE,
    .offset = KOERS_FIELD_MEMBER (KoersTask, hours_per_week),
    .min = 0,
    .max = 10000,
    .dflt = 0 },
  { .name = "rose-part",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersTask, rose_part),
    .get_type = koers_entry_part_get_type,
    .dflt = KOERS_ENTRY_PART_NONE },
  { .name = "raci",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersTask, raci),
    .get_type = koers_raci_cell_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_task_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_task_parent_class)->finalize (object);
}

static void
koers_task_get_property (GObject    *object,
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
koers_task_set_property (GObject      *object,
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
koers_task_class_init (KoersTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_task_finalize;
  object_class->get_property = koers_task_get_property;
  object_class->set_property = koers_task_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_task_init (KoersTask *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_task_new:
 *
 * Returns: (transfer full): a new, empty task
 */
KoersTask *
koers_task_new (void)
{
  return g_object_new (KOERS_TYPE_TASK, NULL);
}

const char *
koers_task_get_id (KoersTask *self)
{
  g_return_val_if_fail (KOERS_IS_TASK (self), NULL);

  return self->id;
}

void
koers_task_set_id (KoersTask  *self,
                   const char *id)
{
  g_return_if_fail (KOERS_IS_TASK (self));

  _koers_model_set_string (self, properties[PROP_ID], id);
}

const char *
koers_task_get_name (KoersTask *self)
{
  g_return_val_if_fail (KOERS_IS_TASK (self), NULL);

  return self->name;
}

void
koers_task_set_name (KoersTask  *self,
                     const char *name)
{
  g_return_if_fail (KOERS_IS_TASK (self));

  _koers_model_set_string (self, properties[PROP_NAME], name);
}

const char *
koers_task_get_description (KoersTask *self)
{
  g_return_val_if_fail (KOERS_IS_TASK (self), NULL);

  return self->description;
}

void
koers_task_set_description (KoersTask  *self,
                            const char *description)
{
  g_return_if_fail (KOERS_IS_TASK (self));

  _koers_model_set_string (self, properties[PROP_DESCRIPTION], description);
}

double
koers_task_get_hours_per_week (KoersTask *self)
{
  g_return_val_if_fail (KOERS_IS_TASK (self), 0);

  return self->hours_per_week;
}

void
koers_task_set_hours_per_week (KoersTask *self,
                               double     hours_per_week)
{
  g_return_if_fail (KOERS_IS_TASK (self));

  _koers_model_set_double (self, properties[PROP_HOURS_PER_WEEK], hours_per_week);
}

KoersEntryPart
koers_task_get_rose_part (KoersTask *self)
{
  g_return_val_if_fail (KOERS_IS_TASK (self), KOERS_ENTRY_PART_NONE);

  return (KoersEntryPart) self->rose_part;
}

void
koers_task_set_rose_part (KoersTask      *self,
                          KoersEntryPart  rose_part)
{
  g_return_if_fail (KOERS_IS_TASK (self));

  _koers_model_set_int (self, properties[PROP_ROSE_PART], rose_part);
}

GListModel *
koers_task_get_raci (KoersTask *self)
{
  g_return_val_if_fail (KOERS_IS_TASK (self), NULL);

  return G_LIST_MODEL (self->raci);
}

/**
 * koers_task_find_cell:
 * @role_id: a role id
 *
 * Returns: (transfer none) (nullable): the task's RACI cell of @role_id
 */
KoersRaciCell *
koers_task_find_cell (KoersTask  *self,
                      const char *role_id)
{
  guint n;

  g_return_val_if_fail (KOERS_IS_TASK (self), NULL);
  g_return_val_if_fail (role_id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->raci));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersRaciCell) cell = g_list_model_get_item (G_LIST_MODEL (self->raci), i);

      if (g_strcmp0 (koers_raci_cell_get_role (cell), role_id) == 0)
        return cell;
    }
  return NULL;
}
