/* koers-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PAGE (koers_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (KoersPage, koers_page, KOERS, PAGE, GtkWidget)

/**
 * KoersPageClass:
 * @bind: show @plan: bind the page's widgets to it, with
 *   koers_page_keep_binding() for bindings to the plan itself
 * @unbind: let go of @plan before the page gets another one, for what
 *   is not a kept binding (signal handlers)
 */
struct _KoersPageClass
{
  GtkWidgetClass parent_class;

  void (*bind)   (KoersPage *self,
                  KoersPlan *plan);
  void (*unbind) (KoersPage *self,
                  KoersPlan *plan);
};

KoersPlan *koers_page_get_plan     (KoersPage *self);
void       koers_page_set_plan     (KoersPage *self,
                                    KoersPlan *plan);
void       koers_page_keep_binding (KoersPage *self,
                                    GBinding  *binding);

G_END_DECLS
