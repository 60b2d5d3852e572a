/* fuzz-plan-load.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target for the .koers loader (docs/FUZZING.md). Any input may
 * be refused with a GError, but nothing may crash, leak, log a critical or
 * warning, or break the round trip: a plan that loads must serialize to
 * text that loads again and serializes to the very same bytes.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "koers-plan-io.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or warning is a bug in the loader: make it a crash that
   * libFuzzer reports and saves. */
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("G_DEBUG", "fatal-criticals", TRUE);
  /* Messages in English and no locale files to look up. */
  g_setenv ("LANGUAGE", "C", TRUE);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(KoersPlan) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  /* A copy of exactly @size bytes, so that ASan sees any read past them. */
  g_autofree char *copy = g_memdup2 (data, size);
  /* g_memdup2() gives NULL for no bytes. The loader allows NULL with length
   * 0, but the guard then calls memchr (NULL, ...), which UBSan reports
   * (docs/FUZZING.md, finding 1); an empty file is read as "" anyway. */
  const char *text = copy != NULL ? copy : "";
  gsize first_len, second_len;
  const char *first_data, *second_data;

  plan = koers_plan_io_load_data (text, size, "fuzz.koers", &error);
  if (plan == NULL)
    {
      /* Refused: it must say so with one of our errors and a message. */
      if (error == NULL || error->domain != KOERS_PLAN_IO_ERROR ||
          error->message == NULL || *error->message == '\0')
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();

  first = koers_plan_io_to_bytes (plan, &error);
  if (first == NULL)
    abort ();

  first_data = g_bytes_get_data (first, &first_len);
  again = koers_plan_io_load_data (first_data, first_len, "fuzz-roundtrip.koers", &error);
  if (again == NULL)
    {
      fprintf (stderr, "round trip: the written plan does not load again: %s\n"
                       "--- written text ---\n%.*s\n--- end ---\n",
               error->message, (int) MIN (first_len, 4096), first_data);
      abort ();
    }

  second = koers_plan_io_to_bytes (again, &error);
  if (second == NULL)
    abort ();

  second_data = g_bytes_get_data (second, &second_len);
  if (first_len != second_len || memcmp (first_data, second_data, first_len) != 0)
    {
      gsize at = 0;

      while (at < MIN (first_len, second_len) && first_data[at] == second_data[at])
        at++;
      fprintf (stderr, "round trip: writing the reloaded plan gives other bytes "
                       "(first difference at byte %" G_GSIZE_FORMAT ")\n"
                       "--- first ---\n%.*s\n--- second ---\n%.*s\n--- end ---\n",
               at, (int) MIN (first_len, 4096), first_data,
               (int) MIN (second_len, 4096), second_data);
      abort ();
    }

  return 0;
}
