/* koers-bind.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "koers-bind"

#include "config.h"

#include <math.h>

#include "koers-bind.h"
#include "koers-format.h"
#include "koers-plan.h"

static GQuark source_type_quark;

/**
 * koers_bind_group_new:
 * @source_type: the type of the sources the group will have
 *
 * A #GBindingGroup for the koers_bind_*() helpers: bind once, then set the
 * source (a page's plan, a row's item) as often as it changes. The helpers
 * that need the source's property specs (ranges) take them from
 * @source_type.
 *
 * Returns: (transfer full): a new binding group
 */
GBindingGroup *
koers_bind_group_new (GType source_type)
{
  GBindingGroup *group = g_binding_group_new ();

  g_return_val_if_fail (G_TYPE_IS_OBJECT (source_type), group);

  if (source_type_quark == 0)
    source_type_quark = g_quark_from_static_string ("koers-bind-source-type");
  g_object_set_qdata (G_OBJECT (group), source_type_quark, GSIZE_TO_POINTER (source_type));
  return group;
}

static GParamSpec *
find_source_property (gpointer    source,
                      const char *property)
{
  g_autoptr(GTypeClass) klass = NULL;
  GType type;

  if (G_IS_BINDING_GROUP (source))
    type = GPOINTER_TO_SIZE (g_object_get_qdata (source, source_type_quark));
  else
    type = G_OBJECT_TYPE (source);
  g_return_val_if_fail (G_TYPE_IS_OBJECT (type), NULL);

  /* A page can bind before any object of the type exists. */
  klass = g_type_class_ref (type);
  return g_object_class_find_property (G_OBJECT_CLASS (klass), property);
}

/**
 * koers_bind_property:
 * @source: an item of the plan (or the plan), or a #GBindingGroup from
 *   koers_bind_group_new()
 *
 * Binds as g_object_bind_property_full() does, or through @source when it
 * is a binding group, so the binding follows the group's source.
 *
 * Returns: (transfer none) (nullable): the binding, or %NULL for a group
 */
GBinding *
koers_bind_property (gpointer               source,
                     const char            *property,
                     gpointer               target,
                     const char            *target_property,
                     GBindingFlags          flags,
                     GBindingTransformFunc  transform_to,
                     GBindingTransformFunc  transform_from,
                     gpointer               user_data)
{
  if (G_IS_BINDING_GROUP (source))
    {
      g_binding_group_bind_full (source, property, target, target_property, flags,
                                 transform_to, transform_from, user_data, NULL);
      return NULL;
    }
  return g_object_bind_property_full (source, property, target, target_property, flags,
                                      transform_to, transform_from, user_data, NULL);
}
#include "koers-page.h"
#include "koers-toast.h"
#include "koers-a11y.h"

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

  return koers_bind_property (item, property, target, "text",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE, NULL, NULL, NULL);
}

/* A number field shows its number in the language Koers speaks (1,5 in
 * Dutch), without trailing zeros (2, not 2.00), whatever LC_NUMERIC says. */
static gboolean
spin_output_cb (GtkSpinButton *spin,
                gpointer       user_data)
{
  g_autofree char *shown = koers_format_number (gtk_spin_button_get_value (spin),
                                                gtk_spin_button_get_digits (spin));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), shown) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), shown);
  return TRUE;
}

/* A spin button shows fewer decimals than a value may have (0.25 hours at
 * one decimal). Leaving it must not round the value: when the text is
 * still what the button showed, the exact value stays. What the user
 * types is read with a comma or a point as the decimal mark. */
static int
spin_input_cb (GtkSpinButton *spin,
               double        *new_value)
{
  double value = gtk_spin_button_get_value (spin);
  g_autofree char *shown = koers_format_number (value, gtk_spin_button_get_digits (spin));
  g_autofree char *typed = NULL;
  char *end = NULL;
  double parsed;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), shown) == 0)
    {
      *new_value = value;
      return TRUE;
    }

  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  g_strdelimit (typed, ",", '.');
  parsed = g_ascii_strtod (typed, &end);
  /* Not a number: the value stays, and the field shows it again (GTK's
   * ALWAYS update policy would take *new_value even with an error) */
  if (end == typed || *end != '\0' || !isfinite (parsed))
    {
      gtk_widget_error_bell (GTK_WIDGET (spin));
      *new_value = value;
      return TRUE;
    }
  *new_value = parsed;
  return TRUE;
}

/* The wheel over a number field scrolls the page the field is on, and
 * never changes the value: a value changes only when the user types, uses
 * the arrow keys or the field's buttons. Runs in the capture phase, before
 * the spin button's own scroll controller, and stops the event there. */
