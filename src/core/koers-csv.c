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

/* The characters with which Excel and LibreOffice take a cell that begins
 * with them for a formula (OWASP, "CSV Injection") */
static gboolean
is_formula_start (char c)
{
  return c != '\0' && strchr ("=+-@\t\r", c) != NULL;
}

/* Whether @text begins with a formula character after any number of single
 * quotes (none included). Such a text is written with one quote more, and
 * an import takes exactly those back: "'=1" is "=1" and "''=1" is "'=1". */
static gboolean
is_formula_like (const char *text)
{
  while (*text == '\'')
    text++;
  return is_formula_start (*text);
}

/**
 * koers_csv_append_field:
 * @csv: the table so far
 * @text: a field's text, UTF-8
 *
 * Appends @text as one text field (RFC 4180): a field with a comma, a
 * quote or a line break is quoted, its quotes doubled; any other stays as
 * it is. A text that a spreadsheet would run as a formula (it begins with
 * `=`, `+`, `-`, `@`, a tab or a CR, after any single quotes) gets a
 * single quote in front, so that it shows as text; koers_csv_restore_field()
 * takes it away again. Numbers go with koers_csv_append_number().
 */
void
koers_csv_append_field (GString    *csv,
                        const char *text)
{
  gboolean formula;

  g_return_if_fail (csv != NULL);

  if (text == NULL)
    return;
  formula = is_formula_like (text);
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      if (formula)
        g_string_append_c (csv, '\'');
      g_string_append (csv, text);
      return;
    }
  g_string_append_c (csv, '"');
  if (formula)
    g_string_append_c (csv, '\'');
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

/**
 * koers_csv_restore_field:
 * @field: a field as read, without the quoting of RFC 4180; changed in place
 *
 * Takes away the single quote koers_csv_append_field() puts before a text a
 * spreadsheet would take for a formula: one leading `'` goes when what
 * follows it is a formula character (`=`, `+`, `-`, `@`, a tab or a CR)
 * after any single quotes. Any other field stays as it is.
 */
void
koers_csv_restore_field (GString *field)
{
  g_return_if_fail (field != NULL);

  if (field->len >= 2 && field->str[0] == '\'' && is_formula_like (field->str + 1))
    g_string_erase (field, 0, 1);
}
