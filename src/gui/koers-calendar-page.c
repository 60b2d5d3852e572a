/* koers-calendar-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contentkalender: the page a social media manager keeps open all
 * year. Three views of the same occurrences (month, week, list), one shared
 * filter shown as removable chips, and a side panel to edit a post. Every
 * gesture is one step of the undo history: adding (a click on a day),
 * moving (a drag, Alt+arrows), shifting a selection, duplicating, deleting
 * (with Undo in the window's notice). An occurrence of a series asks which
 * posts a change is for; the series operations are the core's
 * (koers-calendar-series.h).
 */
#define G_LOG_DOMAIN "koers-calendar-page"

#include "config.h"

#include <stdio.h>

#include <string.h>

#include <glib/gi18n.h>

#include "koers-calendar-page.h"
#include "koers-bind.h"
#include "koers-calendar-index.h"
#include "koers-calendar-export.h"
#include "koers-calendar-item.h"
#include "koers-calendar-list.h"
#include "koers-calendar-series.h"
#include "koers-calendar-transfer.h"
#include "koers-calendar-util.h"
#include "koers-continuity.h"
#include "koers-entry-chip.h"
#include "koers-entry-editor.h"
#include "koers-export-dialog.h"
#include "koers-export-status.h"
#include "koers-month-view.h"
#include "koers-role.h"
#include "koers-week-view.h"

struct _KoersCalendarPage
{
  KoersPage            parent_instance;

  GtkWidget           *previous_button;
  GtkWidget           *next_button;
  GtkMenuButton       *month_button;
  GtkPopover          *jump_popover;
  GtkDropDown         *jump_month;
  GtkSpinButton       *jump_year;
  GtkSearchEntry      *search_entry;
  GtkMenuButton       *filter_button;
  GtkDropDown         *channel_filter;
  GtkDropDown         *status_filter;
  GtkDropDown         *kind_filter;
  GtkDropDown         *owner_filter;
  GtkWidget           *chips_row;
  GtkBox              *chips_box;
  GtkWidget           *selection_box;
  GtkLabel            *selection_label;
  GtkSpinButton       *shift_spin;
  GtkStack            *views;
  GtkToggleButton     *month_toggle;
  GtkToggleButton     *week_toggle;
  GtkToggleButton     *list_toggle;
  KoersMonthView      *month_view;
  KoersWeekView       *week_view;
  GtkScrolledWindow   *week_scrolled;
  GtkBox              *week_box;
  gboolean             week_scrolled_once;
  guint                week_scroll_id;
  KoersCalendarList   *list_view;
  GtkWidget           *empty_box;
  GtkRevealer         *editor_revealer;
  KoersEntryEditor    *editor;
  GtkWidget           *day_popover;
  KoersExportStatus   *export_status;
  GtkFileChooserNative *chooser;     /* weak: an open Import or Export dialog */

  KoersCalendarFilter *filter;
  GPtrArray           *selected;     /* KoersCalendarEntry, owned */
  GPtrArray           *channel_ids;  /* the channel filter's ids, after "any" */
  GPtrArray           *owner_ids;
  gulong               entries_changed_id;
  GListModel          *entries;
  guint                hover_id;
  int                  hover_direction;
  gboolean             updating_filters;

  GPtrArray           *continuity;   /* KoersChannelContinuity of the period */
  guint                continuity_id;
  gboolean             continuity_stale;  /* to compute when mapped */
  gulong               calendar_changed_id;
  gulong               channels_changed_id;

  KoersExportChoices    export;       /* what the Export dialog chose last */
};

G_DEFINE_FINAL_TYPE (KoersCalendarPage, koers_calendar_page, KOERS_TYPE_PAGE)

static void show_continuity (KoersCalendarPage *self);

static KoersPlan *
get_plan (KoersCalendarPage *self)
{
  return koers_page_get_plan (KOERS_PAGE (self));
}

static const GDate *
current_date (KoersCalendarPage *self)
{
  return koers_month_view_get_focus_date (self->month_view);
}

static gboolean
showing (KoersCalendarPage *self,
         const char        *name)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->views), name) == 0;
}

/* The header ----------------------------------------------------------- */

static void
update_title (KoersCalendarPage *self)
{
  g_autofree char *month = koers_calendar_format_date (koers_month_view_get_month (self->month_view),
                                                       /* "maart 2027" */
                                                       /* xgettext:no-c-format */
                                                       _("%B %Y"));
  g_autofree char *title = NULL;

  if (showing (self, "week"))
    {
      const GDate *date = koers_week_view_get_date (self->week_view);
      /* xgettext:no-c-format */
      g_autofree char *week_month = koers_calendar_format_date (date, _("%B %Y"));

      title = g_strdup_printf (_("Week %u · %s"), koers_calendar_iso_week (date), week_month);
    }
  gtk_menu_button_set_label (self->month_button, title != NULL ? title : month);
  koers_calendar_set_tooltip (self->previous_button,
                               showing (self, "week") ? _("Previous week (Page Up)")
                                                      : _("Previous month (Page Up)"));
  koers_calendar_set_tooltip (self->next_button,
                               showing (self, "week") ? _("Next week (Page Down)")
                                                      : _("Next month (Page Down)"));
}

static void
update_list_range (KoersCalendarPage *self)
{
  KoersPlan *plan = get_plan (self);
  const GDate *start = plan != NULL ? koers_plan_get_period_start (plan) : NULL;
  const GDate *end = plan != NULL ? koers_plan_get_period_end (plan) : NULL;
  GDate from, to;

  /* The plan period, else the year of the month shown */
  if (start != NULL && end != NULL && g_date_valid (start) && g_date_valid (end) &&
      g_date_compare (start, end) <= 0)
    {
      from = *start;
      to = *end;
    }
  else
    {
      guint year = g_date_get_year (koers_month_view_get_month (self->month_view));

      g_date_clear (&from, 1);
      g_date_clear (&to, 1);
      g_date_set_dmy (&from, 1, G_DATE_JANUARY, year);
      g_date_set_dmy (&to, 31, G_DATE_DECEMBER, year);
    }
  koers_calendar_list_set_range (self->list_view, &from, &to);
}

