/* koers-rose-part-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One part of the communicatieroos on the rose page: what it means, its
 * current and target score (the keyboard and screen reader equivalent of
 * the drawing), notes and actions.
 */
#define G_LOG_DOMAIN "koers-rose-part-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-rose-part-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"
#include "koers-rose-render.h"

struct _KoersRosePartRow
{
  GtkWidget      parent_instance;

  KoersRosePart *part;
  GBindingGroup *bindings;

  GtkLabel      *name_label;
  GtkLabel      *explanation_label;
  GtkSpinButton *current_spin;
  GtkSpinButton *target_spin;
  GtkTextView   *notes_view;
  GtkTextView   *actions_view;
};

G_DEFINE_FINAL_TYPE (KoersRosePartRow, koers_rose_part_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char *explanations[KOERS_N_ROSE_PARTS] = {
  [KOERS_ROSE_PART_LISTENING] =
    N_("Find out what people say about you, on your own page and elsewhere: on X, on "
       "review sites, in forums and on blogs. Draw conclusions from it and pass them on "
       "inside the organisation."),
  [KOERS_ROSE_PART_RESPONDING] =
    N_("Answer the people who address you. Thank them for a compliment and take a "
       "complaint seriously, quickly and where others can see it. Nobody should be left "
       "without a reply."),
  [KOERS_ROSE_PART_SENDING] =
    N_("Share your own messages, and make them worth reading. Follow the 80/20 rule: at "
       "most one post in five promotes you, the rest gives followers something they "
       "value, such as tips, humour, a useful article or local news."),
  [KOERS_ROSE_PART_ACTIVATING] =
    N_("Turn satisfied customers into ambassadors: invite them to think along about "
       "products, to write a review and to tell others about you."),
  [KOERS_ROSE_PART_ORGANISING] =
    N_("The heart of the rose: support inside your own organisation. Colleagues act as "
       "ambassadors and content makers and get the time and means to learn. Without "
       "this core the four petals wither."),
};

static void
koers_rose_part_row_dispose (GObject *object)
{
  KoersRosePartRow *self = (KoersRosePartRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ROSE_PART_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->part);

  G_OBJECT_CLASS (koers_rose_part_row_parent_class)->dispose (object);
}

/* Each control names its part: five rows carry the same labels. */
static void
set_accessible_label (gpointer  widget,
                      char     *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_free (label);
}

/* The part of a row's item never changes, but the item may. */
static void
show_part (KoersRosePartRow *self)
{
  KoersRosePartKind kind = koers_rose_part_get_part (self->part);
  const char *name = koers_rose_part_get_label (kind);

  gtk_label_set_label (self->name_label, name);
  if (kind < KOERS_N_ROSE_PARTS)
    gtk_label_set_label (self->explanation_label, _(explanations[kind]));

  /* Translators: accessible name of a spin button; %s is a part of the rose */
  set_accessible_label (self->current_spin, g_strdup_printf (_("%s: current score, 0 to 5"), name));
  /* Translators: accessible name of a spin button; %s is a part of the rose */
  set_accessible_label (self->target_spin, g_strdup_printf (_("%s: target score, 0 to 5"), name));
  /* Translators: accessible name of a text field; %s is a part of the rose */
  set_accessible_label (self->notes_view, g_strdup_printf (_("%s: notes"), name));
  /* Translators: accessible name of a text field; %s is a part of the rose */
  set_accessible_label (self->actions_view, g_strdup_printf (_("%s: actions"), name));
}

static void
set_item (KoersRosePartRow *self,
          KoersRosePart    *item)
{
  if (!g_set_object (&self->part, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  if (item != NULL)
    show_part (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_rose_part_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KoersRosePartRow *self = KOERS_ROSE_PART_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->part);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_rose_part_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KoersRosePartRow *self = KOERS_ROSE_PART_ROW (object);

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
koers_rose_part_row_class_init (KoersRosePartRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_rose_part_row_dispose;
  object_class->get_property = koers_rose_part_row_get_property;
  object_class->set_property = koers_rose_part_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_ROSE_PART,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-rose-part-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersRosePartRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, KoersRosePartRow, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, KoersRosePartRow, current_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersRosePartRow, target_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersRosePartRow, notes_view);
  gtk_widget_class_bind_template_child (widget_class, KoersRosePartRow, actions_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_rose_part_row_init (KoersRosePartRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = koers_bind_group_new (KOERS_TYPE_ROSE_PART);
  koers_bind_number (self->bindings, "current", self->current_spin);
  koers_bind_number (self->bindings, "target", self->target_spin);
  koers_bind_text (self->bindings, "notes", GTK_WIDGET (self->notes_view));
  koers_bind_text (self->bindings, "actions", GTK_WIDGET (self->actions_view));

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_rose_part_row_new (KoersRosePart *part)
{
  g_return_val_if_fail (KOERS_IS_ROSE_PART (part), NULL);

  return g_object_new (KOERS_TYPE_ROSE_PART_ROW, "item", part, NULL);
}
