/* koers-maturity-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The maturity phases on screen, drawn by the same renderer as print and
 * export. A click on a step, or the arrow keys, choose the phase whose
 * criteria the page shows; the view never edits the plan.
 */
#define G_LOG_DOMAIN "koers-maturity-view"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-maturity-view.h"
#include "koers-maturity-view-private.h"
#include "koers-maturity-render.h"

struct _KoersMaturityView
{
  GtkWidget         parent_instance;

  KoersPlan        *plan;
  KoersRenderStyle  style;
  int               selected_phase;
};

G_DEFINE_FINAL_TYPE (KoersMaturityView, koers_maturity_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_STYLE,
  PROP_SELECTED_PHASE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
get_options (KoersMaturityView    *self,
             KoersMaturityOptions *opts)
{
  koers_maturity_options_init (opts);
  opts->style = self->style;
  /* the page has its own title and shows the advice beside the steps */
  opts->show_title = FALSE;
  opts->show_previous = TRUE;
  opts->show_guidance = FALSE;
  opts->selected_phase = self->selected_phase;
  opts->focus_phase = gtk_widget_has_focus (GTK_WIDGET (self)) ? self->selected_phase : -1;
}

void
_koers_maturity_view_get_options (KoersMaturityView    *self,
                                  KoersMaturityOptions *opts)
{
  g_return_if_fail (KOERS_IS_MATURITY_VIEW (self));

  get_options (self, opts);
}

/* "Phase 2, Presence: 4 of 5 criteria met, current phase" */
static char *
describe_phase (KoersMaturityView *self,
                KoersPhase         phase)
{
  GString *text = g_string_new (NULL);
  guint met, n;

  /* Translators: a step of the maturity diagram, as in "Phase 2, Presence" */
  g_string_append_printf (text, _("Phase %u, %s"), phase + 1, koers_phase_get_name (phase));
  if (self->plan == NULL)
    return g_string_free (text, FALSE);

  met = koers_maturity_phase_count_met (koers_plan_get_phase (self->plan, phase), &n);
  /* Translators: after the phase's name, as in "Phase 2, Presence: 4 of 5 criteria met" */
  g_string_append_printf (text, _(": %u of %u criteria met"), met, n);
  if (koers_phase_share_is_reached (met, n))
    g_string_append_printf (text, ", %s", _("reached"));
  if (koers_plan_get_current_phase (self->plan) == phase)
    g_string_append_printf (text, ", %s", _("current phase"));
  return g_string_free (text, FALSE);
}

/* The accessible form: a slider over the six phases whose value is the
 * chosen phase, told in words. */
static void
update_accessible (KoersMaturityView *self)
{
  int phase = self->selected_phase >= 0 ? self->selected_phase : 0;
  g_autofree char *value = describe_phase (self, phase);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Left and Right, Home and End choose the phase whose "
                                    "criteria are shown."),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 1.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) KOERS_N_PHASES,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) phase + 1,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value,
                                  -1);
}

