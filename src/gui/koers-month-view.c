/* koers-month-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The month grid: six weeks from the Monday on or before the 1st, the ISO
 * week numbers beside them, the weekdays above. The 42 day cells stay; a
 * month switch gives them other days. The view asks the plan's occurrence
 * index for the 42 days alone, lets the shared filter choose, and hands each
 * cell its day's slice; the cells take entry chips from one pool and give
 * them back, so a month shows as many chip widgets as fit on screen, however
 * many entries the plan has. The index's "changed" names the days that
 * changed; only the cells of those days get new occurrences.
 *
 * Signals: "add-entry" (julian day: a click on a day, or Enter on it),
 * "open-entry" (item), "move-entry" (item, days: a drop or Alt+arrows),
 * "toggle-entry" (item: Ctrl+click or Space), "show-day" (julian: "+N").
 */
#define G_LOG_DOMAIN "koers-month-view"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-month-view.h"
#include "koers-calendar-index.h"
#include "koers-calendar-util.h"
#include "koers-entry-chip.h"
#include "koers-month-cell.h"

#define N_WEEKS 6
#define N_CELLS (N_WEEKS * 7)

struct _KoersMonthView
{
  GtkWidget            parent_instance;

  GtkWidget           *weekday_labels[7];
  GtkWidget           *week_labels[N_WEEKS];
  GtkWidget           *cells[N_CELLS];
  GPtrArray           *pool;

  KoersPlan           *plan;
  KoersCalendarIndex  *index;
  gulong               index_changed_id;
  KoersCalendarFilter *filter;
  gulong               filter_changed_id;

  GDate                month;    /* the 1st of the month shown */
  GDate                first;    /* the Monday of the first row */
  GDate                focus;    /* the day with the keyboard focus */
  GPtrArray           *selected; /* KoersCalendarEntry, borrowed */
  GHashTable          *gap_days;
  GHashTable          *week_notes;
  guint                n_chips_made;
  KoersDirtyDays       dirty;  /* days the index named, not yet shown */
  gboolean             stale;  /* the index changed while unmapped */
};

