/* koers-calendar-entry.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A planned post in the content calendar.
 */
#define G_LOG_DOMAIN "koers-calendar-entry"

#include "config.h"

#include "koers-calendar-entry.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"

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
  int    recurrence;
  GDate *recurrence_end;
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
  PROP_RECURRENCE,
  PROP_RECURRENCE_END,
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
  { .name = "recurrence",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, recurrence),
    .get_type = koers_recurrence_get_type,
    .dflt = KOERS_RECURRENCE_NONE },
  { .name = "recurrence-end",
    .kind = KOERS_FIELD_DATE,
    .offset = KOERS_FIELD_MEMBER (KoersCalendarEntry, recurrence_end) },
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

static void
koers_calendar_entry_init (KoersCalendarEntry *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
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

KoersRecurrence
koers_calendar_entry_get_recurrence (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), 0);

  return (KoersRecurrence) self->recurrence;
}

void
koers_calendar_entry_set_recurrence (KoersCalendarEntry *self,
                                     KoersRecurrence     recurrence)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_int (self, properties[PROP_RECURRENCE], recurrence);
}

const GDate *
koers_calendar_entry_get_recurrence_end (KoersCalendarEntry *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), NULL);

  return self->recurrence_end;
}

void
koers_calendar_entry_set_recurrence_end (KoersCalendarEntry *self,
                                         const GDate        *recurrence_end)
{
  g_return_if_fail (KOERS_IS_CALENDAR_ENTRY (self));

  _koers_model_set_date (self, properties[PROP_RECURRENCE_END], recurrence_end);
}

static void
advance (GDate           *date,
         KoersRecurrence  recurrence,
         guint            day_of_month)
{
  switch (recurrence)
    {
    case KOERS_RECURRENCE_WEEKLY:
      g_date_add_days (date, 7);
      break;
    case KOERS_RECURRENCE_BIWEEKLY:
      g_date_add_days (date, 14);
      break;
    case KOERS_RECURRENCE_MONTHLY:
      {
        /* The same day each month, or the month's last day when it is
         * shorter (a post on the 31st goes on the 30th in April). */
        GDateMonth month;
        GDateYear year;

        g_date_set_day (date, 1);
        g_date_add_months (date, 1);
        month = g_date_get_month (date);
        year = g_date_get_year (date);
        g_date_set_day (date, MIN (day_of_month, g_date_get_days_in_month (month, year)));
      }
      break;
    case KOERS_RECURRENCE_NONE:
    default:
      g_assert_not_reached ();
    }
}

/**
 * koers_calendar_entry_foreach_occurrence:
 * @self: an entry
 * @from: the first day to consider
 * @to: the last day to consider
 * @func: called with each date the entry falls on, in order
 * @user_data: for @func
 *
 * Walks the dates of @self between @from and @to, both included: its date,
 * and for a recurring entry each repetition up to its recurrence end.
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
  GDate date;
  const GDate *last;
  guint count = 0;
  guint day_of_month;

  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (self), 0);
  g_return_val_if_fail (from != NULL && to != NULL, 0);

  if (self->date == NULL)
    return 0;

  date = *self->date;
  day_of_month = g_date_get_day (&date);
  last = to;
  if (self->recurrence != KOERS_RECURRENCE_NONE && self->recurrence_end != NULL &&
      g_date_compare (self->recurrence_end, to) < 0)
    last = self->recurrence_end;

  while (g_date_compare (&date, last) <= 0)
    {
      if (g_date_compare (&date, from) >= 0)
        {
          count++;
          if (func != NULL)
            func (self, &date, user_data);
        }
      if (self->recurrence == KOERS_RECURRENCE_NONE)
        break;
      advance (&date, self->recurrence, day_of_month);
    }

  return count;
}
