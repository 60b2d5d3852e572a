/* koers-application.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOERS_TYPE_APPLICATION (koers_application_get_type ())
G_DECLARE_FINAL_TYPE (KoersApplication, koers_application, KOERS, APPLICATION, GtkApplication)

KoersApplication *koers_application_new (void);

G_END_DECLS
