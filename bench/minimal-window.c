/* minimal-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference for bench-startup.py: the least a GTK 4 application can show,
 * a window of Koers's default size (1100 x 760) with a header bar and a label.
 * Like koers, it is a GtkApplication and, with KOERS_BENCH_FRAMES set, prints
 * "koers-bench first-frame <g_get_monotonic_time ()>" after its first painted
 * frame; with KOERS_BENCH_FRAMES=quit it then closes.
 */
#include "config.h"

#include <gtk/gtk.h>

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_print ("koers-bench first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  if (g_strcmp0 (g_getenv ("KOERS_BENCH_FRAMES"), "quit") == 0)
    gtk_window_destroy (window);
}

static void
realize_cb (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (after_paint_cb), window, 0);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *header = gtk_header_bar_new ();

  gtk_window_set_title (GTK_WINDOW (window), "Minimal");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_titlebar (GTK_WINDOW (window), header);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello"));
  if (g_getenv ("KOERS_BENCH_FRAMES") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  app = gtk_application_new ("io.github.koersplan.KoersBenchMinimal", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
