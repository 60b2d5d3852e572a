/* koers-week-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One week in seven columns, Monday first: posts without a time in a strip
 * on top, timed posts placed by their time on a day of 24 hours. It scrolls
 * inside the page. A drop on a column moves a post to that day and to the
 * quarter hour under the pointer (into the strip: no time). Chips come from
 * a pool, as in the month view; a day shows at most MAX_PER_DAY of them and
 * says how many more there are.
 *
 * Signals: "add-entry" (julian), "open-entry" (item), "move-entry" (item,
 * days, time: -1 no time, -2 keep it), "toggle-entry" (item).
 */
#define G_LOG_DOMAIN "koers-week-view"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-week-view.h"
#include "koers-calendar-index.h"
#include "koers-calendar-item.h"
#include "koers-calendar-util.h"
#include "koers-entry-chip.h"

#define HOUR_HEIGHT  36
#define GUTTER       44
#define MAX_UNTIMED  4
#define MAX_PER_DAY  24

typedef struct
{
  GtkWidget *chip;
  guint      day;
  int        time;   /* -1: in the strip */
  guint      lane;
  guint      n_lanes;
  guint      row;    /* in the strip */
} Placed;

struct _KoersWeekView
{
  GtkWidget            parent_instance;

  GtkWidget           *header;     /* the day names: the page keeps them above the scrolling */
  GtkWidget           *day_labels[7];
  GtkWidget           *more_labels[7];
  GArray              *placed;   /* Placed */
  GPtrArray           *pool;

  KoersPlan           *plan;
  KoersCalendarIndex  *index;
  gulong               index_changed_id;
  KoersCalendarFilter *filter;
  gulong               filter_changed_id;
  GPtrArray           *selected;

  GDate                monday;
  guint                refresh_id;
  gboolean             stale;  /* the index changed while unmapped */
  int                  header_height;
  int                  strip_height;
  GtkWidget           *strip;      /* behind the posts without a time, kept in sight */
  GtkAdjustment       *vadjustment;  /* of the scrolled window around the view */
  gulong               vadjustment_id;
};

G_DEFINE_FINAL_TYPE (KoersWeekView, koers_week_view, GTK_TYPE_WIDGET)

