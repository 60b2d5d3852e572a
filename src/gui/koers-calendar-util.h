/* koers-calendar-util.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the calendar page's views share: the labels of an entry's status,
 * kind and rose part, a channel's colour, dates and months as text.
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-calendar-entry.h"
#include "koers-plan.h"

G_BEGIN_DECLS

const char *koers_calendar_status_mark      (KoersEntryStatus  status);
const char *koers_calendar_status_label     (KoersEntryStatus  status);
const char *koers_calendar_kind_label       (KoersContentKind  kind);
const char *koers_calendar_part_label       (KoersEntryPart    part);
void        koers_calendar_channel_rgba     (KoersChannel     *channel,
                                             GdkRGBA          *rgba);
char       *koers_calendar_format_time      (int               time);
gboolean    koers_calendar_parse_time       (const char       *text,
                                             int              *time);
char       *koers_calendar_format_date      (const GDate      *date,
                                             const char       *format);
char       *koers_calendar_month_key        (const GDate      *month);
gboolean    koers_calendar_parse_month_key  (const char       *key,
                                             GDate            *month);
char       *koers_calendar_owner_name       (KoersPlan        *plan,
                                             const char       *owner);
char       *koers_calendar_entry_describe   (KoersPlan        *plan,
                                             KoersCalendarEntry *entry,
                                             int               time);
void        koers_calendar_today            (GDate            *date);
guint       koers_calendar_iso_week         (const GDate      *date);
void        koers_calendar_set_tooltip      (GtkWidget        *widget,
                                             const char       *text);

/* Days a view must show again, gathered over one gesture and shown once,
 * before the next frame: the index names the days of each change as it
 * happens (and an entry's old days before it has moved it). */
typedef void (*KoersDaysFunc) (gpointer owner,
                               guint    first_julian,
                               guint    last_julian);

typedef struct
{
  KoersDaysFunc func;
  gpointer      owner;
  guint         first;
  guint         last;
  guint         id;
} KoersDirtyDays;

void        koers_dirty_days_init           (KoersDirtyDays   *days,
                                             KoersDaysFunc     func,
                                             gpointer          owner);
void        koers_dirty_days_add            (KoersDirtyDays   *days,
                                             guint             first_julian,
                                             guint             last_julian);
void        koers_dirty_days_clear          (KoersDirtyDays   *days);

G_END_DECLS
