/* koers-bind.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "koers-bind"

#include "config.h"

#include "koers-bind.h"

/**
 * koers_bind_text:
 * @item: a model object
 * @property: a string property of @item
 * @widget: a #GtkEditable (entry) or a #GtkTextView
 *
 * Returns: (transfer none): the binding; it ends with @item or @widget
 */
GBinding *
koers_bind_text (gpointer    item,
                 const char *property,
                 GtkWidget  *widget)
{
  gpointer target;

  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  if (GTK_IS_TEXT_VIEW (widget))
    target = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  else
    target = widget;

  return g_object_bind_property (item, property, target, "text",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

/**
 * koers_bind_number:
 * @property: an int or double property; the spin button gets its range
 *
 * Returns: (transfer none): the binding
 */
GBinding *
koers_bind_number (gpointer       item,
                   const char    *property,
                   GtkSpinButton *spin)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), property);
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);

  g_return_val_if_fail (pspec != NULL, NULL);

  if (G_IS_PARAM_SPEC_INT (pspec))
    gtk_adjustment_configure (adjustment, 0, G_PARAM_SPEC_INT (pspec)->minimum,
                              G_PARAM_SPEC_INT (pspec)->maximum, 1, 1, 0);
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    gtk_adjustment_configure (adjustment, 0, G_PARAM_SPEC_DOUBLE (pspec)->minimum,
                              G_PARAM_SPEC_DOUBLE (pspec)->maximum,
                              gtk_spin_button_get_digits (spin) > 0 ? 0.5 : 1, 10, 0);

  return g_object_bind_property (item, property, spin, "value",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

/**
 * koers_bind_active:
 * @toggle: a #GtkCheckButton, #GtkToggleButton or #GtkSwitch
 *
 * Returns: (transfer none): the binding
 */
GBinding *
koers_bind_active (gpointer    item,
                   const char *property,
                   GtkWidget  *toggle)
{
  return g_object_bind_property (item, property, toggle, "active",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_enum (to, (int) position);
  return TRUE;
}

/**
 * koers_bind_choice:
 * @property: an enum property whose values are 0, 1, 2, ... in the order of
 *   the drop-down's labels
 *
 * Returns: (transfer none): the binding
 */
GBinding *
koers_bind_choice (gpointer     item,
                   const char  *property,
                   GtkDropDown *dropdown)
{
  return g_object_bind_property_full (item, property, dropdown, "selected",
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      enum_to_position, position_to_enum, NULL, NULL);
}

/* Kept on the check button; the handlers on the item end with the button. */
typedef struct
{
  GObject *item;   /* weak */
  char    *property;
  guint    flag;
} FlagBinding;

static void
flag_binding_free (gpointer data)
{
  FlagBinding *fb = data;

  g_clear_weak_pointer (&fb->item);
  g_free (fb->property);
  g_free (fb);
}

static void
flag_model_changed_cb (GObject        *item,
                       GParamSpec     *pspec,
                       GtkCheckButton *check)
{
  FlagBinding *fb = g_object_get_data (G_OBJECT (check), "koers-flag-binding");
  guint flags = 0;

  g_object_get (item, fb->property, &flags, NULL);
  if (gtk_check_button_get_active (check) != ((flags & fb->flag) != 0))
    gtk_check_button_set_active (check, (flags & fb->flag) != 0);
}

static void
flag_toggled_cb (GtkCheckButton *check)
{
  FlagBinding *fb = g_object_get_data (G_OBJECT (check), "koers-flag-binding");
  guint flags = 0;

  if (fb->item == NULL)
    return;
  g_object_get (fb->item, fb->property, &flags, NULL);
  if (gtk_check_button_get_active (check))
    flags |= fb->flag;
  else
    flags &= ~fb->flag;
  g_object_set (fb->item, fb->property, flags, NULL);
}

/**
 * koers_bind_flag:
 * @property: a flags property of @item
 * @flag: the flag @check stands for
 *
 * Keeps @check active exactly when @flag is set; the binding ends with the
 * check button.
 */
void
koers_bind_flag (gpointer        item,
                 const char     *property,
                 guint           flag,
                 GtkCheckButton *check)
{
  FlagBinding *fb = g_new0 (FlagBinding, 1);
  g_autofree char *detailed = g_strdup_printf ("notify::%s", property);

  g_set_weak_pointer (&fb->item, item);
  fb->property = g_strdup (property);
  fb->flag = flag;
  g_object_set_data_full (G_OBJECT (check), "koers-flag-binding", fb, flag_binding_free);

  flag_model_changed_cb (item, NULL, check);
  g_signal_connect_object (item, detailed, G_CALLBACK (flag_model_changed_cb), check, 0);
  g_signal_connect (check, "toggled", G_CALLBACK (flag_toggled_cb), NULL);
}

/**
 * koers_dropdown_new:
 * @labels: translated labels, in the order of the enum's values
 *
 * Returns: (transfer floating): a drop-down with an accessible name
 */
GtkDropDown *
koers_dropdown_new (const char *const *labels,
                    const char        *accessible_name)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (labels));

  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  return dropdown;
}

/**
 * koers_list_remove_item:
 *
 * Removes @item from @list, a #GListStore of the plan.
 */
void
koers_list_remove_item (GListModel *list,
                        gpointer    item)
{
  guint position;

  g_return_if_fail (G_IS_LIST_STORE (list));

  if (g_list_store_find (G_LIST_STORE (list), item, &position))
    g_list_store_remove (G_LIST_STORE (list), position);
}
