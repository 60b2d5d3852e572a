/* koers-test-util-gtk.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the tests of the window and its widgets share: starting GTK, the
 * main loop, finding widgets, and a window with a plan.
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-window.h"

G_BEGIN_DECLS

gboolean     koers_test_init_gtk                (int       *argc,
                                                 char    ***argv);

void         koers_test_iterate_until           (gboolean (*done) (gpointer),
                                                 gpointer   data);
void         koers_test_iterate_for             (guint      ms);

GtkWidget   *koers_test_find_descendant         (GtkWidget *widget,
                                                 GType      type);
GPtrArray   *koers_test_revealed_info_bars      (GtkWidget *widget);
GtkInfoBar  *koers_test_find_revealed_info_bar  (GtkWidget *widget);

KoersWindow *koers_test_open_window             (GFile     *file);

void         koers_test_save_screenshot         (GtkWidget  *widget,
                                                 const char *name);

G_END_DECLS
