/* test-print.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing through the table of printables, without a printer: what the
 * window's Print action picks on each page, and the print operation's
 * pages exported to PDF as a printer would get them. Runs under Xvfb.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "koers-export.h"
#include "koers-export-dialog-private.h"
#include "koers-export-status.h"
#include "koers-page-slot.h"
#include "koers-plan-io.h"
#include "koers-print.h"
#include "koers-rose-view.h"
#include "koers-window.h"

#include "koers-test-util.h"
#include "koers-test-util-gtk.h"

/* koers-print.c: with this on the window, Print writes this PDF instead
 * of showing the dialog */
#define EXPORT_FILENAME_KEY "koers-print-export-filename"

static char *tmpdir;

static KoersWindow *
open_example (void)
{
  g_autofree char *copy = g_build_filename (tmpdir, "plan.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (copy);

  koers_test_copy_example (copy);
  return koers_test_open_window (file);
}

static GtkStack *
pages_of (KoersWindow *window)
{
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_STACK (w) && gtk_stack_get_child_by_name (GTK_STACK (w), "overview") != NULL)
        return GTK_STACK (w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL;
           c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_assert_not_reached ();
}

static KoersPage *
show_page (KoersWindow *window,
           const char  *name)
{
  GtkStack *pages = pages_of (window);
  GtkWidget *slot;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, name);
  slot = gtk_stack_get_visible_child (pages);
  g_assert_true (KOERS_IS_PAGE_SLOT (slot));
  return koers_page_slot_get_page (KOERS_PAGE_SLOT (slot));
}

static guint
count_string (const char *data,
              gsize       length,
              const char *needle,
              gboolean    not_plural)
{
  gsize n = strlen (needle);
  guint count = 0;

  for (gsize i = 0; i + n < length; i++)
    if (memcmp (data + i, needle, n) == 0 && (!not_plural || data[i + n] != 's'))
      count++;
  return count;
}

/* cairo 1.16 writes no object streams: the page objects are plain text */
static guint
count_pdf_pages (const char *data,
                 gsize       length)
{
  return count_string (data, length, "/Type /Page", TRUE);
}

/* How cairo writes a PDF string: as it is when ASCII, else UTF-16BE hex */
static char *
pdf_string (const char *text)
{
  g_autofree gunichar2 *utf16 = NULL;
  glong n = 0;
  GString *hex;
  gboolean ascii = TRUE;

  for (const char *p = text; *p; p++)
    if ((guchar) *p >= 0x80)
      ascii = FALSE;
  if (ascii)
    return g_strdup_printf ("(%s)", text);

  utf16 = g_utf8_to_utf16 (text, -1, NULL, &n, NULL);
  hex = g_string_new ("<FEFF");
  for (glong i = 0; i < n; i++)
    g_string_append_printf (hex, "%04X", utf16[i]);
  g_string_append_c (hex, '>');
  return g_string_free (hex, FALSE);
}

/* What Print picks: the page's printable, or the rose on a page without
 * one; and the options come from what the page shows. */
static void
test_pick_printable (void)
{
  KoersWindow *window = open_example ();
  const KoersPrintable *rose = koers_printable_lookup ("rose");
  KoersPage *page;
  KoersRenderOptions opts;
  KoersRoseView *view;

  g_assert_nonnull (rose);
  g_assert_true (koers_print_pick_printable (NULL) == rose);

  page = show_page (window, "rose");
  g_assert_cmpstr (koers_page_get_printable_id (page), ==, "rose");
  g_assert_true (koers_print_pick_printable (page) == rose);

  /* the rose page prints in the style it shows */
  view = KOERS_ROSE_VIEW (koers_test_find_descendant (GTK_WIDGET (page), KOERS_TYPE_ROSE_VIEW));
  koers_page_get_print_options (page, &opts);
  g_assert_cmpint (opts.style, ==, KOERS_RENDER_STYLE_COLOUR);
  g_assert_false (opts.blank);
  g_assert_cmpuint (opts.poster_columns, ==, 1);
  koers_rose_view_set_style (view, KOERS_RENDER_STYLE_BW);
  koers_page_get_print_options (page, &opts);
  g_assert_cmpint (opts.style, ==, KOERS_RENDER_STYLE_BW);

  /* a page with nothing of its own prints the plan's default */
  page = show_page (window, "people");
  g_assert_null (koers_page_get_printable_id (page));
  g_assert_true (koers_print_pick_printable (page) == koers_printable_get_default ());

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
pdf_written (gpointer path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &data, &length, NULL) && length > 6 &&
         g_strstr_len (data + length - MIN (length, 16), MIN (length, 16), "%%EOF") != NULL;
}

/* win.print, as Ctrl+P and the rose page's button do, with the dialog
 * replaced by an export to PDF */
