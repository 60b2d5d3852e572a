/* koers-rose-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The communicatieroos on screen, drawn by the same renderer as print and
 * export. A click or a drag on a petal sets its score; the keyboard moves
 * between the parts and changes their scores. Shift, or the edit-target
 * property, makes both set the target score instead of the current one.
 */
#define G_LOG_DOMAIN "koers-rose-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "koers-rose-view.h"
#include "koers-rose-view-private.h"
#include "koers-rose-render.h"
#include "koers-check.h"

struct _KoersRoseView
{
  GtkWidget       parent_instance;

  KoersPlan      *plan;
  gboolean        edit_target;
  KoersRenderStyle style;
  int             focus_part;

  /* the part a drag started on, and whether it sets the target */
  int             drag_part;
  gboolean        drag_target;
  double          drag_x, drag_y;

  /* the count of the 80/20 mix of a big calendar, a slice at a time */
  GCancellable   *mix_checking;
};

G_DEFINE_FINAL_TYPE (KoersRoseView, koers_rose_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_EDIT_TARGET,
  PROP_STYLE,
  PROP_FOCUS_PART,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The order of Tab and the arrow keys: clockwise from the top, then the core. */
static const KoersRosePartKind part_order[KOERS_N_ROSE_PARTS] = {
  KOERS_ROSE_PART_LISTENING,
  KOERS_ROSE_PART_RESPONDING,
  KOERS_ROSE_PART_SENDING,
  KOERS_ROSE_PART_ACTIVATING,
  KOERS_ROSE_PART_ORGANISING,
};

static void
get_options (KoersRoseView    *self,
             KoersRoseOptions *opts)
{
  koers_rose_options_init (opts);
  opts->style = self->style;
  /* The page has its own title; the screen shows the rose and its labels. */
  opts->show_title = FALSE;
  /* The mix of a big calendar is drawn once it is counted, a slice at a
   * time between frames (ensure_mix()): counting it here would hold the
   * first frame */
  {
    guint n_value, n_promotion;

    opts->show_mix = self->plan == NULL ||
                     koers_check_peek_content_mix (self->plan, &n_value, &n_promotion);
  }
  opts->show_notes = FALSE;
  opts->focus_part = gtk_widget_has_focus (GTK_WIDGET (self)) ? self->focus_part : -1;
}

/* The options the view draws and hit-tests with, for tests. */
void
_koers_rose_view_get_options (KoersRoseView    *self,
                              KoersRoseOptions *opts)
{
  g_return_if_fail (KOERS_IS_ROSE_VIEW (self));

  get_options (self, opts);
}

static KoersRosePart *
get_part (KoersRoseView *self,
          int            part)
{
  if (self->plan == NULL || part < 0 || part >= KOERS_N_ROSE_PARTS)
    return NULL;
  return koers_plan_get_rose_part (self->plan, part);
}

static int
get_score (KoersRoseView *self,
           int            part,
           gboolean       target)
{
  KoersRosePart *p = get_part (self, part);

  if (p == NULL)
    return 0;
  return target ? koers_rose_part_get_target (p) : koers_rose_part_get_current (p);
}

static void
set_score (KoersRoseView *self,
           int            part,
           gboolean       target,
           int            score)
{
  KoersRosePart *p = get_part (self, part);

  if (p == NULL)
    return;
  score = CLAMP (score, 0, KOERS_ROSE_MAX_SCORE);
  if (get_score (self, part, target) == score)
    return;
  /* Through the model: it notifies, marks the plan changed and records undo. */
  if (target)
    koers_rose_part_set_target (p, score);
  else
    koers_rose_part_set_current (p, score);
}

/* "Listening: now 3, target 4 (out of 5)" */
static char *
describe_part (KoersRoseView *self,
               int            part)
{
  /* Translators: a part of the communication rose and its two scores, as in
   * "Listening: now 3, target 4 (out of 5)" */
  return g_strdup_printf (_("%s: now %d, target %d (out of %d)"),
                          koers_rose_part_get_label (part),
                          get_score (self, part, FALSE), get_score (self, part, TRUE),
                          KOERS_ROSE_MAX_SCORE);
}

char *
_koers_rose_view_dup_description (KoersRoseView *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (KOERS_IS_ROSE_VIEW (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (part_order); i++)
    {
      g_autofree char *part = describe_part (self, part_order[i]);

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, part);
    }
  g_string_append (text, ". ");
  g_string_append (text, self->edit_target
                   ? _("Arrow keys or Tab choose a part; Up and Down, or 0 to 5, set its target score.")
                   : _("Arrow keys or Tab choose a part; Up and Down, or 0 to 5, set its current "
                       "score, with Shift its target score."));
  return g_string_free (text, FALSE);
}

/* The accessible form of the drawing: every part's scores in words, and the
 * focused part as the value, so a screen reader hears each change. */
static void
update_accessible (KoersRoseView *self)
{
  g_autofree char *description = _koers_rose_view_dup_description (self);
  int part = self->focus_part >= 0 ? self->focus_part : KOERS_ROSE_PART_LISTENING;
  g_autofree char *value = describe_part (self, part);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) KOERS_ROSE_MAX_SCORE,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                  (double) get_score (self, part, self->edit_target),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value,
                                  -1);
}

