/* test-model.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "koers-plan.h"
#include "koers-plan-private.h"
#include "koers-calendar-entry.h"
#include "koers-channel.h"
#include "koers-channel-catalogue.h"
#include "koers-criterion.h"
#include "koers-raci-cell.h"
#include "koers-task.h"
#include "koers-enum-types.h"
#include "koers-history.h"
#include "koers-format.h"
#include "koers-target-group.h"
#include "koers-tool.h"

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

typedef struct
{
  guint count;     /* emissions of "changed" */
  guint sections;  /* the sections they named, or'ed */
  guint objects;   /* emissions of "object-changed" */
} Changes;

static void
changes_cb (KoersPlan        *plan,
            KoersPlanSection  section,
            Changes          *changes)
{
  changes->count++;
  changes->sections |= section;
}

static void
object_changed_cb (KoersPlan *plan,
                   GObject   *object,
                   Changes   *changes)
{
  changes->objects++;
}

/* Emits what is pending and returns it, counted since the last call. */
static Changes
take_changes (KoersPlan *plan,
              Changes   *changes)
{
  Changes taken;

  koers_plan_flush_changes (plan);
  taken = *changes;
  *changes = (Changes) { 0, 0, 0 };
  return taken;
}

static void
test_changed_signal (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersTask) task = koers_task_new ();
  g_autoptr(KoersRaciCell) cell = koers_raci_cell_new ();
  Changes changes = { 0, 0, 0 };
  Changes taken;
  guint notified = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (changes_cb), &changes);
  g_signal_connect (plan, "object-changed", G_CALLBACK (object_changed_cb), &changes);

  koers_plan_set_title (plan, "Plan");
  /* object-changed comes at once, changed when flushed */
  g_assert_cmpuint (changes.objects, ==, 1);
  g_assert_cmpuint (changes.count, ==, 0);
  taken = take_changes (plan, &changes);
  g_assert_cmpuint (taken.count, ==, 1);
  g_assert_cmpuint (taken.sections, ==, KOERS_PLAN_SECTION_PLAN);
  koers_plan_set_title (plan, "Plan");  /* no real change */
  taken = take_changes (plan, &changes);
  g_assert_cmpuint (taken.count, ==, 0);
  g_assert_cmpuint (taken.objects, ==, 0);

  /* A nested item, two levels down: task -> raci cell, in the roles section */
  koers_plan_append (plan, koers_plan_get_tasks (plan), task);
  koers_plan_append (plan, koers_task_get_raci (task), cell);
  g_assert_true (koers_plan_of (cell) == plan);
  g_assert_true (koers_plan_get_list_of (plan, cell, NULL) == koers_task_get_raci (task));
  taken = take_changes (plan, &changes);
  g_assert_cmpuint (taken.count, ==, 1);  /* a burst is one emission */
  g_assert_cmpuint (taken.objects, ==, 2);
  g_assert_cmpuint (taken.sections, ==, KOERS_PLAN_SECTION_ROLES);

  g_signal_connect (cell, "notify::letter", G_CALLBACK (notify_count_cb), &notified);
  koers_raci_cell_set_letter (cell, KOERS_RACI_ACCOUNTABLE);
  g_assert_cmpuint (notified, ==, 1);
  koers_raci_cell_set_letter (cell, KOERS_RACI_ACCOUNTABLE);
  g_assert_cmpuint (notified, ==, 1);
  taken = take_changes (plan, &changes);
  g_assert_cmpuint (taken.count, ==, 1);
  g_assert_cmpuint (taken.sections, ==, KOERS_PLAN_SECTION_ROLES);

  /* Removed items no longer report to the plan. */
  g_assert_true (koers_plan_remove (plan, task));
  g_assert_null (koers_plan_of (task));
  g_assert_null (koers_plan_of (cell));
  take_changes (plan, &changes);
  koers_raci_cell_set_letter (cell, KOERS_RACI_INFORMED);
  koers_task_set_name (task, "Gone");
  taken = take_changes (plan, &changes);
  g_assert_cmpuint (taken.count, ==, 0);
  g_assert_cmpuint (taken.objects, ==, 0);

  /* Maturity criteria are nested lists of the fixed phases. */
  {
    GListModel *criteria = koers_maturity_phase_get_criteria (koers_plan_get_phase (plan, 0));
    g_autoptr(KoersCriterion) criterion = g_list_model_get_item (criteria, 0);

    koers_criterion_set_done (criterion, TRUE);
    taken = take_changes (plan, &changes);
    g_assert_cmpuint (taken.sections, ==, KOERS_PLAN_SECTION_MATURITY);
  }

  /* Several sections in one burst: one emission each, in section order */
  {
    g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();

    koers_plan_append (plan, koers_plan_get_entries (plan), entry);
    koers_rose_part_set_current (koers_plan_get_rose_part (plan, KOERS_ROSE_PART_SENDING), 2);
    koers_calendar_entry_set_title (entry, "Tip");
    taken = take_changes (plan, &changes);
    g_assert_cmpuint (taken.count, ==, 2);
    g_assert_cmpuint (taken.sections, ==, KOERS_PLAN_SECTION_CALENDAR | KOERS_PLAN_SECTION_ROSE);
  }
}

