/* koers-ical.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content calendar as iCalendar (RFC 5545), with libical.
 *
 * Writing: one VEVENT per entry; a series carries its RRULE and EXDATEs, an
 * override is a VEVENT with the series' UID and a RECURRENCE-ID. What
 * iCalendar has no place for (channel id, kind, rose part, owner, hours,
 * Koers's own status and rule text) goes in X-KOERS- properties, so a file
 * Koers wrote comes back as it was. libical escapes; it folds at 75
 * characters, not octets, so the text is folded again here.
 *
 * Reading: the text is checked in one pass first (encoding, line ends,
 * BEGIN/END balance, the number of events, the length of lines: libical's
 * parser is quadratic in the length of a line), which also gives each
 * component its line, since libical keeps none. Only then does libical
 * parse it; nothing is expanded here, so no rule can make the reader hang.
 */
#define G_LOG_DOMAIN "koers-ical"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "koers-calendar-entry.h"
#include "koers-channel.h"
#include "koers-enum-types.h"
#include "koers-ical.h"
#include "koers-model-private.h"
#include "koers-plan-io-private.h"
#include "koers-recurrence.h"

/* RFC 5545 3.1: lines of at most 75 octets, without the line break */
#define FOLD_OCTETS 75
/* The deepest nesting of components read (VCALENDAR > VEVENT > VALARM) */
#define MAX_DEPTH 8

/* Europe/Amsterdam with the EU's rules since 1996, written here rather than
 * taken from the system's zoneinfo (a Flatpak need not have it). */
static const char amsterdam_vtimezone[] =
  "BEGIN:VTIMEZONE\r\n"
  "TZID:" KOERS_ICAL_TZID "\r\n"
  "X-LIC-LOCATION:" KOERS_ICAL_TZID "\r\n"
  "BEGIN:DAYLIGHT\r\n"
  "TZOFFSETFROM:+0100\r\n"
  "TZOFFSETTO:+0200\r\n"
  "TZNAME:CEST\r\n"
  "DTSTART:19700329T020000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
  "END:DAYLIGHT\r\n"
  "BEGIN:STANDARD\r\n"
  "TZOFFSETFROM:+0200\r\n"
  "TZOFFSETTO:+0100\r\n"
  "TZNAME:CET\r\n"
  "DTSTART:19701025T030000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
  "END:STANDARD\r\n"
  "END:VTIMEZONE\r\n";

static icalcomponent *
new_amsterdam_component (void)
{
  return icalparser_parse_string (amsterdam_vtimezone);
}

static icaltimezone *
new_amsterdam_zone (void)
{
  icaltimezone *zone = icaltimezone_new ();

  icaltimezone_set_component (zone, new_amsterdam_component ());
  return zone;
}

static gboolean
enum_from_nick (GType       type,
                const char *nick,
                int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (v == NULL)
    return FALSE;
  *value = v->value;
  return TRUE;
}

/* Writing ------------------------------------------------------------------ */

/* Every text value is escaped here (RFC 5545 3.3.11: a backslash, a
 * semicolon, a comma and a line break), not by libical: libical escapes
 * SUMMARY and DESCRIPTION, but writes the commas and semicolons of an X-
 * property and of CATEGORIES (a list) as they are. libical gets a
 * placeholder, MARK + the text's index + MARK, and fold() puts the escaped
 * text in its place. No text of the plan reaches libical itself, and an
 * escaped text has no control characters, so a MARK in libical's text is
 * always one of these. */
#define MARK '\x01'

static char *
placeholder (GPtrArray  *texts,
             const char *text)
{
  GString *escaped = g_string_sized_new (strlen (text) + 8);

  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '\\':
        g_string_append (escaped, "\\\\");
        break;
      case ';':
        g_string_append (escaped, "\\;");
        break;
      case ',':
        g_string_append (escaped, "\\,");
        break;
      case '\r':
        /* CRLF or CR alone is one line break, as LF */
        if (p[1] == '\n')
          p++;
        G_GNUC_FALLTHROUGH;
      case '\n':
        g_string_append (escaped, "\\n");
        break;
      case '\t':
        g_string_append_c (escaped, *p);
        break;
      default:
        /* A TEXT value has no control characters but the tab (3.3.11):
         * a plan's text may (a JSON string can hold \u0001), and they are
         * left out, MARK among them. */
        if ((guchar) *p >= 0x20 && *p != 0x7f)
          g_string_append_c (escaped, *p);
      }
  g_ptr_array_add (texts, g_string_free (escaped, FALSE));
  return g_strdup_printf ("%c%u%c", MARK, texts->len - 1, MARK);
}

/* Puts the escaped texts in the place of their placeholders in @line */
static void
put_texts (GString   *line,
           GPtrArray *texts)
{
  const char *mark;
  gsize from = 0;

  while ((mark = memchr (line->str + from, MARK, line->len - from)) != NULL)
    {
      gsize at = mark - line->str;
      const char *end = NULL;
      guint64 index = 0;

      if (!g_ascii_isdigit (mark[1]) ||
          (index = g_ascii_strtoull (mark + 1, (char **) &end, 10)) >= texts->len ||
          *end != MARK)
        {
          /* not one of ours (it cannot be): a MARK is no text of iCalendar */
          g_string_erase (line, at, 1);
          from = at;
          continue;
        }
      g_string_erase (line, at, end + 1 - mark);
      g_string_insert (line, at, g_ptr_array_index (texts, index));
      from = at + strlen (g_ptr_array_index (texts, index));
    }
}

static void
add_x (GPtrArray     *texts,
       icalcomponent *comp,
       const char    *name,
       const char    *value)
{
  icalproperty *prop;
  g_autofree char *mark = NULL;

  if (value == NULL || *value == '\0')
    return;
  mark = placeholder (texts, value);
  prop = icalproperty_new_x (mark);
  icalproperty_set_x_name (prop, name);
  icalcomponent_add_property (comp, prop);
}

static struct icaltimetype
date_value (const GDate *date)
{
  struct icaltimetype t = icaltime_null_date ();

  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  t.hour = t.minute = t.second = 0;
  t.is_date = 1;
  return t;
}

static struct icaltimetype
local_value (const GDate *date,
             int          minutes)
{
  struct icaltimetype t = icaltime_null_time ();

  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  t.hour = minutes / 60;
  t.minute = minutes % 60;
  return t;
}

/* libical writes a date after the year 3000 as 00000000 */
#define ICAL_LAST_YEAR 3000

