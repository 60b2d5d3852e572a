/* test-check.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan check (koers-check.c): fixture files with a known answer, and
 * plans built with the model API that change one thing at a time.
 */
#include "config.h"

#include "koers-test-util.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "koers-calendar-entry.h"
#include "koers-channel.h"
#include "koers-checklist-item.h"
#include "koers-milestone.h"
#include "koers-rose-part.h"
#include "koers-check.h"
#include "koers-check-private.h"
#include "koers-check-place.h"
#include "koers-objective.h"
#include "koers-plan-io.h"
#include "koers-raci-cell.h"
#include "koers-role.h"
#include "koers-roles.h"
#include "koers-strategy.h"
#include "koers-target-group.h"
#include "koers-task.h"

/* Helpers -------------------------------------------------------------- */

static KoersPlan *
load_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures",
                                                                    name, NULL));
  KoersPlan *plan = koers_plan_io_load (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
set_date (KoersPlan *plan,
          void     (*setter) (KoersPlan *, const GDate *),
          int        year,
          int        month,
          int        day)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

  setter (plan, date);
}

static void
set_period (KoersPlan *plan,
            int        y1,
            int        m1,
            int        d1,
            int        y2,
            int        m2,
            int        d2)
{
  set_date (plan, koers_plan_set_period_start, y1, m1, d1);
  set_date (plan, koers_plan_set_period_end, y2, m2, d2);
}

static KoersChannel *
add_channel (KoersPlan  *plan,
             const char *id,
             const char *name)
{
  g_autoptr(KoersChannel) channel = koers_channel_new ();

  koers_channel_set_id (channel, id);
  koers_channel_set_name (channel, name);
  /* No aim for posts a week, unless a test sets one */
  koers_channel_set_posts_per_week (channel, 0);
  koers_plan_append (plan, koers_plan_get_channels (plan), channel);
  return channel; /* the plan keeps it alive */
}

/* What a version-2 recurrence became (koers-plan-migrate.c), from the
 * entry's date, keeping its end */
static void
set_recurrence (KoersCalendarEntry *entry,
                KoersRecurrence     recurrence)
{
  const GDate *date = koers_calendar_entry_get_date (entry);
  const char *old = koers_calendar_entry_get_rrule (entry);
  const char *until = strstr (old, ";UNTIL=");
  guint day = date != NULL ? g_date_get_day (date) : 1;
  g_autofree char *rule = NULL;

  switch (recurrence)
    {
    case KOERS_RECURRENCE_WEEKLY:
      rule = g_strdup ("FREQ=WEEKLY");
      break;
    case KOERS_RECURRENCE_BIWEEKLY:
      rule = g_strdup ("FREQ=WEEKLY;INTERVAL=2");
      break;
    case KOERS_RECURRENCE_MONTHLY:
      rule = g_strdup (day == 31 ? "FREQ=MONTHLY;BYMONTHDAY=-1" :
                       day == 30 ? "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1" :
                       day == 29 ? "FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1" : "FREQ=MONTHLY");
      break;
    case KOERS_RECURRENCE_NONE:
    default:
      koers_calendar_entry_set_rrule (entry, "");
      return;
    }
  if (until != NULL)
    {
      g_autofree char *with_end = g_strconcat (rule, until, NULL);

      koers_calendar_entry_set_rrule (entry, with_end);
    }
  else
    koers_calendar_entry_set_rrule (entry, rule);
}

static void
set_recurrence_end (KoersCalendarEntry *entry,
                    const GDate        *end)
{
  g_autofree char *rule = g_strdup (koers_calendar_entry_get_rrule (entry));
  char *until = strstr (rule, ";UNTIL=");
  g_autofree char *with_end = NULL;

  if (until != NULL)
    *until = '\0';
  with_end = g_strdup_printf ("%s;UNTIL=%04u%02u%02u", rule, g_date_get_year (end),
                              g_date_get_month (end), g_date_get_day (end));
  koers_calendar_entry_set_rrule (entry, with_end);
}

static KoersCalendarEntry *
add_entry_full (KoersPlan        *plan,
                const char       *channel,
                int               year,
                int               month,
                int               day,
                KoersContentKind  kind,
                KoersRecurrence   recurrence)
{
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

  koers_calendar_entry_set_date (entry, date);
  koers_calendar_entry_set_channel (entry, channel);
  koers_calendar_entry_set_kind (entry, kind);
  set_recurrence (entry, recurrence);
  koers_plan_append (plan, koers_plan_get_entries (plan), entry);
  return entry;
}

static KoersCalendarEntry *
add_entry (KoersPlan  *plan,
           const char *channel,
           int         year,
           int         month,
           int         day)
{
  return add_entry_full (plan, channel, year, month, day,
                         KOERS_CONTENT_KIND_VALUE, KOERS_RECURRENCE_NONE);
}

static KoersRole *
add_role (KoersPlan  *plan,
          const char *id,
          double      hours)
{
  g_autoptr(KoersRole) role = koers_role_new ();
  g_autofree char *name = g_ascii_strup (id, -1);

  koers_role_set_id (role, id);
  koers_role_set_name (role, name);
  koers_role_set_hours_per_week (role, hours);
  koers_plan_append (plan, koers_plan_get_roles (plan), role);
  return role;
}

/* @raci: pairs of role id and letter, NULL-terminated: "a", "A", "b", "R", NULL */
static KoersTask *
add_task (KoersPlan  *plan,
          const char *name,
          double      hours,
          ...)
{
  g_autoptr(KoersTask) task = koers_task_new ();
  g_autofree char *id = g_ascii_strdown (name, -1);
  const char *role;
  va_list args;

  koers_task_set_id (task, id);
  koers_task_set_name (task, name);
  koers_task_set_hours_per_week (task, hours);

  va_start (args, hours);
  while ((role = va_arg (args, const char *)) != NULL)
    {
      const char *letter = va_arg (args, const char *);
      g_autoptr(KoersRaciCell) cell = koers_raci_cell_new ();
      KoersRaci value;

      switch (letter[0])
        {
        case 'R': value = KOERS_RACI_RESPONSIBLE; break;
        case 'A': value = KOERS_RACI_ACCOUNTABLE; break;
        case 'C': value = KOERS_RACI_CONSULTED; break;
        case 'I': value = KOERS_RACI_INFORMED; break;
        default:  value = KOERS_RACI_NONE; break;
        }
      koers_raci_cell_set_role (cell, role);
      koers_raci_cell_set_letter (cell, value);
      g_list_store_append ((GListStore *) koers_task_get_raci (task), cell);
    }
  va_end (args);

  koers_plan_append (plan, koers_plan_get_tasks (plan), task);
  return task;
}

static KoersObjective *
add_objective (KoersPlan  *plan,
               const char *title,
               gboolean    has_target,
               gboolean    has_deadline)
{
  g_autoptr(KoersObjective) objective = koers_objective_new ();

  koers_objective_set_title (objective, title);
  koers_objective_set_has_target (objective, has_target);
  if (has_target)
    {
      koers_objective_set_target (objective, 100);
      koers_objective_set_kpi (objective, "Volgers op Instagram");
    }
  if (has_deadline)
    {
      g_autoptr(GDate) deadline = g_date_new_dmy (30, G_DATE_JUNE, 2027);

      koers_objective_set_deadline (objective, deadline);
    }
  koers_plan_append (plan, koers_plan_get_objectives (plan), objective);
  return objective;
}

/* A plan without findings: period January to June 2027, one target group,
 * a primary objective with one SMART objective, a strategy, no channels
 * yet (the tests add them with their posts), one well-staffed task. */
/* What a complete plan has beside the POST steps: the tips done, a hub,
 * every part of the rose scored. */
static void
complete_preparation (KoersPlan *plan)
{
  GListModel *tips = koers_plan_get_tips (plan);

  for (guint i = 0; i < g_list_model_get_n_items (tips); i++)
    {
      g_autoptr(KoersChecklistItem) tip = g_list_model_get_item (tips, i);

      koers_checklist_item_set_status (tip, KOERS_STATUS_DONE);
    }
  koers_plan_set_hub_url (plan, "https://www.korenaar.nl");
  for (guint p = 0; p < KOERS_N_ROSE_PARTS; p++)
    {
      koers_rose_part_set_current (koers_plan_get_rose_part (plan, p), 2);
      koers_rose_part_set_target (koers_plan_get_rose_part (plan, p), 3);
    }
}

static KoersPlan *
new_base_plan (void)
{
  KoersPlan *plan = koers_plan_new ();
  g_autoptr(KoersTargetGroup) group = koers_target_group_new ();
  g_autoptr(KoersStrategy) strategy = koers_strategy_new ();

  set_period (plan, 2027, 1, 1, 2027, 6, 30);

  koers_target_group_set_name (group, "Buurtbewoners");
  koers_plan_append (plan, koers_plan_get_target_groups (plan), group);

  koers_plan_set_primary_objective (plan, KOERS_PRIMARY_OBJECTIVE_AWARENESS);
  add_objective (plan, "Meer volgers", TRUE, TRUE);

  koers_strategy_set_kind (strategy, KOERS_STRATEGY_KIND_COMMUNITY);
  koers_plan_append (plan, koers_plan_get_strategies (plan), strategy);

  add_role (plan, "owner", 4);
  add_role (plan, "staff", 6);
  add_task (plan, "Content", 5.0, "owner", "A", "staff", "R", NULL);

  complete_preparation (plan);
  return plan;
}

/* The base plan with one channel that posts on the 15th of every month. */
static KoersPlan *
new_complete_plan (void)
{
  KoersPlan *plan = new_base_plan ();

  add_channel (plan, "instagram", "Instagram");
  add_entry_full (plan, "instagram", 2027, 1, 15, KOERS_CONTENT_KIND_VALUE,
                  KOERS_RECURRENCE_MONTHLY);
  return plan;
}

static KoersFinding *
finding (GPtrArray *findings,
         guint      index)
{
  g_assert_cmpuint (index, <, findings->len);
  return g_ptr_array_index (findings, index);
}

static guint
count_kind (GPtrArray        *findings,
            KoersFindingKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (finding (findings, i)->kind == kind)
      n++;
  return n;
}

/* The only finding of @kind; fails unless there is exactly one. */
static KoersFinding *
only_of_kind (GPtrArray        *findings,
              KoersFindingKind  kind)
{
  KoersFinding *found = NULL;

  for (guint i = 0; i < findings->len; i++)
    if (finding (findings, i)->kind == kind)
      {
        g_assert_null (found);
        found = finding (findings, i);
      }
  g_assert_nonnull (found);
  return found;
}

static void
dump_findings (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    g_test_message ("finding %u: kind %d, area %d: %s", i, finding (findings, i)->kind,
                    finding (findings, i)->area, finding (findings, i)->message);
}

/* Checks @plan and expects @n_expected findings.
 * Returns: (transfer full): the findings */
static GPtrArray *
check_expecting (KoersPlan *plan,
                 guint      n_expected)
{
  GPtrArray *findings = koers_check_plan (plan);

  dump_findings (findings);
  g_assert_cmpuint (findings->len, ==, n_expected);
  return findings;
}

/* Checks @plan, which must give exactly one finding, of @kind in @area.
 * Returns: (transfer full): its message */
static char *
single_finding (KoersPlan        *plan,
                KoersFindingKind  kind,
                KoersArea         area)
{
  g_autoptr(GPtrArray) findings = check_expecting (plan, 1);

  g_assert_cmpint (finding (findings, 0)->kind, ==, kind);
  g_assert_cmpint (finding (findings, 0)->area, ==, area);
  return g_strdup (finding (findings, 0)->message);
}

static void
assert_no_findings (KoersPlan *plan)
{
  g_ptr_array_unref (check_expecting (plan, 0));
}

/* Dates of an entry's occurrences, as "YYYY-MM-DD" */
static void
collect_date_cb (KoersCalendarEntry *entry,
                 const GDate        *date,
                 gpointer            user_data)
{
  GPtrArray *dates = user_data;

  g_ptr_array_add (dates, g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                                           g_date_get_month (date), g_date_get_day (date)));
}

static char *
occurrences (KoersCalendarEntry *entry,
             int                 y1,
             int                 m1,
             int                 d1,
             int                 y2,
             int                 m2,
             int                 d2)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDate) from = g_date_new_dmy (d1, m1, y1);
  g_autoptr(GDate) to = g_date_new_dmy (d2, m2, y2);
  guint n;

  n = koers_calendar_entry_foreach_occurrence (entry, from, to, collect_date_cb, dates);
  g_assert_cmpuint (n, ==, dates->len);
  /* Without a callback the count is the same. */
  g_assert_cmpuint (koers_calendar_entry_foreach_occurrence (entry, from, to, NULL, NULL), ==, n);

  g_ptr_array_add (dates, NULL);
  return g_strjoinv (" ", (char **) dates->pdata);
}

