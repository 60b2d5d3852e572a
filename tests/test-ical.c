/* test-ical.c: the calendar as iCalendar: the exported text line by line,
 * parsed back by libical, the round trip into an empty plan, a second
 * import that updates, and hostile files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "koers-test-util.h"

#include <string.h>

#include <libical/ical.h>

#include "koers-calendar-entry.h"
#include "koers-calendar-import.h"
#include "koers-channel.h"
#include "koers-ical.h"
#include "koers-plan.h"

/* A title that folds inside multi-byte characters when cut at 75 octets */
#define LONG_TITLE "Café ☕ élan: ééééééééééééééééééééééé 😀😀😀😀😀😀😀😀😀😀😀😀😀 brood, taart; en \\ meer"

static KoersCalendarEntry *
add_entry (KoersPlan  *plan,
           const char *id,
           const char *title,
           int         year,
           int         month,
           int         day,
           int         minutes)
{
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

  koers_calendar_entry_set_id (entry, id);
  koers_calendar_entry_set_title (entry, title);
  koers_calendar_entry_set_date (entry, date);
  koers_calendar_entry_set_time (entry, minutes);
  koers_plan_append (plan, koers_plan_get_entries (plan), entry);
  return entry;
}

/* Single posts all day and timed, a timed weekly series with left-out
 * days and a moved occurrence, an all-day monthly series with an override */
static KoersPlan *
new_fixture (void)
{
  KoersPlan *plan = koers_plan_new ();
  g_autoptr(KoersChannel) channel = koers_channel_new ();
  KoersCalendarEntry *entry;
  g_autoptr(GDate) origin = NULL;
  const char *exdates[] = { "2027-03-16", "2027-04-06", NULL };
  const char *monthly_exdates[] = { "2027-05-01", NULL };

  koers_plan_set_organisation (plan, "Bakkerij De Korenbloem, Utrecht");
  koers_channel_set_id (channel, "instagram");
  koers_channel_set_name (channel, "Instagram");
  koers_plan_append (plan, koers_plan_get_channels (plan), channel);

  entry = add_entry (plan, "brood-van-de-week", LONG_TITLE, 2027, 3, 1, -1);
  koers_calendar_entry_set_text (entry, "Regel één, met komma\nRegel twee; puntkomma\\");
  koers_calendar_entry_set_channel (entry, "instagram");
  koers_calendar_entry_set_kind (entry, KOERS_CONTENT_KIND_PROMOTION);
  koers_calendar_entry_set_status (entry, KOERS_ENTRY_STATUS_READY);
  koers_calendar_entry_set_rose_part (entry, KOERS_ENTRY_PART_SENDING);
  koers_calendar_entry_set_owner (entry, "webcare");
  koers_calendar_entry_set_hours (entry, 1.25);

  entry = add_entry (plan, "open-dag", "Open dag", 2027, 7, 3, 9 * 60 + 30);
  koers_calendar_entry_set_status (entry, KOERS_ENTRY_STATUS_IDEA);

  entry = add_entry (plan, "weekrecept", "Recept van de week", 2027, 3, 2, 9 * 60 + 30);
  koers_calendar_entry_set_rrule (entry, "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629");
  koers_calendar_entry_set_exdates (entry, exdates);
  koers_calendar_entry_set_channel (entry, "instagram");
  koers_calendar_entry_set_status (entry, KOERS_ENTRY_STATUS_PLANNED);

  entry = add_entry (plan, "weekrecept-verzet", "Recept: Pasen", 2027, 3, 24, 12 * 60);
  origin = g_date_new_dmy (23, 3, 2027);
  koers_calendar_entry_set_series (entry, "weekrecept");
  koers_calendar_entry_set_origin (entry, origin);

  entry = add_entry (plan, "maandnieuws", "Nieuwsbrief", 2027, 3, 1, -1);
  koers_calendar_entry_set_rrule (entry, "FREQ=MONTHLY;COUNT=12");
  koers_calendar_entry_set_exdates (entry, monthly_exdates);
  koers_calendar_entry_set_status (entry, KOERS_ENTRY_STATUS_PUBLISHED);

  entry = add_entry (plan, "maandnieuws-juni", "Nieuwsbrief: zomer", 2027, 6, 2, -1);
  g_date_set_dmy (origin, 1, 6, 2027);
  koers_calendar_entry_set_series (entry, "maandnieuws");
  koers_calendar_entry_set_origin (entry, origin);

  return plan;
}

