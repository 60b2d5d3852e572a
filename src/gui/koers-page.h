/* koers-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-plan.h"
#include "koers-render-options.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PAGE (koers_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (KoersPage, koers_page, KOERS, PAGE, GtkWidget)

/**
 * KoersPageClass:
 * @bind: show @plan: lists and signal handlers; bindings of plan
 *   properties are made once, to koers_page_get_bindings()
 * @unbind: let go of @plan before the page gets another one (signal
 *   handlers)
 * @get_print_options: (nullable): fill in what the page shows of the print
 *   options (the rose page: the style on screen); they start as defaults
 * @printable_id: the id of the page's printable (src/render/koers-printable.c)
 *   for the window's Print action; %NULL when the page shows nothing to print
 * @show_location: (nullable): scroll to and focus the row or field of
 *   @location, a finding's location within the page's area (koers-check.h:
 *   "objective/2/deadline", "task/ID", ...); returns whether it found it
 * @wide: the page lays out its own width (a diagram beside a list, a grid of
 *   days or cells), so the page slot does not clamp it to a reading width
 */
struct _KoersPageClass
{
  GtkWidgetClass parent_class;

  void (*bind)              (KoersPage          *self,
                             KoersPlan          *plan);
  void (*unbind)            (KoersPage          *self,
                             KoersPlan          *plan);
  void (*get_print_options) (KoersPage          *self,
                             KoersRenderOptions *opts);
  gboolean (*show_location) (KoersPage          *self,
                             const char         *location);

  const char *printable_id;
  gboolean    wide;
};

KoersPlan  *koers_page_get_plan          (KoersPage          *self);
void        koers_page_set_plan          (KoersPage          *self,
                                          KoersPlan          *plan);
GBindingGroup *koers_page_get_bindings (KoersPage          *self);
const char *koers_page_get_printable_id  (KoersPage          *self);
void        koers_page_get_print_options (KoersPage          *self,
                                          KoersRenderOptions *opts);
gboolean    koers_page_show_location     (KoersPage          *self,
                                          const char         *location);
gboolean    koers_page_focus_widget      (KoersPage          *self,
                                          GtkWidget          *widget);
gboolean    koers_page_parse_location    (const char         *location,
                                          const char         *kind,
                                          guint              *index,
                                          const char        **rest);
gboolean    koers_page_focus_list_row    (KoersPage          *self,
                                          GtkListBox         *list,
                                          guint               index,
                                          const char         *field);

G_END_DECLS