static void
count_section_cb (KoersPlan        *plan,
                  KoersPlanSection  section,
                  guint            *count)
{
  (*count)++;
}

/* Listeners of one detail hear only their section; emissions wait for the
 * main loop, so a burst costs one. */
static void
test_changed_detail (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  guint calendar = 0, people = 0, any = 0;

  g_signal_connect (plan, "changed::calendar", G_CALLBACK (count_section_cb), &calendar);
  g_signal_connect (plan, "changed::people", G_CALLBACK (count_section_cb), &people);
  g_signal_connect (plan, "changed", G_CALLBACK (count_section_cb), &any);

  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();

      koers_plan_append (plan, koers_plan_get_entries (plan), entry);
    }
  g_assert_cmpuint (calendar, ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (calendar, ==, 1);
  g_assert_cmpuint (people, ==, 0);
  g_assert_cmpuint (any, ==, 1);

  koers_plan_set_hub_url (plan, "https://bakkerij.example");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (calendar, ==, 1);
  g_assert_cmpuint (any, ==, 2);

  /* A pending emission dies with the plan. */
  koers_plan_set_title (plan, "Weg");
}

static KoersCalendarEntry **
new_entries (guint n)
{
  KoersCalendarEntry **entries = g_new (KoersCalendarEntry *, n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Post %u", i);

      entries[i] = koers_calendar_entry_new ();
      koers_calendar_entry_set_title (entries[i], title);
    }
  return entries;
}

static void
free_entries (KoersCalendarEntry **entries,
              guint                n)
{
  for (guint i = 0; i < n; i++)
    g_object_unref (entries[i]);
  g_free (entries);
}

static char *
titles (GListModel *list)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (list, i);

      g_string_append_printf (s, "%s%s", i ? "," : "", koers_calendar_entry_get_title (entry) + 5);
    }
  return g_string_free (s, FALSE);
}

#define assert_titles(list, expected) \
  G_STMT_START { g_autofree char *t_ = titles (list); g_assert_cmpstr (t_, ==, expected); } G_STMT_END

