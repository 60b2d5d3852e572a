/* koers-calendar-util.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "koers-calendar-util"

#include "config.h"

#include <stdio.h>
#include <time.h>

#include <glib/gi18n.h>

#include "koers-calendar-util.h"
#include "koers-check.h"
#include "koers-role.h"

/* A mark for each status that differs by its shape, so that the status
 * never rests on colour: an open circle for an idea, a quarter, three
 * quarters, and a check mark once published. */
static const char *status_marks[] = { "○", "◔", "◕", "✓" };
static const char *status_labels[] = { N_("Idea"), N_("Planned"), N_("Ready"), N_("Published") };
static const char *kind_labels[] = { N_("Value"), N_("Promotion") };
static const char *part_labels[] = {
  N_("No rose part"), N_("Listening"), N_("Responding"), N_("Sending"),
  N_("Activating"), N_("Organising"),
};

const char *
koers_calendar_status_mark (KoersEntryStatus status)
{
  return (guint) status < G_N_ELEMENTS (status_marks) ? status_marks[status] : "?";
}

const char *
koers_calendar_status_label (KoersEntryStatus status)
{
  return (guint) status < G_N_ELEMENTS (status_labels) ? _(status_labels[status]) : "";
}

const char *
koers_calendar_kind_label (KoersContentKind kind)
{
  return (guint) kind < G_N_ELEMENTS (kind_labels) ? _(kind_labels[kind]) : "";
}

const char *
koers_calendar_part_label (KoersEntryPart part)
{
  return (guint) part < G_N_ELEMENTS (part_labels) ? _(part_labels[part]) : "";
}

/* A month as a choice's id: "2027-03" */
char *
koers_calendar_month_key (const GDate *month)
{
  return g_strdup_printf ("%04u-%02u", g_date_get_year (month), g_date_get_month (month));
}

/* Returns: whether @key is "YYYY-MM"; @month is then its first day */
gboolean
koers_calendar_parse_month_key (const char *key,
                                GDate      *month)
{
  guint year = 0, number = 0;
  char end;

  if (key == NULL || sscanf (key, "%4u-%2u%c", &year, &number, &end) != 2 ||
      !g_date_valid_dmy (1, number, year))
    return FALSE;
  g_date_clear (month, 1);
  g_date_set_dmy (month, 1, number, year);
  return TRUE;
}

void
koers_calendar_channel_rgba (KoersChannel *channel,
                             GdkRGBA      *rgba)
{
  const char *colour = channel != NULL ? koers_channel_get_colour (channel) : NULL;

  if (colour == NULL || !gdk_rgba_parse (rgba, colour))
    *rgba = (GdkRGBA) { 0.6, 0.6, 0.6, 1.0 };
  rgba->alpha = 1.0;
}

/* minutes after midnight -> "09:30"; NULL for no time */
char *
koers_calendar_format_time (int time)
{
  if (time < 0 || time >= 24 * 60)
    return NULL;
  return g_strdup_printf ("%02d:%02d", time / 60, time % 60);
}

/* "9:30", "09:30", "9.30", "930" or "" (no time, -1) */
gboolean
koers_calendar_parse_time (const char *text,
                           int        *time)
{
  guint hours = 0, minutes = 0, digits = 0;
  gboolean sep = FALSE;
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*stripped == '\0')
    {
      *time = -1;
      return TRUE;
    }
  for (const char *p = stripped; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (sep)
            minutes = minutes * 10 + (*p - '0');
          else
            hours = hours * 10 + (*p - '0');
          if (++digits > 4)
            return FALSE;
        }
      else if ((*p == ':' || *p == '.') && !sep)
        sep = TRUE;
      else
        return FALSE;
    }
  if (!sep && digits > 2)
    {
      minutes = hours % 100;
      hours /= 100;
    }
  if (hours > 23 || minutes > 59)
    return FALSE;
  *time = hours * 60 + minutes;
  return TRUE;
}

/* Names from the catalogue, not from the C library's locale: the names
 * follow the language of the interface also where the system has no
 * locale of it (a Flatpak, or a C.UTF-8 system with LANGUAGE=nl). */
static const char *weekdays[] = {
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};
static const char *weekdays_short[] = {
  NC_("weekday abbreviation", "Mon"), NC_("weekday abbreviation", "Tue"),
  NC_("weekday abbreviation", "Wed"), NC_("weekday abbreviation", "Thu"),
  NC_("weekday abbreviation", "Fri"), NC_("weekday abbreviation", "Sat"),
  NC_("weekday abbreviation", "Sun"),
};
static const char *months_short[] = {
  NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"),
  NC_("month abbreviation", "Mar"), NC_("month abbreviation", "Apr"),
  NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
  NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"),
  NC_("month abbreviation", "Sep"), NC_("month abbreviation", "Oct"),
  NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
};

/**
 * koers_calendar_format_date:
 * @format: %A %a (weekday), %B %b (month), %-d %d (day), %Y (year), %%
 *
 * A date in the words of the interface's language.
 */
