/* test-report.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan report (koers-report-render.c, the printable "report"): the PDF
 * that `koers --export=F.pdf --page=report` writes for a fixture and for
 * the example plan, read back page by page with pdftotext, in Dutch and in
 * English: the page count, the cover, the table of contents against the
 * pages the sections really start on, the footers, a long text that flows
 * over pages without losing a word, no page that ends with a heading, and
 * the findings of the plan check. In the process: n_pages and draw_page
 * agree on A4 and A3, and the layout is made once per plan state.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo.h>
#include <cairo-pdf.h>

#include "koers-calendar-entry.h"
#include "koers-check.h"
#include "koers-check-place.h"
#include "koers-export.h"
#include "koers-plan-io.h"
#include "koers-printable.h"
#include "koers-report-render-private.h"
#include "koers-strategy.h"
#include "koers-target-group.h"
#include "koers-test-util.h"

/* The fixture's report has this many pages on A4, in both languages */
#define FIXTURE_PAGES 14
#define LONG_WORDS 900 /* woord001 ... woord900: the first target group's description */

static char *tmpdir;

static KoersPlan *
load_plan (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KoersPlan *plan = koers_plan_io_load (file, &error);

  g_assert_no_error (error);
  return plan;
}

static char *
fixture_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "report-plan.koers", NULL);
}

static char *
example_path (void)
{
  return g_build_filename (g_getenv ("KOERS_EXAMPLES_DIR"), "koers-example-nl.koers", NULL);
}

/* The text of each page of the PDF at @path (pdftotext -layout, or -raw:
 * in the order it is drawn, so a table's cells one after the other), or
 * NULL when pdftotext is missing. */
static GPtrArray *
pdf_pages_as (const char *path,
              const char *mode)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { pdftotext, mode, "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) pages = NULL;
  GPtrArray *result;
  int status;

  if (pdftotext == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  /* pdftotext ends every page with a form feed */
  pages = g_strsplit (out, "\f", -1);
  result = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; pages[i] != NULL; i++)
    if (pages[i + 1] != NULL)
      g_ptr_array_add (result, g_strdup (pages[i]));
  return result;
}

static GPtrArray *
pdf_pages (const char *path)
{
  return pdf_pages_as (path, "-layout");
}

/* The non-empty lines of @text, trimmed */
static GPtrArray *
lines_of (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (g_strdup (lines[i]));

      if (*line != '\0')
        g_ptr_array_add (result, line);
      else
        g_free (line);
    }
  return result;
}

/* @text with every run of white space one space */
static char *
squeeze (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

/* Whether a line of @page below its header starts with @heading */
static gboolean
page_has_heading (const char *page,
                  const char *heading)
{
  g_autoptr(GPtrArray) lines = lines_of (page);

  for (guint i = 1; i < lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (lines, i), heading))
      return TRUE;
  return FALSE;
}

static void
set_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}

static void
export_report (const char *language,
               const char *plan,
               const char *out,
               const char *extra)
{
  g_auto(KoersTestRun) run = { 0 };
  g_autofree char *arg = g_strdup_printf ("--export=%s", out);

  koers_test_run_koers (&run, language, arg, "--page=report", plan, extra, NULL);
  g_test_message ("koers: %s", run.err);
  g_assert_cmpint (run.status, ==, 0);
}

/* The section titles in their order: the ten areas, then the findings */
static GPtrArray *
dup_sections (void)
{
  GPtrArray *titles = g_ptr_array_new ();

  for (guint a = 0; a < KOERS_N_AREAS; a++)
    {
      /* the report takes the calendar after the roles */
      KoersArea area = a == KOERS_AREA_CALENDAR ? KOERS_AREA_ROLES
                       : a == KOERS_AREA_ROLES ? KOERS_AREA_CALENDAR : a;

      g_ptr_array_add (titles, (gpointer) koers_area_get_title (area));
    }
  g_ptr_array_add (titles, (gpointer) _("Findings"));
  return titles;
}

/* The table of contents on page 2: each section with the page it names,
 * and that page starts the section. */