/* Adds a DATE when @minutes is -1, else Amsterdam wall time with its TZID */
static void
add_when (icalcomponent     *event,
          icalproperty_kind  kind,
          const GDate       *date,
          int                minutes)
{
  icalproperty *prop;

  if (g_date_get_year (date) <= ICAL_LAST_YEAR)
    {
      prop = icalproperty_new (kind);
      if (minutes < 0)
        icalproperty_set_value (prop, icalvalue_new_date (date_value (date)));
      else
        icalproperty_set_value (prop, icalvalue_new_datetime (local_value (date, minutes)));
    }
  else
    {
      /* the same text, which libical reads back as the property it names */
      g_autofree char *text = NULL;

      if (minutes < 0)
        text = g_strdup_printf ("%04u%02u%02u", g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date));
      else
        text = g_strdup_printf ("%04u%02u%02uT%02d%02d00", g_date_get_year (date),
                                g_date_get_month (date), g_date_get_day (date),
                                minutes / 60, minutes % 60);
      prop = icalproperty_new_x (text);
      icalproperty_set_x_name (prop, icalproperty_kind_to_string (kind));
      if (minutes < 0)
        icalproperty_add_parameter (prop, icalparameter_new_value (ICAL_VALUE_DATE));
    }
  if (minutes >= 0)
    icalproperty_add_parameter (prop, icalparameter_new_tzid (KOERS_ICAL_TZID));
  icalcomponent_add_property (event, prop);
}

/* One CATEGORIES per category, its commas escaped: a comma of its own
 * would part the list */
static void
add_category (GPtrArray     *texts,
              icalcomponent *comp,
              const char    *name)
{
  g_autofree char *mark = NULL;

  if (name == NULL || *name == '\0')
    return;
  mark = placeholder (texts, name);
  icalcomponent_add_property (comp, icalproperty_new_categories (mark));
}

/* @rrule with a date UNTIL as the UTC time of the end of that day in
 * Amsterdam: RFC 5545 wants UNTIL of the type of DTSTART. */
static char *
rrule_for_timed (const char   *rrule,
                 icaltimezone *zone)
{
  g_auto(GStrv) parts = g_strsplit (rrule, ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      struct icaltimetype until;

      if (g_ascii_strncasecmp (parts[i], "UNTIL=", 6) != 0 || strlen (parts[i]) != 14)
        continue;
      until = icaltime_from_string (parts[i] + 6);
      if (icaltime_is_null_time (until) || !until.is_date)
        continue;
      until.is_date = 0;
      until.hour = 23;
      until.minute = 59;
      until.second = 59;
      icaltime_set_timezone (&until, zone);
      until = icaltime_convert_to_zone (until, icaltimezone_get_utc_timezone ());
      g_free (parts[i]);
      parts[i] = g_strdup_printf ("UNTIL=%04d%02d%02dT%02d%02d%02dZ", until.year, until.month,
                                  until.day, until.hour, until.minute, until.second);
    }
  return g_strjoinv (";", parts);
}

static void
add_rrule (GPtrArray          *texts,
           icalcomponent      *event,
           KoersCalendarEntry *entry,
           icaltimezone       *zone)
{
  const char *rrule = koers_calendar_entry_get_rrule (entry);
  g_autofree char *text = NULL;
  icalproperty *prop;

  if (koers_calendar_entry_get_time (entry) >= 0)
    text = rrule_for_timed (rrule, zone);
  else
    text = g_strdup (rrule);
  icalerror_clear_errno ();
  prop = icalproperty_new_rrule (icalrecurrencetype_from_string (text));
  icalerror_clear_errno ();
  icalcomponent_add_property (event, prop);
  add_x (texts, event, "X-KOERS-RRULE", rrule);
}

static void
add_entry (GPtrArray          *texts,
           icalcomponent      *cal,
           KoersPlan          *plan,
           GHashTable         *entries_by_id,
           KoersCalendarEntry *entry,
           struct icaltimetype stamp,
           icaltimezone       *zone)
{
  const GDate *date = koers_calendar_entry_get_date (entry);
  int minutes = koers_calendar_entry_get_time (entry);
  const char *series_id = koers_calendar_entry_get_series (entry);
  const GDate *origin = koers_calendar_entry_get_origin (entry);
  KoersCalendarEntry *series = NULL;
  KoersChannel *channel;
  KoersEntryStatus status = koers_calendar_entry_get_status (entry);
  icalcomponent *event;
  g_autofree char *uid = NULL;
  g_autofree char *uid_mark = NULL;
  char hours[G_ASCII_DTOSTR_BUF_SIZE];

  if (date == NULL)
    return;

  if (*series_id != '\0' && origin != NULL)
    series = g_hash_table_lookup (entries_by_id, series_id);

  event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  uid = g_strconcat (series != NULL ? series_id : koers_calendar_entry_get_id (entry),
                     KOERS_ICAL_UID_DOMAIN, NULL);
  uid_mark = placeholder (texts, uid);
  icalcomponent_add_property (event, icalproperty_new_uid (uid_mark));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));

  add_when (event, ICAL_DTSTART_PROPERTY, date, minutes);
  {
    /* All day: DTEND is the next day. Timed: a post is a moment, shown as
     * a short block; without DTEND, GNOME Calendar would show it all day. */
    g_autoptr(GDate) end = g_date_copy (date);
    gboolean last_day = g_date_get_year (date) == 9999 && g_date_get_month (date) == 12 &&
                        g_date_get_day (date) == 31;
    int end_minutes = minutes < 0 ? -1 : minutes + KOERS_ICAL_TIMED_MINUTES;

    if (end_minutes >= 24 * 60)
      {
        end_minutes = last_day ? 24 * 60 - 1 : 0;
        if (!last_day)
          g_date_add_days (end, 1);
      }
    else if (minutes < 0 && !last_day)
      g_date_add_days (end, 1);
    if (minutes >= 0 || !last_day)
      add_when (event, ICAL_DTEND_PROPERTY, end, end_minutes);
  }

  if (series != NULL)
    {
      add_when (event, ICAL_RECURRENCEID_PROPERTY, origin, koers_calendar_entry_get_time (series));
      add_x (texts, event, "X-KOERS-ID", koers_calendar_entry_get_id (entry));
    }
  else if (*series_id != '\0')
    {
      /* an override whose series is gone: an event of its own */
      g_autofree char *day = origin != NULL ? _koers_date_format_iso (origin) : NULL;

      add_x (texts, event, "X-KOERS-SERIES", series_id);
      add_x (texts, event, "X-KOERS-ORIGIN", day);
    }

  {
    g_autofree char *title = placeholder (texts, koers_calendar_entry_get_title (entry));
    const char *text = koers_calendar_entry_get_text (entry);

    icalcomponent_add_property (event, icalproperty_new_summary (title));
    if (*text != '\0')
      {
        g_autofree char *mark = placeholder (texts, text);

        icalcomponent_add_property (event, icalproperty_new_description (mark));
      }
  }

  channel = koers_plan_find_channel (plan, koers_calendar_entry_get_channel (entry));
  if (channel != NULL)
    add_category (texts, event, koers_channel_get_name (channel));
  add_category (texts, event, koers_calendar_entry_get_kind (entry) == KOERS_CONTENT_KIND_PROMOTION
                       ? _("Promotion") : _("Value"));

  /* An idea is not certain yet; from planned on it is */
  icalcomponent_add_property (event, icalproperty_new_status (status == KOERS_ENTRY_STATUS_IDEA
                                                              ? ICAL_STATUS_TENTATIVE
                                                              : ICAL_STATUS_CONFIRMED));
  /* A post does not make its planner busy */
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));

  if (*koers_calendar_entry_get_rrule (entry) != '\0' && series == NULL)
    {
      const char *const *exdates = koers_calendar_entry_get_exdates (entry);

      add_rrule (texts, event, entry, zone);
      for (guint i = 0; exdates[i] != NULL; i++)
        {
          g_autoptr(GDate) day = _koers_date_parse (exdates[i]);

          if (day == NULL)
            continue;
          add_when (event, ICAL_EXDATE_PROPERTY, day, minutes);
        }
    }

  add_x (texts, event, "X-KOERS-STATUS", _koers_model_enum_nick (KOERS_TYPE_ENTRY_STATUS, status));
  add_x (texts, event, "X-KOERS-CHANNEL", koers_calendar_entry_get_channel (entry));
  add_x (texts, event, "X-KOERS-KIND",
         _koers_model_enum_nick (KOERS_TYPE_CONTENT_KIND, koers_calendar_entry_get_kind (entry)));
  if (koers_calendar_entry_get_rose_part (entry) != KOERS_ENTRY_PART_NONE)
    add_x (texts, event, "X-KOERS-ROSE-PART",
           _koers_model_enum_nick (KOERS_TYPE_ENTRY_PART,
                                   koers_calendar_entry_get_rose_part (entry)));
  add_x (texts, event, "X-KOERS-OWNER", koers_calendar_entry_get_owner (entry));
  if (koers_calendar_entry_get_hours (entry) != 0)
    add_x (texts, event, "X-KOERS-HOURS",
           g_ascii_dtostr (hours, sizeof hours, koers_calendar_entry_get_hours (entry)));

  icalcomponent_add_component (cal, event);
}

