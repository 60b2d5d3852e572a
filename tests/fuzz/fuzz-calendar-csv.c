/* fuzz-calendar-csv.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target for the calendar's CSV reader (docs/FUZZING.md). Any
 * input may be refused with a GError, but nothing may crash, leak, log a
 * critical or warning, or break the round trip: a table that imports
 * without problems must, once applied to a plan and written again, read
 * back without problems, to as many entries.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "koers-calendar-csv.h"
#include "koers-channel.h"
#include "koers-role.h"

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

/* A plan with what rows refer to: two channels and a role */
static KoersPlan *
new_plan (void)
{
  KoersPlan *plan = koers_plan_new ();
  g_autoptr(KoersChannel) instagram = koers_channel_new ();
  g_autoptr(KoersChannel) blog = koers_channel_new ();
  g_autoptr(KoersRole) role = koers_role_new ();

  koers_channel_set_id (instagram, "instagram");
  koers_channel_set_name (instagram, "Instagram");
  koers_plan_append (plan, koers_plan_get_channels (plan), instagram);
  koers_channel_set_id (blog, "blog");
  koers_channel_set_name (blog, "Nieuwsbrief, blog");
  koers_plan_append (plan, koers_plan_get_channels (plan), blog);
  koers_role_set_id (role, "eigenaar");
  koers_role_set_name (role, "Eigenaar");
  koers_plan_append (plan, koers_plan_get_roles (plan), role);
  return plan;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(KoersPlan) plan = new_plan ();
  g_autoptr(KoersPlan) again = new_plan ();
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(KoersCalendarImport) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) first_day = g_date_new_dmy (1, 1, 1);
  g_autoptr(GDate) last_day = g_date_new_dmy (31, 12, 9999);
  /* A copy of exactly @size bytes, so that ASan sees any read past them */
  g_autofree char *copy = g_memdup2 (data, size);
  g_autofree char *csv = NULL;

  import = koers_calendar_csv_read (copy != NULL ? copy : "", size, "fuzz.csv", plan, &error);
  if (import == NULL)
    {
      if (error == NULL || error->domain != KOERS_CALENDAR_IMPORT_ERROR ||
          error->message == NULL || *error->message == '\0')
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();
  if (import->problems->len > 0)
    {
      /* refused: nothing comes into the plan */
      if (import->entries->len > 0 || koers_calendar_import_apply (import, plan, NULL, NULL) ||
          g_list_model_get_n_items (koers_plan_get_entries (plan)) != 0)
        abort ();
      return 0;
    }

  if (!koers_calendar_import_apply (import, plan, NULL, NULL))
    abort ();
  csv = koers_calendar_csv_write (plan, first_day, last_day, NULL);
  /* an import gives single entries, no more than a table holds */
  if (csv == NULL)
    abort ();
  second = koers_calendar_csv_read (csv, strlen (csv), "again.csv", again, &error);
  if (second == NULL || second->problems->len > 0 ||
      second->entries->len != g_list_model_get_n_items (koers_plan_get_entries (plan)))
    {
      fprintf (stderr, "round trip broken: %s\n%s\n", error != NULL ? error->message : "", csv);
      abort ();
    }
  return 0;
}
