/* koers-checklist-item.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One preparation tip or road map step, with its progress.
 */
#define G_LOG_DOMAIN "koers-checklist-item"

#include "config.h"

#include "koers-checklist-item.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersChecklistItem
{
  GObject parent_instance;

  char *key;
  int   status;
  char *notes;
};

G_DEFINE_FINAL_TYPE (KoersChecklistItem, koers_checklist_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_STATUS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "key",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersChecklistItem, key),
    .flags = KOERS_FIELD_ID | KOERS_FIELD_REQUIRED },
  { .name = "status",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersChecklistItem, status),
    .get_type = koers_status_get_type,
    .dflt = KOERS_STATUS_TODO },
  { .name = "notes",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersChecklistItem, notes) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_checklist_item_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_checklist_item_parent_class)->finalize (object);
}

static void
koers_checklist_item_get_property (GObject    *object,
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
koers_checklist_item_set_property (GObject      *object,
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
koers_checklist_item_class_init (KoersChecklistItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_checklist_item_finalize;
  object_class->get_property = koers_checklist_item_get_property;
  object_class->set_property = koers_checklist_item_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_checklist_item_init (KoersChecklistItem *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_checklist_item_new:
 *
 * Returns: (transfer full): a new, empty checklist item
 */
KoersChecklistItem *
koers_checklist_item_new (void)
{
  return g_object_new (KOERS_TYPE_CHECKLIST_ITEM, NULL);
}

const char *
koers_checklist_item_get_key (KoersChecklistItem *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_ITEM (self), NULL);

  return self->key;
}

void
koers_checklist_item_set_key (KoersChecklistItem *self,
                              const char         *key)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_ITEM (self));

  _koers_model_set_string (self, properties[PROP_KEY], key);
}

KoersStatus
koers_checklist_item_get_status (KoersChecklistItem *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_ITEM (self), 0);

  return (KoersStatus) self->status;
}

void
koers_checklist_item_set_status (KoersChecklistItem *self,
                                 KoersStatus         status)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_ITEM (self));

  _koers_model_set_int (self, properties[PROP_STATUS], status);
}

const char *
koers_checklist_item_get_notes (KoersChecklistItem *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_ITEM (self), NULL);

  return self->notes;
}

void
koers_checklist_item_set_notes (KoersChecklistItem *self,
                                const char         *notes)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_ITEM (self));

  _koers_model_set_string (self, properties[PROP_NOTES], notes);
}
