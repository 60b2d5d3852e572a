/* koers-task-editor.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The popover of a row header of the RACI matrix: the task's members,
 * moving it and removing it. Moving and removing are the roles page's
 * actions (roles.move, roles.remove), so that it keeps the focus.
 */
#define G_LOG_DOMAIN "koers-task-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-task-editor.h"
#include "koers-a11y.h"
#include "koers-bind.h"

struct _KoersTaskEditor
{
  GtkWidget      parent_instance;

  KoersTask     *task;

  GtkEntry      *name_entry;
  GtkEntry      *description_entry;
  GtkDropDown   *part_dropdown;
  GtkSpinButton *hours_spin;
};

G_DEFINE_FINAL_TYPE (KoersTaskEditor, koers_task_editor, GTK_TYPE_WIDGET)

static void
activate (KoersTaskEditor *self,
          const char *action,
          int         delta)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_POPOVER);
  /* the popover's parent is the roles page, which has the actions */
  g_autoptr(GtkWidget) target = g_object_ref (popover ? gtk_widget_get_parent (popover)
                                                      : GTK_WIDGET (self));
  g_autofree char *id = g_strdup (koers_task_get_id (self->task));

  /* The action may take this editor away: act from the page. */
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  if (delta == 0)
    gtk_widget_activate_action (target, action, "(bs)", TRUE, id);
  else
    gtk_widget_activate_action (target, action, "(bsi)", TRUE, id, delta);
}

static void
move_earlier_cb (KoersTaskEditor *self)
{
  activate (self, "roles.move", -1);
}

static void
move_later_cb (KoersTaskEditor *self)
{
  activate (self, "roles.move", 1);
}

static void
remove_cb (KoersTaskEditor *self)
{
  activate (self, "roles.remove", 0);
}

static void
koers_task_editor_dispose (GObject *object)
{
  KoersTaskEditor *self = (KoersTaskEditor *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_TASK_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->task);

  G_OBJECT_CLASS (koers_task_editor_parent_class)->dispose (object);
}

static void
koers_task_editor_class_init (KoersTaskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_task_editor_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-task-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersTaskEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersTaskEditor, description_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersTaskEditor, part_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersTaskEditor, hours_spin);
  gtk_widget_class_bind_template_callback (widget_class, move_earlier_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_later_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_cb);
}

static void
koers_task_editor_init (KoersTaskEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * koers_task_editor_new:
 *
 * Returns: (transfer floating): an editor bound to @task
 */
GtkWidget *
koers_task_editor_new (KoersTask *task)
{
  KoersTaskEditor *self;

  g_return_val_if_fail (KOERS_IS_TASK (task), NULL);

  self = g_object_new (KOERS_TYPE_TASK_EDITOR, NULL);
  self->task = g_object_ref (task);
  koers_bind_text (task, "name", GTK_WIDGET (self->name_entry));
  koers_bind_text (task, "description", GTK_WIDGET (self->description_entry));
  koers_bind_choice (task, "rose-part", self->part_dropdown);
  koers_dropdown_set_accessible_name (self->part_dropdown, _("Rose part"));
  koers_bind_number (task, "hours-per-week", self->hours_spin);
  gtk_spin_button_set_increments (self->hours_spin, 0.5, 2);
  koers_a11y_name_controls (GTK_WIDGET (self));

  return GTK_WIDGET (self);
}
