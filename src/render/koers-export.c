/* koers-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export: the output file's extension picks the format. Every format is
 * written to a temporary file and renamed into place, as a save is.
 */
#define G_LOG_DOMAIN "koers-export"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-export.h"
#include "koers-plan-io.h"

G_DEFINE_QUARK (koers-export-error-quark, koers_export_error)

static gboolean
has_extension (const char *name,
               const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, extension);
}

/**
 * koers_export_to_file:
 * @plan: the plan
 * @out: where to write; its extension picks the format
 * @error: a #KOERS_EXPORT_ERROR or #KOERS_PLAN_IO_ERROR
 *
 * Exports @plan. A `.koers` file is the plan in the current format.
 *
 * Returns: whether @out was written
 */
gboolean
koers_export_to_file (KoersPlan  *plan,
                      GFile      *out,
                      GError    **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);

  name = g_file_get_basename (out);

  if (has_extension (name, ".koers"))
    return koers_plan_io_save (plan, out, error);

  g_set_error (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_UNKNOWN_FORMAT,
               _("Koers cannot export to “%s”: use a name ending in .koers."), name);
  return FALSE;
}