static void
test_print_action (void)
{
  KoersWindow *window = open_example ();
  KoersPlan *plan = koers_window_get_plan (window);
  g_autofree char *title = koers_printable_dup_title (koers_printable_lookup ("rose"), plan);
  g_autofree char *title_string = pdf_string (title);
  g_autofree char *expected = g_strdup_printf ("/Title %s", title_string);
  const char *pages[] = { "rose", "people" };

  g_assert_true (g_str_has_prefix (title, "Communicatieroos – ") ||
                 g_str_has_prefix (title, "Communication rose – "));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/print-%s.pdf", tmpdir, pages[i]);
      g_autofree char *data = NULL;
      gsize length;

      show_page (window, pages[i]);
      g_object_set_data_full (G_OBJECT (window), EXPORT_FILENAME_KEY, g_strdup (path), g_free);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
      koers_test_iterate_until (pdf_written, path);

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_true (g_str_has_prefix (data, "%PDF-"));
      /* the rose: one sheet, A4 portrait (the first print of a window) */
      g_assert_cmpuint (count_pdf_pages (data, length), ==, 1);
      g_assert_cmpuint (count_string (data, length, "/MediaBox [ 0 0 595.275591 841.889764 ]",
                                      FALSE), ==, 1);
      if (count_string (data, length, expected, FALSE) != 1)
        g_error ("%s lacks %s", path, expected);
      /* printing does not change the page that shows */
      g_assert_cmpstr (gtk_stack_get_visible_child_name (pages_of (window)), ==, pages[i]);
      g_unlink (path);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gboolean                *done)
{
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  *done = TRUE;
}

/* The print operation makes a poster as the PDF export does: the same
 * number of A4 sheets. */
static void
test_print_poster (void)
{
  g_autofree char *copy = g_build_filename (tmpdir, "poster.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (copy);
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  guint sizes[] = { 1, 2, 3 };

  koers_test_copy_example (copy);
  plan = koers_plan_io_load (file, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(KoersPrint) print = koers_print_new (plan, koers_printable_lookup ("rose"));
      g_autoptr(GtkPageSetup) a4 = gtk_page_setup_new ();
      GtkPaperSize *paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
      g_autofree char *path = g_strdup_printf ("%s/poster-%u.pdf", tmpdir, sizes[i]);
      g_autofree char *data = NULL;
      KoersExportOptions export_opts;
      gboolean done = FALSE;
      gsize length;

      gtk_page_setup_set_paper_size_and_default_margins (a4, paper);
      gtk_paper_size_free (paper);
      gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (print), a4);
      koers_print_set_poster (print, sizes[i], sizes[i]);
      gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (print), FALSE);
      gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);
      g_signal_connect (print, "done", G_CALLBACK (print_done_cb), &done);
      g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (print),
                                                GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                       ==, GTK_PRINT_OPERATION_RESULT_APPLY);
      g_assert_no_error (error);
      g_assert_true (done);

      koers_export_options_init (&export_opts);
      export_opts.page = "rose";
      export_opts.poster_columns = export_opts.poster_rows = sizes[i];

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_cmpuint (count_pdf_pages (data, length), ==, sizes[i] * sizes[i]);
      g_assert_cmpuint (count_pdf_pages (data, length), ==,
                        koers_export_get_n_sheets (plan, &export_opts));
      g_assert_cmpuint (count_string (data, length, "/MediaBox [ 0 0 595.275591 841.889764 ]",
                                      FALSE), ==, sizes[i] * sizes[i]);
      g_unlink (path);
    }
}

static guint
count_visible (GtkWidget *widget,
               GType      type)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type) && gtk_widget_get_visible (c))
        n++;
      n += count_visible (c, type);
    }
  return n;
}

/* A row as a new diagram would add it: three pages, no options. The print
 * operation takes any row; the dialog's tab offers none of the options. */
static guint
three_n_pages (KoersPlan                *plan,
               const KoersRenderOptions *opts,
               double                    width,
               double                    height)
{
  return 3;
}

static void
three_draw_page (cairo_t                  *cr,
                 KoersPlan                *plan,
                 const KoersRenderOptions *opts,
                 guint                     page,
                 double                    width,
                 double                    height)
{
  g_assert_cmpuint (page, <, 3);
  g_assert_false (koers_render_options_is_poster (opts));
  cairo_rectangle (cr, 0, 0, width, height / (page + 1));
  cairo_fill (cr);
}

static const KoersPrintable three_pages = {
  .id = "three",
  .name = "Three pages",
  .features = 0,
  .n_pages = three_n_pages,
  .draw_page = three_draw_page,
};

