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
  GBindingGroup   *bindings;

  GtkEntry        *title_entry;
  KoersDateButton *date_button;
  GtkCheckButton  *done_check;
  GtkEntry        *notes_entry;
};

G_DEFINE_FINAL_TYPE (KoersMilestoneRow, koers_milestone_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
remove_clicked_cb (KoersMilestoneRow *self)
{
  if (self->milestone != NULL)
    koers_row_remove (GTK_WIDGET (self), self->milestone, _("Milestone removed"));
}

static void
koers_milestone_row_dispose (GObject *object)
{
  KoersMilestoneRow *self = (KoersMilestoneRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_MILESTONE_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->milestone);

  G_OBJECT_CLASS (koers_milestone_row_parent_class)->dispose (object);
}

static void
set_item (KoersMilestoneRow *self,
          KoersMilestone    *item)
{
  if (!g_set_object (&self->milestone, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_milestone_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KoersMilestoneRow *self = KOERS_MILESTONE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->milestone);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_milestone_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KoersMilestoneRow *self = KOERS_MILESTONE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_milestone_row_class_init (KoersMilestoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_milestone_row_dispose;
  object_class->get_property = koers_milestone_row_get_property;
  object_class->set_property = koers_milestone_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_MILESTONE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

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

  self->bindings = koers_bind_group_new (KOERS_TYPE_MILESTONE);
  koers_bind_text (self->bindings, "title", GTK_WIDGET (self->title_entry));
  koers_date_button_bind (self->date_button, self->bindings, "date");
  koers_bind_active (self->bindings, "done", GTK_WIDGET (self->done_check));
  koers_bind_text (self->bindings, "notes", GTK_WIDGET (self->notes_entry));

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_milestone_row_new (KoersMilestone *milestone)
{
  g_return_val_if_fail (KOERS_IS_MILESTONE (milestone), NULL);

  return g_object_new (KOERS_TYPE_MILESTONE_ROW, "item", milestone, NULL);
}
