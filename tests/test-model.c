/* test-model.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "koers-plan.h"
#include "koers-plan-private.h"
#include "koers-calendar-entry.h"
#include "koers-channel.h"
#include "koers-criterion.h"
#include "koers-raci-cell.h"
#include "koers-task.h"
#include "koers-enum-types.h"
#include "koers-history.h"

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_defaults (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();

  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_tips (plan)), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_dos (plan)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_rose_parts (plan)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_phases (plan)), ==, 6);

  g_assert_cmpstr (koers_checklist_item_get_key (koers_plan_get_tip (plan, KOERS_TIP_HUB)), ==, "hub");
  g_assert_cmpstr (koers_checklist_item_get_key (koers_plan_get_do (plan, KOERS_DO_EVALUATE)), ==,
                   "evaluate");
  g_assert_cmpint (koers_rose_part_get_part (koers_plan_get_rose_part (plan, KOERS_ROSE_PART_ORGANISING)),
                   ==, KOERS_ROSE_PART_ORGANISING);

  for (guint p = 0; p < KOERS_N_PHASES; p++)
    {
      KoersMaturityPhase *phase = koers_plan_get_phase (plan, p);

      g_assert_cmpint (koers_maturity_phase_get_phase (phase), ==, p);
      g_assert_cmpuint (g_list_model_get_n_items (koers_maturity_phase_get_criteria (phase)), >=, 2);
    }

  g_assert_cmpint (koers_plan_get_primary_objective (plan), ==, KOERS_PRIMARY_OBJECTIVE_NONE);
  g_assert_cmpstr (koers_plan_get_title (plan), ==, "");
  g_assert_null (koers_plan_get_period_start (plan));
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_PLANNING);
}

static void
test_changed_signal (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersTask) task = koers_task_new ();
  g_autoptr(KoersRaciCell) cell = koers_raci_cell_new ();
  g_autoptr(KoersChannel) removed = NULL;
  guint changed = 0, notified = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);

  koers_plan_set_title (plan, "Plan");
  g_assert_cmpuint (changed, ==, 1);
  koers_plan_set_title (plan, "Plan");  /* no real change */
  g_assert_cmpuint (changed, ==, 1);

  /* A nested item, two levels down: task -> raci cell */
  g_list_store_append (G_LIST_STORE (koers_plan_get_tasks (plan)), task);
  g_assert_cmpuint (changed, ==, 2);
  g_list_store_append (G_LIST_STORE (koers_task_get_raci (task)), cell);
  g_assert_cmpuint (changed, ==, 3);

  g_signal_connect (cell, "notify::letter", G_CALLBACK (notify_count_cb), &notified);
  koers_raci_cell_set_letter (cell, KOERS_RACI_ACCOUNTABLE);
  g_assert_cmpuint (changed, ==, 4);
  g_assert_cmpuint (notified, ==, 1);
  koers_raci_cell_set_letter (cell, KOERS_RACI_ACCOUNTABLE);
  g_assert_cmpuint (notified, ==, 1);

  /* Removed items no longer report to the plan. */
  g_list_store_remove (G_LIST_STORE (koers_plan_get_tasks (plan)), 0);
  g_assert_cmpuint (changed, ==, 5);
  koers_raci_cell_set_letter (cell, KOERS_RACI_INFORMED);
  koers_task_set_name (task, "Gone");
  g_assert_cmpuint (changed, ==, 5);

  /* Maturity criteria are nested lists of the fixed phases. */
  {
    GListModel *criteria = koers_maturity_phase_get_criteria (koers_plan_get_phase (plan, 0));
    g_autoptr(KoersCriterion) criterion = g_list_model_get_item (criteria, 0);

    koers_criterion_set_done (criterion, TRUE);
    g_assert_cmpuint (changed, ==, 6);
  }
}

static void
test_ranges (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  KoersRosePart *part = koers_plan_get_rose_part (plan, KOERS_ROSE_PART_SENDING);
  g_autoptr(KoersChannel) channel = koers_channel_new ();

  koers_rose_part_set_current (part, 9);
  g_assert_cmpint (koers_rose_part_get_current (part), ==, 5);
  koers_rose_part_set_target (part, -3);
  g_assert_cmpint (koers_rose_part_get_target (part), ==, 0);

  koers_channel_set_posts_per_week (channel, 1e9);
  g_assert_cmpfloat (koers_channel_get_posts_per_week (channel), ==, 1000);
  g_assert_cmpstr (koers_channel_get_colour (channel), ==, "#3584e4");
  g_assert_true (koers_channel_get_active (channel));
}