static char *
write_fixture (KoersPlan *plan)
{
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 12, 1, 12, 0, 0);

  return koers_ical_write (plan, stamp, NULL);
}

/* The logical lines of @text, unfolded */
static char **
unfold (const char *text)
{
  g_autoptr(GString) joined = g_string_new (text);

  g_string_replace (joined, "\r\n ", "", 0);
  return g_strsplit (joined->str, "\r\n", -1);
}

static gboolean
has_line (char       **lines,
          const char  *line)
{
  return g_strv_contains ((const char *const *) lines, line);
}

static void
test_export_lines (void)
{
  g_autoptr(KoersPlan) plan = new_fixture ();
  g_autofree char *text = write_fixture (plan);
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) physical = NULL;
  g_autofree char *summary = NULL;
  guint folds = 0;

  /* CRLF everywhere, and the text ends with one */
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      g_assert_true (p > text && p[-1] == '\r');
    else if (*p == '\r')
      g_assert_true (p[1] == '\n');

  /* no line over 75 octets, none cut inside a character */
  physical = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; physical[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (physical[i]), <=, 75);
      g_assert_true (g_utf8_validate (physical[i], -1, NULL));
      if (physical[i][0] == ' ')
        folds++;
    }
  g_assert_cmpuint (folds, >=, 2);

  lines = unfold (text);
  g_assert_cmpstr (lines[0], ==, "BEGIN:VCALENDAR");
  g_assert_true (has_line (lines, "VERSION:2.0"));
  g_assert_true (has_line (lines, "METHOD:PUBLISH"));
  g_assert_true (has_line (lines, "X-WR-CALNAME:Bakkerij De Korenbloem\\, Utrecht"));
  g_assert_true (g_str_has_prefix (lines[2], "PRODID:-//Koers//Koers "));

  /* escaping of , ; \ and new lines */
  summary = g_strconcat ("SUMMARY:Café ☕ élan: ééééééééééééééééééééééé 😀😀😀😀😀😀😀😀😀😀😀😀😀 "
                         "brood\\, taart\\; en \\\\ meer", NULL);
  g_assert_true (has_line (lines, summary));
  g_assert_true (has_line (lines,
                           "DESCRIPTION:Regel één\\, met komma\\nRegel twee\\; puntkomma\\\\"));
  g_assert_true (has_line (lines, "UID:brood-van-de-week@koersplan.github.io"));
  g_assert_true (has_line (lines, "DTSTAMP:20261201T120000Z"));
  g_assert_true (has_line (lines, "CATEGORIES:Instagram"));
  g_assert_true (has_line (lines, "CATEGORIES:Promotion"));
  g_assert_true (has_line (lines, "STATUS:CONFIRMED"));
  g_assert_true (has_line (lines, "STATUS:TENTATIVE"));
  g_assert_true (has_line (lines, "X-KOERS-STATUS:ready"));

  /* all day: a DATE, and DTEND the next day */
  g_assert_true (has_line (lines, "DTSTART;VALUE=DATE:20270301"));
  g_assert_true (has_line (lines, "DTEND;VALUE=DATE:20270302"));

  /* timed: Amsterdam wall time with its zone */
  g_assert_true (has_line (lines, "DTSTART;TZID=Europe/Amsterdam:20270703T093000"));
  g_assert_true (has_line (lines, "DTEND;TZID=Europe/Amsterdam:20270703T094500"));
  g_assert_true (has_line (lines, "BEGIN:VTIMEZONE"));
  g_assert_true (has_line (lines, "TZID:Europe/Amsterdam"));
  g_assert_true (has_line (lines, "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"));
  g_assert_true (has_line (lines, "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"));

  /* the series: UNTIL in UTC for a timed start (23:59:59 CEST), EXDATEs
   * of the type of DTSTART, the moved occurrence as a RECURRENCE-ID */
  g_assert_true (has_line (lines, "RRULE:FREQ=WEEKLY;UNTIL=20270629T215959Z;BYDAY=TU"));
  g_assert_true (has_line (lines, "EXDATE;TZID=Europe/Amsterdam:20270316T093000"));
  g_assert_true (has_line (lines, "EXDATE;TZID=Europe/Amsterdam:20270406T093000"));
  g_assert_true (has_line (lines, "RECURRENCE-ID;TZID=Europe/Amsterdam:20270323T093000"));
  g_assert_true (has_line (lines, "DTSTART;TZID=Europe/Amsterdam:20270324T120000"));
  g_assert_true (has_line (lines, "RRULE:FREQ=MONTHLY;COUNT=12"));
  g_assert_true (has_line (lines, "EXDATE;VALUE=DATE:20270501"));
  g_assert_true (has_line (lines, "RECURRENCE-ID;VALUE=DATE:20270601"));
  g_assert_true (has_line (lines, "X-KOERS-ID:maandnieuws-juni"));
  /* the overrides carry the UID of their series */
  {
    guint n = 0;

    for (guint i = 0; lines[i] != NULL; i++)
      if (g_str_equal (lines[i], "UID:weekrecept@koersplan.github.io"))
        n++;
    g_assert_cmpuint (n, ==, 2);
  }
}

