/* koers-tool.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tool used with the channels: monitoring, scheduling, CRM, ...
 */
#define G_LOG_DOMAIN "koers-tool"

#include "config.h"

#include "koers-tool.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersTool
{
  GObject parent_instance;

  char   *name;
  int     kind;
  double  cost_per_month;
  char   *notes;
};

G_DEFINE_FINAL_TYPE (KoersTool, koers_tool, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_COST_PER_MONTH,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "name",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersTool, name) },
  { .name = "kind",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersTool, kind),
    .get_type = koers_tool_kind_get_type,
    .dflt = KOERS_TOOL_KIND_OTHER },
  { .name = "cost-per-month",
    .kind = KOERS_FIELD_DOUBLE,
    .offset = KOERS_FIELD_MEMBER (KoersTool, cost_per_month),
    .min = 0,
    .max = 1e9,
    .dflt = 0 },
  { .name = "notes",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersTool, notes) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_tool_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_tool_parent_class)->finalize (object);
}

static void
koers_tool_get_property (GObject    *object,
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
koers_tool_set_property (GObject      *object,
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
koers_tool_class_init (KoersToolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_tool_finalize;
  object_class->get_property = koers_tool_get_property;
  object_class->set_property = koers_tool_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_tool_init (KoersTool *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_tool_new:
 *
 * Returns: (transfer full): a new, empty tool
 */
KoersTool *
koers_tool_new (void)
{
  return g_object_new (KOERS_TYPE_TOOL, NULL);
}

const char *
koers_tool_get_name (KoersTool *self)
{
  g_return_val_if_fail (KOERS_IS_TOOL (self), NULL);

  return self->name;
}

void
koers_tool_set_name (KoersTool  *self,
                     const char *name)
{
  g_return_if_fail (KOERS_IS_TOOL (self));

  _koers_model_set_string (self, properties[PROP_NAME], name);
}

KoersToolKind
koers_tool_get_kind (KoersTool *self)
{
  g_return_val_if_fail (KOERS_IS_TOOL (self), 0);

  return (KoersToolKind) self->kind;
}

void
koers_tool_set_kind (KoersTool     *self,
                     KoersToolKind  kind)
{
  g_return_if_fail (KOERS_IS_TOOL (self));

  _koers_model_set_int (self, properties[PROP_KIND], kind);
}

double
koers_tool_get_cost_per_month (KoersTool *self)
{
  g_return_val_if_fail (KOERS_IS_TOOL (self), 0);

  return self->cost_per_month;
}

void
koers_tool_set_cost_per_month (KoersTool *self,
                               double     cost_per_month)
{
  g_return_if_fail (KOERS_IS_TOOL (self));

  _koers_model_set_double (self, properties[PROP_COST_PER_MONTH], cost_per_month);
}

const char *
koers_tool_get_notes (KoersTool *self)
{
  g_return_val_if_fail (KOERS_IS_TOOL (self), NULL);

  return self->notes;
}

void
koers_tool_set_notes (KoersTool  *self,
                      const char *notes)
{
  g_return_if_fail (KOERS_IS_TOOL (self));

  _koers_model_set_string (self, properties[PROP_NOTES], notes);
}