char *
koers_calendar_format_date (const GDate *date,
                            const char  *format)
{
  GString *out;
  guint wd, m;

  if (date == NULL || !g_date_valid (date) || format == NULL)
    return g_strdup ("");
  out = g_string_new (NULL);
  wd = g_date_get_weekday (date) - G_DATE_MONDAY;
  m = g_date_get_month (date) - G_DATE_JANUARY;
  for (const char *p = format; *p != '\0'; p++)
    {
      if (*p != '%' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 'A':
          g_string_append (out, g_dpgettext2 (GETTEXT_PACKAGE, "weekday", weekdays[wd]));
          break;
        case 'a':
          g_string_append (out, g_dpgettext2 (GETTEXT_PACKAGE, "weekday abbreviation", weekdays_short[wd]));
          break;
        case 'B':
          g_string_append (out, koers_month_name (g_date_get_month (date)));
          break;
        case 'b':
          g_string_append (out, g_dpgettext2 (GETTEXT_PACKAGE, "month abbreviation", months_short[m]));
          break;
        case '-':
          if (p[1] == 'd')
            {
              p++;
              g_string_append_printf (out, "%u", g_date_get_day (date));
            }
          break;
        case 'd':
          g_string_append_printf (out, "%02u", g_date_get_day (date));
          break;
        case 'Y':
          g_string_append_printf (out, "%u", g_date_get_year (date));
          break;
        case '%':
          g_string_append_c (out, '%');
          break;
        default:
          g_string_append_c (out, '%');
          g_string_append_c (out, *p);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

char *
koers_calendar_owner_name (KoersPlan  *plan,
                           const char *owner)
{
  KoersRole *role;

  if (owner == NULL || *owner == '\0')
    return g_strdup ("");
  role = plan != NULL ? koers_plan_find_role (plan, owner) : NULL;
  if (role != NULL && koers_role_get_name (role) != NULL && *koers_role_get_name (role) != '\0')
    return g_strdup (koers_role_get_name (role));
  return g_strdup (owner);
}

/* What a chip says to a screen reader: "Instagram, 10:00, Gelukkig
 * nieuwjaar!, ready" */
char *
koers_calendar_entry_describe (KoersPlan          *plan,
                               KoersCalendarEntry *entry,
                               int                 time)
{
  KoersChannel *channel = NULL;
  const char *title = koers_calendar_entry_get_title (entry);
  g_autofree char *time_text = koers_calendar_format_time (time);
  GString *out = g_string_new (NULL);

  if (plan != NULL && koers_calendar_entry_get_channel (entry) != NULL)
    channel = koers_plan_find_channel (plan, koers_calendar_entry_get_channel (entry));
  if (channel != NULL && koers_channel_get_name (channel) != NULL)
    g_string_append_printf (out, "%s, ", koers_channel_get_name (channel));
  if (time_text != NULL)
    g_string_append_printf (out, "%s, ", time_text);
  g_string_append (out, title != NULL && *title != '\0' ? title : _("Untitled"));
  g_string_append_printf (out, ", %s",
                          koers_calendar_status_label (koers_calendar_entry_get_status (entry)));
  return g_string_free (out, FALSE);
}

void
koers_calendar_today (GDate *date)
{
  const char *fixed = g_getenv ("KOERS_TODAY");

  /* The tests and the screenshots fix the day with KOERS_TODAY=YYYY-MM-DD */
  guint y, m, d;

  g_date_clear (date, 1);
  if (fixed != NULL && sscanf (fixed, "%u-%u-%u", &y, &m, &d) == 3 &&
      g_date_valid_dmy (d, m, y))
    g_date_set_dmy (date, d, m, y);
  if (!g_date_valid (date))
    g_date_set_time_t (date, time (NULL));
}

guint
koers_calendar_iso_week (const GDate *date)
{
  return g_date_get_iso8601_week_of_year (date);
}

/**
 * koers_calendar_set_tooltip:
 *
 * gtk_widget_set_tooltip_text() when the text is another: in GTK 4.8 each
 * call asks the X server where the pointer is, and a month switch sets
 * the tooltips of dozens of widgets, most of them to what they were.
 */
void
koers_calendar_set_tooltip (GtkWidget  *widget,
                            const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

static gboolean
dirty_days_cb (gpointer data)
{
  KoersDirtyDays *days = data;

  days->id = 0;
  days->func (days->owner, days->first, days->last);
  return G_SOURCE_REMOVE;
}

/**
 * koers_dirty_days_init:
 * @func: shows the days again, once per gesture
 * @owner: passed to @func; it owns @days and clears it before it goes
 */
void
koers_dirty_days_init (KoersDirtyDays *days,
                       KoersDaysFunc   func,
                       gpointer        owner)
{
  *days = (KoersDirtyDays) { .func = func, .owner = owner };
}

/**
 * koers_dirty_days_add:
 *
 * Adds the days from @first_julian to @last_julian to those shown again
 * before the next frame.
 */
void
koers_dirty_days_add (KoersDirtyDays *days,
                      guint           first_julian,
                      guint           last_julian)
{
  if (days->id == 0)
    {
      days->first = first_julian;
      days->last = last_julian;
      days->id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, dirty_days_cb, days, NULL);
    }
  else
    {
      days->first = MIN (days->first, first_julian);
      days->last = MAX (days->last, last_julian);
    }
}

/**
 * koers_dirty_days_clear:
 *
 * Forgets the days not shown yet: the view shows everything anew, or goes.
 */
void
koers_dirty_days_clear (KoersDirtyDays *days)
{
  g_clear_handle_id (&days->id, g_source_remove);
}
