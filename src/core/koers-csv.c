/* koers-csv.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields of the CSV tables Koers writes (the roles, the calendar).
 */
#define G_LOG_DOMAIN "koers-csv"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "koers-csv.h"

/**
 * koers_csv_append_field:
 * @csv: the table so far
 * @text: a field's text, UTF-8
 *
 * Appends @text as one field (RFC 4180): a field with a comma, a quote or
 * a line break is quoted, its quotes doubled; any other stays as it is.
 */
void
koers_csv_append_field (GString    *csv,
                        const char *text)
{
  g_return_if_fail (csv != NULL);

  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }
  g_string_append_c (csv, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/**
 * koers_csv_append_number:
 * @csv: the table so far
 * @value: a finite number
 *
 * Appends @value with a decimal point, in the fewest digits that read
 * back as the same number ("1.5", "0.1", "40").
 */
void
koers_csv_append_number (GString *csv,
                         double   value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (csv != NULL);

  g_ascii_formatd (text, sizeof text, "%.15g", value);
  if (g_ascii_strtod (text, NULL) != value)
    g_ascii_formatd (text, sizeof text, "%.17g", value);
  g_string_append (csv, text);
}