static void
test_current_phase (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();

  for (guint p = 0; p < 2; p++)
    {
      GListModel *criteria = koers_maturity_phase_get_criteria (koers_plan_get_phase (plan, p));

      for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
        {
          g_autoptr(KoersCriterion) criterion = g_list_model_get_item (criteria, i);
          koers_criterion_set_done (criterion, TRUE);
        }
    }
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_ENGAGEMENT);

  /* A phase without criteria is not met. */
  g_list_store_remove_all (G_LIST_STORE (koers_maturity_phase_get_criteria (
                                           koers_plan_get_phase (plan, 0))));
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_PLANNING);
}

static void
test_make_id (void)
{
  g_autoptr(GListStore) channels = g_list_store_new (KOERS_TYPE_CHANNEL);
  g_autoptr(KoersChannel) a = koers_channel_new ();
  g_autofree char *id1 = NULL;
  g_autofree char *id2 = NULL;
  g_autofree char *id3 = NULL;

  id1 = koers_plan_make_id (G_LIST_MODEL (channels), "Nieuwsbrief & Blog");
  g_assert_cmpstr (id1, ==, "nieuwsbrief-blog");
  koers_channel_set_id (a, id1);
  g_list_store_append (channels, a);
  id2 = koers_plan_make_id (G_LIST_MODEL (channels), "Nieuwsbrief & blog!");
  g_assert_cmpstr (id2, ==, "nieuwsbrief-blog-2");
  id3 = koers_plan_make_id (G_LIST_MODEL (channels), "€€€");
  g_assert_cmpstr (id3, ==, "eureureur");
}

typedef struct
{
  GPtrArray *properties;
  GPtrArray *old_titles;
  guint      lists;
  guint      last_removed;
} Recorded;

static void
recorded_property (gpointer      data,
                   GObject      *object,
                   GParamSpec   *pspec,
                   const GValue *old_value)
{
  Recorded *r = data;

  g_ptr_array_add (r->properties, (gpointer) pspec->name);
  if (G_VALUE_HOLDS_STRING (old_value))
    g_ptr_array_add (r->old_titles, g_value_dup_string (old_value));
}

static void
recorded_list (gpointer    data,
               GListStore *list,
               guint       position,
               GPtrArray  *removed,
               guint       added)
{
  Recorded *r = data;

  r->lists++;
  r->last_removed = removed->len;
}

static void
test_recorder (void)
{
  static const KoersPlanRecorder recorder = { recorded_property, recorded_list };
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  Recorded r = { g_ptr_array_new (), g_ptr_array_new_with_free_func (g_free), 0, 0 };
  GDate *date = g_date_new_dmy (3, G_DATE_MARCH, 2027);

  _koers_plan_set_recorder (plan, &recorder, &r);

  koers_plan_set_title (plan, "Eerste");
  koers_plan_set_title (plan, "Tweede");
  g_assert_cmpuint (r.old_titles->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (r.old_titles, 0), ==, "");
  g_assert_cmpstr (g_ptr_array_index (r.old_titles, 1), ==, "Eerste");

  g_list_store_append (G_LIST_STORE (koers_plan_get_entries (plan)), entry);
  koers_calendar_entry_set_date (entry, date);
  g_assert_cmpstr (g_ptr_array_index (r.properties, r.properties->len - 1), ==, "date");
  g_list_store_remove (G_LIST_STORE (koers_plan_get_entries (plan)), 0);
  g_assert_cmpuint (r.lists, ==, 2);
  g_assert_cmpuint (r.last_removed, ==, 1);

  _koers_plan_freeze_recording (plan);
  koers_plan_set_title (plan, "Derde");
  _koers_plan_thaw_recording (plan);
  g_assert_cmpuint (r.old_titles->len, ==, 2);

  _koers_plan_set_recorder (plan, NULL, NULL);
  g_date_free (date);
  g_ptr_array_unref (r.properties);
  g_ptr_array_unref (r.old_titles);
}

typedef struct
{
  GPtrArray *dates;
} Occurrences;

