/* test-calendar-csv.c: the calendar as a CSV table: the exported text byte
 * for byte, the round trip, every class of bad input with its line, and
 * files too large refused quickly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "koers-test-util.h"

#include <string.h>

#include "koers-calendar-csv.h"
#include "koers-calendar-entry.h"
#include "koers-calendar-import.h"
#include "koers-calendar-index.h"
#include "koers-channel.h"
#include "koers-role.h"
#include "koers-roles.h"
#include "koers-task.h"

#define BOM "\xef\xbb\xbf"
#define HEADER "date,time,channel,channel_name,title,text,kind,rose_part,owner,owner_name," \
               "status,hours,id,series\r\n"

static void
add_channel (KoersPlan  *plan,
             const char *id,
             const char *name)
{
  g_autoptr(KoersChannel) channel = koers_channel_new ();

  koers_channel_set_id (channel, id);
  koers_channel_set_name (channel, name);
  koers_plan_append (plan, koers_plan_get_channels (plan), channel);
}

static KoersCalendarEntry *
add_entry (KoersPlan  *plan,
           const char *id,
           int         month,
           int         day,
           const char *title)
{
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(GDate) date = g_date_new_dmy (day, month, 2027);

  koers_calendar_entry_set_id (entry, id);
  koers_calendar_entry_set_date (entry, date);
  koers_calendar_entry_set_title (entry, title);
  koers_plan_append (plan, koers_plan_get_entries (plan), entry);
  return entry;
}

/* A plan with two channels and a role, and nothing in the calendar */
static KoersPlan *
new_empty_plan (void)
{
  KoersPlan *plan = koers_plan_new ();
  g_autoptr(KoersRole) role = koers_role_new ();

  add_channel (plan, "instagram", "Instagram");
  add_channel (plan, "nieuwsbrief", "Nieuwsbrief, blog");
  koers_role_set_id (role, "eigenaar");
  koers_role_set_name (role, "Eigenaar");
  koers_plan_append (plan, koers_plan_get_roles (plan), role);
  return plan;
}

/* The fixture: quotes, commas and line breaks in the text, a weekly series
 * of three, an entry after March */
static KoersPlan *
new_plan (void)
{
  KoersPlan *plan = new_empty_plan ();
  KoersCalendarEntry *entry;

  entry = add_entry (plan, "post-1", 3, 1, "Brood, vers");
  koers_calendar_entry_set_time (entry, 9 * 60 + 30);
  koers_calendar_entry_set_channel (entry, "instagram");
  koers_calendar_entry_set_text (entry, "Zeg \"ja\" tegen brood");
  koers_calendar_entry_set_kind (entry, KOERS_CONTENT_KIND_PROMOTION);
  koers_calendar_entry_set_rose_part (entry, KOERS_ENTRY_PART_SENDING);
  koers_calendar_entry_set_owner (entry, "eigenaar");
  koers_calendar_entry_set_status (entry, KOERS_ENTRY_STATUS_PLANNED);
  koers_calendar_entry_set_hours (entry, 1.5);

  entry = add_entry (plan, "post-2", 3, 2, "Twee regels");
  koers_calendar_entry_set_text (entry, "regel een\nregel twee");

  entry = add_entry (plan, "recept", 3, 3, "Recept van de week");
  koers_calendar_entry_set_rrule (entry, "FREQ=WEEKLY;COUNT=3");
  koers_calendar_entry_set_channel (entry, "nieuwsbrief");
  koers_calendar_entry_set_time (entry, 7 * 60);

  add_entry (plan, "april", 4, 1, "Na maart");
  return plan;
}

static char *
write_range (KoersPlan *plan,
             int        month1,
             int        day1,
             int        month2,
             int        day2)
{
  g_autoptr(GDate) from = g_date_new_dmy (day1, month1, 2027);
  g_autoptr(GDate) to = g_date_new_dmy (day2, month2, 2027);

  g_autoptr(GError) error = NULL;
  char *csv = koers_calendar_csv_write (plan, from, to, &error);

  g_assert_no_error (error);
  return csv;
}

static const char march[] =
  BOM HEADER
  "2027-03-01,09:30,instagram,Instagram,\"Brood, vers\",\"Zeg \"\"ja\"\" tegen brood\","
  "promotion,sending,eigenaar,Eigenaar,planned,1.5,post-1,\r\n"
  "2027-03-02,,,,Twee regels,\"regel een\nregel twee\",value,none,,,idea,0,post-2,\r\n"
  "2027-03-03,07:00,nieuwsbrief,\"Nieuwsbrief, blog\",Recept van de week,,value,none,,,"
  "idea,0,recept-20270303,recept\r\n"
  "2027-03-10,07:00,nieuwsbrief,\"Nieuwsbrief, blog\",Recept van de week,,value,none,,,"
  "idea,0,recept-20270310,recept\r\n"
  "2027-03-17,07:00,nieuwsbrief,\"Nieuwsbrief, blog\",Recept van de week,,value,none,,,"
  "idea,0,recept-20270317,recept\r\n";

