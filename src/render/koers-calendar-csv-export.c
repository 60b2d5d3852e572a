/* koers-calendar-csv-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar's CSV table for the export: the days of the render options
 * (--month, --from and --to), or the plan's period.
 */
#define G_LOG_DOMAIN "koers-calendar-csv-export"

#include "config.h"

#include "koers-calendar-csv.h"
#include "koers-calendar-csv-export.h"

/**
 * koers_calendar_csv_printable_to_csv:
 * @plan: the plan
 * @opts: the options; their from and to, where set, give the days
 * @error: as koers_calendar_csv_write()
 *
 * The `to_csv` of the calendar's printable: koers_calendar_csv_write() over
 * the days koers_render_options_get_range() gives.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 */
char *
koers_calendar_csv_printable_to_csv (KoersPlan                 *plan,
                                     const KoersRenderOptions  *opts,
                                     GError                   **error)
{
  GDate from, to;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (opts != NULL, NULL);

  koers_render_options_get_range (opts, plan, &from, &to);
  return koers_calendar_csv_write (plan, &from, &to, error);
}