/* The list API: every operation is one undo step and one emission. */
static void
test_list_api (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersHistory) history = koers_history_new (plan);
  GListModel *list = koers_plan_get_entries (plan);
  KoersCalendarEntry **entries = new_entries (6);
  Changes changes = { 0, 0, 0 };
  Changes taken;
  guint position = G_MAXUINT;

  g_signal_connect (plan, "changed", G_CALLBACK (changes_cb), &changes);
  g_signal_connect (plan, "object-changed", G_CALLBACK (object_changed_cb), &changes);

  koers_plan_append_many (plan, list, (gpointer *) entries, 4);
  assert_titles (list, "0,1,2,3");
  taken = take_changes (plan, &changes);
  g_assert_cmpuint (taken.count, ==, 1);
  g_assert_cmpuint (taken.objects, ==, 1);

  koers_plan_insert (plan, list, 1, entries[4]);
  koers_plan_insert (plan, list, 0, entries[5]);
  assert_titles (list, "5,0,4,1,2,3");
  g_assert_true (koers_plan_get_list_of (plan, entries[4], &position) == list);
  g_assert_cmpuint (position, ==, 2);

  /* Moves, both ways, keep the items attached */
  koers_plan_move (plan, entries[5], 5);
  assert_titles (list, "0,4,1,2,3,5");
  koers_plan_move (plan, entries[3], 0);
  assert_titles (list, "3,0,4,1,2,5");
  g_assert_true (koers_plan_of (entries[3]) == plan);
  g_assert_true (koers_plan_of (entries[5]) == plan);
  take_changes (plan, &changes);
  koers_calendar_entry_set_title (entries[5], "Post 5");  /* no change */
  koers_calendar_entry_set_title (entries[3], "Post 3!");
  taken = take_changes (plan, &changes);
  g_assert_cmpuint (taken.objects, ==, 1);
  g_assert_true (koers_history_undo (history));
  assert_titles (list, "3,0,4,1,2,5");
  g_assert_true (koers_history_undo (history));
  assert_titles (list, "0,4,1,2,3,5");
  g_assert_true (koers_history_undo (history));
  assert_titles (list, "5,0,4,1,2,3");
  g_assert_true (koers_history_redo (history));
  g_assert_true (koers_history_redo (history));
  assert_titles (list, "3,0,4,1,2,5");

  /* Removing items from all over the list: one step, one emission */
  {
    gpointer gone[] = { entries[0], entries[1], entries[5], entries[2] };

    take_changes (plan, &changes);
    g_assert_cmpuint (koers_plan_remove_many (plan, gone, G_N_ELEMENTS (gone)), ==, 4);
    assert_titles (list, "3,4");
    for (guint i = 0; i < G_N_ELEMENTS (gone); i++)
      g_assert_null (koers_plan_of (gone[i]));
    taken = take_changes (plan, &changes);
    g_assert_cmpuint (taken.count, ==, 1);
    g_assert_true (koers_history_undo (history));
    assert_titles (list, "3,0,4,1,2,5");
    for (guint i = 0; i < G_N_ELEMENTS (gone); i++)
      g_assert_true (koers_plan_of (gone[i]) == plan);
    g_assert_true (koers_history_redo (history));
    assert_titles (list, "3,4");
  }

  /* begin/end_change: one step for several operations */
  koers_plan_begin_change (plan);
  koers_plan_remove (plan, entries[3]);
  koers_calendar_entry_set_title (entries[4], "Post 4 renamed");
  koers_plan_end_change (plan);
  assert_titles (list, "4 renamed");
  g_assert_true (koers_history_undo (history));
  assert_titles (list, "3,4");

  free_entries (entries, 6);
}

/* What the list API refuses, with a critical and no change. */
static void
test_list_api_refuses (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(KoersPlan) plan = koers_plan_new ();
      g_autoptr(KoersChannel) channel = koers_channel_new ();

      /* A channel is not a calendar entry */
      koers_plan_append (plan, koers_plan_get_entries (plan), channel);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*G_TYPE_CHECK_INSTANCE_TYPE*");
}

static void
test_list_api_fixed (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(KoersPlan) plan = koers_plan_new ();

      /* The seven tips stay seven */
      koers_plan_remove (plan, koers_plan_get_tip (plan, KOERS_TIP_HUB));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*fixed*");
}

static void
test_list_direct (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(KoersPlan) plan = koers_plan_new ();
      g_autoptr(KoersTool) tool = koers_tool_new ();

      GListStore *tools = G_LIST_STORE (koers_plan_get_tools (plan));

      g_list_store_append (tools, tool);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*changed directly*");
}