/* The text byte for byte: BOM, header, CRLF, quoting, the series expanded */
static void
test_write_fixture (void)
{
  g_autoptr(KoersPlan) plan = new_plan ();
  g_autofree char *csv = write_range (plan, 3, 1, 3, 31);
  g_autofree char *part = write_range (plan, 3, 9, 3, 10);
  g_autofree char *none = write_range (plan, 5, 1, 5, 31);

  g_assert_cmpstr (csv, ==, march);
  /* the range: one occurrence of the series */
  g_assert_cmpstr (part, ==, BOM HEADER
                   "2027-03-10,07:00,nieuwsbrief,\"Nieuwsbrief, blog\",Recept van de week,,"
                   "value,none,,,idea,0,recept-20270310,recept\r\n");
  g_assert_cmpstr (none, ==, BOM HEADER);
}

static KoersCalendarImport *
read_text (KoersPlan   *plan,
           const char  *text,
           gssize       length,
           GError     **error)
{
  return koers_calendar_csv_read (text, length < 0 ? strlen (text) : (gsize) length,
                                  "posts.csv", plan, error);
}

/* Drops the last field (series) of every line of a table without line
 * breaks within fields */
static char *
without_series (const char *csv)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *comma = strrchr (lines[i], ',');

      if (comma != NULL)
        *comma = '\0';
      g_string_append_printf (out, "%s|", lines[i]);
    }
  return g_string_free (out, FALSE);
}

/* Exported, imported into a plan without the entries, exported again:
 * the same occurrences; the series' rows come back as single entries */
static void
test_round_trip (void)
{
  g_autoptr(KoersPlan) plan = new_plan ();
  g_autoptr(KoersPlan) other = new_empty_plan ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = write_range (plan, 3, 1, 3, 31);
  g_autofree char *again = NULL;
  g_autofree char *a = NULL, *b = NULL;
  guint added = 0, updated = 0;

  import = read_text (other, csv, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 0);
  g_assert_cmpuint (import->notes->len, ==, 0);
  g_assert_cmpuint (import->entries->len, ==, 5);
  g_assert_true (koers_calendar_import_apply (import, other, &added, &updated));
  g_assert_cmpuint (added, ==, 5);
  g_assert_cmpuint (updated, ==, 0);

  again = write_range (other, 3, 1, 3, 31);
  a = without_series (csv);
  b = without_series (again);
  g_assert_cmpstr (a, ==, b);
  /* CSV carries occurrences, not rules */
  g_assert_nonnull (strstr (again, ",recept-20270310,\r\n"));

  /* a second import of the same table updates, and adds nothing */
  {
    g_autoptr(KoersCalendarImport) second = read_text (other, csv, -1, &error);

    g_assert_no_error (error);
    g_assert_true (koers_calendar_import_apply (second, other, &added, &updated));
    g_assert_cmpuint (added, ==, 0);
    g_assert_cmpuint (updated, ==, 5);
    g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (other)), ==, 5);
  }
}

/* Into the plan it came from: the series' unchanged rows are left out, a
 * changed one replaces its occurrence ("only this one") */
static void
test_reimport_into_same_plan (void)
{
  g_autoptr(KoersPlan) plan = new_plan ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = write_range (plan, 3, 1, 3, 31);
  g_autofree char *changed = NULL;
  g_autofree char *after = NULL;
  guint added = 0, updated = 0;
  char *at;

  import = read_text (plan, csv, -1, &error);
  g_assert_no_error (error);
  g_assert_true (koers_calendar_import_apply (import, plan, &added, &updated));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (updated, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (plan)), ==, 4);
  after = write_range (plan, 3, 1, 3, 31);
  g_assert_cmpstr (after, ==, march);
  g_clear_pointer (&after, g_free);

  /* the second occurrence gets a title of its own and moves a day on */
  changed = g_strdup (csv);
  at = strstr (changed, "2027-03-10,07:00,nieuwsbrief,\"Nieuwsbrief, blog\",Recept van de week");
  g_assert_nonnull (at);
  memcpy (at, "2027-03-11", 10);
  at = strstr (at, "Recept van de week");
  memcpy (at, "Recept van de dag!", 18);
  {
    g_autoptr(KoersCalendarImport) second = read_text (plan, changed, -1, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (second->entries->len, ==, 3);
    g_assert_true (koers_calendar_import_apply (second, plan, &added, &updated));
    g_assert_cmpuint (added, ==, 1);
    g_assert_cmpuint (updated, ==, 2);
  }
  after = write_range (plan, 3, 1, 3, 31);
  g_assert_nonnull (strstr (after, "2027-03-11,07:00,nieuwsbrief,\"Nieuwsbrief, blog\","
                                   "Recept van de dag!,,value,none,,,idea,0,"
                                   "recept-20270310,recept\r\n"));
  g_assert_null (strstr (after, "2027-03-10"));
  g_assert_nonnull (strstr (after, ",recept-20270317,recept\r\n"));

  /* and once more: the override is updated, not added again */
  {
    g_autoptr(KoersCalendarImport) third = read_text (plan, after, -1, &error);

    g_assert_no_error (error);
    g_assert_true (koers_calendar_import_apply (third, plan, &added, &updated));
    g_assert_cmpuint (added, ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (plan)), ==, 5);
  }
}