/* Unfolds libical's text, puts the escaped @texts in the place of their
 * placeholders and folds it again at 75 octets, never inside a UTF-8
 * character; every line ends in CRLF. */
static char *
fold (const char *text,
      GPtrArray  *texts,
      gsize      *length)
{
  GString *out = g_string_sized_new (strlen (text) + strlen (text) / 32);
  const char *p = text;

  while (*p != '\0')
    {
      g_autoptr(GString) line = g_string_new (NULL);
      gsize width = 0;

      /* one logical line: up to a line break not followed by a fold */
      for (;;)
        {
          const char *eol = strpbrk (p, "\r\n");

          if (eol == NULL)
            {
              g_string_append (line, p);
              p += strlen (p);
              break;
            }
          g_string_append_len (line, p, eol - p);
          p = eol;
          if (*p == '\r')
            p++;
          if (*p == '\n')
            p++;
          if (*p == ' ' || *p == '\t')
            p++;
          else
            break;
        }
      if (line->len == 0)
        continue;
      put_texts (line, texts);

      for (const char *c = line->str; *c != '\0'; )
        {
          const char *next = g_utf8_next_char (c);
          gsize n = next - c;

          if (width + n > FOLD_OCTETS)
            {
              g_string_append (out, "\r\n ");
              width = 1;
            }
          g_string_append_len (out, c, n);
          width += n;
          c = next;
        }
      g_string_append (out, "\r\n");
    }

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * koers_ical_write:
 * @plan: the plan
 * @stamp: (nullable): the DTSTAMP of every event; %NULL for now
 * @length: (out) (optional): receives the length of the text
 *
 * Writes the plan's calendar as an iCalendar file (METHOD:PUBLISH): one
 * VEVENT per entry, UIDs made from the entries' ids, timed entries in
 * Europe/Amsterdam with its VTIMEZONE. docs/FORMAT.md has the mapping.
 *
 * Returns: (transfer full): the text, lines ending in CRLF and folded at
 *   75 octets
 */
char *
koers_ical_write (KoersPlan *plan,
                  GDateTime *stamp,
                  gsize     *length)
{
  GListModel *entries;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  icaltimezone *zone;
  icalcomponent *cal;
  struct icaltimetype dtstamp = icaltime_null_time ();
  const char *name;
  gboolean timed = FALSE;
  guint n;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  if (stamp == NULL)
    stamp = now = g_date_time_new_now_utc ();
  else
    stamp = now = g_date_time_to_utc (stamp);
  dtstamp.year = g_date_time_get_year (stamp);
  dtstamp.month = g_date_time_get_month (stamp);
  dtstamp.day = g_date_time_get_day_of_month (stamp);
  dtstamp.hour = g_date_time_get_hour (stamp);
  dtstamp.minute = g_date_time_get_minute (stamp);
  dtstamp.second = g_date_time_get_second (stamp);
  dtstamp.zone = icaltimezone_get_utc_timezone ();

  cal = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  icalcomponent_add_property (cal, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (cal, icalproperty_new_prodid ("-//Koers//Koers " PACKAGE_VERSION "//NL"));
  icalcomponent_add_property (cal, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (cal, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  name = koers_plan_get_organisation (plan);
  if (name == NULL || *name == '\0')
    name = koers_plan_get_title (plan);
  if (name == NULL || *name == '\0')
    name = _("Content calendar");
  add_x (texts, cal, "X-WR-CALNAME", name);
  add_x (texts, cal, "X-WR-TIMEZONE", KOERS_ICAL_TZID);

  entries = koers_plan_get_entries (plan);
  n = g_list_model_get_n_items (entries);
  by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      KoersCalendarEntry *entry = g_list_model_get_item (entries, i);

      if (koers_calendar_entry_get_time (entry) >= 0)
        timed = TRUE;
      g_hash_table_replace (by_id, (gpointer) koers_calendar_entry_get_id (entry), entry);
    }
  if (timed)
    icalcomponent_add_component (cal, new_amsterdam_component ());

  zone = new_amsterdam_zone ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, i);

      add_entry (texts, cal, plan, by_id, entry, dtstamp, zone);
    }
  icaltimezone_free (zone, 1);

  text = icalcomponent_as_ical_string_r (cal);
  icalcomponent_free (cal);
  return fold (text, texts, length);
}

/* Reading: the check before libical ---------------------------------------- */

typedef struct
{
  icalcomponent_kind kind;
  guint              line;
} Component;

typedef struct
{
  const char          *name;    /* the file's name, for messages */
  KoersCalendarImport *import;
  GString             *text;    /* what libical gets: LF line ends, no BOM */
  GArray              *components; /* of Component: each BEGIN but VCALENDAR */
  guint                n_events;
} Scan;

static gboolean
starts_with (const char *line,
             gsize       len,
             const char *prefix)
{
  gsize n = strlen (prefix);

  return len >= n && g_ascii_strncasecmp (line, prefix, n) == 0;
}

static char *
component_name (const char *line,
                gsize       len)
{
  const char *colon = memchr (line, ':', len);
  g_autofree char *name = g_strndup (colon + 1, len - (colon + 1 - line));

  return g_ascii_strup (g_strstrip (name), -1);
}

static gboolean
refuse_line (Scan        *scan,
             int          code,
             GError     **error,
             const char  *format,
             ...) G_GNUC_PRINTF (4, 5);

static gboolean
refuse_line (Scan        *scan,
             int          code,
             GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: the file's name, then why it cannot be imported */
  g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, code, _("“%s” cannot be imported: %s"),
               scan->name, what);
  return FALSE;
}