enum {
  ADD_ENTRY,
  OPEN_ENTRY,
  MOVE_ENTRY,
  TOGGLE_ENTRY,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
chip_activate_cb (KoersEntryChip *chip,
                  KoersWeekView  *self)
{
  if (koers_entry_chip_get_item (chip) != NULL)
    g_signal_emit (self, signals[OPEN_ENTRY], 0, koers_entry_chip_get_item (chip));
}

static void
chip_toggle_cb (KoersEntryChip *chip,
                KoersWeekView  *self)
{
  if (koers_entry_chip_get_item (chip) != NULL)
    g_signal_emit (self, signals[TOGGLE_ENTRY], 0, koers_entry_chip_get_item (chip));
}

static void
chip_move_cb (KoersEntryChip *chip,
              int             days,
              KoersWeekView  *self)
{
  g_autoptr(KoersCalendarItem) item = koers_entry_chip_get_item (chip);

  if (item == NULL)
    return;
  g_object_ref (item);
  g_signal_emit (self, signals[MOVE_ENTRY], 0, item, days, -2);
}

static GtkWidget *
take_chip (KoersWeekView *self)
{
  GtkWidget *chip;

  if (self->pool->len > 0)
    return g_ptr_array_steal_index_fast (self->pool, self->pool->len - 1);
  chip = g_object_ref_sink (koers_entry_chip_new ());
  g_signal_connect_object (chip, "activate", G_CALLBACK (chip_activate_cb), self, 0);
  g_signal_connect_object (chip, "toggle", G_CALLBACK (chip_toggle_cb), self, 0);
  g_signal_connect_object (chip, "move", G_CALLBACK (chip_move_cb), self, 0);
  return chip;
}

static void
release_chips (KoersWeekView *self)
{
  for (guint i = 0; i < self->placed->len; i++)
    {
      GtkWidget *chip = g_array_index (self->placed, Placed, i).chip;

      koers_entry_chip_set_item (KOERS_ENTRY_CHIP (chip), NULL, NULL);
      koers_entry_chip_set_selected (KOERS_ENTRY_CHIP (chip), FALSE);
      gtk_widget_unparent (chip);
      g_ptr_array_add (self->pool, chip);
    }
  g_array_set_size (self->placed, 0);
}

static void
refresh (KoersWeekView *self)
{
  g_autoptr(GArray) occurrences = NULL;
  guint per_day[7] = { 0 }, untimed[7] = { 0 }, hidden[7] = { 0 };
  int lane_end[7][3];
  GDate sunday = self->monday;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = FALSE;
  release_chips (self);
  g_date_add_days (&sunday, 6);

  for (guint d = 0; d < 7; d++)
    {
      GDate day = self->monday;
      g_autofree char *text = NULL;
      g_autofree char *name = NULL;
      GDate today;

      g_date_add_days (&day, d);
      koers_calendar_today (&today);
      /* xgettext:no-c-format */
      text = koers_calendar_format_date (&day, _("%a %-d"));
      /* xgettext:no-c-format */
      name = koers_calendar_format_date (&day, _("%A %-d %B %Y"));
      gtk_label_set_text (GTK_LABEL (self->day_labels[d]), text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->day_labels[d]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      if (g_date_compare (&day, &today) == 0)
        gtk_widget_add_css_class (self->day_labels[d], "today");
      else
        gtk_widget_remove_css_class (self->day_labels[d], "today");
      for (guint l = 0; l < 3; l++)
        lane_end[d][l] = -1;
    }

  if (self->index == NULL)
    {
      for (guint d = 0; d < 7; d++)
        gtk_widget_set_visible (self->more_labels[d], FALSE);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      return;
    }
  occurrences = koers_calendar_index_query (self->index, &self->monday, &sunday);
  for (guint i = 0; i < occurrences->len; i++)
    {
      const KoersOccurrence *occ = &g_array_index (occurrences, KoersOccurrence, i);
      guint day = g_date_get_julian (&occ->date) - g_date_get_julian (&self->monday);
      g_autoptr(KoersCalendarItem) item = NULL;
      Placed placed = { 0 };

      if (day > 6 || (self->filter != NULL && !koers_calendar_filter_match_entry (self->filter, occ->entry)))
        continue;
      if (per_day[day] >= MAX_PER_DAY || (occ->time < 0 && untimed[day] >= MAX_UNTIMED))
        {
          hidden[day]++;
          continue;
        }
      per_day[day]++;
      placed.day = day;
      placed.time = occ->time;
      if (occ->time < 0)
        placed.row = untimed[day]++;
      else
        {
          /* the first lane free at this time; posts within the hour share it */
          guint lane = 0;

          while (lane < 2 && lane_end[day][lane] > occ->time)
            lane++;
          lane_end[day][lane] = occ->time + 60;
          placed.lane = lane;
        }
      item = koers_calendar_item_new (occ);
      placed.chip = take_chip (self);
      koers_entry_chip_set_item (KOERS_ENTRY_CHIP (placed.chip), self->plan, item);
      koers_entry_chip_set_selected (KOERS_ENTRY_CHIP (placed.chip),
                                     self->selected != NULL && g_ptr_array_find (self->selected, occ->entry, NULL));
      gtk_widget_set_parent (placed.chip, GTK_WIDGET (self));
      g_array_append_val (self->placed, placed);
    }
  for (guint i = 0; i < self->placed->len; i++)
    {
      Placed *p = &g_array_index (self->placed, Placed, i);

      p->n_lanes = 1;
      for (guint j = 0; j < self->placed->len; j++)
        {
          Placed *q = &g_array_index (self->placed, Placed, j);

          if (q->day == p->day && q->time >= 0 && p->time >= 0 && ABS (q->time - p->time) < 60)
            p->n_lanes = MAX (p->n_lanes, q->lane + 1);
        }
    }
  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more", "+%u more",
                                                            hidden[d]), hidden[d]);