/* Texts a spreadsheet would run as formulas get a single quote in front,
 * numbers never; the import takes the quote away again */
static void
test_formula_injection (void)
{
  g_autoptr(KoersPlan) plan = new_empty_plan ();
  g_autoptr(KoersPlan) other = new_empty_plan ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersTask) task = koers_task_new ();
  g_autofree char *csv = NULL, *again = NULL, *roles = NULL;
  KoersCalendarEntry *entry;
  GListModel *entries;
  static const char *const titles[] = {
    "=1+1", "-korting", "@naam", "+31 6 12345678", "\tingesprongen", "'=al een quote",
    "'gewoon", "a=b",
  };
  guint added = 0, updated = 0;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *id = g_strdup_printf ("post-%u", i + 1);

      entry = add_entry (plan, id, 3, i + 1, titles[i]);
      koers_calendar_entry_set_hours (entry, 1.5);
    }
  koers_calendar_entry_set_text (entry, "=HYPERLINK(\"https://example.org\",\"klik\")");
  koers_calendar_entry_set_owner (entry, "eigenaar");

  csv = write_range (plan, 3, 1, 3, 31);
  g_assert_cmpstr (csv, ==, BOM HEADER
                   "2027-03-01,,,,'=1+1,,value,none,,,idea,1.5,post-1,\r\n"
                   "2027-03-02,,,,'-korting,,value,none,,,idea,1.5,post-2,\r\n"
                   "2027-03-03,,,,'@naam,,value,none,,,idea,1.5,post-3,\r\n"
                   "2027-03-04,,,,'+31 6 12345678,,value,none,,,idea,1.5,post-4,\r\n"
                   "2027-03-05,,,,'\tingesprongen,,value,none,,,idea,1.5,post-5,\r\n"
                   "2027-03-06,,,,''=al een quote,,value,none,,,idea,1.5,post-6,\r\n"
                   "2027-03-07,,,,'gewoon,,value,none,,,idea,1.5,post-7,\r\n"
                   "2027-03-08,,,,a=b,\"'=HYPERLINK(\"\"https://example.org\"\",\"\"klik\"\")\","
                   "value,none,eigenaar,Eigenaar,idea,1.5,post-8,\r\n");

  /* back: the same titles and text, and the same table again */
  import = read_text (other, csv, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 0);
  g_assert_true (koers_calendar_import_apply (import, other, &added, &updated));
  g_assert_cmpuint (added, ==, G_N_ELEMENTS (titles));
  entries = koers_plan_get_entries (other);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *id = g_strdup_printf ("post-%u", i + 1);
      KoersCalendarEntry *found = NULL;

      for (guint j = 0; j < G_N_ELEMENTS (titles); j++)
        {
          g_autoptr(KoersCalendarEntry) item = g_list_model_get_item (entries, j);

          if (g_str_equal (koers_calendar_entry_get_id (item), id))
            found = item;
        }
      g_assert_nonnull (found);
      g_assert_cmpstr (koers_calendar_entry_get_title (found), ==, titles[i]);
      g_assert_cmpfloat (koers_calendar_entry_get_hours (found), ==, 1.5);
      if (i + 1 == G_N_ELEMENTS (titles))
        g_assert_cmpstr (koers_calendar_entry_get_text (found), ==,
                         "=HYPERLINK(\"https://example.org\",\"klik\")");
    }
  again = write_range (other, 3, 1, 3, 31);
  g_assert_cmpstr (again, ==, csv);

  /* a quote Koers did not put there stays, and so does one before a text
   * that is no formula */
  {
    g_autoptr(KoersCalendarImport) typed =
      read_text (other, "date,title,text\r\n2027-05-01,'x,'=y\r\n", -1, &error);
    KoersCalendarEntry *first;

    g_assert_no_error (error);
    g_assert_cmpuint (typed->entries->len, ==, 1);
    first = g_ptr_array_index (typed->entries, 0);
    g_assert_cmpstr (koers_calendar_entry_get_title (first), ==, "'x");
    g_assert_cmpstr (koers_calendar_entry_get_text (first), ==, "=y");
  }

  /* the RACI table shares the field helper: its names get the quote, its
   * hours (a number) do not */
  koers_task_set_name (task, "=SUM(A1:A9)");
  koers_task_set_hours_per_week (task, 2);
  koers_plan_append (plan, koers_plan_get_tasks (plan), task);
  {
    g_autoptr(KoersRole) role = koers_role_new ();

    koers_role_set_id (role, "team");
    koers_role_set_name (role, "@team");
    koers_plan_append (plan, koers_plan_get_roles (plan), role);
  }
  roles = koers_roles_to_csv (plan, FALSE);
  g_assert_true (g_str_has_suffix (roles, ",Eigenaar,'@team\r\n'=SUM(A1:A9),2,,\r\n"));
}