/* Fixture files -------------------------------------------------------- */

static void
test_empty_fixture (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("check-empty.koers");
  g_autoptr(GPtrArray) findings = koers_check_plan (plan);
  const KoersArea areas[] = {
    KOERS_AREA_PEOPLE, KOERS_AREA_OBJECTIVES, KOERS_AREA_STRATEGY, KOERS_AREA_TECHNOLOGY,
  };

  dump_findings (findings);
  g_assert_cmpuint (findings->len, ==, 6);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_assert_cmpint (finding (findings, i)->kind, ==, KOERS_FINDING_EMPTY_STEP);
      g_assert_cmpint (finding (findings, i)->area, ==, areas[i]);
    }
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_PRIMARY_OBJECTIVE), ==, 0);
  g_assert_cmpstr (finding (findings, 0)->message, ==,
                   "Step 1, People, is empty: describe at least one target group.");
  g_assert_cmpstr (finding (findings, 1)->message, ==,
                   "Step 2, Objectives, is empty: choose a primary objective and set goals.");
  g_assert_cmpstr (finding (findings, 2)->message, ==,
                   "Step 3, Strategy, is empty: choose how you will reach your objectives.");
  g_assert_cmpstr (finding (findings, 3)->message, ==,
                   "Step 4, Technology, is empty: choose the channels you will use.");
  /* The preparation and the rose are not started either: one finding each. */
  g_assert_cmpint (finding (findings, 4)->kind, ==, KOERS_FINDING_TIPS_OPEN);
  g_assert_cmpstr (finding (findings, 4)->location, ==, "tip/resources");
  g_assert_cmpint (finding (findings, 5)->kind, ==, KOERS_FINDING_ROSE_UNADDRESSED);
  g_assert_cmpstr (finding (findings, 5)->location, ==, "part/1");
}

static void
test_empty_new_plan (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) findings = koers_check_plan (plan);

  /* The fixed parts koers_plan_new() adds (tips, DO's, rose, phases) fill
   * no POST step. */
  dump_findings (findings);
  g_assert_cmpuint (findings->len, ==, 6);
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_EMPTY_STEP), ==, 4);
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_TIPS_OPEN), ==, 1);
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_ROSE_UNADDRESSED), ==, 1);
}

static void
test_complete_fixture (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("check-complete.koers");
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
  g_autoptr(GDate) last = g_date_new_dmy (31, G_DATE_MARCH, 2027);
  guint n_value, n_promotion;

  assert_no_findings (plan);

  /* 13 weekly posts from 5 January and 3 monthly promotions: 3/16 is
   * below a fifth. */
  koers_check_content_mix (plan, first, last, &n_value, &n_promotion);
  g_assert_cmpuint (n_value, ==, 13);
  g_assert_cmpuint (n_promotion, ==, 3);
}

static void
test_complete_in_code (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();

  assert_no_findings (plan);
}

static void
test_continuity_fixture (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("check-continuity.koers");
  g_autofree char *message = single_finding (plan, KOERS_FINDING_CONTINUITY_GAP,
                                             KOERS_AREA_CALENDAR);

  g_assert_cmpstr (message, ==,
                   "Channel “Facebook” has no post in March 2027: plan at least one update "
                   "a month.");
}

static void
test_monthly_fixture (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("check-monthly.koers");

  /* 31 January, then 28 February, 31 March, 30 April, ...: no gap. */
  assert_no_findings (plan);
}

static void
test_mix_fixture (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("check-mix.koers");
  g_autofree char *message = single_finding (plan, KOERS_FINDING_CONTENT_MIX, KOERS_AREA_CALENDAR);

  g_assert_cmpstr (message, ==,
                   "30% of the planned posts are promotion; keep that at most 20% and give "
                   "followers value in the other posts.");
}

static void
test_raci_fixture (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("check-raci.koers");
  g_autoptr(GPtrArray) findings = check_expecting (plan, 4);

  for (guint i = 0; i < findings->len; i++)
    {
      g_assert_cmpint (finding (findings, i)->kind, ==,
                       i == 2 ? KOERS_FINDING_UNKNOWN_ROLE : KOERS_FINDING_RACI_ACCOUNTABLE);
      g_assert_cmpint (finding (findings, i)->area, ==, KOERS_AREA_ROLES);
    }
  g_assert_cmpstr (finding (findings, 0)->message, ==,
                   "Task “Klachten” has 2 roles accountable (A); it needs exactly one.");
  g_assert_cmpstr (finding (findings, 1)->message, ==,
                   "Task “Rapporteren” has 0 roles accountable (A); it needs exactly one.");
  /* The A of the role "oud", which the plan does not have, does not count,
   * and the cell is reported. */
  g_assert_cmpstr (finding (findings, 2)->message, ==,
                   "Task “Goedkeuren” has a RACI letter for the role “oud”, which is not in the "
                   "list of roles.");
  g_assert_cmpstr (finding (findings, 3)->message, ==,
                   "Task “Goedkeuren” has 0 roles accountable (A); it needs exactly one.");
}

/* Steps and objectives ------------------------------------------------- */

static void
test_primary_objective (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();

  /* Objectives but no primary objective */
  koers_plan_set_primary_objective (plan, KOERS_PRIMARY_OBJECTIVE_NONE);
  {
    g_autofree char *message = single_finding (plan, KOERS_FINDING_PRIMARY_OBJECTIVE,
                                               KOERS_AREA_OBJECTIVES);

    g_assert_cmpstr (message, ==, "There is no primary objective: choose exactly one.");
  }

  /* An own one needs a description; white space is none. */
  koers_plan_set_primary_objective (plan, KOERS_PRIMARY_OBJECTIVE_CUSTOM);
  koers_plan_set_primary_objective_text (plan, " \t\n ");
  {
    g_autoptr(GPtrArray) findings = check_expecting (plan, 1);

    g_assert_cmpint (finding (findings, 0)->kind, ==, KOERS_FINDING_PRIMARY_OBJECTIVE);
    g_assert_cmpstr (finding (findings, 0)->message, ==,
                     "The primary objective is your own, but it has no description.");
  }

  koers_plan_set_primary_objective_text (plan, "Vrijwilligers vinden");
  assert_no_findings (plan);
}

static void
test_not_smart (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  add_objective (plan, "Bekendheid", FALSE, FALSE);
  add_objective (plan, "Sfeer", FALSE, TRUE);
  add_objective (plan, "Volgers", TRUE, FALSE);
  add_objective (plan, "", FALSE, FALSE);

  findings = check_expecting (plan, 4);
  for (guint i = 0; i < findings->len; i++)
    {
      g_assert_cmpint (finding (findings, i)->kind, ==, KOERS_FINDING_NOT_SMART);
      g_assert_cmpint (finding (findings, i)->area, ==, KOERS_AREA_OBJECTIVES);
    }
  g_assert_cmpstr (finding (findings, 0)->message, ==,
                   "Objective “Bekendheid” has no target value and no deadline, so it is "
                   "not SMART.");
  g_assert_cmpstr (finding (findings, 1)->message, ==,
                   "Objective “Sfeer” has no target value, so it cannot be measured.");
  g_assert_cmpstr (finding (findings, 2)->message, ==,
                   "Objective “Volgers” has no deadline.");
  g_assert_cmpstr (finding (findings, 3)->message, ==,
                   "Objective “(untitled)” has no target value and no deadline, so it is "
                   "not SMART.");
}

static void
test_step_filled_by_other_lists (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  /* Step 3 is filled by a relationship text alone. */
  {
    GListModel *strategies = koers_plan_get_strategies (plan);
    g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
      g_ptr_array_add (all, g_list_model_get_item (strategies, i));
    koers_plan_remove_many (plan, all->pdata, all->len);
  }
  koers_plan_set_relationship (plan, "Van zenden naar luisteren");
  assert_no_findings (plan);

  koers_plan_set_relationship (plan, "");
  findings = check_expecting (plan, 1);
  g_assert_cmpint (finding (findings, 0)->kind, ==, KOERS_FINDING_EMPTY_STEP);
  g_assert_cmpint (finding (findings, 0)->area, ==, KOERS_AREA_STRATEGY);
}

/* Continuity ----------------------------------------------------------- */

static void
test_continuity_gap (void)
{
  g_autoptr(KoersPlan) plan = new_base_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  KoersFinding *gap;

  add_channel (plan, "facebook", "Facebook");
  add_entry (plan, "facebook", 2027, 1, 1);
  add_entry (plan, "facebook", 2027, 2, 14);
  add_entry (plan, "facebook", 2027, 4, 30);
  add_entry (plan, "facebook", 2027, 5, 2);
  add_entry (plan, "facebook", 2027, 6, 30);
  /* Outside the period: does not fill March of another year. */
  add_entry (plan, "facebook", 2026, 3, 10);
  add_entry (plan, "facebook", 2028, 3, 10);

  findings = check_expecting (plan, 1);
  gap = only_of_kind (findings, KOERS_FINDING_CONTINUITY_GAP);
  g_assert_cmpint (gap->area, ==, KOERS_AREA_CALENDAR);
  g_assert_nonnull (strstr (gap->message, "March 2027"));
  g_assert_null (strstr (gap->message, "February"));
  g_assert_null (strstr (gap->message, "April"));

  /* A post in March closes the gap; every month has a post, but from
   * 2 May to 30 June followers wait 58 days. */
  add_entry (plan, "facebook", 2027, 3, 31);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = check_expecting (plan, 1);
  gap = only_of_kind (findings, KOERS_FINDING_LONG_GAP);
  g_assert_cmpint (gap->severity, ==, KOERS_SEVERITY_HINT);
  g_assert_cmpstr (gap->message, ==,
                   "Channel “Facebook” has no post for 58 days, from 3 May 2027 to 29 June 2027.");
  g_assert_cmpstr (gap->location, ==, "range/2027-05-03/2027-06-29/channel/facebook");

  /* At most six weeks between posts */
  add_entry (plan, "facebook", 2027, 6, 1);
  add_entry (plan, "facebook", 2027, 3, 15);
  add_entry (plan, "facebook", 2027, 1, 20);
  assert_no_findings (plan);
}

static void
test_continuity_several_gaps (void)
{
  g_autoptr(KoersPlan) plan = new_base_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  add_channel (plan, "facebook", "Facebook");
  add_entry (plan, "facebook", 2027, 2, 1);
  add_entry (plan, "facebook", 2027, 5, 1);

  /* January is before the channel's first post: not a gap */
  findings = check_expecting (plan, 1);
  g_assert_cmpstr (only_of_kind (findings, KOERS_FINDING_CONTINUITY_GAP)->message, ==,
                   "Channel “Facebook” has no post in March 2027, April 2027, "
                   "June 2027: plan at least one update a month.");
  g_assert_cmpstr (only_of_kind (findings, KOERS_FINDING_CONTINUITY_GAP)->location, ==,
                   "range/2027-03-01/2027-04-30/channel/facebook");
}

static void
test_continuity_monthly_31st (void)
{
  g_autoptr(KoersPlan) plan = new_base_plan ();
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
  g_autoptr(GDate) last = g_date_new_dmy (30, G_DATE_JUNE, 2027);

  add_channel (plan, "blog", "Blog");
  add_entry_full (plan, "blog", 2027, 1, 31, KOERS_CONTENT_KIND_VALUE, KOERS_RECURRENCE_MONTHLY);

  assert_no_findings (plan);
  g_assert_cmpuint (koers_check_count_posts (plan, "blog", first, last), ==, 6);
}

static void
test_continuity_recurrence_end (void)
{
  g_autoptr(KoersPlan) plan = new_base_plan ();
  g_autoptr(GDate) end = g_date_new_dmy (15, G_DATE_FEBRUARY, 2027);
  g_autoptr(GPtrArray) findings = NULL;
  KoersCalendarEntry *entry;

  add_channel (plan, "linkedin", "LinkedIn");
  entry = add_entry_full (plan, "linkedin", 2027, 1, 4, KOERS_CONTENT_KIND_VALUE,
                          KOERS_RECURRENCE_WEEKLY);
  set_recurrence_end (entry, end);

  findings = check_expecting (plan, 1);
  g_assert_cmpstr (only_of_kind (findings, KOERS_FINDING_CONTINUITY_GAP)->message, ==,
                   "Channel “LinkedIn” has no post in March 2027, April 2027, May 2027, "
                   "June 2027: plan at least one update a month.");
}

