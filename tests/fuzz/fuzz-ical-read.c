/* fuzz-ical-read.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target for the iCalendar reader (docs/FUZZING.md). Any input
 * may be refused with a GError or give problems, but nothing may crash,
 * leak or log a critical or warning; and what is read comes back: an
 * import without problems, applied to a plan and written as iCalendar
 * again, reads back without problems to as many entries.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "koers-calendar-import.h"
#include "koers-ical.h"
#include "koers-plan.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("G_DEBUG", "fatal-criticals", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersPlan) into = koers_plan_new ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(KoersCalendarImport) again = NULL;
  g_autoptr(GDateTime) stamp = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *report = NULL;
  gsize length = 0;
  guint added = 0, updated = 0;

  import = koers_ical_read ((const char *) data, size, "fuzz.ics", plan, &error);
  if (import == NULL)
    {
      if (error == NULL || error->domain != KOERS_CALENDAR_IMPORT_ERROR)
        abort ();
      return 0;
    }
  report = koers_calendar_import_dup_report (import, 20);
  if (import->problems->len > 0)
    return 0;

  if (!koers_calendar_import_apply (import, into, &added, &updated))
    abort ();
  stamp = g_date_time_new_utc (2026, 12, 1, 12, 0, 0);
  text = koers_ical_write (into, stamp, &length);
  again = koers_ical_read (text, length, "again.ics", plan, &error);
  if (again == NULL)
    {
      fprintf (stderr, "written text refused: %s\n%s\n", error->message, text);
      abort ();
    }
  if (again->problems->len > 0 || again->entries->len != added)
    {
      g_autofree char *problems = koers_calendar_import_dup_report (again, 5);

      fprintf (stderr, "written text reads back with %u problems and %u of %u entries:\n%s\n%s\n",
               again->problems->len, again->entries->len, added, problems, text);
      abort ();
    }
  return 0;
}
