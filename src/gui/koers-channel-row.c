/* koers-channel-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One channel of the plan's catalogue: its name, what it is for, how often
 * to post, the colour it has in the calendar, its address, and whether it
 * is in use. The channel's id never changes, so renaming it keeps the
 * calendar's entries attached.
 */
#define G_LOG_DOMAIN "koers-channel-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-channel-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"

struct _KoersChannelRow
{
  GtkWidget       parent_instance;

  KoersChannel   *channel;
  GBindingGroup  *bindings;

  GtkEntry       *name_entry;
  GtkCheckButton *active_check;
  GtkTextView    *purpose_view;
  GtkSpinButton  *posts_spin;
  GtkColorButton *colour_button;
  GtkEntry       *url_entry;
};

G_DEFINE_FINAL_TYPE (KoersChannelRow, koers_channel_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
colour_to_rgba (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  GdkRGBA rgba;

  if (g_value_get_string (from) == NULL || !gdk_rgba_parse (&rgba, g_value_get_string (from)))
    return FALSE;
  g_value_set_boxed (to, &rgba);
  return TRUE;
}

static gboolean
rgba_to_colour (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const GdkRGBA *rgba = g_value_get_boxed (from);

  if (rgba == NULL)
    return FALSE;
  g_value_take_string (to, g_strdup_printf ("#%02x%02x%02x",
                                            (guint) (CLAMP (rgba->red, 0., 1.) * 255. + .5),
                                            (guint) (CLAMP (rgba->green, 0., 1.) * 255. + .5),
                                            (guint) (CLAMP (rgba->blue, 0., 1.) * 255. + .5)));
  return TRUE;
}

static void
remove_clicked_cb (KoersChannelRow *self)
{
  /* Calendar entries may still name this channel; the plan check reports
   * them, so removing is not refused here. */
  if (self->channel != NULL)
    koers_row_remove (GTK_WIDGET (self), self->channel, _("Channel removed"));
}

static void
koers_channel_row_dispose (GObject *object)
{
  KoersChannelRow *self = (KoersChannelRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_CHANNEL_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->channel);

  G_OBJECT_CLASS (koers_channel_row_parent_class)->dispose (object);
}

static void
set_item (KoersChannelRow *self,
          KoersChannel    *item)
{
  if (!g_set_object (&self->channel, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_channel_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KoersChannelRow *self = KOERS_CHANNEL_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->channel);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_channel_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KoersChannelRow *self = KOERS_CHANNEL_ROW (object);

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
koers_channel_row_class_init (KoersChannelRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_channel_row_dispose;
  object_class->get_property = koers_channel_row_get_property;
  object_class->set_property = koers_channel_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_CHANNEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-channel-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersChannelRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersChannelRow, active_check);
  gtk_widget_class_bind_template_child (widget_class, KoersChannelRow, purpose_view);
  gtk_widget_class_bind_template_child (widget_class, KoersChannelRow, posts_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersChannelRow, colour_button);
  gtk_widget_class_bind_template_child (widget_class, KoersChannelRow, url_entry);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_channel_row_init (KoersChannelRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = koers_bind_group_new (KOERS_TYPE_CHANNEL);
  koers_bind_text (self->bindings, "name", GTK_WIDGET (self->name_entry));
  koers_bind_active (self->bindings, "active", GTK_WIDGET (self->active_check));
  koers_bind_text (self->bindings, "purpose", GTK_WIDGET (self->purpose_view));
  koers_bind_number (self->bindings, "posts-per-week", self->posts_spin);
  gtk_spin_button_set_increments (self->posts_spin, 0.5, 1);
  koers_bind_text (self->bindings, "url", GTK_WIDGET (self->url_entry));
  koers_bind_property (self->bindings, "colour", self->colour_button, "rgba",
                       G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                       colour_to_rgba, rgba_to_colour, NULL);

  koers_a11y_name_controls (GTK_WIDGET (self));
}

GtkWidget *
koers_channel_row_new (KoersChannel *channel)
{
  g_return_val_if_fail (KOERS_IS_CHANNEL (channel), NULL);

  return g_object_new (KOERS_TYPE_CHANNEL_ROW, "item", channel, NULL);
}
