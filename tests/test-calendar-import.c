/* test-calendar-import.c: bringing imported entries into a plan: added,
 * updated by id, refused while there are problems, one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "koers-calendar-entry.h"
#include "koers-calendar-import.h"
#include "koers-history.h"

static KoersCalendarEntry *
new_entry (const char *id,
           const char *title,
           int         day)
{
  KoersCalendarEntry *entry = koers_calendar_entry_new ();
  g_autoptr(GDate) date = g_date_new_dmy (day, G_DATE_MARCH, 2027);

  koers_calendar_entry_set_id (entry, id);
  koers_calendar_entry_set_title (entry, title);
  koers_calendar_entry_set_date (entry, date);
  return entry;
}

static KoersCalendarImport *
new_import (void)
{
  KoersCalendarImport *import = koers_calendar_import_new ("agenda.ics");

  g_ptr_array_add (import->entries, new_entry ("a", "Brood van de week", 1));
  g_ptr_array_add (import->entries, new_entry ("b", "Achter de schermen", 3));
  return import;
}

static const char *
title_at (KoersPlan *plan,
          guint      position)
{
  g_autoptr(KoersCalendarEntry) entry =
    g_list_model_get_item (koers_plan_get_entries (plan), position);

  return koers_calendar_entry_get_title (entry);
}

/* A first import adds, a second of the same ids updates: no duplicates */
static void
test_apply_adds_then_updates (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersCalendarImport) first = new_import ();
  g_autoptr(KoersCalendarImport) second = new_import ();
  guint added = 99, updated = 99;

  g_assert_true (koers_calendar_import_apply (first, plan, &added, &updated));
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (plan)), ==, 2);

  koers_calendar_entry_set_title (g_ptr_array_index (second->entries, 1), "Nieuw recept");
  g_ptr_array_add (second->entries, new_entry ("c", "Open dag", 20));
  g_assert_true (koers_calendar_import_apply (second, plan, &added, &updated));
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (updated, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (plan)), ==, 3);
  g_assert_cmpstr (title_at (plan, 0), ==, "Brood van de week");
  g_assert_cmpstr (title_at (plan, 1), ==, "Nieuw recept");
  g_assert_cmpstr (title_at (plan, 2), ==, "Open dag");
}

/* One problem refuses the whole import: the plan is not touched */
static void
test_apply_refuses_problems (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersCalendarImport) import = new_import ();
  g_autofree char *report = NULL;
  guint serial = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR);
  guint added = 99;

  koers_calendar_import_add_problem (import, 7, "the date “%s” is no day", "2027-02-30");
  koers_calendar_import_add_note (import, 0, "alarms are not imported");
  g_assert_false (koers_calendar_import_apply (import, plan, &added, NULL));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (plan)), ==, 0);
  g_assert_cmpuint (koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR), ==, serial);

  report = koers_calendar_import_dup_report (import, 0);
  g_assert_cmpstr (report, ==,
                   "agenda.ics, line 7: the date “2027-02-30” is no day\n"
                   "agenda.ics: alarms are not imported\n");
}

/* The report caps long lists */
static void
test_report_caps (void)
{
  g_autoptr(KoersCalendarImport) import = koers_calendar_import_new ("posts.csv");
  g_autofree char *report = NULL;

  for (guint line = 2; line < 12; line++)
    koers_calendar_import_add_problem (import, line, "no title");
  report = koers_calendar_import_dup_report (import, 3);
  g_assert_cmpstr (report, ==,
                   "posts.csv, line 2: no title\n"
                   "posts.csv, line 3: no title\n"
                   "posts.csv, line 4: no title\n"
                   "… and 7 more\n");
}

/* Adding and updating is one step of the history */
static void
test_apply_is_one_undo_step (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersHistory) history = koers_history_new (plan);
  g_autoptr(KoersCalendarImport) first = new_import ();
  g_autoptr(KoersCalendarImport) second = new_import ();

  g_assert_true (koers_calendar_import_apply (first, plan, NULL, NULL));
  koers_calendar_entry_set_title (g_ptr_array_index (second->entries, 0), "Anders");
  g_ptr_array_add (second->entries, new_entry ("c", "Open dag", 20));
  g_assert_true (koers_calendar_import_apply (second, plan, NULL, NULL));
  koers_plan_flush_changes (plan);

  g_assert_true (koers_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (plan)), ==, 2);
  g_assert_cmpstr (title_at (plan, 0), ==, "Brood van de week");
  g_assert_true (koers_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (plan)), ==, 0);
  g_assert_false (koers_history_get_can_undo (history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar-import/apply/adds-then-updates", test_apply_adds_then_updates);
  g_test_add_func ("/calendar-import/apply/refuses-problems", test_apply_refuses_problems);
  g_test_add_func ("/calendar-import/report/caps", test_report_caps);
  g_test_add_func ("/calendar-import/apply/one-undo-step", test_apply_is_one_undo_step);

  return g_test_run ();
}
