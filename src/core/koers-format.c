/* koers-format.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates as people read them, in the language Koers speaks (which may
 * differ from the C library's LC_TIME, see koers_month_name()).
 */
#define G_LOG_DOMAIN "koers-format"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "koers-format.h"
#include "koers-check.h"

/**
 * koers_format_date:
 * @date: (nullable): a date
 *
 * Returns: (transfer full): e.g. "3 March 2027", or "3 maart 2027" in
 *   Dutch; an empty string for %NULL
 */
char *
koers_format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  /* Translators: a date: day, month name, year */
  return g_strdup_printf (C_("date", "%u %s %u"),
                          g_date_get_day (date),
                          koers_month_name (g_date_get_month (date)),
                          g_date_get_year (date));
}

/**
 * koers_format_date_numeric:
 * @date: (nullable): a date
 *
 * Returns: (transfer full): the date in digits, as the language writes
 *   them: "23-11-2026" in Dutch, "2026-11-23" in English; an empty string
 *   for %NULL
 */
char *
koers_format_date_numeric (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  /* Translators: a date in digits; %1$u is the day, %2$u the month and
   * %3$u the year. Dutch writes day-month-year: "%1$u-%2$u-%3$u". */
  return g_strdup_printf (C_("numeric date", "%3$u-%2$02u-%1$02u"),
                          g_date_get_day (date),
                          g_date_get_month (date),
                          g_date_get_year (date));
}

/**
 * koers_format_number:
 * @value: a number, such as hours or posts a week
 * @max_decimals: at most this many decimals (0 to 6); trailing zeros go
 *
 * Numbers in the language Koers speaks: "1,5" in Dutch, "1.5" in English,
 * "3" for 3.0. The translation names the decimal mark; where it does not
 * (English), LC_NUMERIC's, which the preferences set to the language's.
 *
 * Returns: (transfer full): the number as text
 */
char *
koers_format_number (double value,
                     guint  max_decimals)
{
  char format[8];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *point, *end;
  const char *mark;
  GString *text;

  if (!isfinite (value))
    return g_strdup ("–");

  g_snprintf (format, sizeof format, "%%.%uf", MIN (max_decimals, 6));
  g_ascii_formatd (buffer, sizeof buffer, format, value);

  point = strchr (buffer, '.');
  if (point != NULL)
    {
      end = buffer + strlen (buffer) - 1;
      while (end > point && *end == '0')
        *end-- = '\0';
      if (end == point)
        *point = '\0';
    }
  if (strcmp (buffer, "-0") == 0)
    strcpy (buffer, "0");

  point = strchr (buffer, '.');
  if (point == NULL)
    return g_strdup (buffer);

  /* Translators: the decimal mark between the whole and the fraction of a
   * number, as in 1.5; Dutch writes a comma */
  mark = C_("decimal mark", ".");
  /* Untranslated (English, or no catalogue), the C library's mark, which
   * koers_preferences_apply_numbers() sets to the language's */
  if (g_str_equal (mark, "."))
    {
      const struct lconv *conv = localeconv ();

      if (conv != NULL && conv->decimal_point != NULL && *conv->decimal_point != '\0')
        mark = conv->decimal_point;
    }
  text = g_string_new_len (buffer, point - buffer);
  g_string_append (text, mark);
  g_string_append (text, point + 1);
  return g_string_free (text, FALSE);
}
