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
#include <string.h>

#include <json-glib/json-glib.h>

#include "koers-command-line.h"
#include "koers-calendar-import.h"
#include "koers-check.h"
#include "koers-export.h"
#include "koers-plan-io.h"
#include "koers-printable.h"

/* The findings as JSON: a list of objects with the stable names of severity
 * and area, the message in the user's language and the location ("" for the
 * area itself), in the order of the text: by severity, then the plan's. */
static void
write_findings_json (GPtrArray *sorted,
                     GString   *out)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    {
      KoersFinding *finding = g_ptr_array_index (sorted, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, koers_severity_get_name (finding->severity));
      json_builder_set_member_name (builder, "area");
      json_builder_add_string_value (builder, koers_area_get_name (finding->area));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, finding->message);
      json_builder_set_member_name (builder, "location");
      json_builder_add_string_value (builder, finding->location != NULL ? finding->location : "");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  g_string_append (out, text);
  g_string_append_c (out, '\n');
}

static int
compare_severity (gconstpointer a,
                  gconstpointer b)
{
  const KoersFinding *fa = *(KoersFinding *const *) a;
  const KoersFinding *fb = *(KoersFinding *const *) b;

  return (int) fa->severity - (int) fb->severity;
}

/**
 * koers_command_line_check:
 * @file: the plan to check
 * @json: write the findings as a JSON list instead of text
 * @out: receives the findings: grouped by severity (problems, then points
 *   of attention, then suggestions), a heading with its count per group and
 *   one line "- area: message" per finding; or the JSON list
 * @err: receives the message when @file cannot be read
 *
 * Returns: %KOERS_EXIT_CLEAN, %KOERS_EXIT_FINDINGS or %KOERS_EXIT_UNREADABLE
 */
int
koers_command_line_check (GFile    *file,
                          gboolean  json,
                          GString  *out,
                          GString  *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  guint counts[KOERS_N_SEVERITIES] = { 0, };

  plan = koers_plan_io_load (file, &error);
  if (plan == NULL)
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      return KOERS_EXIT_UNREADABLE;
    }

  findings = koers_check_plan (plan);
  /* Stable: within a severity, the order of the plan stays. */
  g_ptr_array_sort (findings, compare_severity);

  if (json)
    {
      write_findings_json (findings, out);
      return findings->len == 0 ? KOERS_EXIT_CLEAN : KOERS_EXIT_FINDINGS;
    }

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
    counts[((KoersFinding *) g_ptr_array_index (findings, i))->severity]++;

  for (guint i = 0; i < findings->len; i++)
    {
      KoersFinding *finding = g_ptr_array_index (findings, i);

      if (i == 0 || ((KoersFinding *) g_ptr_array_index (findings, i - 1))->severity !=
                    finding->severity)
        /* Translators: a heading of koers --check, e.g. "Problems (2)" */
        g_string_append_printf (out, _("\n%s (%u)\n"), koers_severity_get_title (finding->severity),
                                counts[finding->severity]);
      g_string_append_printf (out, "- %s: %s\n", koers_area_get_title (finding->area),
                              finding->message);
    }

  return KOERS_EXIT_FINDINGS;
}

/* The options of koers --export beside --export itself */
static const char *const export_option_names[] = {
  "page", "blank", "paper", "landscape", "style", "width", "poster", "month", "from", "to",
};

/**
 * koers_command_line_has_export_options:
 * @options: the parsed command line
 *
 * Returns: whether any of --page, --blank, --paper, --landscape, --style,
 *   --width, --poster, --month, --from or --to was given
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

/* "CxR": columns and rows of sheets, each 1 to KOERS_POSTER_MAX_SHEETS */
static gboolean
parse_poster (const char *text,
              guint      *columns,
              guint      *rows)
{
  g_auto(GStrv) parts = g_strsplit_set (text, "xX", -1);
  guint64 c = 0, r = 0;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, KOERS_POSTER_MAX_SHEETS, &c, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, KOERS_POSTER_MAX_SHEETS, &r, NULL))
    return FALSE;
  *columns = (guint) c;
  *rows = (guint) r;
  return TRUE;
}