/* Counts the rows of a table without line breaks in its fields */
static guint
count_rows (const char *csv)
{
  guint n = 0;

  /* by bytes: strstr() from each row on would be quadratic under ASan,
   * whose strstr() measures the whole rest each time */
  for (const char *p = csv; *p != '\0'; p++)
    if (p[0] == '\r' && p[1] == '\n')
      n++;
  return n - 1;  /* the header */
}

/* A table has every occurrence of its range: far more than the views'
 * 4000 of a series, by libical and by Koers's own arithmetic */
static void
test_write_every_occurrence (void)
{
  g_autoptr(KoersPlan) plan = new_empty_plan ();
  g_autoptr(GDate) from = g_date_new_dmy (1, 1, 2027);
  g_autoptr(GDate) to = g_date_new_dmy (31, 12, 2046);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) shown = NULL;
  g_autofree char *csv = NULL;
  KoersCalendarEntry *entry;
  guint days = g_date_get_julian (to) - g_date_get_julian (from) + 1;

  g_assert_cmpuint (days, ==, 7305);
  entry = add_entry (plan, "elke-dag", 1, 1, "Elke dag");
  koers_calendar_entry_set_rrule (entry, "FREQ=DAILY");
  entry = add_entry (plan, "werkdagen", 1, 1, "Alle dagen van de week");
  koers_calendar_entry_set_rrule (entry, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU");

  /* the views still see at most 4000 of a series */
  shown = koers_calendar_index_query (koers_calendar_index_get_for_plan (plan), from, to);
  g_assert_cmpuint (shown->len, ==, 2 * KOERS_CALENDAR_INDEX_MAX_PER_SERIES);

  csv = koers_calendar_csv_write (plan, from, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (csv), ==, 2 * days);
  g_assert_true (g_str_has_prefix (csv, BOM HEADER
                                   "2027-01-01,,,,Alle dagen van de week,,value,none,,,idea,0,"
                                   "werkdagen-20270101,werkdagen\r\n"
                                   "2027-01-01,,,,Elke dag,,value,none,,,idea,0,"
                                   "elke-dag-20270101,elke-dag\r\n"));
  g_assert_true (g_str_has_suffix (csv,
                                   "2046-12-31,,,,Alle dagen van de week,,value,none,,,idea,0,"
                                   "werkdagen-20461231,werkdagen\r\n"
                                   "2046-12-31,,,,Elke dag,,value,none,,,idea,0,"
                                   "elke-dag-20461231,elke-dag\r\n"));
  g_assert_nonnull (strstr (csv, ",elke-dag-20381019,"));
}

/* What cannot be written whole is not written: more rows than an import
 * takes, or a rule that libical cannot follow over the range */
