/* koers-bind.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "koers-bind"

#include "config.h"

#include "koers-bind.h"
#include "koers-plan.h"

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

/* A spin button shows fewer decimals than a value may have (0.25 hours at
 * one decimal). Leaving it must not round the value: when the text is
 * still what the button showed, the exact value stays. */
static int
spin_input_cb (GtkSpinButton *spin,
               double        *new_value)
{
  double value = gtk_spin_button_get_value (spin);
  g_autofree char *shown = g_strdup_printf ("%0.*f", gtk_spin_button_get_digits (spin), value);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), shown) != 0)
    return FALSE;  /* the user typed: parse as usual */

  *new_value = value;
  return TRUE;
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

  g_signal_handlers_disconnect_by_func (spin, spin_input_cb, NULL);
  g_signal_connect (spin, "input", G_CALLBACK (spin_input_cb), NULL);

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

static gboolean
flags_to_active (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      flag)
{
  g_value_set_boolean (to, (g_value_get_flags (from) & GPOINTER_TO_UINT (flag)) != 0);
  return TRUE;
}

/* Sets or clears the one flag in the item's current flags. */
static gboolean
active_to_flags (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      flag)
{
  g_autoptr(GObject) item = g_binding_dup_source (binding);
  guint flags = 0;

  if (item == NULL)
    return FALSE;

  g_object_get (item, g_binding_get_source_property (binding), &flags, NULL);
  if (g_value_get_boolean (from))
    flags |= GPOINTER_TO_UINT (flag);
  else
    flags &= ~GPOINTER_TO_UINT (flag);
  g_value_set_flags (to, flags);
  return TRUE;
}

/**
 * koers_bind_flag:
 * @property: a flags property of @item
 * @flag: the flag @check stands for
 *
 * Keeps @check active exactly when @flag is set.
 *
 * Returns: (transfer none): the binding
 */
GBinding *
koers_bind_flag (gpointer        item,
                 const char     *property,
                 guint           flag,
                 GtkCheckButton *check)
{
  return g_object_bind_property_full (item, property, check, "active",
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      flags_to_active, active_to_flags,
                                      GUINT_TO_POINTER (flag), NULL);
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
 * Removes @item from @list, a list of the plan, through the plan's list
 * API: one step of the undo history.
 */
void
koers_list_remove_item (GListModel *list,
                        gpointer    item)
{
  KoersPlan *plan;

  g_return_if_fail (G_IS_LIST_MODEL (list));
  g_return_if_fail (G_IS_OBJECT (item));

  plan = koers_plan_of (item);
  g_return_if_fail (plan != NULL && koers_plan_get_list_of (plan, item, NULL) == list);

  koers_plan_remove (plan, item);
}
