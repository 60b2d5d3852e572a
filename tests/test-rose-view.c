/* test-rose-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The communication rose on screen: scoring by pointer and keyboard, the
 * accessible description, the rose page, and printing through the same
 * renderer. Runs under Xvfb.
 *
 * GTK 4 cannot synthesise pointer or key events through its public API, so
 * the tests call the view's own handlers (koers-rose-view-private.h); the
 * hit test and the geometry they use are the renderer's.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "koers-print.h"
#include "koers-rose-page.h"
#include "koers-rose-render.h"
#include "koers-rose-view.h"
#include "koers-rose-view-private.h"

#include "koers-test-util-gtk.h"

typedef struct
{
  KoersPlan     *plan;
  GtkWidget     *window;
  KoersRoseView *view;
} Fixture;

static int
current_of (KoersPlan         *plan,
            KoersRosePartKind  part)
{
  return koers_rose_part_get_current (koers_plan_get_rose_part (plan, part));
}

static int
target_of (KoersPlan         *plan,
           KoersRosePartKind  part)
{
  return koers_rose_part_get_target (koers_plan_get_rose_part (plan, part));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->plan = koers_plan_new ();
  fixture->view = KOERS_ROSE_VIEW (koers_rose_view_new ());
  koers_rose_view_set_plan (fixture->view, fixture->plan);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 600, 600);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), >, 100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->plan);
}

/* The centre of ring @ring (1-5) of @part, where the view draws it. */
static void
point_of_ring (KoersRoseView     *view,
               KoersRosePartKind  part,
               int                ring,
               double            *x,
               double            *y)
{
  KoersRoseOptions opts;
  double cx, cy, a0, a1, inner, width;

  _koers_rose_view_get_options (view, &opts);
  koers_rose_part_geometry (&opts, part,
                            gtk_widget_get_width (GTK_WIDGET (view)),
                            gtk_widget_get_height (GTK_WIDGET (view)),
                            &cx, &cy, &a0, &a1, &inner, &width);
  *x = cx + (inner + (ring - 0.5) * width) * cos ((a0 + a1) / 2);
  *y = cy + (inner + (ring - 0.5) * width) * sin ((a0 + a1) / 2);
}