static void
test_print_other_printable (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersPrint) print = koers_print_new (plan, &three_pages);
  GtkPrintOperationClass *klass = GTK_PRINT_OPERATION_GET_CLASS (print);
  g_autofree char *path = g_build_filename (tmpdir, "three.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *tab_label = NULL;
  GtkWidget *tab;
  gboolean done = FALSE;
  gsize length;

  g_assert_true (koers_print_get_printable (print) == &three_pages);
  g_object_get (print, "custom-tab-label", &tab_label, NULL);
  g_assert_cmpstr (tab_label, ==, "Three pages");

  /* the custom tab: none of the rose's options */
  tab = klass->create_custom_widget (GTK_PRINT_OPERATION (print));
  g_object_ref_sink (tab);
  g_assert_cmpuint (count_visible (tab, GTK_TYPE_DROP_DOWN), ==, 0);
  g_assert_cmpuint (count_visible (tab, GTK_TYPE_CHECK_BUTTON), ==, 0);
  klass->custom_widget_apply (GTK_PRINT_OPERATION (print), tab);
  g_object_unref (tab);

  /* a poster it cannot make is not made: three pages, one sheet each */
  koers_print_set_poster (print, 2, 2);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (print), FALSE);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);
  g_signal_connect (print, "done", G_CALLBACK (print_done_cb), &done);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (print),
                                            GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (done);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (count_pdf_pages (data, length), ==, 3);
  g_unlink (path);
}

/* The rose's tab offers all three */
static void
test_print_rose_tab (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersPrint) print = koers_print_new (plan, NULL);
  GtkPrintOperationClass *klass = GTK_PRINT_OPERATION_GET_CLASS (print);
  g_autofree char *tab_label = NULL;
  GtkWidget *tab;
  GtkWidget *blank;

  g_assert_true (koers_print_get_printable (print) == koers_printable_lookup ("rose"));
  g_object_get (print, "custom-tab-label", &tab_label, NULL);
  g_assert_cmpstr (tab_label, ==, koers_printable_get_name (koers_printable_lookup ("rose")));

  tab = klass->create_custom_widget (GTK_PRINT_OPERATION (print));
  g_object_ref_sink (tab);
  /* variant and poster, and the blank version */
  g_assert_cmpuint (count_visible (tab, GTK_TYPE_DROP_DOWN), ==, 2);
  g_assert_cmpuint (count_visible (tab, GTK_TYPE_CHECK_BUTTON), ==, 1);

  /* what the tab applies is what prints */
  g_assert_false (koers_print_get_options (print)->blank);
  blank = koers_test_find_descendant (tab, GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (blank), TRUE);
  klass->custom_widget_apply (GTK_PRINT_OPERATION (print), tab);
  g_assert_true (koers_print_get_options (print)->blank);
  g_assert_cmpint (koers_print_get_options (print)->style, ==, KOERS_RENDER_STYLE_COLOUR);
  g_assert_cmpuint (koers_print_get_options (print)->poster_columns, ==, 1);
  g_object_unref (tab);
}

static GtkWidget *
find_by_type (GtkWidget *root,
              GType      type,
              guint      nth)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  /* depth first, in the order of the children */
  g_ptr_array_add (stack, root);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
      g_autoptr(GPtrArray) children = g_ptr_array_new ();

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (w))
        g_ptr_array_add (found, w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL;
           c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (children, c);
      for (guint i = children->len; i > 0; i--)
        g_ptr_array_add (stack, children->pdata[i - 1]);
    }
  g_assert_cmpuint (nth, <, found->len);
  return found->pdata[nth];
}

static void
assert_range (const KoersRenderOptions *opts,
              const char               *from,
              const char               *to)
{
  char text[32];

  if (from == NULL)
    {
      g_assert_false (g_date_valid (&opts->from));
      g_assert_false (g_date_valid (&opts->to));
      return;
    }
  g_assert_true (g_date_valid (&opts->from) && g_date_valid (&opts->to));
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &opts->from);
  g_assert_cmpstr (text, ==, from);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &opts->to);
  g_assert_cmpstr (text, ==, to);
}

/* The calendar's tab: the variant and the months (this month, the plan's
 * period, or from one month to another, with month drop-downs and year
 * spin buttons that count only then); no blank version, no poster */
