/* koers-milestone-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One milestone of the first project plan: what, when, whether it is
 * done, and a note.
 */
#define G_LOG_DOMAIN "koers-milestone-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-milestone-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"
#include "koers-date-button.h"

struct _KoersMilestoneRow
{
  GtkWidget        parent_instance;

  KoersMilestone  *milestone;
  GListModel      *list;

  GtkEntry        *title_entry;
  KoersDateButton *date_button;
  GtkCheckButton  *done_check;
  GtkEntry        *notes_entry;
};

G_DEFINE_FINAL_TYPE (KoersMilestoneRow, koers_milestone_row, GTK_TYPE_WIDGET)

static void
remove_clicked_cb (KoersMilestoneRow *self)
{
  koers_row_remove (GTK_WIDGET (self), self->list, self->milestone, _("Milestone removed"));
}

static void
koers_milestone_row_dispose (GObject *object)
{
  KoersMilestoneRow *self = (KoersMilestoneRow *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_MILESTONE_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->milestone);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (koers_milestone_row_parent_class)->dispose (object);
}

static void
koers_milestone_row_class_init (KoersMilestoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_milestone_row_dispose;

  g_type_ensure (KOERS_TYPE_DATE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-milestone-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMilestoneRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersMilestoneRow, date_button);
  gtk_widget_class_bind_template_child (widget_class, KoersMilestoneRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, KoersMilestoneRow, notes_entry);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_milestone_row_init (KoersMilestoneRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
koers_milestone_row_new (KoersMilestone *milestone,
                         GListModel     *list)
{
  KoersMilestoneRow *self = g_object_new (KOERS_TYPE_MILESTONE_ROW, NULL);

  self->milestone = g_object_ref (milestone);
  self->list = g_object_ref (list);

  koers_bind_text (milestone, "title", GTK_WIDGET (self->title_entry));
  koers_date_button_bind (self->date_button, milestone, "date");
  koers_bind_active (milestone, "done", GTK_WIDGET (self->done_check));
  koers_bind_text (milestone, "notes", GTK_WIDGET (self->notes_entry));

  koers_a11y_name_controls (GTK_WIDGET (self));
  return GTK_WIDGET (self);
}