static void
test_export_parses_back (void)
{
  g_autoptr(KoersPlan) plan = new_fixture ();
  g_autofree char *text = write_fixture (plan);
  icalcomponent *root;
  icalcomponent *event;
  guint n = 0;

  icalerror_clear_errno ();
  root = icalparser_parse_string (text);
  g_assert_nonnull (root);
  g_assert_cmpint (icalcomponent_isa (root), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (root), ==, 0);
  /* icalrestriction_check() would want an ORGANIZER, which iTIP (RFC
   * 5546) asks of a PUBLISH sent to others; a published file needs none,
   * and Koers knows no address for it */

  for (event = icalcomponent_get_first_component (root, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (root, ICAL_VEVENT_COMPONENT))
    {
      if (n == 0)
        g_assert_cmpstr (icalcomponent_get_summary (event), ==, LONG_TITLE);
      n++;
    }
  g_assert_cmpuint (n, ==, 6);
  icalcomponent_free (root);
}

static void
assert_same_entry (KoersCalendarEntry *a,
                   KoersCalendarEntry *b)
{
  guint n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      GType type = pspecs[i]->value_type;

      g_value_init (&va, type);
      g_value_init (&vb, type);
      g_object_get_property (G_OBJECT (a), pspecs[i]->name, &va);
      g_object_get_property (G_OBJECT (b), pspecs[i]->name, &vb);
      g_test_message ("member %s", pspecs[i]->name);
      if (type == G_TYPE_DATE)
        {
          const GDate *da = g_value_get_boxed (&va);
          const GDate *db = g_value_get_boxed (&vb);

          g_assert_true ((da == NULL) == (db == NULL));
          if (da != NULL)
            g_assert_cmpint (g_date_compare (da, db), ==, 0);
        }
      else if (type == G_TYPE_STRV)
        g_assert_true (g_strv_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb)));
      else if (type == G_TYPE_STRING)
        g_assert_cmpstr (g_value_get_string (&va), ==, g_value_get_string (&vb));
      else
        g_assert_cmpint (g_param_values_cmp (pspecs[i], &va, &vb), ==, 0);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(KoersPlan) plan = new_fixture ();
  g_autoptr(KoersPlan) empty = koers_plan_new ();
  g_autofree char *text = write_fixture (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(KoersCalendarImport) again = NULL;
  GListModel *before = koers_plan_get_entries (plan);
  GListModel *after = koers_plan_get_entries (empty);
  guint added = 0, updated = 0;

  import = koers_ical_read (text, strlen (text), "plan.ics", empty, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 0);
  g_assert_cmpuint (import->notes->len, ==, 0);
  g_assert_true (koers_calendar_import_apply (import, empty, &added, &updated));
  g_assert_cmpuint (added, ==, 6);
  g_assert_cmpuint (updated, ==, 0);

  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
  for (guint i = 0; i < g_list_model_get_n_items (before); i++)
    {
      g_autoptr(KoersCalendarEntry) a = g_list_model_get_item (before, i);
      g_autoptr(KoersCalendarEntry) b = g_list_model_get_item (after, i);

      g_test_message ("entry %s", koers_calendar_entry_get_id (a));
      assert_same_entry (a, b);
    }

  /* a second import adds nothing and updates all */
  again = koers_ical_read (text, strlen (text), "plan.ics", empty, &error);
  g_assert_no_error (error);
  g_assert_true (koers_calendar_import_apply (again, empty, &added, &updated));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (updated, ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 6);

  /* and the file Koers writes of it is the same */
  {
    g_autofree char *text2 = write_fixture (empty);
    g_autofree char *text1 = NULL;

    g_autoptr(KoersChannel) channel = koers_channel_new ();

    /* the calendar's name and the channel's name come from the plan, not
     * from the entries: the import leaves them */
    text1 = write_fixture (plan);
    g_assert_cmpstr (text1, !=, text2);
    koers_plan_set_organisation (empty, koers_plan_get_organisation (plan));
    koers_channel_set_id (channel, "instagram");
    koers_channel_set_name (channel, "Instagram");
    koers_plan_append (empty, koers_plan_get_channels (empty), channel);
    g_free (text2);
    text2 = write_fixture (empty);
    g_assert_cmpstr (text1, ==, text2);
  }
}