/* Freeing a plan takes time linear in its size: 20 times the items must
 * not take 100 times as long. */
static double
time_dispose (guint n)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 start;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (groups, koers_target_group_new ());
  koers_plan_append_many (plan, koers_plan_get_target_groups (plan), groups->pdata, n);
  g_ptr_array_set_size (groups, 0);
  start = g_get_monotonic_time ();
  g_clear_object (&plan);
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
test_dispose_linear (void)
{
  double small = time_dispose (5000);
  double large = time_dispose (100000);

  g_test_message ("dispose: 5000 groups %.4f s, 100000 groups %.4f s", small, large);
  g_assert_cmpfloat (large, <, MAX (small, 0.002) * 100);
  g_assert_cmpfloat (large, <, 5.0);
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
  /* Planning and Presence are reached; the organisation is in Presence. */
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_PRESENCE);

  /* A phase without criteria is not met. */
  {
    GListModel *criteria = koers_maturity_phase_get_criteria (koers_plan_get_phase (plan, 0));
    g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
      g_ptr_array_add (all, g_list_model_get_item (criteria, i));
    koers_plan_remove_many (plan, all->pdata, all->len);
    g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 0);
  }
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
  static const KoersPlanRecorder recorder = { recorded_property, recorded_list, NULL, NULL };
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

  koers_plan_append (plan, koers_plan_get_entries (plan), entry);
  koers_calendar_entry_set_date (entry, date);
  g_assert_cmpstr (g_ptr_array_index (r.properties, r.properties->len - 1), ==, "date");
  koers_plan_remove (plan, entry);
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

  koers_calendar_entry_set_rrule (entry, "FREQ=MONTHLY;BYMONTHDAY=-1");
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
  Changes changes = { 0, 0, 0 };
  KoersRosePart *part = koers_plan_get_rose_part (plan, KOERS_ROSE_PART_ACTIVATING);

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
  koers_plan_append (plan, G_LIST_MODEL (channels), channel);
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
  koers_plan_remove (plan, channel);
  g_assert_true (koers_history_undo (history));
  {
    g_autoptr(KoersChannel) back = g_list_model_get_item (G_LIST_MODEL (channels), 0);

    g_assert_true (back == channel);
    koers_plan_flush_changes (plan);
    g_signal_connect (plan, "changed", G_CALLBACK (changes_cb), &changes);
    koers_channel_set_purpose (channel, "Video");
    g_assert_cmpuint (take_changes (plan, &changes).sections, ==, KOERS_PLAN_SECTION_TECHNOLOGY);
  }

  /* A new change clears redo */
  g_assert_true (koers_history_undo (history));
  koers_plan_set_author (plan, "Anouk");
  g_assert_false (koers_history_get_can_redo (history));
}

/* The catalogue offers Google Business Profile (Google Bedrijfsprofiel), the
 * channel Dutch local businesses use most after Facebook and Instagram, with
 * a purpose and a colour, and a new channel made from it carries them. */
static void
test_catalogue_google_business_profile (void)
{
  guint n = koers_channel_catalogue_get_n_items (), found = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (koers_channel_catalogue_get_name (i),
                   g_dgettext (GETTEXT_PACKAGE, "Google Business Profile")) == 0)
      found = i;
  g_assert_cmpuint (found, <, n);
  /* right after Facebook and Instagram */
  g_assert_cmpuint (found, ==, 2);
  g_assert_nonnull (strstr (koers_channel_catalogue_get_purpose (found), "Google"));
  g_assert_true (g_str_has_prefix (koers_channel_catalogue_get_colour (found), "#"));

  {
    g_autoptr(KoersPlan) plan = koers_plan_new ();
    g_autoptr(KoersChannel) channel =
      koers_channel_catalogue_new_channel (found, koers_plan_get_channels (plan));

    g_assert_cmpstr (koers_channel_get_name (channel), ==,
                     koers_channel_catalogue_get_name (found));
  }
}

