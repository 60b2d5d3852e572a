/* koers-criterion-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One criterion of a maturity phase: met or not, its statement (a
 * consultant may reword it) and a note on why, or what is missing.
 */
#define G_LOG_DOMAIN "koers-criterion-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-criterion-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"

struct _KoersCriterionRow
{
  GtkWidget        parent_instance;

  KoersCriterion  *criterion;
  GBindingGroup   *bindings;

  GtkCheckButton  *done_check;
  GtkEntry        *text_entry;
  GtkEntry        *note_entry;
};

G_DEFINE_FINAL_TYPE (KoersCriterionRow, koers_criterion_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
remove_clicked_cb (KoersCriterionRow *self)
{
  if (self->criterion != NULL)
    koers_row_remove (GTK_WIDGET (self), self->criterion, _("Criterion removed"));
}

static void
koers_criterion_row_dispose (GObject *object)
{
  KoersCriterionRow *self = (KoersCriterionRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_CRITERION_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->criterion);

  G_OBJECT_CLASS (koers_criterion_row_parent_class)->dispose (object);
}

static void
set_item (KoersCriterionRow *self,
          KoersCriterion    *item)
{
  if (!g_set_object (&self->criterion, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_criterion_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KoersCriterionRow *self = KOERS_CRITERION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->criterion);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_criterion_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KoersCriterionRow *self = KOERS_CRITERION_ROW (object);

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
koers_criterion_row_class_init (KoersCriterionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_criterion_row_dispose;
  object_class->get_property = koers_criterion_row_get_property;
  object_class->set_property = koers_criterion_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_CRITERION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-criterion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersCriterionRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, KoersCriterionRow, text_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersCriterionRow, note_entry);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_criterion_row_init (KoersCriterionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = koers_bind_group_new (KOERS_TYPE_CRITERION);
  koers_bind_active (self->bindings, "done", GTK_WIDGET (self->done_check));
  koers_bind_text (self->bindings, "text", GTK_WIDGET (self->text_entry));
  koers_bind_text (self->bindings, "note", GTK_WIDGET (self->note_entry));

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_criterion_row_new (KoersCriterion *criterion)
{
  g_return_val_if_fail (KOERS_IS_CRITERION (criterion), NULL);

  return g_object_new (KOERS_TYPE_CRITERION_ROW, "item", criterion, NULL);
}