static void
test_print_calendar_tab (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersPrint) print = koers_print_new (plan, koers_printable_lookup ("calendar"));
  GtkPrintOperationClass *klass = GTK_PRINT_OPERATION_GET_CLASS (print);
  KoersRenderOptions opts;
  GtkWidget *tab, *range, *from_month, *to_month, *from_year, *to_year;

  koers_render_options_init (&opts);
  g_date_set_dmy (&opts.from, 1, 3, 2027);
  g_date_set_dmy (&opts.to, 31, 3, 2027);
  koers_print_set_options (print, &opts);
  g_assert_cmpint (koers_print_get_range (print), ==, KOERS_PRINT_RANGE_MONTH);
  assert_range (koers_print_get_options (print), "2027-03-01", "2027-03-31");

  tab = klass->create_custom_widget (GTK_PRINT_OPERATION (print));
  g_object_ref_sink (tab);
  g_assert_cmpuint (count_visible (tab, GTK_TYPE_DROP_DOWN), ==, 4);
  g_assert_cmpuint (count_visible (tab, GTK_TYPE_SPIN_BUTTON), ==, 2);
  g_assert_cmpuint (count_visible (tab, GTK_TYPE_CHECK_BUTTON), ==, 0);
  range = find_by_type (tab, GTK_TYPE_DROP_DOWN, 1);
  from_month = find_by_type (tab, GTK_TYPE_DROP_DOWN, 2);
  to_month = find_by_type (tab, GTK_TYPE_DROP_DOWN, 3);
  from_year = find_by_type (tab, GTK_TYPE_SPIN_BUTTON, 0);
  to_year = find_by_type (tab, GTK_TYPE_SPIN_BUTTON, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (range)), ==, 0);
  /* "this month" names it */
  {
    GtkStringObject *item = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (range));

    g_assert_true (g_str_has_suffix (gtk_string_object_get_string (item), "2027"));
  }
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (from_month)), ==, 2);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (to_year)), ==, 2027);
  g_assert_false (gtk_widget_is_sensitive (from_month));
  g_assert_false (gtk_widget_is_sensitive (to_year));

  /* from January to June */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (range), KOERS_PRINT_RANGE_MONTHS);
  g_assert_true (gtk_widget_is_sensitive (from_month));
  g_assert_true (gtk_widget_is_sensitive (to_year));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (from_month), 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (to_month), 5);
  klass->custom_widget_apply (GTK_PRINT_OPERATION (print), tab);
  g_assert_cmpint (koers_print_get_range (print), ==, KOERS_PRINT_RANGE_MONTHS);
  assert_range (koers_print_get_options (print), "2027-01-01", "2027-06-30");

  /* the other way round is the same months */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (from_year), 2028);
  klass->custom_widget_apply (GTK_PRINT_OPERATION (print), tab);
  assert_range (koers_print_get_options (print), "2027-06-01", "2028-01-31");

  /* the plan's period: cleared */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (range), KOERS_PRINT_RANGE_PERIOD);
  klass->custom_widget_apply (GTK_PRINT_OPERATION (print), tab);
  assert_range (koers_print_get_options (print), NULL, NULL);
  g_object_unref (tab);
}