static void
collect_cb (KoersCalendarEntry *entry,
            const GDate        *date,
            gpointer            user_data)
{
  char buffer[16];

  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", date);
  g_ptr_array_add (user_data, g_strdup (buffer));
}

static void
test_occurrences (void)
{
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  GDate *start = g_date_new_dmy (31, G_DATE_JANUARY, 2027);
  GDate *from = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
  GDate *to = g_date_new_dmy (31, G_DATE_MAY, 2027);

  koers_calendar_entry_set_date (entry, start);
  g_assert_cmpuint (koers_calendar_entry_foreach_occurrence (entry, from, to, NULL, NULL), ==, 1);

  koers_calendar_entry_set_recurrence (entry, KOERS_RECURRENCE_MONTHLY);
  g_assert_cmpuint (koers_calendar_entry_foreach_occurrence (entry, from, to, collect_cb, dates),
                    ==, 5);
  g_assert_cmpstr (g_ptr_array_index (dates, 1), ==, "2027-02-28");
  g_assert_cmpstr (g_ptr_array_index (dates, 2), ==, "2027-03-31");
  g_assert_cmpstr (g_ptr_array_index (dates, 3), ==, "2027-04-30");

  g_date_free (start);
  g_date_free (from);
  g_date_free (to);
}

static void
test_history (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersHistory) history = koers_history_new (plan);
  g_autoptr(KoersChannel) channel = koers_channel_new ();
  GListStore *channels = G_LIST_STORE (koers_plan_get_channels (plan));
  KoersRosePart *part = koers_plan_get_rose_part (plan, KOERS_ROSE_PART_ACTIVATING);
  guint changed = 0;

  g_assert_false (koers_history_get_can_undo (history));

  /* Typing in one field is one step */
  koers_plan_set_title (plan, "K");
  koers_plan_set_title (plan, "Ko");
  koers_plan_set_title (plan, "Koers");
  koers_rose_part_set_current (part, 3);
  g_assert_true (koers_history_get_can_undo (history));

  g_assert_true (koers_history_undo (history));
  g_assert_cmpint (koers_rose_part_get_current (part), ==, 0);
  g_assert_cmpstr (koers_plan_get_title (plan), ==, "Koers");
  g_assert_true (koers_history_undo (history));
  g_assert_cmpstr (koers_plan_get_title (plan), ==, "");
  g_assert_false (koers_history_get_can_undo (history));
  g_assert_true (koers_history_redo (history));
  g_assert_cmpstr (koers_plan_get_title (plan), ==, "Koers");
  g_assert_true (koers_history_redo (history));
  g_assert_cmpint (koers_rose_part_get_current (part), ==, 3);
  g_assert_false (koers_history_get_can_redo (history));

  /* Adding a channel and naming it is one step when grouped */
  koers_history_begin_group (history);
  g_list_store_append (channels, channel);
  koers_channel_set_id (channel, "tiktok");
  koers_channel_set_name (channel, "TikTok");
  koers_history_end_group (history);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (channels)), ==, 1);
  g_assert_true (koers_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (channels)), ==, 0);
  g_assert_cmpstr (koers_channel_get_name (channel), ==, "");
  g_assert_true (koers_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (channels)), ==, 1);
  g_assert_cmpstr (koers_channel_get_name (channel), ==, "TikTok");

  /* Removing comes back with the same item, which reports again */
  g_list_store_remove (channels, 0);
  g_assert_true (koers_history_undo (history));
  {
    g_autoptr(KoersChannel) back = g_list_model_get_item (G_LIST_MODEL (channels), 0);

    g_assert_true (back == channel);
    g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);
    koers_channel_set_purpose (channel, "Video");
    g_assert_cmpuint (changed, ==, 1);
  }

  /* A new change clears redo */
  g_assert_true (koers_history_undo (history));
  koers_plan_set_author (plan, "Anouk");
  g_assert_false (koers_history_get_can_redo (history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/defaults", test_defaults);
  g_test_add_func ("/model/changed-signal", test_changed_signal);
  g_test_add_func ("/model/ranges", test_ranges);
  g_test_add_func ("/model/current-phase", test_current_phase);
  g_test_add_func ("/model/make-id", test_make_id);
  g_test_add_func ("/model/recorder", test_recorder);
  g_test_add_func ("/model/occurrences", test_occurrences);
  g_test_add_func ("/model/history", test_history);

  return g_test_run ();
}
