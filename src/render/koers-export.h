/* koers-export.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_EXPORT_ERROR (koers_export_error_quark ())

typedef enum
{
  KOERS_EXPORT_ERROR_UNKNOWN_FORMAT,
} KoersExportError;

GQuark   koers_export_error_quark (void);
gboolean koers_export_to_file     (KoersPlan  *plan,
                                   GFile      *out,
                                   GError    **error);

G_END_DECLS
