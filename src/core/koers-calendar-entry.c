/* koers-calendar-entry.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A planned post in the content calendar.
 */
#define G_LOG_DOMAIN "koers-calendar-entry"

#include "config.h"

#include "koers-calendar-entry.h"
#include "koers-plan-private.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"
#include "koers-recurrence.h"

struct _KoersCalendarEntry
{
  GObject parent_instance;

  GDate *date;
  int    time;
  char  *channel;
  char  *title;
  char  *text;
  int    kind;
  int    rose_part;
  char  *owner;
  int    status;
  char  *id;
  char  *rrule;
  char **exdates;
  char  *series;
  GDate *origin;
  double hours;

  /* Not a member: where the plan's calendar index put it as a plain
   * single (koers-calendar-index.c), 0 when it did not */
  guint32 indexed_julian;
  int     indexed_time;
};

G_DEFINE_FINAL_TYPE (KoersCalendarEntry, koers_calendar_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_TIME,
  PROP_CHANNEL,
  PROP_TITLE,
  PROP_TEXT,
  PROP_KIND,
  PROP_ROSE_PART,
  PROP_OWNER,
  PROP_STATUS,
  PROP_ID,
  PROP_RRULE,
  PROP_EXDATES,
  PROP_SERIES,
  PROP_ORIGIN,
  PROP_HOURS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "date",
    .kind = KOERS_FIELD_DATE,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, date),
    .flags = KOERS_FIELD_REQUIRED },
  { .name = "time",
    .kind = KOERS_FIELD_TIME,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, time) },
  { .name = "channel",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, channel) },
  { .name = "title",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, title) },
  { .name = "text",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, text) },
  { .name = "kind",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, kind),
    .get_type = koers_content_kind_get_type,
    .dflt = KOERS_CONTENT_KIND_VALUE },
  { .name = "rose-part",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, rose_part),
    .get_type = koers_entry_part_get_type,
    .dflt = KOERS_ENTRY_PART_NONE },
  { .name = "owner",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, owner) },
  { .name = "status",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, status),
    .get_type = koers_entry_status_get_type,
    .dflt = KOERS_ENTRY_STATUS_IDEA },
  /* A stable UID: made with the entry, kept across edits; the overrides of
   * a series name it. A file without one gets one on load. */
  { .name = "id",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, id),
    .flags = KOERS_FIELD_ID },
  /* An RFC 5545 RRULE value with "date" as DTSTART; "" for a single entry */
  { .name = "rrule",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, rrule) },
  /* The series' skipped dates (EXDATE), "YYYY-MM-DD" */
  { .name = "exdates",
    .kind = KOERS_FIELD_STRV,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, exdates) },
  /* An override: the id of its series and the series date it replaces
   * (RECURRENCE-ID) */
  { .name = "series",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, series) },
  { .name = "origin",
    .kind = KOERS_FIELD_DATE,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, origin) },
  /* Planned effort per occurrence, for the owners' capacity */
  { .name = "hours",
    .kind = KOERS_FIELD_DOUBLE,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, hours),
    .min = 0, .max = 1000, .dflt = 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_calendar_entry_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_calendar_entry_parent_class)->finalize (object);
}

static void
koers_calendar_entry_get_property (GObject    *object,
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
koers_calendar_entry_set_property (GObject      *object,
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
koers_calendar_entry_class_init (KoersCalendarEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_calendar_entry_finalize;
  object_class->get_property = koers_calendar_entry_get_property;
  object_class->set_property = koers_calendar_entry_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

/* A new UID: 64 random bits drawn once per process, and a counter. Cheap,
 * since every entry a file loads gets one before the file's id replaces
 * it, and unique across processes as a UUID would be. */
static char *
make_uid (void)
{
  static gsize once;
  static char prefix[20];
  static gint counter;

  if (g_once_init_enter (&once))
    {
      g_snprintf (prefix, sizeof prefix, "%08x%08x", g_random_int (), g_random_int ());
      g_once_init_leave (&once, 1);
    }
  return g_strdup_printf ("%s-%x", prefix, (guint) g_atomic_int_add (&counter, 1));
}

static void
koers_calendar_entry_init (KoersCalendarEntry *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
  /* Before the entry has an owner: not a change of a plan */
  _koers_model_free_string (self->id);
  self->id = make_uid ();
}

/**
 * koers_calendar_entry_new:
 *
 * Returns: (transfer full): a new, empty calendar entry
 */
KoersCalendarEntry *
koers_calendar_entry_new (void)
{
  return g_object_new (KOERS_TYPE_CALENDAR_ENTRY, NULL);
}

const GDate *
koers_calendar_entry_get_date (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), NULL);

  return self->date;
}

void
koers_calendar_entry_set_date (KoersCalendarEntry *self,
                               const GDate        *date)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_date (self, properties[PROP_DATE], date);
}

int
koers_calendar_entry_get_time (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), 0);

  return self->time;
}

void
koers_calendar_entry_set_time (KoersCalendarEntry *self,
                               int                 time)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_int (self, properties[PROP_TIME], time);
}

const char *
koers_calendar_entry_get_channel (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), NULL);

  return self->channel;
}

void
koers_calendar_entry_set_channel (KoersCalendarEntry *self,
                                  const char         *channel)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_string (self, properties[PROP_CHANNEL], channel);
}

const char *
koers_calendar_entry_get_title (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), NULL);

  return self->title;
}

void
koers_calendar_entry_set_title (KoersCalendarEntry *self,
                                const char         *title)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_string (self, properties[PROP_TITLE], title);
}