typedef struct
{
  char  *name;
  guint  line;
} Open;

static void
open_clear (gpointer data)
{
  g_free (((Open *) data)->name);
}

/* Looks at one logical (unfolded) line that starts on @line. */
static gboolean
scan_line (Scan        *scan,
           GArray      *stack,
           gboolean    *seen_calendar,
           const char  *text,
           gsize        len,
           guint        line,
           GError     **error)
{
  if (len == 0)
    return TRUE;

  if (!*seen_calendar || stack->len == 0)
    {
      g_autofree char *shown = NULL;

      if (starts_with (text, len, "BEGIN:") && len == 15 &&
          g_ascii_strncasecmp (text + 6, "VCALENDAR", 9) == 0)
        {
          Open open = { g_strdup ("VCALENDAR"), line };

          *seen_calendar = TRUE;
          g_array_append_val (stack, open);
          return TRUE;
        }
      shown = g_utf8_make_valid (text, MIN (len, 40));
      if (!*seen_calendar)
        return refuse_line (scan, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX, error,
                            _("line %u is “%s”, not BEGIN:VCALENDAR: it is not an iCalendar file"),
                            line, shown);
      return refuse_line (scan, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX, error,
                          _("line %u, “%s”, comes after the end of the calendar"), line, shown);
    }

  if (starts_with (text, len, "BEGIN:"))
    {
      Open open = { component_name (text, len), line };
      Component component = { icalcomponent_string_to_kind (open.name), line };

      if (stack->len >= MAX_DEPTH)
        {
          g_free (open.name);
          return refuse_line (scan, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX, error,
                              _("line %u: the components are nested too deeply"), line);
        }
      g_array_append_val (stack, open);
      g_array_append_val (scan->components, component);
      if (component.kind == ICAL_VEVENT_COMPONENT && ++scan->n_events > KOERS_ICAL_MAX_EVENTS)
        return refuse_line (scan, KOERS_CALENDAR_IMPORT_ERROR_TOO_LARGE, error,
                            _("it has more than %u events"), KOERS_ICAL_MAX_EVENTS);
    }
  else if (starts_with (text, len, "END:"))
    {
      g_autofree char *name = component_name (text, len);
      Open *open = &g_array_index (stack, Open, stack->len - 1);

      if (g_strcmp0 (name, open->name) != 0)
        {
          g_autofree char *shown = g_utf8_make_valid (name, MIN (strlen (name), 40));

          return refuse_line (scan, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX, error,
                              _("line %u, END:%s, does not close BEGIN:%s of line %u"),
                              line, shown, open->name, open->line);
        }
      g_array_set_size (stack, stack->len - 1);
    }
  return TRUE;
}

/* The most categories one CATEGORIES line gives; the rest stay together in
 * the last, as libical would keep them */
#define MAX_CATEGORIES 64

/* CATEGORIES is a list, its items parted by commas that are not escaped;
 * libical takes away the escapes of a line but does not part it, so that
 * "Kaas\, wijn,Promotie" would be one category. Each item becomes a line
 * of its own here (without the parameters: Koers reads none), so that
 * libical gets one category per property. @start and @len: the logical
 * line in scan->text, followed by its LF. */
static void
split_categories (Scan  *scan,
                  gsize  start,
                  gsize  len)
{
  const char *line = scan->text->str + start;
  const char *value = NULL;
  g_autoptr(GString) lines = NULL;
  gboolean quoted = FALSE;
  gsize item = 0;
  guint n = 1;

  if (!starts_with (line, len, "CATEGORIES") || len == 10 || (line[10] != ':' && line[10] != ';'))
    return;
  for (gsize i = 10; i < len && value == NULL; i++)
    if (line[i] == '"')
      quoted = !quoted;
    else if (line[i] == ':' && !quoted)
      value = line + i + 1;
  if (value == NULL)
    return;

  len -= value - line;
  lines = g_string_new (NULL);
  for (gsize i = 0; i < len; i++)
    {
      if (value[i] == '\\')
        i++;
      else if (value[i] == ',' && n < MAX_CATEGORIES)
        {
          if (i > item)
            {
              g_string_append (lines, "CATEGORIES:");
              g_string_append_len (lines, value + item, i - item);
              g_string_append_c (lines, '\n');
              n++;
            }
          item = i + 1;
        }
    }
  if (lines->len == 0)
    return;
  if (len > item)
    {
      g_string_append (lines, "CATEGORIES:");
      g_string_append_len (lines, value + item, len - item);
      g_string_append_c (lines, '\n');
    }
  g_string_truncate (scan->text, start);
  g_string_append_len (scan->text, lines->str, lines->len);
}

/* A logical line is complete: check it, or drop it when it is too long. */
static gboolean
finish_line (Scan        *scan,
             GArray      *stack,
             gboolean    *seen_calendar,
             gsize        start,
             gsize        len,
             guint        line,
             GError     **error)
{
  if (len > KOERS_ICAL_MAX_LINE_BYTES)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *max = g_format_size (KOERS_ICAL_MAX_LINE_BYTES);

      koers_calendar_import_add_problem (scan->import, line,
                                         _("the line is %s long, longer than Koers reads (%s)"),
                                         size, max);
      g_string_truncate (scan->text, start);
      return TRUE;
    }
  if (!scan_line (scan, stack, seen_calendar, scan->text->str + start, len, line, error))
    return FALSE;
  split_categories (scan, start, len);
  return TRUE;
}