static void
month_changed_cb (KoersCalendarPage *self)
{
  /* The week view follows when it is shown (view_changed_cb): a hidden
   * view builds nothing */
  update_title (self);
  if (self->continuity != NULL)
    show_continuity (self);
}

static gboolean
scroll_week_cb (gpointer data)
{
  KoersCalendarPage *self = data;
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->week_scrolled);

  self->week_scroll_id = 0;
  gtk_adjustment_set_value (adj, koers_week_view_get_hour_y (self->week_view, 7));
  return G_SOURCE_REMOVE;
}

/* The first layout gave the view its height: scroll after it (a change of
 * the value during the layout would be lost) */
static void
week_adjustment_changed_cb (GtkAdjustment     *adj,
                            KoersCalendarPage *self)
{
  if (gtk_adjustment_get_page_size (adj) <= 0)
    return;
  g_signal_handlers_disconnect_by_func (adj, week_adjustment_changed_cb, self);
  if (self->week_scroll_id == 0)
    self->week_scroll_id = g_idle_add (scroll_week_cb, self);
}

/* The view buttons choose the stack's page, and follow it */
static void
view_toggled_cb (KoersCalendarPage *self,
                 GtkToggleButton   *button)
{
  if (!gtk_toggle_button_get_active (button) || self->views == NULL)
    return;
  gtk_stack_set_visible_child_name (self->views,
                                    button == self->week_toggle ? "week" :
                                    button == self->list_toggle ? "list" : "month");
}

static void
view_changed_cb (KoersCalendarPage *self)
{
  if (self->month_view == NULL)
    return;
  gtk_toggle_button_set_active (showing (self, "week") ? self->week_toggle :
                                showing (self, "list") ? self->list_toggle : self->month_toggle,
                                TRUE);
  if (showing (self, "week"))
    {
      koers_week_view_set_date (self->week_view, current_date (self));
      /* The working day in sight, the first time */
      if (!self->week_scrolled_once)
        {
          GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->week_scrolled);

          self->week_scrolled_once = TRUE;
          /* before its first layout the view has no height to scroll in */
          if (gtk_adjustment_get_page_size (adj) > 0)
            self->week_scroll_id = g_idle_add (scroll_week_cb, self);
          else
            g_signal_connect_object (adj, "changed", G_CALLBACK (week_adjustment_changed_cb), self, 0);
        }
    }
  else if (showing (self, "list"))
    {
      update_list_range (self);
      koers_calendar_list_scroll_to_date (self->list_view, current_date (self));
    }
  update_title (self);
}

/* Shifts the view shown: a month, or a week in the week view */
static void
go (KoersCalendarPage *self,
    int                direction)
{
  if (showing (self, "week"))
    {
      GDate date = *koers_week_view_get_date (self->week_view);

      if (direction < 0)
        g_date_subtract_days (&date, 7);
      else
        g_date_add_days (&date, 7);
      koers_week_view_set_date (self->week_view, &date);
      koers_month_view_set_month (self->month_view, &date);
      update_title (self);
    }
  else
    koers_month_view_shift_month (self->month_view, direction);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  go (KOERS_CALENDAR_PAGE (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go (KOERS_CALENDAR_PAGE (widget), 1);
}

/**
 * koers_calendar_page_show_date:
 *
 * Shows @date in the view that shows (the month or week of it, or the list
 * scrolled to it): what a finding links to.
 */
void
koers_calendar_page_show_date (KoersCalendarPage *self,
                               const GDate       *date)
{
  g_return_if_fail (KOERS_IS_CALENDAR_PAGE (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  koers_month_view_set_month (self->month_view, date);
  if (showing (self, "month"))
    koers_month_view_focus_date (self->month_view, date);
  else if (showing (self, "week"))
    koers_week_view_set_date (self->week_view, date);
  else
    koers_calendar_list_scroll_to_date (self->list_view, date);
  update_title (self);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GDate today;

  koers_calendar_today (&today);
  koers_calendar_page_show_date (KOERS_CALENDAR_PAGE (widget), &today);
}

static void
keep_chooser (KoersCalendarPage    *self,
              GtkFileChooserNative *chooser)
{
  /* one dialog at a time: a second ask shows the open one */
  g_set_weak_pointer (&self->chooser, chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersCalendarPage *self = KOERS_CALENDAR_PAGE (widget);

  if (self->chooser != NULL)
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
  else
    keep_chooser (self, koers_calendar_transfer_import (KOERS_PAGE (self)));
}

static void
export_ical_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KoersCalendarPage *self = KOERS_CALENDAR_PAGE (widget);

  if (self->chooser != NULL)
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
  else
    keep_chooser (self, koers_calendar_export_show (KOERS_PAGE (self), self->export_status,
                                                    KOERS_CALENDAR_EXPORT_ICAL));
}

static void
jump_clicked_cb (KoersCalendarPage *self)
{
  GDate date;
  guint month = gtk_drop_down_get_selected (self->jump_month);

  if (month == GTK_INVALID_LIST_POSITION || month > 11)
    month = 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, month + 1, gtk_spin_button_get_value_as_int (self->jump_year));
  gtk_popover_popdown (self->jump_popover);
  koers_calendar_page_show_date (self, &date);
}

static void
jump_shown_cb (KoersCalendarPage *self)
{
  const GDate *month = koers_month_view_get_month (self->month_view);

  gtk_drop_down_set_selected (self->jump_month, g_date_get_month (month) - 1);
  gtk_spin_button_set_value (self->jump_year, g_date_get_year (month));
}

/* While a drag hovers the arrows, the view turns a page every moment */
static gboolean
hover_timeout_cb (gpointer data)
{
  KoersCalendarPage *self = data;

  go (self, self->hover_direction);
  return G_SOURCE_CONTINUE;
}

static void
arrow_drag_enter_cb (GtkDropControllerMotion *motion,
                     double                   x,
                     double                   y,
                     KoersCalendarPage       *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (motion));

  self->hover_direction = button == self->previous_button ? -1 : 1;
  g_clear_handle_id (&self->hover_id, g_source_remove);
  self->hover_id = g_timeout_add (700, hover_timeout_cb, self);
}

static void
arrow_drag_leave_cb (GtkDropControllerMotion *motion,
                     KoersCalendarPage       *self)
{
  g_clear_handle_id (&self->hover_id, g_source_remove);
}

/* The selection ---------------------------------------------------------- */

static void
update_chips_row (KoersCalendarPage *self)
{
  gtk_widget_set_visible (self->chips_row, koers_calendar_filter_is_active (self->filter) ||
                                           self->selected->len > 0);
}

static void
update_selection (KoersCalendarPage *self)
{
  g_autofree char *text = NULL;

  koers_month_view_set_selection (self->month_view, self->selected);
  koers_week_view_set_selection (self->week_view, self->selected);
  gtk_widget_set_visible (self->selection_box, self->selected->len > 0);
  update_chips_row (self);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u post selected", "%u posts selected",
                                       self->selected->len),
                          self->selected->len);
  gtk_label_set_text (self->selection_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.shift-selected", self->selected->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.clear-selection", self->selected->len > 0);
}