static void
test_write_too_many (void)
{
  g_autoptr(KoersPlan) plan = new_empty_plan ();
  g_autoptr(KoersPlan) daily = new_empty_plan ();
  g_autoptr(GDate) from = g_date_new_dmy (1, 1, 1);
  g_autoptr(GDate) to = g_date_new_dmy (31, 12, 9999);
  g_autoptr(GDate) from_2000 = g_date_new_dmy (1, 1, 2000);
  g_autoptr(GDate) to_2999 = g_date_new_dmy (31, 12, 2999);
  g_autoptr(GDate) to_2499 = g_date_new_dmy (31, 12, 2499);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  KoersCalendarEntry *entry;
  gint64 start;

  entry = add_entry (plan, "altijd", 1, 1, "Elke dag, altijd");
  {
    g_autoptr(GDate) first = g_date_new_dmy (1, 1, 1);

    koers_calendar_entry_set_date (entry, first);
  }
  koers_calendar_entry_set_rrule (entry, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU");

  start = g_get_monotonic_time ();
  csv = koers_calendar_csv_write (plan, from, to, &error);
  g_test_message ("refused in %.3f s", (g_get_monotonic_time () - start) / 1e6);
  g_assert_null (csv);
  g_assert_error (error, KOERS_CALENDAR_INDEX_ERROR, KOERS_CALENDAR_INDEX_ERROR_TOO_MANY);
  g_assert_cmpstr (error->message, ==,
                   "From 0001-01-01 to 9999-12-31 the calendar has more than 1000000 posts, "
                   "more than Koers writes at once: the series “Elke dag, altijd” (altijd) "
                   "passes that number. Choose fewer days.");
  g_clear_error (&error);

  /* a daily rule over a thousand years: more than libical is asked to walk */
  entry = add_entry (daily, "duizend-jaar", 1, 1, "Duizend jaar");
  {
    g_autoptr(GDate) first = g_date_new_dmy (1, 1, 2000);

    koers_calendar_entry_set_date (entry, first);
  }
  koers_calendar_entry_set_rrule (entry, "FREQ=DAILY");
  csv = koers_calendar_csv_write (daily, from_2000, to_2999, &error);
  g_assert_null (csv);
  g_assert_error (error, KOERS_CALENDAR_INDEX_ERROR, KOERS_CALENDAR_INDEX_ERROR_INCOMPLETE);
  g_assert_cmpstr (error->message, ==,
                   "Koers cannot work out every post of the series “Duizend jaar” "
                   "(duizend-jaar) from 2000-01-01 to 2999-12-31: it follows a rule for at most "
                   "200000 steps from the first day asked for, and a rule with a count for at "
                   "most a hundred years from its start. Choose fewer days.");
  g_clear_error (&error);

  /* a range it can follow is written whole: 182622 days */
  csv = koers_calendar_csv_write (daily, from_2000, to_2499, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (csv), ==, 182622);
  g_clear_pointer (&csv, g_free);

  /* a count beyond a hundred years is not followed to its end */
  koers_calendar_entry_set_rrule (entry, "FREQ=DAILY;COUNT=40000");
  csv = koers_calendar_csv_write (daily, from_2000, to_2499, &error);
  g_assert_null (csv);
  g_assert_error (error, KOERS_CALENDAR_INDEX_ERROR, KOERS_CALENDAR_INDEX_ERROR_INCOMPLETE);
  g_clear_error (&error);
  koers_calendar_entry_set_rrule (entry, "FREQ=DAILY;COUNT=30000");
  csv = koers_calendar_csv_write (daily, from_2000, to_2499, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (csv), ==, 30000);
}

static void
assert_problem (KoersCalendarImport *import,
                guint                index,
                guint                line,
                const char          *message)
{
  const KoersImportProblem *problem;

  g_assert_cmpuint (index, <, import->problems->len);
  problem = g_ptr_array_index (import->problems, index);
  g_assert_cmpstr (problem->message, ==, message);
  g_assert_cmpuint (problem->line, ==, line);
}

/* Every row is checked and each bad one named by the line it begins on,
 * counting the line breaks within quoted fields */
static void
test_read_row_problems (void)
{
  g_autoptr(KoersPlan) plan = new_plan ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  guint serial = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR);
  guint n_entries = g_list_model_get_n_items (koers_plan_get_entries (plan));
  const char *text =
    "date,time,title,channel,status,kind,rose_part,hours,id\n"
    "2027-03-05,,\"Drie\nregels\nlang\",instagram,,,,,\n"           /* 2-4: good */
    "2027-02-30,,Geen dag,,,,,,\n"                                 /* 5 */
    "0000-03-01,,Jaar nul,,,,,,\n"                                 /* 6 */
    "10000-03-01,,Jaar tienduizend,,,,,,\n"                        /* 7 */
    "1-3-27,,Kort jaar,,,,,,\n"                                    /* 8 */
    "2027-03-01,25:00,Te laat,,,,,,\n"                             /* 9 */
    "2027-03-01,9.30,Punt,,,,,,\n"                                 /* 10 */
    "2027-03-01,,Onbekend kanaal,tiktok,,,,,\n"                    /* 11 */
    "2027-03-01,,Onbekende status,,bezig,,,,\n"                    /* 12 */
    "2027-03-01,,,,,,,,\n"                                         /* 13 */
    "2027-03-01,,Soort,,,reclame,,,\n"                             /* 14 */
    "2027-03-01,,Deel,,,,bloeien,,\n"                              /* 15 */
    "2027-03-01,,Uren,,,,,veel,\n"                                 /* 16 */
    "2027-03-01,,Id,,,,,,Hoofd_Letter\n"                           /* 17 */
    "2027-03-01,,Dubbel,,,,,,een-id\n"                             /* 18 */
    "2027-03-01,,Dubbel,,,,,,een-id\n"                             /* 19 */
    "2027-03-01,,Te veel,,,,,,,extra\n"                            /* 20 */
    ",,Zonder datum,tiktok,,,,,\n";                                /* 21 */

  import = read_text (plan, text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 16);
  assert_problem (import, 0, 5, "the date “2027-02-30” is not a day of the calendar");
  assert_problem (import, 1, 6, "the date “0000-03-01” is not in the years 1 to 9999");
  assert_problem (import, 2, 7, "the date “10000-03-01” is not in the years 1 to 9999");
  assert_problem (import, 3, 8, "the date “1-3-27” is not a date: write it as 2027-03-01");
  assert_problem (import, 4, 9, "the time “25:00” is not a time: write it as 09:30");
  assert_problem (import, 5, 10, "the time “9.30” is not a time: write it as 09:30");
  assert_problem (import, 6, 11, "the plan has no channel “tiktok”");
  assert_problem (import, 7, 12,
                  "the status “bezig” is not one of idea, planned, ready and published");
  assert_problem (import, 8, 13, "the title is missing");
  assert_problem (import, 9, 14, "the kind “reclame” is not value or promotion");
  assert_problem (import, 10, 15, "the rose part “bloeien” is not one of none, listening, "
                                  "responding, sending, activating and organising");
  assert_problem (import, 11, 16, "the hours “veel” are not a number from 0 to 1000");
  assert_problem (import, 12, 17, "the id “Hoofd_Letter” is not an id of Koers (lower-case "
                                  "letters and digits, joined by dashes)");
  assert_problem (import, 13, 19, "the id “een-id” is on line 18 too");
  assert_problem (import, 14, 20, "the row has 10 fields, the header row names 9 columns");
  /* all that is wrong with a row, in one line */
  assert_problem (import, 15, 21, "the date is missing; the plan has no channel “tiktok”");
  /* a refused import keeps no entries */
  g_assert_cmpuint (import->entries->len, ==, 0);

  report = koers_calendar_import_dup_report (import, 2);
  g_assert_cmpstr (report, ==,
                   "posts.csv, line 5: the date “2027-02-30” is not a day of the calendar\n"
                   "posts.csv, line 6: the date “0000-03-01” is not in the years 1 to 9999\n"
                   "… and 14 more\n");

  /* nothing half-imported */
  g_assert_false (koers_calendar_import_apply (import, plan, NULL, NULL));
  g_assert_cmpuint (koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR), ==, serial);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (plan)), ==, n_entries);
}

