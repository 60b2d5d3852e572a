/* koers-preferences-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOERS_TYPE_PREFERENCES_WINDOW (koers_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (KoersPreferencesWindow, koers_preferences_window, KOERS, PREFERENCES_WINDOW,
                      GtkWindow)

GtkWidget *koers_preferences_window_new (GtkWindow *parent);

void       koers_preferences_apply_language (GSettings *settings);
void       koers_preferences_apply_saved_language (void);
void       koers_preferences_apply_numbers  (void);

G_END_DECLS