static void
toggle_entry_cb (KoersCalendarPage *self,
                 KoersCalendarItem *item)
{
  KoersCalendarEntry *entry = koers_calendar_item_get_entry (item);
  guint index;

  if (g_ptr_array_find (self->selected, entry, &index))
    g_ptr_array_remove_index (self->selected, index);
  else
    g_ptr_array_add (self->selected, g_object_ref (entry));
  update_selection (self);
}

static void
shift_selected_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KoersCalendarPage *self = KOERS_CALENDAR_PAGE (widget);
  int days = gtk_spin_button_get_value_as_int (self->shift_spin);
  g_autoptr(GPtrArray) in_plan = g_ptr_array_new ();

  /* Only the entries that are still in the plan (undo may have taken some) */
  for (guint i = 0; i < self->selected->len; i++)
    if (koers_plan_of (g_ptr_array_index (self->selected, i)) == get_plan (self))
      g_ptr_array_add (in_plan, g_ptr_array_index (self->selected, i));
  if (days == 0 || in_plan->len == 0)
    return;
  koers_calendar_move_entries (get_plan (self), (KoersCalendarEntry *const *) in_plan->pdata,
                               in_plan->len, days);
}

static void
clear_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KoersCalendarPage *self = KOERS_CALENDAR_PAGE (widget);

  g_ptr_array_set_size (self->selected, 0);
  update_selection (self);
}

/* Editing ------------------------------------------------------------- */

static void
open_item (KoersCalendarPage *self,
           KoersCalendarItem *item,
           gboolean           ask_scope)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* The keyboard leaves a panel that closes for the day it was about */
  if (item == NULL && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->editor)))
    {
      if (showing (self, "month"))
        koers_month_view_focus_date (self->month_view, current_date (self));
      else
        gtk_widget_child_focus (gtk_stack_get_visible_child (self->views), GTK_DIR_TAB_FORWARD);
    }
  koers_entry_editor_set_item (self->editor, get_plan (self), item, ask_scope);
  gtk_revealer_set_reveal_child (self->editor_revealer, item != NULL);
}

static KoersCalendarItem *
item_for (KoersCalendarEntry *entry,
          const GDate        *date,
          const GDate        *origin)
{
  KoersOccurrence occ = { 0 };

  occ.entry = entry;
  occ.date = *date;
  occ.origin = origin != NULL ? *origin : *date;
  occ.time = koers_calendar_entry_get_time (entry);
  return koers_calendar_item_new (&occ);
}

static void
add_on (KoersCalendarPage *self,
        const GDate       *date)
{
  KoersPlan *plan = get_plan (self);
  g_autoptr(KoersCalendarEntry) entry = NULL;
  g_autoptr(KoersCalendarItem) item = NULL;

  if (plan == NULL)
    return;
  entry = koers_calendar_entry_new ();
  koers_calendar_entry_set_date (entry, date);
  if (koers_calendar_filter_get_channel (self->filter) != NULL)
    koers_calendar_entry_set_channel (entry, koers_calendar_filter_get_channel (self->filter));
  /* One step: the new entry with its day */
  koers_plan_append (plan, koers_plan_get_entries (plan), entry);
  item = item_for (entry, date, NULL);
  open_item (self, item, FALSE);
  koers_entry_editor_focus_title (self->editor);
}

static void
add_entry_cb (KoersCalendarPage *self,
              guint              julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  add_on (self, &date);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KoersCalendarPage *self = KOERS_CALENDAR_PAGE (widget);

  add_on (self, showing (self, "week") ? koers_week_view_get_date (self->week_view)
                                       : current_date (self));
}

static void
open_entry_cb (KoersCalendarPage *self,
               KoersCalendarItem *item)
{
  open_item (self, item, TRUE);
}

static void
editor_close_cb (KoersCalendarPage *self)
{
  open_item (self, NULL, FALSE);
}

/* The entry to edit or move for @scope of @item's series: the override of
 * the one occurrence, the new series from it, or the series itself. Each
 * of the core's calls is one undo step. */
static KoersCalendarEntry *
entry_for_scope (KoersCalendarPage *self,
                 KoersCalendarItem *item,
                 KoersSeriesScope   scope)
{
  const KoersOccurrence *occ = koers_calendar_item_get_occurrence (item);
  KoersPlan *plan = get_plan (self);

  if (!koers_calendar_entry_is_series (occ->entry))
    return occ->entry;
  switch (scope)
    {
    case KOERS_SERIES_SCOPE_ONE:
      return koers_calendar_detach_occurrence (plan, occ->entry, &occ->origin);
    case KOERS_SERIES_SCOPE_FOLLOWING:
      return koers_calendar_split_series (plan, occ->entry, &occ->origin);
    case KOERS_SERIES_SCOPE_ALL:
    default:
      return occ->entry;
    }
}

static void
editor_scope_cb (KoersCalendarPage *self,
                 int                scope)
{
  KoersCalendarItem *current = koers_entry_editor_get_item (self->editor);
  g_autoptr(KoersCalendarItem) keep = current != NULL ? g_object_ref (current) : NULL;
  const KoersOccurrence *occ;
  KoersCalendarEntry *entry;
  g_autoptr(KoersCalendarItem) item = NULL;

  if (keep == NULL)
    return;
  occ = koers_calendar_item_get_occurrence (keep);
  entry = entry_for_scope (self, keep, scope);
  if (entry == NULL)
    return;
  item = item_for (entry, &occ->date, scope == KOERS_SERIES_SCOPE_ONE ? &occ->origin : NULL);
  open_item (self, item, FALSE);
  koers_entry_editor_focus_title (self->editor);
}