/* "YYYY-MM" (the month's first day, or its last when @last) or
 * "YYYY-MM-DD", years 1 to 9999 */
static gboolean
parse_day_or_month (const char *text,
                    gboolean    last,
                    GDate      *date)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);
  guint n = g_strv_length (parts);
  guint64 year = 0, month = 0, day = 1;

  g_date_clear (date, 1);
  if ((n != 2 && n != 3) || strlen (parts[0]) != 4 || strlen (parts[1]) != 2 ||
      (n == 3 && strlen (parts[2]) != 2) ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, 9999, &year, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL) ||
      (n == 3 && !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL)))
    return FALSE;
  if (n == 2 && last)
    day = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* --month, or --from and --to, into @opts' range */
static int
export_range (GVariantDict       *options,
              KoersExportOptions *opts,
              GString            *err)
{
  const char *month = NULL, *from = NULL, *to = NULL;

  g_variant_dict_lookup (options, "month", "&s", &month);
  g_variant_dict_lookup (options, "from", "&s", &from);
  g_variant_dict_lookup (options, "to", "&s", &to);

  if (month != NULL && (from != NULL || to != NULL))
    {
      g_string_append (err, "koers: ");
      g_string_append (err, _("Use --month, or --from and --to, not both."));
      g_string_append_c (err, '\n');
      return KOERS_EXIT_USAGE;
    }

  if (month != NULL)
    {
      if (strchr (month, '-') == strrchr (month, '-') &&
          parse_day_or_month (month, FALSE, &opts->from) &&
          parse_day_or_month (month, TRUE, &opts->to))
        return KOERS_EXIT_CLEAN;
      g_string_append (err, "koers: ");
      g_string_append_printf (err, _("Wrong month “%s”: give a year and a month, as in 2027-03."),
                              month);
      g_string_append_c (err, '\n');
      return KOERS_EXIT_USAGE;
    }

  if (from != NULL && !parse_day_or_month (from, FALSE, &opts->from))
    {
      g_string_append (err, "koers: ");
      g_string_append_printf (err, _("Wrong date “%s” for --from: give a month, as in 2027-01, "
                                     "or a day, as in 2027-01-15."), from);
      g_string_append_c (err, '\n');
      return KOERS_EXIT_USAGE;
    }
  if (to != NULL && !parse_day_or_month (to, TRUE, &opts->to))
    {
      g_string_append (err, "koers: ");
      g_string_append_printf (err, _("Wrong date “%s” for --to: give a month, as in 2027-06, "
                                     "or a day, as in 2027-06-30."), to);
      g_string_append_c (err, '\n');
      return KOERS_EXIT_USAGE;
    }
  if (g_date_valid (&opts->from) && g_date_valid (&opts->to) &&
      g_date_compare (&opts->from, &opts->to) > 0)
    {
      g_string_append (err, "koers: ");
      g_string_append_printf (err, _("--from %s lies after --to %s."), from, to);
      g_string_append_c (err, '\n');
      return KOERS_EXIT_USAGE;
    }
  return KOERS_EXIT_CLEAN;
}

