/* koers-a11y.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a button with a mnemonic "_Save Save" (its label property
 * keeps the underscore, and its label child adds the text again), a check
 * button "In _use", an expander or the button inside a drop-down, menu
 * button or colour button not at all, so that screen readers announce the
 * class name. koers_a11y_name_controls() gives each of them its real name;
 * the templates call it once they are built.
 */
#define G_LOG_DOMAIN "koers-a11y"

#include "config.h"

#include "koers-a11y.h"
#include "koers-date-button.h"

/* "Open the _Example Plan" -> "Open the Example Plan"; "__" is "_" */
static char *
strip_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            g_string_append_c (out, *++p);
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/**
 * koers_a11y_set_label:
 *
 * Sets the accessible label of @widget (its name for screen readers) and
 * drops the relation to a label child, which would repeat it.
 */
void
koers_a11y_set_label (GtkWidget  *widget,
                      const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* The widgets inside a composite control (the toggle button of a
 * drop-down, the button of a menu or colour button) get the name of the
 * control: its visible label, the labels that point at it, or its
 * tooltip. */
static void
name_inner_controls (GtkWidget *control,
                     GtkWidget *named_by)
{
  GList *labels = gtk_widget_list_mnemonic_labels (named_by);
  const char *tooltip = gtk_widget_get_tooltip_text (named_by);
  g_autofree char *label = NULL;

  if (GTK_IS_MENU_BUTTON (control) && gtk_menu_button_get_label (GTK_MENU_BUTTON (control)) != NULL)
    label = gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (control))
              ? strip_mnemonic (gtk_menu_button_get_label (GTK_MENU_BUTTON (control)))
              : g_strdup (gtk_menu_button_get_label (GTK_MENU_BUTTON (control)));

  for (GtkWidget *w = control; w != NULL; w = gtk_widget_get_first_child (w))
    {
      if (w != control && !GTK_IS_BUTTON (w) && !GTK_IS_MENU_BUTTON (w))
        break;
      if (label != NULL)
        koers_a11y_set_label (w, label);
      else if (labels != NULL)
        gtk_accessible_update_relation (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                        labels->data, NULL, -1);
      else if (tooltip != NULL && w != control)
        koers_a11y_set_label (w, tooltip);
    }
  g_list_free (labels);
}

/**
 * koers_a11y_name_controls:
 * @root: a widget whose template is built
 *
 * Gives every control below @root that GTK 4.8 leaves without a proper
 * accessible name the name a user sees.
 */
void
koers_a11y_name_controls (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  /* names itself */
  if (KOERS_IS_DATE_BUTTON (root))
    return;

  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    {
      g_autofree char *label = strip_mnemonic (gtk_button_get_label (GTK_BUTTON (root)));

      koers_a11y_set_label (root, label);
    }
  else if (GTK_IS_CHECK_BUTTON (root) && gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (root)) &&
           gtk_check_button_get_label (GTK_CHECK_BUTTON (root)) != NULL)
    {
      g_autofree char *label = strip_mnemonic (gtk_check_button_get_label (GTK_CHECK_BUTTON (root)));

      gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  else if (GTK_IS_EXPANDER (root) && gtk_expander_get_label (GTK_EXPANDER (root)) != NULL)
    {
      const char *text = gtk_expander_get_label (GTK_EXPANDER (root));
      g_autofree char *label = gtk_expander_get_use_underline (GTK_EXPANDER (root))
                                 ? strip_mnemonic (text) : g_strdup (text);

      gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  else if (GTK_IS_MENU_BUTTON (root) || GTK_IS_COLOR_BUTTON (root))
    {
      GtkWidget *parent = gtk_widget_get_parent (root);
      GList *own = gtk_widget_list_mnemonic_labels (root);

      /* A date button's menu button is named by the date button's labels */
      name_inner_controls (root, own == NULL && parent != NULL && !GTK_IS_BOX (parent) &&
                                 !GTK_IS_GRID (parent) ? parent : root);
      g_list_free (own);
      if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_popover (GTK_MENU_BUTTON (root)) != NULL)
        koers_a11y_name_controls (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (root))));
      return;
    }
  else if (GTK_IS_DROP_DOWN (root))
    {
      name_inner_controls (gtk_widget_get_first_child (root), root);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    koers_a11y_name_controls (child);
}