static void
test_continuity_no_posts (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  g_autofree char *message = NULL;

  add_channel (plan, "tiktok", "TikTok");
  /* A post before the period does not count. */
  add_entry (plan, "tiktok", 2026, 12, 31);

  message = single_finding (plan, KOERS_FINDING_NO_POSTS, KOERS_AREA_CALENDAR);
  g_assert_cmpstr (message, ==,
                   "Channel “TikTok” has no posts planned: a channel without updates looks "
                   "abandoned.");
}

static void
test_continuity_inactive (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  KoersChannel *channel;

  channel = add_channel (plan, "hyves", "Hyves");
  koers_channel_set_active (channel, FALSE);
  /* Its one post does not make it an unknown channel either. */
  add_entry (plan, "hyves", 2027, 3, 1);

  assert_no_findings (plan);

  koers_channel_set_active (channel, TRUE);
  {
    g_autoptr(GPtrArray) findings = check_expecting (plan, 1);

    g_assert_cmpint (finding (findings, 0)->kind, ==, KOERS_FINDING_CONTINUITY_GAP);
  }
}

static void
test_unknown_channel (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  g_autofree char *message = NULL;

  add_entry (plan, "myspace", 2027, 2, 1);
  add_entry (plan, "myspace", 2027, 3, 1); /* reported once */
  add_entry (plan, "", 2027, 3, 2);        /* no channel: not unknown */

  message = single_finding (plan, KOERS_FINDING_UNKNOWN_CHANNEL, KOERS_AREA_CALENDAR);
  g_assert_cmpstr (message, ==,
                   "Calendar entries name the channel “myspace”, which is not in the channel "
                   "list.");
}

/* Content mix ---------------------------------------------------------- */

static KoersPlan *
new_mix_plan (guint n_value,
              guint n_promotion)
{
  KoersPlan *plan = new_base_plan ();

  set_period (plan, 2027, 3, 1, 2027, 3, 31);
  add_channel (plan, "instagram", "Instagram");
  for (guint i = 0; i < n_value; i++)
    add_entry_full (plan, "instagram", 2027, 3, 1 + i, KOERS_CONTENT_KIND_VALUE,
                    KOERS_RECURRENCE_NONE);
  for (guint i = 0; i < n_promotion; i++)
    add_entry_full (plan, "instagram", 2027, 3, 20 + i, KOERS_CONTENT_KIND_PROMOTION,
                    KOERS_RECURRENCE_NONE);
  return plan;
}

static void
test_mix_at_limit (void)
{
  g_autoptr(KoersPlan) plan = new_mix_plan (8, 2);
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_MARCH, 2027);
  g_autoptr(GDate) last = g_date_new_dmy (31, G_DATE_MARCH, 2027);
  guint n_value = 0, n_promotion = 0;

  koers_check_content_mix (plan, first, last, &n_value, &n_promotion);
  g_assert_cmpuint (n_value, ==, 8);
  g_assert_cmpuint (n_promotion, ==, 2);

  /* Exactly 20% is allowed. */
  assert_no_findings (plan);
}

static void
test_mix_over_limit (void)
{
  g_autoptr(KoersPlan) plan = new_mix_plan (7, 3);
  g_autofree char *message = single_finding (plan, KOERS_FINDING_CONTENT_MIX, KOERS_AREA_CALENDAR);

  g_assert_nonnull (strstr (message, "30%"));
  g_assert_nonnull (strstr (message, "20%"));
}

static void
test_mix_counts (void)
{
  g_autoptr(KoersPlan) plan = new_base_plan ();
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_FEBRUARY, 2027);
  g_autoptr(GDate) last = g_date_new_dmy (28, G_DATE_FEBRUARY, 2027);
  guint n_value = 99, n_promotion = 99;

  /* Nothing yet */
  koers_check_content_mix (plan, first, last, &n_value, &n_promotion);
  g_assert_cmpuint (n_value, ==, 0);
  g_assert_cmpuint (n_promotion, ==, 0);

  add_channel (plan, "instagram", "Instagram");
  /* Weekly from 4 January: 1, 8, 15 and 22 February */
  add_entry_full (plan, "instagram", 2027, 1, 4, KOERS_CONTENT_KIND_VALUE,
                  KOERS_RECURRENCE_WEEKLY);
  /* Biweekly from 4 January: 1 and 15 February */
  add_entry_full (plan, "instagram", 2027, 1, 4, KOERS_CONTENT_KIND_PROMOTION,
                  KOERS_RECURRENCE_BIWEEKLY);
  /* Once, in February and outside it */
  add_entry_full (plan, "instagram", 2027, 2, 28, KOERS_CONTENT_KIND_PROMOTION,
                  KOERS_RECURRENCE_NONE);
  add_entry_full (plan, "instagram", 2027, 3, 1, KOERS_CONTENT_KIND_PROMOTION,
                  KOERS_RECURRENCE_NONE);

  koers_check_content_mix (plan, first, last, &n_value, &n_promotion);
  g_assert_cmpuint (n_value, ==, 4);
  g_assert_cmpuint (n_promotion, ==, 3);
}

/* Roles ---------------------------------------------------------------- */

static void
test_raci_two_accountable (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  KoersFinding *raci;

  add_task (plan, "Webcare", 0.0, "owner", "A", "staff", "A", NULL);

  /* Two A's and, with both roles taken, no R */
  findings = check_expecting (plan, 2);
  raci = only_of_kind (findings, KOERS_FINDING_RACI_ACCOUNTABLE);
  g_assert_cmpint (raci->area, ==, KOERS_AREA_ROLES);
  g_assert_cmpstr (raci->message, ==,
                   "Task “Webcare” has 2 roles accountable (A); it needs exactly one.");
  g_assert_cmpstr (only_of_kind (findings, KOERS_FINDING_RACI_RESPONSIBLE)->message, ==,
                   "Task “Webcare” has no role responsible (R) for doing it.");
}

static void
test_raci_no_accountable (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  add_task (plan, "Monitoren", 0.0, "owner", "C", "staff", "R", NULL);

  findings = check_expecting (plan, 1);
  g_assert_cmpstr (only_of_kind (findings, KOERS_FINDING_RACI_ACCOUNTABLE)->message, ==,
                   "Task “Monitoren” has 0 roles accountable (A); it needs exactly one.");
}

static void
test_raci_no_responsible (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  KoersFinding *raci;

  add_task (plan, "Rapporteren", 0.0, "owner", "A", "staff", "I", NULL);

  findings = check_expecting (plan, 1);
  raci = only_of_kind (findings, KOERS_FINDING_RACI_RESPONSIBLE);
  g_assert_cmpint (raci->area, ==, KOERS_AREA_ROLES);
  g_assert_cmpstr (raci->message, ==,
                   "Task “Rapporteren” has no role responsible (R) for doing it.");
}

static void
test_raci_missing_role (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  /* One real A and one of a role the plan does not have: that is one, and
   * the missing role is reported. */
  add_task (plan, "Goedkeuren", 0.0, "owner", "A", "staff", "R", "vertrokken", "A", NULL);
  {
    g_autofree char *message = single_finding (plan, KOERS_FINDING_UNKNOWN_ROLE,
                                               KOERS_AREA_ROLES);

    g_assert_cmpstr (message, ==, "Task “Goedkeuren” has a RACI letter for the role "
                     "“vertrokken”, which is not in the list of roles.");
  }

  /* Only the missing role's A and R: none of either. */
  add_task (plan, "Archiveren", 0.0, "weg", "A", "ook-weg", "R", NULL);
  findings = check_expecting (plan, 5);
  g_assert_cmpstr (only_of_kind (findings, KOERS_FINDING_RACI_ACCOUNTABLE)->message, ==,
                   "Task “Archiveren” has 0 roles accountable (A); it needs exactly one.");
  g_assert_cmpstr (only_of_kind (findings, KOERS_FINDING_RACI_RESPONSIBLE)->message, ==,
                   "Task “Archiveren” has no role responsible (R) for doing it.");
}

static void
test_capacity (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  KoersFinding *capacity;

  /* The roles have 10 hours (owner 4, staff 6); staff does Content, 5 hours.
   * The owner doing Webcare, 3 hours, still fits both. */
  add_task (plan, "Webcare", 3.0, "owner", "R", "staff", "A", NULL);
  assert_no_findings (plan);

  /* Staff now needs 7.5 of its 6 hours, and all need 10.5 of 10. */
  add_task (plan, "Filmen", 2.5, "owner", "A", "staff", "R", NULL);
  findings = check_expecting (plan, 2);
  capacity = only_of_kind (findings, KOERS_FINDING_CAPACITY);
  g_assert_cmpint (capacity->area, ==, KOERS_AREA_ROLES);
  g_assert_null (capacity->location);
  g_assert_cmpstr (capacity->message, ==,
                   "The tasks need 10.5 hours a week, but the roles have 10 hours available.");
  capacity = only_of_kind (findings, KOERS_FINDING_ROLE_CAPACITY);
  g_assert_cmpstr (capacity->location, ==, "role/staff");
  g_assert_cmpstr (capacity->message, ==,
                   "The role “STAFF” needs 7.5 hours a week for its tasks and posts, but has 6.");
  g_assert_cmpfloat_with_epsilon (koers_check_role_hours_needed (plan, "staff"), 7.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (koers_check_role_hours_needed (plan, "owner"), 3.0, 1e-9);
}

/* Cell hours split a task: the cells with hours take theirs, the other
 * doers (R, S) share what is left; an A or C with hours counts too. */
static void
test_capacity_split (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  KoersTask *task;
  KoersRaciCell *cell;

  add_role (plan, "third", 2);
  task = add_task (plan, "Filmen", 3.0, "owner", "A", "staff", "R", "third", "R", NULL);
  /* 3 hours shared by two R's */
  g_assert_cmpfloat_with_epsilon (koers_check_role_hours_needed (plan, "third"), 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (koers_check_role_hours_needed (plan, "staff"), 6.5, 1e-9);

  cell = koers_task_find_cell (task, "third");
  koers_raci_cell_set_hours (cell, 0.5);
  g_assert_cmpfloat_with_epsilon (koers_check_role_hours_needed (plan, "third"), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (koers_check_role_hours_needed (plan, "staff"), 7.5, 1e-9);

  /* The accountable owner reviews for an hour: that is the owner's, and
   * staff does the rest. */
  koers_raci_cell_set_hours (koers_task_find_cell (task, "owner"), 1);
  g_assert_cmpfloat_with_epsilon (koers_check_role_hours_needed (plan, "owner"), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (koers_check_role_hours_needed (plan, "staff"), 6.5, 1e-9);
}

/* Each rule of the matrix on one fixture, with the place it points at. */
static void
test_roles_fixture (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("check-roles.koers");
  const struct
  {
    KoersFindingKind  kind;
    KoersSeverity     severity;
    const char       *location;
    const char       *message;
  } expected[] = {
    { KOERS_FINDING_SUPPORT_LETTER, KOERS_SEVERITY_WARNING, "task/webcare",
      "Task “Webcare” has an S (support), but the plan uses RACI without S: switch on RASCI "
      "or choose another letter." },
    { KOERS_FINDING_RACI_RESPONSIBLE, KOERS_SEVERITY_PROBLEM, "task/goedkeuren",
      "Task “Goedkeuren” has no role responsible (R) for doing it." },
    { KOERS_FINDING_ROLE_OVERLOADED, KOERS_SEVERITY_WARNING, "role/eigenaar",
      "The role “Eigenaar” is A or R on 6 tasks: more than 5 make it a bottleneck; share some "
      "with the other roles." },
    { KOERS_FINDING_ROLE_CAPACITY, KOERS_SEVERITY_WARNING, "role/medewerker",
      "The role “Medewerker” needs 5.5 hours a week for its tasks and posts, but has 2." },
    { KOERS_FINDING_ROLE_CAPACITY, KOERS_SEVERITY_WARNING, "role/neef",
      "The role “Neef” needs 3 hours a week for its tasks and posts, but has 1." },
    { KOERS_FINDING_ROLE_IDLE, KOERS_SEVERITY_HINT, "role/oud-lid",
      "The role “Oud-lid” has no part in any task: give it one, or remove it." },
    { KOERS_FINDING_CAPACITY, KOERS_SEVERITY_WARNING, NULL,
      "The tasks need 9 hours a week, but the roles have 6 hours available." },
    { KOERS_FINDING_NO_DEDICATED, KOERS_SEVERITY_WARNING, NULL,
      "No role has at least 4 hours a week for social media: give someone dedicated time, or "
      "the pages will fall silent." },
    { KOERS_FINDING_ROSE_UNSERVED, KOERS_SEVERITY_WARNING, "rose/activating",
      "No task serves the rose part “Activating”: give it a task and someone who does it." },
  };
  g_autoptr(GPtrArray) findings = check_expecting (plan, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      KoersFinding *f = finding (findings, i);

      g_assert_cmpint (f->area, ==, KOERS_AREA_ROLES);
      g_assert_cmpint (f->kind, ==, expected[i].kind);
      g_assert_cmpint (f->severity, ==, expected[i].severity);
      g_assert_cmpstr (f->location, ==, expected[i].location);
      g_assert_cmpstr (f->message, ==, expected[i].message);
    }

  /* With RASCI on, the S is a letter like the others. */
  koers_plan_set_rasci (plan, TRUE);
  g_ptr_array_unref (findings);
  findings = check_expecting (plan, G_N_ELEMENTS (expected) - 1);
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_SUPPORT_LETTER), ==, 0);
}

/* A large matrix from a file of someone else: 300 roles, 300 tasks, a
 * letter in every cell. The check is one pass over it. */
static void
test_roles_large (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GHashTable) needs = NULL;
  g_autoptr(GTimer) timer = NULL;
  GPtrArray *tasks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint r = 0; r < 300; r++)
    {
      g_autofree char *id = g_strdup_printf ("r%u", r);

      add_role (plan, id, 1);
    }
  for (guint t = 0; t < 300; t++)
    {
      KoersTask *task = koers_task_new ();
      g_autofree char *id = g_strdup_printf ("t%u", t);
      GPtrArray *cells = g_ptr_array_new_with_free_func (g_object_unref);

      koers_task_set_id (task, id);
      koers_task_set_name (task, id);
      koers_task_set_hours_per_week (task, 3);
      for (guint r = 0; r < 300; r++)
        {
          KoersRaciCell *cell = koers_raci_cell_new ();
          g_autofree char *role = g_strdup_printf ("r%u", r);

          koers_raci_cell_set_role (cell, role);
          koers_raci_cell_set_letter (cell, KOERS_RACI_RESPONSIBLE);
          g_ptr_array_add (cells, cell);
        }
      g_list_store_splice (G_LIST_STORE (koers_task_get_raci (task)), 0, 0, cells->pdata,
                           cells->len);
      g_ptr_array_unref (cells);
      g_ptr_array_add (tasks, task);
    }
  koers_plan_append_many (plan, koers_plan_get_tasks (plan), tasks->pdata, tasks->len);
  g_ptr_array_unref (tasks);

  timer = g_timer_new ();
  findings = koers_check_plan (plan);
  g_test_message ("300 x 300 cells: checked in %.3f s", g_timer_elapsed (timer, NULL));
  /* every task lacks its A, every role is R on 300 tasks and needs 3 hours
   * (300 tasks x 3 hours / 300 R's) of its 1 */
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_RACI_ACCOUNTABLE), ==, 300);
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_ROLE_OVERLOADED), ==, 300);
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_ROLE_CAPACITY), ==, 300);
  needs = koers_check_hours_needed (plan);
  g_assert_cmpuint (g_hash_table_size (needs), ==, 300);
  g_assert_cmpfloat_with_epsilon (*(double *) g_hash_table_lookup (needs, "r7"), 3.0, 1e-9);
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 30);
}