      gtk_label_set_text (GTK_LABEL (self->more_labels[d]), more);
      gtk_widget_set_visible (self->more_labels[d], hidden[d] > 0);
    }
  /* Drawn and picked in this order: the posts with a time, the strip over
   * them when the hours scroll under it, the posts without a time on it */
  gtk_widget_insert_before (self->strip, GTK_WIDGET (self), NULL);
  for (guint i = 0; i < self->placed->len; i++)
    if (g_array_index (self->placed, Placed, i).time < 0)
      gtk_widget_insert_before (g_array_index (self->placed, Placed, i).chip, GTK_WIDGET (self), NULL);
  for (guint d = 0; d < 7; d++)
    gtk_widget_insert_before (self->more_labels[d], GTK_WIDGET (self), NULL);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static gboolean
refresh_idle_cb (gpointer data)
{
  KoersWeekView *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
index_changed_cb (KoersCalendarIndex *index,
                  guint               first_julian,
                  guint               last_julian,
                  KoersWeekView      *self)
{
  guint monday = g_date_get_julian (&self->monday);

  /* once, after the change (as in the month view); when shown again if hidden */
  if (last_julian < monday || first_julian > monday + 6)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_clear_handle_id (&self->refresh_id, g_source_remove);
      self->stale = TRUE;
      return;
    }
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, refresh_idle_cb, self, NULL);
}

/* Now, or for a hidden week (another view, a plan opened while the
 * calendar page is hidden) when it shows; its chips go meanwhile, as they
 * may show a plan that is gone by then. */
static void
refresh_when_shown (KoersWeekView *self)
{
  if (self->placed == NULL)
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      refresh (self);
      return;
    }
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  release_chips (self);
  self->stale = TRUE;
}

static void
koers_week_view_map (GtkWidget *widget)
{
  KoersWeekView *self = KOERS_WEEK_VIEW (widget);

  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  GTK_WIDGET_CLASS (koers_week_view_parent_class)->map (widget);
  if (scrolled != NULL && self->vadjustment == NULL)
    {
      self->vadjustment = g_object_ref (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
      self->vadjustment_id = g_signal_connect_swapped (self->vadjustment, "value-changed",
                                                       G_CALLBACK (gtk_widget_queue_allocate), self);
    }
  if (self->stale)
    refresh (self);
}

static void
koers_week_view_unmap (GtkWidget *widget)
{
  KoersWeekView *self = KOERS_WEEK_VIEW (widget);

  if (self->vadjustment != NULL)
    {
      g_clear_signal_handler (&self->vadjustment_id, self->vadjustment);
      g_clear_object (&self->vadjustment);
    }
  GTK_WIDGET_CLASS (koers_week_view_parent_class)->unmap (widget);
}

static void
filter_changed_cb (GtkFilter     *filter,
                   GtkFilterChange change,
                   KoersWeekView *self)
{
  refresh (self);
}

/* Geometry ---------------------------------------------------------------- */

static int
chip_height (KoersWeekView *self)
{
  int h = 0;

  if (self->placed->len > 0)
    gtk_widget_measure (g_array_index (self->placed, Placed, 0).chip, GTK_ORIENTATION_VERTICAL, -1,
                        &h, NULL, NULL, NULL);
  return MAX (h, 20);
}

static double
column_width (KoersWeekView *self,
              int            width)
{
  return (double) (width - GUTTER) / 7;
}

static int
timeline_top (KoersWeekView *self)
{
  return self->header_height + self->strip_height;
}

/* Where the strip of posts without a time is: at the top of what the
 * scrolled window shows, so it stays in sight while the hours scroll */
static int
strip_top (KoersWeekView *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double value = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;

  return CLAMP ((int) value, 0, MAX (height - self->strip_height, 0));
}

/**
 * koers_week_view_position_of:
 * @time: (out): minutes after midnight to the quarter hour, or -1 in the
 *   strip of posts without a time
 *
 * Returns: whether (@x, @y) is on a day
 */
gboolean
koers_week_view_position_of (KoersWeekView *self,
                             double         x,
                             double         y,
                             GDate         *date,
                             int           *time)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double col_w = column_width (self, width);
  int day;

  g_return_val_if_fail (KOERS_IS_WEEK_VIEW (self), FALSE);

  if (x < GUTTER || col_w <= 0 || y < self->header_height)
    return FALSE;
  day = (int) ((x - GUTTER) / col_w);
  if (day < 0 || day > 6)
    return FALSE;
  *date = self->monday;
  g_date_add_days (date, day);
  if (y < strip_top (self) + self->strip_height)
    *time = -1;
  else
    {
      int minutes = (int) ((y - timeline_top (self)) * 60 / HOUR_HEIGHT);

      *time = CLAMP (minutes / 15 * 15, 0, 24 * 60 - 15);
    }
  return TRUE;
}

