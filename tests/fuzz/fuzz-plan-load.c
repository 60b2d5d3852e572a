/* fuzz-plan-load.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target for the .koers loader (docs/FUZZING.md). Any input may
 * be refused with a GError, but nothing may crash, leak, log a critical or
 * warning, or break the round trip: a plan that loads must serialize to
 * text that loads again, to an equal plan (every field, bit for bit), and
 * serializes to the very same bytes; and the text may grow by no more than
 * koers-plan-io.c assumes when it decides whether to measure it.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "koers-json-guard.h"
#include "koers-model-private.h"
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

static gboolean objects_equal (GObject    *a,
                               GObject    *b,
                               const char *section);

/* Bit for bit: -0 and 0 differ, and so do 0.3 and 0.30000000000000004. */
static gboolean
fields_equal (GObject          *a,
              GObject          *b,
              const KoersField *field)
{
  gpointer ma = _koers_model_member (a, field);
  gpointer mb = _koers_model_member (b, field);

  switch (field->kind)
    {
    case KOERS_FIELD_STRING:
      return g_strcmp0 (*(char **) ma, *(char **) mb) == 0;
    case KOERS_FIELD_INT:
    case KOERS_FIELD_ENUM:
    case KOERS_FIELD_TIME:
      return *(int *) ma == *(int *) mb;
    case KOERS_FIELD_DOUBLE:
      return memcmp (ma, mb, sizeof (double)) == 0;
    case KOERS_FIELD_BOOLEAN:
      return !*(gboolean *) ma == !*(gboolean *) mb;
    case KOERS_FIELD_FLAGS:
      return *(guint *) ma == *(guint *) mb;
    case KOERS_FIELD_DATE:
      return _koers_date_equal (*(GDate **) ma, *(GDate **) mb);
    case KOERS_FIELD_STRV:
      return g_strv_equal ((const char *const *) *(char ***) ma,
                           (const char *const *) *(char ***) mb);
    case KOERS_FIELD_LIST:
      {
        GListModel *la = G_LIST_MODEL (*(GListStore **) ma);
        GListModel *lb = G_LIST_MODEL (*(GListStore **) mb);
        guint n = g_list_model_get_n_items (la);

        if (n != g_list_model_get_n_items (lb))
          return FALSE;
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(GObject) ia = g_list_model_get_item (la, i);
            g_autoptr(GObject) ib = g_list_model_get_item (lb, i);

            if (G_OBJECT_TYPE (ia) != G_OBJECT_TYPE (ib) || !objects_equal (ia, ib, NULL))
              return FALSE;
          }
        return TRUE;
      }
    default:
      abort ();
    }
}

static gboolean
objects_equal (GObject    *a,
               GObject    *b,
               const char *section)
{
  const KoersClassInfo *info = _koers_model_class_info (G_OBJECT_TYPE (a));

  for (guint i = 0; i < info->n_fields; i++)
    if (g_strcmp0 (info->fields[i].section, section) == 0 &&
        !fields_equal (a, b, &info->fields[i]))
      {
        fprintf (stderr, "round trip: %s.%s differs after saving and loading again\n",
                 G_OBJECT_TYPE_NAME (a), info->fields[i].name);
        return FALSE;
      }
  return TRUE;
}

static gboolean
plans_equal (KoersPlan *a,
             KoersPlan *b)
{
  static const char *const sections[] = {
    "plan", "people", "objectives", "strategy", "technology", "preparation",
    "roadmap", "rose", "maturity", "calendar", "roles",
  };

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    if (!objects_equal (G_OBJECT (a), G_OBJECT (b), sections[s]))
      return FALSE;
  return TRUE;
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
  /* koers_plan_io_load_data() only writes a plan to measure it when it
   * could grow past the size limit by this bound. */
  if (first_len > KOERS_WRITE_BASE + (gsize) KOERS_WRITE_GROWTH * size)
    {
      fprintf (stderr, "round trip: %zu bytes written from %zu: more than the %d x + %d "
                       "that koers-plan-io.c assumes\n",
               (size_t) first_len, size, KOERS_WRITE_GROWTH, KOERS_WRITE_BASE);
      abort ();
    }
  again = koers_plan_io_load_data (first_data, first_len, "fuzz-roundtrip.koers", &error);
  if (again == NULL)
    {
      fprintf (stderr, "round trip: the written plan does not load again: %s\n"
                       "--- written text ---\n%.*s\n--- end ---\n",
               error->message, (int) MIN (first_len, 4096), first_data);
      abort ();
    }

  if (!plans_equal (plan, again))
    abort ();

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
