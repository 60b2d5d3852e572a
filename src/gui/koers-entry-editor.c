/* koers-entry-editor.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side panel with every field of one calendar entry. The fields are
 * bound (koers-bind.c) to the entry through one GBindingGroup, so each edit
 * goes through the model: one undo step, shown at once in every view. For
 * an occurrence of a series the panel first asks which posts the change is
 * for ("scope"): the page then detaches or splits the series and gives the
 * panel the entry to edit.
 *
 * Signals: "scope" (KoersSeriesScope), "duplicate", "delete", "close".
 */
#define G_LOG_DOMAIN "koers-entry-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-entry-editor.h"
#include "koers-bind.h"
#include "koers-calendar-series.h"
#include "koers-calendar-util.h"
#include "koers-date-button.h"
#include "koers-entry-repeat.h"
#include "koers-role.h"

struct _KoersEntryEditor
{
  GtkWidget          parent_instance;

  GtkWidget         *scrolled;
  GtkLabel          *heading;
  GtkWidget         *series_box;
  GtkWidget         *only_button;
  GtkWidget         *fields;
  GtkEntry          *title_entry;
  KoersDateButton   *date_button;
  GtkEntry          *time_entry;
  GtkDropDown       *channel_dropdown;
  GtkDropDown       *status_dropdown;
  GtkDropDown       *kind_dropdown;
  GtkDropDown       *part_dropdown;
  GtkDropDown       *owner_dropdown;
  GtkSpinButton     *hours_spin;
  GtkWidget         *text_frame;
  GtkTextView       *text_view;
  GtkBox            *repeat_box;
  GtkWidget         *actions;
  KoersEntryRepeat  *repeat;

  GBindingGroup     *bindings;
  GSignalGroup      *signals;
  KoersPlan         *plan;
  KoersCalendarItem *item;
  GPtrArray         *channel_ids;  /* position - 1 in the channel drop-down -> id */
  GPtrArray         *owner_ids;
  gboolean           asking;
  gboolean           updating;
};

G_DEFINE_FINAL_TYPE (KoersEntryEditor, koers_entry_editor, GTK_TYPE_WIDGET)

enum {
  SCOPE,
  DUPLICATE,
  DELETE,
  CLOSE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static KoersCalendarEntry *
current_entry (KoersEntryEditor *self)
{
  return self->item != NULL ? koers_calendar_item_get_entry (self->item) : NULL;
}

/* The time field ---------------------------------------------------------- */

static void
show_time (KoersEntryEditor *self)
{
  KoersCalendarEntry *entry = current_entry (self);
  g_autofree char *text = entry != NULL ? koers_calendar_format_time (koers_calendar_entry_get_time (entry))
                                        : NULL;

  gtk_editable_set_text (GTK_EDITABLE (self->time_entry), text != NULL ? text : "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->time_entry), "error");
}

static void
commit_time (KoersEntryEditor *self)
{
  KoersCalendarEntry *entry = current_entry (self);
  int time;

  if (entry == NULL || self->asking)
    return;
  if (!koers_calendar_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_entry)), &time))
    {
      /* Keep what was typed, so nothing is lost; say it is not a time */
      gtk_widget_add_css_class (GTK_WIDGET (self->time_entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->time_entry),
                                   _("Not a time: type it as 9:30 or 14:00, or leave it empty"));
      return;
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->time_entry),
                               _("The time of day, such as 9:30; leave empty for no time"));
  if (koers_calendar_entry_get_time (entry) != time)
    koers_calendar_entry_set_time (entry, time);
  else
    show_time (self);
}

static void
time_leave_cb (GtkEventControllerFocus *controller,
               KoersEntryEditor        *self)
{
  commit_time (self);
}

/* Channel and owner: drop-downs of the plan's lists, by id ------------------ */

static void
fill_choices (KoersEntryEditor *self)
{
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) owners = gtk_string_list_new (NULL);
  GListModel *list;

  g_ptr_array_set_size (self->channel_ids, 0);
  g_ptr_array_set_size (self->owner_ids, 0);
  gtk_string_list_append (channels, _("No channel"));
  gtk_string_list_append (owners, _("Nobody"));
  if (self->plan != NULL)
    {
      list = koers_plan_get_channels (self->plan);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(KoersChannel) channel = g_list_model_get_item (list, i);

          gtk_string_list_append (channels, koers_channel_get_name (channel));
          g_ptr_array_add (self->channel_ids, g_strdup (koers_channel_get_id (channel)));
        }
      list = koers_plan_get_roles (self->plan);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(KoersRole) role = g_list_model_get_item (list, i);

          gtk_string_list_append (owners, koers_role_get_name (role));
          g_ptr_array_add (self->owner_ids, g_strdup (koers_role_get_id (role)));
        }
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (self->channel_dropdown, G_LIST_MODEL (channels));
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (owners));
  self->updating = FALSE;
}