static void
check_contents (GPtrArray *pages)
{
  g_autoptr(GPtrArray) titles = dup_sections ();
  g_autoptr(GPtrArray) lines = lines_of (g_ptr_array_index (pages, 1));
  guint previous = 2;

  g_assert_true (page_has_heading (g_ptr_array_index (pages, 1), _("Contents")));
  for (guint t = 0; t < titles->len; t++)
    {
      const char *title = g_ptr_array_index (titles, t);
      g_autofree char *escaped = g_regex_escape_string (title, -1);
      g_autofree char *pattern = g_strdup_printf ("^%s +([0-9]+)$", escaped);
      g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
      guint page = 0;

      for (guint i = 0; i < lines->len && page == 0; i++)
        {
          g_autoptr(GMatchInfo) match = NULL;

          if (g_regex_match (regex, g_ptr_array_index (lines, i), 0, &match))
            {
              g_autofree char *number = g_match_info_fetch (match, 1);

              page = atoi (number);
            }
        }
      g_test_message ("contents: %s on page %u", title, page);
      g_assert_cmpuint (page, >, previous);
      g_assert_cmpuint (page, <=, pages->len);
      /* the heading is on that page, and not yet on the page before */
      g_assert_true (page_has_heading (g_ptr_array_index (pages, page - 1), title));
      if (page - 1 > 2)
        g_assert_false (page_has_heading (g_ptr_array_index (pages, page - 2), title));
      previous = page;
    }
}

/* "Page N of M" at the foot of every page but the cover */
static void
check_footers (GPtrArray *pages)
{
  for (guint i = 0; i < pages->len; i++)
    {
      g_autoptr(GPtrArray) lines = lines_of (g_ptr_array_index (pages, i));
      g_autofree char *footer = g_strdup_printf (_("Page %u of %u"), i + 1, pages->len);

      g_assert_cmpuint (lines->len, >, 0);
      if (i == 0)
        g_assert_null (strstr (g_ptr_array_index (pages, i), footer));
      else
        g_assert_cmpstr (g_ptr_array_index (lines, lines->len - 1), ==, footer);
    }
}

/* No page's last line of text above its footer is a heading: the
 * headings are those the layout placed (in any page size the same texts) */
static void
check_no_orphans (GPtrArray  *pages,
                  KoersPlan  *plan)
{
  KoersRenderOptions opts;
  double w, h;
  g_autofree char *layout = NULL;
  g_auto(GStrv) rows = NULL;
  g_autoptr(GHashTable) headings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  koers_render_options_init (&opts);
  koers_export_get_page_size (KOERS_EXPORT_PAPER_A4, FALSE, &w, &h);
  layout = _koers_report_render_describe (plan, &opts, w - 72, h - 72);
  rows = g_strsplit (layout, "\n", -1);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_auto(GStrv) boxes = g_strsplit (rows[i], "\t", -1);

      for (guint j = 1; boxes[j] != NULL; j++)
        if (g_str_has_prefix (boxes[j], "H:"))
          g_hash_table_add (headings, g_strdup (boxes[j] + 2));
    }
  g_assert_cmpuint (g_hash_table_size (headings), >, 10);

  for (guint i = 1; i < pages->len; i++)
    {
      g_autoptr(GPtrArray) lines = lines_of (g_ptr_array_index (pages, i));
      const char *last;

      g_assert_cmpuint (lines->len, >=, 3);
      last = g_ptr_array_index (lines, lines->len - 2);
      g_test_message ("page %u ends with: %s", i + 1, last);
      g_assert_false (g_hash_table_contains (headings, last));
    }
}

/* The words of the long description, in order, none lost; they start on
 * one page and end on a later one. */
static void
check_long_text (GPtrArray *pages)
{
  g_autoptr(GString) all = g_string_new (NULL);
  guint first_page = 0, last_page = 0;
  const char *at;

  for (guint i = 0; i < pages->len; i++)
    {
      if (first_page == 0 && strstr (g_ptr_array_index (pages, i), "woord001"))
        first_page = i + 1;
      if (strstr (g_ptr_array_index (pages, i), "woord900"))
        last_page = i + 1;
      g_string_append (all, g_ptr_array_index (pages, i));
    }
  g_assert_cmpuint (first_page, >, 2);
  g_assert_cmpuint (last_page, >, first_page);

  at = all->str;
  for (guint w = 1; w <= LONG_WORDS; w++)
    {
      g_autofree char *word = g_strdup_printf ("woord%03u", w);

      at = strstr (at, word);
      g_assert_nonnull (at);
      at += strlen (word);
    }
}

/* Each finding is a row under the heading of its severity: its part of
 * the plan, where it is (koers_check_dup_place()) and its message. The
 * cells are read in the order they are drawn (@raw), as a cell of several
 * lines is not one piece in the layout's text; @places must be among the
 * places. */