/* Every TEXT value escapes a backslash, a semicolon, a comma and a line
 * break (RFC 5545 3.3.11): CATEGORIES (a list), the X- properties and
 * SUMMARY and DESCRIPTION; each comes back as it was */
static void
test_text_escapes (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersPlan) empty = koers_plan_new ();
  g_autoptr(KoersPlan) other = koers_plan_new ();
  g_autoptr(KoersChannel) channel = koers_channel_new ();
  g_autoptr(KoersChannel) wine = koers_channel_new ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) foreign = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  KoersCalendarEntry *entry;

  koers_plan_set_organisation (plan, "Bakker; \\ Zn, Utrecht");
  koers_channel_set_id (channel, "kaas");
  koers_channel_set_name (channel, "Kaas, wijn & meer");
  koers_plan_append (plan, koers_plan_get_channels (plan), channel);
  entry = add_entry (plan, "proeverij", "Kaas; wijn, \\ en\nmeer", 2027, 3, 5, 17 * 60);
  koers_calendar_entry_set_text (entry, "a,b;c\\d\ne\\,f");
  koers_calendar_entry_set_channel (entry, "kaas");
  koers_calendar_entry_set_rrule (entry, "FREQ=WEEKLY;COUNT=3");

  text = write_fixture (plan);
  lines = unfold (text);
  g_assert_true (has_line (lines, "X-WR-CALNAME:Bakker\\; \\\\ Zn\\, Utrecht"));
  g_assert_true (has_line (lines, "CATEGORIES:Kaas\\, wijn & meer"));
  g_assert_true (has_line (lines, "CATEGORIES:Value"));
  g_assert_true (has_line (lines, "SUMMARY:Kaas\\; wijn\\, \\\\ en\\nmeer"));
  g_assert_true (has_line (lines, "DESCRIPTION:a\\,b\\;c\\\\d\\ne\\\\\\,f"));
  g_assert_true (has_line (lines, "X-KOERS-RRULE:FREQ=WEEKLY\\;COUNT=3"));
  g_assert_true (has_line (lines, "RRULE:FREQ=WEEKLY;COUNT=3"));
  g_assert_true (has_line (lines, "X-KOERS-CHANNEL:kaas"));
  g_assert_true (has_line (lines, "UID:proeverij@koersplan.github.io"));

  /* back into an empty plan: the same entry */
  import = koers_ical_read (text, strlen (text), "kaas.ics", empty, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 0);
  g_assert_true (koers_calendar_import_apply (import, empty, NULL, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (empty)), ==, 1);
  {
    g_autoptr(KoersCalendarEntry) b = g_list_model_get_item (koers_plan_get_entries (empty), 0);

    assert_same_entry (entry, b);
  }
  g_clear_pointer (&import, koers_calendar_import_free);

  /* without Koers's own channel id, the category names the channel, its
   * comma and all; a list of categories is parted at its other commas */
  koers_channel_set_id (wine, "wijn");
  koers_channel_set_name (wine, "Kaas, wijn & meer");
  koers_plan_append (other, koers_plan_get_channels (other), wine);
  foreign = g_string_new (text);
  g_assert_cmpuint (g_string_replace (foreign, "X-KOERS-CHANNEL:kaas\r\n", "", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (foreign, "X-KOERS-KIND:value\r\n", "", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (foreign, "CATEGORIES:Value\r\n", "", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (foreign, "CATEGORIES:Kaas\\, wijn & meer\r\n",
                                      "CATEGORIES;LANGUAGE=nl:Promotion,Kaas\\, wijn & meer,"
                                      "Extra\r\n", 0), ==, 1);
  import = koers_ical_read (foreign->str, foreign->len, "kaas.ics", other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 0);
  g_assert_cmpuint (import->entries->len, ==, 1);
  entry = g_ptr_array_index (import->entries, 0);
  g_assert_cmpstr (koers_calendar_entry_get_channel (entry), ==, "wijn");
  g_assert_cmpint (koers_calendar_entry_get_kind (entry), ==, KOERS_CONTENT_KIND_PROMOTION);
  g_assert_cmpstr (koers_calendar_entry_get_title (entry), ==, "Kaas; wijn, \\ en\nmeer");
}

/* libical writes dates after 3000 as 00000000: Koers writes them itself */
static void
test_round_trip_far_years (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersPlan) empty = koers_plan_new ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) origin = g_date_new_dmy (11, 6, 4054);
  const char *exdates[] = { "4054-06-18", NULL };
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  KoersCalendarEntry *entry;

  entry = add_entry (plan, "ver", "Ver weg", 4054, 6, 4, 9 * 60 + 30);
  koers_calendar_entry_set_rrule (entry, "FREQ=WEEKLY;UNTIL=40541231");
  koers_calendar_entry_set_exdates (entry, exdates);
  entry = add_entry (plan, "ver-verzet", "Verzet", 4054, 6, 12, -1);
  koers_calendar_entry_set_series (entry, "ver");
  koers_calendar_entry_set_origin (entry, origin);
  add_entry (plan, "laatste", "De laatste dag", 9999, 12, 31, -1);

  text = write_fixture (plan);
  lines = unfold (text);
  g_assert_true (has_line (lines, "DTSTART;TZID=Europe/Amsterdam:40540604T093000"));
  g_assert_true (has_line (lines, "EXDATE;TZID=Europe/Amsterdam:40540618T093000"));
  g_assert_true (has_line (lines, "RECURRENCE-ID;TZID=Europe/Amsterdam:40540611T093000"));
  g_assert_true (has_line (lines, "DTSTART;VALUE=DATE:40540612"));
  g_assert_true (has_line (lines, "DTSTART;VALUE=DATE:99991231"));
  g_assert_true (has_line (lines, "DTEND;TZID=Europe/Amsterdam:40540604T094500"));
  g_assert_null (strstr (text, "00000000"));

  import = koers_ical_read (text, strlen (text), "ver.ics", empty, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 0);
  g_assert_true (koers_calendar_import_apply (import, empty, NULL, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (empty)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(KoersCalendarEntry) a = g_list_model_get_item (koers_plan_get_entries (plan), i);
      g_autoptr(KoersCalendarEntry) b = g_list_model_get_item (koers_plan_get_entries (empty), i);

      assert_same_entry (a, b);
    }
}

/* Hostile and foreign files ------------------------------------------------ */

/* Reads @data; checks it took less than a second, and that an import with
 * problems leaves a plan as it was. */
static KoersCalendarImport *
read_timed (const char  *data,
            gsize        length,
            GError     **error)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  gint64 start = g_get_monotonic_time ();
  KoersCalendarImport *import = koers_ical_read (data, length, "agenda.ics", plan, error);
  double seconds = (g_get_monotonic_time () - start) / 1e6;

  g_test_message ("read %" G_GSIZE_FORMAT " bytes in %.3f s", length, seconds);
  g_assert_cmpfloat (seconds, <, KOERS_TEST_HANG_SECONDS);
  if (import != NULL && import->problems->len > 0)
    {
      guint serial = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR);

      g_assert_false (koers_calendar_import_apply (import, plan, NULL, NULL));
      g_assert_cmpuint (koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR), ==, serial);
      g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (plan)), ==, 0);
    }
  return import;
}