static gboolean
spin_scroll_cb (GtkEventControllerScroll *controller,
                double                    dx,
                double                    dy,
                gpointer                  user_data)
{
  GtkWidget *spin = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *scroller = gtk_widget_get_ancestor (spin, GTK_TYPE_SCROLLED_WINDOW);

  if (scroller != NULL)
    {
      GtkScrolledWindow *sw = GTK_SCROLLED_WINDOW (scroller);
      GtkAdjustment *adjustments[2] = { gtk_scrolled_window_get_hadjustment (sw),
                                        gtk_scrolled_window_get_vadjustment (sw) };
      double deltas[2] = { dx, dy };
      gboolean discrete = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

      for (guint i = 0; i < G_N_ELEMENTS (adjustments); i++)
        {
          double page = gtk_adjustment_get_page_size (adjustments[i]);
          /* As GtkScrolledWindow does: a notch moves page^(2/3) */
          double step = discrete ? pow (page, 2.0 / 3.0) : 1;

          if (deltas[i] != 0)
            gtk_adjustment_set_value (adjustments[i],
                                      gtk_adjustment_get_value (adjustments[i]) + deltas[i] * step);
        }
    }
  return TRUE;
}

/**
 * koers_spin_button_guard_scroll:
 *
 * Makes the mouse wheel over @spin scroll the page instead of changing
 * the value. koers_bind_number() does this for every bound spin button.
 */
void
koers_spin_button_guard_scroll (GtkSpinButton *spin)
{
  GtkEventController *scroll;

  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  if (g_object_get_data (G_OBJECT (spin), "koers-scroll-guard") != NULL)
    return;

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_name (scroll, "koers-scroll-guard");
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (spin_scroll_cb), NULL);
  gtk_widget_add_controller (GTK_WIDGET (spin), scroll);
  g_object_set_data (G_OBJECT (spin), "koers-scroll-guard", scroll);
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
  GParamSpec *pspec = find_source_property (item, property);
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);

  g_return_val_if_fail (pspec != NULL, NULL);

  if (G_IS_PARAM_SPEC_INT (pspec))
    gtk_adjustment_configure (adjustment, 0, G_PARAM_SPEC_INT (pspec)->minimum,
                              G_PARAM_SPEC_INT (pspec)->maximum, 1, 1, 0);
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    gtk_adjustment_configure (adjustment, 0, G_PARAM_SPEC_DOUBLE (pspec)->minimum,
                              G_PARAM_SPEC_DOUBLE (pspec)->maximum,
                              gtk_spin_button_get_digits (spin) > 0 ? 0.5 : 1, 10, 0);

  koers_spin_button_guard_scroll (spin);
  g_signal_handlers_disconnect_by_func (spin, spin_input_cb, NULL);
  g_signal_handlers_disconnect_by_func (spin, spin_output_cb, NULL);
  g_signal_connect (spin, "input", G_CALLBACK (spin_input_cb), NULL);
  g_signal_connect (spin, "output", G_CALLBACK (spin_output_cb), NULL);

  return koers_bind_property (item, property, spin, "value",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE, NULL, NULL, NULL);
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
  return koers_bind_property (item, property, toggle, "active",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE, NULL, NULL, NULL);
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
  return koers_bind_property (item, property, dropdown, "selected",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                              enum_to_position, position_to_enum, NULL);
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
  return koers_bind_property (item, property, check, "active",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                              flags_to_active, active_to_flags, GUINT_TO_POINTER (flag));
}

/**
 * koers_dropdown_set_accessible_name:
 *
 * Names @dropdown, a drop-down of a template, for screen readers.
 */
void
koers_dropdown_set_accessible_name (GtkDropDown *dropdown,
                                    const char  *accessible_name)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  /* and the button inside, which is what takes the focus */
  koers_a11y_set_label (gtk_widget_get_first_child (GTK_WIDGET (dropdown)), accessible_name);
}

/**
 * koers_row_remove:
 * @row: the row widget of @item, in a #GtkListBox bound to the plan's list
 *   that holds @item
 * @notice: what to tell the user, e.g. "Target group removed"
 *
 * Removes @item from the list of the plan that holds it (one step of the
 * undo history), shows @notice with Undo in
 * the window, and gives the focus to a neighbour: the next row, else the
 * one before, else the notice's Undo button, so that the focus never falls
 * on a control that would change the plan again.
 */