/* The first check, in one pass over the bytes. */
static gboolean
scan_text (Scan        *scan,
           const char  *data,
           gsize        length,
           GError     **error)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Open));
  const char *end = data + length;
  const char *p = data;
  const char *bad = NULL;
  gboolean seen_calendar = FALSE;
  gsize logical_start = 0;   /* offset in scan->text */
  gsize logical_len = 0;     /* its length, unfolded, without the line end */
  guint logical_line = 0;
  guint line = 1;

  g_array_set_clear_func (stack, open_clear);

  if (!g_utf8_validate_len (data, length, &bad))
    {
      guint at = 1;

      for (const char *c = data; c < bad; c++)
        if (*c == '\n' || (*c == '\r' && (c + 1 == bad || c[1] != '\n')))
          at++;
      if (*bad == '\0')
        return refuse_line (scan, KOERS_CALENDAR_IMPORT_ERROR_ENCODING, error,
                            _("line %u holds a null byte: it is not a text file"), at);
      return refuse_line (scan, KOERS_CALENDAR_IMPORT_ERROR_ENCODING, error,
                          _("line %u is not UTF-8 text; save the file as UTF-8 and import it "
                            "again"), at);
    }
  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  while (p < end)
    {
      const char *eol = p;
      gsize n;

      while (eol < end && *eol != '\r' && *eol != '\n')
        eol++;

      if ((*p == ' ' || *p == '\t') && logical_line > 0)
        {
          /* a folded line: unfold it for the check (libical unfolds its
           * own copy; the line numbers stay those of the file) */
          if (logical_len <= KOERS_ICAL_MAX_LINE_BYTES)
            g_string_truncate (scan->text, scan->text->len - 1);
          p++;
        }
      else
        {
          if (logical_line > 0 &&
              !finish_line (scan, stack, &seen_calendar, logical_start, logical_len,
                            logical_line, error))
            return FALSE;
          logical_start = scan->text->len;
          logical_len = 0;
          logical_line = line;
        }

      n = eol - p;
      if (logical_len + n <= KOERS_ICAL_MAX_LINE_BYTES)
        {
          g_string_append_len (scan->text, p, n);
          g_string_append_c (scan->text, '\n');
        }
      else if (logical_len <= KOERS_ICAL_MAX_LINE_BYTES)
        /* too long: only counted from here on */
        g_string_truncate (scan->text, logical_start);
      logical_len += n;

      if (eol < end && *eol == '\r' && eol + 1 < end && eol[1] == '\n')
        eol++;
      p = eol < end ? eol + 1 : end;
      line++;
    }
  if (logical_line > 0 &&
      !finish_line (scan, stack, &seen_calendar, logical_start, logical_len, logical_line, error))
    return FALSE;

  if (!seen_calendar)
    return refuse_line (scan, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX, error,
                        _("it has no BEGIN:VCALENDAR: it is not an iCalendar file"));
  if (stack->len > 0)
    {
      Open *open = &g_array_index (stack, Open, stack->len - 1);

      return refuse_line (scan, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX, error,
                          _("BEGIN:%s of line %u is never closed (END:%s is missing)"),
                          open->name, open->line, open->name);
    }
  return TRUE;
}

/* Reading: events into entries --------------------------------------------- */

typedef struct
{
  Scan                 scan;
  KoersPlan           *plan;
  icalcomponent       *root;
  icaltimezone        *amsterdam;
  GHashTable          *ids;        /* id -> line, of the entries made */
  GHashTable          *series;     /* UID -> KoersCalendarEntry, the masters */
  GPtrArray           *cancelled;  /* of icalcomponent: cancelled overrides, after */
  guint                next_component;
} Reader;

/* The id of the entry a UID names: Koers's own UIDs give back the entry's
 * id, others a stable digest, so a second import updates. */
static char *
id_for_uid (const char *uid,
            const char *recurrence)
{
  g_autofree char *digest = NULL;

  if (recurrence == NULL && g_str_has_suffix (uid, KOERS_ICAL_UID_DOMAIN))
    {
      g_autofree char *id = g_strndup (uid, strlen (uid) - strlen (KOERS_ICAL_UID_DOMAIN));

      if (_koers_plan_io_is_identifier (id))
        return g_steal_pointer (&id);
    }
  if (recurrence == NULL)
    digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uid, -1);
  else
    {
      g_autofree char *both = g_strconcat (uid, "\n", recurrence, NULL);

      digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, both, -1);
    }
  digest[24] = '\0';
  return g_strconcat ("ics-", digest, NULL);
}

static const char *
get_x (icalcomponent *comp,
       const char    *name)
{
  for (icalproperty *prop = icalcomponent_get_first_property (comp, ICAL_X_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (comp, ICAL_X_PROPERTY))
    if (g_ascii_strcasecmp (icalproperty_get_x_name (prop), name) == 0)
      return icalproperty_get_x (prop);
  return NULL;
}

static gboolean
in_range (Reader                    *r,
          guint                      line,
          const struct icaltimetype *t,
          const char                *what)
{
  if (t->year >= 1 && t->year <= 9999 && g_date_valid_dmy (t->day, t->month, t->year))
    return TRUE;
  koers_calendar_import_add_problem (r->scan.import, line,
                                     /* Translators: %s is a property, such as DTSTART */
                                     _("the date of %s, %04d-%02d-%02d, is not a day of the "
                                       "years 1 to 9999"),
                                     what, t->year, t->month, t->day);
  return FALSE;
}

/* @prop's time as a day and minutes (-1 for a DATE) of Amsterdam. A time in
 * another zone is converted; a TZID Koers does not know is taken as
 * Amsterdam time, with a note. */
static gboolean
read_when (Reader        *r,
           guint          line,
           icalproperty  *prop,
           const char    *what,
           GDate         *date,
           int           *minutes)
{
  struct icaltimetype t;
  icalvalue *value = icalproperty_get_value (prop);
  icalparameter *tzid;

  if (value == NULL ||
      (icalvalue_isa (value) != ICAL_DATE_VALUE && icalvalue_isa (value) != ICAL_DATETIME_VALUE))
    {
      koers_calendar_import_add_problem (r->scan.import, line,
                                         _("%s is not a date or a time"), what);
      return FALSE;
    }
  t = icalvalue_get_datetime (value);
  if (icaltime_is_null_time (t) || !in_range (r, line, &t, what))
    {
      if (icaltime_is_null_time (t))
        koers_calendar_import_add_problem (r->scan.import, line,
                                           _("%s is not a date or a time"), what);
      return FALSE;
    }

  if (!t.is_date && !icaltime_is_utc (t))
    {
      tzid = icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER);
      if (tzid != NULL && g_strcmp0 (icalparameter_get_tzid (tzid), KOERS_ICAL_TZID) != 0)
        {
          const char *name = icalparameter_get_tzid (tzid);
          icaltimezone *zone = icalcomponent_get_timezone (r->root, name);

          if (zone == NULL)
            zone = icaltimezone_get_builtin_timezone (name);
          if (zone == NULL)
            koers_calendar_import_add_note (r->scan.import, line,
                                            _("the time zone “%s” is unknown: its times are "
                                              "taken as times of %s"), name, KOERS_ICAL_TZID);
          else
            {
              t.zone = zone;
              t = icaltime_convert_to_zone (t, r->amsterdam);
            }
        }
    }
  else if (icaltime_is_utc (t))
    t = icaltime_convert_to_zone (t, r->amsterdam);

  if (!in_range (r, line, &t, what))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, t.day, t.month, t.year);
  *minutes = t.is_date ? -1 : t.hour * 60 + t.minute;
  return TRUE;
}