static void
check_findings (GPtrArray         *pages,
                GPtrArray         *raw,
                KoersPlan         *plan,
                const char *const *places)
{
  g_autoptr(GPtrArray) findings = koers_check_plan (plan);
  g_autoptr(GString) section = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  gboolean in = FALSE;

  g_assert_cmpuint (findings->len, >, 0);
  g_assert_cmpuint (raw->len, ==, pages->len);
  /* from the section's first page on (the contents name it too) */
  for (guint i = 2; i < pages->len; i++)
    {
      in = in || page_has_heading (g_ptr_array_index (pages, i), _("Findings"));
      if (in)
        g_string_append (section, g_ptr_array_index (raw, i));
    }
  text = squeeze (section->str);
  for (guint i = 0; i < findings->len; i++)
    {
      KoersFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *place = koers_check_dup_place (plan, finding);
      g_autofree char *row = g_strjoin (" ", koers_area_get_title (finding->area),
                                        place != NULL ? place : finding->message,
                                        place != NULL ? finding->message : NULL, NULL);
      g_autofree char *want = squeeze (row);
      const char *title = koers_severity_get_title (finding->severity);
      const char *heading = strstr (text, title);

      g_test_message ("finding: %s", want);
      g_assert_nonnull (strstr (text, want));
      /* under the heading of its severity */
      g_assert_nonnull (heading);
      g_assert_true (heading < strstr (text, want));
      if (place != NULL)
        g_ptr_array_add (found, g_steal_pointer (&place));
    }
  /* most findings are about one thing or one time */
  g_assert_cmpuint (found->len * 2, >, findings->len);
  for (guint p = 0; places != NULL && places[p] != NULL; p++)
    {
      g_test_message ("place: %s", places[p]);
      g_assert_true (g_ptr_array_find_with_equal_func (found, places[p], g_str_equal, NULL));
    }
}

static void
check_report (const char        *language,
              const char        *plan_path,
              guint              expected_pages,
              const char        *organisation,
              const char        *period,
              gboolean           long_text,
              const char *const *places)
{
  g_autofree char *out = g_build_filename (tmpdir, "report.pdf", NULL);
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) raw = NULL;
  KoersRenderOptions opts;
  double w, h;

  g_assert_true (koers_test_have_koers ());
  export_report (language, plan_path, out, NULL);
  pages = pdf_pages (out);
  if (pages == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  set_language (language);
  plan = load_plan (plan_path);

  /* the page count, and the process counts the same */
  koers_render_options_init (&opts);
  koers_export_get_page_size (KOERS_EXPORT_PAPER_A4, FALSE, &w, &h);
  g_assert_cmpuint (pages->len, ==,
                    koers_printable_get_n_sheets (koers_printable_lookup ("report"), plan, &opts,
                                                  w, h, 36));
  if (expected_pages > 0)
    g_assert_cmpuint (pages->len, ==, expected_pages);

  /* the cover */
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), organisation));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), period));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), _("Made with Koers")));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), _("Plan report")));

  check_footers (pages);
  check_contents (pages);
  check_no_orphans (pages, plan);
  if (long_text)
    check_long_text (pages);
  raw = pdf_pages_as (out, "-raw");
  check_findings (pages, raw, plan, places);
  g_remove (out);
}

static void
test_fixture_nl (void)
{
  g_autofree char *path = fixture_path ();

  check_report ("nl", path, FIXTURE_PAGES, "Drukkerij Het Zetsel", "1 maart 2027 – 31 mei 2027",
                TRUE, NULL);
  g_assert_cmpstr (_("Page %u of %u"), ==, "Pagina %u van %u");
}

static void
test_fixture_en (void)
{
  g_autofree char *path = fixture_path ();

  check_report ("en", path, FIXTURE_PAGES, "Drukkerij Het Zetsel", "1 March 2027 – 31 May 2027",
                TRUE, NULL);
  g_assert_cmpstr (_("Page %u of %u"), ==, "Page %u of %u");
}

static void
test_example_nl (void)
{
  g_autofree char *path = example_path ();
  const char *places[] = {
    "LinkedIn, augustus 2027", "Eigenaar", "Tip 3", "Fase 2, criterium 5", "maart 2027", NULL
  };

  check_report ("nl", path, 0, "Bakkerij De Korenaar", "1 januari 2027 – 31 december 2027",
                FALSE, places);
}

