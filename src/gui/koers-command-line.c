/* koers-command-line.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headless commands: koers --check and koers --export. They need no
 * display; the application runs them before GTK starts. Output goes into
 * strings so tests can read it.
 */
#define G_LOG_DOMAIN "koers-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-command-line.h"
#include "koers-check.h"
#include "koers-export.h"
#include "koers-plan-io.h"

/**
 * koers_command_line_check:
 * @file: the plan to check
 * @out: receives the findings, one per line
 * @err: receives the message when @file cannot be read
 *
 * Returns: %KOERS_EXIT_CLEAN, %KOERS_EXIT_FINDINGS or %KOERS_EXIT_UNREADABLE
 */
int
koers_command_line_check (GFile   *file,
                          GString *out,
                          GString *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  plan = koers_plan_io_load (file, &error);
  if (plan == NULL)
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      return KOERS_EXIT_UNREADABLE;
    }

  findings = koers_check_plan (plan);
  if (findings->len == 0)
    {
      g_string_append_printf (out, _("%s: the plan is complete; no findings.\n"), name);
      return KOERS_EXIT_CLEAN;
    }

  g_string_append_printf (out,
                          g_dngettext (GETTEXT_PACKAGE, "%s: %u finding\n", "%s: %u findings\n",
                                       findings->len),
                          name, findings->len);
  for (guint i = 0; i < findings->len; i++)
    {
      KoersFinding *finding = g_ptr_array_index (findings, i);

      g_string_append_printf (out, "- %s: %s\n", koers_area_get_title (finding->area),
                              finding->message);
    }

  return KOERS_EXIT_FINDINGS;
}

/**
 * koers_command_line_export:
 * @file: the plan
 * @target: where to export it; the extension picks the format
 *
 * Returns: %KOERS_EXIT_CLEAN, %KOERS_EXIT_UNREADABLE when @file cannot be
 *   read (@target is then untouched), %KOERS_EXIT_NOT_WRITTEN when @target
 *   cannot be written
 */
int
koers_command_line_export (GFile   *file,
                           GFile   *target,
                           GString *out,
                           GString *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;

  plan = koers_plan_io_load (file, &error);
  if (plan == NULL)
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      return KOERS_EXIT_UNREADABLE;
    }

  if (!koers_export_to_file (plan, target, &error))
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      return KOERS_EXIT_NOT_WRITTEN;
    }

  return KOERS_EXIT_CLEAN;
}
