/* koers-date-button.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A button that shows a date, or "No date", and opens a calendar to pick
 * one or clear it.
 */
#define G_LOG_DOMAIN "koers-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-date-button.h"
#include "koers-bind.h"
#include "koers-a11y.h"
#include "koers-format.h"

struct _KoersDateButton
{
  GtkWidget       parent_instance;

  GDate          *date;

  GtkMenuButton  *button;
  GtkLabel       *label;
  GtkCalendar    *calendar;
  GtkPopover     *popover;
};

G_DEFINE_FINAL_TYPE (KoersDateButton, koers_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update_label (KoersDateButton *self)
{
  g_autofree char *text = koers_format_date (self->date);

  gtk_label_set_label (self->label, self->date ? text : _("No date"));
}

static void
day_selected_cb (KoersDateButton *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (picked), g_date_time_get_month (picked),
                  g_date_time_get_year (picked));
  koers_date_button_set_date (self, &date);
  gtk_popover_popdown (self->popover);
}

static void
clear_clicked_cb (KoersDateButton *self)
{
  koers_date_button_set_date (self, NULL);
  gtk_popover_popdown (self->popover);
}

/* date.today. Enter in the calendar and a click on the selected day take
 * that day too: without them an empty field could not take the day the
 * calendar opens on (today), since selecting the selected day again
 * selects nothing new. */
static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KoersDateButton *self = KOERS_DATE_BUTTON (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  koers_date_button_set_date (self, &today);
  gtk_popover_popdown (self->popover);
}

static gboolean
calendar_key_pressed_cb (GtkEventControllerKey *keys,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         KoersDateButton       *self)
{
  if ((keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;
  day_selected_cb (self);
  return TRUE;
}

/* A click on the day that is selected already: on an empty field that is
 * the day the calendar opened on, and the click means "this day". */
static void
calendar_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      KoersDateButton *self)
{
  GtkWidget *day = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  /* A day, not the arrows or the names of the week days */
  if (self->date == NULL && gtk_widget_get_visible (GTK_WIDGET (self->popover)) &&
      day != NULL && gtk_widget_has_css_class (day, "day-number") &&
      !gtk_widget_has_css_class (day, "other-month"))
    day_selected_cb (self);
}

static void
popover_show_cb (KoersDateButton *self)
{
  g_autoptr(GDateTime) shown = NULL;

  if (self->date != NULL)
    shown = g_date_time_new_local (g_date_get_year (self->date), g_date_get_month (self->date),
                                   g_date_get_day (self->date), 12, 0, 0);
  else
    shown = g_date_time_new_now_local ();

  g_signal_handlers_block_by_func (self->calendar, day_selected_cb, self);
  gtk_calendar_select_day (self->calendar, shown);
  g_signal_handlers_unblock_by_func (self->calendar, day_selected_cb, self);
}

/* The button inside takes the focus, also through a label's mnemonic. */
static gboolean
koers_date_button_mnemonic_activate (GtkWidget *widget,
                                     gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (GTK_WIDGET (KOERS_DATE_BUTTON (widget)->button),
                                       group_cycling);
}

static gboolean
koers_date_button_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (KOERS_DATE_BUTTON (widget)->button));
}

static void
koers_date_button_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KOERS_TYPE_DATE_BUTTON);

  G_OBJECT_CLASS (koers_date_button_parent_class)->dispose (object);
}

static void
koers_date_button_finalize (GObject *object)
{
  KoersDateButton *self = (KoersDateButton *) object;

  g_clear_pointer (&self->date, g_date_free);

  G_OBJECT_CLASS (koers_date_button_parent_class)->finalize (object);
}

static void
koers_date_button_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KoersDateButton *self = KOERS_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_date_button_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KoersDateButton *self = KOERS_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      koers_date_button_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_date_button_class_init (KoersDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_date_button_dispose;
  object_class->finalize = koers_date_button_finalize;
  object_class->get_property = koers_date_button_get_property;
  object_class->set_property = koers_date_button_set_property;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-date-button.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersDateButton, button);
  gtk_widget_class_bind_template_child (widget_class, KoersDateButton, label);
  gtk_widget_class_bind_template_child (widget_class, KoersDateButton, calendar);
  gtk_widget_class_bind_template_child (widget_class, KoersDateButton, popover);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_install_action (widget_class, "date.today", NULL, today_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  widget_class->mnemonic_activate = koers_date_button_mnemonic_activate;
  widget_class->grab_focus = koers_date_button_grab_focus;
}

static void
koers_date_button_init (KoersDateButton *self)
{
  GtkWidget *toggle;
  GtkEventController *keys;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  update_label (self);

  /* Before the calendar's own keys: Enter takes the selected day. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (calendar_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), keys);
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_BUBBLE);
  g_signal_connect_object (click, "released", G_CALLBACK (calendar_released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (click));

  /* The button that takes the focus is named by this widget's accessible
   * label (what the date is for, set where it is used) and the date. */
  toggle = gtk_widget_get_first_child (GTK_WIDGET (self->button));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self, self->label, NULL, -1);
  if (toggle != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    self, self->label, NULL, -1);
  koers_a11y_name_controls (GTK_WIDGET (self->popover));
}

GtkWidget *
koers_date_button_new (void)
{
  return g_object_new (KOERS_TYPE_DATE_BUTTON, NULL);
}

const GDate *
koers_date_button_get_date (KoersDateButton *self)
{
  g_return_val_if_fail (KOERS_IS_DATE_BUTTON (self), NULL);

  return self->date;
}

void
koers_date_button_set_date (KoersDateButton *self,
                            const GDate     *date)
{
  g_return_if_fail (KOERS_IS_DATE_BUTTON (self));

  if (date != NULL && !g_date_valid (date))
    date = NULL;
  if (self->date == date ||
      (self->date && date && g_date_compare (self->date, date) == 0))
    return;

  g_clear_pointer (&self->date, g_date_free);
  if (date != NULL)
    self->date = g_date_copy (date);

  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * koers_date_button_bind:
 * @item: an object of the plan, or a binding group (see koers-bind.h)
 * @property: a date property of @item
 *
 * Returns: (transfer none) (nullable): a two-way binding of @property and the
 *   button, %NULL for a group
 */
GBinding *
koers_date_button_bind (KoersDateButton *self,
                        gpointer         item,
                        const char      *property)
{
  g_return_val_if_fail (KOERS_IS_DATE_BUTTON (self), NULL);

  return koers_bind_property (item, property, self, "date",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE, NULL, NULL, NULL);
}