/* A plan with tasks and no roles says so once, not twice per task. */
static void
test_roles_none (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  GListModel *roles = koers_plan_get_roles (plan);

  while (g_list_model_get_n_items (roles) > 0)
    {
      g_autoptr(KoersRole) role = g_list_model_get_item (roles, 0);
      koers_plan_remove (plan, role);
    }

  /* The cells of the removed roles are reported, but no A or R is asked. */
  findings = check_expecting (plan, 4);
  g_assert_cmpint (finding (findings, 0)->kind, ==, KOERS_FINDING_NO_ROLES);
  g_assert_cmpint (finding (findings, 0)->severity, ==, KOERS_SEVERITY_PROBLEM);
  g_assert_null (finding (findings, 0)->location);
  g_assert_cmpint (finding (findings, 1)->kind, ==, KOERS_FINDING_UNKNOWN_ROLE);
  g_assert_cmpstr (finding (findings, 1)->location, ==, "task/content");
  g_assert_cmpint (finding (findings, 2)->kind, ==, KOERS_FINDING_UNKNOWN_ROLE);
  g_assert_cmpint (finding (findings, 3)->kind, ==, KOERS_FINDING_CAPACITY);
}

/* The default tasks serve every rose part, and with one well-staffed
 * role of enough time for all of them leave nothing to find. */
static void
test_roles_defaults (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  GListModel *tasks = koers_plan_get_tasks (plan);
  guint n;

  koers_roles_add_default_tasks (plan);
  n = g_list_model_get_n_items (tasks);
  g_assert_cmpuint (n, ==, 9);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(KoersTask) task = g_list_model_get_item (tasks, i);

      g_assert_cmpint (koers_task_get_rose_part (task), !=, KOERS_ENTRY_PART_NONE);
      g_assert_cmpstr (koers_task_get_id (task), !=, "");
      koers_roles_set_letter (plan, task, "owner", KOERS_RACI_ACCOUNTABLE);
      koers_roles_set_letter (plan, task, "staff", KOERS_RACI_RESPONSIBLE);
    }
  koers_role_set_hours_per_week (koers_plan_find_role (plan, "staff"), 20);

  /* The owner is A on 9 tasks and staff R on 9: both bottlenecks. */
  {
    g_autoptr(GPtrArray) findings = check_expecting (plan, 2);

    g_assert_cmpuint (count_kind (findings, KOERS_FINDING_ROLE_OVERLOADED), ==, 2);
  }
}

/* Order ---------------------------------------------------------------- */

static void
test_order (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) findings = NULL;
  const struct
  {
    KoersFindingKind kind;
    KoersArea        area;
  } expected[] = {
    { KOERS_FINDING_EMPTY_STEP,        KOERS_AREA_PEOPLE },
    { KOERS_FINDING_PRIMARY_OBJECTIVE, KOERS_AREA_OBJECTIVES },
    { KOERS_FINDING_NOT_SMART,         KOERS_AREA_OBJECTIVES },
    { KOERS_FINDING_NOT_SMART,         KOERS_AREA_OBJECTIVES },
    { KOERS_FINDING_EMPTY_STEP,        KOERS_AREA_STRATEGY },
    { KOERS_FINDING_EMPTY_STEP,        KOERS_AREA_TECHNOLOGY },
    { KOERS_FINDING_TIPS_OPEN,         KOERS_AREA_PREPARATION },
    { KOERS_FINDING_ROSE_UNADDRESSED,  KOERS_AREA_ROSE },
    { KOERS_FINDING_UNKNOWN_CHANNEL,   KOERS_AREA_CALENDAR },
    { KOERS_FINDING_CONTENT_MIX,       KOERS_AREA_CALENDAR },
    { KOERS_FINDING_NO_ROLES,          KOERS_AREA_ROLES },
    { KOERS_FINDING_CAPACITY,          KOERS_AREA_ROLES },
  };

  /* Added in the reverse order of the sidebar */
  add_task (plan, "Alles", 3.0, NULL);
  set_period (plan, 2027, 1, 1, 2027, 1, 31);
  add_entry_full (plan, "nergens", 2027, 1, 5, KOERS_CONTENT_KIND_PROMOTION,
                  KOERS_RECURRENCE_NONE);
  add_objective (plan, "Eerste", FALSE, FALSE);
  add_objective (plan, "Tweede", TRUE, FALSE);

  findings = check_expecting (plan, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpint (finding (findings, i)->kind, ==, expected[i].kind);
      g_assert_cmpint (finding (findings, i)->area, ==, expected[i].area);
    }
  /* Within an area, the order of the plan */
  g_assert_nonnull (strstr (finding (findings, 2)->message, "Eerste"));
  g_assert_nonnull (strstr (finding (findings, 3)->message, "Tweede"));
}

static void
test_area_titles (void)
{
  g_assert_cmpstr (koers_area_get_title (KOERS_AREA_PEOPLE), ==, "People");
  g_assert_cmpstr (koers_area_get_title (KOERS_AREA_OBJECTIVES), ==, "Objectives");
  g_assert_cmpstr (koers_area_get_title (KOERS_AREA_STRATEGY), ==, "Strategy");
  g_assert_cmpstr (koers_area_get_title (KOERS_AREA_TECHNOLOGY), ==, "Technology");
  g_assert_cmpstr (koers_area_get_title (KOERS_AREA_CALENDAR), ==, "Content calendar");
  g_assert_cmpstr (koers_area_get_title (KOERS_AREA_ROLES), ==, "Roles and tasks");
}

/* Counting and occurrences --------------------------------------------- */

static void
test_count_posts (void)
{
  g_autoptr(KoersPlan) plan = new_base_plan ();
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
  g_autoptr(GDate) last = g_date_new_dmy (31, G_DATE_MARCH, 2027);
  g_autoptr(GDate) end = g_date_new_dmy (31, G_DATE_JANUARY, 2027);
  KoersCalendarEntry *entry;

  add_channel (plan, "instagram", "Instagram");
  add_channel (plan, "linkedin", "LinkedIn");

  g_assert_cmpuint (koers_check_count_posts (plan, NULL, first, last), ==, 0);

  /* Monthly from 15 January: 3 in the quarter */
  add_entry_full (plan, "instagram", 2027, 1, 15, KOERS_CONTENT_KIND_VALUE,
                  KOERS_RECURRENCE_MONTHLY);
  /* Weekly from 4 January to 31 January: 4, 11, 18, 25 */
  entry = add_entry_full (plan, "linkedin", 2027, 1, 4, KOERS_CONTENT_KIND_VALUE,
                          KOERS_RECURRENCE_WEEKLY);
  set_recurrence_end (entry, end);
  /* Single posts, one on each edge and one outside */
  add_entry (plan, "linkedin", 2027, 1, 1);
  add_entry (plan, "linkedin", 2027, 3, 31);
  add_entry (plan, "linkedin", 2027, 4, 1);

  g_assert_cmpuint (koers_check_count_posts (plan, "instagram", first, last), ==, 3);
  g_assert_cmpuint (koers_check_count_posts (plan, "linkedin", first, last), ==, 6);
  g_assert_cmpuint (koers_check_count_posts (plan, NULL, first, last), ==, 9);
  g_assert_cmpuint (koers_check_count_posts (plan, "tiktok", first, last), ==, 0);
}

static void
test_occurrences_weekly (void)
{
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(GDate) date = g_date_new_dmy (4, G_DATE_JANUARY, 2027);
  g_autoptr(GDate) end = g_date_new_dmy (18, G_DATE_JANUARY, 2027);
  g_autofree char *all = NULL;
  g_autofree char *later = NULL;
  g_autofree char *ended = NULL;
  g_autofree char *once = NULL;

  koers_calendar_entry_set_date (entry, date);
  set_recurrence (entry, KOERS_RECURRENCE_WEEKLY);

  all = occurrences (entry, 2027, 1, 1, 2027, 2, 1);
  g_assert_cmpstr (all, ==, "2027-01-04 2027-01-11 2027-01-18 2027-01-25 2027-02-01");

  /* Starting inside the range; both ends included */
  later = occurrences (entry, 2027, 1, 11, 2027, 1, 25);
  g_assert_cmpstr (later, ==, "2027-01-11 2027-01-18 2027-01-25");

  /* The recurrence end is the last possible day. */
  set_recurrence_end (entry, end);
  ended = occurrences (entry, 2027, 1, 1, 2027, 12, 31);
  g_assert_cmpstr (ended, ==, "2027-01-04 2027-01-11 2027-01-18");

  /* Without a recurrence, only the date */
  set_recurrence (entry, KOERS_RECURRENCE_NONE);
  once = occurrences (entry, 2027, 1, 1, 2027, 12, 31);
  g_assert_cmpstr (once, ==, "2027-01-04");
}

static void
test_occurrences_biweekly (void)
{
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(GDate) date = g_date_new_dmy (28, G_DATE_DECEMBER, 2026);
  g_autofree char *dates = NULL;

  koers_calendar_entry_set_date (entry, date);
  set_recurrence (entry, KOERS_RECURRENCE_BIWEEKLY);

  /* Over the turn of the year, from before the range */
  dates = occurrences (entry, 2027, 1, 1, 2027, 2, 28);
  g_assert_cmpstr (dates, ==, "2027-01-11 2027-01-25 2027-02-08 2027-02-22");
}