static void
test_example_en (void)
{
  g_autofree char *path = example_path ();
  const char *places[] = {
    "LinkedIn, August 2027", "Eigenaar", "Tip 3", "Phase 2, criterion 5", "March 2027", NULL
  };

  check_report ("en", path, 0, "Bakkerij De Korenaar", "1 January 2027 – 31 December 2027",
                FALSE, places);
}

/* --from/--to choose the calendar's days: only occurrences within them,
 * a weekly series expanded for them alone */
static void
test_calendar_period (void)
{
  g_autofree char *path = fixture_path ();
  g_autofree char *out = g_build_filename (tmpdir, "period.pdf", NULL);
  g_auto(KoersTestRun) run = { 0 };
  g_autofree char *arg = g_strdup_printf ("--export=%s", out);
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *text = NULL;

  koers_test_run_koers (&run, "nl", arg, "--page=report", "--from=2027-03-08",
                        "--to=2027-03-21", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  pages = pdf_pages (out);
  if (pages == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  for (guint i = 0; i < pages->len; i++)
    g_string_append (all, g_ptr_array_index (pages, i));
  text = squeeze (all->str);
  /* the series on 9 and 16 March, the single post on 10 March */
  g_assert_nonnull (strstr (text, "Van 8 maart 2027 tot en met 21 maart 2027: 3 berichten."));
  g_assert_nonnull (strstr (text, "9-3-2027 09:00 LinkedIn Drukwerk van de week"));
  g_assert_nonnull (strstr (text, "16-3-2027 09:00 LinkedIn Drukwerk van de week"));
  g_assert_nonnull (strstr (text, "10-3-2027 Instagram Kijkje in de drukkerij Waarde Idee"));
  g_assert_null (strstr (text, "2-3-2027 09:00"));
  g_assert_null (strstr (text, "23-3-2027"));
  g_assert_null (strstr (text, "Voorjaarsactie"));
  g_assert_null (strstr (text, "Buiten de periode"));
  g_remove (out);
}

/* A calendar longer than the cap lists the first rows and says how many
 * more there are. */
static void
test_calendar_cap (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersCalendarEntry) series = koers_calendar_entry_new ();
  g_autoptr(GDate) start = g_date_new_dmy (1, 1, 2027);
  g_autoptr(GDate) end = g_date_new_dmy (31, 12, 2028);
  g_autofree char *layout = NULL;
  g_autofree char *out = g_build_filename (tmpdir, "cap.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) rows = NULL;
  KoersRenderOptions opts;
  KoersExportOptions export;
  gboolean last_calendar_has_note = FALSE;
  double w, h;
  guint n_rows = 0;

  set_language ("nl");
  koers_plan_set_period_start (plan, start);
  koers_plan_set_period_end (plan, end);
  koers_calendar_entry_set_date (series, start);
  koers_calendar_entry_set_title (series, "Elke dag");
  koers_calendar_entry_set_rrule (series, "FREQ=DAILY");
  koers_plan_append (plan, koers_plan_get_entries (plan), series);
  koers_plan_flush_changes (plan);

  /* 731 days: the first 500 as rows, under the header again on each page */
  koers_render_options_init (&opts);
  koers_export_get_page_size (KOERS_EXPORT_PAPER_A4, FALSE, &w, &h);
  layout = _koers_report_render_describe (plan, &opts, w - 72, h - 72);
  rows = g_strsplit (layout, "\n", -1);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_auto(GStrv) boxes = g_strsplit (rows[i], "\t", -1);
      g_autofree char *section = g_strdup_printf ("S:%s",
                                                  koers_area_get_title (KOERS_AREA_CALENDAR));
      guint n = g_strv_length (boxes);

      if (n == 0 || g_strcmp0 (boxes[0], section) != 0)
        continue;
      /* the header on every page of rows */
      g_assert_true (g_str_equal (boxes[1], "T") || g_str_has_prefix (boxes[1], "H:")
                     || (n == 2 && g_str_has_prefix (boxes[1], "L:")));
      for (guint j = 1; j < n; j++)
        n_rows += g_str_equal (boxes[j], "R");
      last_calendar_has_note = g_str_has_prefix (boxes[n - 1], "L:");
    }
  g_assert_cmpuint (n_rows, ==, KOERS_REPORT_MAX_CALENDAR_ROWS);
  g_assert_true (last_calendar_has_note);

  koers_export_options_init (&export);
  export.page = "report";
  g_assert_true (koers_export_to_file_full (plan, file, &export, &error));
  g_assert_no_error (error);
  pages = pdf_pages (out);
  if (pages == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  for (guint i = 0; i < pages->len; i++)
    g_string_append (all, g_ptr_array_index (pages, i));
  text = squeeze (all->str);
  g_assert_nonnull (strstr (text, "731 berichten."));
  g_assert_nonnull (strstr (text, "14-5-2028"));  /* the 500th day */
  g_assert_null (strstr (text, "15-5-2028"));
  g_assert_nonnull (strstr (text, "Nog 231 berichten in deze periode staan hier niet."));
  g_assert_nonnull (strstr (text, "koers --page=calendar"));
  g_remove (out);
}

/* n_pages and draw_page agree, on A4 and A3; the layout is made once per
 * plan state, and again after a change */
static void
test_pages_agree (void)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(KoersPlan) plan = NULL;
  const KoersPrintable *report = koers_printable_lookup ("report");
  KoersExportPaper papers[] = { KOERS_EXPORT_PAPER_A4, KOERS_EXPORT_PAPER_A3 };

  set_language ("nl");
  plan = load_plan (path);
  g_assert_nonnull (report);
  g_assert_cmpstr (koers_printable_get_name (report), ==, "Planrapport");

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    {
      KoersRenderOptions opts;
      double w, h;
      guint n, layouts;
      cairo_surface_t *surface;
      cairo_t *cr;

      koers_render_options_init (&opts);
      koers_export_get_page_size (papers[p], FALSE, &w, &h);
      layouts = koers_report_render_get_n_layouts ();
      n = koers_printable_get_n_sheets (report, plan, &opts, w, h, 36);
      g_assert_cmpuint (n, >, 5);
      g_assert_cmpuint (koers_report_render_get_n_layouts (), ==, layouts + 1);

      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) w, (int) h);
      cr = cairo_create (surface);
      for (guint page = 0; page < n; page++)
        {
          guint32 *data;
          int stride;
          gboolean footer_ink = FALSE;

          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
          koers_printable_draw_sheet (report, cr, plan, &opts, page, w, h, 36);
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          cairo_surface_flush (surface);
          data = (guint32 *) cairo_image_surface_get_data (surface);
          stride = cairo_image_surface_get_stride (surface) / 4;
          /* every page but the cover has its footer just above the margin */
          for (int y = (int) (h - 36 - 12); y < (int) (h - 36) && !footer_ink; y++)
            for (int x = (int) (w / 2 - 30); x < (int) (w / 2 + 30); x++)
              if ((data[y * stride + x] & 0xff) < 0x80)
                footer_ink = TRUE;
          g_assert_true (footer_ink == (page > 0));
        }
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      /* drawing every page laid nothing out again */
      g_assert_cmpuint (koers_report_render_get_n_layouts (), ==, layouts + 1);

      /* A3 holds more on a page than A4 */
      if (p == 1)
        {
          double w4, h4;

          koers_export_get_page_size (KOERS_EXPORT_PAPER_A4, FALSE, &w4, &h4);
          g_assert_cmpuint (n, <, koers_printable_get_n_sheets (report, plan, &opts, w4, h4, 36));
        }
    }

  /* a change of the plan is a new layout; the same state is not */
  {
    KoersRenderOptions opts;
    double w, h;
    guint layouts, before, after;
    g_autoptr(GListModel) groups = NULL;
    g_autoptr(KoersTargetGroup) group = NULL;

    koers_render_options_init (&opts);
    koers_export_get_page_size (KOERS_EXPORT_PAPER_A4, FALSE, &w, &h);
    before = koers_printable_get_n_sheets (report, plan, &opts, w, h, 36);
    layouts = koers_report_render_get_n_layouts ();
    g_assert_cmpuint (koers_printable_get_n_sheets (report, plan, &opts, w, h, 36), ==, before);
    g_assert_cmpuint (koers_report_render_get_n_layouts (), ==, layouts);

    /* without the long description, the people section takes one page, not two */
    group = g_list_model_get_item (koers_plan_get_target_groups (plan), 0);
    koers_target_group_set_description (group, "Kort.");
    after = koers_printable_get_n_sheets (report, plan, &opts, w, h, 36);
    g_assert_cmpuint (koers_report_render_get_n_layouts (), ==, layouts + 1);
    g_assert_cmpuint (after, ==, before - 1);
  }
}