static void
editor_duplicate_cb (KoersCalendarPage *self)
{
  KoersCalendarItem *current = koers_entry_editor_get_item (self->editor);
  KoersCalendarEntry *entry;
  g_autoptr(KoersCalendarEntry) copy = NULL;
  g_autoptr(KoersCalendarItem) item = NULL;
  KoersPlan *plan = get_plan (self);
  static const char *copied[] = {
    "time", "channel", "title", "text", "kind", "rose-part", "owner", "status", "hours",
  };

  if (current == NULL || plan == NULL)
    return;
  entry = koers_calendar_item_get_entry (current);
  copy = koers_calendar_entry_new ();
  /* A copy of the one post shown, on its day; not of the whole series */
  koers_calendar_entry_set_date (copy, koers_calendar_item_get_date (current));
  for (guint i = 0; i < G_N_ELEMENTS (copied); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (entry), copied[i], &value);
      g_object_set_property (G_OBJECT (copy), copied[i], &value);
    }
  koers_plan_append (plan, koers_plan_get_entries (plan), copy);
  item = item_for (copy, koers_calendar_item_get_date (current), NULL);
  open_item (self, item, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-notice", "(sb)", _("Post duplicated"), FALSE);
}

static void
delete_item (KoersCalendarPage *self,
             KoersCalendarItem *item,
             KoersSeriesScope   scope)
{
  const KoersOccurrence *occ = koers_calendar_item_get_occurrence (item);
  KoersPlan *plan = get_plan (self);
  guint index;

  if (koers_calendar_entry_is_series (occ->entry) && scope == KOERS_SERIES_SCOPE_ONE)
    koers_calendar_skip_occurrence (plan, occ->entry, &occ->origin);
  else if (koers_calendar_entry_is_series (occ->entry) && scope == KOERS_SERIES_SCOPE_FOLLOWING)
    {
      koers_plan_begin_change (plan);
      koers_plan_remove (plan, koers_calendar_split_series (plan, occ->entry, &occ->origin));
      koers_plan_end_change (plan);
    }
  else
    koers_plan_remove (plan, occ->entry);
  if (g_ptr_array_find (self->selected, occ->entry, &index))
    {
      g_ptr_array_remove_index (self->selected, index);
      update_selection (self);
    }
  open_item (self, NULL, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-notice", "(sb)", _("Post deleted"), TRUE);
}

/* Asking which posts of a series: "only this one, this and the following
 * ones, or the whole series" ----------------------------------------------- */

typedef void (*ScopeFunc) (KoersCalendarPage *self,
                           KoersCalendarItem *item,
                           KoersSeriesScope   scope,
                           int                days,
                           int                time);

typedef struct
{
  KoersCalendarPage *self;
  KoersCalendarItem *item;
  ScopeFunc          func;
  int                days;
  int                time;
} ScopeQuestion;

static void
scope_response_cb (GtkDialog     *dialog,
                   int            response,
                   ScopeQuestion *question)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response >= KOERS_SERIES_SCOPE_ONE && response <= KOERS_SERIES_SCOPE_ALL &&
      koers_plan_of (koers_calendar_item_get_entry (question->item)) == get_plan (question->self))
    question->func (question->self, question->item, response, question->days, question->time);
  g_object_unref (question->self);
  g_object_unref (question->item);
  g_free (question);
}

static void
ask_scope (KoersCalendarPage *self,
           KoersCalendarItem *item,
           const char        *message,
           ScopeFunc          func,
           int                days,
           int                time)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  ScopeQuestion *question;
  GtkWidget *dialog;

  if (!koers_calendar_entry_is_series (koers_calendar_item_get_entry (item)))
    {
      func (self, item, KOERS_SERIES_SCOPE_ALL, days, time);
      return;
    }
  question = g_new0 (ScopeQuestion, 1);
  question->self = g_object_ref (self);
  question->item = g_object_ref (item);
  question->func = func;
  question->days = days;
  question->time = time;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", message);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("This post is part of a series."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Only this one"), KOERS_SERIES_SCOPE_ONE);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("This and the _following ones"),
                         KOERS_SERIES_SCOPE_FOLLOWING);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("The _whole series"), KOERS_SERIES_SCOPE_ALL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), KOERS_SERIES_SCOPE_ONE);
  g_object_set_data (G_OBJECT (dialog), "koers-scope-question", question);
  g_signal_connect (dialog, "response", G_CALLBACK (scope_response_cb), question);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_scoped (KoersCalendarPage *self,
               KoersCalendarItem *item,
               KoersSeriesScope   scope,
               int                days,
               int                time)
{
  delete_item (self, item, scope);
}

static void
editor_delete_cb (KoersCalendarPage *self)
{
  KoersCalendarItem *current = koers_entry_editor_get_item (self->editor);
  g_autoptr(KoersCalendarItem) item = current != NULL ? g_object_ref (current) : NULL;

  if (item == NULL)
    return;
  ask_scope (self, item, _("Delete which posts?"), delete_scoped, 0, -1);
}

/* Moves @item's entry (for @scope) by @days, and to @time unless it is -2:
 * one undo step. */
static void
move_scoped (KoersCalendarPage *self,
             KoersCalendarItem *item,
             KoersSeriesScope   scope,
             int                days,
             int                time)
{
  KoersPlan *plan = get_plan (self);
  KoersCalendarEntry *entry;

  koers_plan_begin_change (plan);
  entry = entry_for_scope (self, item, scope);
  if (entry != NULL && days != 0)
    koers_calendar_move_entries (plan, &entry, 1, days);
  if (entry != NULL && time != -2)
    koers_calendar_entry_set_time (entry, time);
  koers_plan_end_change (plan);

  if (entry != NULL && koers_entry_editor_get_item (self->editor) != NULL &&
      koers_entry_editor_get_entry (self->editor) == koers_calendar_item_get_entry (item))
    {
      GDate date = *koers_calendar_item_get_date (item);
      g_autoptr(KoersCalendarItem) moved = NULL;

      if (days < 0)
        g_date_subtract_days (&date, -days);
      else
        g_date_add_days (&date, days);
      moved = item_for (entry, &date, NULL);
      open_item (self, moved, TRUE);
    }
}

