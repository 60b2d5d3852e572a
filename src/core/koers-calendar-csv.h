/* koers-calendar-csv.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-plan.h"
#include "koers-calendar-import.h"

G_BEGIN_DECLS

/* The most rows, and the largest field, an import takes */
#define KOERS_CALENDAR_CSV_MAX_ROWS    1000000
#define KOERS_CALENDAR_CSV_MAX_FIELD   (1024 * 1024)
#define KOERS_CALENDAR_CSV_MAX_COLUMNS 1000

char                *koers_calendar_csv_write (KoersPlan    *plan,
                                               const GDate  *from,
                                               const GDate  *to,
                                               GError      **error);
KoersCalendarImport *koers_calendar_csv_read  (const char   *data,
                                               gsize         length,
                                               const char   *source_name,
                                               KoersPlan    *plan,
                                               GError      **error);

G_END_DECLS