static void
test_click (Fixture       *fixture,
            gconstpointer  data)
{
  double x, y;

  point_of_ring (fixture->view, KOERS_ROSE_PART_LISTENING, 4, &x, &y);
  g_assert_true (_koers_rose_view_click (fixture->view, x, y, FALSE));
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 4);
  g_assert_cmpint (target_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 0);
  g_assert_cmpint (koers_rose_view_get_focus_part (fixture->view), ==, KOERS_ROSE_PART_LISTENING);

  /* with Shift: the target */
  point_of_ring (fixture->view, KOERS_ROSE_PART_SENDING, 5, &x, &y);
  g_assert_true (_koers_rose_view_click (fixture->view, x, y, TRUE));
  g_assert_cmpint (target_of (fixture->plan, KOERS_ROSE_PART_SENDING), ==, 5);
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_SENDING), ==, 0);

  /* with the edit-target toggle on, a plain click sets the target too */
  koers_rose_view_set_edit_target (fixture->view, TRUE);
  point_of_ring (fixture->view, KOERS_ROSE_PART_ACTIVATING, 2, &x, &y);
  g_assert_true (_koers_rose_view_click (fixture->view, x, y, FALSE));
  g_assert_cmpint (target_of (fixture->plan, KOERS_ROSE_PART_ACTIVATING), ==, 2);
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_ACTIVATING), ==, 0);
  koers_rose_view_set_edit_target (fixture->view, FALSE);

  /* the core is Organising */
  point_of_ring (fixture->view, KOERS_ROSE_PART_ORGANISING, 3, &x, &y);
  g_assert_true (_koers_rose_view_click (fixture->view, x, y, FALSE));
  g_assert_cmpint (koers_rose_view_get_focus_part (fixture->view), ==, KOERS_ROSE_PART_ORGANISING);
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_ORGANISING), >, 0);

  /* outside the rose nothing happens */
  g_assert_false (_koers_rose_view_click (fixture->view, 2, 2, FALSE));

  /* the model changed, so the view draws again */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  KoersRoseView *view = fixture->view;

  gtk_widget_grab_focus (GTK_WIDGET (view));
  koers_rose_view_set_focus_part (view, KOERS_ROSE_PART_LISTENING);

  /* Up and Down change the current score, within 0-5 */
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_Up, 0));
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_Up, 0));
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 2);
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_Down, 0));
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 1);
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_Down, 0));
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_Down, 0));
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 0);

  /* with Shift the target */
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_Up, GDK_SHIFT_MASK));
  g_assert_cmpint (target_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 1);
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 0);

  /* digits set the score; 6 to 9 are not scores */
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_5, 0));
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 5);
  g_assert_false (_koers_rose_view_key (view, GDK_KEY_7, 0));
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 5);
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_plus, 0));
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 5);
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_minus, 0));
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 4);

  /* Right moves clockwise; the digit goes to the new part */
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_Right, 0));
  g_assert_cmpint (koers_rose_view_get_focus_part (view), ==, KOERS_ROSE_PART_RESPONDING);
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_3, 0));
  g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_RESPONDING), ==, 3);
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_Left, 0));
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_Left, 0));
  g_assert_cmpint (koers_rose_view_get_focus_part (view), ==, KOERS_ROSE_PART_ORGANISING);

  /* Tab goes through the parts and then lets go */
  koers_rose_view_set_focus_part (view, KOERS_ROSE_PART_LISTENING);
  for (int i = 1; i < KOERS_N_ROSE_PARTS; i++)
    g_assert_true (_koers_rose_view_key (view, GDK_KEY_Tab, 0));
  g_assert_cmpint (koers_rose_view_get_focus_part (view), ==, KOERS_ROSE_PART_ORGANISING);
  g_assert_false (_koers_rose_view_key (view, GDK_KEY_Tab, 0));
  g_assert_true (_koers_rose_view_key (view, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpint (koers_rose_view_get_focus_part (view), ==, KOERS_ROSE_PART_ACTIVATING);

  /* shortcuts with Control are not the view's */
  g_assert_false (_koers_rose_view_key (view, GDK_KEY_1, GDK_CONTROL_MASK));
}

static void
test_description (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *before = _koers_rose_view_dup_description (fixture->view);
  g_autofree char *after = NULL;

  for (int p = 0; p < KOERS_N_ROSE_PARTS; p++)
    g_assert_nonnull (strstr (before, koers_rose_part_get_label (p)));

  koers_rose_part_set_current (koers_plan_get_rose_part (fixture->plan,
                                                         KOERS_ROSE_PART_SENDING), 3);
  after = _koers_rose_view_dup_description (fixture->view);
  g_assert_cmpstr (before, !=, after);
  g_assert_nonnull (strstr (after, "3"));
}

static int
count_spin_buttons (GtkWidget *widget)
{
  int n = GTK_IS_SPIN_BUTTON (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_spin_buttons (child);
  return n;
}

/* A score of 0 with the mouse: a click on the innermost ring of a score of 1 */
static void
test_click_zero (Fixture       *fixture,
                 gconstpointer  data)
{
  KoersRosePartKind parts[] = { KOERS_ROSE_PART_RESPONDING, KOERS_ROSE_PART_ORGANISING };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      double x, y;

      point_of_ring (fixture->view, parts[i], 1, &x, &y);
      g_assert_true (_koers_rose_view_click (fixture->view, x, y, FALSE));
      g_assert_cmpint (current_of (fixture->plan, parts[i]), ==, 1);
      g_assert_true (_koers_rose_view_click (fixture->view, x, y, FALSE));
      g_assert_cmpint (current_of (fixture->plan, parts[i]), ==, 0);
      /* and once more: 1 again */
      g_assert_true (_koers_rose_view_click (fixture->view, x, y, FALSE));
      g_assert_cmpint (current_of (fixture->plan, parts[i]), ==, 1);

      /* the same for the target */
      g_assert_true (_koers_rose_view_click (fixture->view, x, y, TRUE));
      g_assert_cmpint (target_of (fixture->plan, parts[i]), ==, 1);
      g_assert_true (_koers_rose_view_click (fixture->view, x, y, TRUE));
      g_assert_cmpint (target_of (fixture->plan, parts[i]), ==, 0);
      g_assert_cmpint (current_of (fixture->plan, parts[i]), ==, 1);
    }

  /* a click on ring 1 of a higher score sets 1, as before */
  koers_rose_part_set_current (koers_plan_get_rose_part (fixture->plan,
                                                         KOERS_ROSE_PART_LISTENING), 3);
  {
    double x, y;

    point_of_ring (fixture->view, KOERS_ROSE_PART_LISTENING, 1, &x, &y);
    g_assert_true (_koers_rose_view_click (fixture->view, x, y, FALSE));
    g_assert_cmpint (current_of (fixture->plan, KOERS_ROSE_PART_LISTENING), ==, 1);
  }
}

/* The first click on the rose of a page scrolled part way takes the focus
 * and scores, but does not scroll the page to the rose's top. */
static void
test_click_does_not_scroll (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (KOERS_TYPE_ROSE_PAGE, NULL);
  GtkScrolledWindow *scrolled;
  GtkAdjustment *v;
  KoersRoseView *view;
  double x, y, before;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), page);
  koers_page_set_plan (KOERS_PAGE (page), plan);
  gtk_window_present (GTK_WINDOW (window));
  view = KOERS_ROSE_VIEW (koers_test_find_descendant (page, KOERS_TYPE_ROSE_VIEW));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (view),
                                                           GTK_TYPE_SCROLLED_WINDOW));
  g_assert_nonnull (scrolled);
  v = gtk_scrolled_window_get_vadjustment (scrolled);
  g_assert_cmpfloat (gtk_adjustment_get_upper (v) - gtk_adjustment_get_page_size (v), >, 100);

  /* the rose's top out of sight, its lower petal in view */
  {
    graphene_point_t top;

    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), gtk_widget_get_parent (GTK_WIDGET (view)),
                                             &GRAPHENE_POINT_INIT (0, 0), &top));
    gtk_adjustment_set_value (v, top.y + 100);
  }
  before = gtk_adjustment_get_value (v);
  g_assert_cmpfloat (before, >, 0);
  g_assert_false (gtk_widget_has_focus (GTK_WIDGET (view)));

  point_of_ring (view, KOERS_ROSE_PART_SENDING, 3, &x, &y);
  g_assert_true (_koers_rose_view_click (view, x, y, FALSE));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  g_assert_cmpint (current_of (plan, KOERS_ROSE_PART_SENDING), ==, 3);
  koers_test_iterate_for (50);
  g_assert_cmpfloat (gtk_adjustment_get_value (v), ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_page (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersPlan) other = koers_plan_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (KOERS_TYPE_ROSE_PAGE, NULL);
  KoersRoseView *view;
  GtkSpinButton *spin;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), page);
  koers_page_set_plan (KOERS_PAGE (page), plan);
  gtk_window_present (GTK_WINDOW (window));

  view = KOERS_ROSE_VIEW (koers_test_find_descendant (page, KOERS_TYPE_ROSE_VIEW));
  g_assert_nonnull (view);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  g_assert_true (koers_rose_view_get_plan (view) == plan);
  /* current and target for each of the five parts */
  g_assert_cmpint (count_spin_buttons (page), ==, 2 * KOERS_N_ROSE_PARTS);

  /* the first spin button is Listening's current score, bound both ways */
  spin = GTK_SPIN_BUTTON (koers_test_find_descendant (page, GTK_TYPE_SPIN_BUTTON));
  gtk_spin_button_set_value (spin, 2);
  g_assert_cmpint (current_of (plan, KOERS_ROSE_PART_LISTENING), ==, 2);
  koers_rose_part_set_current (koers_plan_get_rose_part (plan, KOERS_ROSE_PART_LISTENING), 4);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 4);

  /* another plan: the view and the rows follow */
  koers_page_set_plan (KOERS_PAGE (page), other);
  g_assert_true (koers_rose_view_get_plan (view) == other);
  spin = GTK_SPIN_BUTTON (koers_test_find_descendant (page, GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The number of pages pdfinfo sees, or 0 without pdfinfo (cairo writes
 * compressed object streams, so the file itself does not tell). */
static guint
count_pdf_pages (const char *path)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { pdfinfo, path, NULL };
  const char *line;
  int status;

  if (pdfinfo == NULL)
    {
      g_test_message ("pdfinfo is not installed: the pages are not counted");
      return 0;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  line = strstr (out, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:") + strspn (line + strlen ("Pages:"), " "),
                                   NULL, 10);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gboolean                *done)
{
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  *done = TRUE;
}

/* The print operation's pages, exported to PDF without a dialog: one sheet,
 * or a 2 x 2 poster. */
static void
test_print_pages (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autofree char *dir = g_dir_make_tmp ("koers-print-XXXXXX", NULL);
  guint tiles[] = { 1, 2 };

  koers_plan_set_organisation (plan, "Bakkerij Test");
  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    {
      g_autoptr(KoersPrint) print = koers_print_new (plan, koers_printable_lookup ("rose"));
      g_autofree char *path = g_strdup_printf ("%s/print-%u.pdf", dir, tiles[i]);
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      gboolean done = FALSE;
      guint pages = 0;

      koers_print_set_style (print, KOERS_RENDER_STYLE_BW);
      koers_print_set_blank (print, i == 1);
      koers_print_set_poster (print, tiles[i], tiles[i]);
      gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (print), FALSE);
      gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);
      g_signal_connect (print, "done", G_CALLBACK (print_done_cb), &done);
      g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (print),
                                                GTK_PRINT_OPERATION_ACTION_EXPORT,
                                                NULL, &error),
                       ==, GTK_PRINT_OPERATION_RESULT_APPLY);
      g_assert_no_error (error);

      g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
      g_assert_true (g_str_has_prefix (data, "%PDF-"));
      pages = count_pdf_pages (path);
      if (pages > 0)
        g_assert_cmpuint (pages, ==, tiles[i] * tiles[i]);
      if (g_getenv ("KOERS_TEST_PICTURES") == NULL)
        g_unlink (path);
      else
        g_test_message ("kept %s", path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* The Flatpak build runs the tests without a display. */
  if (!koers_test_init_gtk (&argc, &argv))
    return 0;

  g_test_add ("/rose-view/click", Fixture, NULL, fixture_set_up, test_click, fixture_tear_down);
  g_test_add ("/rose-view/keyboard", Fixture, NULL, fixture_set_up, test_keyboard,
              fixture_tear_down);
  g_test_add ("/rose-view/description", Fixture, NULL, fixture_set_up, test_description,
              fixture_tear_down);
  g_test_add ("/rose-view/click-zero", Fixture, NULL, fixture_set_up, test_click_zero,
              fixture_tear_down);
  g_test_add_func ("/rose-view/click-does-not-scroll", test_click_does_not_scroll);
  g_test_add_func ("/rose-view/page", test_page);
  g_test_add_func ("/rose-view/print-pages", test_print_pages);

  return g_test_run ();
}
