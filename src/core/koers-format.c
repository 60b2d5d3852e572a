/* koers-format.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates as people read them, in the language Koers speaks (which may
 * differ from the C library's LC_TIME, see koers_month_name()).
 */
#define G_LOG_DOMAIN "koers-format"

#include "config.h"

#include <glib/gi18n.h>
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

/* The decimal mark of the language Koers speaks: the first of gettext's
 * languages (LANGUAGE, then the locale, which the preferences set) that it
 * has, as koers_preferences_apply_numbers() picks LC_NUMERIC. Not from the
 * C library: a Dutch interface may run where no Dutch locale is installed. */
static const char *
decimal_mark (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "nl"))
        return ",";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C") ||
          g_str_has_prefix (names[i], "C."))
        return ".";
    }
  return ".";
}

/**
 * koers_format_number:
 * @value: a number, such as hours or posts a week
 * @max_decimals: at most this many decimals (0 to 6); trailing zeros go
 *
 * Numbers in the language Koers speaks: "1,5" in Dutch, "1.5" in English,
 * "3" for 3.0, whatever the C library's LC_NUMERIC says.
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

  mark = decimal_mark ();
  text = g_string_new_len (buffer, point - buffer);
  g_string_append (text, mark);
  g_string_append (text, point + 1);
  return g_string_free (text, FALSE);
}