/**
 * koers_command_line_export_options:
 * @options: the parsed command line: --page, --blank, --paper, --landscape,
 *   --style, --width, --poster, --month, --from and --to as strings (the
 *   flags as booleans)
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
  const char *page = NULL, *paper = NULL, *style = NULL, *width = NULL, *poster = NULL;
  const KoersPrintable *printable;

  g_return_val_if_fail (options != NULL, KOERS_EXIT_USAGE);
  g_return_val_if_fail (opts != NULL, KOERS_EXIT_USAGE);

  koers_export_options_init (opts);
  g_variant_dict_lookup (options, "page", "&s", &page);
  g_variant_dict_lookup (options, "paper", "&s", &paper);
  g_variant_dict_lookup (options, "style", "&s", &style);
  g_variant_dict_lookup (options, "width", "&s", &width);
  g_variant_dict_lookup (options, "poster", "&s", &poster);
  opts->blank = g_variant_dict_contains (options, "blank");
  opts->landscape = g_variant_dict_contains (options, "landscape");

  printable = page != NULL ? koers_printable_lookup (page) : koers_printable_get_default ();
  if (printable == NULL)
    {
      g_autofree char *ids = koers_printable_dup_ids (", ");

      g_string_append (err, "koers: ");
      g_string_append_printf (err, _("Unknown page “%s”: the pages to export are %s."),
                              page, ids);
      g_string_append_c (err, '\n');
      return KOERS_EXIT_USAGE;
    }
  /* without --page, the extension picks: the calendar's table for .csv,
   * the default page for the others */
  opts->page = page != NULL ? printable->id : NULL;

  if (export_range (options, opts, err) != KOERS_EXIT_CLEAN)
    return KOERS_EXIT_USAGE;

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
    opts->style = KOERS_RENDER_STYLE_COLOUR;
  else if (g_ascii_strcasecmp (style, "grey") == 0 || g_ascii_strcasecmp (style, "gray") == 0)
    opts->style = KOERS_RENDER_STYLE_GREY;
  else if (g_ascii_strcasecmp (style, "bw") == 0)
    opts->style = KOERS_RENDER_STYLE_BW;
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

  if (poster != NULL)
    {
      if (!parse_poster (poster, &opts->poster_columns, &opts->poster_rows))
        {
          g_string_append (err, "koers: ");
          g_string_append_printf (err,
                                  _("Wrong poster “%s”: give the sheets across and down, as in "
                                    "2x2, from 1x1 to %dx%d."),
                                  poster, KOERS_POSTER_MAX_SHEETS, KOERS_POSTER_MAX_SHEETS);
          g_string_append_c (err, '\n');
          return KOERS_EXIT_USAGE;
        }
      if ((opts->poster_columns > 1 || opts->poster_rows > 1) &&
          (printable->features & KOERS_PRINTABLE_POSTER) == 0)
        {
          g_string_append (err, "koers: ");
          g_string_append_printf (err, _("The page “%s” cannot be printed as a poster."),
                                  printable->id);
          g_string_append_c (err, '\n');
          return KOERS_EXIT_USAGE;
        }
    }

  return KOERS_EXIT_CLEAN;
}

/**
 * koers_command_line_dup_pages_help:
 *
 * Returns: (transfer full): the line of --help that lists the ids --page
 *   takes, each with its translated name
 */
char *
koers_command_line_dup_pages_help (void)
{
  GString *help = g_string_new (NULL);
  const KoersPrintable *printables;
  guint n;

  printables = koers_printables (&n);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (help, ", ");
      /* Translators: an entry of the list of pages in --help: the id to
       * type (not translated) and what it is, as in "rose (Communication rose)" */
      g_string_append_printf (help, _("%s (%s)"), printables[i].id,
                              koers_printable_get_name (&printables[i]));
    }
  {
    g_autofree char *list = g_string_free (help, FALSE);

    /* Translators: %s is the list of pages, as in "rose (Communication rose)" */
    return g_strdup_printf (_("Pages for --page: %s."), list);
  }
}

/**
 * koers_command_line_export:
 * @file: the plan
 * @target: where to export it; the extension picks the format
 * @opts: (nullable): page, paper and style; %NULL for the defaults
 *
 * Returns: %KOERS_EXIT_CLEAN, %KOERS_EXIT_USAGE when @target's extension is
 *   no format or does not go with @opts (before @file is read),
 *   %KOERS_EXIT_UNREADABLE when @file cannot be read (@target is then
 *   untouched), %KOERS_EXIT_NOT_WRITTEN when @target cannot be written
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

  /* A wrong name or option is the command line's fault, whatever the plan holds. */
  if (!koers_export_check (target, opts, &error))
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      return KOERS_EXIT_USAGE;
    }

  plan = koers_plan_io_load (file, &error);
  if (plan == NULL)
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      return KOERS_EXIT_UNREADABLE;
    }

  if (!koers_export_to_file_full (plan, target, opts, &error))
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      /* a poster to a PNG or an SVG: the options do not go together */
      if (g_error_matches (error, KOERS_EXPORT_ERROR, KOERS_EXPORT_ERROR_POSTER_FORMAT))
        return KOERS_EXIT_USAGE;
      return KOERS_EXIT_NOT_WRITTEN;
    }

  /* An SVG or a PNG of several pages is a file per page: say which */
  {
    guint n_files = koers_export_get_n_files (plan, target, opts);

    if (n_files > 1)
      {
        g_autoptr(GFile) first = koers_export_dup_page_file (target, 0, n_files);
        g_autoptr(GFile) last = koers_export_dup_page_file (target, n_files - 1, n_files);
        g_autofree char *first_name = g_file_get_parse_name (first);
        g_autofree char *last_name = g_file_get_parse_name (last);

        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                  /* Translators: koers --export of a
                                                   * report to PNG: "20 pages, a file
                                                   * each: FIRST to LAST" */
                                                  "%u page, a file each: %s to %s\n",
                                                  "%u pages, a file each: %s to %s\n",
                                                  n_files),
                                n_files, first_name, last_name);
      }
  }

  return KOERS_EXIT_CLEAN;
}