static void
koers_week_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  KoersWeekView *self = KOERS_WEEK_VIEW (widget);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = GUTTER + 7 * 60;
      *natural = GUTTER + 7 * 140;
      return;
    }
  *minimum = *natural = (MAX_UNTIMED + 1) * (chip_height (self) + 2) + 24 * HOUR_HEIGHT;
}

static void
koers_week_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  KoersWeekView *self = KOERS_WEEK_VIEW (widget);
  double col_w = column_width (self, width);
  int chip_h = chip_height (self);

  int top;

  self->header_height = 0;
  self->strip_height = (MAX_UNTIMED + 1) * (chip_h + 2);
  top = strip_top (self);
  gtk_widget_allocate (self->strip, width, self->strip_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, top)));

  for (guint d = 0; d < 7; d++)
    {
      int x = GUTTER + (int) (d * col_w);
      int w = (int) ((d + 1) * col_w) - (int) (d * col_w);

      if (gtk_widget_get_visible (self->more_labels[d]))
        gtk_widget_allocate (self->more_labels[d], w, chip_h, -1,
                             gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, top +
                                                                                  MAX_UNTIMED * (chip_h + 2))));
    }
  for (guint i = 0; i < self->placed->len; i++)
    {
      Placed *p = &g_array_index (self->placed, Placed, i);
      int x = GUTTER + (int) (p->day * col_w) + 2;
      int w = (int) col_w - 4;
      int y, h = chip_h;

      if (p->time < 0)
        y = top + p->row * (chip_h + 2);
      else
        {
          w = MAX (w / (int) p->n_lanes, 8);
          x += p->lane * w;
          y = timeline_top (self) + p->time * HOUR_HEIGHT / 60;
          h = MAX (chip_h, HOUR_HEIGHT / 2);
          y = MIN (y, height - h);
        }
      gtk_widget_allocate (p->chip, w - 1, h, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, y)));
    }
}

static void
koers_week_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  KoersWeekView *self = KOERS_WEEK_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  double col_w = column_width (self, width);
  int top = timeline_top (self);
  GdkRGBA line = { 0.5, 0.5, 0.5, 0.25 };
  GdkRGBA text = { 0.4, 0.4, 0.4, 1.0 };

  for (guint h = 0; h <= 24; h++)
    {
      int y = top + h * HOUR_HEIGHT;

      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (GUTTER, y, width - GUTTER, 1));
      if (h < 24)
        {
          char hour[8];
          PangoLayout *layout;

          g_snprintf (hour, sizeof hour, "%02u:00", h);
          layout = gtk_widget_create_pango_layout (widget, hour);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (2, y + 1));
          gtk_snapshot_append_layout (snapshot, layout, &text);
          gtk_snapshot_restore (snapshot);
          g_object_unref (layout);
        }
    }
  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT (GUTTER, self->header_height, width - GUTTER, 1));
  for (guint d = 0; d <= 7; d++)
    gtk_snapshot_append_color (snapshot, &line,
                               &GRAPHENE_RECT_INIT (GUTTER + (int) (d * col_w), 0, 1,
                                                    top + 24 * HOUR_HEIGHT));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_snapshot_child (widget, child, snapshot);
      /* The strip is opaque, to hide the hours that scroll under it: the
       * lines between the days go on over it, under its posts (which keep
       * two pixels clear of them) */
      if (child == self->strip)
        {
          int strip_y = strip_top (self);

          for (guint d = 0; d <= 7; d++)
            gtk_snapshot_append_color (snapshot, &line,
                                       &GRAPHENE_RECT_INIT (GUTTER + (int) (d * col_w), strip_y,
                                                            1, self->strip_height));
        }
    }
}