static guint
position_of (GPtrArray  *ids,
             const char *id)
{
  for (guint i = 0; id != NULL && *id != '\0' && i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      return i + 1;
  return 0;
}

static void
show_choices (KoersEntryEditor *self)
{
  KoersCalendarEntry *entry = current_entry (self);

  if (entry == NULL)
    return;
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->channel_dropdown,
                              position_of (self->channel_ids, koers_calendar_entry_get_channel (entry)));
  gtk_drop_down_set_selected (self->owner_dropdown,
                              position_of (self->owner_ids, koers_calendar_entry_get_owner (entry)));
  self->updating = FALSE;
}

static void
channel_selected_cb (KoersEntryEditor *self)
{
  KoersCalendarEntry *entry = current_entry (self);
  guint pos = gtk_drop_down_get_selected (self->channel_dropdown);

  if (self->updating || entry == NULL || self->asking || pos == GTK_INVALID_LIST_POSITION)
    return;
  koers_calendar_entry_set_channel (entry, pos == 0 || pos > self->channel_ids->len
                                           ? "" : g_ptr_array_index (self->channel_ids, pos - 1));
}

static void
owner_selected_cb (KoersEntryEditor *self)
{
  KoersCalendarEntry *entry = current_entry (self);
  guint pos = gtk_drop_down_get_selected (self->owner_dropdown);

  if (self->updating || entry == NULL || self->asking || pos == GTK_INVALID_LIST_POSITION)
    return;
  koers_calendar_entry_set_owner (entry, pos == 0 || pos > self->owner_ids->len
                                         ? "" : g_ptr_array_index (self->owner_ids, pos - 1));
}

/* Buttons -------------------------------------------------------------- */

static void
close_clicked_cb (KoersEntryEditor *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

static void
only_clicked_cb (KoersEntryEditor *self)
{
  g_signal_emit (self, signals[SCOPE], 0, KOERS_SERIES_SCOPE_ONE);
}

static void
following_clicked_cb (KoersEntryEditor *self)
{
  g_signal_emit (self, signals[SCOPE], 0, KOERS_SERIES_SCOPE_FOLLOWING);
}

static void
all_clicked_cb (KoersEntryEditor *self)
{
  g_signal_emit (self, signals[SCOPE], 0, KOERS_SERIES_SCOPE_ALL);
}

static void
duplicate_clicked_cb (KoersEntryEditor *self)
{
  g_signal_emit (self, signals[DUPLICATE], 0);
}

static void
delete_clicked_cb (KoersEntryEditor *self)
{
  g_signal_emit (self, signals[DELETE], 0);
}

/* The widget ------------------------------------------------------------ */

static void
koers_entry_editor_dispose (GObject *object)
{
  KoersEntryEditor *self = (KoersEntryEditor *) object;
  GtkWidget *child;

  g_binding_group_set_source (self->bindings, NULL);
  g_signal_group_set_target (self->signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ENTRY_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (koers_entry_editor_parent_class)->dispose (object);
}

static void
koers_entry_editor_finalize (GObject *object)
{
  KoersEntryEditor *self = (KoersEntryEditor *) object;

  g_object_unref (self->bindings);
  g_object_unref (self->signals);
  g_ptr_array_unref (self->channel_ids);
  g_ptr_array_unref (self->owner_ids);

  G_OBJECT_CLASS (koers_entry_editor_parent_class)->finalize (object);
}

static void
koers_entry_editor_class_init (KoersEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_entry_editor_dispose;
  object_class->finalize = koers_entry_editor_finalize;

  signals[SCOPE] = g_signal_new ("scope", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[DUPLICATE] = g_signal_new ("duplicate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DELETE] = g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KOERS_TYPE_DATE_BUTTON);
  g_type_ensure (KOERS_TYPE_ENTRY_REPEAT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "koers-entry-editor");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-entry-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, scrolled);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, series_box);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, only_button);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, fields);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, time_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, channel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, part_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, text_frame);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, repeat_box);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, actions);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, only_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, following_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, duplicate_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static void
