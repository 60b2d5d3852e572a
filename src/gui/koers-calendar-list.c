/* koers-calendar-list.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The agenda: every occurrence of the range (the plan period) as a row of a
 * GtkColumnView, which builds widgets for the visible rows alone. The rows
 * are a GListStore of KoersCalendarItem in the index's order (date, time,
 * title); a GtkFilterListModel with the page's shared filter and a
 * GtkSortListModel with the column view's sorter (a GtkCustomSorter per
 * column) sit on top, both incremental, so a plan of 50000 entries filters
 * and sorts without stopping the main loop. When the index says which days
 * changed, only those days' rows are replaced.
 */
#define G_LOG_DOMAIN "koers-calendar-list"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "koers-calendar-list.h"
#include "koers-calendar-index.h"
#include "koers-calendar-util.h"

struct _KoersCalendarList
{
  GtkWidget           parent_instance;

  GtkWidget          *scrolled;
  GtkColumnView      *view;
  GListStore         *store;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  KoersPlan          *plan;
  KoersCalendarIndex *index;
  gulong              index_changed_id;
  GDate               from;
  GDate               to;
  KoersDirtyDays       dirty;  /* days the index named, not yet shown */
  gboolean            stale;   /* the rows wait until the list is shown */
  guint               filled;  /* the last day whose rows are in the store */
  guint               fill_id;
  GDate               scroll_date;  /* to scroll to once its rows are there */
  guint               scroll_id;
};

G_DEFINE_FINAL_TYPE (KoersCalendarList, koers_calendar_list, GTK_TYPE_WIDGET)