static void
plan_changed_cb (KoersMaturityView *self)
{
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Pointer and keyboard --------------------------------------------------- */

/**
 * _koers_maturity_view_click:
 * @x: (in widget coordinates)
 *
 * What a press of the primary button does: choose the step under it.
 *
 * Returns: whether the point is on a step
 */
gboolean
_koers_maturity_view_click (KoersMaturityView *self,
                            double             x,
                            double             y)
{
  KoersMaturityOptions opts;
  int phase;

  g_return_val_if_fail (KOERS_IS_MATURITY_VIEW (self), FALSE);

  get_options (self, &opts);
  phase = koers_maturity_hit_test (&opts,
                                   gtk_widget_get_width (GTK_WIDGET (self)),
                                   gtk_widget_get_height (GTK_WIDGET (self)),
                                   x, y);
  if (phase < 0)
    return FALSE;
  koers_maturity_view_set_selected_phase (self, phase);
  return TRUE;
}

static void
pressed_cb (KoersMaturityView *self,
            int                n_press,
            double             x,
            double             y,
            GtkGestureClick   *gesture)
{
  if (gtk_widget_get_focusable (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  if (_koers_maturity_view_click (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/**
 * _koers_maturity_view_key:
 *
 * What a key press on the focused view does.
 *
 * Returns: whether the key was used
 */
gboolean
_koers_maturity_view_key (KoersMaturityView *self,
                          guint              keyval,
                          GdkModifierType    state)
{
  int phase;

  g_return_val_if_fail (KOERS_IS_MATURITY_VIEW (self), FALSE);

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  phase = self->selected_phase;
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      phase = MIN (phase + 1, KOERS_N_PHASES - 1);
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      phase = MAX (phase - 1, 0);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      phase = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      phase = KOERS_N_PHASES - 1;
      break;
    default:
      if (keyval >= GDK_KEY_1 && keyval < GDK_KEY_1 + KOERS_N_PHASES)
        {
          phase = keyval - GDK_KEY_1;
          break;
        }
      return FALSE;
    }
  koers_maturity_view_set_selected_phase (self, phase);
  return TRUE;
}

static gboolean
key_pressed_cb (KoersMaturityView     *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  return _koers_maturity_view_key (self, keyval, state);
}

static void
focus_changed_cb (KoersMaturityView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
query_tooltip_cb (KoersMaturityView *self,
                  int                x,
                  int                y,
                  gboolean           keyboard_mode,
                  GtkTooltip        *tooltip)
{
  KoersMaturityOptions opts;
  g_autofree char *text = NULL;
  int phase;

  if (keyboard_mode)
    phase = self->selected_phase;
  else
    {
      get_options (self, &opts);
      phase = koers_maturity_hit_test (&opts,
                                       gtk_widget_get_width (GTK_WIDGET (self)),
                                       gtk_widget_get_height (GTK_WIDGET (self)),
                                       x, y);
    }
  if (phase < 0)
    return FALSE;
  text = describe_phase (self, phase);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* GtkWidget -------------------------------------------------------------- */

static void
koers_maturity_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  KoersMaturityView *self = KOERS_MATURITY_VIEW (widget);
  KoersMaturityOptions opts;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double radius = 8;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* A sheet of paper, as the rose: the palette is made for white */
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
  koers_maturity_render (cr, self->plan, &opts, width, height);

  cairo_destroy (cr);
}

static void
koers_maturity_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  /* Below this the names and shares crowd the steps. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 420;
      *natural = 640;
    }
  else
    {
      /* the steps keep their shape: about two thirds as high as wide */
      *natural = for_size > 0 ? CLAMP (for_size * 2 / 3, 300, 560) : 380;
      *minimum = *natural;
    }
}

static GtkSizeRequestMode
koers_maturity_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
koers_maturity_view_dispose (GObject *object)
{
  KoersMaturityView *self = (KoersMaturityView *) object;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, plan_changed_cb, self);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (koers_maturity_view_parent_class)->dispose (object);
}

static void
koers_maturity_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KoersMaturityView *self = KOERS_MATURITY_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_STYLE:
      g_value_set_uint (value, self->style);
      break;
    case PROP_SELECTED_PHASE:
      g_value_set_int (value, self->selected_phase);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_maturity_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KoersMaturityView *self = KOERS_MATURITY_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      koers_maturity_view_set_plan (self, g_value_get_object (value));
      break;
    case PROP_STYLE:
      koers_maturity_view_set_style (self, g_value_get_uint (value));
      break;
    case PROP_SELECTED_PHASE:
      koers_maturity_view_set_selected_phase (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_maturity_view_class_init (KoersMaturityViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_maturity_view_dispose;
  object_class->get_property = koers_maturity_view_get_property;
  object_class->set_property = koers_maturity_view_set_property;

  widget_class->snapshot = koers_maturity_view_snapshot;
  widget_class->measure = koers_maturity_view_measure;
  widget_class->get_request_mode = koers_maturity_view_get_request_mode;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KOERS_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* a KoersRenderStyle; a uint so a GtkDropDown's "selected" binds to it */
  properties[PROP_STYLE] =
    g_param_spec_uint ("style", NULL, NULL,
                       KOERS_RENDER_STYLE_COLOUR, KOERS_RENDER_STYLE_BW, KOERS_RENDER_STYLE_COLOUR,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_PHASE] =
    g_param_spec_int ("selected-phase", NULL, NULL,
                      0, KOERS_N_PHASES - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "koers-maturity-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
koers_maturity_view_init (KoersMaturityView *self)
{
  GtkGesture *click;
  GtkEventController *controller;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Maturity phases"),
                                  -1);
  update_accessible (self);
}

/* Public API ------------------------------------------------------------- */

GtkWidget *
koers_maturity_view_new (void)
{
  return g_object_new (KOERS_TYPE_MATURITY_VIEW, NULL);
}

KoersPlan *
koers_maturity_view_get_plan (KoersMaturityView *self)
{
  g_return_val_if_fail (KOERS_IS_MATURITY_VIEW (self), NULL);

  return self->plan;
}

void
koers_maturity_view_set_plan (KoersMaturityView *self,
                              KoersPlan         *plan)
{
  g_return_if_fail (KOERS_IS_MATURITY_VIEW (self));
  g_return_if_fail (plan == NULL || KOERS_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, plan_changed_cb, self);
  g_set_object (&self->plan, plan);
  /* the steps show the maturity section, and the organisation's name */
  if (plan != NULL)
    {
      g_signal_connect_object (plan, "changed::maturity", G_CALLBACK (plan_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "changed::plan", G_CALLBACK (plan_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  plan_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

KoersRenderStyle
koers_maturity_view_get_style (KoersMaturityView *self)
{
  g_return_val_if_fail (KOERS_IS_MATURITY_VIEW (self), KOERS_RENDER_STYLE_COLOUR);

  return self->style;
}

void
koers_maturity_view_set_style (KoersMaturityView *self,
                               KoersRenderStyle   style)
{
  g_return_if_fail (KOERS_IS_MATURITY_VIEW (self));
  g_return_if_fail (style <= KOERS_RENDER_STYLE_BW);

  if (self->style == style)
    return;
  self->style = style;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STYLE]);
}

int
koers_maturity_view_get_selected_phase (KoersMaturityView *self)
{
  g_return_val_if_fail (KOERS_IS_MATURITY_VIEW (self), 0);

  return self->selected_phase;
}

/**
 * koers_maturity_view_set_selected_phase:
 * @phase: a #KoersPhase
 *
 * The phase whose criteria the page shows; it is underlined, and has a
 * ring while the view has focus.
 */
void
koers_maturity_view_set_selected_phase (KoersMaturityView *self,
                                        int                phase)
{
  g_return_if_fail (KOERS_IS_MATURITY_VIEW (self));
  g_return_if_fail (phase >= 0 && phase < KOERS_N_PHASES);

  if (self->selected_phase == phase)
    return;
  self->selected_phase = phase;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PHASE]);
}