koers_entry_editor_init (KoersEntryEditor *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->channel_ids = g_ptr_array_new_with_free_func (g_free);
  self->owner_ids = g_ptr_array_new_with_free_func (g_free);
  self->bindings = koers_bind_group_new (KOERS_TYPE_CALENDAR_ENTRY);
  koers_bind_text (self->bindings, "title", GTK_WIDGET (self->title_entry));
  koers_bind_text (self->bindings, "text", GTK_WIDGET (self->text_view));
  koers_date_button_bind (self->date_button, self->bindings, "date");
  koers_bind_choice (self->bindings, "status", self->status_dropdown);
  koers_bind_choice (self->bindings, "kind", self->kind_dropdown);
  koers_bind_choice (self->bindings, "rose-part", self->part_dropdown);
  koers_bind_number (self->bindings, "hours", self->hours_spin);

  self->signals = g_signal_group_new (KOERS_TYPE_CALENDAR_ENTRY);
  g_signal_group_connect_swapped (self->signals, "notify::time", G_CALLBACK (show_time), self);
  g_signal_group_connect_swapped (self->signals, "notify::channel", G_CALLBACK (show_choices), self);
  g_signal_group_connect_swapped (self->signals, "notify::owner", G_CALLBACK (show_choices), self);

  g_signal_connect_swapped (self->time_entry, "activate", G_CALLBACK (commit_time), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (time_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->time_entry), focus);
  g_signal_connect_swapped (self->channel_dropdown, "notify::selected",
                            G_CALLBACK (channel_selected_cb), self);
  g_signal_connect_swapped (self->owner_dropdown, "notify::selected",
                            G_CALLBACK (owner_selected_cb), self);

  self->repeat = KOERS_ENTRY_REPEAT (koers_entry_repeat_new ());
  gtk_box_append (self->repeat_box, GTK_WIDGET (self->repeat));
}

GtkWidget *
koers_entry_editor_new (void)
{
  return g_object_new (KOERS_TYPE_ENTRY_EDITOR, NULL);
}

/**
 * koers_entry_editor_set_item:
 * @item: (nullable): the occurrence to edit
 * @ask_scope: for an occurrence of a series: ask first which posts a change
 *   is for, and keep the fields insensitive until then
 */
void
koers_entry_editor_set_item (KoersEntryEditor  *self,
                             KoersPlan         *plan,
                             KoersCalendarItem *item,
                             gboolean           ask_scope)
{
  KoersCalendarEntry *entry;
  gboolean series;

  g_return_if_fail (KOERS_IS_ENTRY_EDITOR (self));

  commit_time (self);
  g_set_object (&self->plan, plan);
  g_set_object (&self->item, item);
  entry = current_entry (self);
  series = entry != NULL && koers_calendar_entry_is_series (entry);
  self->asking = series && ask_scope;

  fill_choices (self);
  g_binding_group_set_source (self->bindings, entry);
  g_signal_group_set_target (self->signals, entry);
  koers_entry_repeat_set_entry (self->repeat, self->asking ? NULL : entry);
  show_time (self);
  show_choices (self);

  gtk_widget_set_visible (self->series_box, self->asking);
  gtk_widget_set_sensitive (self->fields, !self->asking && entry != NULL);
  gtk_widget_set_sensitive (self->text_frame, !self->asking && entry != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->repeat_box), !self->asking && entry != NULL);
  gtk_widget_set_sensitive (self->actions, entry != NULL);
  gtk_label_set_text (self->heading, series ? _("Repeating post")
                                            : entry != NULL && koers_calendar_entry_get_series (entry) != NULL &&
                                              *koers_calendar_entry_get_series (entry) != '\0'
                                              ? _("Post of a series, changed") : _("Post"));
  if (self->asking)
    gtk_widget_grab_focus (self->only_button);
}

KoersCalendarItem *
koers_entry_editor_get_item (KoersEntryEditor *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_EDITOR (self), NULL);

  return self->item;
}

KoersCalendarEntry *
koers_entry_editor_get_entry (KoersEntryEditor *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_EDITOR (self), NULL);

  return current_entry (self);
}

gboolean
koers_entry_editor_get_asking (KoersEntryEditor *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_EDITOR (self), FALSE);

  return self->asking;
}

void
koers_entry_editor_focus_title (KoersEntryEditor *self)
{
  g_return_if_fail (KOERS_IS_ENTRY_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}