G_DEFINE_FINAL_TYPE (KoersMonthView, koers_month_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MONTH,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  ADD_ENTRY,
  OPEN_ENTRY,
  MOVE_ENTRY,
  TOGGLE_ENTRY,
  SHOW_DAY,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static KoersMonthCell *
cell_at (KoersMonthView *self,
         guint           i)
{
  return KOERS_MONTH_CELL (self->cells[i]);
}

static gboolean
date_in_view (KoersMonthView *self,
              const GDate    *date,
              guint          *index)
{
  int d = (int) g_date_get_julian (date) - (int) g_date_get_julian (&self->first);

  if (d < 0 || d >= N_CELLS)
    return FALSE;
  if (index != NULL)
    *index = d;
  return TRUE;
}

/* Fills the cells of the days between @from and @to (julian, clipped to
 * the grid) from the index, through the filter. */
static void
refresh_days (gpointer owner,
              guint    first_julian,
              guint    last_julian)
{
  KoersMonthView *self = owner;
  guint grid_first = g_date_get_julian (&self->first);
  guint grid_last = grid_first + N_CELLS - 1;
  g_autoptr(GArray) occurrences = NULL;
  g_autoptr(GArray) day = NULL;
  GDate from, to;
  guint j = 0;

  first_julian = MAX (first_julian, grid_first);
  last_julian = MIN (last_julian, grid_last);
  if (first_julian > last_julian)
    return;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_julian (&from, first_julian);
  g_date_set_julian (&to, last_julian);
  if (self->index != NULL)
    occurrences = koers_calendar_index_query (self->index, &from, &to);
  else
    occurrences = g_array_new (FALSE, FALSE, sizeof (KoersOccurrence));
  day = g_array_new (FALSE, FALSE, sizeof (KoersOccurrence));

  for (guint julian = first_julian; julian <= last_julian; julian++)
    {
      g_array_set_size (day, 0);
      for (; j < occurrences->len; j++)
        {
          const KoersOccurrence *occ = &g_array_index (occurrences, KoersOccurrence, j);
          guint occ_julian = g_date_get_julian (&occ->date);

          if (occ_julian > julian)
            break;
          if (occ_julian < julian)
            continue;
          if (self->filter == NULL || koers_calendar_filter_match_entry (self->filter, occ->entry))
            g_array_append_val (day, *occ);
        }
      koers_month_cell_set_occurrences (cell_at (self, julian - grid_first), self->plan,
                                        (const KoersOccurrence *) day->data, day->len);
    }
}

static void
update_days (KoersMonthView *self)
{
  const GDate *start = self->plan != NULL ? koers_plan_get_period_start (self->plan) : NULL;
  const GDate *end = self->plan != NULL ? koers_plan_get_period_end (self->plan) : NULL;
  GDate today, date = self->first;

  koers_calendar_today (&today);
  for (guint i = 0; i < N_CELLS; i++, g_date_add_days (&date, 1))
    {
      KoersMonthCellFlags flags = 0;

      if (g_date_get_month (&date) != g_date_get_month (&self->month))
        flags |= KOERS_MONTH_CELL_OTHER_MONTH;
      if (g_date_compare (&date, &today) == 0)
        flags |= KOERS_MONTH_CELL_TODAY;
      if (start != NULL && end != NULL && g_date_valid (start) && g_date_valid (end) &&
          g_date_compare (&date, start) >= 0 && g_date_compare (&date, end) <= 0)
        flags |= KOERS_MONTH_CELL_IN_PERIOD;
      if (self->gap_days != NULL &&
          g_hash_table_contains (self->gap_days, GUINT_TO_POINTER (g_date_get_julian (&date))))
        flags |= KOERS_MONTH_CELL_GAP;
      koers_month_cell_set_day (cell_at (self, i), &date, flags);
    }

  date = self->first;
  for (guint w = 0; w < N_WEEKS; w++, g_date_add_days (&date, 7))
    {
      const char *note = self->week_notes != NULL
                         ? g_hash_table_lookup (self->week_notes,
                                                GUINT_TO_POINTER (g_date_get_julian (&date)))
                         : NULL;
      guint week = koers_calendar_iso_week (&date);
      g_autofree char *text = note != NULL ? g_strdup_printf ("%u\n⚠", week)
                                           : g_strdup_printf ("%u", week);
      g_autofree char *name = note != NULL ? g_strdup_printf (_("Week %u: %s"), week, note)
                                           : g_strdup_printf (_("Week %u"), week);

      gtk_label_set_text (GTK_LABEL (self->week_labels[w]), text);
      koers_calendar_set_tooltip (self->week_labels[w], name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->week_labels[w]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      if (note != NULL)
        gtk_widget_add_css_class (self->week_labels[w], "warning");
      else
        gtk_widget_remove_css_class (self->week_labels[w], "warning");
    }
}

static void
refresh_all (KoersMonthView *self)
{
  self->stale = FALSE;
  koers_dirty_days_clear (&self->dirty);
  update_days (self);
  refresh_days (self, 0, G_MAXUINT);
}

/* The days the index names are gathered and shown once, before the next
 * frame: a gesture changes many things, and the index names the old days
 * of an entry before it has moved it. */
static void
index_changed_cb (KoersCalendarIndex *index,
                  guint               first_julian,
                  guint               last_julian,
                  KoersMonthView     *self)
{
  guint grid_first = g_date_get_julian (&self->first);

  if (self->stale || last_julian < grid_first || first_julian > grid_first + N_CELLS - 1)
    return;
  /* A hidden grid (another view, another page) shows the days when it
   * comes back: 50,000 entries pasted do not wait for it. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      koers_dirty_days_clear (&self->dirty);
      self->stale = TRUE;
      return;
    }
  koers_dirty_days_add (&self->dirty, first_julian, last_julian);
}

/* Now, or for a hidden grid (a plan opened while the calendar page is
 * hidden) when it shows: its cells let go of what they showed meanwhile,
 * which may be of a plan that is gone by then. */
static void
refresh_when_shown (KoersMonthView *self)
{
  if (self->cells[0] == NULL)
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      refresh_all (self);
      return;
    }
  self->stale = TRUE;
  koers_dirty_days_clear (&self->dirty);
  for (guint i = 0; i < N_CELLS; i++)
    koers_month_cell_set_occurrences (cell_at (self, i), NULL, NULL, 0);
}

static void
koers_month_view_map (GtkWidget *widget)
{
  KoersMonthView *self = KOERS_MONTH_VIEW (widget);

  GTK_WIDGET_CLASS (koers_month_view_parent_class)->map (widget);
  if (self->stale)
    refresh_all (self);
}

static void
filter_changed_cb (GtkFilter       *filter,
                   GtkFilterChange  change,
                   KoersMonthView  *self)
{
  refresh_days (self, 0, G_MAXUINT);
}

/* Chips ------------------------------------------------------------- */

static void
chip_activate_cb (KoersEntryChip *chip,
                  KoersMonthView *self)
{
  KoersCalendarItem *item = koers_entry_chip_get_item (chip);

  if (item != NULL)
    g_signal_emit (self, signals[OPEN_ENTRY], 0, item);
}

static void
chip_toggle_cb (KoersEntryChip *chip,
                KoersMonthView *self)
{
  KoersCalendarItem *item = koers_entry_chip_get_item (chip);

  if (item != NULL)
    g_signal_emit (self, signals[TOGGLE_ENTRY], 0, item);
}

static void
chip_move_cb (KoersEntryChip *chip,
              int             days,
              KoersMonthView *self)
{
  g_autoptr(KoersCalendarItem) item = koers_entry_chip_get_item (chip);

  if (item == NULL)
    return;
  g_object_ref (item);  /* the chip may get another item during the move */
  g_signal_emit (self, signals[MOVE_ENTRY], 0, item, days);
}

static GtkWidget *
make_chip (gpointer data)
{
  KoersMonthView *self = data;
  GtkWidget *chip = koers_entry_chip_new ();

  self->n_chips_made++;
  g_signal_connect_object (chip, "activate", G_CALLBACK (chip_activate_cb), self, 0);
  g_signal_connect_object (chip, "toggle", G_CALLBACK (chip_toggle_cb), self, 0);
  g_signal_connect_object (chip, "move", G_CALLBACK (chip_move_cb), self, 0);
  return chip;
}

/* Cells -------------------------------------------------------------- */

static void
cell_released_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  KoersMonthView  *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *picked = gtk_widget_pick (cell, x, y, GTK_PICK_DEFAULT);

  /* A click on a chip or on "+N" is theirs */
  for (GtkWidget *w = picked; w != NULL && w != cell; w = gtk_widget_get_parent (w))
    if (KOERS_IS_ENTRY_CHIP (w) || GTK_IS_BUTTON (w))
      return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (cell);
  g_signal_emit (self, signals[ADD_ENTRY], 0,
                 g_date_get_julian (koers_month_cell_get_date (KOERS_MONTH_CELL (cell))));
}

static void
cell_focus_cb (GtkEventControllerFocus *controller,
               KoersMonthView          *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  self->focus = *koers_month_cell_get_date (KOERS_MONTH_CELL (cell));
}

static void
more_clicked_cb (GtkButton      *button,
                 KoersMonthView *self)
{
  GtkWidget *cell = gtk_widget_get_parent (GTK_WIDGET (button));

  g_signal_emit (self, signals[SHOW_DAY], 0,
                 g_date_get_julian (koers_month_cell_get_date (KOERS_MONTH_CELL (cell))));
}

static gboolean
cell_drop_cb (GtkDropTarget  *target,
              const GValue   *value,
              double          x,
              double          y,
              KoersMonthView *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  KoersCalendarItem *item;
  int days;

  if (!G_VALUE_HOLDS (value, KOERS_TYPE_CALENDAR_ITEM) || g_value_get_object (value) == NULL)
    return FALSE;
  item = g_value_get_object (value);
  days = (int) g_date_get_julian (koers_month_cell_get_date (KOERS_MONTH_CELL (cell))) -
         (int) g_date_get_julian (koers_calendar_item_get_date (item));
  if (days != 0)
    g_signal_emit (self, signals[MOVE_ENTRY], 0, item, days);
  return TRUE;
}

/* Keyboard ------------------------------------------------------------ */

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KoersMonthView        *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  gboolean on_cell = KOERS_IS_MONTH_CELL (focus);
  int days = 0;

  if (state & (GDK_ALT_MASK | GDK_CONTROL_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Page_Up:
      koers_month_view_shift_month (self, -1);
      return TRUE;
    case GDK_KEY_Page_Down:
      koers_month_view_shift_month (self, 1);
      return TRUE;
    case GDK_KEY_Left:
      days = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? 1 : -1;
      break;
    case GDK_KEY_Right:
      days = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1;
      break;
    case GDK_KEY_Up:
      days = -7;
      break;
    case GDK_KEY_Down:
      days = 7;
      break;
    case GDK_KEY_Home:
      days = 1 - (int) g_date_get_day (&self->focus);
      break;
    case GDK_KEY_End:
      days = g_date_get_days_in_month (g_date_get_month (&self->focus), g_date_get_year (&self->focus)) -
             (int) g_date_get_day (&self->focus);
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (!on_cell)
        return FALSE;
      g_signal_emit (self, signals[ADD_ENTRY], 0,
                     g_date_get_julian (koers_month_cell_get_date (KOERS_MONTH_CELL (focus))));
      return TRUE;
    default:
      return FALSE;
    }

  {
    GDate date = self->focus;

    if (days < 0)
      g_date_subtract_days (&date, -days);
    else
      g_date_add_days (&date, days);
    koers_month_view_focus_date (self, &date);
  }
  return TRUE;
}

/* The widget ----------------------------------------------------------- */

static void
koers_month_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  KoersMonthView *self = KOERS_MONTH_VIEW (widget);
  int head_min, head_nat, week_min, week_nat, cell_min, cell_nat;

  gtk_widget_measure (self->weekday_labels[0], orientation, -1, &head_min, &head_nat, NULL, NULL);
  gtk_widget_measure (self->week_labels[0], orientation, -1, &week_min, &week_nat, NULL, NULL);
  gtk_widget_measure (self->cells[0], orientation, -1, &cell_min, &cell_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = week_min + 7 * MAX (cell_min, head_min);
      *natural = week_nat + 7 * MAX (cell_nat * 4, head_nat);
    }
  else
    {
      *minimum = head_min + N_WEEKS * MAX (cell_min, week_min) * 2;
      *natural = head_nat + N_WEEKS * MAX (cell_nat, week_nat) * 5;
    }
}

