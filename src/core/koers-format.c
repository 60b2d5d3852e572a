/* koers-format.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates as people read them, in the language Koers speaks (which may
 * differ from the C library's LC_TIME, see koers_month_name()).
 */
#define G_LOG_DOMAIN "koers-format"

#include "config.h"

#include <glib/gi18n.h>

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
