/* koers-test-util-gtk.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "koers-test-util-gtk.h"
#include "koers-test-util.h"

#include "koers-plan-io.h"

/* Starts GTK for a test program; FALSE, after telling TAP the tests are
 * skipped, without a display (the Flatpak build has none). */
gboolean
koers_test_init_gtk (int    *argc,
                     char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  /* Prints in tests are kept for the session only, never in the user's config. */
  g_setenv ("KOERS_PRINT_SETTINGS_FILE", "", TRUE);
  gtk_test_init (argc, argv, NULL);
  return TRUE;
}

/* Runs the main loop until @done, for KOERS_TEST_HANG_SECONDS at the most:
 * a wait for something that happens, not a measure of how fast (ASan on a
 * loaded machine took more than ten seconds where a plain run takes one) */
void
koers_test_iterate_until (gboolean (*done) (gpointer),
                          gpointer   data)
{
  gint64 end = g_get_monotonic_time () + (gint64) (KOERS_TEST_HANG_SECONDS * G_USEC_PER_SEC);

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (data));
}

/* Lets the main loop run for @ms milliseconds */
void
koers_test_iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* @widget or the first widget of @type below it, depth first */
GtkWidget *
koers_test_find_descendant (GtkWidget *widget,
                            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = koers_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_revealed_info_bars (GtkWidget *widget,
                            GPtrArray *bars)
{
  if (GTK_IS_INFO_BAR (widget))
    {
      if (gtk_widget_get_visible (widget) && gtk_info_bar_get_revealed (GTK_INFO_BAR (widget)))
        g_ptr_array_add (bars, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_revealed_info_bars (child, bars);
}

/* Every shown info bar in @widget, in order.
 * Returns: (transfer container) */
GPtrArray *
koers_test_revealed_info_bars (GtkWidget *widget)
{
  GPtrArray *bars = g_ptr_array_new ();

  collect_revealed_info_bars (widget, bars);
  return bars;
}

/* The first shown info bar in @widget, or NULL */
GtkInfoBar *
koers_test_find_revealed_info_bar (GtkWidget *widget)
{
  g_autoptr(GPtrArray) bars = koers_test_revealed_info_bars (widget);

  return bars->len > 0 ? GTK_INFO_BAR (g_ptr_array_index (bars, 0)) : NULL;
}

/* A new window, shown, with the plan in @file */
KoersWindow *
koers_test_open_window (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_io_load (file, &error);
  KoersWindow *window;

  g_assert_no_error (error);
  window = koers_window_new (NULL);
  koers_window_set_plan (window, plan, file);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/**
 * koers_test_save_screenshot:
 *
 * With KOERS_SCREENSHOT_DIR set, draws @widget (a window, or a dialog) as
 * it is on screen and saves it there as @name.png; otherwise nothing.
 */
void
koers_test_save_screenshot (GtkWidget  *widget,
                            const char *name)
{
  const char *dir = g_getenv ("KOERS_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int w, h;

  if (dir == NULL)
    return;
  gtk_test_widget_wait_for_draw (widget);
  w = gtk_widget_get_width (widget);
  h = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  /* A widget that is between frames gives no node yet */
  for (guint i = 0; i < 20 && node == NULL; i++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      koers_test_iterate_for (50);
      gdk_paintable_snapshot (paintable, snapshot, w, h);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  gdk_texture_save_to_png (texture, path);
}
