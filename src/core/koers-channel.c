/* koers-channel.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A channel of the catalogue: a network, the blog or the newsletter.
 */
#define G_LOG_DOMAIN "koers-channel"

#include "config.h"

#include "koers-channel.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

struct _KoersChannel
{
  GObject parent_instance;

  char     *id;
  char     *name;
  char     *purpose;
  double    posts_per_week;
  char     *colour;
  char     *url;
  gboolean  active;
};

G_DEFINE_FINAL_TYPE (KoersChannel, koers_channel, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PURPOSE,
  PROP_POSTS_PER_WEEK,
  PROP_COLOUR,
  PROP_URL,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "id",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersChannel, id),
    .flags = KOERS_FIELD_ID | KOERS_FIELD_REQUIRED },
  { .name = "name",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersChannel, name),
    .flags = KOERS_FIELD_REQUIRED },
  { .name = "purpose",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersChannel, purpose) },
  { .name = "posts-per-week",
    .kind = KOERS_FIELD_DOUBLE,
    .offset = KOERS_FIELD_MEMBER (KoersChannel, posts_per_week),
    .min = 0,
    .max = 1000,
    .dflt = 1 },
  { .name = "colour",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersChannel, colour),
    .dflt_string = "#3584e4",
    .flags = KOERS_FIELD_COLOUR },
  { .name = "url",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersChannel, url) },
  { .name = "active",
    .kind = KOERS_FIELD_BOOLEAN,
    .offset = KOERS_FIELD_MEMBER (KoersChannel, active),
    .dflt = TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_channel_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_channel_parent_class)->finalize (object);
}

static void
koers_channel_get_property (GObject    *object,
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
koers_channel_set_property (GObject      *object,
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
koers_channel_class_init (KoersChannelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_channel_finalize;
  object_class->get_property = koers_channel_get_property;
  object_class->set_property = koers_channel_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_channel_init (KoersChannel *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_channel_new:
 *
 * Returns: (transfer full): a new, empty channel
 */
KoersChannel *
koers_channel_new (void)
{
  return g_object_new (KOERS_TYPE_CHANNEL, NULL);
}

const char *
koers_channel_get_id (KoersChannel *self)
{
  g_return_val_if_fail (KOERS_IS_CHANNEL (self), NULL);

  return self->id;
}

void
koers_channel_set_id (KoersChannel *self,
                      const char   *id)
{
  g_return_if_fail (KOERS_IS_CHANNEL (self));

  _koers_model_set_string (self, properties[PROP_ID], id);
}

const char *
koers_channel_get_name (KoersChannel *self)
{
  g_return_val_if_fail (KOERS_IS_CHANNEL (self), NULL);

  return self->name;
}

void
koers_channel_set_name (KoersChannel *self,
                        const char   *name)
{
  g_return_if_fail (KOERS_IS_CHANNEL (self));

  _koers_model_set_string (self, properties[PROP_NAME], name);
}

const char *
koers_channel_get_purpose (KoersChannel *self)
{
  g_return_val_if_fail (KOERS_IS_CHANNEL (self), NULL);

  return self->purpose;
}

void
koers_channel_set_purpose (KoersChannel *self,
                           const char   *purpose)
{
  g_return_if_fail (KOERS_IS_CHANNEL (self));

  _koers_model_set_string (self, properties[PROP_PURPOSE], purpose);
}

double
koers_channel_get_posts_per_week (KoersChannel *self)
{
  g_return_val_if_fail (KOERS_IS_CHANNEL (self), 0);

  return self->posts_per_week;
}

void
koers_channel_set_posts_per_week (KoersChannel *self,
                                  double        posts_per_week)
{
  g_return_if_fail (KOERS_IS_CHANNEL (self));

  _koers_model_set_double (self, properties[PROP_POSTS_PER_WEEK], posts_per_week);
}

const char *
koers_channel_get_colour (KoersChannel *self)
{
  g_return_val_if_fail (KOERS_IS_CHANNEL (self), NULL);

  return self->colour;
}

void
koers_channel_set_colour (KoersChannel *self,
                          const char   *colour)
{
  g_return_if_fail (KOERS_IS_CHANNEL (self));

  _koers_model_set_string (self, properties[PROP_COLOUR], colour);
}

const char *
koers_channel_get_url (KoersChannel *self)
{
  g_return_val_if_fail (KOERS_IS_CHANNEL (self), NULL);

  return self->url;
}

void
koers_channel_set_url (KoersChannel *self,
                       const char   *url)
{
  g_return_if_fail (KOERS_IS_CHANNEL (self));

  _koers_model_set_string (self, properties[PROP_URL], url);
}

gboolean
koers_channel_get_active (KoersChannel *self)
{
  g_return_val_if_fail (KOERS_IS_CHANNEL (self), FALSE);

  return self->active;
}

void
koers_channel_set_active (KoersChannel *self,
                          gboolean      active)
{
  g_return_if_fail (KOERS_IS_CHANNEL (self));

  _koers_model_set_boolean (self, properties[PROP_ACTIVE], active);
}

/**
 * koers_channel_same_name:
 *
 * Whether two channel names name the same channel: the same letters, case
 * and spaces around them aside ("Instagram" and " instagram").
 *
 * Returns: %TRUE for the same channel; %FALSE when either is empty
 */
gboolean
koers_channel_same_name (const char *a,
                         const char *b)
{
  g_autofree char *sa = NULL;
  g_autofree char *sb = NULL;
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  sa = g_strstrip (g_strdup (a));
  sb = g_strstrip (g_strdup (b));
  if (*sa == '\0' || *sb == '\0')
    return FALSE;
  fa = g_utf8_casefold (sa, -1);
  fb = g_utf8_casefold (sb, -1);
  return g_strcmp0 (fa, fb) == 0;
}
