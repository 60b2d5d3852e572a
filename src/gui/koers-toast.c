/* koers-toast.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A short notice at the bottom of the window, with Undo, for changes that
 * a user may not have meant (a removed row). GTK 4.8 has no AdwToast: this
 * is a revealer in the window's overlay. Undo goes through the window's
 * history ("win.undo"), so it undoes exactly what undo would.
 */
#define G_LOG_DOMAIN "koers-toast"

#include "config.h"

#include "koers-toast.h"
#include "koers-a11y.h"

#define DEFAULT_TIMEOUT_MS 10000

struct _KoersToast
{
  GtkWidget    parent_instance;

  guint        timeout_id;

  GtkRevealer *revealer;
  GtkLabel    *label;
  GtkWidget   *undo_button;
};

G_DEFINE_FINAL_TYPE (KoersToast, koers_toast, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
undo_clicked_cb (KoersToast *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.undo", NULL);
  koers_toast_dismiss (self);
}

static void
close_clicked_cb (KoersToast *self)
{
  koers_toast_dismiss (self);
}

static gboolean
key_pressed_cb (KoersToast      *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  if (keyval != GDK_KEY_Escape)
    return GDK_EVENT_PROPAGATE;
  koers_toast_dismiss (self);
  return GDK_EVENT_STOP;
}

static gboolean
timeout_cb (gpointer user_data)
{
  KoersToast *self = user_data;

  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  self->timeout_id = 0;
  /* Not while the user is on its buttons */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    {
      self->timeout_id = g_timeout_add (DEFAULT_TIMEOUT_MS / 2, timeout_cb, self);
      return G_SOURCE_REMOVE;
    }
  koers_toast_dismiss (self);
  return G_SOURCE_REMOVE;
}

static void
koers_toast_dispose (GObject *object)
{
  KoersToast *self = (KoersToast *) object;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_TOAST);

  G_OBJECT_CLASS (koers_toast_parent_class)->dispose (object);
}

static void
koers_toast_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KoersToast *self = KOERS_TOAST (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      g_value_set_boolean (value, koers_toast_get_revealed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_toast_class_init (KoersToastClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_toast_dispose;
  object_class->get_property = koers_toast_get_property;

  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-toast.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersToast, revealer);
  gtk_widget_class_bind_template_child (widget_class, KoersToast, label);
  gtk_widget_class_bind_template_child (widget_class, KoersToast, undo_button);
  gtk_widget_class_bind_template_callback (widget_class, undo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "koers-toast");
  /* Screen readers announce an alert when it appears */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
koers_toast_init (KoersToast *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  koers_a11y_name_controls (GTK_WIDGET (self));
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
koers_toast_new (void)
{
  return g_object_new (KOERS_TYPE_TOAST, NULL);
}

/**
 * koers_toast_show:
 * @message: what happened, in a short sentence
 *
 * Shows @message with an Undo button, for a while (KOERS_TOAST_TIMEOUT_MS,
 * 10 seconds unless set).
 */
void
koers_toast_show (KoersToast *self,
                  const char *message)
{
  const char *env = g_getenv ("KOERS_TOAST_TIMEOUT_MS");
  guint ms = env ? (guint) g_ascii_strtoull (env, NULL, 10) : DEFAULT_TIMEOUT_MS;
  gboolean was_revealed;

  g_return_if_fail (KOERS_IS_TOAST (self));
  g_return_if_fail (message != NULL);

  was_revealed = koers_toast_get_revealed (self);
  gtk_label_set_label (self->label, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, message,
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_widget_set_can_target (GTK_WIDGET (self), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (ms > 0)
    self->timeout_id = g_timeout_add (ms, timeout_cb, self);
  if (!was_revealed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

/**
 * koers_toast_dismiss:
 *
 * Hides the notice; a focus inside it goes back to the window, which
 * listens to #KoersToast:revealed.
 */
void
koers_toast_dismiss (KoersToast *self)
{
  g_return_if_fail (KOERS_IS_TOAST (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (!koers_toast_get_revealed (self))
    return;
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

gboolean
koers_toast_get_revealed (KoersToast *self)
{
  g_return_val_if_fail (KOERS_IS_TOAST (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

const char *
koers_toast_get_message (KoersToast *self)
{
  g_return_val_if_fail (KOERS_IS_TOAST (self), NULL);

  return gtk_label_get_label (self->label);
}

/* Focuses the Undo button of a shown notice. */
gboolean
koers_toast_focus_undo (KoersToast *self)
{
  g_return_val_if_fail (KOERS_IS_TOAST (self), FALSE);

  return koers_toast_get_revealed (self) && gtk_widget_grab_focus (self->undo_button);
}
