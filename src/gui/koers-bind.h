/* koers-bind.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two-way bindings between model properties and editing widgets. Every
 * change a user makes goes through the model's property, so it notifies,
 * marks the plan changed and is recorded for undo; every change of the
 * model (undo, another view) shows in the widget.
 *
 * Each helper takes as its source an object of the plan or a #GBindingGroup
 * (koers_bind_group_new()), whose source can change: a page binds once to
 * its group and the group follows the page's plan.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GBindingGroup *koers_bind_group_new (GType    source_type);
GBinding *koers_bind_property  (gpointer               source,
                                const char            *property,
                                gpointer               target,
                                const char            *target_property,
                                GBindingFlags          flags,
                                GBindingTransformFunc  transform_to,
                                GBindingTransformFunc  transform_from,
                                gpointer               user_data);
GBinding *koers_bind_text      (gpointer        item,
                                const char     *property,
                                GtkWidget      *widget);
GBinding *koers_bind_number    (gpointer        item,
                                const char     *property,
                                GtkSpinButton  *spin);
GBinding *koers_bind_active    (gpointer        item,
                                const char     *property,
                                GtkWidget      *toggle);
GBinding *koers_bind_choice    (gpointer        item,
                                const char     *property,
                                GtkDropDown    *dropdown);
GBinding *koers_bind_flag      (gpointer        item,
                                const char     *property,
                                guint           flag,
                                GtkCheckButton *check);

void      koers_spin_button_guard_scroll (GtkSpinButton *spin);

void      koers_dropdown_set_accessible_name (GtkDropDown *dropdown,
                                              const char  *accessible_name);

void      koers_list_box_focus_new_rows (GtkListBox *box);
void      koers_row_remove       (GtkWidget  *row,
                                  gpointer    item,
                                  const char *notice);

G_END_DECLS
