/* koers-entry-editor.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-calendar-item.h"
#include "koers-plan.h"

G_BEGIN_DECLS

/* Which posts of a series a change is for */
typedef enum
{
  KOERS_SERIES_SCOPE_ONE,
  KOERS_SERIES_SCOPE_FOLLOWING,
  KOERS_SERIES_SCOPE_ALL,
} KoersSeriesScope;

#define KOERS_TYPE_ENTRY_EDITOR (koers_entry_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoersEntryEditor, koers_entry_editor, KOERS, ENTRY_EDITOR, GtkWidget)

GtkWidget          *koers_entry_editor_new        (void);
void                koers_entry_editor_set_item   (KoersEntryEditor  *self,
                                                   KoersPlan         *plan,
                                                   KoersCalendarItem *item,
                                                   gboolean           ask_scope);
KoersCalendarItem  *koers_entry_editor_get_item   (KoersEntryEditor  *self);
KoersCalendarEntry *koers_entry_editor_get_entry  (KoersEntryEditor  *self);
gboolean            koers_entry_editor_get_asking (KoersEntryEditor  *self);
void                koers_entry_editor_focus_title (KoersEntryEditor *self);

G_END_DECLS