static void
move_entry_cb (KoersCalendarPage *self,
               KoersCalendarItem *item,
               int                days)
{
  ask_scope (self, item, _("Move which posts?"), move_scoped, days, -2);
}

static void
move_timed_cb (KoersCalendarPage *self,
               KoersCalendarItem *item,
               int                days,
               int                time)
{
  ask_scope (self, item, _("Move which posts?"), move_scoped, days, time);
}

/* "+N": the whole day in a popover ------------------------------------------ */

static void
day_chip_activate_cb (KoersEntryChip    *chip,
                      KoersCalendarPage *self)
{
  KoersCalendarItem *item = koers_entry_chip_get_item (chip);

  if (item != NULL)
    {
      g_autoptr(KoersCalendarItem) keep = g_object_ref (item);

      gtk_popover_popdown (GTK_POPOVER (self->day_popover));
      open_item (self, keep, TRUE);
    }
}

static void
show_day_cb (KoersCalendarPage *self,
             guint              julian)
{
  KoersPlan *plan = get_plan (self);
  g_autoptr(GArray) occurrences = NULL;
  GtkWidget *cell, *box, *scrolled, *heading;
  g_autofree char *title = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  cell = koers_month_view_get_cell (self->month_view, &date);
  if (plan == NULL || cell == NULL)
    return;
  occurrences = koers_calendar_index_query (koers_calendar_index_get_for_plan (plan), &date, &date);

  g_clear_pointer (&self->day_popover, gtk_widget_unparent);
  self->day_popover = gtk_popover_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  /* xgettext:no-c-format */
  title = koers_calendar_format_date (&date, _("%A %-d %B %Y"));
  heading = gtk_label_new (title);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  for (guint i = 0; i < occurrences->len; i++)
    {
      const KoersOccurrence *occ = &g_array_index (occurrences, KoersOccurrence, i);
      g_autoptr(KoersCalendarItem) item = NULL;
      GtkWidget *chip;

      if (!koers_calendar_filter_match_entry (self->filter, occ->entry))
        continue;
      item = koers_calendar_item_new (occ);
      chip = koers_entry_chip_new ();
      koers_entry_chip_set_item (KOERS_ENTRY_CHIP (chip), plan, item);
      g_signal_connect_object (chip, "activate", G_CALLBACK (day_chip_activate_cb), self, 0);
      gtk_box_append (GTK_BOX (box), chip);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 400);
  gtk_widget_set_size_request (scrolled, 260, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_popover_set_child (GTK_POPOVER (self->day_popover), scrolled);
  gtk_widget_set_parent (self->day_popover, cell);
  gtk_popover_popup (GTK_POPOVER (self->day_popover));
}

/* The filter, its controls and its chips -------------------------------------- */

static void
chip_remove_cb (GtkButton         *button,
                KoersCalendarPage *self)
{
  KoersCalendarFilterPart part = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "koers-part"));

  koers_calendar_filter_clear (self->filter, part);
  gtk_widget_grab_focus (GTK_WIDGET (self->filter_button));
}

static void
add_filter_chip (KoersCalendarPage       *self,
                 KoersCalendarFilterPart  part,
                 const char              *what,
                 const char              *value)
{
  g_autofree char *label = g_strdup_printf ("%s: %s  ✕", what, value);
  g_autofree char *name = g_strdup_printf (_("Remove the filter %s: %s"), what, value);
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_add_css_class (button, "filter-chip");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (button), "koers-part", GUINT_TO_POINTER (part));
  g_signal_connect (button, "clicked", G_CALLBACK (chip_remove_cb), self);
  gtk_box_append (self->chips_box, button);
}

static void
filter_changed_cb (KoersCalendarPage *self)
{
  KoersPlan *plan = get_plan (self);
  GtkWidget *child;
  const char *value;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))) != NULL)
    gtk_box_remove (self->chips_box, child);

  if ((value = koers_calendar_filter_get_search (self->filter)) != NULL)
    add_filter_chip (self, KOERS_CALENDAR_FILTER_SEARCH, _("Text"), value);
  if ((value = koers_calendar_filter_get_channel (self->filter)) != NULL)
    {
      KoersChannel *channel = plan != NULL ? koers_plan_find_channel (plan, value) : NULL;

      add_filter_chip (self, KOERS_CALENDAR_FILTER_CHANNEL, _("Channel"),
                       channel != NULL ? koers_channel_get_name (channel) : value);
    }
  if (koers_calendar_filter_get_status (self->filter) >= 0)
    add_filter_chip (self, KOERS_CALENDAR_FILTER_STATUS, _("Status"),
                     koers_calendar_status_label (koers_calendar_filter_get_status (self->filter)));
  if (koers_calendar_filter_get_kind (self->filter) >= 0)
    add_filter_chip (self, KOERS_CALENDAR_FILTER_KIND, _("Kind"),
                     koers_calendar_kind_label (koers_calendar_filter_get_kind (self->filter)));
  if ((value = koers_calendar_filter_get_owner (self->filter)) != NULL)
    {
      g_autofree char *owner = koers_calendar_owner_name (plan, value);

      add_filter_chip (self, KOERS_CALENDAR_FILTER_OWNER, _("Owner"), owner);
    }

  update_chips_row (self);

  /* The controls follow the filter (a chip's remove button clears it) */
  self->updating_filters = TRUE;
  if (koers_calendar_filter_get_search (self->filter) == NULL &&
      *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_filter, koers_calendar_filter_get_status (self->filter) + 1);
  gtk_drop_down_set_selected (self->kind_filter, koers_calendar_filter_get_kind (self->filter) + 1);
  if (koers_calendar_filter_get_channel (self->filter) == NULL)
    gtk_drop_down_set_selected (self->channel_filter, 0);
  if (koers_calendar_filter_get_owner (self->filter) == NULL)
    gtk_drop_down_set_selected (self->owner_filter, 0);
  self->updating_filters = FALSE;
}