/* The RRULE as Koers keeps it: on dates, a time UNTIL as its day */
static char *
read_rrule (Reader             *r,
            guint               line,
            icalcomponent      *event,
            const GDate        *start)
{
  icalproperty *prop = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
  struct icalrecurrencetype recur;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  KoersRecurrenceRule rule;
  const char *own;
  char *result;

  if (icalcomponent_get_next_property (event, ICAL_RRULE_PROPERTY) != NULL)
    koers_calendar_import_add_note (r->scan.import, line,
                                    _("it has more than one repetition rule (RRULE): only the "
                                      "first is kept"));

  text = icalproperty_get_value_as_string_r (prop);
  recur = icalproperty_get_rrule (prop);
  if (text == NULL || recur.freq == ICAL_NO_RECURRENCE)
    {
      koers_calendar_import_add_problem (r->scan.import, line,
                                         _("its repetition rule (RRULE) cannot be read"));
      return NULL;
    }
  if (recur.freq < ICAL_DAILY_RECURRENCE)
    {
      koers_calendar_import_add_problem (r->scan.import, line,
                                         _("it repeats more often than daily (%s): Koers plans "
                                           "posts by the day"), text);
      return NULL;
    }

  parts = g_strsplit (text, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_ascii_strncasecmp (parts[i], "UNTIL=", 6) == 0 && !icaltime_is_null_time (recur.until))
      {
        struct icaltimetype until = recur.until;

        if (!until.is_date && icaltime_is_utc (until))
          until = icaltime_convert_to_zone (until, r->amsterdam);
        if (!in_range (r, line, &until, "RRULE UNTIL"))
          return NULL;
        g_free (parts[i]);
        parts[i] = g_strdup_printf ("UNTIL=%04d%02d%02d", until.year, until.month, until.day);
      }
  result = g_strjoinv (";", parts);

  if (!koers_recurrence_rule_parse (result, start, &rule, &error))
    {
      koers_calendar_import_add_problem (r->scan.import, line, "%s", error->message);
      g_free (result);
      return NULL;
    }

  /* Koers's own text, when it says the same */
  own = get_x (event, "X-KOERS-RRULE");
  if (own != NULL && strlen (own) < 1024 && g_str_is_ascii (own))
    {
      struct icalrecurrencetype a = icalrecurrencetype_from_string (result);
      struct icalrecurrencetype b = icalrecurrencetype_from_string (own);
      g_autofree char *sa = a.freq != ICAL_NO_RECURRENCE ? icalrecurrencetype_as_string_r (&a) : NULL;
      g_autofree char *sb = b.freq != ICAL_NO_RECURRENCE ? icalrecurrencetype_as_string_r (&b) : NULL;

      free (a.rscale);
      free (b.rscale);
      icalerror_clear_errno ();
      if (sa != NULL && g_strcmp0 (sa, sb) == 0)
        {
          g_free (result);
          result = g_strdup (own);
        }
    }
  return result;
}

static void
note_losses (Reader        *r,
             guint          line,
             icalcomponent *event,
             const GDate   *date,
             int            minutes)
{
  guint attendees = icalcomponent_count_properties (event, ICAL_ATTENDEE_PROPERTY);
  icalproperty *end;

  if (attendees > 0)
    koers_calendar_import_add_note (r->scan.import, line,
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "its attendee (ATTENDEE) is not kept",
                                                 "its %u attendees (ATTENDEE) are not kept",
                                                 attendees),
                                    attendees);
  if (icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY) != NULL)
    koers_calendar_import_add_note (r->scan.import, line,
                                    _("its extra days (RDATE) are not kept"));
  if (icalcomponent_get_first_property (event, ICAL_EXRULE_PROPERTY) != NULL)
    koers_calendar_import_add_note (r->scan.import, line,
                                    _("its rule of days left out (EXRULE) is not kept"));

  end = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  if (end != NULL)
    {
      GDate end_date;
      int end_minutes;
      int days;

      if (!read_when (r, line, end, "DTEND", &end_date, &end_minutes))
        return;
      days = g_date_days_between (date, &end_date);
      /* all day: DTEND is the day after; timed: the same day (or midnight) */
      if ((minutes < 0 && days > 1) ||
          (minutes >= 0 && (days > 1 || (days == 1 && end_minutes > 0))))
        {
          /* an all-day DTEND is the day after the last */
          if (minutes < 0)
            g_date_subtract_days (&end_date, 1);
          koers_calendar_import_add_note (r->scan.import, line,
                                        _("it lasts until %04d-%02d-%02d: Koers keeps its first "
                                          "day"),
                                        g_date_get_year (&end_date), g_date_get_month (&end_date),
                                        g_date_get_day (&end_date));
        }
    }
  else if (icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY) != NULL)
    {
      struct icaldurationtype d = icalcomponent_get_duration (event);

      if ((int) (d.days + d.weeks * 7) > (minutes < 0 ? 1 : 0))
        koers_calendar_import_add_note (r->scan.import, line,
                                        _("it lasts more than a day: Koers keeps its first day"));
    }
}

static gboolean
text_fits (Reader     *r,
           guint       line,
           const char *text,
           const char *what)
{
  if (text == NULL || strlen (text) <= KOERS_ICAL_MAX_TEXT_BYTES)
    return TRUE;
  koers_calendar_import_add_problem (r->scan.import, line,
                                     _("its %s is longer than Koers reads (%u bytes)"),
                                     what, KOERS_ICAL_MAX_TEXT_BYTES);
  return FALSE;
}

