/* koers-a11y.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names that GTK 4.8 does not give by itself.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void koers_a11y_name_controls (GtkWidget *root);
void koers_a11y_set_label     (GtkWidget  *widget,
                               const char *label);

G_END_DECLS