static void
test_occurrences_monthly (void)
{
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(GDate) date = g_date_new_dmy (31, G_DATE_JANUARY, 2027);
  g_autoptr(GDate) leap = g_date_new_dmy (31, G_DATE_JANUARY, 2028);
  g_autoptr(GDate) thirtieth = g_date_new_dmy (30, G_DATE_NOVEMBER, 2027);
  g_autofree char *year = NULL;
  g_autofree char *leap_year = NULL;
  g_autofree char *from_30th = NULL;

  koers_calendar_entry_set_date (entry, date);
  set_recurrence (entry, KOERS_RECURRENCE_MONTHLY);

  /* A post on the 31st goes on the month's last day when it is shorter,
   * and back on the 31st after: 30 April, then 31 May. */
  year = occurrences (entry, 2027, 1, 1, 2027, 8, 31);
  g_assert_cmpstr (year, ==,
                   "2027-01-31 2027-02-28 2027-03-31 2027-04-30 2027-05-31 2027-06-30 "
                   "2027-07-31 2027-08-31");

  koers_calendar_entry_set_date (entry, leap);
  leap_year = occurrences (entry, 2028, 1, 1, 2028, 3, 31);
  g_assert_cmpstr (leap_year, ==, "2028-01-31 2028-02-29 2028-03-31");

  /* Over the turn of the year */
  koers_calendar_entry_set_date (entry, thirtieth);
  set_recurrence (entry, KOERS_RECURRENCE_MONTHLY);
  from_30th = occurrences (entry, 2027, 11, 1, 2028, 3, 31);
  g_assert_cmpstr (from_30th, ==, "2027-11-30 2027-12-30 2028-01-30 2028-02-29 2028-03-30");
}

static void
test_occurrences_none (void)
{
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JULY, 2027);
  g_autofree char *without_date = NULL;
  g_autofree char *outside = NULL;
  g_autofree char *empty_range = NULL;

  /* No date: no occurrence */
  set_recurrence (entry, KOERS_RECURRENCE_WEEKLY);
  without_date = occurrences (entry, 2027, 1, 1, 2027, 12, 31);
  g_assert_cmpstr (without_date, ==, "");

  /* Starting after the range */
  koers_calendar_entry_set_date (entry, date);
  outside = occurrences (entry, 2027, 1, 1, 2027, 6, 30);
  g_assert_cmpstr (outside, ==, "");

  /* A range that ends before it starts */
  empty_range = occurrences (entry, 2027, 12, 31, 2027, 1, 1);
  g_assert_cmpstr (empty_range, ==, "");
}

static void
test_month_name (void)
{
  const char *const names[] = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
  };

  for (guint m = G_DATE_JANUARY; m <= G_DATE_DECEMBER; m++)
    g_assert_cmpstr (koers_month_name (m), ==, names[m - 1]);

  /* Not a month: a critical, and an empty name */
  g_test_expect_message ("koers-check", G_LOG_LEVEL_CRITICAL, "*month*");
  g_assert_cmpstr (koers_month_name (G_DATE_BAD_MONTH), ==, "");
  g_test_assert_expected_messages ();
}

static void
test_period (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  GDate first, last;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  /* Nothing: the current year */
  koers_check_get_period (plan, &first, &last);
  g_assert_true (g_date_valid (&first) && g_date_valid (&last));
  g_assert_cmpuint (g_date_get_year (&first), ==, g_date_time_get_year (now));
  g_assert_cmpuint (g_date_get_day_of_year (&first), ==, 1);
  g_assert_cmpuint (g_date_get_year (&last), ==, g_date_time_get_year (now));
  g_assert_cmpuint (g_date_get_month (&last), ==, G_DATE_DECEMBER);
  g_assert_cmpuint (g_date_get_day (&last), ==, 31);

  /* Only entries: their whole months */
  add_entry (plan, "x", 2027, 5, 12);
  add_entry (plan, "x", 2027, 2, 20);
  koers_check_get_period (plan, &first, &last);
  g_assert_cmpuint (g_date_get_day (&first), ==, 1);
  g_assert_cmpuint (g_date_get_month (&first), ==, G_DATE_FEBRUARY);
  g_assert_cmpuint (g_date_get_year (&first), ==, 2027);
  g_assert_cmpuint (g_date_get_day (&last), ==, 31);
  g_assert_cmpuint (g_date_get_month (&last), ==, G_DATE_MAY);
  g_assert_cmpuint (g_date_get_year (&last), ==, 2027);

  /* The plan period wins. */
  set_period (plan, 2027, 1, 1, 2027, 6, 30);
  koers_check_get_period (plan, &first, &last);
  g_assert_cmpuint (g_date_get_month (&first), ==, G_DATE_JANUARY);
  g_assert_cmpuint (g_date_get_day (&first), ==, 1);
  g_assert_cmpuint (g_date_get_month (&last), ==, G_DATE_JUNE);
  g_assert_cmpuint (g_date_get_day (&last), ==, 30);
}

/* References, periods and huge plans ---------------------------------- */

/* An owner or a RACI role that is not in the roles, and a period that
 * ends before it starts, are findings. */
static void
test_references_fixture (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("check-references.koers");
  g_autoptr(GPtrArray) findings = check_expecting (plan, 5);
  GDate first, last;

  g_assert_cmpint (finding (findings, 0)->kind, ==, KOERS_FINDING_PERIOD);
  g_assert_cmpint (finding (findings, 0)->area, ==, KOERS_AREA_CALENDAR);
  g_assert_cmpstr (finding (findings, 0)->message, ==,
                   "The plan period ends on 2027-01-01, before it starts on 2027-06-30: the "
                   "check uses the months of the calendar entries instead. Correct the period.");
  g_assert_cmpint (finding (findings, 1)->kind, ==, KOERS_FINDING_UNKNOWN_OWNER);
  g_assert_cmpstr (finding (findings, 1)->message, ==,
                   "Calendar entries name the role “vertrokken” as their owner, which is not "
                   "in the list of roles.");
  g_assert_cmpint (finding (findings, 2)->kind, ==, KOERS_FINDING_UNKNOWN_OWNER);
  g_assert_cmpstr (finding (findings, 2)->message, ==,
                   "Calendar entries name the role “Not An/../Id” as their owner, which is "
                   "not in the list of roles.");
  for (guint i = 3; i < 5; i++)
    {
      g_assert_cmpint (finding (findings, i)->kind, ==, KOERS_FINDING_UNKNOWN_ROLE);
      g_assert_cmpint (finding (findings, i)->area, ==, KOERS_AREA_ROLES);
    }
  g_assert_cmpstr (finding (findings, 3)->message, ==,
                   "Task “Posten” has a RACI letter for the role “stagiair”, which is not in "
                   "the list of roles.");
  g_assert_cmpstr (finding (findings, 4)->message, ==,
                   "Task “Posten” has a RACI letter for the role “oud”, which is not in "
                   "the list of roles.");
  /* The period falls back to the entries' months, February and March,
   * which both have posts: no gap. */
  koers_check_get_period (plan, &first, &last);
  g_assert_cmpuint (g_date_get_year (&first), ==, 2027);
  g_assert_cmpuint (g_date_get_month (&first), ==, G_DATE_FEBRUARY);
  g_assert_cmpuint (g_date_get_day (&first), ==, 1);
  g_assert_cmpuint (g_date_get_month (&last), ==, G_DATE_MARCH);
  g_assert_cmpuint (g_date_get_day (&last), ==, 31);
}

/* A reversed period is never a silent calendar of a day or none. */
static void
test_reversed_period (void)
{
  const int periods[][6] = {
    { 2027, 12, 31, 2027, 1, 1 },
    { 2027, 1, 2, 2027, 1, 1 },
    { 9999, 12, 31, 1, 1, 1 },
    { 2028, 2, 29, 2028, 2, 28 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autoptr(KoersPlan) plan = new_base_plan ();
      g_autoptr(GPtrArray) findings = NULL;
      GDate first, last;

      set_period (plan, periods[i][0], periods[i][1], periods[i][2],
                  periods[i][3], periods[i][4], periods[i][5]);
      add_channel (plan, "blog", "Blog");
      add_entry (plan, "blog", 2027, 3, 5);
      add_entry (plan, "blog", 2027, 5, 5);

      findings = check_expecting (plan, 2);
      g_assert_cmpint (only_of_kind (findings, KOERS_FINDING_PERIOD)->area, ==,
                       KOERS_AREA_CALENDAR);
      g_assert_nonnull (strstr (only_of_kind (findings, KOERS_FINDING_PERIOD)->message,
                                "before it starts"));
      /* The entries' months, March to May: April is a gap */
      g_assert_cmpstr (only_of_kind (findings, KOERS_FINDING_CONTINUITY_GAP)->message, ==,
                       "Channel “Blog” has no post in April 2027: plan at least one update "
                       "a month.");
      koers_check_get_period (plan, &first, &last);
      g_assert_cmpuint (g_date_get_month (&first), ==, G_DATE_MARCH);
      g_assert_cmpuint (g_date_get_day (&first), ==, 1);
      g_assert_cmpuint (g_date_get_month (&last), ==, G_DATE_MAY);
      g_assert_cmpuint (g_date_get_day (&last), ==, 31);
    }

  /* A period of one day is a period, not a finding */
  {
    g_autoptr(KoersPlan) plan = new_base_plan ();

    set_period (plan, 2027, 3, 5, 2027, 3, 5);
    add_channel (plan, "blog", "Blog");
    add_entry (plan, "blog", 2027, 3, 5);
    assert_no_findings (plan);
  }
}

typedef struct
{
  guint       count;
  GHashTable *months;
} Walk;

static void
walk_cb (KoersCalendarEntry *entry,
         const GDate        *date,
         gpointer            user_data)
{
  Walk *walk = user_data;

  walk->count++;
  g_hash_table_add (walk->months,
                    GUINT_TO_POINTER (g_date_get_year (date) * 12 + g_date_get_month (date)));
}

/* The check counts occurrences without walking them; it must agree with
 * walking them, for every kind of recurrence, day, end and period. */
static void
test_counting_matches_walking (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20271);
  const KoersRecurrence recurrences[] = {
    KOERS_RECURRENCE_NONE, KOERS_RECURRENCE_WEEKLY, KOERS_RECURRENCE_BIWEEKLY,
    KOERS_RECURRENCE_MONTHLY,
  };

  for (guint run = 0; run < 400; run++)
    {
      g_autoptr(KoersPlan) plan = new_base_plan ();
      g_autoptr(GHashTable) months = g_hash_table_new (NULL, NULL);
      g_autoptr(GPtrArray) findings = NULL;
      g_autoptr(GString) gaps = g_string_new (NULL);
      g_autoptr(GDate) from = NULL;
      g_autoptr(GDate) to = NULL;
      guint n_entries = g_rand_int_range (rand, 1, 4);
      guint walked = 0, n_gaps = 0, first_month;
      GDate first, last;
      KoersFinding *gap = NULL;

      set_period (plan, 2027, g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29),
                  2028, g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      add_channel (plan, "blog", "Blog");
      koers_check_get_period (plan, &first, &last);

      for (guint e = 0; e < n_entries; e++)
        {
          guint year = g_rand_int_range (rand, 2026, 2029);
          guint month = g_rand_int_range (rand, 1, 13);
          guint day = g_rand_int_range (rand, 1, g_date_get_days_in_month (month, year) + 1);
          KoersRecurrence recurrence = recurrences[g_rand_int_range (rand, 0, 4)];
          KoersCalendarEntry *entry = add_entry_full (plan, "blog", year, month, day,
                                                      KOERS_CONTENT_KIND_VALUE, recurrence);
          Walk walk = { 0, months };

          if (g_rand_boolean (rand))
            {
              g_autoptr(GDate) end = g_date_new_dmy (g_rand_int_range (rand, 1, 29),
                                                     g_rand_int_range (rand, 1, 13),
                                                     g_rand_int_range (rand, 2026, 2030));

              set_recurrence_end (entry, end);
            }
          g_assert_cmpuint (koers_calendar_entry_foreach_occurrence (entry, &first, &last,
                                                                     walk_cb, &walk),
                            ==, walk.count);
          walked += walk.count;
        }

      g_assert_cmpuint (koers_check_count_posts (plan, "blog", &first, &last), ==, walked);
      g_assert_cmpuint (koers_check_count_posts (plan, NULL, &first, &last), ==, walked);

      /* A channel starts with its first post: the months from there on */
      first_month = G_MAXUINT;
      {
        GHashTableIter iter;
        gpointer key;

        g_hash_table_iter_init (&iter, months);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          first_month = MIN (first_month, GPOINTER_TO_UINT (key));
      }
      for (guint m = first_month;
           m <= g_date_get_year (&last) * 12 + g_date_get_month (&last); m++)
        if (!g_hash_table_contains (months, GUINT_TO_POINTER (m)))
          {
            if (n_gaps++ > 0)
              g_string_append (gaps, ", ");
            g_string_append_printf (gaps, "%s %u", koers_month_name ((m - 1) % 12 + 1),
                                    (m - 1) / 12);
          }

      findings = koers_check_plan (plan);
      for (guint i = 0; i < findings->len; i++)
        if (finding (findings, i)->kind == KOERS_FINDING_CONTINUITY_GAP ||
            finding (findings, i)->kind == KOERS_FINDING_NO_POSTS)
          gap = finding (findings, i);

      if (walked == 0)
        g_assert_cmpint (gap->kind, ==, KOERS_FINDING_NO_POSTS);
      else if (n_gaps == 0)
        g_assert_null (gap);
      else if (n_gaps <= 12)
        {
          g_autofree char *expected =
            g_strdup_printf ("Channel “Blog” has no post in %s: plan at least one update a "
                             "month.", gaps->str);

          g_assert_cmpstr (gap->message, ==, expected);
        }
      else
        {
          g_autofree char *tail = g_strdup_printf (" and %u more month%s: plan at least one "
                                                   "update a month.", n_gaps - 12,
                                                   n_gaps - 12 == 1 ? "" : "s");

          g_assert_true (g_str_has_suffix (gap->message, tail));
        }
    }
}