static KoersCalendarImport *
read_text (const char *text,
           GError    **error)
{
  return read_timed (text, strlen (text), error);
}

static void
assert_refused (const char *data,
                gssize      length,
                int         code,
                const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCalendarImport) import =
    read_timed (data, length < 0 ? strlen (data) : (gsize) length, &error);

  g_assert_null (import);
  g_assert_error (error, KOERS_CALENDAR_IMPORT_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "“agenda.ics” cannot be imported: "));
  g_assert_nonnull (strstr (error->message, part));
}

static const KoersImportProblem *
problem (GPtrArray *list,
         guint      i)
{
  g_assert_cmpuint (i, <, list->len);
  return g_ptr_array_index (list, i);
}

#define EVENT(body) "BEGIN:VEVENT\r\nUID:e@x\r\n" body "END:VEVENT\r\n"
#define CALENDAR(body) "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" body "END:VCALENDAR\r\n"

static void
test_read_encoding (void)
{
  assert_refused (CALENDAR (EVENT ("SUMMARY:caf\xe9\r\n")), -1,
                  KOERS_CALENDAR_IMPORT_ERROR_ENCODING, "line 5 is not UTF-8");
  assert_refused ("BEGIN:VCALENDAR\r\nSUMMARY:a\0b\r\nEND:VCALENDAR\r\n", 41,
                  KOERS_CALENDAR_IMPORT_ERROR_ENCODING, "line 2 holds a null byte");
}