void
koers_row_remove (GtkWidget  *row,
                  gpointer    item,
                  const char *notice)
{
  KoersPlan *plan;
  GtkWidget *list_row = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(GtkWidget) box = NULL;
  g_autoptr(GtkWidget) window = NULL;
  GtkListBoxRow *neighbour = NULL;
  int index = -1;

  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (G_IS_OBJECT (item));

  plan = koers_plan_of (item);
  g_return_if_fail (plan != NULL && koers_plan_get_list_of (plan, item, NULL) != NULL);

  if (list_row != NULL && GTK_IS_LIST_BOX (gtk_widget_get_parent (list_row)))
    {
      box = g_object_ref (gtk_widget_get_parent (list_row));
      index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (list_row));
    }
  if (gtk_widget_get_root (row) != NULL)
    window = g_object_ref (GTK_WIDGET (gtk_widget_get_root (row)));

  /* @row goes away here */
  koers_plan_remove (plan, item);

  if (box != NULL && index >= 0)
    {
      neighbour = gtk_list_box_get_row_at_index (GTK_LIST_BOX (box), index);
      if (neighbour == NULL && index > 0)
        neighbour = gtk_list_box_get_row_at_index (GTK_LIST_BOX (box), index - 1);
    }
  if (window != NULL)
    gtk_widget_activate_action (window, "win.show-notice", "(sb)", notice, neighbour == NULL);
  if (neighbour != NULL)
    {
      GtkWidget *child = gtk_list_box_row_get_child (neighbour);

      if (child == NULL || !gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD))
        gtk_widget_grab_focus (GTK_WIDGET (neighbour));
    }
}

typedef struct
{
  GWeakRef row;
  guint    n_added;
  guint    idle_id;
} NewRows;

static void
new_rows_free (gpointer data)
{
  NewRows *new_rows = data;

  g_clear_handle_id (&new_rows->idle_id, g_source_remove);
  g_weak_ref_clear (&new_rows->row);
  g_free (new_rows);
}

static void
focus_when_mapped_cb (GtkWidget *child)
{
  g_signal_handlers_disconnect_by_func (child, focus_when_mapped_cb, NULL);
  gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD);
}

static gboolean
focus_new_row_idle (gpointer data)
{
  NewRows *new_rows = data;
  g_autoptr(GtkWidget) row = g_weak_ref_get (&new_rows->row);
  GtkWidget *child = row ? gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)) : NULL;

  new_rows->idle_id = 0;
  /* A plan being shown adds many rows at once: leave the focus alone */
  if (new_rows->n_added == 1 && child != NULL && gtk_widget_get_mapped (child))
    gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD);
  else if (new_rows->n_added == 1 && child != NULL)
    g_signal_connect (child, "map", G_CALLBACK (focus_when_mapped_cb), NULL);
  new_rows->n_added = 0;
  g_weak_ref_set (&new_rows->row, NULL);
  return G_SOURCE_REMOVE;
}

static void
list_box_children_changed_cb (GListModel *children,
                              guint       position,
                              guint       removed,
                              guint       added,
                              GtkListBox *box)
{
  NewRows *new_rows = g_object_get_data (G_OBJECT (box), "koers-new-rows");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (box));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (box), KOERS_TYPE_PAGE);
  g_autoptr(GObject) row = NULL;

  /* A row added while the user works on this page, outside this list
   * (its Add button, Undo in the notice), gets the focus once it shows. A
   * hidden page's rows (it takes a new plan in an idle moment) do not: an
   * undo shows its page before it puts a row back. */
  if (added == 0 || focus == NULL || page == NULL || !gtk_widget_get_mapped (page) ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (box)) ||
      !(gtk_widget_is_ancestor (focus, page) ||
        gtk_widget_get_ancestor (focus, KOERS_TYPE_TOAST) != NULL))
    return;

  row = g_list_model_get_item (children, position + added - 1);
  if (!GTK_IS_LIST_BOX_ROW (row))
    return;
  g_weak_ref_set (&new_rows->row, row);
  new_rows->n_added += added;
  if (new_rows->idle_id == 0)
    new_rows->idle_id = g_idle_add (focus_new_row_idle, new_rows);
}

/**
 * koers_list_box_focus_new_rows:
 *
 * Gives a row that the user adds to @box the focus, on its first field.
 */
void
koers_list_box_focus_new_rows (GtkListBox *box)
{
  GListModel *children;

  g_return_if_fail (GTK_IS_LIST_BOX (box));

  if (g_object_get_data (G_OBJECT (box), "koers-children") != NULL)
    return;
  g_object_set_data_full (G_OBJECT (box), "koers-new-rows", g_new0 (NewRows, 1), new_rows_free);
  children = gtk_widget_observe_children (GTK_WIDGET (box));
  g_signal_connect_object (children, "items-changed", G_CALLBACK (list_box_children_changed_cb),
                           box, 0);
  g_object_set_data_full (G_OBJECT (box), "koers-children", children, g_object_unref);
}