static void ensure_mix (KoersRoseView *self);

static void
mix_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  KoersRoseView *self;

  if (!koers_check_content_mix_finish (KOERS_PLAN (object), result, NULL))
    return;  /* cancelled: the view or its plan went */
  self = KOERS_ROSE_VIEW (user_data);
  g_clear_object (&self->mix_checking);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  /* The calendar changed while it counted: again */
  ensure_mix (self);
}

static void
ensure_mix (KoersRoseView *self)
{
  guint n_value, n_promotion;

  if (self->plan == NULL || self->mix_checking != NULL ||
      !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      koers_check_peek_content_mix (self->plan, &n_value, &n_promotion))
    return;
  self->mix_checking = g_cancellable_new ();
  koers_check_content_mix_async (self->plan, self->mix_checking, mix_done_cb, self);
}

static void
stop_mix (KoersRoseView *self)
{
  g_cancellable_cancel (self->mix_checking);
  g_clear_object (&self->mix_checking);
}

static void
plan_changed_cb (KoersRoseView *self)
{
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  ensure_mix (self);
}

/* Of the calendar the rose shows only the mix: drawn again at once when
 * it is quick to count, else once it is counted (mix_done_cb()) */
static void
calendar_changed_cb (KoersRoseView *self)
{
  guint n_value, n_promotion;

  if (self->plan != NULL && !koers_check_peek_content_mix (self->plan, &n_value, &n_promotion) &&
      gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_mix (self);
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Pointer ---------------------------------------------------------------- */

/* The score a point stands for in @part, also when the pointer has left the
 * petal while dragging: the distance from the centre counts. */
static int
score_at (KoersRoseView *self,
          int            part,
          double         x,
          double         y)
{
  KoersRoseOptions opts;
  double cx, cy, inner, ring, d;
  int score;

  get_options (self, &opts);
  koers_rose_part_geometry (&opts, part,
                            gtk_widget_get_width (GTK_WIDGET (self)),
                            gtk_widget_get_height (GTK_WIDGET (self)),
                            &cx, &cy, NULL, NULL, &inner, &ring);
  d = hypot (x - cx, y - cy);
  if (ring <= 0)
    return 0;
  score = (int) ceil ((d - inner) / ring - 1e-9);
  return CLAMP (score, 0, KOERS_ROSE_MAX_SCORE);
}

static void
set_focus_part_internal (KoersRoseView *self,
                         int            part)
{
  if (self->focus_part == part)
    return;
  self->focus_part = part;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_PART]);
}

/* Takes the focus for a click without scrolling: a scrolled window scrolls
 * its focused child into view, and the rose is taller than a small window,
 * so the page would jump under the pointer. The keyboard still scrolls to
 * it (Tab does not come here). */