enum {
  OPEN_ENTRY,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void queue_scroll (KoersCalendarList *self);

typedef enum
{
  COLUMN_DATE,
  COLUMN_TIME,
  COLUMN_CHANNEL,
  COLUMN_TITLE,
  COLUMN_KIND,
  COLUMN_PART,
  COLUMN_OWNER,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

static const char *column_titles[] = {
  N_("Date"), N_("Time"), N_("Channel"), N_("Title"), N_("Kind"), N_("Rose part"),
  N_("Owner"), N_("Status"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (column_titles) == N_COLUMNS);

/* Room for "wo 31 mrt 2027" and the like; the title takes the rest */
static const int column_widths[] = { 130, 60, 120, 220, 90, 110, 130, 110 };

G_STATIC_ASSERT (G_N_ELEMENTS (column_widths) == N_COLUMNS);

/* The rows -------------------------------------------------------------- */

static KoersCalendarItem **
items_of (GArray *occurrences)
{
  KoersCalendarItem **items = g_new (KoersCalendarItem *, occurrences->len + 1);

  for (guint i = 0; i < occurrences->len; i++)
    items[i] = koers_calendar_item_new (&g_array_index (occurrences, KoersOccurrence, i));
  items[occurrences->len] = NULL;
  return items;
}

static void
free_items (KoersCalendarItem **items,
            guint               n)
{
  for (guint i = 0; i < n; i++)
    g_object_unref (items[i]);
  g_free (items);
}

/* The first row on or after @julian (the store is in date order) */
static guint
lower_bound (KoersCalendarList *self,
             guint              julian)
{
  GListModel *model = G_LIST_MODEL (self->store);
  guint lo = 0, hi = g_list_model_get_n_items (model);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(KoersCalendarItem) item = g_list_model_get_item (model, mid);

      if (g_date_get_julian (koers_calendar_item_get_date (item)) < julian)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
refresh_days (gpointer owner,
              guint    first_julian,
              guint    last_julian)
{
  KoersCalendarList *self = owner;
  g_autoptr(GArray) occurrences = NULL;
  KoersCalendarItem **items;
  GDate from, to;
  guint start, end;

  if (self->index == NULL || !g_date_valid (&self->from) || !g_date_valid (&self->to))
    {
      g_list_store_remove_all (self->store);
      return;
    }
  first_julian = MAX (first_julian, g_date_get_julian (&self->from));
  last_julian = MIN (last_julian, self->filled);  /* the rest comes with the fill */
  if (first_julian > last_julian)
    return;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_julian (&from, first_julian);
  g_date_set_julian (&to, last_julian);
  occurrences = koers_calendar_index_query (self->index, &from, &to);
  start = lower_bound (self, first_julian);
  end = last_julian >= self->filled ? g_list_model_get_n_items (G_LIST_MODEL (self->store))
                                    : lower_bound (self, last_julian + 1);
  items = items_of (occurrences);
  g_list_store_splice (self->store, start, end - start, (gpointer *) items, occurrences->len);
  free_items (items, occurrences->len);
}

/* The rows come in a few weeks at a time, between frames, so that the
 * list of a long plan period shows at once and fills up while it is
 * looked at (the filter and sorter above are incremental too). */
static gboolean
fill_cb (gpointer data)
{
  KoersCalendarList *self = data;
  gint64 end = g_get_monotonic_time () + 6000;
  guint last = g_date_get_julian (&self->to);

  while (self->filled < last && g_get_monotonic_time () < end)
    {
      g_autoptr(GArray) occurrences = NULL;
      KoersCalendarItem **items;
      GDate from, to;

      g_date_clear (&from, 1);
      g_date_clear (&to, 1);
      g_date_set_julian (&from, self->filled + 1);
      g_date_set_julian (&to, MIN (self->filled + 14, last));
      occurrences = koers_calendar_index_query (self->index, &from, &to);
      items = items_of (occurrences);
      g_list_store_splice (self->store, g_list_model_get_n_items (G_LIST_MODEL (self->store)), 0,
                           (gpointer *) items, occurrences->len);
      free_items (items, occurrences->len);
      self->filled = g_date_get_julian (&to);
    }
  queue_scroll (self);
  if (self->filled < last)
    return G_SOURCE_CONTINUE;
  self->fill_id = 0;
  return G_SOURCE_REMOVE;
}

/* All rows anew, now if the list shows, else when it is shown: a hidden
 * agenda of 50000 posts costs nothing. */
static void
refresh_all (KoersCalendarList *self)
{
  koers_dirty_days_clear (&self->dirty);
  g_clear_handle_id (&self->fill_id, g_source_remove);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0)
    g_list_store_remove_all (self->store);
  self->filled = 0;
  if (self->index == NULL || !g_date_valid (&self->from) || !g_date_valid (&self->to))
    return;
  self->filled = g_date_get_julian (&self->from) - 1;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  /* the first weeks now, so that the list never shows empty */
  if (fill_cb (self))
    self->fill_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, fill_cb, self, NULL);
}

static void
koers_calendar_list_map (GtkWidget *widget)
{
  KoersCalendarList *self = KOERS_CALENDAR_LIST (widget);

  GTK_WIDGET_CLASS (koers_calendar_list_parent_class)->map (widget);
  if (self->stale)
    refresh_all (self);
}

/* As in the month view: the days named are replaced once, after the change */
static void
index_changed_cb (KoersCalendarIndex *index,
                  guint               first_julian,
                  guint               last_julian,
                  KoersCalendarList  *self)
{
  if (self->stale)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      refresh_all (self);
      return;
    }
  koers_dirty_days_add (&self->dirty, first_julian, last_julian);
}

/* The columns ------------------------------------------------------------ */

static char *
cell_text (KoersCalendarList *self,
           KoersCalendarItem *item,
           Column             column)
{
  KoersCalendarEntry *entry = koers_calendar_item_get_entry (item);

  switch (column)
    {
    case COLUMN_DATE:
      /* "ma 1 mrt 2027" */
      /* xgettext:no-c-format */
      return koers_calendar_format_date (koers_calendar_item_get_date (item), _("%a %-d %b %Y"));
    case COLUMN_TIME:
      {
        char *text = koers_calendar_format_time (koers_calendar_item_get_time (item));

        return text != NULL ? text : g_strdup ("");
      }
    case COLUMN_CHANNEL:
      {
        const char *id = koers_calendar_entry_get_channel (entry);
        KoersChannel *channel = id != NULL && self->plan != NULL
                                ? koers_plan_find_channel (self->plan, id) : NULL;

        return g_strdup (channel != NULL ? koers_channel_get_name (channel) : (id ? id : ""));
      }
    case COLUMN_TITLE:
      {
        const char *title = koers_calendar_entry_get_title (entry);

        return g_strdup (title != NULL && *title != '\0' ? title : _("Untitled"));
      }
    case COLUMN_KIND:
      return g_strdup (koers_calendar_kind_label (koers_calendar_entry_get_kind (entry)));
    case COLUMN_PART:
      {
        KoersEntryPart part = koers_calendar_entry_get_rose_part (entry);

        return g_strdup (part == KOERS_ENTRY_PART_NONE ? "" : koers_calendar_part_label (part));
      }
    case COLUMN_OWNER:
      return koers_calendar_owner_name (self->plan, koers_calendar_entry_get_owner (entry));
    case COLUMN_STATUS:
      return g_strdup_printf ("%s %s",
                              koers_calendar_status_mark (koers_calendar_entry_get_status (entry)),
                              koers_calendar_status_label (koers_calendar_entry_get_status (entry)));
    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         KoersCalendarList        *self)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "koers-column"));
  KoersCalendarItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *text = item != NULL ? cell_text (self, item, column) : NULL;

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text != NULL ? text : "");
}

