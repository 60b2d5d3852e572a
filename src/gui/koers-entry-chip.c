/* koers-entry-chip.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry in the month or week grid: a strip of the channel's colour, the
 * channel's short name, the time when set, the title, and the status as a
 * mark of its own shape. Focusable; Enter or a click emits "activate"
 * (open it), Ctrl+click "toggle" (select it), Alt+arrows "move" it by days.
 * A drag carries its KoersCalendarItem. The views take chips from a pool
 * and give them items; a chip holds no state of its own beyond that.
 */
#define G_LOG_DOMAIN "koers-entry-chip"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-entry-chip.h"
#include "koers-calendar-render.h"
#include "koers-calendar-util.h"

struct _KoersEntryChip
{
  GtkWidget          parent_instance;

  GtkWidget         *label;    /* mark, channel, time, title */
  GtkWidget         *compact;  /* mark, the channel's letter, title: for a narrow chip */
  gboolean           narrow;   /* shows compact */
  KoersCalendarItem *item;
  GdkRGBA            colour;
  gboolean           selected;
  char              *description;  /* the tooltip, given when asked */
};

G_DEFINE_FINAL_TYPE (KoersEntryChip, koers_entry_chip, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  TOGGLE,
  MOVE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

#define STRIP_WIDTH 4

static void
koers_entry_chip_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  KoersEntryChip *self = KOERS_ENTRY_CHIP (widget);
  int height = gtk_widget_get_height (widget);

  if (self->item != NULL)
    gtk_snapshot_append_color (snapshot, &self->colour,
                               &GRAPHENE_RECT_INIT (0, 0, STRIP_WIDTH, height));
  gtk_widget_snapshot_child (widget, self->narrow ? self->compact : self->label, snapshot);
}

/* Below this width a chip whose whole text does not fit shows the compact
 * one, so the title is not cut away behind the channel and the time (an
 * 800-pixel window's month has chips of about 70 pixels). */
#define COMPACT_BELOW 130

static void
koers_entry_chip_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  KoersEntryChip *self = KOERS_ENTRY_CHIP (widget);
  int min_full, nat_full, min_compact, nat_compact;

  gtk_widget_measure (self->label, orientation, for_size, &min_full, &nat_full, NULL, NULL);
  gtk_widget_measure (self->compact, orientation, for_size, &min_compact, &nat_compact, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN (min_full, min_compact);
      *natural = nat_full;
    }
  else
    {
      *minimum = MAX (min_full, min_compact);
      *natural = MAX (nat_full, nat_compact);
    }
}

static void
koers_entry_chip_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  KoersEntryChip *self = KOERS_ENTRY_CHIP (widget);
  int natural;

  gtk_widget_measure (self->label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  self->narrow = width < natural && width < COMPACT_BELOW;
  gtk_widget_allocate (self->label, width, height, baseline, NULL);
  gtk_widget_allocate (self->compact, width, height, baseline, NULL);
}

/**
 * koers_entry_chip_get_shown_text:
 *
 * Returns: the text the chip shows at its width now
 */
const char *
koers_entry_chip_get_shown_text (KoersEntryChip *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_CHIP (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->narrow ? self->compact : self->label));
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   KoersEntryChip  *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (self->item == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (state & GDK_CONTROL_MASK)
    g_signal_emit (self, signals[TOGGLE], 0);
  else
    g_signal_emit (self, signals[ACTIVATE], 0);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KoersEntryChip        *self)
{
  int days = 0;

  if (self->item == NULL)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      g_signal_emit (self, signals[ACTIVATE], 0);
      return TRUE;
    case GDK_KEY_space:
      g_signal_emit (self, signals[TOGGLE], 0);
      return TRUE;
    case GDK_KEY_Left:
      days = -1;
      break;
    case GDK_KEY_Right:
      days = 1;
      break;
    case GDK_KEY_Up:
      days = -7;
      break;
    case GDK_KEY_Down:
      days = 7;
      break;
    default:
      return FALSE;
    }
  if ((state & GDK_ALT_MASK) == 0)
    return FALSE;
  g_signal_emit (self, signals[MOVE], 0, days);
  return TRUE;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource  *source,
                 double          x,
                 double          y,
                 KoersEntryChip *self)
{
  if (self->item == NULL)
    return NULL;
  return gdk_content_provider_new_typed (KOERS_TYPE_CALENDAR_ITEM, self->item);
}