static void
koers_month_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  KoersMonthView *self = KOERS_MONTH_VIEW (widget);
  int head_h, week_w;
  double cell_w, cell_h;

  gtk_widget_measure (self->weekday_labels[0], GTK_ORIENTATION_VERTICAL, -1, &head_h, NULL, NULL, NULL);
  week_w = 0;
  for (guint w = 0; w < N_WEEKS; w++)
    {
      int min;

      gtk_widget_measure (self->week_labels[w], GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      week_w = MAX (week_w, min);
    }
  week_w += 6;
  cell_w = (double) (width - week_w) / 7;
  cell_h = (double) (height - head_h) / N_WEEKS;

  for (guint d = 0; d < 7; d++)
    {
      int x = week_w + (int) (d * cell_w);
      int x2 = week_w + (int) ((d + 1) * cell_w);

      gtk_widget_allocate (self->weekday_labels[d], x2 - x, head_h, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, 0)));
    }
  for (guint w = 0; w < N_WEEKS; w++)
    {
      int y = head_h + (int) (w * cell_h);
      int y2 = head_h + (int) ((w + 1) * cell_h);

      gtk_widget_allocate (self->week_labels[w], week_w, y2 - y, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, y)));
      for (guint d = 0; d < 7; d++)
        {
          int x = week_w + (int) (d * cell_w);
          int x2 = week_w + (int) ((d + 1) * cell_w);

          gtk_widget_allocate (self->cells[w * 7 + d], x2 - x, y2 - y, -1,
                               gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, y)));
        }
    }
}

