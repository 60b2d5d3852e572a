/* koers-calendar-filter.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar page's one filter: channel, status, kind, owner and a text
 * search. The month and week views ask it about each entry they show; the
 * agenda uses it as the GtkFilter of its GtkFilterListModel. Every change
 * emits GtkFilter::changed, which all three views follow.
 */
#define G_LOG_DOMAIN "koers-calendar-filter"

#include "config.h"

#include <string.h>

#include "koers-calendar-filter.h"
#include "koers-calendar-item.h"

struct _KoersCalendarFilter
{
  GtkFilter parent_instance;

  char     *search;   /* as typed */
  char     *folded;   /* casefolded, NULL when empty */
  char     *channel;
  char     *owner;
  int       status;
  int       kind;
};

G_DEFINE_FINAL_TYPE (KoersCalendarFilter, koers_calendar_filter, GTK_TYPE_FILTER)

static gboolean
contains_folded (const char *text,
                 const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, folded_needle) != NULL;
}

static gboolean
koers_calendar_filter_match (GtkFilter *filter,
                             gpointer   item)
{
  KoersCalendarFilter *self = KOERS_CALENDAR_FILTER (filter);

  if (KOERS_IS_CALENDAR_ITEM (item))
    return koers_calendar_filter_match_entry (self, koers_calendar_item_get_entry (item));
  if (KOERS_IS_CALENDAR_ENTRY (item))
    return koers_calendar_filter_match_entry (self, item);
  return FALSE;
}

static GtkFilterMatch
koers_calendar_filter_get_strictness (GtkFilter *filter)
{
  return koers_calendar_filter_is_active (KOERS_CALENDAR_FILTER (filter))
           ? GTK_FILTER_MATCH_SOME : GTK_FILTER_MATCH_ALL;
}

static void
koers_calendar_filter_finalize (GObject *object)
{
  KoersCalendarFilter *self = (KoersCalendarFilter *) object;

  g_free (self->search);
  g_free (self->folded);
  g_free (self->channel);
  g_free (self->owner);

  G_OBJECT_CLASS (koers_calendar_filter_parent_class)->finalize (object);
}

static void
koers_calendar_filter_class_init (KoersCalendarFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = koers_calendar_filter_finalize;
  filter_class->match = koers_calendar_filter_match;
  filter_class->get_strictness = koers_calendar_filter_get_strictness;
}

static void
koers_calendar_filter_init (KoersCalendarFilter *self)
{
  self->status = -1;
  self->kind = -1;
}

KoersCalendarFilter *
koers_calendar_filter_new (void)
{
  return g_object_new (KOERS_TYPE_CALENDAR_FILTER, NULL);
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

const char *
koers_calendar_filter_get_search (KoersCalendarFilter *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_FILTER (self), NULL);

  return self->search;
}

void
koers_calendar_filter_set_search (KoersCalendarFilter *self,
                                  const char          *search)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (KOERS_IS_CALENDAR_FILTER (self));

  stripped = g_strstrip (g_strdup (search != NULL ? search : ""));
  if (!set_string (&self->search, stripped))
    return;
  g_clear_pointer (&self->folded, g_free);
  if (self->search != NULL)
    self->folded = g_utf8_casefold (self->search, -1);
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

const char *
koers_calendar_filter_get_channel (KoersCalendarFilter *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_FILTER (self), NULL);

  return self->channel;
}

void
koers_calendar_filter_set_channel (KoersCalendarFilter *self,
                                   const char          *channel)
{
  g_return_if_fail (KOERS_IS_CALENDAR_FILTER (self));

  if (set_string (&self->channel, channel))
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

int
koers_calendar_filter_get_status (KoersCalendarFilter *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_FILTER (self), -1);

  return self->status;
}

void
koers_calendar_filter_set_status (KoersCalendarFilter *self,
                                  int                  status)
{
  g_return_if_fail (KOERS_IS_CALENDAR_FILTER (self));

  if (status < -1)
    status = -1;
  if (self->status == status)
    return;
  self->status = status;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

int
koers_calendar_filter_get_kind (KoersCalendarFilter *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_FILTER (self), -1);

  return self->kind;
}

void
koers_calendar_filter_set_kind (KoersCalendarFilter *self,
                                int                  kind)
{
  g_return_if_fail (KOERS_IS_CALENDAR_FILTER (self));

  if (kind < -1)
    kind = -1;
  if (self->kind == kind)
    return;
  self->kind = kind;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

const char *
koers_calendar_filter_get_owner (KoersCalendarFilter *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_FILTER (self), NULL);

  return self->owner;
}

void
koers_calendar_filter_set_owner (KoersCalendarFilter *self,
                                 const char          *owner)
{
  g_return_if_fail (KOERS_IS_CALENDAR_FILTER (self));

  if (set_string (&self->owner, owner))
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * koers_calendar_filter_clear:
 * @part: what to let go of
 *
 * Lets everything through again on @part: what a filter chip's remove
 * button does.
 */
void
koers_calendar_filter_clear (KoersCalendarFilter     *self,
                             KoersCalendarFilterPart  part)
{
  g_return_if_fail (KOERS_IS_CALENDAR_FILTER (self));

  switch (part)
    {
    case KOERS_CALENDAR_FILTER_SEARCH:
      koers_calendar_filter_set_search (self, NULL);
      break;
    case KOERS_CALENDAR_FILTER_CHANNEL:
      koers_calendar_filter_set_channel (self, NULL);
      break;
    case KOERS_CALENDAR_FILTER_STATUS:
      koers_calendar_filter_set_status (self, -1);
      break;
    case KOERS_CALENDAR_FILTER_KIND:
      koers_calendar_filter_set_kind (self, -1);
      break;
    case KOERS_CALENDAR_FILTER_OWNER:
      koers_calendar_filter_set_owner (self, NULL);
      break;
    default:
      g_return_if_reached ();
    }
}

gboolean
koers_calendar_filter_is_active (KoersCalendarFilter *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_FILTER (self), FALSE);

  return self->folded != NULL || self->channel != NULL || self->owner != NULL ||
         self->status >= 0 || self->kind >= 0;
}

gboolean
koers_calendar_filter_match_entry (KoersCalendarFilter *self,
                                   KoersCalendarEntry  *entry)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_FILTER (self), FALSE);
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (entry), FALSE);

  if (self->channel != NULL &&
      g_strcmp0 (koers_calendar_entry_get_channel (entry), self->channel) != 0)
    return FALSE;
  if (self->owner != NULL &&
      g_strcmp0 (koers_calendar_entry_get_owner (entry), self->owner) != 0)
    return FALSE;
  if (self->status >= 0 && (int) koers_calendar_entry_get_status (entry) != self->status)
    return FALSE;
  if (self->kind >= 0 && (int) koers_calendar_entry_get_kind (entry) != self->kind)
    return FALSE;
  if (self->folded != NULL &&
      !contains_folded (koers_calendar_entry_get_title (entry), self->folded) &&
      !contains_folded (koers_calendar_entry_get_text (entry), self->folded))
    return FALSE;
  return TRUE;
}