static void
drag_begin_cb (GtkDragSource  *source,
               GdkDrag        *drag,
               KoersEntryChip *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static void
koers_entry_chip_dispose (GObject *object)
{
  KoersEntryChip *self = (KoersEntryChip *) object;

  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_pointer (&self->compact, gtk_widget_unparent);
  g_clear_object (&self->item);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (koers_entry_chip_parent_class)->dispose (object);
}

static gboolean
koers_entry_chip_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard,
                                GtkTooltip *tooltip)
{
  const char *description = koers_entry_chip_get_description (KOERS_ENTRY_CHIP (widget));

  if (description == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, description);
  return TRUE;
}

static void
koers_entry_chip_class_init (KoersEntryChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_entry_chip_dispose;
  widget_class->snapshot = koers_entry_chip_snapshot;
  widget_class->measure = koers_entry_chip_measure;
  widget_class->size_allocate = koers_entry_chip_size_allocate;
  widget_class->query_tooltip = koers_entry_chip_query_tooltip;

  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[TOGGLE] = g_signal_new ("toggle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "koers-entry-chip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static GtkWidget *
make_label (KoersEntryChip *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, STRIP_WIDTH + 3);
  gtk_widget_set_margin_end (label, 2);
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  return label;
}

static void
koers_entry_chip_init (KoersEntryChip *self)
{
  GtkEventController *key;
  GtkGesture *click;
  GtkDragSource *drag;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->label = make_label (self);
  self->compact = make_label (self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

GtkWidget *
koers_entry_chip_new (void)
{
  return g_object_new (KOERS_TYPE_ENTRY_CHIP, NULL);
}

/**
 * koers_entry_chip_set_item:
 * @plan: the plan, for the channel's name and colour
 * @item: (nullable): what to show
 */
void
koers_entry_chip_set_item (KoersEntryChip    *self,
                           KoersPlan         *plan,
                           KoersCalendarItem *item)
{
  KoersCalendarEntry *entry;
  KoersChannel *channel = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  const char *title;

  g_return_if_fail (KOERS_IS_ENTRY_CHIP (self));

  g_set_object (&self->item, item);
  if (item == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->label), "");
      gtk_label_set_text (GTK_LABEL (self->compact), "");
      return;
    }

  entry = koers_calendar_item_get_entry (item);
  if (plan != NULL && koers_calendar_entry_get_channel (entry) != NULL)
    channel = koers_plan_find_channel (plan, koers_calendar_entry_get_channel (entry));
  koers_calendar_channel_rgba (channel, &self->colour);
  short_name = koers_calendar_render_dup_short_name (channel);
  time_text = koers_calendar_format_time (koers_calendar_item_get_time (item));
  title = koers_calendar_entry_get_title (entry);
  if (title == NULL || *title == '\0')
    title = _("Untitled");
  text = g_strdup_printf ("%s %s%s%s %s",
                          koers_calendar_status_mark (koers_calendar_entry_get_status (entry)),
                          short_name,
                          time_text != NULL ? " " : "",
                          time_text != NULL ? time_text : "",
                          title);
  gtk_label_set_text (GTK_LABEL (self->label), text);
  /* The channel's first letter beside its colour: the colour alone would
   * not tell */
  g_free (text);
  text = g_strdup_printf ("%s %.*s %s",
                          koers_calendar_status_mark (koers_calendar_entry_get_status (entry)),
                          (int) (g_utf8_next_char (short_name) - short_name), short_name, title);
  gtk_label_set_text (GTK_LABEL (self->compact), text);

  description = koers_calendar_entry_describe (plan, entry, koers_calendar_item_get_time (item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  /* Not gtk_widget_set_tooltip_text(): in GTK 4.8 it asks the X server
   * where the pointer is, every call; a month switch sets 126 chips. */
  g_free (self->description);
  self->description = g_steal_pointer (&description);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * koers_entry_chip_get_description:
 *
 * Returns: (nullable): what the chip's tooltip and accessible label say
 */
const char *
koers_entry_chip_get_description (KoersEntryChip *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_CHIP (self), NULL);

  return self->item != NULL ? self->description : NULL;
}

KoersCalendarItem *
koers_entry_chip_get_item (KoersEntryChip *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_CHIP (self), NULL);

  return self->item;
}

void
koers_entry_chip_set_selected (KoersEntryChip *self,
                               gboolean        selected)
{
  g_return_if_fail (KOERS_IS_ENTRY_CHIP (self));

  selected = !!selected;
  if (self->selected == selected)
    return;
  self->selected = selected;
  if (selected)
    gtk_widget_add_css_class (GTK_WIDGET (self), "selected");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED,
                               selected, -1);
}

gboolean
koers_entry_chip_get_selected (KoersEntryChip *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_CHIP (self), FALSE);

  return self->selected;
}