static void
grab_focus_in_place (KoersRoseView *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *h = NULL, *v = NULL;
  double hv = 0, vv = 0;

  if (!gtk_widget_get_focusable (GTK_WIDGET (self)) || gtk_widget_has_focus (GTK_WIDGET (self)))
    return;
  if (scrolled != NULL)
    {
      h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
      v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      hv = gtk_adjustment_get_value (h);
      vv = gtk_adjustment_get_value (v);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (scrolled != NULL)
    {
      gtk_adjustment_set_value (h, hv);
      gtk_adjustment_set_value (v, vv);
    }
}

/**
 * _koers_rose_view_click:
 * @x: (in widget coordinates)
 * @target: whether the click sets the target score (Shift held)
 *
 * What a press of the primary button does.
 *
 * Returns: whether the point is on a part of the rose
 */
gboolean
_koers_rose_view_click (KoersRoseView *self,
                        double         x,
                        double         y,
                        gboolean       target)
{
  KoersRoseOptions opts;
  int part, score = 0;

  g_return_val_if_fail (KOERS_IS_ROSE_VIEW (self), FALSE);

  get_options (self, &opts);
  part = koers_rose_hit_test (&opts,
                              gtk_widget_get_width (GTK_WIDGET (self)),
                              gtk_widget_get_height (GTK_WIDGET (self)),
                              x, y, &score);
  grab_focus_in_place (self);
  self->drag_part = part;
  self->drag_target = target || self->edit_target;
  if (part < 0)
    return FALSE;

  /* The first ring again, on a score of 1: 0, as a star rating clears. */
  if (score == 1 && get_score (self, part, self->drag_target) == 1)
    score = 0;
  set_focus_part_internal (self, part);
  set_score (self, part, self->drag_target, score);
  return TRUE;
}

static void
drag_begin_cb (KoersRoseView  *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  GdkModifierType state;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  self->drag_x = x;
  self->drag_y = y;
  if (_koers_rose_view_click (self, x, y, (state & GDK_SHIFT_MASK) != 0))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  else
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
drag_update_cb (KoersRoseView  *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  if (self->drag_part < 0)
    return;
  /* a hand's tremble in a click is no drag (it would undo a click's 0) */
  if (hypot (offset_x, offset_y) < 4)
    return;
  set_score (self, self->drag_part, self->drag_target,
             score_at (self, self->drag_part, self->drag_x + offset_x, self->drag_y + offset_y));
}

static gboolean
query_tooltip_cb (KoersRoseView *self,
                  int            x,
                  int            y,
                  gboolean       keyboard_mode,
                  GtkTooltip    *tooltip)
{
  KoersRoseOptions opts;
  g_autofree char *text = NULL;
  int part;

  if (self->plan == NULL)
    return FALSE;

  if (keyboard_mode)
    part = self->focus_part;
  else
    {
      get_options (self, &opts);
      part = koers_rose_hit_test (&opts,
                                  gtk_widget_get_width (GTK_WIDGET (self)),
                                  gtk_widget_get_height (GTK_WIDGET (self)),
                                  x, y, NULL);
    }
  if (part < 0)
    return FALSE;

  text = describe_part (self, part);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Keyboard --------------------------------------------------------------- */

static int
order_index (int part)
{
  for (guint i = 0; i < G_N_ELEMENTS (part_order); i++)
    if ((int) part_order[i] == part)
      return i;
  return -1;
}

static int
digit_value (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return keyval - GDK_KEY_0;
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return keyval - GDK_KEY_KP_0;
  return -1;
}

/* Tab goes through the five parts, then on to the next widget. */
static gboolean
move_tab (KoersRoseView *self,
          gboolean       forward)
{
  int index = order_index (self->focus_part);

  if (forward ? index + 1 >= KOERS_N_ROSE_PARTS : index <= 0)
    return FALSE;
  set_focus_part_internal (self, part_order[forward ? index + 1 : index - 1]);
  return TRUE;
}

/**
 * _koers_rose_view_key:
 *
 * What a key press on the focused view does.
 *
 * Returns: whether the key was used (else it goes on, e.g. Tab out of the
 *   view after the last part)
 */
gboolean
_koers_rose_view_key (KoersRoseView   *self,
                      guint            keyval,
                      GdkModifierType  state)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean target = self->edit_target;
  int index, part, digit;

  g_return_val_if_fail (KOERS_IS_ROSE_VIEW (self), FALSE);

  if (self->plan == NULL)
    return FALSE;
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  index = order_index (self->focus_part);
  part = self->focus_part >= 0 ? self->focus_part : KOERS_ROSE_PART_LISTENING;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      return move_tab (self, keyval != GDK_KEY_ISO_Left_Tab && !shift);

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      set_focus_part_internal (self, part_order[(MAX (index, -1) + 1) % KOERS_N_ROSE_PARTS]);
      return TRUE;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      set_focus_part_internal (self, part_order[(MAX (index, 0) + KOERS_N_ROSE_PARTS - 1)
                                                % KOERS_N_ROSE_PARTS]);
      return TRUE;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      target = target || shift;
      set_focus_part_internal (self, part);
      set_score (self, part, target, get_score (self, part, target) + 1);
      return TRUE;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      target = target || shift;
      set_focus_part_internal (self, part);
      set_score (self, part, target, get_score (self, part, target) - 1);
      return TRUE;

    /* + and - need Shift on some layouts, so Shift does not pick the
     * target here: the edit-target toggle does. */
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      set_focus_part_internal (self, part);
      set_score (self, part, target, get_score (self, part, target) + 1);
      return TRUE;

    case GDK_KEY_minus:
    case GDK_KEY_underscore:
    case GDK_KEY_KP_Subtract:
      set_focus_part_internal (self, part);
      set_score (self, part, target, get_score (self, part, target) - 1);
      return TRUE;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      target = target || shift;
      set_focus_part_internal (self, part);
      set_score (self, part, target, 0);
      return TRUE;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      target = target || shift;
      set_focus_part_internal (self, part);
      set_score (self, part, target, KOERS_ROSE_MAX_SCORE);
      return TRUE;

    default:
      break;
    }

  digit = digit_value (keyval);
  if (digit >= 0 && digit <= KOERS_ROSE_MAX_SCORE)
    {
      set_focus_part_internal (self, part);
      set_score (self, part, target, digit);
      return TRUE;
    }

  return FALSE;
}

static gboolean
key_pressed_cb (KoersRoseView         *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  return _koers_rose_view_key (self, keyval, state);
}

static void
focus_enter_cb (KoersRoseView *self)
{
  if (self->focus_part < 0)
    set_focus_part_internal (self, KOERS_ROSE_PART_LISTENING);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_leave_cb (KoersRoseView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* GtkWidget -------------------------------------------------------------- */

static void
koers_rose_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  KoersRoseView *self = KOERS_ROSE_VIEW (widget);
  KoersRoseOptions opts;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double radius = 8;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* A sheet of paper: the renderer's palette is made for white, in a dark
   * theme too, and the screen then matches the print. */
  cairo_new_sub_path (cr);
  cairo_arc (cr, width - radius, radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, width - radius, height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, radius, height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, radius, radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.12);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  get_options (self, &opts);
  koers_rose_render (cr, self->plan, &opts, width, height);

  cairo_destroy (cr);
}

/* Tab into the view starts at the first part, Shift+Tab at the last. */
static gboolean
koers_rose_view_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  KoersRoseView *self = KOERS_ROSE_VIEW (widget);

  if (!gtk_widget_has_focus (widget))
    {
      if (direction == GTK_DIR_TAB_FORWARD)
        set_focus_part_internal (self, part_order[0]);
      else if (direction == GTK_DIR_TAB_BACKWARD)
        set_focus_part_internal (self, part_order[KOERS_N_ROSE_PARTS - 1]);
      return gtk_widget_grab_focus (widget);
    }

  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    return move_tab (self, direction == GTK_DIR_TAB_FORWARD);
  return FALSE;
}

static void
koers_rose_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  /* Below this the labels crowd the petals. */
  *minimum = 280;
  *natural = 520;
}