/* Input ------------------------------------------------------------------- */

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             KoersWeekView   *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  GDate date;
  int time;

  for (GtkWidget *w = picked; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    if (KOERS_IS_ENTRY_CHIP (w))
      return;
  g_date_clear (&date, 1);
  if (!koers_week_view_position_of (self, x, y, &date, &time))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[ADD_ENTRY], 0, g_date_get_julian (&date));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KoersWeekView *self)
{
  KoersCalendarItem *item;
  GDate date;
  int time, days;

  if (!G_VALUE_HOLDS (value, KOERS_TYPE_CALENDAR_ITEM) || g_value_get_object (value) == NULL)
    return FALSE;
  g_date_clear (&date, 1);
  if (!koers_week_view_position_of (self, x, y, &date, &time))
    return FALSE;
  item = g_value_get_object (value);
  days = (int) g_date_get_julian (&date) - (int) g_date_get_julian (koers_calendar_item_get_date (item));
  if (days == 0 && time == koers_calendar_item_get_time (item))
    return TRUE;
  g_signal_emit (self, signals[MOVE_ENTRY], 0, item, days, time);
  return TRUE;
}

static void
koers_week_view_dispose (GObject *object)
{
  KoersWeekView *self = (KoersWeekView *) object;

  koers_week_view_set_plan (self, NULL);
  koers_week_view_set_filter (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->placed != NULL)
    release_chips (self);
  for (guint d = 0; d < 7; d++)
    {
      self->day_labels[d] = NULL;  /* the header's */
      g_clear_pointer (&self->more_labels[d], gtk_widget_unparent);
    }
  g_clear_object (&self->header);
  g_clear_pointer (&self->strip, gtk_widget_unparent);
  if (self->vadjustment != NULL)
    {
      g_clear_signal_handler (&self->vadjustment_id, self->vadjustment);
      g_clear_object (&self->vadjustment);
    }
  g_clear_pointer (&self->pool, g_ptr_array_unref);
  g_clear_pointer (&self->placed, g_array_unref);
  g_clear_pointer (&self->selected, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_week_view_parent_class)->dispose (object);
}