static void
print_to (KoersWindow *window,
          const char  *path)
{
  g_object_set_data_full (G_OBJECT (window), EXPORT_FILENAME_KEY, g_strdup (path), g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  koers_test_iterate_until (pdf_written, (gpointer) path);
}

/* Print on the calendar page prints the month that shows, on landscape
 * paper; a range chosen in the tab is what the next print starts from */
static void
test_print_calendar_page (void)
{
  KoersWindow *window = open_example ();
  KoersPlan *plan = koers_window_get_plan (window);
  KoersPage *page = show_page (window, "calendar");
  g_autofree char *path = g_build_filename (tmpdir, "kalender.pdf", NULL);
  g_autofree char *path2 = g_build_filename (tmpdir, "kalender-2.pdf", NULL);
  g_autofree char *title = koers_printable_dup_title (koers_printable_lookup ("calendar"), plan);
  g_autofree char *title_string = pdf_string (title);
  g_autofree char *expected = g_strdup_printf ("/Title %s", title_string);
  g_autofree char *data = NULL;
  KoersRenderOptions opts;
  gsize length;

  g_assert_cmpstr (koers_page_get_printable_id (page), ==, "calendar");
  g_assert_true (koers_print_pick_printable (page) == koers_printable_lookup ("calendar"));
  /* the example opens on its first month; two on is March */
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.next", NULL);
  koers_render_options_init (&opts);
  koers_page_get_print_options (page, &opts);
  assert_range (&opts, "2027-03-01", "2027-03-31");

  print_to (window, path);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (count_pdf_pages (data, length), ==, 1);
  g_assert_cmpuint (count_string (data, length, "/MediaBox [ 0 0 841.889764 595.275591 ]", FALSE),
                    ==, 1);
  if (count_string (data, length, expected, FALSE) != 1)
    g_error ("%s lacks %s", path, expected);
  g_clear_pointer (&data, g_free);

  /* a print with the plan's period chosen: twelve months; the next
   * print from the page starts from that choice */
  {
    g_autoptr(KoersPrint) print = koers_print_new (plan, koers_printable_lookup ("calendar"));

    koers_print_set_options (print, &opts);
    koers_print_set_range (print, KOERS_PRINT_RANGE_PERIOD, NULL, NULL);
    g_object_set_data_full (G_OBJECT (window), EXPORT_FILENAME_KEY, g_strdup (path2), g_free);
    koers_print_run (print, GTK_WINDOW (window));
    koers_test_iterate_until (pdf_written, path2);
  }
  g_assert_true (g_file_get_contents (path2, &data, &length, NULL));
  g_assert_cmpuint (count_pdf_pages (data, length), ==, 12);
  g_clear_pointer (&data, g_free);
  g_unlink (path);
  g_unlink (path2);

  print_to (window, path);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (count_pdf_pages (data, length), ==, 12);
  g_unlink (path);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The export dialog's name follows the chosen type, and the type the name;
 * the status line names a document-portal file by its name alone */
static void
test_export_name_for_format (void)
{
  static const struct {
    const char *name, *chosen, *suggested, *want;
  } cases[] = {
    /* the suggested name, another type chosen: the name follows */
    { "communicatieroos.pdf", ".png", ".pdf", "communicatieroos.png" },
    { "communicatieroos.PDF", ".svg", ".pdf", "communicatieroos.svg" },
    /* the suggested type kept */
    { "communicatieroos.pdf", ".pdf", ".pdf", "communicatieroos.pdf" },
    /* an extension the user typed picks the format, whatever the type */
    { "roos.svg", ".png", ".pdf", "roos.svg" },
    { "roos.png", ".pdf", ".pdf", "roos.png" },
    /* no extension, or one that is no format: the chosen type's */
    { "roos", ".svg", ".pdf", "roos.svg" },
    { "roos.v2", ".png", ".pdf", "roos.v2.png" },
    { "plan.koers", ".pdf", ".pdf", "plan.koers.pdf" },
  };
  static const struct {
    const char *path, *want;
  } places[] = {
    { "/run/user/1000/doc/4f2a9c1e/roos.pdf", "roos.pdf" },
    { "/home/anna/Documenten/roos.pdf", "/home/anna/Documenten/roos.pdf" },
    /* a folder called doc elsewhere is an ordinary path */
    { "/home/anna/doc/roos.pdf", "/home/anna/doc/roos.pdf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = koers_export_name_for_format (cases[i].name, cases[i].chosen,
                                                           cases[i].suggested);

      g_assert_cmpstr (got, ==, cases[i].want);
    }
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (places[i].path);
      g_autofree char *where = koers_export_status_dup_where (file);
      GtkWidget *status = g_object_ref_sink (koers_export_status_new ());
      g_autofree char *want = g_strconcat ("Exported to ", places[i].want, NULL);

      g_assert_cmpstr (where, ==, places[i].want);
      g_assert_false (gtk_widget_get_visible (status));
      koers_export_status_show (KOERS_EXPORT_STATUS (status), file);
      g_assert_true (gtk_widget_get_visible (status));
      g_assert_cmpstr (koers_export_status_get_text (KOERS_EXPORT_STATUS (status)), ==, want);
      g_assert_true (koers_export_status_get_file (KOERS_EXPORT_STATUS (status)) == file);
      koers_export_status_hide (KOERS_EXPORT_STATUS (status));
      g_assert_false (gtk_widget_get_visible (status));
      g_assert_null (koers_export_status_get_file (KOERS_EXPORT_STATUS (status)));
      g_object_unref (status);
    }
}

static gboolean
widget_visible (gpointer data)
{
  return gtk_widget_get_visible (data);
}

static KoersExportStatus *
find_export_status (GtkWidget *page)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, page);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (KOERS_IS_EXPORT_STATUS (w))
        return KOERS_EXPORT_STATUS (w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL;
           c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (c) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (c)), label) == 0)
        return c;
      if ((found = find_button (c, label)) != NULL)
        return found;
    }
  return NULL;
}

/* An export from a page through the shared dialog's response: @name in the
 * folder, type @chosen in the dialog that suggested @suggested; returns the
 * page's status line once it shows */
static KoersExportStatus *
export_from_page (KoersPage          *page,
                  KoersExportChoices *choices,
                  const char         *name,
                  guint               chosen)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KoersExportStatus *status = find_export_status (GTK_WIDGET (page));
  KoersRenderOptions opts;

  g_assert_nonnull (status);
  koers_render_options_init (&opts);
  koers_page_get_print_options (page, &opts);
  _koers_export_dialog_export (page, choices, opts.style, file, chosen, "could not be exported");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (status)));
  koers_test_iterate_until (widget_visible, status);
  return status;
}

static void
assert_file_starts (const char *path,
                    const char *magic)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, strlen (magic));
  g_assert_true (memcmp (data, magic, strlen (magic)) == 0);
}

/* An export from the rose page: PNG chosen for the suggested PDF name writes
 * a PNG, the page then says where it went, and the next dialog offers PNG */