static void
test_read_syntax (void)
{
  assert_refused ("Subject,Start Date\r\nPost,2027-03-01\r\n", -1,
                  KOERS_CALENDAR_IMPORT_ERROR_SYNTAX, "line 1 is “Subject,Start Date”");
  assert_refused ("", 0, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX, "no BEGIN:VCALENDAR");
  /* unterminated */
  assert_refused ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" EVENT ("DTSTART:20270301\r\n"), -1,
                  KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                  "BEGIN:VCALENDAR of line 1 is never closed");
  assert_refused ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20270301\r\nEND:VCALENDAR\r\n", -1,
                  KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                  "line 4, END:VCALENDAR, does not close BEGIN:VEVENT of line 2");
}

static void
test_read_too_many_events (void)
{
  g_autoptr(GString) text = g_string_new ("BEGIN:VCALENDAR\r\n");

  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (text, "BEGIN:VEVENT\r\nUID:%u\r\nDTSTART;VALUE=DATE:20270301\r\n"
                            "END:VEVENT\r\n", i);
  g_string_append (text, "END:VCALENDAR\r\n");
  assert_refused (text->str, text->len, KOERS_CALENDAR_IMPORT_ERROR_TOO_LARGE,
                  "more than 100000 events");
}

static void
test_read_line_ends (void)
{
  const char *texts[] = {
    "\xef\xbb\xbf" CALENDAR (EVENT ("DTSTART;VALUE=DATE:20270301\r\nSUMMARY:Met BOM\r\n")),
    "BEGIN:VCALENDAR\rBEGIN:VEVENT\rUID:e@x\rDTSTART;VALUE=DATE:20270301\rSUMMARY:Alleen\r\n"
    "  CR\rEND:VEVENT\rEND:VCALENDAR\r",
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:e@x\nDTSTART;VALUE=DATE:20270301\nSUMMARY:Alleen\n  LF\n"
    "END:VEVENT\nEND:VCALENDAR",
  };
  const char *titles[] = { "Met BOM", "Alleen CR", "Alleen LF" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KoersCalendarImport) import = read_text (texts[i], &error);
      KoersCalendarEntry *entry;

      g_assert_no_error (error);
      g_assert_cmpuint (import->problems->len, ==, 0);
      g_assert_cmpuint (import->entries->len, ==, 1);
      entry = g_ptr_array_index (import->entries, 0);
      g_assert_cmpstr (koers_calendar_entry_get_title (entry), ==, titles[i]);
      g_assert_cmpint (koers_calendar_entry_get_time (entry), ==, -1);
      g_assert_cmpint (g_date_get_day (koers_calendar_entry_get_date (entry)), ==, 1);
    }
}

static void
test_read_endless_rule (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCalendarImport) import =
    read_text (CALENDAR ("BEGIN:VEVENT\r\nUID:s@x\r\nDTSTART:20270301T090000Z\r\n"
                         "RRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\n"), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 1);
  g_assert_cmpuint (problem (import->problems, 0)->line, ==, 3);
  g_assert_nonnull (strstr (problem (import->problems, 0)->message, "more often than daily"));
}

