/* koers-entry-repeat.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How an entry repeats, in the editor: the entry stores an RRULE; this
 * shows its projection (koers-recurrence.h: weekly on chosen weekdays,
 * every N weeks, monthly on a date or on the Nth or last weekday, yearly;
 * ending never, on a date or after a count) and the rule in words. Each
 * change of a control writes the rule back: one step of the undo history.
 * A rule the projection cannot show is kept as it is, and says so.
 */
#define G_LOG_DOMAIN "koers-entry-repeat"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-entry-repeat.h"
#include "koers-bind.h"
#include "koers-date-button.h"
#include "koers-recurrence.h"

struct _KoersEntryRepeat
{
  GtkWidget           parent_instance;

  GtkWidget          *repeat_dropdown;
  GtkWidget          *interval_box;
  GtkWidget          *interval_spin;
  GtkWidget          *interval_unit;
  GtkWidget          *weekdays_box;
  GtkWidget          *days[7];
  GtkWidget          *week_dropdown;
  GtkWidget          *end_box;
  GtkWidget          *end_dropdown;
  GtkWidget          *until_button;
  GtkWidget          *count_spin;
  GtkWidget          *describe_label;

  KoersCalendarEntry *entry;
  GSignalGroup       *signals;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (KoersEntryRepeat, koers_entry_repeat, GTK_TYPE_WIDGET)

static const int weeks_of_month[] = { 1, 2, 3, 4, -1 };

static void
show_parts (KoersEntryRepeat *self,
            KoersRepeat       repeat,
            KoersRepeatEnd    end)
{
  gboolean editable = repeat != KOERS_REPEAT_NONE && repeat != KOERS_REPEAT_CUSTOM;
  const char *unit = "";

  gtk_widget_set_visible (self->interval_box, editable);
  gtk_widget_set_visible (self->weekdays_box, repeat == KOERS_REPEAT_WEEKLY);
  gtk_widget_set_visible (self->week_dropdown, repeat == KOERS_REPEAT_MONTHLY_WEEKDAY);
  gtk_widget_set_visible (self->end_box, editable);
  gtk_widget_set_visible (self->until_button, end == KOERS_REPEAT_END_UNTIL);
  gtk_widget_set_visible (self->count_spin, end == KOERS_REPEAT_END_COUNT);
  switch (repeat)
    {
    case KOERS_REPEAT_WEEKLY:
      unit = _("weeks");
      break;
    case KOERS_REPEAT_MONTHLY_DAY:
    case KOERS_REPEAT_MONTHLY_WEEKDAY:
      unit = _("months");
      break;
    case KOERS_REPEAT_YEARLY:
      unit = _("years");
      break;
    case KOERS_REPEAT_NONE:
    case KOERS_REPEAT_CUSTOM:
    default:
      break;
    }
  gtk_label_set_text (GTK_LABEL (self->interval_unit), unit);
}

static void
show_rule (KoersEntryRepeat *self)
{
  KoersRecurrenceRule rule = { 0 };
  const GDate *start = self->entry != NULL ? koers_calendar_entry_get_date (self->entry) : NULL;
  const char *rrule = self->entry != NULL ? koers_calendar_entry_get_rrule (self->entry) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self), self->entry != NULL && start != NULL);
  if (self->entry == NULL || start == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->describe_label), "");
      return;
    }
  if (rrule == NULL || *rrule == '\0')
    rule.repeat = KOERS_REPEAT_NONE;
  else if (!koers_recurrence_rule_parse (rrule, start, &rule, &error))
    rule.repeat = KOERS_REPEAT_CUSTOM;

  self->updating = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->repeat_dropdown), rule.repeat);
  gtk_widget_set_sensitive (self->repeat_dropdown, rule.repeat != KOERS_REPEAT_CUSTOM);
  if (rule.repeat != KOERS_REPEAT_NONE && rule.repeat != KOERS_REPEAT_CUSTOM)
    {
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->interval_spin), MAX (rule.interval, 1));
      for (guint d = 0; d < 7; d++)
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->days[d]), (rule.weekdays >> d) & 1);
      for (guint i = 0; i < G_N_ELEMENTS (weeks_of_month); i++)
        if (weeks_of_month[i] == rule.week_of_month)
          gtk_drop_down_set_selected (GTK_DROP_DOWN (self->week_dropdown), i);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->end_dropdown), rule.end);
      if (rule.end == KOERS_REPEAT_END_UNTIL && g_date_valid (&rule.until))
        koers_date_button_set_date (KOERS_DATE_BUTTON (self->until_button), &rule.until);
      if (rule.end == KOERS_REPEAT_END_COUNT)
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->count_spin), MAX (rule.count, 1));
    }
  show_parts (self, rule.repeat, rule.end);
  self->updating = FALSE;

  if (rule.repeat == KOERS_REPEAT_CUSTOM)
    description = g_strdup_printf (_("Repeats by a rule this editor cannot show: %s. It is kept as it is."),
                                   rrule);
  else if (rule.repeat != KOERS_REPEAT_NONE)
    description = koers_recurrence_rule_describe (&rule, start);
  gtk_label_set_text (GTK_LABEL (self->describe_label), description != NULL ? description : "");
  gtk_widget_set_visible (self->describe_label, description != NULL);
}

