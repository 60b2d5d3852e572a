/* koers-role-editor.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The popover of a column header of the RACI matrix: the role's members,
 * moving it and removing it. Moving and removing are the roles page's
 * actions (roles.move, roles.remove), so that it keeps the focus.
 */
#define G_LOG_DOMAIN "koers-role-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-role-editor.h"
#include "koers-a11y.h"
#include "koers-bind.h"

struct _KoersRoleEditor
{
  GtkWidget      parent_instance;

  KoersRole     *role;

  GtkEntry      *name_entry;
  GtkEntry      *person_entry;
  GtkSpinButton *hours_spin;
};

G_DEFINE_FINAL_TYPE (KoersRoleEditor, koers_role_editor, GTK_TYPE_WIDGET)

static void
activate (KoersRoleEditor *self,
          const char *action,
          int         delta)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_POPOVER);
  /* the popover's parent is the roles page, which has the actions */
  g_autoptr(GtkWidget) target = g_object_ref (popover ? gtk_widget_get_parent (popover)
                                                      : GTK_WIDGET (self));
  g_autofree char *id = g_strdup (koers_role_get_id (self->role));

  /* The action may take this editor away: act from the page. */
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  if (delta == 0)
    gtk_widget_activate_action (target, action, "(bs)", FALSE, id);
  else
    gtk_widget_activate_action (target, action, "(bsi)", FALSE, id, delta);
}

static void
move_earlier_cb (KoersRoleEditor *self)
{
  activate (self, "roles.move", -1);
}

static void
move_later_cb (KoersRoleEditor *self)
{
  activate (self, "roles.move", 1);
}

static void
remove_cb (KoersRoleEditor *self)
{
  activate (self, "roles.remove", 0);
}

static void
koers_role_editor_dispose (GObject *object)
{
  KoersRoleEditor *self = (KoersRoleEditor *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ROLE_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->role);

  G_OBJECT_CLASS (koers_role_editor_parent_class)->dispose (object);
}

static void
koers_role_editor_class_init (KoersRoleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_role_editor_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-role-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersRoleEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersRoleEditor, person_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersRoleEditor, hours_spin);
  gtk_widget_class_bind_template_callback (widget_class, move_earlier_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_later_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_cb);
}

static void
koers_role_editor_init (KoersRoleEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * koers_role_editor_new:
 *
 * Returns: (transfer floating): an editor bound to @role
 */
GtkWidget *
koers_role_editor_new (KoersRole *role)
{
  KoersRoleEditor *self;

  g_return_val_if_fail (KOERS_IS_ROLE (role), NULL);

  self = g_object_new (KOERS_TYPE_ROLE_EDITOR, NULL);
  self->role = g_object_ref (role);
  koers_bind_text (role, "name", GTK_WIDGET (self->name_entry));
  koers_bind_text (role, "person", GTK_WIDGET (self->person_entry));
  koers_bind_number (role, "hours-per-week", self->hours_spin);
  gtk_spin_button_set_increments (self->hours_spin, 0.5, 2);
  koers_a11y_name_controls (GTK_WIDGET (self));

  return GTK_WIDGET (self);
}