static void
search_changed_cb (KoersCalendarPage *self)
{
  if (!self->updating_filters)
    koers_calendar_filter_set_search (self->filter,
                                      gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
filter_control_cb (KoersCalendarPage *self)
{
  guint pos;

  if (self->updating_filters)
    return;
  koers_calendar_filter_set_status (self->filter, (int) gtk_drop_down_get_selected (self->status_filter) - 1);
  koers_calendar_filter_set_kind (self->filter, (int) gtk_drop_down_get_selected (self->kind_filter) - 1);
  pos = gtk_drop_down_get_selected (self->channel_filter);
  koers_calendar_filter_set_channel (self->filter, pos >= 1 && pos <= self->channel_ids->len
                                                   ? g_ptr_array_index (self->channel_ids, pos - 1) : NULL);
  pos = gtk_drop_down_get_selected (self->owner_filter);
  koers_calendar_filter_set_owner (self->filter, pos >= 1 && pos <= self->owner_ids->len
                                                 ? g_ptr_array_index (self->owner_ids, pos - 1) : NULL);
}

static void
fill_filter_choices (KoersCalendarPage *self)
{
  KoersPlan *plan = get_plan (self);
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) owners = gtk_string_list_new (NULL);
  guint channel_pos = 0, owner_pos = 0;

  g_ptr_array_set_size (self->channel_ids, 0);
  g_ptr_array_set_size (self->owner_ids, 0);
  gtk_string_list_append (channels, _("Any channel"));
  gtk_string_list_append (owners, _("Anyone"));
  if (plan != NULL)
    {
      GListModel *list = koers_plan_get_channels (plan);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(KoersChannel) channel = g_list_model_get_item (list, i);

          gtk_string_list_append (channels, koers_channel_get_name (channel));
          g_ptr_array_add (self->channel_ids, g_strdup (koers_channel_get_id (channel)));
          if (g_strcmp0 (koers_channel_get_id (channel), koers_calendar_filter_get_channel (self->filter)) == 0)
            channel_pos = i + 1;
        }
      list = koers_plan_get_roles (plan);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(KoersRole) role = g_list_model_get_item (list, i);

          gtk_string_list_append (owners, koers_role_get_name (role));
          g_ptr_array_add (self->owner_ids, g_strdup (koers_role_get_id (role)));
          if (g_strcmp0 (koers_role_get_id (role), koers_calendar_filter_get_owner (self->filter)) == 0)
            owner_pos = i + 1;
        }
    }
  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->channel_filter, G_LIST_MODEL (channels));
  gtk_drop_down_set_model (self->owner_filter, G_LIST_MODEL (owners));
  gtk_drop_down_set_selected (self->channel_filter, channel_pos);
  gtk_drop_down_set_selected (self->owner_filter, owner_pos);
  self->updating_filters = FALSE;
}

/* Continuity on the grid ---------------------------------------------------
 *
 * The core computes per channel the longest silence and the months without
 * a post (koers-continuity.h). The grid shows them where they are: the days
 * of a silence longer than a month are hatched, and the week number of a
 * week in one carries a warning sign and names the channels (its tooltip
 * and accessible name), so that it shows without opening anything and not
 * by colour alone. Computed a moment after the calendar changes. */

#define CONTINUITY_DELAY_MS 300
#define SILENCE_DAYS        30

static void
free_string (gpointer data)
{
  g_string_free (data, TRUE);
}

static void
add_range (GHashTable       *days,
           GHashTable       *weeks,
           const GDate      *grid_first,
           const KoersDateRange *range,
           const char       *channel)
{
  guint first = MAX (g_date_get_julian (&range->first), g_date_get_julian (grid_first));
  guint last = MIN (g_date_get_julian (&range->last), g_date_get_julian (grid_first) + 41);

  for (guint julian = first; julian <= last; julian++)
    {
      guint monday = julian - (julian - g_date_get_julian (grid_first)) % 7;
      GString *names;

      g_hash_table_add (days, GUINT_TO_POINTER (julian));
      names = g_hash_table_lookup (weeks, GUINT_TO_POINTER (monday));
      if (names == NULL)
        {
          names = g_string_new (channel);
          g_hash_table_insert (weeks, GUINT_TO_POINTER (monday), names);
        }
      else if (strstr (names->str, channel) == NULL)
        g_string_append_printf (names, ", %s", channel);
    }
}

static void
show_continuity (KoersCalendarPage *self)
{
  g_autoptr(GHashTable) days = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) strings = g_hash_table_new_full (NULL, NULL, NULL, free_string);
  g_autoptr(GHashTable) notes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  GDate first = *koers_month_view_get_month (self->month_view);
  GHashTableIter iter;
  gpointer key, value;

  g_date_subtract_days (&first, g_date_get_weekday (&first) - G_DATE_MONDAY);
  for (guint i = 0; self->continuity != NULL && i < self->continuity->len; i++)
    {
      const KoersChannelContinuity *c = g_ptr_array_index (self->continuity, i);
      const char *name;

      if (c->channel == NULL || !koers_channel_get_active (c->channel))
        continue;
      name = koers_channel_get_name (c->channel);
      if (name == NULL || *name == '\0')
        name = _("A channel");
      if (c->longest_gap > SILENCE_DAYS && g_date_valid (&c->gap.first) && g_date_valid (&c->gap.last))
        add_range (days, strings, &first, &c->gap, name);
      for (guint j = 0; c->inactive != NULL && j < c->inactive->len; j++)
        add_range (days, strings, &first, &g_array_index (c->inactive, KoersDateRange, j), name);
    }
  g_hash_table_iter_init (&iter, strings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    /* "Stil: Facebook, LinkedIn" */
    g_hash_table_insert (notes, key, g_strdup_printf (_("no posts on %s for more than a month"),
                                                      ((GString *) value)->str));
  koers_month_view_set_marks (self->month_view, days, notes);
}

static gboolean
continuity_cb (gpointer data)
{
  KoersCalendarPage *self = data;
  KoersPlan *plan = get_plan (self);
  const GDate *start, *end;

  self->continuity_id = 0;
  /* A hidden page walks the calendar when it is shown again */
  if (plan != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->continuity_stale = TRUE;
      return G_SOURCE_REMOVE;
    }
  self->continuity_stale = FALSE;
  g_clear_pointer (&self->continuity, g_ptr_array_unref);
  if (plan == NULL)
    return G_SOURCE_REMOVE;
  start = koers_plan_get_period_start (plan);
  end = koers_plan_get_period_end (plan);
  if (start != NULL && end != NULL && g_date_valid (start) && g_date_valid (end) &&
      g_date_compare (start, end) <= 0)
    self->continuity = koers_continuity_channels (plan, start, end);
  show_continuity (self);
  return G_SOURCE_REMOVE;
}

