/* koers-area-card.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card on the overview for one part of the plan: what it holds, whether
 * it is filled in (as words and an icon), and a way there.
 */
#define G_LOG_DOMAIN "koers-area-card"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-area-card.h"

struct _KoersAreaCard
{
  GtkButton  parent_instance;

  GtkLabel  *title_label;
  GtkImage  *status_image;
  GtkLabel  *summary_label;
  GtkLabel  *state_label;

  KoersArea  area;
};

G_DEFINE_FINAL_TYPE (KoersAreaCard, koers_area_card, GTK_TYPE_BUTTON)

static void
koers_area_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KOERS_TYPE_AREA_CARD);

  G_OBJECT_CLASS (koers_area_card_parent_class)->dispose (object);
}

static void
koers_area_card_class_init (KoersAreaCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_area_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-area-card.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersAreaCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoersAreaCard, status_image);
  gtk_widget_class_bind_template_child (widget_class, KoersAreaCard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KoersAreaCard, state_label);
}

static void
koers_area_card_init (KoersAreaCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * koers_area_card_update:
 * @plan: the plan the card tells about
 *
 * Shows what @plan holds now in the card's part; a part that did not
 * change is not laid out again.
 */
void
koers_area_card_update (KoersAreaCard *self,
                        KoersPlan     *plan)
{
  gboolean filled;
  guint done, total;
  const char *state;
  const char *icon;
  g_autofree char *progress = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *accessible = NULL;

  g_return_if_fail (KOERS_IS_AREA_CARD (self));
  g_return_if_fail (KOERS_IS_PLAN (plan));

  koers_check_area_progress (plan, self->area, &done, &total);
  filled = done >= total;
  if (done > 0 && !filled)
    /* Translators: a part of the plan that is partly done, as in
     * "Partly filled in: 2 of 7" */
    state = progress = g_strdup_printf (_("Partly filled in: %u of %u"), done, total);
  else
    state = filled ? _("Filled in") : _("Not filled in yet");
  icon = filled ? "emblem-ok-symbolic" : "document-edit-symbolic";
  summary = koers_check_area_summary (plan, self->area);
  if (g_strcmp0 (gtk_label_get_label (self->summary_label), summary) == 0 &&
      g_strcmp0 (gtk_label_get_label (self->state_label), state) == 0)
    return;

  accessible = g_strdup_printf ("%s: %s, %s", koers_area_get_title (self->area), summary, state);
  if (g_strcmp0 (gtk_image_get_icon_name (self->status_image), icon) != 0)
    gtk_image_set_from_icon_name (self->status_image, icon);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_image), state);
  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_label (self->state_label, state);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/**
 * koers_area_card_get_area:
 *
 * Returns: the part of the plan the card tells about
 */
KoersArea
koers_area_card_get_area (KoersAreaCard *self)
{
  g_return_val_if_fail (KOERS_IS_AREA_CARD (self), 0);

  return self->area;
}

/**
 * koers_area_card_new:
 * @plan: the plan the card tells about
 * @area: the part of the plan; the window must have a page for it
 *
 * Returns: (transfer floating): a card that opens the page of @area
 */
GtkWidget *
koers_area_card_new (KoersPlan *plan,
                     KoersArea  area)
{
  KoersAreaCard *self;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (area < KOERS_N_AREAS, NULL);

  self = g_object_new (KOERS_TYPE_AREA_CARD, NULL);
  self->area = area;
  gtk_label_set_label (self->title_label, koers_area_get_title (area));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", koers_area_get_name (area));
  koers_area_card_update (self, plan);
  return GTK_WIDGET (self);
}
