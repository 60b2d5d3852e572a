/* koers-calendar-csv-export.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-plan.h"
#include "koers-render-options.h"

G_BEGIN_DECLS

char *koers_calendar_csv_printable_to_csv (KoersPlan                 *plan,
                                           const KoersRenderOptions  *opts,
                                           GError                   **error);

G_END_DECLS