static void
koers_month_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KoersMonthView *self = KOERS_MONTH_VIEW (object);

  switch (prop_id)
    {
    case PROP_MONTH:
      g_value_set_uint (value, g_date_get_julian (&self->month));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_month_view_dispose (GObject *object)
{
  KoersMonthView *self = (KoersMonthView *) object;

  koers_month_view_set_plan (self, NULL);
  koers_month_view_set_filter (self, NULL);
  koers_dirty_days_clear (&self->dirty);
  for (guint i = 0; i < N_CELLS; i++)
    g_clear_pointer (&self->cells[i], gtk_widget_unparent);
  for (guint i = 0; i < 7; i++)
    g_clear_pointer (&self->weekday_labels[i], gtk_widget_unparent);
  for (guint i = 0; i < N_WEEKS; i++)
    g_clear_pointer (&self->week_labels[i], gtk_widget_unparent);
  g_clear_pointer (&self->pool, g_ptr_array_unref);
  g_clear_pointer (&self->selected, g_ptr_array_unref);
  g_clear_pointer (&self->gap_days, g_hash_table_unref);
  g_clear_pointer (&self->week_notes, g_hash_table_unref);

  G_OBJECT_CLASS (koers_month_view_parent_class)->dispose (object);
}

static void
koers_month_view_class_init (KoersMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_month_view_dispose;
  object_class->get_property = koers_month_view_get_property;
  widget_class->map = koers_month_view_map;
  widget_class->measure = koers_month_view_measure;
  widget_class->size_allocate = koers_month_view_size_allocate;

  /* The julian day of the 1st of the month shown */
  properties[PROP_MONTH] =
    g_param_spec_uint ("month", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_ENTRY] = g_signal_new ("add-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[OPEN_ENTRY] = g_signal_new ("open-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, KOERS_TYPE_CALENDAR_ITEM);
  signals[MOVE_ENTRY] = g_signal_new ("move-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                      KOERS_TYPE_CALENDAR_ITEM, G_TYPE_INT);
  signals[TOGGLE_ENTRY] = g_signal_new ("toggle-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, KOERS_TYPE_CALENDAR_ITEM);
  signals[SHOW_DAY] = g_signal_new ("show-day", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "koers-month-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
koers_month_view_init (KoersMonthView *self)
{
  GtkEventController *key;
  GDate monday;

  koers_dirty_days_init (&self->dirty, refresh_days, self);
  self->pool = g_ptr_array_new_with_free_func (g_object_unref);
  self->selected = g_ptr_array_new ();
  g_date_clear (&self->month, 1);
  g_date_clear (&self->first, 1);
  g_date_clear (&self->focus, 1);

  /* 2024-01-01 is a Monday */
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 1, G_DATE_JANUARY, 2024);
  for (guint d = 0; d < 7; d++, g_date_add_days (&monday, 1))
    {
      g_autofree char *name = koers_calendar_format_date (&monday, "%a");
      g_autofree char *full = koers_calendar_format_date (&monday, "%A");

      self->weekday_labels[d] = gtk_label_new (name);
      gtk_widget_add_css_class (self->weekday_labels[d], "weekday");
      gtk_widget_add_css_class (self->weekday_labels[d], "dim-label");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->weekday_labels[d]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, full, -1);
      gtk_widget_set_parent (self->weekday_labels[d], GTK_WIDGET (self));
    }
  for (guint w = 0; w < N_WEEKS; w++)
    {
      self->week_labels[w] = gtk_label_new ("53\n⚠");
      gtk_label_set_justify (GTK_LABEL (self->week_labels[w]), GTK_JUSTIFY_CENTER);
      gtk_label_set_yalign (GTK_LABEL (self->week_labels[w]), 0);
      gtk_widget_add_css_class (self->week_labels[w], "week-number");
      gtk_widget_add_css_class (self->week_labels[w], "dim-label");
      gtk_widget_set_parent (self->week_labels[w], GTK_WIDGET (self));
    }
  for (guint i = 0; i < N_CELLS; i++)
    {
      GtkGesture *click = gtk_gesture_click_new ();
      GtkEventController *focus = gtk_event_controller_focus_new ();
      GtkDropTarget *drop = gtk_drop_target_new (KOERS_TYPE_CALENDAR_ITEM, GDK_ACTION_MOVE);

      self->cells[i] = koers_month_cell_new (self->pool, make_chip, self);
      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
      g_signal_connect (click, "released", G_CALLBACK (cell_released_cb), self);
      gtk_widget_add_controller (self->cells[i], GTK_EVENT_CONTROLLER (click));
      g_signal_connect (focus, "enter", G_CALLBACK (cell_focus_cb), self);
      gtk_widget_add_controller (self->cells[i], focus);
      g_signal_connect (drop, "drop", G_CALLBACK (cell_drop_cb), self);
      gtk_widget_add_controller (self->cells[i], GTK_EVENT_CONTROLLER (drop));
      g_signal_connect (koers_month_cell_get_more_button (cell_at (self, i)), "clicked",
                        G_CALLBACK (more_clicked_cb), self);
      gtk_widget_set_parent (self->cells[i], GTK_WIDGET (self));
    }

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  {
    GDate today;

    koers_calendar_today (&today);
    koers_month_view_set_month (self, &today);
    self->focus = today;
  }
}

GtkWidget *
koers_month_view_new (void)
{
  return g_object_new (KOERS_TYPE_MONTH_VIEW, NULL);
}

void
koers_month_view_set_plan (KoersMonthView *self,
                           KoersPlan      *plan)
{
  g_return_if_fail (KOERS_IS_MONTH_VIEW (self));
  g_return_if_fail (plan == NULL || KOERS_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  if (self->index != NULL)
    g_clear_signal_handler (&self->index_changed_id, self->index);
  g_ptr_array_set_size (self->selected, 0);
  self->index = NULL;
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    {
      self->index = koers_calendar_index_get_for_plan (plan);
      self->index_changed_id = g_signal_connect (self->index, "changed",
                                                 G_CALLBACK (index_changed_cb), self);
    }
  refresh_when_shown (self);
}

void
koers_month_view_set_filter (KoersMonthView      *self,
                             KoersCalendarFilter *filter)
{
  g_return_if_fail (KOERS_IS_MONTH_VIEW (self));

  if (self->filter == filter)
    return;
  if (self->filter != NULL)
    g_clear_signal_handler (&self->filter_changed_id, self->filter);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    self->filter_changed_id = g_signal_connect (filter, "changed",
                                                G_CALLBACK (filter_changed_cb), self);
  if (self->cells[0] != NULL)
    refresh_days (self, 0, G_MAXUINT);
}

const GDate *
koers_month_view_get_month (KoersMonthView *self)
{
  g_return_val_if_fail (KOERS_IS_MONTH_VIEW (self), NULL);

  return &self->month;
}

/**
 * koers_month_view_set_month:
 * @date: any day of the month to show
 */
void
koers_month_view_set_month (KoersMonthView *self,
                            const GDate    *date)
{
  GDate month;

  g_return_if_fail (KOERS_IS_MONTH_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  g_date_clear (&month, 1);
  g_date_set_dmy (&month, 1, g_date_get_month (date), g_date_get_year (date));
  if (g_date_valid (&self->month) && g_date_compare (&month, &self->month) == 0)
    return;
  self->month = month;
  self->first = month;
  g_date_subtract_days (&self->first, g_date_get_weekday (&month) - G_DATE_MONDAY);
  if (!g_date_valid (&self->focus) || !date_in_view (self, &self->focus, NULL) ||
      g_date_get_month (&self->focus) != g_date_get_month (&month))
    {
      self->focus = month;
      if (g_date_get_month (date) == g_date_get_month (&month))
        self->focus = *date;
    }
  refresh_when_shown (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTH]);
}

void
koers_month_view_shift_month (KoersMonthView *self,
                              int             months)
{
  GDate date;
  GtkWidget *focus;
  gboolean had_focus;

  g_return_if_fail (KOERS_IS_MONTH_VIEW (self));

  focus = gtk_widget_get_root (GTK_WIDGET (self)) != NULL
          ? gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))) : NULL;
  had_focus = focus != NULL && KOERS_IS_MONTH_CELL (focus) &&
              gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
  date = self->month;
  if (months < 0)
    g_date_subtract_months (&date, -months);
  else
    g_date_add_months (&date, months);
  /* the same day of the month, where it has one */
  g_date_set_day (&date, MIN (g_date_get_day (&self->focus),
                              g_date_get_days_in_month (g_date_get_month (&date),
                                                        g_date_get_year (&date))));
  if (had_focus)
    koers_month_view_focus_date (self, &date);
  else
    {
      self->focus = date;
      koers_month_view_set_month (self, &date);
    }
}

const GDate *
koers_month_view_get_focus_date (KoersMonthView *self)
{
  g_return_val_if_fail (KOERS_IS_MONTH_VIEW (self), NULL);

  return &self->focus;
}

/**
 * koers_month_view_focus_date:
 *
 * Shows the month of @date and gives its day the keyboard focus.
 */
void
koers_month_view_focus_date (KoersMonthView *self,
                             const GDate    *date)
{
  guint i;

  g_return_if_fail (KOERS_IS_MONTH_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->focus = *date;
  if (g_date_get_month (date) != g_date_get_month (&self->month) ||
      g_date_get_year (date) != g_date_get_year (&self->month))
    koers_month_view_set_month (self, date);
  if (date_in_view (self, date, &i))
    gtk_widget_grab_focus (self->cells[i]);
}

/**
 * koers_month_view_get_cell:
 *
 * Returns: (transfer none) (nullable): the cell of @date when it shows
 */
GtkWidget *
koers_month_view_get_cell (KoersMonthView *self,
                           const GDate    *date)
{
  guint i;

  g_return_val_if_fail (KOERS_IS_MONTH_VIEW (self), NULL);

  return date_in_view (self, date, &i) ? self->cells[i] : NULL;
}

/* @entries: (element-type KoersCalendarEntry): the selected entries */
void
koers_month_view_set_selection (KoersMonthView *self,
                                GPtrArray      *entries)
{
  g_return_if_fail (KOERS_IS_MONTH_VIEW (self));

  g_ptr_array_set_size (self->selected, 0);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    g_ptr_array_add (self->selected, g_ptr_array_index (entries, i));
  for (guint i = 0; i < N_CELLS; i++)
    koers_month_cell_set_selection (cell_at (self, i), self->selected);
}

/**
 * koers_month_view_set_marks:
 * @gap_days: (nullable): julian days inside a continuity gap
 * @week_notes: (nullable): julian day of a Monday -> what to say on that
 *   week's row (which channels fall silent)
 */
void
koers_month_view_set_marks (KoersMonthView *self,
                            GHashTable     *gap_days,
                            GHashTable     *week_notes)
{
  g_return_if_fail (KOERS_IS_MONTH_VIEW (self));

  g_clear_pointer (&self->gap_days, g_hash_table_unref);
  g_clear_pointer (&self->week_notes, g_hash_table_unref);
  if (gap_days != NULL)
    self->gap_days = g_hash_table_ref (gap_days);
  if (week_notes != NULL)
    self->week_notes = g_hash_table_ref (week_notes);
  update_days (self);
}

/* For the tests and the bench: chips waiting in the pool, chips made */
guint
koers_month_view_get_n_pooled (KoersMonthView *self)
{
  g_return_val_if_fail (KOERS_IS_MONTH_VIEW (self), 0);

  return self->pool->len;
}

guint
koers_month_view_get_n_chips (KoersMonthView *self)
{
  g_return_val_if_fail (KOERS_IS_MONTH_VIEW (self), 0);

  return self->n_chips_made;
}
