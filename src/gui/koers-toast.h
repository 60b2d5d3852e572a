/* koers-toast.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOERS_TYPE_TOAST (koers_toast_get_type ())
G_DECLARE_FINAL_TYPE (KoersToast, koers_toast, KOERS, TOAST, GtkWidget)

GtkWidget  *koers_toast_new          (void);
void        koers_toast_show         (KoersToast *self,
                                      const char *message);
void        koers_toast_dismiss      (KoersToast *self);
gboolean    koers_toast_get_revealed (KoersToast *self);
const char *koers_toast_get_message  (KoersToast *self);
gboolean    koers_toast_focus_undo   (KoersToast *self);

G_END_DECLS