/* A period from year 1 to 9999 with 2000 channels, or 2000 weekly series:
 * the check's work depends on the entries, not on the days. */
static void
test_huge_period (void)
{
  const KoersRecurrence recurrences[] = { KOERS_RECURRENCE_NONE, KOERS_RECURRENCE_WEEKLY };

  for (guint r = 0; r < G_N_ELEMENTS (recurrences); r++)
    {
      g_autoptr(KoersPlan) built = new_base_plan ();
      g_autoptr(KoersPlan) plan = NULL;
      g_autoptr(GPtrArray) findings = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start;
      double seconds;

      set_period (built, 1, 1, 1, 9999, 12, 31);
      for (guint c = 0; c < 2000; c++)
        {
          g_autofree char *id = g_strdup_printf ("kanaal-%u", c);

          add_channel (built, id, id);
          add_entry_full (built, id, 2027, 1 + c % 12, 1 + c % 28,
                          KOERS_CONTENT_KIND_VALUE, recurrences[r]);
        }
      bytes = koers_plan_io_to_bytes (built, &error);
      g_assert_no_error (error);

      /* What koers --check does: load the file's text, check the plan */
      start = g_get_monotonic_time ();
      plan = koers_plan_io_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      "groot.koers", &error);
      g_assert_no_error (error);
      findings = koers_check_plan (plan);
      seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
      g_test_message ("period 0001-9999, 2000 channels, %s entries (%" G_GSIZE_FORMAT " bytes): "
                      "load and check, %u findings, in %.3f s",
                      r == 0 ? "single" : "weekly", g_bytes_get_size (bytes), findings->len,
                      seconds);

      if (r == 1)
        {
          /* Weekly from 2027 to 9999: every month has posts */
          g_assert_cmpuint (findings->len, ==, 0);
        }
      else
        {
          /* One post each: the months after it are inactive (a channel starts
           * with its first post) */
          g_assert_cmpuint (findings->len, ==, 2000);
          g_assert_cmpuint (count_kind (findings, KOERS_FINDING_CONTINUITY_GAP), ==, 2000);
          /* A message names at most 12 months and counts the rest */
          g_assert_true (g_str_has_prefix (finding (findings, 0)->message,
                                           "Channel “kanaal-0” has no post in February 2027, "
                                           "March 2027, April 2027,"));
          g_assert_true (g_str_has_suffix (finding (findings, 0)->message,
                                           " and 95663 more months: plan at least one "
                                           "update a month."));
          g_assert_cmpstr (finding (findings, 0)->location, ==,
                           "range/2027-02-01/9999-12-31/channel/kanaal-0");
          g_assert_cmpuint (strlen (finding (findings, 0)->message), <, 400);
        }
      g_assert_cmpfloat (seconds, <, KOERS_TEST_HANG_SECONDS);
    }
}

/* Marks and new rules ------------------------------------------------- */

static void
assert_progress (KoersPlan *plan,
                 KoersArea  area,
                 guint      done,
                 guint      total)
{
  guint d = 99, t = 99;

  koers_check_area_progress (plan, area, &d, &t);
  g_assert_cmpuint (d, ==, done);
  g_assert_cmpuint (t, ==, total);
  g_assert_cmpint (koers_check_area_is_filled (plan, area), ==, done == total);
}

/* A part is filled when it holds something of the user's; lists of fixed
 * items count item by item. */
static void
test_meaningfully_filled (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersTargetGroup) group = koers_target_group_new ();
  g_autoptr(KoersChannel) channel = koers_channel_new ();
  g_autoptr(KoersStrategy) strategy = koers_strategy_new ();
  g_autoptr(GPtrArray) findings = NULL;
  GListModel *tips = koers_plan_get_tips (plan);

  /* An empty target group is no target group */
  koers_plan_append (plan, koers_plan_get_target_groups (plan), group);
  assert_progress (plan, KOERS_AREA_PEOPLE, 0, 1);
  findings = koers_check_plan (plan);
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_EMPTY_STEP), ==, 4);
  koers_target_group_set_name (group, "   ");
  assert_progress (plan, KOERS_AREA_PEOPLE, 0, 1);
  koers_target_group_set_name (group, "Buurtbewoners");
  assert_progress (plan, KOERS_AREA_PEOPLE, 1, 1);

  /* An objective of one's own counts with its description */
  koers_plan_set_primary_objective (plan, KOERS_PRIMARY_OBJECTIVE_CUSTOM);
  assert_progress (plan, KOERS_AREA_OBJECTIVES, 0, 1);
  koers_plan_set_primary_objective_text (plan, "Meer vaste klanten");
  assert_progress (plan, KOERS_AREA_OBJECTIVES, 1, 1);

  /* A strategy of one's own counts with its text; one of the book's by its choice */
  koers_plan_append (plan, koers_plan_get_strategies (plan), strategy);
  assert_progress (plan, KOERS_AREA_STRATEGY, 0, 1);
  koers_strategy_set_kind (strategy, KOERS_STRATEGY_KIND_WEBCARE);
  assert_progress (plan, KOERS_AREA_STRATEGY, 1, 1);

  /* A channel without a name */
  koers_channel_set_id (channel, "channel");
  koers_plan_append (plan, koers_plan_get_channels (plan), channel);
  assert_progress (plan, KOERS_AREA_TECHNOLOGY, 0, 1);
  koers_channel_set_name (channel, "Instagram");
  assert_progress (plan, KOERS_AREA_TECHNOLOGY, 1, 1);

  /* Two of seven tips: 2 of 7, not filled */
  assert_progress (plan, KOERS_AREA_PREPARATION, 0, KOERS_N_TIPS);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(KoersChecklistItem) tip = g_list_model_get_item (tips, i);

      koers_checklist_item_set_status (tip, KOERS_STATUS_DONE);
    }
  assert_progress (plan, KOERS_AREA_PREPARATION, 2, KOERS_N_TIPS);
  for (guint i = 2; i < KOERS_N_TIPS; i++)
    {
      g_autoptr(KoersChecklistItem) tip = g_list_model_get_item (tips, i);

      koers_checklist_item_set_status (tip, KOERS_STATUS_DONE);
    }
  assert_progress (plan, KOERS_AREA_PREPARATION, KOERS_N_TIPS, KOERS_N_TIPS);

  /* The rose, part by part */
  koers_rose_part_set_current (koers_plan_get_rose_part (plan, 0), 2);
  koers_rose_part_set_target (koers_plan_get_rose_part (plan, 3), 4);
  assert_progress (plan, KOERS_AREA_ROSE, 2, KOERS_N_ROSE_PARTS);
}

static const KoersFinding *
only_finding (GPtrArray        *findings,
              KoersFindingKind  kind)
{
  const KoersFinding *found = NULL;

  for (guint i = 0; i < findings->len; i++)
    if (((KoersFinding *) g_ptr_array_index (findings, i))->kind == kind)
      {
        g_assert_null (found);
        found = g_ptr_array_index (findings, i);
      }
  return found;
}

static GDate *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate *date = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                                g_date_time_get_year (now));

  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
  return date;
}

static void
test_target_below_current (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) findings = NULL;
  const KoersFinding *f;

  /* Sending (the third part) now at 4, aiming at 2; Listening at 3, target unset */
  koers_rose_part_set_current (koers_plan_get_rose_part (plan, 2), 4);
  koers_rose_part_set_target (koers_plan_get_rose_part (plan, 2), 2);
  koers_rose_part_set_current (koers_plan_get_rose_part (plan, 0), 3);
  koers_rose_part_set_current (koers_plan_get_rose_part (plan, 1), 3);
  koers_rose_part_set_target (koers_plan_get_rose_part (plan, 1), 3);
  findings = koers_check_plan (plan);
  f = only_finding (findings, KOERS_FINDING_TARGET_BELOW_CURRENT);
  g_assert_nonnull (f);
  g_assert_cmpint (f->area, ==, KOERS_AREA_ROSE);
  g_assert_cmpint (f->severity, ==, KOERS_SEVERITY_WARNING);
  g_assert_cmpstr (f->location, ==, "part/3");
  g_assert_nonnull (strstr (f->message, "(2)"));
  g_assert_nonnull (strstr (f->message, "(4)"));
}

static void
test_hub_rules (void)
{
  const char *not_urls[] = { "www.bakkerij", "bakkerij de korenaar", "ftp://x.nl", "https://localhost" };
  const char *urls[] = { "https://www.korenaar.nl", " http://korenaar.nl/over-ons " };
  g_autoptr(GDate) tomorrow = day_from_today (1);
  g_autoptr(GDate) today = day_from_today (0);

  for (guint i = 0; i < G_N_ELEMENTS (not_urls); i++)
    {
      g_autoptr(KoersPlan) plan = koers_plan_new ();
      g_autoptr(GPtrArray) findings = NULL;
      const KoersFinding *f;

      koers_plan_set_hub_url (plan, not_urls[i]);
      findings = koers_check_plan (plan);
      f = only_finding (findings, KOERS_FINDING_HUB_NOT_URL);
      g_assert_nonnull (f);
      g_assert_cmpint (f->area, ==, KOERS_AREA_TECHNOLOGY);
      g_assert_cmpstr (f->location, ==, "hub");
    }
  for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      g_autoptr(KoersPlan) plan = koers_plan_new ();
      g_autoptr(GPtrArray) findings = NULL;

      koers_plan_set_hub_url (plan, urls[i]);
      findings = koers_check_plan (plan);
      g_assert_null (only_finding (findings, KOERS_FINDING_HUB_NOT_URL));
    }

  {
    g_autoptr(KoersPlan) plan = koers_plan_new ();
    g_autoptr(GPtrArray) findings = NULL;
    g_autoptr(GPtrArray) again = NULL;
    const KoersFinding *f;

    koers_plan_set_hub_updated (plan, tomorrow);
    findings = koers_check_plan (plan);
    f = only_finding (findings, KOERS_FINDING_HUB_UPDATED_FUTURE);
    g_assert_nonnull (f);
    g_assert_cmpstr (f->location, ==, "hub");
    koers_plan_set_hub_updated (plan, today);
    again = koers_check_plan (plan);
    g_assert_null (only_finding (again, KOERS_FINDING_HUB_UPDATED_FUTURE));
  }
}

static void
test_milestone_passed (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GDate) yesterday = day_from_today (-1);
  g_autoptr(GDate) tomorrow = day_from_today (1);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) after = NULL;
  const char *titles[] = { "Later", "Eerste evaluatie", "Gedaan" };
  KoersMilestone *milestones[3];
  const KoersFinding *f;

  for (guint i = 0; i < 3; i++)
    {
      milestones[i] = koers_milestone_new ();
      koers_milestone_set_title (milestones[i], titles[i]);
      koers_milestone_set_date (milestones[i], i == 0 ? tomorrow : yesterday);
      koers_milestone_set_done (milestones[i], i == 2);
      koers_plan_append (plan, koers_plan_get_milestones (plan), milestones[i]);
      g_object_unref (milestones[i]);
    }
  findings = koers_check_plan (plan);
  f = only_finding (findings, KOERS_FINDING_MILESTONE_PASSED);
  g_assert_nonnull (f);
  g_assert_cmpint (f->area, ==, KOERS_AREA_STRATEGY);
  g_assert_cmpstr (f->location, ==, "milestone/2");
  g_assert_nonnull (strstr (f->message, "Eerste evaluatie"));

  koers_milestone_set_done (milestones[1], TRUE);
  after = koers_check_plan (plan);
  g_assert_null (only_finding (after, KOERS_FINDING_MILESTONE_PASSED));
}

