/* koers-strategy-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One strategy on the Strategy page: which kind of approach, a title of
 * the plan's own, and what the organisation will do.
 */
#define G_LOG_DOMAIN "koers-strategy-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-strategy-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"
#include "koers-labels.h"

struct _KoersStrategyRow
{
  GtkWidget      parent_instance;

  KoersStrategy *strategy;
  GListModel    *list;

  GtkBox        *kind_box;
  GtkLabel      *kind_label;
  GtkEntry      *title_entry;
  GtkTextView   *description_view;
};

G_DEFINE_FINAL_TYPE (KoersStrategyRow, koers_strategy_row, GTK_TYPE_WIDGET)

static void
remove_clicked_cb (KoersStrategyRow *self)
{
  koers_row_remove (GTK_WIDGET (self), self->list, self->strategy, _("Strategy removed"));
}

static void
koers_strategy_row_dispose (GObject *object)
{
  KoersStrategyRow *self = (KoersStrategyRow *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_STRATEGY_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->strategy);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (koers_strategy_row_parent_class)->dispose (object);
}

static void
koers_strategy_row_class_init (KoersStrategyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_strategy_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-strategy-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyRow, kind_box);
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersStrategyRow, description_view);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_strategy_row_init (KoersStrategyRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
koers_strategy_row_new (KoersStrategy *strategy,
                        GListModel    *list)
{
  KoersStrategyRow *self = g_object_new (KOERS_TYPE_STRATEGY_ROW, NULL);
  GtkDropDown *kind = koers_dropdown_new (koers_labels_strategy_kind (),
                                          _("Kind of strategy"));

  self->strategy = g_object_ref (strategy);
  self->list = g_object_ref (list);

  koers_bind_choice (strategy, "kind", kind);
  koers_bind_text (strategy, "title", GTK_WIDGET (self->title_entry));
  koers_bind_text (strategy, "description", GTK_WIDGET (self->description_view));
  gtk_label_set_mnemonic_widget (self->kind_label, GTK_WIDGET (kind));
  gtk_box_append (self->kind_box, GTK_WIDGET (kind));

  koers_a11y_name_controls (GTK_WIDGET (self));
  return GTK_WIDGET (self);
}