static void
queue_continuity (KoersCalendarPage *self)
{
  g_clear_handle_id (&self->continuity_id, g_source_remove);
  self->continuity_id = g_timeout_add (CONTINUITY_DELAY_MS, continuity_cb, self);
}

static void
koers_calendar_page_map (GtkWidget *widget)
{
  KoersCalendarPage *self = KOERS_CALENDAR_PAGE (widget);

  GTK_WIDGET_CLASS (koers_calendar_page_parent_class)->map (widget);
  if (self->continuity_stale)
    queue_continuity (self);
}

/* The plan ------------------------------------------------------------------ */

static void
update_empty (KoersCalendarPage *self)
{
  gtk_widget_set_visible (self->empty_box,
                          self->entries != NULL && g_list_model_get_n_items (self->entries) == 0);
}

static void
koers_calendar_page_bind (KoersPage *page,
                          KoersPlan *plan)
{
  KoersCalendarPage *self = KOERS_CALENDAR_PAGE (page);

  g_ptr_array_set_size (self->selected, 0);
  koers_month_view_set_plan (self->month_view, plan);
  koers_week_view_set_plan (self->week_view, plan);
  koers_calendar_list_set_plan (self->list_view, plan);
  self->entries = koers_plan_get_entries (plan);
  self->entries_changed_id = g_signal_connect_swapped (self->entries, "items-changed",
                                                       G_CALLBACK (update_empty), self);
  update_empty (self);
  fill_filter_choices (self);
  self->calendar_changed_id = g_signal_connect_swapped (plan, "changed::calendar",
                                                        G_CALLBACK (queue_continuity), self);
  self->channels_changed_id = g_signal_connect_swapped (plan, "changed::technology",
                                                        G_CALLBACK (queue_continuity), self);
  queue_continuity (self);
  update_selection (self);
  update_list_range (self);
  open_item (self, NULL, FALSE);

  /* A plan of a year to come opens on its first month */
  {
    const GDate *start = koers_plan_get_period_start (plan);
    const GDate *end = koers_plan_get_period_end (plan);
    GDate today;

    koers_calendar_today (&today);
    if (start != NULL && end != NULL && g_date_valid (start) && g_date_valid (end) &&
        (g_date_compare (&today, start) < 0 || g_date_compare (&today, end) > 0))
      koers_month_view_set_month (self->month_view, start);
    else
      koers_month_view_set_month (self->month_view, &today);
  }
}

static void
koers_calendar_page_unbind (KoersPage *page,
                            KoersPlan *plan)
{
  KoersCalendarPage *self = KOERS_CALENDAR_PAGE (page);

  if (self->entries != NULL)
    g_clear_signal_handler (&self->entries_changed_id, self->entries);
  g_clear_signal_handler (&self->calendar_changed_id, plan);
  g_clear_signal_handler (&self->channels_changed_id, plan);
  g_clear_handle_id (&self->continuity_id, g_source_remove);
  g_clear_pointer (&self->continuity, g_ptr_array_unref);
  self->entries = NULL;
  g_ptr_array_set_size (self->selected, 0);
  /* During dispose the template's widgets are gone already */
  if (self->editor == NULL)
    return;
  open_item (self, NULL, FALSE);
  /* the old plan's gaps and week notes do not show over the next plan's days */
  koers_month_view_set_marks (self->month_view, NULL, NULL);
  koers_month_view_set_plan (self->month_view, NULL);
  koers_week_view_set_plan (self->week_view, NULL);
  koers_calendar_list_set_plan (self->list_view, NULL);
}

/* Export ▸ CSV table…: one dialog at a time */
static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KoersCalendarPage *self = KOERS_CALENDAR_PAGE (widget);

  if (get_plan (self) == NULL)
    return;
  if (self->chooser != NULL)
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
  else
    keep_chooser (self, koers_calendar_export_show (KOERS_PAGE (self), self->export_status,
                                                    KOERS_CALENDAR_EXPORT_CSV));
}

/* Print and export ------------------------------------------------------ */

/* The month that is showing: the month grid's, or the month of the week */
static const GDate *
shown_month (KoersCalendarPage *self)
{
  if (showing (self, "week"))
    return koers_week_view_get_date (self->week_view);
  return koers_month_view_get_month (self->month_view);
}

/* The print button prints as Ctrl+P does: the window's Print action, with
 * the month get_print_options() gives. */
static void
print_clicked_cb (KoersCalendarPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.print", NULL);
}

static void
export_drawing_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KoersCalendarPage *self = KOERS_CALENDAR_PAGE (widget);

  if (koers_page_get_plan (KOERS_PAGE (self)) == NULL)
    return;
  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }
  keep_chooser (self, koers_export_dialog_show (KOERS_PAGE (self), &self->export,
                                               KOERS_RENDER_STYLE_COLOUR,
                                               _("Export the Content Calendar"),
                                               /* Translators: the suggested file name of the
                                                * exported calendar, without extension */
                                               C_("file name", "content-calendar"),
                                               _("The content calendar could not be exported")));
}

/* The page prints the month it shows: the first to the last day of it */
static void
koers_calendar_page_get_print_options (KoersPage          *page,
                                       KoersRenderOptions *opts)
{
  KoersCalendarPage *self = KOERS_CALENDAR_PAGE (page);
  const GDate *month = shown_month (self);

  if (month == NULL || !g_date_valid (month))
    return;
  g_date_set_dmy (&opts->from, 1, g_date_get_month (month), g_date_get_year (month));
  opts->to = opts->from;
  g_date_set_day (&opts->to, g_date_get_days_in_month (g_date_get_month (month),
                                                       g_date_get_year (month)));
}