static void
koers_rose_view_dispose (GObject *object)
{
  KoersRoseView *self = (KoersRoseView *) object;

  stop_mix (self);
  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->plan, plan_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->plan, calendar_changed_cb, self);
    }
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (koers_rose_view_parent_class)->dispose (object);
}

static void
koers_rose_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (koers_rose_view_parent_class)->map (widget);
  ensure_mix (KOERS_ROSE_VIEW (widget));
}

static void
koers_rose_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KoersRoseView *self = KOERS_ROSE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_EDIT_TARGET:
      g_value_set_boolean (value, self->edit_target);
      break;
    case PROP_STYLE:
      g_value_set_uint (value, self->style);
      break;
    case PROP_FOCUS_PART:
      g_value_set_int (value, self->focus_part);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_rose_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KoersRoseView *self = KOERS_ROSE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      koers_rose_view_set_plan (self, g_value_get_object (value));
      break;
    case PROP_EDIT_TARGET:
      koers_rose_view_set_edit_target (self, g_value_get_boolean (value));
      break;
    case PROP_STYLE:
      koers_rose_view_set_style (self, g_value_get_uint (value));
      break;
    case PROP_FOCUS_PART:
      koers_rose_view_set_focus_part (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_rose_view_class_init (KoersRoseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_rose_view_dispose;
  object_class->get_property = koers_rose_view_get_property;
  object_class->set_property = koers_rose_view_set_property;

  widget_class->snapshot = koers_rose_view_snapshot;
  widget_class->map = koers_rose_view_map;
  widget_class->measure = koers_rose_view_measure;
  widget_class->focus = koers_rose_view_focus;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KOERS_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDIT_TARGET] =
    g_param_spec_boolean ("edit-target", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* a KoersRenderStyle; a uint so a GtkDropDown's "selected" binds to it */
  properties[PROP_STYLE] =
    g_param_spec_uint ("style", NULL, NULL,
                       KOERS_RENDER_STYLE_COLOUR, KOERS_RENDER_STYLE_BW, KOERS_RENDER_STYLE_COLOUR,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_PART] =
    g_param_spec_int ("focus-part", NULL, NULL,
                      -1, KOERS_N_ROSE_PARTS - 1, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "koers-rose-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
koers_rose_view_init (KoersRoseView *self)
{
  GtkGesture *drag;
  GtkEventController *controller;

  self->focus_part = -1;
  self->drag_part = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_enter_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Communication rose"),
                                  -1);
  update_accessible (self);
}

/* Public API ------------------------------------------------------------- */

GtkWidget *
koers_rose_view_new (void)
{
  return g_object_new (KOERS_TYPE_ROSE_VIEW, NULL);
}

KoersPlan *
koers_rose_view_get_plan (KoersRoseView *self)
{
  g_return_val_if_fail (KOERS_IS_ROSE_VIEW (self), NULL);

  return self->plan;
}

void
koers_rose_view_set_plan (KoersRoseView *self,
                          KoersPlan     *plan)
{
  g_return_if_fail (KOERS_IS_ROSE_VIEW (self));
  g_return_if_fail (plan == NULL || KOERS_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  stop_mix (self);
  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->plan, plan_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->plan, calendar_changed_cb, self);
    }
  g_set_object (&self->plan, plan);
  /* The rose shows the scores (the rose section), the 80/20 mix of the
   * calendar, and the plan's name and period. */
  if (plan != NULL)
    {
      g_signal_connect_object (plan, "changed::rose", G_CALLBACK (plan_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "changed::calendar", G_CALLBACK (calendar_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "changed::plan", G_CALLBACK (plan_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  plan_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

gboolean
koers_rose_view_get_edit_target (KoersRoseView *self)
{
  g_return_val_if_fail (KOERS_IS_ROSE_VIEW (self), FALSE);

  return self->edit_target;
}

void
koers_rose_view_set_edit_target (KoersRoseView *self,
                                 gboolean       edit_target)
{
  g_return_if_fail (KOERS_IS_ROSE_VIEW (self));

  edit_target = !!edit_target;
  if (self->edit_target == edit_target)
    return;
  self->edit_target = edit_target;
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDIT_TARGET]);
}

KoersRenderStyle
koers_rose_view_get_style (KoersRoseView *self)
{
  g_return_val_if_fail (KOERS_IS_ROSE_VIEW (self), KOERS_RENDER_STYLE_COLOUR);

  return self->style;
}

void
koers_rose_view_set_style (KoersRoseView    *self,
                           KoersRenderStyle  style)
{
  g_return_if_fail (KOERS_IS_ROSE_VIEW (self));
  g_return_if_fail (style <= KOERS_RENDER_STYLE_BW);

  if (self->style == style)
    return;
  self->style = style;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STYLE]);
}

int
koers_rose_view_get_focus_part (KoersRoseView *self)
{
  g_return_val_if_fail (KOERS_IS_ROSE_VIEW (self), -1);

  return self->focus_part;
}

/**
 * koers_rose_view_set_focus_part:
 * @part: a #KoersRosePartKind, or -1 for none
 *
 * The part the keyboard works on; it has a ring while the view has focus.
 */
void
koers_rose_view_set_focus_part (KoersRoseView *self,
                                int            part)
{
  g_return_if_fail (KOERS_IS_ROSE_VIEW (self));
  g_return_if_fail (part >= -1 && part < KOERS_N_ROSE_PARTS);

  set_focus_part_internal (self, part);
}