static void
test_export_from_page (void)
{
  KoersWindow *window = open_example ();
  KoersPage *page = show_page (window, "rose");
  g_autofree char *pdf = g_build_filename (tmpdir, "communication-rose.pdf", NULL);
  g_autofree char *png = g_build_filename (tmpdir, "communication-rose.png", NULL);
  g_autofree char *want = g_strconcat ("Exported to ", png, NULL);
  g_autofree char *typed = g_build_filename (tmpdir, "roos-workshop.pdf", NULL);
  KoersExportChoices choices = { 0, FALSE, KOERS_EXPORT_PAPER_A4, FALSE };
  KoersExportStatus *status;
  GtkWidget *open;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_export_status (GTK_WIDGET (page)))));

  /* type 2 is PNG; the dialog suggested the PDF name */
  status = export_from_page (page, &choices, "communication-rose.pdf", 2);

  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  assert_file_starts (png, "\x89PNG");
  g_assert_cmpstr (koers_export_status_get_text (status), ==, want);
  g_assert_cmpstr (g_file_peek_path (koers_export_status_get_file (status)), ==, png);
  g_assert_cmpuint (choices.format, ==, 2);
  open = find_button (GTK_WIDGET (status), "_Open File");
  g_assert_nonnull (open);
  g_assert_true (gtk_widget_get_visible (open));

  /* the next export suggested the PNG name; a typed .pdf picks PDF */
  status = export_from_page (page, &choices, "roos-workshop.pdf", 2);
  assert_file_starts (typed, "%PDF");
  g_assert_cmpuint (choices.format, ==, 0);
  g_assert_true (g_str_has_suffix (koers_export_status_get_text (status), "roos-workshop.pdf"));

  g_unlink (png);
  g_unlink (typed);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The maturity page has the same status line: a typed .svg wins over the
 * PNG type, and the line names the SVG */
static void
test_export_from_maturity_page (void)
{
  KoersWindow *window = open_example ();
  KoersPage *page = show_page (window, "maturity");
  g_autofree char *svg = g_build_filename (tmpdir, "fasen.svg", NULL);
  g_autofree char *png = g_build_filename (tmpdir, "fasen.svg.png", NULL);
  g_autofree char *want = g_strconcat ("Exported to ", svg, NULL);
  KoersExportChoices choices = { 0, FALSE, KOERS_EXPORT_PAPER_A4, FALSE };
  KoersExportStatus *status;
  KoersPage *rose;

  status = export_from_page (page, &choices, "fasen.svg", 2);

  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  assert_file_starts (svg, "<?xml");
  g_assert_cmpstr (koers_export_status_get_text (status), ==, want);
  g_assert_cmpuint (choices.format, ==, 1);
  /* the rose page's line is its own */
  rose = show_page (window, "rose");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_export_status (GTK_WIDGET (rose)))));
  g_unlink (svg);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An export from the calendar page: the month that shows, or the months
 * the dialog chose */
