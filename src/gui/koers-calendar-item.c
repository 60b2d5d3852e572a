/* koers-calendar-item.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One occurrence of a calendar entry as an object: a row of the agenda's
 * list model and what a drag carries. It keeps its entry alive while it
 * is shown or dragged, even when the entry leaves the plan meanwhile.
 */
#define G_LOG_DOMAIN "koers-calendar-item"

#include "config.h"

#include "koers-calendar-item.h"

struct _KoersCalendarItem
{
  GObject         parent_instance;

  KoersOccurrence occurrence;
};

G_DEFINE_FINAL_TYPE (KoersCalendarItem, koers_calendar_item, G_TYPE_OBJECT)

static void
koers_calendar_item_finalize (GObject *object)
{
  KoersCalendarItem *self = (KoersCalendarItem *) object;

  g_clear_object (&self->occurrence.entry);

  G_OBJECT_CLASS (koers_calendar_item_parent_class)->finalize (object);
}

static void
koers_calendar_item_class_init (KoersCalendarItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_calendar_item_finalize;
}

static void
koers_calendar_item_init (KoersCalendarItem *self)
{
}

/**
 * koers_calendar_item_new:
 * @occurrence: the occurrence to hold (its entry gets a reference)
 *
 * Returns: (transfer full): a new item
 */
KoersCalendarItem *
koers_calendar_item_new (const KoersOccurrence *occurrence)
{
  KoersCalendarItem *self;

  g_return_val_if_fail (occurrence != NULL, NULL);
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (occurrence->entry), NULL);

  self = g_object_new (KOERS_TYPE_CALENDAR_ITEM, NULL);
  self->occurrence = *occurrence;
  g_object_ref (self->occurrence.entry);
  return self;
}

const KoersOccurrence *
koers_calendar_item_get_occurrence (KoersCalendarItem *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ITEM (self), NULL);

  return &self->occurrence;
}

KoersCalendarEntry *
koers_calendar_item_get_entry (KoersCalendarItem *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ITEM (self), NULL);

  return self->occurrence.entry;
}

const GDate *
koers_calendar_item_get_date (KoersCalendarItem *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ITEM (self), NULL);

  return &self->occurrence.date;
}

int
koers_calendar_item_get_time (KoersCalendarItem *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_ITEM (self), -1);

  return self->occurrence.time;
}