/* The values as a Dutch user or spreadsheet writes them */
static void
test_read_dutch_values (void)
{
  g_autoptr(KoersPlan) plan = new_empty_plan ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;
  KoersCalendarEntry *entry;
  const char *text =
    " Date ,TITLE,channel,status,kind,rose_part,hours,owner,time\r\n"
    "1-3-2027,Open dag,\" nieuwsbrief, BLOG \",Gepland,Promotie,Zenden,\"1,5\",eigenaar,9:05:00\r\n"
    "2027-03-02,Tweede,INSTAGRAM,klaar,waarde,geen roosdeel,2,Eigenaar,\r\n";

  import = read_text (plan, text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 0);
  g_assert_cmpuint (import->entries->len, ==, 2);

  entry = g_ptr_array_index (import->entries, 0);
  g_assert_cmpuint (g_date_get_day (koers_calendar_entry_get_date (entry)), ==, 1);
  g_assert_cmpuint (g_date_get_month (koers_calendar_entry_get_date (entry)), ==, 3);
  g_assert_cmpuint (g_date_get_year (koers_calendar_entry_get_date (entry)), ==, 2027);
  g_assert_cmpstr (koers_calendar_entry_get_title (entry), ==, "Open dag");
  g_assert_cmpstr (koers_calendar_entry_get_channel (entry), ==, "nieuwsbrief");
  g_assert_cmpint (koers_calendar_entry_get_status (entry), ==, KOERS_ENTRY_STATUS_PLANNED);
  g_assert_cmpint (koers_calendar_entry_get_kind (entry), ==, KOERS_CONTENT_KIND_PROMOTION);
  g_assert_cmpint (koers_calendar_entry_get_rose_part (entry), ==, KOERS_ENTRY_PART_SENDING);
  g_assert_cmpfloat (koers_calendar_entry_get_hours (entry), ==, 1.5);
  g_assert_cmpstr (koers_calendar_entry_get_owner (entry), ==, "eigenaar");
  g_assert_cmpint (koers_calendar_entry_get_time (entry), ==, 9 * 60 + 5);

  entry = g_ptr_array_index (import->entries, 1);
  g_assert_cmpstr (koers_calendar_entry_get_channel (entry), ==, "instagram");
  g_assert_cmpint (koers_calendar_entry_get_status (entry), ==, KOERS_ENTRY_STATUS_READY);
  g_assert_cmpint (koers_calendar_entry_get_rose_part (entry), ==, KOERS_ENTRY_PART_NONE);
  g_assert_cmpstr (koers_calendar_entry_get_owner (entry), ==, "eigenaar");
  g_assert_cmpint (koers_calendar_entry_get_time (entry), ==, -1);
}