static void
koers_week_view_class_init (KoersWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_week_view_dispose;
  widget_class->map = koers_week_view_map;
  widget_class->unmap = koers_week_view_unmap;
  widget_class->measure = koers_week_view_measure;
  widget_class->size_allocate = koers_week_view_size_allocate;
  widget_class->snapshot = koers_week_view_snapshot;

  signals[ADD_ENTRY] = g_signal_new ("add-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[OPEN_ENTRY] = g_signal_new ("open-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, KOERS_TYPE_CALENDAR_ITEM);
  signals[MOVE_ENTRY] = g_signal_new ("move-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                      KOERS_TYPE_CALENDAR_ITEM, G_TYPE_INT, G_TYPE_INT);
  signals[TOGGLE_ENTRY] = g_signal_new ("toggle-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, KOERS_TYPE_CALENDAR_ITEM);

  gtk_widget_class_set_css_name (widget_class, "koers-week-view");
}

static void
koers_week_view_init (KoersWeekView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkDropTarget *drop = gtk_drop_target_new (KOERS_TYPE_CALENDAR_ITEM, GDK_ACTION_MOVE);
  GDate today;

  self->placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  self->pool = g_ptr_array_new_with_free_func (g_object_unref);
  self->header = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  gtk_box_set_homogeneous (GTK_BOX (self->header), TRUE);
  gtk_widget_set_margin_start (self->header, GUTTER);
  gtk_widget_set_margin_top (self->header, 4);
  gtk_widget_set_margin_bottom (self->header, 4);
  gtk_widget_add_css_class (self->header, "week-header");
  self->selected = g_ptr_array_new ();
  for (guint d = 0; d < 7; d++)
    {
      self->day_labels[d] = gtk_label_new (NULL);
      gtk_label_set_ellipsize (GTK_LABEL (self->day_labels[d]), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (self->day_labels[d], "heading");
      gtk_box_append (GTK_BOX (self->header), self->day_labels[d]);
      self->more_labels[d] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->more_labels[d], "dim-label");
      gtk_widget_set_visible (self->more_labels[d], FALSE);
      gtk_widget_set_parent (self->more_labels[d], GTK_WIDGET (self));
    }
  self->strip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->strip, "week-strip");
  gtk_widget_set_parent (self->strip, GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_date_clear (&self->monday, 1);
  koers_calendar_today (&today);
  koers_week_view_set_date (self, &today);
}

GtkWidget *
koers_week_view_new (void)
{
  return g_object_new (KOERS_TYPE_WEEK_VIEW, NULL);
}

void
koers_week_view_set_plan (KoersWeekView *self,
                          KoersPlan     *plan)
{
  g_return_if_fail (KOERS_IS_WEEK_VIEW (self));

  if (self->plan == plan)
    return;
  if (self->index != NULL)
    g_clear_signal_handler (&self->index_changed_id, self->index);
  self->index = NULL;
  if (self->selected != NULL)
    g_ptr_array_set_size (self->selected, 0);
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
koers_week_view_set_filter (KoersWeekView       *self,
                            KoersCalendarFilter *filter)
{
  g_return_if_fail (KOERS_IS_WEEK_VIEW (self));

  if (self->filter == filter)
    return;
  if (self->filter != NULL)
    g_clear_signal_handler (&self->filter_changed_id, self->filter);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    self->filter_changed_id = g_signal_connect (filter, "changed", G_CALLBACK (filter_changed_cb), self);
  refresh_when_shown (self);
}

/* The Monday of the week shown */
const GDate *
koers_week_view_get_date (KoersWeekView *self)
{
  g_return_val_if_fail (KOERS_IS_WEEK_VIEW (self), NULL);

  return &self->monday;
}

void
koers_week_view_set_date (KoersWeekView *self,
                          const GDate   *date)
{
  GDate monday;

  g_return_if_fail (KOERS_IS_WEEK_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  monday = *date;
  g_date_subtract_days (&monday, g_date_get_weekday (date) - G_DATE_MONDAY);
  if (g_date_valid (&self->monday) && g_date_compare (&monday, &self->monday) == 0)
    return;
  self->monday = monday;
  refresh_when_shown (self);
}

void
koers_week_view_set_selection (KoersWeekView *self,
                               GPtrArray     *entries)
{
  g_return_if_fail (KOERS_IS_WEEK_VIEW (self));

  g_ptr_array_set_size (self->selected, 0);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    g_ptr_array_add (self->selected, g_ptr_array_index (entries, i));
  for (guint i = 0; i < self->placed->len; i++)
    {
      KoersEntryChip *chip = KOERS_ENTRY_CHIP (g_array_index (self->placed, Placed, i).chip);
      KoersCalendarItem *item = koers_entry_chip_get_item (chip);

      koers_entry_chip_set_selected (chip, item != NULL &&
                                     g_ptr_array_find (self->selected, koers_calendar_item_get_entry (item), NULL));
    }
}

/**
 * koers_week_view_get_header:
 *
 * Returns: (transfer none): the row of day names, to place above the
 *   scrolled view (it lines up with the view's columns)
 */
GtkWidget *
koers_week_view_get_header (KoersWeekView *self)
{
  g_return_val_if_fail (KOERS_IS_WEEK_VIEW (self), NULL);

  return self->header;
}

guint
koers_week_view_get_n_chips (KoersWeekView *self)
{
  g_return_val_if_fail (KOERS_IS_WEEK_VIEW (self), 0);

  return self->placed->len;
}

GtkWidget *
koers_week_view_get_chip (KoersWeekView *self,
                          guint          index)
{
  g_return_val_if_fail (KOERS_IS_WEEK_VIEW (self), NULL);

  return index < self->placed->len ? g_array_index (self->placed, Placed, index).chip : NULL;
}

/* The scroll that shows @hour first below the strip of posts without a
 * time, which stays at the top (before a first layout: as it will be) */
int
koers_week_view_get_hour_y (KoersWeekView *self,
                            guint          hour)
{
  g_return_val_if_fail (KOERS_IS_WEEK_VIEW (self), 0);

  /* the strip covers the hours above it */
  return self->header_height + MIN (hour, 24) * HOUR_HEIGHT;
}