static void
assert_peek_matches (GListModel *list)
{
  guint n;
  gpointer *items = _koers_plan_peek_items (list, &n);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_assert_true (items[i] == (gpointer) item);
    }
}

/* The borrowed items of a list (the check's walks) follow every change,
 * undo and redo included. */
static void
test_peek_items (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersHistory) history = koers_history_new (plan);
  GListModel *entries = koers_plan_get_entries (plan);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

  assert_peek_matches (entries);
  for (guint i = 0; i < 10; i++)
    g_ptr_array_add (batch, koers_calendar_entry_new ());
  koers_plan_append_many (plan, entries, batch->pdata, 6);
  assert_peek_matches (entries);
  koers_plan_insert_many (plan, entries, 2, batch->pdata + 6, 4);
  assert_peek_matches (entries);
  koers_plan_move (plan, g_ptr_array_index (batch, 0), 9);
  assert_peek_matches (entries);
  koers_plan_move (plan, g_ptr_array_index (batch, 7), 1);
  assert_peek_matches (entries);
  koers_plan_remove (plan, g_ptr_array_index (batch, 3));
  assert_peek_matches (entries);
  koers_plan_remove_many (plan, batch->pdata + 4, 3);
  assert_peek_matches (entries);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 6);
  while (koers_history_get_can_undo (history))
    {
      koers_history_undo (history);
      assert_peek_matches (entries);
    }
  while (koers_history_get_can_redo (history))
    {
      koers_history_redo (history);
      assert_peek_matches (entries);
    }
}

/* Numbers in the language Koers speaks, not the C library's LC_NUMERIC */
static void
test_format_number (void)
{
  struct { double value; guint decimals; const char *english; const char *dutch; } cases[] = {
    { 1.5, 1, "1.5", "1,5" },
    { 3.0, 1, "3", "3" },
    { 0.25, 2, "0.25", "0,25" },
    { 0.25, 1, "0.2", "0,2" },
    { 12.5, 2, "12.5", "12,5" },
    { -0.0, 1, "0", "0" },
    { -2.75, 2, "-2.75", "-2,75" },
    { 40, 0, "40", "40" },
  };
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *saved = language != NULL ? g_strdup (language) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = koers_format_number (cases[i].value, cases[i].decimals);

      g_assert_cmpstr (text, ==, cases[i].english);
    }

  /* the mark follows the language, with no catalogue or locale installed */
  g_setenv ("LANGUAGE", "nl", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = koers_format_number (cases[i].value, cases[i].decimals);

      g_assert_cmpstr (text, ==, cases[i].dutch);
    }
  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/defaults", test_defaults);
  g_test_add_func ("/model/changed-signal", test_changed_signal);
  g_test_add_func ("/model/changed-detail", test_changed_detail);
  g_test_add_func ("/model/list-api", test_list_api);
  g_test_add_func ("/model/list-api/refuses-type", test_list_api_refuses);
  g_test_add_func ("/model/list-api/refuses-fixed", test_list_api_fixed);
  g_test_add_func ("/model/list-api/refuses-direct", test_list_direct);
  g_test_add_func ("/model/dispose-linear", test_dispose_linear);
  g_test_add_func ("/model/list-api/peek-items", test_peek_items);
  g_test_add_func ("/model/ranges", test_ranges);
  g_test_add_func ("/model/current-phase", test_current_phase);
  g_test_add_func ("/model/make-id", test_make_id);
  g_test_add_func ("/model/recorder", test_recorder);
  g_test_add_func ("/model/occurrences", test_occurrences);
  g_test_add_func ("/model/history", test_history);
  g_test_add_func ("/model/format-number", test_format_number);
  g_test_add_func ("/model/catalogue/google-business-profile",
                   test_catalogue_google_business_profile);

  return g_test_run ();
}