static void
test_export_from_calendar_page (void)
{
  KoersWindow *window = open_example ();
  KoersPage *page = show_page (window, "calendar");
  g_autofree char *pdf = g_build_filename (tmpdir, "maand.pdf", NULL);
  g_autofree char *half = g_build_filename (tmpdir, "halfjaar.pdf", NULL);
  KoersExportChoices choices = { 0, FALSE, KOERS_EXPORT_PAPER_A4, FALSE };
  g_autofree char *data = NULL;
  gsize length;

  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.next", NULL);
  export_from_page (page, &choices, "maand.pdf", 0);
  g_assert_true (g_file_get_contents (pdf, &data, &length, NULL));
  g_assert_cmpuint (count_pdf_pages (data, length), ==, 1);
  g_assert_cmpuint (count_string (data, length, "/MediaBox [ 0 0 841.889764 595.275591 ]", FALSE),
                    ==, 1);
  g_clear_pointer (&data, g_free);

  choices.range = KOERS_PRINT_RANGE_MONTHS;
  g_date_set_dmy (&choices.first, 1, 6, 2027);
  g_date_set_dmy (&choices.last, 1, 1, 2027);
  export_from_page (page, &choices, "halfjaar.pdf", 0);
  g_assert_true (g_file_get_contents (half, &data, &length, NULL));
  g_assert_cmpuint (count_pdf_pages (data, length), ==, 6);
  g_unlink (pdf);
  g_unlink (half);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The overview prints and exports the plan report: win.print picks it,
 * and its Export… writes every page of it in one PDF */
static void
test_export_from_overview (void)
{
  KoersWindow *window = open_example ();
  KoersPage *page = show_page (window, "overview");
  const KoersPrintable *report = koers_printable_lookup ("report");
  g_autofree char *pdf = g_build_filename (tmpdir, "plan-report.pdf", NULL);
  g_autofree char *want = g_strconcat ("Exported to ", pdf, NULL);
  KoersExportChoices choices = { 0, FALSE, KOERS_EXPORT_PAPER_A4, FALSE };
  KoersExportStatus *status;
  KoersRenderOptions opts;
  g_autofree char *data = NULL;
  gsize length;
  guint n_pages = 0;
  double w, h;

  g_assert_nonnull (report);
  g_assert_cmpstr (koers_page_get_printable_id (page), ==, "report");
  g_assert_true (koers_print_pick_printable (page) == report);

  status = export_from_page (page, &choices, "plan-report.pdf", 0);
  assert_file_starts (pdf, "%PDF");
  g_assert_cmpstr (koers_export_status_get_text (status), ==, want);

  /* as many pages as the report has on A4 */
  g_assert_true (g_file_get_contents (pdf, &data, &length, NULL));
  /* a PDF has binary streams: not a string search */
  for (gsize i = 0; i + 12 < length; i++)
    if (memcmp (data + i, "/Type /Page", 11) == 0 && data[i + 11] != 's')
      n_pages++;
  koers_render_options_init (&opts);
  koers_export_get_page_size (KOERS_EXPORT_PAPER_A4, FALSE, &w, &h);
  g_assert_cmpuint (n_pages, >, 10);
  g_assert_cmpuint (n_pages, ==, koers_printable_get_n_sheets (report, koers_page_get_plan (page),
                                                               &opts, w, h, 36));
  g_unlink (pdf);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
message_dialog_shown (gpointer data)
{
  GtkWidget **found = data;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      *found = l->data;
  g_list_free (toplevels);
  return *found != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  GtkWidget *none = NULL;

  return !message_dialog_shown (&none);
}

/* A name that followed the type is another file than the one the dialog
 * asked about: when it exists, the export asks before replacing it, and
 * Cancel leaves it as it was */
static void
test_export_asks_before_replacing (void)
{
  KoersWindow *window = open_example ();
  KoersPage *page = show_page (window, "rose");
  g_autofree char *path = g_build_filename (tmpdir, "roos-bestaat.pdf", NULL);
  g_autofree char *png = g_build_filename (tmpdir, "roos-bestaat.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KoersExportStatus *status = find_export_status (GTK_WIDGET (page));
  KoersExportChoices choices = { 0, FALSE, KOERS_EXPORT_PAPER_A4, FALSE };
  g_autofree char *data = NULL;
  GtkWidget *dialog = NULL;

  g_assert_true (g_file_set_contents (png, "oud", -1, NULL));

  _koers_export_dialog_export (page, &choices, KOERS_RENDER_STYLE_COLOUR, file, 2, "fout");
  koers_test_iterate_until (message_dialog_shown, &dialog);
  {
    g_autofree char *text = NULL;

    g_object_get (dialog, "text", &text, NULL);
    g_assert_cmpstr (text, ==, "Replace “roos-bestaat.png”?");
  }
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  koers_test_iterate_until (dialog_gone, NULL);
  koers_test_iterate_for (100);
  g_assert_true (g_file_get_contents (png, &data, NULL, NULL));
  g_assert_cmpstr (data, ==, "oud");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (status)));
  /* nothing was exported: the next dialog still starts on PDF */
  g_assert_cmpuint (choices.format, ==, 0);

  /* Replace writes it */
  dialog = NULL;
  _koers_export_dialog_export (page, &choices, KOERS_RENDER_STYLE_COLOUR, file, 2, "fout");
  koers_test_iterate_until (message_dialog_shown, &dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  koers_test_iterate_until (widget_visible, status);
  assert_file_starts (png, "\x89PNG");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (choices.format, ==, 2);

  /* a question still open when the window goes drops the export with it */
  g_assert_true (g_file_set_contents (png, "oud", -1, NULL));
  choices.format = 0;
  dialog = NULL;
  _koers_export_dialog_export (page, &choices, KOERS_RENDER_STYLE_COLOUR, file, 2, "fout");
  koers_test_iterate_until (message_dialog_shown, &dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  koers_test_iterate_until (dialog_gone, NULL);
  g_clear_pointer (&data, g_free);
  g_assert_true (g_file_get_contents (png, &data, NULL, NULL));
  g_assert_cmpstr (data, ==, "oud");
  g_unlink (png);
}

/* The report as PNG or SVG: a file per page, NAME-1.png to NAME-N.png,
 * and not NAME.png; the line names the first and the count. The rose
 * stays one file of its plain name. */
static void
test_export_report_pages (void)
{
  KoersWindow *window = open_example ();
  KoersPage *page = show_page (window, "overview");
  const KoersPrintable *report = koers_printable_lookup ("report");
  KoersExportChoices choices = { 0, FALSE, KOERS_EXPORT_PAPER_A4, FALSE };
  KoersRenderOptions opts;
  g_autofree char *plain = g_build_filename (tmpdir, "verslag.png", NULL);
  KoersExportStatus *status;
  guint n_pages;
  double w, h;

  koers_render_options_init (&opts);
  koers_export_get_page_size (KOERS_EXPORT_PAPER_A4, FALSE, &w, &h);
  n_pages = koers_printable_get_n_sheets (report, koers_page_get_plan (page), &opts, w, h, 36);
  g_assert_cmpuint (n_pages, >, 10);

  for (guint f = 1; f <= 2; f++)
    {
      const char *ext = f == 1 ? "svg" : "png";
      g_autofree char *chosen = g_strdup_printf ("verslag.%s", ext);
      g_autofree char *first = g_strdup_printf ("%s/verslag-1.%s", tmpdir, ext);
      g_autofree char *want = NULL;

      status = export_from_page (page, &choices, chosen, f);
      want = g_strdup_printf ("Exported %u pages, a file each, the first to %s", n_pages, first);
      g_assert_cmpstr (koers_export_status_get_text (status), ==, want);
      g_assert_cmpstr (g_file_peek_path (koers_export_status_get_file (status)), ==, first);
      for (guint i = 1; i <= n_pages + 1; i++)
        {
          g_autofree char *path = g_strdup_printf ("%s/verslag-%u.%s", tmpdir, i, ext);

          /* one file for each page, and no more */
          g_assert_cmpint (g_file_test (path, G_FILE_TEST_EXISTS), ==, i <= n_pages);
          if (i <= n_pages)
            assert_file_starts (path, f == 1 ? "<?xml" : "\x89PNG");
        }
      {
        g_autofree char *unnumbered = g_strdup_printf ("%s/verslag.%s", tmpdir, ext);

        g_assert_false (g_file_test (unnumbered, G_FILE_TEST_EXISTS));
      }
    }
  g_assert_false (g_file_test (plain, G_FILE_TEST_EXISTS));

  /* a page's file that exists is asked about; Cancel writes none */
  {
    g_autofree char *third = g_build_filename (tmpdir, "verslag-3.png", NULL);
    g_autofree char *data = NULL;
    g_autofree char *text = NULL;
    g_autofree char *secondary = NULL;
    g_autoptr(GFile) file = g_file_new_for_path (plain);
    GtkWidget *dialog = NULL;

    for (guint i = 1; i <= n_pages; i++)
      {
        g_autofree char *path = g_strdup_printf ("%s/verslag-%u.png", tmpdir, i);

        g_unlink (path);
      }
    g_assert_true (g_file_set_contents (third, "oud", -1, NULL));
    _koers_export_dialog_export (page, &choices, KOERS_RENDER_STYLE_COLOUR, file, 2, "fout");
    koers_test_iterate_until (message_dialog_shown, &dialog);
    g_object_get (dialog, "text", &text, "secondary-text", &secondary, NULL);
    g_assert_cmpstr (text, ==, "Replace “verslag-3.png”?");
    g_assert_true (g_str_has_prefix (secondary, "The "));
    g_assert_nonnull (strstr (secondary, " pages go to a file each, named with their numbers"));
    gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
    koers_test_iterate_until (dialog_gone, NULL);
    koers_test_iterate_for (100);
    g_assert_true (g_file_get_contents (third, &data, NULL, NULL));
    g_assert_cmpstr (data, ==, "oud");
    {
      g_autofree char *first = g_build_filename (tmpdir, "verslag-1.png", NULL);

      g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
    }
    g_unlink (third);
  }

  /* one page: its plain name */
  {
    KoersPage *rose = show_page (window, "rose");
    KoersExportChoices rose_choices = { 0, FALSE, KOERS_EXPORT_PAPER_A4, FALSE };
    g_autofree char *roos = g_build_filename (tmpdir, "roos-een.png", NULL);
    g_autofree char *numbered = g_build_filename (tmpdir, "roos-een-1.png", NULL);
    g_autofree char *want = g_strconcat ("Exported to ", roos, NULL);

    status = export_from_page (rose, &rose_choices, "roos-een.png", 2);
    assert_file_starts (roos, "\x89PNG");
    g_assert_false (g_file_test (numbered, G_FILE_TEST_EXISTS));
    g_assert_cmpstr (koers_export_status_get_text (status), ==, want);
    g_unlink (roos);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The Flatpak build runs the tests without a display. */
  if (!koers_test_init_gtk (&argc, &argv))
    return 0;

  tmpdir = koers_test_make_suite_dir ("koers-test-print-XXXXXX");

  g_test_add_func ("/print/window/pick", test_pick_printable);
  g_test_add_func ("/print/window/print-action", test_print_action);
  g_test_add_func ("/print/operation/poster", test_print_poster);
  g_test_add_func ("/print/operation/other-printable", test_print_other_printable);
  g_test_add_func ("/print/operation/rose-tab", test_print_rose_tab);
  g_test_add_func ("/print/operation/calendar-tab", test_print_calendar_tab);
  g_test_add_func ("/print/window/calendar-page", test_print_calendar_page);
  g_test_add_func ("/print/export/name-for-format", test_export_name_for_format);
  g_test_add_func ("/print/export/from-page", test_export_from_page);
  g_test_add_func ("/print/export/from-maturity-page", test_export_from_maturity_page);
  g_test_add_func ("/print/export/from-calendar-page", test_export_from_calendar_page);
  g_test_add_func ("/print/export/from-overview", test_export_from_overview);
  g_test_add_func ("/print/export/asks-before-replacing", test_export_asks_before_replacing);
  g_test_add_func ("/print/export/report-pages", test_export_report_pages);

  status = g_test_run ();
  koers_test_remove_suite_dir (tmpdir);
  return status;
}