/* A heading never ends a page, in any page height */
static void
test_no_orphans_any_size (void)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(KoersPlan) example = NULL;
  g_autofree char *example_file = example_path ();
  KoersPlan *plans[2];
  KoersRenderOptions opts;

  set_language ("nl");
  plan = load_plan (path);
  example = load_plan (example_file);
  plans[0] = plan;
  plans[1] = example;
  koers_render_options_init (&opts);

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    for (double h = 420; h <= 1100; h += 23)
      {
        g_autofree char *layout = _koers_report_render_describe (plans[p], &opts, 523, h);
        g_auto(GStrv) pages = g_strsplit (layout, "\n", -1);

        for (guint i = 2; pages[i] != NULL && *pages[i] != '\0'; i++)
          {
            g_auto(GStrv) boxes = g_strsplit (pages[i], "\t", -1);
            guint n = g_strv_length (boxes);

            g_assert_cmpuint (n, >, 1);
            if (g_str_has_prefix (boxes[n - 1], "H:"))
              g_error ("page %u at height %.0f ends with the heading %s", i + 1, h,
                       boxes[n - 1] + 2);
            /* a heading is followed by two lines of a longer paragraph */
            for (guint j = 1; j + 1 < n; j++)
              if (g_str_has_prefix (boxes[j], "H:") && j + 2 == n
                  && g_str_equal (boxes[j + 1], "L:1") && pages[i + 1] != NULL
                  && strstr (pages[i + 1], "\tL+:") == strchr (pages[i + 1], '\t'))
                g_error ("page %u at height %.0f: heading %s with one line", i + 1, h,
                         boxes[j] + 2);
          }
      }
}

