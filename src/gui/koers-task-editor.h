/* koers-task-editor.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-task.h"

G_BEGIN_DECLS

#define KOERS_TYPE_TASK_EDITOR (koers_task_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoersTaskEditor, koers_task_editor, KOERS, TASK_EDITOR, GtkWidget)

GtkWidget *koers_task_editor_new (KoersTask *task);

G_END_DECLS
