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

/* The options of koers --export beside --export itself */
static const char *const export_option_names[] = {
  "page", "blank", "paper", "landscape", "style", "width",
};

/**
 * koers_command_line_has_export_options:
 * @options: the parsed command line
 *
 * Returns: whether any of --page, --blank, --paper, --landscape, --style or
 *   --width was given
 */
gboolean
koers_command_line_has_export_options (GVariantDict *options)
{
  g_return_val_if_fail (options != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (export_option_names); i++)
    if (g_variant_dict_contains (options, export_option_names[i]))
      return TRUE;
  return FALSE;
}

/**
 * koers_command_line_export_options:
 * @options: the parsed command line: --page, --blank, --paper, --landscape,
 *   --style and --width as strings (the flags as booleans)
 * @opts: (out caller-allocates): receives the export options
 * @err: receives the message for a value that is not allowed
 *
 * Returns: %KOERS_EXIT_CLEAN, or %KOERS_EXIT_USAGE for a wrong value
 */
int
koers_command_line_export_options (GVariantDict       *options,
                                   KoersExportOptions *opts,
                                   GString            *err)
{
  const char *page = NULL, *paper = NULL, *style = NULL, *width = NULL;

  g_return_val_if_fail (options != NULL, KOERS_EXIT_USAGE);
  g_return_val_if_fail (opts != NULL, KOERS_EXIT_USAGE);

  koers_export_options_init (opts);
  g_variant_dict_lookup (options, "page", "&s", &page);
  g_variant_dict_lookup (options, "paper", "&s", &paper);
  g_variant_dict_lookup (options, "style", "&s", &style);
  g_variant_dict_lookup (options, "width", "&s", &width);
  opts->blank = g_variant_dict_contains (options, "blank");
  opts->landscape = g_variant_dict_contains (options, "landscape");

  if (page != NULL && g_ascii_strcasecmp (page, "rose") != 0)
    {
      g_string_append (err, "koers: ");
      g_string_append_printf (err, _("Unknown page “%s”: the page to export is rose."), page);
      g_string_append_c (err, '\n');
      return KOERS_EXIT_USAGE;
    }
  opts->page = KOERS_EXPORT_PAGE_ROSE;

  if (paper == NULL || g_ascii_strcasecmp (paper, "a4") == 0)
    opts->paper = KOERS_EXPORT_PAPER_A4;
  else if (g_ascii_strcasecmp (paper, "a3") == 0)
    opts->paper = KOERS_EXPORT_PAPER_A3;
  else
    {
      g_string_append (err, "koers: ");
      g_string_append_printf (err, _("Unknown paper size “%s”: use a4 or a3."), paper);
      g_string_append_c (err, '\n');
      return KOERS_EXIT_USAGE;
    }

  if (style == NULL || g_ascii_strcasecmp (style, "colour") == 0 ||
      g_ascii_strcasecmp (style, "color") == 0)
    opts->style = KOERS_ROSE_STYLE_COLOUR;
  else if (g_ascii_strcasecmp (style, "grey") == 0 || g_ascii_strcasecmp (style, "gray") == 0)
    opts->style = KOERS_ROSE_STYLE_GREY;
  else if (g_ascii_strcasecmp (style, "bw") == 0)
    opts->style = KOERS_ROSE_STYLE_BW;
  else
    {
      g_string_append (err, "koers: ");
      g_string_append_printf (err, _("Unknown style “%s”: use colour, grey or bw."), style);
      g_string_append_c (err, '\n');
      return KOERS_EXIT_USAGE;
    }

  if (width != NULL)
    {
      guint64 pixels = 0;

      if (!g_ascii_string_to_unsigned (width, 10, 16, 16384, &pixels, NULL))
        {
          g_string_append (err, "koers: ");
          g_string_append_printf (err,
                                  _("Wrong width “%s”: give the width of the PNG in pixels, "
                                    "from 16 to 16384."),
                                  width);
          g_string_append_c (err, '\n');
          return KOERS_EXIT_USAGE;
        }
      opts->png_width = (int) pixels;
    }

  return KOERS_EXIT_CLEAN;
}

/**
 * koers_command_line_export:
 * @file: the plan
 * @target: where to export it; the extension picks the format
 * @opts: (nullable): page, paper and style; %NULL for the defaults
 *
 * Returns: %KOERS_EXIT_CLEAN, %KOERS_EXIT_UNREADABLE when @file cannot be
 *   read (@target is then untouched), %KOERS_EXIT_NOT_WRITTEN when @target
 *   cannot be written
 */
int
koers_command_line_export (GFile                    *file,
                           GFile                    *target,
                           const KoersExportOptions *opts,
                           GString                  *out,
                           GString                  *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;

  plan = koers_plan_io_load (file, &error);
  if (plan == NULL)
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      return KOERS_EXIT_UNREADABLE;
    }

  if (!koers_export_to_file_full (plan, target, opts, &error))
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      return KOERS_EXIT_NOT_WRITTEN;
    }

  return KOERS_EXIT_CLEAN;
}