const char *
koers_calendar_entry_get_text (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), NULL);

  return self->text;
}

void
koers_calendar_entry_set_text (KoersCalendarEntry *self,
                               const char         *text)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_string (self, properties[PROP_TEXT], text);
}

KoersContentKind
koers_calendar_entry_get_kind (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), 0);

  return (KoersContentKind) self->kind;
}

void
koers_calendar_entry_set_kind (KoersCalendarEntry *self,
                               KoersContentKind    kind)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_int (self, properties[PROP_KIND], kind);
}

KoersEntryPart
koers_calendar_entry_get_rose_part (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), 0);

  return (KoersEntryPart) self->rose_part;
}

void
koers_calendar_entry_set_rose_part (KoersCalendarEntry *self,
                                    KoersEntryPart      rose_part)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_int (self, properties[PROP_ROSE_PART], rose_part);
}

const char *
koers_calendar_entry_get_owner (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), NULL);

  return self->owner;
}

void
koers_calendar_entry_set_owner (KoersCalendarEntry *self,
                                const char         *owner)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_string (self, properties[PROP_OWNER], owner);
}

KoersEntryStatus
koers_calendar_entry_get_status (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), 0);

  return (KoersEntryStatus) self->status;
}

void
koers_calendar_entry_set_status (KoersCalendarEntry *self,
                                 KoersEntryStatus    status)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_int (self, properties[PROP_STATUS], status);
}

const char *
koers_calendar_entry_get_id (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), NULL);

  return self->id;
}

void
koers_calendar_entry_set_id (KoersCalendarEntry *self,
                             const char         *id)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));
  g_return_if_fail (id != NULL && *id != '\0');

  _koers_model_set_string (self, properties[PROP_ID], id);
}

const char *
koers_calendar_entry_get_rrule (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), NULL);

  return self->rrule;
}

void
koers_calendar_entry_set_rrule (KoersCalendarEntry *self,
                                const char         *rrule)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_string (self, properties[PROP_RRULE], rrule != NULL ? rrule : "");
}

const char *const *
koers_calendar_entry_get_exdates (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), NULL);

  return (const char *const *) self->exdates;
}

void
koers_calendar_entry_set_exdates (KoersCalendarEntry *self,
                                  const char *const  *exdates)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_strv (self, properties[PROP_EXDATES], exdates);
}

/**
 * koers_calendar_entry_is_skipped:
 * @date: a day of the series
 *
 * Returns: whether @date is one of the series' skipped dates
 */
gboolean
koers_calendar_entry_is_skipped (KoersCalendarEntry *self,
                                 const GDate        *date)
{
  char text[16];

  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
  return g_strv_contains ((const char *const *) self->exdates, text);
}

const char *
koers_calendar_entry_get_series (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), NULL);

  return self->series;
}

void
koers_calendar_entry_set_series (KoersCalendarEntry *self,
                                 const char         *series)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_string (self, properties[PROP_SERIES], series != NULL ? series : "");
}

const GDate *
koers_calendar_entry_get_origin (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), NULL);

  return self->origin;
}

void
koers_calendar_entry_set_origin (KoersCalendarEntry *self,
                                 const GDate        *origin)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_date (self, properties[PROP_ORIGIN], origin);
}

double
koers_calendar_entry_get_hours (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), 0);

  return self->hours;
}

void
koers_calendar_entry_set_hours (KoersCalendarEntry *self,
                                double              hours)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_double (self, properties[PROP_HOURS], hours);
}

/**
 * koers_calendar_entry_foreach_occurrence:
 * @self: an entry
 * @from: the first day to consider
 * @to: the last day to consider
 * @func: (nullable): called with each date the entry falls on, in order
 * @user_data: for @func
 *
 * Walks the dates of @self between @from and @to, both included: its date,
 * or for a series each date of its rule (koers_recurrence_expand()) that is
 * not skipped. Overrides of single occurrences are separate entries; the
 * calendar index (koers_calendar_index_query()) applies them.
 *
 * Returns: the number of occurrences
 */
guint
koers_calendar_entry_foreach_occurrence (KoersCalendarEntry *self,
                                         const GDate        *from,
                                         const GDate        *to,
                                         KoersOccurrenceFunc func,
                                         gpointer            user_data)
{
  g_autoptr(GArray) days = NULL;
  guint count = 0;

  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), 0);
  g_return_val_if_fail (from != NULL && to != NULL, 0);

  if (self->date == NULL || !g_date_valid (self->date))
    return 0;

  if (*self->rrule == '\0')
    {
      if (g_date_compare (self->date, from) < 0 || g_date_compare (self->date, to) > 0)
        return 0;
      if (func != NULL)
        func (self, self->date, user_data);
      return 1;
    }

  days = g_array_new (FALSE, FALSE, sizeof (guint32));
  koers_recurrence_expand (self->rrule, self->date, from, to, G_MAXUINT, days);
  for (guint i = 0; i < days->len; i++)
    {
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_julian (&day, g_array_index (days, guint32, i));
      if (self->exdates[0] != NULL && koers_calendar_entry_is_skipped (self, &day))
        continue;
      count++;
      if (func != NULL)
        func (self, &day, user_data);
    }
  return count;
}

void
_koers_calendar_entry_set_indexed (KoersCalendarEntry *self,
                                   guint32             julian,
                                   int                 time)
{
  self->indexed_julian = julian;
  self->indexed_time = time;
}

guint32
_koers_calendar_entry_get_indexed (KoersCalendarEntry *self,
                                   int                *time)
{
  *time = self->indexed_time;
  return self->indexed_julian;
}