static void
test_read_years (void)
{
  const char *dates[] = { "00000101", "100000101" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text =
        g_strdup_printf (CALENDAR ("X-WR-CALNAME:x\r\n" EVENT ("DTSTART;VALUE=DATE:%s\r\n")),
                         dates[i]);
      g_autoptr(KoersCalendarImport) import = read_text (text, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (import->entries->len, ==, 0);
      g_assert_cmpuint (import->problems->len, ==, 1);
      g_assert_cmpuint (problem (import->problems, 0)->line, ==, 4);
      g_test_message ("%s", problem (import->problems, 0)->message);
    }
}

static void
test_read_huge_summary (void)
{
  g_autoptr(GString) text = g_string_new ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:big@x\r\n"
                                          "DTSTART;VALUE=DATE:20270301\r\nSUMMARY:");
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCalendarImport) import = NULL;

  for (guint i = 0; i < 10 * 1024 * 1024 / 64; i++)
    g_string_append (text, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  g_string_append (text, "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

  import = read_timed (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 1);
  g_assert_cmpuint (problem (import->problems, 0)->line, ==, 5);
  g_assert_nonnull (strstr (problem (import->problems, 0)->message, "longer than Koers reads"));
}

/* A Google- or Thunderbird-like file: zones, UTC, overrides, what is lost */
static void
test_read_foreign (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\n"
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
    "VERSION:2.0\r\n"
    "BEGIN:VTIMEZONE\r\n"                                      /* 4 */
    "TZID:America/New_York\r\n"
    "BEGIN:STANDARD\r\n"                                       /* 6 */
    "DTSTART:19701101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
    "END:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\n"                                       /* 12 */
    "DTSTART:19700308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
    "END:DAYLIGHT\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"                                         /* 19 */
    "UID:abc123@google.com\r\n"
    "DTSTART;TZID=America/New_York:20270301T090000\r\n"
    "SUMMARY:Webinar\r\n"
    "ATTENDEE;CN=Anna:mailto:anna@example.org\r\n"
    "BEGIN:VALARM\r\n"                                         /* 24 */
    "ACTION:DISPLAY\r\nTRIGGER:-PT10M\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"                                         /* 29 */
    "UID:weekly@google.com\r\n"
    "DTSTART:20270701T080000Z\r\n"
    "RRULE:FREQ=WEEKLY;UNTIL=20270826T080000Z\r\n"
    "EXDATE:20270708T080000Z\r\n"
    "SUMMARY:Zomerpost\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"                                         /* 36 */
    "UID:weekly@google.com\r\n"
    "RECURRENCE-ID:20270715T080000Z\r\n"
    "DTSTART:20270716T080000Z\r\n"
    "SUMMARY:Zomerpost (verzet)\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"                                         /* 42 */
    "UID:weekly@google.com\r\n"
    "RECURRENCE-ID:20270722T080000Z\r\n"
    "DTSTART:20270722T080000Z\r\n"
    "STATUS:CANCELLED\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"                                         /* 48 */
    "UID:beurs@x\r\n"
    "DTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270313\r\n"
    "SUMMARY:Beurs\r\nSTATUS:TENTATIVE\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VTODO\r\nUID:todo@x\r\nSUMMARY:Bellen\r\nEND:VTODO\r\n" /* 55 */
    "END:VCALENDAR\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCalendarImport) import = read_text (text, &error);
  g_autoptr(KoersCalendarImport) again = NULL;
  g_autofree char *report = NULL;
  KoersCalendarEntry *entry;

  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 0);
  report = koers_calendar_import_dup_report (import, 0);
  g_test_message ("%s", report);
  g_assert_cmpuint (import->notes->len, ==, 4);
  /* the VALARM's note comes first (it is read with its event), then the
   * attendee's; each with its component's line */
  g_assert_cmpuint (problem (import->notes, 0)->line, ==, 24);
  g_assert_cmpuint (problem (import->notes, 1)->line, ==, 19);
  g_assert_nonnull (strstr (problem (import->notes, 1)->message, "ATTENDEE"));
  g_assert_cmpuint (problem (import->notes, 2)->line, ==, 48);
  g_assert_nonnull (strstr (problem (import->notes, 2)->message, "until 2027-03-12"));
  g_assert_cmpuint (problem (import->notes, 3)->line, ==, 55);
  g_assert_nonnull (strstr (problem (import->notes, 3)->message, "VTODO"));
  g_assert_nonnull (strstr (report, "agenda.ics, line 55: "));

  g_assert_cmpuint (import->entries->len, ==, 4);
  /* 09:00 in New York is 15:00 in Amsterdam (both in winter time) */
  entry = g_ptr_array_index (import->entries, 0);
  g_assert_cmpstr (koers_calendar_entry_get_title (entry), ==, "Webinar");
  g_assert_cmpint (koers_calendar_entry_get_time (entry), ==, 15 * 60);
  g_assert_true (g_str_has_prefix (koers_calendar_entry_get_id (entry), "ics-"));
  g_assert_cmpint (koers_calendar_entry_get_status (entry), ==, KOERS_ENTRY_STATUS_PLANNED);

  /* 08:00 UTC is 10:00 in Amsterdam summer time; UNTIL becomes a day; the
   * cancelled occurrence an EXDATE */
  entry = g_ptr_array_index (import->entries, 1);
  g_assert_cmpint (koers_calendar_entry_get_time (entry), ==, 10 * 60);
  g_assert_cmpstr (koers_calendar_entry_get_rrule (entry), ==, "FREQ=WEEKLY;UNTIL=20270826");
  g_assert_cmpstr (koers_calendar_entry_get_exdates (entry)[0], ==, "2027-07-08");
  g_assert_cmpstr (koers_calendar_entry_get_exdates (entry)[1], ==, "2027-07-22");
  g_assert_null (koers_calendar_entry_get_exdates (entry)[2]);

  {
    KoersCalendarEntry *moved = g_ptr_array_index (import->entries, 2);

    g_assert_cmpstr (koers_calendar_entry_get_series (moved), ==,
                     koers_calendar_entry_get_id (entry));
    g_assert_cmpint (g_date_get_day (koers_calendar_entry_get_origin (moved)), ==, 15);
    g_assert_cmpint (g_date_get_day (koers_calendar_entry_get_date (moved)), ==, 16);
  }

  entry = g_ptr_array_index (import->entries, 3);
  g_assert_cmpstr (koers_calendar_entry_get_title (entry), ==, "Beurs");
  g_assert_cmpint (koers_calendar_entry_get_status (entry), ==, KOERS_ENTRY_STATUS_IDEA);

  /* the ids are stable: a second read gives the same */
  again = read_text (text, &error);
  for (guint i = 0; i < import->entries->len; i++)
    g_assert_cmpstr (koers_calendar_entry_get_id (g_ptr_array_index (import->entries, i)), ==,
                     koers_calendar_entry_get_id (g_ptr_array_index (again->entries, i)));
}