static void
koers_calendar_page_dispose (GObject *object)
{
  KoersCalendarPage *self = (KoersCalendarPage *) object;

  if (self->chooser != NULL)
    {
      GtkFileChooserNative *chooser = self->chooser;

      g_clear_weak_pointer (&self->chooser);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
      g_object_unref (chooser);
    }

  g_clear_handle_id (&self->hover_id, g_source_remove);
  g_clear_handle_id (&self->week_scroll_id, g_source_remove);
  g_clear_handle_id (&self->continuity_id, g_source_remove);
  g_clear_pointer (&self->continuity, g_ptr_array_unref);
  g_clear_pointer (&self->day_popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_CALENDAR_PAGE);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (koers_calendar_page_parent_class)->dispose (object);
}

static void
koers_calendar_page_finalize (GObject *object)
{
  KoersCalendarPage *self = (KoersCalendarPage *) object;

  g_ptr_array_unref (self->selected);
  g_ptr_array_unref (self->channel_ids);
  g_ptr_array_unref (self->owner_ids);

  G_OBJECT_CLASS (koers_calendar_page_parent_class)->finalize (object);
}

/* "date/YYYY-MM-DD" and "range/FROM/TO[/...]" (koers-check-calendar.c):
 * the day, or the range's first day */
static gboolean
koers_calendar_page_show_location (KoersPage  *page,
                                   const char *location)
{
  guint y, m, d;
  GDate date;

  if (sscanf (location, "date/%u-%u-%u", &y, &m, &d) != 3 &&
      sscanf (location, "range/%u-%u-%u", &y, &m, &d) != 3)
    return FALSE;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  koers_calendar_page_show_date (KOERS_CALENDAR_PAGE (page), &date);
  return TRUE;
}

static void
koers_calendar_page_class_init (KoersCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->dispose = koers_calendar_page_dispose;
  object_class->finalize = koers_calendar_page_finalize;
  widget_class->map = koers_calendar_page_map;
  page_class->bind = koers_calendar_page_bind;
  page_class->show_location = koers_calendar_page_show_location;
  page_class->unbind = koers_calendar_page_unbind;
  page_class->get_print_options = koers_calendar_page_get_print_options;
  page_class->printable_id = "calendar";
  page_class->wide = TRUE;

  g_type_ensure (KOERS_TYPE_MONTH_VIEW);
  g_type_ensure (KOERS_TYPE_WEEK_VIEW);
  g_type_ensure (KOERS_TYPE_CALENDAR_LIST);
  g_type_ensure (KOERS_TYPE_ENTRY_EDITOR);
  g_type_ensure (KOERS_TYPE_EXPORT_STATUS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, month_button);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, jump_popover);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, jump_month);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, jump_year);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, channel_filter);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, owner_filter);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, chips_row);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, chips_box);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, week_scrolled);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, week_box);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, selection_box);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, selection_label);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, shift_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, views);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, month_toggle);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, week_toggle);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, list_toggle);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, month_view);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, week_view);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, empty_box);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, editor_revealer);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, editor);
  gtk_widget_class_bind_template_child (widget_class, KoersCalendarPage, export_status);
  gtk_widget_class_bind_template_callback (widget_class, jump_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_entry_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_entry_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_entry_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_timed_cb);
  gtk_widget_class_bind_template_callback (widget_class, toggle_entry_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_day_cb);
  gtk_widget_class_bind_template_callback (widget_class, month_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_scope_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_duplicate_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_delete_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_close_cb);

  gtk_widget_class_install_action (widget_class, "calendar.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "calendar.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "calendar.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "calendar.shift-selected", NULL, shift_selected_action);
  gtk_widget_class_install_action (widget_class, "calendar.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_install_action (widget_class, "calendar.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "calendar.export-ical", NULL, export_ical_action);
  gtk_widget_class_install_action (widget_class, "calendar.export-drawing", NULL,
                                   export_drawing_action);
  gtk_widget_class_install_action (widget_class, "calendar.export-csv", NULL, export_csv_action);
  /* The month grid handles these keys itself; elsewhere on the page (the
   * week view) they turn the page too */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "calendar.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "calendar.next", NULL);
}

static void
koers_calendar_page_init (KoersCalendarPage *self)
{
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);
  GtkWidget *arrows[2];
  GDate date;

  gtk_widget_init_template (GTK_WIDGET (self));
  koers_export_dialog_set_status (KOERS_PAGE (self), self->export_status);

  self->selected = g_ptr_array_new_with_free_func (g_object_unref);
  self->channel_ids = g_ptr_array_new_with_free_func (g_free);
  self->owner_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_box_prepend (self->week_box, koers_week_view_get_header (self->week_view));
  self->filter = koers_calendar_filter_new ();
  koers_month_view_set_filter (self->month_view, self->filter);
  koers_week_view_set_filter (self->week_view, self->filter);
  koers_calendar_list_set_filter (self->list_view, self->filter);
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED);

  g_date_clear (&date, 1);
  for (guint m = 1; m <= 12; m++)
    {
      g_autofree char *name = NULL;

      g_date_set_dmy (&date, 1, m, 2024);
      name = koers_calendar_format_date (&date, "%B");
      gtk_string_list_append (months, name);
    }
  gtk_drop_down_set_model (self->jump_month, G_LIST_MODEL (months));
  g_signal_connect_object (self->jump_popover, "show", G_CALLBACK (jump_shown_cb), self,
                           G_CONNECT_SWAPPED);
  koers_spin_button_guard_scroll (self->jump_year);
  koers_spin_button_guard_scroll (self->shift_spin);

  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (filter_control_cb), self);
  g_signal_connect_swapped (self->kind_filter, "notify::selected", G_CALLBACK (filter_control_cb), self);
  g_signal_connect_swapped (self->channel_filter, "notify::selected", G_CALLBACK (filter_control_cb), self);
  g_signal_connect_swapped (self->owner_filter, "notify::selected", G_CALLBACK (filter_control_cb), self);

  arrows[0] = self->previous_button;
  arrows[1] = self->next_button;
  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      GtkEventController *motion = gtk_drop_controller_motion_new ();

      g_signal_connect (motion, "enter", G_CALLBACK (arrow_drag_enter_cb), self);
      g_signal_connect (motion, "leave", G_CALLBACK (arrow_drag_leave_cb), self);
      gtk_widget_add_controller (arrows[i], motion);
    }

  update_title (self);
  update_selection (self);
}

KoersCalendarFilter *
koers_calendar_page_get_filter (KoersCalendarPage *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_PAGE (self), NULL);

  return self->filter;
}