/* A control changed: the rule it now shows goes to the entry */
static void
changed_cb (KoersEntryRepeat *self)
{
  KoersRecurrenceRule rule = { 0 };
  const GDate *start;
  g_autofree char *rrule = NULL;
  guint selected;

  if (self->updating || self->entry == NULL)
    return;
  start = koers_calendar_entry_get_date (self->entry);
  if (start == NULL)
    return;

  selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->repeat_dropdown));
  if (selected == KOERS_REPEAT_CUSTOM || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected != KOERS_REPEAT_NONE)
    {
      const char *old = koers_calendar_entry_get_rrule (self->entry);
      KoersRecurrenceRule before = { 0 };

      /* A new kind of repetition starts as the core proposes it for the date */
      if (old == NULL || *old == '\0' ||
          !koers_recurrence_rule_parse (old, start, &before, NULL) || before.repeat != selected)
        {
          koers_recurrence_rule_init (&rule, selected, start);
        }
      else
        {
          rule = before;
          rule.interval = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->interval_spin));
          rule.weekdays = 0;
          for (guint d = 0; d < 7; d++)
            if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->days[d])))
              rule.weekdays |= 1 << d;
          if (rule.repeat == KOERS_REPEAT_WEEKLY && rule.weekdays == 0)
            rule.weekdays = before.weekdays;  /* at least one day */
          selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->week_dropdown));
          if (selected < G_N_ELEMENTS (weeks_of_month))
            rule.week_of_month = weeks_of_month[selected];
          rule.end = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->end_dropdown));
          if (rule.end > KOERS_REPEAT_END_COUNT)
            rule.end = KOERS_REPEAT_END_NEVER;
          if (rule.end == KOERS_REPEAT_END_UNTIL)
            {
              const GDate *until = koers_date_button_get_date (KOERS_DATE_BUTTON (self->until_button));

              if (until != NULL && g_date_valid (until))
                rule.until = *until;
              else
                {
                  /* three months on, until the user picks a day */
                  rule.until = *start;
                  g_date_add_months (&rule.until, 3);
                }
            }
          rule.count = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->count_spin));
        }
      rrule = koers_recurrence_rule_to_string (&rule, start);
    }
  koers_calendar_entry_set_rrule (self->entry, rrule != NULL ? rrule : "");
  show_rule (self);
}

static void
koers_entry_repeat_dispose (GObject *object)
{
  KoersEntryRepeat *self = (KoersEntryRepeat *) object;
  GtkWidget *child;

  g_signal_group_set_target (self->signals, NULL);
  g_clear_object (&self->entry);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ENTRY_REPEAT);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (koers_entry_repeat_parent_class)->dispose (object);
}

static void
koers_entry_repeat_finalize (GObject *object)
{
  KoersEntryRepeat *self = (KoersEntryRepeat *) object;

  g_object_unref (self->signals);

  G_OBJECT_CLASS (koers_entry_repeat_parent_class)->finalize (object);
}

static void
koers_entry_repeat_class_init (KoersEntryRepeatClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  char name[8];

  object_class->dispose = koers_entry_repeat_dispose;
  object_class->finalize = koers_entry_repeat_finalize;

  g_type_ensure (KOERS_TYPE_DATE_BUTTON);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-entry-repeat.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRepeat, repeat_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRepeat, interval_box);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRepeat, interval_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRepeat, interval_unit);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRepeat, weekdays_box);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRepeat, week_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRepeat, end_box);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRepeat, end_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRepeat, until_button);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRepeat, count_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRepeat, describe_label);
  for (guint d = 0; d < 7; d++)
    {
      g_snprintf (name, sizeof name, "day%u", d);
      gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                                 G_STRUCT_OFFSET (KoersEntryRepeat, days) +
                                                 d * sizeof (GtkWidget *));
    }
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
}

static void
koers_entry_repeat_init (KoersEntryRepeat *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  koers_spin_button_guard_scroll (GTK_SPIN_BUTTON (self->interval_spin));
  koers_spin_button_guard_scroll (GTK_SPIN_BUTTON (self->count_spin));
  g_signal_connect_swapped (self->until_button, "notify::date", G_CALLBACK (changed_cb), self);

  self->signals = g_signal_group_new (KOERS_TYPE_CALENDAR_ENTRY);
  g_signal_group_connect_swapped (self->signals, "notify::rrule", G_CALLBACK (show_rule), self);
  g_signal_group_connect_swapped (self->signals, "notify::date", G_CALLBACK (show_rule), self);
  show_rule (self);
}

GtkWidget *
koers_entry_repeat_new (void)
{
  return g_object_new (KOERS_TYPE_ENTRY_REPEAT, NULL);
}

void
koers_entry_repeat_set_entry (KoersEntryRepeat   *self,
                              KoersCalendarEntry *entry)
{
  g_return_if_fail (KOERS_IS_ENTRY_REPEAT (self));

  if (g_set_object (&self->entry, entry))
    g_signal_group_set_target (self->signals, entry);
  show_rule (self);
}

const char *
koers_entry_repeat_get_description (KoersEntryRepeat *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_REPEAT (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->describe_label));
}