/* Control characters from a plan's text (JSON can hold them) are not
 * written: an iCalendar TEXT may hold the tab, no other. A MARK (the
 * writer's placeholder byte) among them changes nothing else. */
static void
test_control_characters (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersPlan) empty = koers_plan_new ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  KoersCalendarEntry *entry;

  koers_plan_set_organisation (plan, "Bakker\x01 0\x7f");
  entry = add_entry (plan, "brood", "Brood\x01 van\x1b[1m de\x7f week\tvers", 2027, 3, 5, -1);
  koers_calendar_entry_set_text (entry, "\x01" "0\x01\x02\x03 tekst\x1f");

  text = write_fixture (plan);
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\r' && *p != '\n' && *p != '\t')
      g_error ("control character 0x%02x at %" G_GSIZE_FORMAT, (guchar) *p, (gsize) (p - text));
    else
      g_assert_cmpint (*p, !=, 0x7f);
  lines = unfold (text);
  g_assert_true (has_line (lines, "X-WR-CALNAME:Bakker 0"));
  g_assert_true (has_line (lines, "SUMMARY:Brood van[1m de week\tvers"));
  g_assert_true (has_line (lines, "DESCRIPTION:0 tekst"));

  import = koers_ical_read (text, strlen (text), "brood.ics", empty, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 0);
  g_assert_true (koers_calendar_import_apply (import, empty, NULL, NULL));
  {
    g_autoptr(KoersCalendarEntry) back = g_list_model_get_item (koers_plan_get_entries (empty), 0);

    g_assert_cmpstr (koers_calendar_entry_get_title (back), ==, "Brood van[1m de week\tvers");
    g_assert_cmpstr (koers_calendar_entry_get_text (back), ==, "0 tekst");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ical/export/lines", test_export_lines);
  g_test_add_func ("/ical/export/parses-back", test_export_parses_back);
  g_test_add_func ("/ical/round-trip", test_round_trip);
  g_test_add_func ("/ical/round-trip/far-years", test_round_trip_far_years);
  g_test_add_func ("/ical/text-escapes", test_text_escapes);
  g_test_add_func ("/ical/control-characters", test_control_characters);
  g_test_add_func ("/ical/read/encoding", test_read_encoding);
  g_test_add_func ("/ical/read/syntax", test_read_syntax);
  g_test_add_func ("/ical/read/too-many-events", test_read_too_many_events);
  g_test_add_func ("/ical/read/line-ends", test_read_line_ends);
  g_test_add_func ("/ical/read/endless-rule", test_read_endless_rule);
  g_test_add_func ("/ical/read/years", test_read_years);
  g_test_add_func ("/ical/read/huge-summary", test_read_huge_summary);
  g_test_add_func ("/ical/read/foreign", test_read_foreign);

  return g_test_run ();
}