static int
compare_strings (const char *a,
                 const char *b)
{
  g_autofree char *ka = g_utf8_collate_key (a != NULL ? a : "", -1);
  g_autofree char *kb = g_utf8_collate_key (b != NULL ? b : "", -1);

  return strcmp (ka, kb);
}

static int
compare_in_order (KoersCalendarItem *a,
                  KoersCalendarItem *b)
{
  int c = g_date_compare (koers_calendar_item_get_date (a), koers_calendar_item_get_date (b));

  if (c != 0)
    return c;
  return (koers_calendar_item_get_time (a) > koers_calendar_item_get_time (b)) -
         (koers_calendar_item_get_time (a) < koers_calendar_item_get_time (b));
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  KoersCalendarItem *x = (KoersCalendarItem *) a, *y = (KoersCalendarItem *) b;
  KoersCalendarEntry *ex = koers_calendar_item_get_entry (x);
  KoersCalendarEntry *ey = koers_calendar_item_get_entry (y);
  Column column = GPOINTER_TO_UINT (data);
  int c = 0;

  switch (column)
    {
    case COLUMN_DATE:
      break;
    case COLUMN_TIME:
      c = (koers_calendar_item_get_time (x) > koers_calendar_item_get_time (y)) -
          (koers_calendar_item_get_time (x) < koers_calendar_item_get_time (y));
      break;
    case COLUMN_CHANNEL:
      c = g_strcmp0 (koers_calendar_entry_get_channel (ex), koers_calendar_entry_get_channel (ey));
      break;
    case COLUMN_TITLE:
      c = compare_strings (koers_calendar_entry_get_title (ex), koers_calendar_entry_get_title (ey));
      break;
    case COLUMN_KIND:
      c = (int) koers_calendar_entry_get_kind (ex) - (int) koers_calendar_entry_get_kind (ey);
      break;
    case COLUMN_PART:
      c = (int) koers_calendar_entry_get_rose_part (ex) - (int) koers_calendar_entry_get_rose_part (ey);
      break;
    case COLUMN_OWNER:
      c = g_strcmp0 (koers_calendar_entry_get_owner (ex), koers_calendar_entry_get_owner (ey));
      break;
    case COLUMN_STATUS:
      c = (int) koers_calendar_entry_get_status (ex) - (int) koers_calendar_entry_get_status (ey);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
  if (c == 0)
    c = compare_in_order (x, y);
  return c < 0 ? GTK_ORDERING_SMALLER : c > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
activate_cb (GtkColumnView     *view,
             guint              position,
             KoersCalendarList *self)
{
  g_autoptr(KoersCalendarItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item != NULL)
    g_signal_emit (self, signals[OPEN_ENTRY], 0, item);
}

/* The widget -------------------------------------------------------------- */

static void
koers_calendar_list_dispose (GObject *object)
{
  KoersCalendarList *self = (KoersCalendarList *) object;

  koers_calendar_list_set_plan (self, NULL);
  koers_dirty_days_clear (&self->dirty);
  g_clear_handle_id (&self->fill_id, g_source_remove);
  g_clear_handle_id (&self->scroll_id, g_source_remove);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (koers_calendar_list_parent_class)->dispose (object);
}

static void
koers_calendar_list_class_init (KoersCalendarListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_calendar_list_dispose;
  widget_class->map = koers_calendar_list_map;

  signals[OPEN_ENTRY] = g_signal_new ("open-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, KOERS_TYPE_CALENDAR_ITEM);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "koers-calendar-list");
}

static void
koers_calendar_list_init (KoersCalendarList *self)
{
  koers_dirty_days_init (&self->dirty, refresh_days, self);
  g_date_clear (&self->from, 1);
  g_date_clear (&self->to, 1);
  g_date_clear (&self->scroll_date, 1);

  self->store = g_list_store_new (KOERS_TYPE_CALENDAR_ITEM);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->store)), NULL);
  gtk_filter_list_model_set_incremental (self->filtered, TRUE);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), NULL);
  gtk_sort_list_model_set_incremental (self->sorted, TRUE);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_set_show_column_separators (self->view, FALSE);
  gtk_column_view_set_single_click_activate (self->view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Agenda"), -1);
  g_signal_connect (self->view, "activate", G_CALLBACK (activate_cb), self);

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      g_object_set_data (G_OBJECT (factory), "koers-column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
      column = gtk_column_view_column_new (_(column_titles[c]), factory);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, GUINT_TO_POINTER (c), NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, column_widths[c]);
      if (c == COLUMN_TITLE)
        gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (self->view, column);
    }
  gtk_sort_list_model_set_sorter (self->sorted, gtk_column_view_get_sorter (self->view));

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->view));
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)),
                            "changed", G_CALLBACK (queue_scroll), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (queue_scroll), self);
}