/* A table as Excel or LibreOffice in a Dutch locale saves it: semicolons
 * between the fields, a decimal comma, commas in the text */
static void
test_read_semicolons (void)
{
  g_autoptr(KoersPlan) plan = new_empty_plan ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;
  KoersCalendarEntry *entry;

  import = read_text (plan, BOM "date;time;title;channel;hours\r\n"
                      "1-3-2027;09:30;Open dag, met koffie;Nieuwsbrief, blog;1,5\r\n"
                      "2027-03-02;;\"Twee; drie\";;\r\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 0);
  g_assert_cmpuint (import->entries->len, ==, 2);
  entry = g_ptr_array_index (import->entries, 0);
  g_assert_cmpstr (koers_calendar_entry_get_title (entry), ==, "Open dag, met koffie");
  g_assert_cmpstr (koers_calendar_entry_get_channel (entry), ==, "nieuwsbrief");
  g_assert_cmpfloat (koers_calendar_entry_get_hours (entry), ==, 1.5);
  entry = g_ptr_array_index (import->entries, 1);
  g_assert_cmpstr (koers_calendar_entry_get_title (entry), ==, "Twee; drie");
}

static void
assert_refused (const char *text,
                gssize      length,
                int         code,
                const char *message)
{
  g_autoptr(KoersPlan) plan = new_plan ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = read_text (plan, text, length, &error);
  g_assert_null (import);
  g_assert_error (error, KOERS_CALENDAR_IMPORT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* Files refused as a whole, with the file and the line */
static void
test_read_file_errors (void)
{
  assert_refused ("date,title\r\n2027-03-01,\"Begint\r\nhier,2027-03-02,x\r\n2027-03-03,y\r\n",
                  -1, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                  "Koers cannot import “posts.csv”: the quoted field that begins on line 2 "
                  "has no closing quote.");
  assert_refused ("date,title\n2027-03-01,\"Dicht\"open\n", -1,
                  KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                  "Koers cannot import “posts.csv”: on line 2, a quoted field is followed by "
                  "text after its closing quote. Double a quote within a quoted field (\"\").");
  assert_refused ("date,title\n2027-03-01,a\n2027-03-02,b\0c\n",
                  sizeof ("date,title\n2027-03-01,a\n2027-03-02,b\0c\n") - 1,
                  KOERS_CALENDAR_IMPORT_ERROR_ENCODING,
                  "Koers cannot import “posts.csv”: line 3 holds a NUL byte, so it is no CSV "
                  "text.");
  /* Latin-1, as an old spreadsheet saves it */
  assert_refused ("date,title\r\n2027-03-01,\"Twee\r\nregels\"\r\n2027-03-02,Caf\xe9\r\n", -1,
                  KOERS_CALENDAR_IMPORT_ERROR_ENCODING,
                  "Koers cannot import “posts.csv”: line 4 is not UTF-8 text. Save the table "
                  "as CSV with the character set Unicode (UTF-8).");
  assert_refused ("", 0, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                  "Koers cannot import “posts.csv”: it is empty. A CSV table of posts begins "
                  "with a row that names the columns, as in date,title.");
  assert_refused (BOM "\r\n\r\n", -1, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                  "Koers cannot import “posts.csv”: it is empty. A CSV table of posts begins "
                  "with a row that names the columns, as in date,title.");
  assert_refused ("datum;titel\n2027-03-01;x\n", -1, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                  "Koers cannot import “posts.csv”: its first row names no column “date”. The "
                  "first row names the columns, at least date and title.");
  assert_refused ("date,title,Title\n", -1, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                  "Koers cannot import “posts.csv”: the header row on line 1 names the column "
                  "“title” twice.");
}

/* A byte order mark and CR-only line ends are read; line numbers count CR */
static void
test_read_bom_and_cr (void)
{
  g_autoptr(KoersPlan) plan = new_empty_plan ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(KoersCalendarImport) bad = NULL;
  g_autoptr(GError) error = NULL;
  KoersCalendarEntry *entry;

  import = read_text (plan, BOM "date,title,text,colour\r2027-03-01,Een,\"a\rb\",rood\r"
                      "\r2027-03-02,Twee,,\r", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 0);
  g_assert_cmpuint (import->entries->len, ==, 2);
  entry = g_ptr_array_index (import->entries, 0);
  g_assert_cmpstr (koers_calendar_entry_get_title (entry), ==, "Een");
  /* a line break within a field is kept as LF */
  g_assert_cmpstr (koers_calendar_entry_get_text (entry), ==, "a\nb");
  /* the unknown column is a note, on the header's line */
  g_assert_cmpuint (import->notes->len, ==, 1);
  g_assert_cmpstr (((KoersImportProblem *) g_ptr_array_index (import->notes, 0))->message, ==,
                   "Koers has no column “colour”; it was left out.");

  bad = read_text (plan, "date,title\r2027-03-01,\"Een\rtwee\"\r\r2027-13-01,Drie\r", -1,
                   &error);
  g_assert_no_error (error);
  assert_problem (bad, 0, 5, "the date “2027-13-01” is not a day of the calendar");
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

/* More than a million rows, or a 10 MB field: refused at once, without
 * reading the rows */
static void
test_read_too_large (void)
{
  g_autoptr(KoersPlan) plan = new_plan ();
  g_autoptr(GString) rows = g_string_new ("date,title\n");
  g_autoptr(GString) cell = g_string_new ("date,title\n2027-03-01,x\n2027-03-02,\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCalendarImport) import = NULL;
  gint64 start;

  for (guint i = 0; i <= KOERS_CALENDAR_CSV_MAX_ROWS; i++)
    g_string_append (rows, "2027-03-01,x\n");
  start = g_get_monotonic_time ();
  import = read_text (plan, rows->str, rows->len, &error);
  g_assert_null (import);
  g_assert_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "Koers cannot import “posts.csv”: it has more than 1000000 rows.");
  g_test_message ("1000001 rows (%zu bytes) refused in %.3f s", rows->len, seconds_since (start));
  g_assert_cmpfloat (seconds_since (start), <, KOERS_TEST_HANG_SECONDS);
  g_clear_error (&error);

  {
    gsize start_len = cell->len;

    g_string_set_size (cell, start_len + 10 * 1024 * 1024);
    memset (cell->str + start_len, 'a', 10 * 1024 * 1024);
  }
  g_string_append (cell, "\"\n");
  start = g_get_monotonic_time ();
  import = read_text (plan, cell->str, cell->len, &error);
  g_assert_null (import);
  g_assert_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "Koers cannot import “posts.csv”: the field that begins on line 3 is "
                   "larger than 1 MB.");
  g_test_message ("a 10 MB field refused in %.3f s", seconds_since (start));
  g_assert_cmpfloat (seconds_since (start), <, KOERS_TEST_HANG_SECONDS);
}

/* Many bad rows: the first thousand are listed and the rest counted, in
 * linear time */
static void
test_read_many_problems (void)
{
  g_autoptr(KoersPlan) plan = new_plan ();
  g_autoptr(GString) rows = g_string_new ("date,title\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCalendarImport) import = NULL;
  gint64 start;

  for (guint i = 0; i < 20000; i++)
    g_string_append (rows, "2027-02-30,x\n");
  start = g_get_monotonic_time ();
  import = read_text (plan, rows->str, rows->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->problems->len, ==, 1001);
  assert_problem (import, 999, 1001, "the date “2027-02-30” is not a day of the calendar");
  assert_problem (import, 1000, 0, "19000 more rows cannot be imported either.");
  g_assert_cmpuint (import->entries->len, ==, 0);
  g_test_message ("20000 bad rows read in %.3f s", seconds_since (start));
  g_assert_cmpfloat (seconds_since (start), <, KOERS_TEST_HANG_SECONDS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar-csv/write/fixture", test_write_fixture);
  g_test_add_func ("/calendar-csv/round-trip", test_round_trip);
  g_test_add_func ("/calendar-csv/reimport-same-plan", test_reimport_into_same_plan);
  g_test_add_func ("/calendar-csv/formula-injection", test_formula_injection);
  g_test_add_func ("/calendar-csv/write/every-occurrence", test_write_every_occurrence);
  g_test_add_func ("/calendar-csv/write/too-many", test_write_too_many);
  g_test_add_func ("/calendar-csv/read/row-problems", test_read_row_problems);
  g_test_add_func ("/calendar-csv/read/dutch-values", test_read_dutch_values);
  g_test_add_func ("/calendar-csv/read/semicolons", test_read_semicolons);
  g_test_add_func ("/calendar-csv/read/file-errors", test_read_file_errors);
  g_test_add_func ("/calendar-csv/read/bom-and-cr", test_read_bom_and_cr);
  g_test_add_func ("/calendar-csv/read/too-large", test_read_too_large);
  g_test_add_func ("/calendar-csv/read/many-problems", test_read_many_problems);

  return g_test_run ();
}