/* The channel: Koers's own id, else a category that is a channel's name */
static char *
read_channel (Reader        *r,
              icalcomponent *event)
{
  const char *own = get_x (event, "X-KOERS-CHANNEL");
  GListModel *channels = koers_plan_get_channels (r->plan);

  if (own != NULL && _koers_plan_io_is_identifier (own))
    return g_strdup (own);

  for (icalproperty *prop = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    {
      const char *category = icalproperty_get_categories (prop);
      g_autofree char *folded = category != NULL ? g_utf8_casefold (category, -1) : NULL;

      if (folded == NULL)
        continue;
      g_strstrip (folded);
      for (guint i = 0, n = g_list_model_get_n_items (channels); i < n; i++)
        {
          g_autoptr(KoersChannel) channel = g_list_model_get_item (channels, i);
          g_autofree char *name = g_utf8_casefold (koers_channel_get_name (channel), -1);

          if (g_strcmp0 (g_strstrip (name), folded) == 0)
            return g_strdup (koers_channel_get_id (channel));
        }
    }
  return g_strdup ("");
}

static gboolean
has_category (icalcomponent *event,
              const char    *name)
{
  for (icalproperty *prop = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    {
      const char *category = icalproperty_get_categories (prop);

      if (category != NULL && g_utf8_collate (category, name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
read_members (Reader             *r,
              icalcomponent      *event,
              KoersCalendarEntry *entry)
{
  icalproperty *prop;
  const char *x;
  g_autofree char *channel = read_channel (r, event);
  int value;

  koers_calendar_entry_set_channel (entry, channel);

  x = get_x (event, "X-KOERS-STATUS");
  if (enum_from_nick (KOERS_TYPE_ENTRY_STATUS, x, &value))
    koers_calendar_entry_set_status (entry, value);
  else if ((prop = icalcomponent_get_first_property (event, ICAL_STATUS_PROPERTY)) != NULL &&
           icalproperty_get_status (prop) == ICAL_STATUS_TENTATIVE)
    koers_calendar_entry_set_status (entry, KOERS_ENTRY_STATUS_IDEA);
  else
    koers_calendar_entry_set_status (entry, KOERS_ENTRY_STATUS_PLANNED);

  x = get_x (event, "X-KOERS-KIND");
  if (enum_from_nick (KOERS_TYPE_CONTENT_KIND, x, &value))
    koers_calendar_entry_set_kind (entry, value);
  else if (has_category (event, "Promotion") || has_category (event, _("Promotion")))
    koers_calendar_entry_set_kind (entry, KOERS_CONTENT_KIND_PROMOTION);

  x = get_x (event, "X-KOERS-ROSE-PART");
  if (enum_from_nick (KOERS_TYPE_ENTRY_PART, x, &value))
    koers_calendar_entry_set_rose_part (entry, value);

  x = get_x (event, "X-KOERS-OWNER");
  if (x != NULL && _koers_plan_io_is_identifier (x))
    koers_calendar_entry_set_owner (entry, x);

  x = get_x (event, "X-KOERS-HOURS");
  if (x != NULL)
    {
      char *end = NULL;
      double hours = g_ascii_strtod (x, &end);

      if (end != x && *end == '\0' && hours >= 0 && hours <= 1000)
        koers_calendar_entry_set_hours (entry, hours);
    }
}

static guint
next_line (Reader *r)
{
  guint line = 0;

  if (r->next_component < r->scan.components->len)
    line = g_array_index (r->scan.components, Component, r->next_component).line;
  r->next_component++;
  return line;
}

static void walk (Reader        *r,
                  icalcomponent *parent);

static gboolean
keep_id (Reader     *r,
         guint       line,
         const char *id)
{
  gpointer other = g_hash_table_lookup (r->ids, id);

  if (other != NULL)
    {
      koers_calendar_import_add_problem (r->scan.import, line,
                                         _("it is the same event (UID) as that of line %u"),
                                         GPOINTER_TO_UINT (other));
      return FALSE;
    }
  g_hash_table_insert (r->ids, g_strdup (id), GUINT_TO_POINTER (MAX (line, 1)));
  return TRUE;
}

static void
read_event (Reader        *r,
            icalcomponent *event,
            guint          line)
{
  g_autoptr(KoersCalendarEntry) entry = NULL;
  g_autofree char *id = NULL;
  g_autofree char *generated = NULL;
  icalproperty *start = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalproperty *recurrence = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
  icalproperty *status = icalcomponent_get_first_property (event, ICAL_STATUS_PROPERTY);
  const char *uid = icalcomponent_get_uid (event);
  const char *summary = icalcomponent_get_summary (event);
  const char *description = icalcomponent_get_description (event);
  GDate date, origin;
  int minutes, origin_minutes;
  guint n_problems = r->scan.import->problems->len;

  /* the VALARMs inside */
  walk (r, event);

  if (uid == NULL || *uid == '\0')
    {
      /* without a UID a second import cannot know it: a digest of the event */
      g_autofree char *text = icalcomponent_as_ical_string_r (event);

      generated = g_strdup_printf ("no-uid:%s", text);
      uid = generated;
    }

  if (start == NULL)
    {
      koers_calendar_import_add_problem (r->scan.import, line,
                                         _("the event has no start (DTSTART)"));
      return;
    }
  if (!read_when (r, line, start, "DTSTART", &date, &minutes))
    return;
  if (!text_fits (r, line, summary, "SUMMARY") || !text_fits (r, line, description, "DESCRIPTION"))
    return;

  if (recurrence != NULL)
    {
      g_autofree char *value = icalproperty_get_value_as_string_r (recurrence);
      const char *own = get_x (event, "X-KOERS-ID");

      if (!read_when (r, line, recurrence, "RECURRENCE-ID", &origin, &origin_minutes))
        return;
      if (status != NULL && icalproperty_get_status (status) == ICAL_STATUS_CANCELLED)
        {
          /* a left-out occurrence: an EXDATE of its series, once all are read */
          g_ptr_array_add (r->cancelled, event);
          return;
        }
      id = own != NULL && _koers_plan_io_is_identifier (own) ? g_strdup (own)
                                                             : id_for_uid (uid, value);
    }
  else
    {
      if (status != NULL && icalproperty_get_status (status) == ICAL_STATUS_CANCELLED)
        {
          koers_calendar_import_add_note (r->scan.import, line,
                                          _("the event is cancelled: not imported"));
          return;
        }
      id = id_for_uid (uid, NULL);
    }

  if (!keep_id (r, line, id))
    return;

  entry = koers_calendar_entry_new ();
  koers_calendar_entry_set_id (entry, id);
  koers_calendar_entry_set_date (entry, &date);
  koers_calendar_entry_set_time (entry, minutes);
  koers_calendar_entry_set_title (entry, summary != NULL ? summary : "");
  koers_calendar_entry_set_text (entry, description != NULL ? description : "");
  read_members (r, event, entry);
  note_losses (r, line, event, &date, minutes);

  if (recurrence != NULL)
    {
      g_autofree char *series = id_for_uid (uid, NULL);

      koers_calendar_entry_set_series (entry, series);
      koers_calendar_entry_set_origin (entry, &origin);
    }
  else if (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL)
    {
      g_autofree char *rrule = read_rrule (r, line, event, &date);
      g_autoptr(GPtrArray) exdates = g_ptr_array_new_with_free_func (g_free);

      if (rrule == NULL)
        return;
      koers_calendar_entry_set_rrule (entry, rrule);
      for (icalproperty *prop = icalcomponent_get_first_property (event, ICAL_EXDATE_PROPERTY);
           prop != NULL;
           prop = icalcomponent_get_next_property (event, ICAL_EXDATE_PROPERTY))
        {
          GDate day;
          int day_minutes;

          if (!read_when (r, line, prop, "EXDATE", &day, &day_minutes))
            return;
          g_ptr_array_add (exdates, _koers_date_format_iso (&day));
        }
      g_ptr_array_add (exdates, NULL);
      koers_calendar_entry_set_exdates (entry, (const char *const *) exdates->pdata);
      g_hash_table_insert (r->series, g_strdup (uid), g_object_ref (entry));
    }
  else
    {
      const char *series = get_x (event, "X-KOERS-SERIES");
      const char *origin_text = get_x (event, "X-KOERS-ORIGIN");
      g_autoptr(GDate) day = origin_text != NULL ? _koers_date_parse (origin_text) : NULL;

      if (series != NULL && _koers_plan_io_is_identifier (series))
        koers_calendar_entry_set_series (entry, series);
      if (day != NULL)
        koers_calendar_entry_set_origin (entry, day);
    }

  if (r->scan.import->problems->len == n_problems)
    g_ptr_array_add (r->scan.import->entries, g_steal_pointer (&entry));
}

/* Every component in order, as the scan met their BEGIN lines */
static void
walk (Reader        *r,
      icalcomponent *parent)
{
  for (icalcomponent *comp = icalcomponent_get_first_component (parent, ICAL_ANY_COMPONENT);
       comp != NULL;
       comp = icalcomponent_get_next_component (parent, ICAL_ANY_COMPONENT))
    {
      icalcomponent_kind kind = icalcomponent_isa (comp);
      guint line;

      if (kind == ICAL_VCALENDAR_COMPONENT)
        {
          walk (r, comp);
          continue;
        }
      line = next_line (r);
      switch (kind)
        {
        case ICAL_VEVENT_COMPONENT:
          read_event (r, comp, line);
          break;
        case ICAL_VTODO_COMPONENT:
          koers_calendar_import_add_note (r->scan.import, line,
                                          _("a task (VTODO) is not a post: not imported"));
          walk (r, comp);
          break;
        case ICAL_VJOURNAL_COMPONENT:
          koers_calendar_import_add_note (r->scan.import, line,
                                          _("a journal entry (VJOURNAL) is not a post: not "
                                            "imported"));
          walk (r, comp);
          break;
        case ICAL_VALARM_COMPONENT:
          koers_calendar_import_add_note (r->scan.import, line,
                                          _("a reminder (VALARM) is not kept"));
          walk (r, comp);
          break;
        default:
          walk (r, comp);
          break;
        }
    }
}

static void
apply_cancelled (Reader *r)
{
  for (guint i = 0; i < r->cancelled->len; i++)
    {
      icalcomponent *event = g_ptr_array_index (r->cancelled, i);
      icalproperty *recurrence = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
      const char *uid = icalcomponent_get_uid (event);
      KoersCalendarEntry *series = uid != NULL ? g_hash_table_lookup (r->series, uid) : NULL;
      g_autoptr(GStrvBuilder) builder = NULL;
      g_auto(GStrv) exdates = NULL;
      g_autofree char *day = NULL;
      GDate origin;
      int minutes;

      if (series == NULL || !read_when (r, 0, recurrence, "RECURRENCE-ID", &origin, &minutes))
        continue;
      day = _koers_date_format_iso (&origin);
      if (g_strv_contains (koers_calendar_entry_get_exdates (series), day))
        continue;
      builder = g_strv_builder_new ();
      g_strv_builder_addv (builder, (const char **) koers_calendar_entry_get_exdates (series));
      g_strv_builder_add (builder, day);
      exdates = g_strv_builder_end (builder);
      koers_calendar_entry_set_exdates (series, (const char *const *) exdates);
    }
}

/**
 * koers_ical_read:
 * @data: the file's bytes; untrusted
 * @length: how many
 * @source_name: the file's name for the messages
 * @plan: the plan the import is for: only its channels are read
 * @error: a #KOERS_CALENDAR_IMPORT_ERROR when the file is refused as a whole
 *
 * Reads an iCalendar file into an import (a #KoersCalendarReader). Events
 * become entries: all day or timed (in Amsterdam time), series with their
 * rule and left-out days, overrides (RECURRENCE-ID) as override entries.
 * What Koers has no place for is a note; what it cannot take (a date
 * outside the years 1 to 9999, a rule more often than daily, a line over
 * 256 KiB, a text over 100000 bytes) is a problem, each with its line.
 *
 * Returns: (transfer full): the import, or %NULL with @error set
 */
KoersCalendarImport *
koers_ical_read (const char  *data,
                 gsize        length,
                 const char  *source_name,
                 KoersPlan   *plan,
                 GError     **error)
{
  g_autoptr(KoersCalendarImport) import = NULL;
  Reader r = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  import = koers_calendar_import_new (source_name);
  r.scan.name = import->source_name;
  r.scan.import = import;
  r.scan.text = g_string_sized_new (length + 1);
  r.scan.components = g_array_new (FALSE, FALSE, sizeof (Component));
  r.plan = plan;

  if (!scan_text (&r.scan, data != NULL ? data : "", length, error))
    {
      g_string_free (r.scan.text, TRUE);
      g_array_unref (r.scan.components);
      return NULL;
    }

  icalerror_clear_errno ();
  r.root = icalparser_parse_string (r.scan.text->str);
  icalerror_clear_errno ();
  g_string_free (r.scan.text, TRUE);
  if (r.root == NULL)
    {
      g_array_unref (r.scan.components);
      g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                   _("“%s” cannot be imported: it is not an iCalendar file"), import->source_name);
      return NULL;
    }

  r.amsterdam = new_amsterdam_zone ();
  r.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.series = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  r.cancelled = g_ptr_array_new ();

  if (icalcomponent_isa (r.root) == ICAL_VCALENDAR_COMPONENT)
    walk (&r, r.root);
  else
    {
      /* several calendars in one file */
      for (icalcomponent *cal = icalcomponent_get_first_component (r.root, ICAL_VCALENDAR_COMPONENT);
           cal != NULL;
           cal = icalcomponent_get_next_component (r.root, ICAL_VCALENDAR_COMPONENT))
        walk (&r, cal);
    }
  apply_cancelled (&r);
  icalerror_clear_errno ();

  g_ptr_array_unref (r.cancelled);
  g_hash_table_unref (r.series);
  g_hash_table_unref (r.ids);
  icaltimezone_free (r.amsterdam, 1);
  icalcomponent_free (r.root);
  g_array_unref (r.scan.components);
  return g_steal_pointer (&import);
}