GtkWidget *
koers_calendar_list_new (void)
{
  return g_object_new (KOERS_TYPE_CALENDAR_LIST, NULL);
}

void
koers_calendar_list_set_plan (KoersCalendarList *self,
                              KoersPlan         *plan)
{
  g_return_if_fail (KOERS_IS_CALENDAR_LIST (self));

  if (self->plan == plan)
    return;
  if (self->index != NULL)
    g_clear_signal_handler (&self->index_changed_id, self->index);
  self->index = NULL;
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    {
      self->index = koers_calendar_index_get_for_plan (plan);
      self->index_changed_id = g_signal_connect (self->index, "changed",
                                                 G_CALLBACK (index_changed_cb), self);
    }
  refresh_all (self);
}

void
koers_calendar_list_set_filter (KoersCalendarList   *self,
                                KoersCalendarFilter *filter)
{
  g_return_if_fail (KOERS_IS_CALENDAR_LIST (self));

  gtk_filter_list_model_set_filter (self->filtered, GTK_FILTER (filter));
}

/* The days the agenda lists, both included */
void
koers_calendar_list_set_range (KoersCalendarList *self,
                               const GDate       *from,
                               const GDate       *to)
{
  g_return_if_fail (KOERS_IS_CALENDAR_LIST (self));
  g_return_if_fail (from != NULL && to != NULL);

  if (g_date_valid (&self->from) && g_date_valid (&self->to) &&
      g_date_compare (from, &self->from) == 0 && g_date_compare (to, &self->to) == 0)
    return;
  self->from = *from;
  self->to = *to;
  refresh_all (self);
}

/* The rows as shown: filtered and sorted */
GListModel *
koers_calendar_list_get_model (KoersCalendarList *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_LIST (self), NULL);

  return G_LIST_MODEL (self->selection);
}

GtkColumnView *
koers_calendar_list_get_column_view (KoersCalendarList *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_LIST (self), NULL);

  return self->view;
}

KoersCalendarItem *
koers_calendar_list_get_selected (KoersCalendarList *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_LIST (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/* Scrolls to the first row on or after @date (in date order) */
/* The first row on or after the day to scroll to, once the rows up to
 * that day are filled in, filtered and sorted and the view knows its
 * height: the list is filled a few weeks at a time after it is shown. */
static gboolean
try_scroll (KoersCalendarList *self)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));

  if (!g_date_valid (&self->scroll_date))
    return TRUE;
  if (self->stale || (self->fill_id != 0 && self->filled < g_date_get_julian (&self->scroll_date)) ||
      gtk_filter_list_model_get_pending (self->filtered) > 0 ||
      gtk_sort_list_model_get_pending (self->sorted) > 0 ||
      gtk_adjustment_get_page_size (adj) <= 0)
    return FALSE;
  /* Nothing to scroll yet (or a first layout that measured only the rows in
   * sight): again when the rows or the height change */
  if (gtk_adjustment_get_upper (adj) <= gtk_adjustment_get_page_size (adj))
    return FALSE;

  /* GTK 4.8 has no gtk_column_view_scroll_to (4.12): go by the position */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersCalendarItem) item = g_list_model_get_item (model, i);

      if (g_date_compare (koers_calendar_item_get_date (item), &self->scroll_date) >= 0)
        {
          gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) * i / n);
          break;
        }
    }
  g_date_clear (&self->scroll_date, 1);
  return TRUE;
}

static gboolean
scroll_idle_cb (gpointer data)
{
  KoersCalendarList *self = data;

  self->scroll_id = 0;
  if (try_scroll (self))
    g_date_clear (&self->scroll_date, 1);
  return G_SOURCE_REMOVE;
}

static void
queue_scroll (KoersCalendarList *self)
{
  if (g_date_valid (&self->scroll_date) && self->scroll_id == 0)
    self->scroll_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 40, scroll_idle_cb, self, NULL);
}

/**
 * koers_calendar_list_scroll_to_date:
 *
 * Scrolls to the first row on or after @date: now, or as soon as the rows
 * up to it are there (the list fills after it is shown).
 */
void
koers_calendar_list_scroll_to_date (KoersCalendarList *self,
                                    const GDate       *date)
{
  g_return_if_fail (KOERS_IS_CALENDAR_LIST (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->scroll_date = *date;
  if (!try_scroll (self))
    queue_scroll (self);
}