static void
test_duplicate_channel (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) findings = NULL;
  const KoersFinding *f;

  add_channel (plan, "instagram", "Instagram");
  add_channel (plan, "facebook", "Facebook");
  add_channel (plan, "instagram-2", " instagram ");
  add_channel (plan, "instagram-3", "INSTAGRAM");
  add_channel (plan, "leeg", "");
  add_channel (plan, "leeg-2", "");
  findings = koers_check_plan (plan);
  f = only_finding (findings, KOERS_FINDING_DUPLICATE_CHANNEL);
  g_assert_nonnull (f);
  g_assert_cmpint (f->severity, ==, KOERS_SEVERITY_PROBLEM);
  g_assert_cmpstr (f->location, ==, "channel/instagram-2");
}

/* The overview's check: incremental and in a thread ------------------- */

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs koers_check_plan_async() to its end; NULL with @error set when it fails. */
static GPtrArray *
check_async (KoersPlan     *plan,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  koers_check_plan_async (plan, cancellable, async_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return koers_check_plan_finish (plan, result, error);
}

static void
assert_same_findings (GPtrArray *a,
                      GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      KoersFinding *fa = g_ptr_array_index (a, i);
      KoersFinding *fb = g_ptr_array_index (b, i);

      g_assert_cmpint (fa->kind, ==, fb->kind);
      g_assert_cmpint (fa->area, ==, fb->area);
      g_assert_cmpint (fa->severity, ==, fb->severity);
      g_assert_cmpstr (fa->message, ==, fb->message);
      g_assert_cmpstr (fa->location, ==, fb->location);
    }
}

static void
test_async_same_as_sync (void)
{
  const char *fixtures[] = {
    "check-empty.koers", "check-complete.koers", "check-continuity.koers",
    "check-monthly.koers", "check-mix.koers", "check-raci.koers", "check-references.koers",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(KoersPlan) plan = load_fixture (fixtures[i]);
      g_autoptr(GPtrArray) sync = koers_check_plan (plan);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) async = check_async (plan, NULL, &error);

      g_assert_no_error (error);
      assert_same_findings (sync, async);
    }
}

/* The rose's 80/20 mix of a big calendar: the view peeks, and when it is
 * not known it is counted a slice at a time between frames. */
static gboolean
count_mix (KoersPlan *plan)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done;

  koers_check_content_mix_async (plan, NULL, async_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  done = koers_check_content_mix_finish (plan, result, &error);
  g_assert_no_error (error);
  return done;
}

static void
test_async_counts_mix (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_value = 0, n_promotion = 0;
  guint n = KOERS_CHECK_SMALL_CALENDAR + 500;

  for (guint i = 0; i < n; i++)
    {
      KoersCalendarEntry *entry = koers_calendar_entry_new ();
      g_autoptr(GDate) date = g_date_new_dmy (1 + i % 28, G_DATE_MARCH, 2027);

      koers_calendar_entry_set_date (entry, date);
      koers_calendar_entry_set_title (entry, "Bericht");
      koers_calendar_entry_set_kind (entry, i % 4 == 0 ? KOERS_CONTENT_KIND_PROMOTION
                                                       : KOERS_CONTENT_KIND_VALUE);
      g_ptr_array_add (entries, entry);
    }
  {
    /* A weekly series from 1 March, until the end of April: its Mondays in
     * the entries' months (March) count, the ones in April do not */
    KoersCalendarEntry *series = koers_calendar_entry_new ();
    g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_MARCH, 2027);

    koers_calendar_entry_set_date (series, date);
    koers_calendar_entry_set_title (series, "Elke maandag");
    koers_calendar_entry_set_rrule (series, "FREQ=WEEKLY;UNTIL=20270430");
    g_ptr_array_add (entries, series);
  }
  koers_plan_append_many (plan, koers_plan_get_entries (plan), entries->pdata, entries->len);
  koers_plan_flush_changes (plan);

  /* Not known: a walk would be needed */
  g_assert_false (koers_check_peek_content_mix (plan, &n_value, &n_promotion));
  g_assert_true (count_mix (plan));
  g_assert_true (koers_check_peek_content_mix (plan, &n_value, &n_promotion));
  g_assert_cmpuint (n_promotion, ==, (n + 3) / 4);
  /* the singles, and the five Mondays of March 2027 */
  g_assert_cmpuint (n_value, ==, n - (n + 3) / 4 + 5);

  /* The same as counted at once */
  {
    GDate first, last;
    guint v, p;

    koers_check_get_period (plan, &first, &last);
    koers_check_content_mix (plan, &first, &last, &v, &p);
    g_assert_cmpuint (v, ==, n_value);
    g_assert_cmpuint (p, ==, n_promotion);
  }

  /* A change of the calendar makes it unknown again, until it is counted again */
  koers_calendar_entry_set_kind (g_ptr_array_index (entries, 1), KOERS_CONTENT_KIND_PROMOTION);
  g_assert_false (koers_check_peek_content_mix (plan, &n_value, &n_promotion));
  g_assert_true (count_mix (plan));
  g_assert_true (koers_check_peek_content_mix (plan, &n_value, &n_promotion));
  g_assert_cmpuint (n_promotion, ==, (n + 3) / 4 + 1);
}

/* A change reruns only the groups that read its section, and the result
 * shows the change. */
static void
test_async_reruns_what_changed (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("check-raci.koers");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) sync = NULL;
  g_autoptr(KoersTargetGroup) group = koers_target_group_new ();
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(GDate) date = g_date_new_dmy (3, G_DATE_MARCH, 2027);
  const char *names[] = { "post", "period", "objectives", "calendar", "roles" };
  guint runs[G_N_ELEMENTS (names)];

  first = check_async (plan, NULL, NULL);
  g_assert_nonnull (first);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      runs[i] = _koers_check_get_runs (plan, names[i]);
      g_assert_cmpuint (runs[i], ==, 1);
    }

  /* Nothing changed: nothing runs, the same findings come back. */
  again = check_async (plan, NULL, NULL);
  assert_same_findings (first, again);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpuint (_koers_check_get_runs (plan, names[i]), ==, 1);

  /* People: only the POST steps. */
  koers_target_group_set_name (group, "Buurtbewoners");
  koers_plan_append (plan, koers_plan_get_target_groups (plan), group);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = check_async (plan, NULL, NULL);
  g_assert_cmpuint (_koers_check_get_runs (plan, "post"), ==, 2);
  g_assert_cmpuint (_koers_check_get_runs (plan, "objectives"), ==, 1);
  g_assert_cmpuint (_koers_check_get_runs (plan, "calendar"), ==, 1);
  g_assert_cmpuint (_koers_check_get_runs (plan, "roles"), ==, 1);
  sync = koers_check_plan (plan);
  assert_same_findings (sync, after);

  /* The calendar: its checks and the roles' (an entry names an owner). */
  koers_calendar_entry_set_date (entry, date);
  koers_calendar_entry_set_channel (entry, "nergens");
  koers_calendar_entry_set_owner (entry, "niemand");
  koers_plan_append (plan, koers_plan_get_entries (plan), entry);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = check_async (plan, NULL, NULL);
  g_assert_cmpuint (_koers_check_get_runs (plan, "post"), ==, 2);
  g_assert_cmpuint (_koers_check_get_runs (plan, "period"), ==, 1);
  g_assert_cmpuint (_koers_check_get_runs (plan, "objectives"), ==, 1);
  g_assert_cmpuint (_koers_check_get_runs (plan, "calendar"), ==, 2);
  g_assert_cmpuint (_koers_check_get_runs (plan, "roles"), ==, 2);
  g_clear_pointer (&sync, g_ptr_array_unref);
  sync = koers_check_plan (plan);
  assert_same_findings (sync, after);
  g_assert_cmpuint (count_kind (after, KOERS_FINDING_UNKNOWN_OWNER), ==, 1);
  g_assert_cmpuint (count_kind (after, KOERS_FINDING_UNKNOWN_CHANNEL), ==, 1);
}

static void
test_async_cancelled (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("check-continuity.koers");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  g_cancellable_cancel (cancellable);
  findings = check_async (plan, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (findings);
}

/* The rules of issue 17 on a fixture with a known answer, "today" being
 * 10 March 2027: every new finding with its kind, severity, area, location
 * and message, in English and in Dutch. */
typedef struct
{
  KoersFindingKind  kind;
  KoersSeverity     severity;
  KoersArea         area;
  const char       *location;
  const char       *english;
  const char       *dutch;
} Expected;

static const Expected expected_rules[] = {
  { KOERS_FINDING_DEADLINE_PASSED, KOERS_SEVERITY_WARNING, KOERS_AREA_OBJECTIVES,
    "objective/1/deadline",
    "The deadline of objective “Bekend in de wijk”, 2027-02-28, has passed: evaluate the "
    "result and set a new deadline.",
    "De deadline van doelstelling “Bekend in de wijk”, 2027-02-28, is verstreken: evalueer "
    "het resultaat en stel een nieuwe deadline." },
  { KOERS_FINDING_NO_KPI, KOERS_SEVERITY_HINT, KOERS_AREA_OBJECTIVES, "objective/1/kpi",
    "Objective “Bekend in de wijk” has a target value but no KPI: say what you measure, such "
    "as followers or visits to the website.",
    "Doelstelling “Bekend in de wijk” heeft een streefwaarde maar geen KPI: zeg wat u meet, "
    "zoals volgers of bezoeken aan de website." },
  { KOERS_FINDING_NOT_SMART, KOERS_SEVERITY_HINT, KOERS_AREA_OBJECTIVES, "objective/2/target",
    "Objective “Sfeer” has no target value and no deadline, so it is not SMART.",
    NULL },
  { KOERS_FINDING_POST_ORDER, KOERS_SEVERITY_WARNING, KOERS_AREA_TECHNOLOGY, "channels",
    "Channels are chosen before the target groups and objectives: POST goes in its order, so "
    "describe whom you want to reach and why first, then check that these channels fit.",
    "Er zijn kanalen gekozen vóór de doelgroepen en doelstellingen: POST gaat op volgorde, dus "
    "beschrijf eerst wie u wilt bereiken en waarom, en kijk dan of deze kanalen daarbij "
    "passen." },
  { KOERS_FINDING_NO_HUB, KOERS_SEVERITY_WARNING, KOERS_AREA_TECHNOLOGY, "hub",
    "The plan has channels but no hub: enter the web address every channel links to, such as "
    "your website.",
    "Het plan heeft kanalen maar geen hub: vul het webadres in waar elk kanaal naar verwijst, "
    "zoals uw website." },
  { KOERS_FINDING_TIPS_OPEN, KOERS_SEVERITY_HINT, KOERS_AREA_PREPARATION, "tip/employees",
    "3 of the 7 preparation tips are still open: work through them before the first post.",
    "3 van de 7 voorbereidingstips staan nog open: werk ze af voor het eerste bericht." },
  /* Listening has a score, Activating a task, Organising an action. */
  { KOERS_FINDING_ROSE_UNADDRESSED, KOERS_SEVERITY_WARNING, KOERS_AREA_ROSE, "part/2",
    "The rose part “Responding” has no score, no task and no action: score it, or write down "
    "what you will do about it.",
    "Het onderdeel “Reageren” van de roos heeft geen score, geen taak en geen actie: geef het "
    "een score, of schrijf op wat u eraan gaat doen." },
  { KOERS_FINDING_ROSE_UNADDRESSED, KOERS_SEVERITY_WARNING, KOERS_AREA_ROSE, "part/3",
    "The rose part “Sending” has no score, no task and no action: score it, or write down "
    "what you will do about it.",
    NULL },
};

/* gettext keeps what it translated until the catalogues change: a new
 * textdomain() says they did. */
static void
set_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  textdomain (GETTEXT_PACKAGE);
}

static void
assert_rules (GPtrArray *findings,
              gboolean   dutch)
{
  guint next = 0;

  /* In the order of the plan, among the other findings (the empty step 1,
   * the task without an R, the rose parts no task serves). */
  g_assert_cmpuint (findings->len, ==, 14);
  for (guint i = 0; i < findings->len && next < G_N_ELEMENTS (expected_rules); i++)
    {
      const KoersFinding *f = finding (findings, i);
      const Expected *e = &expected_rules[next];

      if (f->kind != e->kind || g_strcmp0 (f->location, e->location) != 0)
        continue;
      g_assert_cmpint (f->severity, ==, e->severity);
      g_assert_cmpint (f->area, ==, e->area);
      if (dutch && e->dutch != NULL)
        g_assert_cmpstr (f->message, ==, e->dutch);
      else if (!dutch)
        g_assert_cmpstr (f->message, ==, e->english);
      next++;
    }
  g_assert_cmpuint (next, ==, G_N_ELEMENTS (expected_rules));
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_EMPTY_STEP), ==, 1);
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_RACI_RESPONSIBLE), ==, 1);
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_ROSE_UNSERVED), ==, 4);
}