/**
 * koers_command_line_import:
 * @file: the plan to import into; rewritten atomically when the import
 *   succeeds
 * @source: the file to import (.ics, .csv): its extension picks the reader
 * @out: receives what was imported, and what was imported with a loss
 * @err: receives why nothing was imported
 *
 * Returns: %KOERS_EXIT_CLEAN when @file holds the merged plan,
 *   %KOERS_EXIT_USAGE when @source's extension is no import format (before
 *   anything is read), %KOERS_EXIT_UNREADABLE when @file or @source cannot be
 *   read, %KOERS_EXIT_REFUSED when @source has rows or events that cannot
 *   be imported (each is listed), %KOERS_EXIT_NOT_WRITTEN when @file cannot
 *   be written; in every case but the first @file is left as it was
 */
int
koers_command_line_import (GFile   *file,
                           GFile   *source,
                           GString *out,
                           GString *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *source_name = g_file_get_parse_name (source);
  guint added = 0, updated = 0;

  if (!koers_calendar_import_can_read (source_name))
    {
      g_autofree char *extensions = koers_calendar_import_dup_extensions (", ");

      g_string_append (err, "koers: ");
      g_string_append_printf (err, _("Koers cannot import “%s”: use a file ending in %s."),
                              source_name, extensions);
      g_string_append_c (err, '\n');
      return KOERS_EXIT_USAGE;
    }

  plan = koers_plan_io_load (file, &error);
  if (plan == NULL)
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      return KOERS_EXIT_UNREADABLE;
    }

  /* the command line's messages keep the path it was given */
  import = koers_calendar_import_read_file (source, source_name, plan, &error);
  if (import == NULL)
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      return error->domain == KOERS_CALENDAR_IMPORT_ERROR ? KOERS_EXIT_REFUSED
                                                          : KOERS_EXIT_UNREADABLE;
    }

  if (!koers_calendar_import_apply (import, plan, &added, &updated))
    {
      g_autofree char *report = koers_calendar_import_dup_report (import, 0);

      g_string_append (err, report);
      g_string_append (err, "koers: ");
      g_string_append_printf (err,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Nothing was imported: %u line of “%s” cannot be "
                                           "imported. “%s” was left as it was.",
                                           "Nothing was imported: %u lines of “%s” cannot be "
                                           "imported. “%s” was left as it was.",
                                           import->problems->len),
                              import->problems->len, source_name, name);
      g_string_append_c (err, '\n');
      return KOERS_EXIT_REFUSED;
    }

  if (!koers_plan_io_save (plan, file, &error))
    {
      g_string_append_printf (err, "koers: %s\n", error->message);
      return KOERS_EXIT_NOT_WRITTEN;
    }

  {
    g_autofree char *notes = koers_calendar_import_dup_report (import, 0);

    g_string_append (out, notes);
  }
  /* Translators: the first %s is the plan, the second the file imported */
  g_string_append_printf (out, _("%s: imported from %s: %u added, %u updated.\n"), name,
                          source_name, added, updated);
  return KOERS_EXIT_CLEAN;
}
