/* koers-milestone.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dated milestone of the first project plan.
 */
#define G_LOG_DOMAIN "koers-milestone"

#include "config.h"

#include "koers-milestone.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersMilestone
{
  GObject parent_instance;

  char     *title;
  GDate    *date;
  gboolean  done;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (KoersMilestone, koers_milestone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE,
  PROP_DONE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "title",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersMilestone, title) },
  { .name = "date",
    .kind = KOERS_FIELD_DATE,
    .offset = KOERS_FIELD_MEMBER (KoersMilestone, date) },
  { .name = "done",
    .kind = KOERS_FIELD_BOOLEAN,
    .offset = KOERS_FIELD_MEMBER (KoersMilestone, done) },
  { .name = "notes",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersMilestone, notes) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_milestone_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_milestone_parent_class)->finalize (object);
}

static void
koers_milestone_get_property (GObject    *object,
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
koers_milestone_set_property (GObject      *object,
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
koers_milestone_class_init (KoersMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_milestone_finalize;
  object_class->get_property = koers_milestone_get_property;
  object_class->set_property = koers_milestone_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_milestone_init (KoersMilestone *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_milestone_new:
 *
 * Returns: (transfer full): a new, empty milestone
 */
KoersMilestone *
koers_milestone_new (void)
{
  return g_object_new (KOERS_TYPE_MILESTONE, NULL);
}

const char *
koers_milestone_get_title (KoersMilestone *self)
{
  g_return_val_if_fail (KOERS_IS_MILESTONE (self), NULL);

  return self->title;
}

void
koers_milestone_set_title (KoersMilestone *self,
                           const char     *title)
{
  g_return_if_fail (KOERS_IS_MILESTONE (self));

  _koers_model_set_string (self, properties[PROP_TITLE], title);
}

const GDate *
koers_milestone_get_date (KoersMilestone *self)
{
  g_return_val_if_fail (KOERS_IS_MILESTONE (self), NULL);

  return self->date;
}

void
koers_milestone_set_date (KoersMilestone *self,
                          const GDate    *date)
{
  g_return_if_fail (KOERS_IS_MILESTONE (self));

  _koers_model_set_date (self, properties[PROP_DATE], date);
}

gboolean
koers_milestone_get_done (KoersMilestone *self)
{
  g_return_val_if_fail (KOERS_IS_MILESTONE (self), FALSE);

  return self->done;
}

void
koers_milestone_set_done (KoersMilestone *self,
                          gboolean        done)
{
  g_return_if_fail (KOERS_IS_MILESTONE (self));

  _koers_model_set_boolean (self, properties[PROP_DONE], done);
}

const char *
koers_milestone_get_notes (KoersMilestone *self)
{
  g_return_val_if_fail (KOERS_IS_MILESTONE (self), NULL);

  return self->notes;
}

void
koers_milestone_set_notes (KoersMilestone *self,
                           const char     *notes)
{
  g_return_if_fail (KOERS_IS_MILESTONE (self));

  _koers_model_set_string (self, properties[PROP_NOTES], notes);
}