static void
test_rules_fixture (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("check-rules.koers");
  g_autoptr(GPtrArray) english = NULL;
  g_autoptr(GPtrArray) dutch = NULL;

  g_setenv ("KOERS_TODAY", "2027-03-10", TRUE);
  english = koers_check_plan (plan);
  dump_findings (english);
  assert_rules (english, FALSE);

  set_language ("nl");
  dutch = koers_check_plan (plan);
  set_language ("C");
  g_unsetenv ("KOERS_TODAY");
  dump_findings (dutch);
  assert_rules (dutch, TRUE);
}

/* A deadline passes the day after it: on the day itself it still counts. */
static void
test_deadline_passed (void)
{
  g_autoptr(KoersPlan) plan = new_complete_plan ();
  g_autoptr(GPtrArray) on_the_day = NULL;
  g_autoptr(GPtrArray) after = NULL;

  g_setenv ("KOERS_TODAY", "2027-06-30", TRUE);
  on_the_day = koers_check_plan (plan);
  g_setenv ("KOERS_TODAY", "2027-07-01", TRUE);
  after = koers_check_plan (plan);
  g_unsetenv ("KOERS_TODAY");
  g_assert_cmpuint (on_the_day->len, ==, 0);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpint (finding (after, 0)->kind, ==, KOERS_FINDING_DEADLINE_PASSED);
  g_assert_cmpstr (finding (after, 0)->location, ==, "objective/1/deadline");
}

/* The rose: one finding while no part is addressed; a task, a score or an
 * action each addresses a part. */
static void
test_rose_addressed (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) none = koers_check_plan (plan);
  g_autoptr(GPtrArray) some = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(KoersTask) task = koers_task_new ();

  g_assert_cmpuint (count_kind (none, KOERS_FINDING_ROSE_UNADDRESSED), ==, 1);

  koers_rose_part_set_target (koers_plan_get_rose_part (plan, 0), 2);
  koers_task_set_id (task, "webcare");
  koers_task_set_name (task, "Webcare");
  koers_task_set_rose_part (task, KOERS_ENTRY_PART_RESPONDING);
  koers_plan_append (plan, koers_plan_get_tasks (plan), task);
  some = koers_check_plan (plan);
  g_assert_cmpuint (count_kind (some, KOERS_FINDING_ROSE_UNADDRESSED), ==, 3);

  koers_rose_part_set_actions (koers_plan_get_rose_part (plan, 2), "Een vaste rubriek");
  koers_rose_part_set_current (koers_plan_get_rose_part (plan, 3), 1);
  koers_rose_part_set_actions (koers_plan_get_rose_part (plan, 4), "  \n");
  all = koers_check_plan (plan);
  g_assert_cmpuint (count_kind (all, KOERS_FINDING_ROSE_UNADDRESSED), ==, 1);
  g_assert_cmpstr (only_finding (all, KOERS_FINDING_ROSE_UNADDRESSED)->location, ==, "part/5");
}

static char *
place_of (KoersPlan  *plan,
          KoersArea   area,
          const char *location)
{
  KoersFinding finding = { 0, area, KOERS_SEVERITY_HINT, (char *) "", (char *) location };

  return koers_check_dup_place (plan, &finding);
}

#define assert_place(plan, area, location, want) \
  G_STMT_START { \
    g_autofree char *place_ = place_of (plan, area, location); \
    g_assert_cmpstr (place_, ==, want); \
  } G_STMT_END

/* Where a finding is, in words: names from the plan, dates and periods as
 * the language writes them, and nothing for a place Koers does not know
 * or a name the plan no longer has */
static void
test_place (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersTask) task = koers_task_new ();
  g_autoptr(KoersRole) role = koers_role_new ();
  g_autoptr(KoersChannel) channel = koers_channel_new ();
  g_autoptr(KoersMilestone) milestone = koers_milestone_new ();

  koers_task_set_id (task, "t1");
  koers_task_set_name (task, "Webcare");
  koers_plan_append (plan, koers_plan_get_tasks (plan), task);
  koers_role_set_id (role, "r1");
  koers_role_set_name (role, "Eigenaar");
  koers_plan_append (plan, koers_plan_get_roles (plan), role);
  koers_channel_set_id (channel, "linkedin");
  koers_channel_set_name (channel, "LinkedIn");
  koers_plan_append (plan, koers_plan_get_channels (plan), channel);
  koers_plan_append (plan, koers_plan_get_milestones (plan), milestone);

  assert_place (plan, KOERS_AREA_ROLES, "task/t1", "Webcare");
  assert_place (plan, KOERS_AREA_ROLES, "role/r1", "Eigenaar");
  assert_place (plan, KOERS_AREA_TECHNOLOGY, "channel/linkedin", "LinkedIn");
  assert_place (plan, KOERS_AREA_CALENDAR, "date/2027-03-01", "1 March 2027");
  assert_place (plan, KOERS_AREA_CALENDAR, "range/2027-08-01/2027-08-31/channel/linkedin",
                "LinkedIn, August 2027");
  assert_place (plan, KOERS_AREA_CALENDAR, "range/2027-03-08/2027-03-14/role/r1",
                "Eigenaar, 8 March 2027 – 14 March 2027");
  assert_place (plan, KOERS_AREA_CALENDAR, "range/2027-02-01/2027-02-28", "February 2027");
  assert_place (plan, KOERS_AREA_MATURITY, "phase/1", "Phase 2, Presence");
  assert_place (plan, KOERS_AREA_MATURITY, "phase/1/criterion/0", "Phase 2, criterion 1");
  assert_place (plan, KOERS_AREA_ROSE, "part/1", "Listening");
  assert_place (plan, KOERS_AREA_ROLES, "rose/organising", "Organising");
  assert_place (plan, KOERS_AREA_STRATEGY, "milestone/1", "Milestone 1");
  assert_place (plan, KOERS_AREA_CALENDAR, "range/2027-08-01/2027-08-31/channel/gone",
                "August 2027");

  /* unknown, gone or malformed: no place */
  assert_place (plan, KOERS_AREA_ROLES, NULL, NULL);
  assert_place (plan, KOERS_AREA_ROLES, "task/gone", NULL);
  assert_place (plan, KOERS_AREA_TECHNOLOGY, "hub", NULL);
  assert_place (plan, KOERS_AREA_STRATEGY, "milestone/2", NULL);
  assert_place (plan, KOERS_AREA_STRATEGY, "milestone/0", NULL);
  assert_place (plan, KOERS_AREA_MATURITY, "phase/6", NULL);
  assert_place (plan, KOERS_AREA_ROSE, "part/6", NULL);
  assert_place (plan, KOERS_AREA_CALENDAR, "date/2027-02-30", NULL);
  assert_place (plan, KOERS_AREA_CALENDAR, "date/2027-03-01x", NULL);
  assert_place (plan, KOERS_AREA_CALENDAR, "range/2027-03-14/2027-03-08", NULL);
  assert_place (plan, KOERS_AREA_CALENDAR, "range/2027-03-08", NULL);

  set_language ("nl");
  assert_place (plan, KOERS_AREA_CALENDAR, "range/2027-08-01/2027-08-31/channel/linkedin",
                "LinkedIn, augustus 2027");
  assert_place (plan, KOERS_AREA_MATURITY, "phase/1/criterion/0", "Fase 2, criterium 1");
  assert_place (plan, KOERS_AREA_STRATEGY, "milestone/1", "Mijlpaal 1");
  set_language ("C");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("KOERS_LOCALEDIR");

  /* English by default; test_rules_fixture() switches to Dutch. GLib
   * decides once, at the first g_dngettext(), whether to translate at all:
   * in Dutch, so that the switch works for plurals too. */
  g_setenv ("LANGUAGE", "nl", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  (void) g_dngettext (GETTEXT_PACKAGE, "%u task", "%u tasks", 2);
  set_language ("C");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/check/fixture/empty", test_empty_fixture);
  g_test_add_func ("/check/fixture/complete", test_complete_fixture);
  g_test_add_func ("/check/fixture/continuity", test_continuity_fixture);
  g_test_add_func ("/check/fixture/monthly", test_monthly_fixture);
  g_test_add_func ("/check/fixture/mix", test_mix_fixture);
  g_test_add_func ("/check/fixture/raci", test_raci_fixture);
  g_test_add_func ("/check/fixture/references", test_references_fixture);
  g_test_add_func ("/check/period/reversed", test_reversed_period);
  g_test_add_func ("/check/occurrences/counted-as-walked", test_counting_matches_walking);
  g_test_add_func ("/check/huge-period", test_huge_period);

  g_test_add_func ("/check/steps/empty-plan", test_empty_new_plan);
  g_test_add_func ("/check/steps/complete-plan", test_complete_in_code);
  g_test_add_func ("/check/steps/filled-by-other-lists", test_step_filled_by_other_lists);
  g_test_add_func ("/check/objectives/primary", test_primary_objective);
  g_test_add_func ("/check/objectives/not-smart", test_not_smart);
  g_test_add_func ("/check/objectives/deadline-passed", test_deadline_passed);
  g_test_add_func ("/check/fixture/rules", test_rules_fixture);
  g_test_add_func ("/check/rose/addressed", test_rose_addressed);

  g_test_add_func ("/check/continuity/gap", test_continuity_gap);
  g_test_add_func ("/check/continuity/several-gaps", test_continuity_several_gaps);
  g_test_add_func ("/check/continuity/monthly-31st", test_continuity_monthly_31st);
  g_test_add_func ("/check/continuity/recurrence-end", test_continuity_recurrence_end);
  g_test_add_func ("/check/continuity/no-posts", test_continuity_no_posts);
  g_test_add_func ("/check/continuity/inactive", test_continuity_inactive);
  g_test_add_func ("/check/continuity/unknown-channel", test_unknown_channel);

  g_test_add_func ("/check/mix/at-limit", test_mix_at_limit);
  g_test_add_func ("/check/mix/over-limit", test_mix_over_limit);
  g_test_add_func ("/check/mix/counts", test_mix_counts);

  g_test_add_func ("/check/raci/two-accountable", test_raci_two_accountable);
  g_test_add_func ("/check/raci/no-accountable", test_raci_no_accountable);
  g_test_add_func ("/check/raci/no-responsible", test_raci_no_responsible);
  g_test_add_func ("/check/raci/missing-role", test_raci_missing_role);
  g_test_add_func ("/check/capacity", test_capacity);
  g_test_add_func ("/check/capacity/split", test_capacity_split);
  g_test_add_func ("/check/roles/fixture", test_roles_fixture);
  g_test_add_func ("/check/roles/no-roles", test_roles_none);
  g_test_add_func ("/check/roles/defaults", test_roles_defaults);
  g_test_add_func ("/check/roles/large", test_roles_large);

  g_test_add_func ("/check/order", test_order);
  g_test_add_func ("/check/area-titles", test_area_titles);
  g_test_add_func ("/check/count-posts", test_count_posts);
  g_test_add_func ("/check/period", test_period);
  g_test_add_func ("/check/occurrences/weekly", test_occurrences_weekly);
  g_test_add_func ("/check/occurrences/biweekly", test_occurrences_biweekly);
  g_test_add_func ("/check/occurrences/monthly", test_occurrences_monthly);
  g_test_add_func ("/check/occurrences/none", test_occurrences_none);
  g_test_add_func ("/check/month-name", test_month_name);
  g_test_add_func ("/check/marks/meaningfully-filled", test_meaningfully_filled);
  g_test_add_func ("/check/rose/target-below-current", test_target_below_current);
  g_test_add_func ("/check/technology/hub", test_hub_rules);
  g_test_add_func ("/check/technology/duplicate-channel", test_duplicate_channel);
  g_test_add_func ("/check/strategy/milestone-passed", test_milestone_passed);
  g_test_add_func ("/check/async/same-as-sync", test_async_same_as_sync);
  g_test_add_func ("/check/async/reruns-what-changed", test_async_reruns_what_changed);
  g_test_add_func ("/check/mix-in-slices", test_async_counts_mix);
  g_test_add_func ("/check/async/cancelled", test_async_cancelled);
  g_test_add_func ("/check/place", test_place);

  return g_test_run ();
}