/* Hostile texts: a word of 200000 characters, a cell of 100000, a heading
 * of 5000; the report cuts them with "…" instead of taking minutes, and
 * every page draws */
static void
test_hostile_texts (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersTargetGroup) group = koers_target_group_new ();
  g_autoptr(KoersStrategy) strategy = koers_strategy_new ();
  g_autofree char *word = g_strnfill (200000, 'x');
  g_autofree char *title = g_strnfill (5000, 'T');
  g_autoptr(GString) cell = g_string_new (NULL);
  const KoersPrintable *report = koers_printable_lookup ("report");
  g_autoptr(GTimer) timer = g_timer_new ();
  KoersRenderOptions opts;
  cairo_surface_t *surface;
  cairo_t *cr;
  double w, h;
  guint n;

  set_language ("nl");
  for (guint i = 0; i < 20000; i++)
    g_string_append (cell, "lang ");
  koers_target_group_set_name (group, title);
  koers_target_group_set_description (group, word);
  koers_target_group_set_ideal_customer (group, cell->str);
  koers_plan_append (plan, koers_plan_get_target_groups (plan), group);
  koers_strategy_set_title (strategy, title);
  koers_strategy_set_description (strategy, cell->str);
  koers_plan_append (plan, koers_plan_get_strategies (plan), strategy);

  koers_render_options_init (&opts);
  koers_export_get_page_size (KOERS_EXPORT_PAPER_A4, FALSE, &w, &h);
  n = koers_printable_get_n_sheets (report, plan, &opts, w, h, 36);
  g_test_message ("%u pages in %.2f s", n, g_timer_elapsed (timer, NULL));
  g_assert_cmpuint (n, >, 13);
  g_assert_cmpuint (n, <, 40);

  surface = cairo_pdf_surface_create (NULL, w, h);
  cr = cairo_create (surface);
  for (guint page = 0; page < n; page++)
    {
      koers_printable_draw_sheet (report, cr, plan, &opts, page, w, h, 36);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("KOERS_LOCALEDIR");
  int ret;

  g_setenv ("LANGUAGE", "nl", TRUE);
  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  tmpdir = koers_test_make_suite_dir ("koers-test-report-XXXXXX");

  g_test_add_func ("/report/fixture/nl", test_fixture_nl);
  g_test_add_func ("/report/fixture/en", test_fixture_en);
  g_test_add_func ("/report/example/nl", test_example_nl);
  g_test_add_func ("/report/example/en", test_example_en);
  g_test_add_func ("/report/calendar/period", test_calendar_period);
  g_test_add_func ("/report/calendar/cap", test_calendar_cap);
  g_test_add_func ("/report/pages-agree", test_pages_agree);
  g_test_add_func ("/report/no-orphans", test_no_orphans_any_size);
  g_test_add_func ("/report/hostile-texts", test_hostile_texts);

  ret = g_test_run ();
  koers_test_remove_tree (tmpdir);
  return ret;
}
