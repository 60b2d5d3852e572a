/* test-plan-io.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The .koers format: round trips, unknown members, migration, every class
 * of bad input with its error, and atomic saves.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <utime.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "koers-plan.h"
#include "koers-plan-io.h"
#include "koers-file-replace-private.h"
#include "koers-calendar-entry.h"
#include "koers-channel.h"
#include "koers-criterion.h"
#include "koers-goal.h"
#include "koers-milestone.h"
#include "koers-network-use.h"
#include "koers-objective.h"
#include "koers-raci-cell.h"
#include "koers-role.h"
#include "koers-strategy.h"
#include "koers-target-group.h"
#include "koers-task.h"
#include "koers-tool.h"

#include "koers-test-util.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static GDate *
date (guint d, guint m, guint y)
{
  return g_date_new_dmy (d, m, y);
}

/* A plan with every kind of member set to something other than its default. */
static KoersPlan *
build_full_plan (void)
{
  KoersPlan *plan = koers_plan_new ();
  g_autoptr(KoersTargetGroup) group = koers_target_group_new ();
  g_autoptr(KoersNetworkUse) use = koers_network_use_new ();
  g_autoptr(KoersGoal) goal = koers_goal_new ();
  g_autoptr(KoersObjective) objective = koers_objective_new ();
  g_autoptr(KoersStrategy) strategy = koers_strategy_new ();
  g_autoptr(KoersMilestone) milestone = koers_milestone_new ();
  g_autoptr(KoersChannel) channel = koers_channel_new ();
  g_autoptr(KoersTool) tool = koers_tool_new ();
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(KoersRole) role = koers_role_new ();
  g_autoptr(KoersTask) task = koers_task_new ();
  g_autoptr(KoersRaciCell) cell = koers_raci_cell_new ();
  g_autoptr(KoersCriterion) criterion = koers_criterion_new ();
  const char *departments[] = { "Verkoop", "Klantenservice \"KS\"", NULL };
  GDate *d;

  koers_plan_set_title (plan, "Socialemediaplan 2027 — “Korenaar”\n\ttab");
  koers_plan_set_organisation (plan, "Bakkerij De Korenaar");
  koers_plan_set_author (plan, "Anouk");
  d = date (2, 11, 2026); koers_plan_set_created (plan, d); g_date_free (d);
  d = date (1, 1, 2027); koers_plan_set_period_start (plan, d); g_date_free (d);
  d = date (31, 12, 2027); koers_plan_set_period_end (plan, d); g_date_free (d);

  koers_target_group_set_name (group, "Buurtbewoners");
  koers_target_group_set_description (group, "Mensen uit de wijk");
  koers_target_group_set_ideal_customer (group, "Gezin met kinderen");
  koers_target_group_set_adoption (group, KOERS_ADOPTION_ACTIVE);
  koers_network_use_set_network (use, "Instagram");
  koers_network_use_set_activity (use, KOERS_ACTIVITY_CREATING);
  koers_network_use_set_notes (use, "vooral stories");
  g_list_store_append (G_LIST_STORE (koers_target_group_get_networks (group)), use);
  koers_plan_append (plan, koers_plan_get_target_groups (plan), group);

  koers_plan_set_primary_objective (plan, KOERS_PRIMARY_OBJECTIVE_LOYALTY);
  koers_plan_set_primary_objective_reason (plan, "Vaste klanten zijn de basis");
  koers_plan_set_objective_types (plan, KOERS_OBJECTIVE_TYPE_LISTENING | KOERS_OBJECTIVE_TYPE_EMBRACING);
  koers_plan_set_big_goals (plan, KOERS_BIG_GOAL_ENGAGEMENT);
  koers_goal_set_title (goal, "Meer betrokkenheid");
  koers_plan_append (plan, koers_plan_get_goals (plan), goal);
  koers_objective_set_title (objective, "Volgers");
  koers_objective_set_kpi (objective, "Aantal volgers");
  koers_objective_set_baseline (objective, 412.5);
  koers_objective_set_has_target (objective, TRUE);
  koers_objective_set_target (objective, 0.1);
  koers_objective_set_unit (objective, "%");
  d = date (30, 6, 2027); koers_objective_set_deadline (objective, d); g_date_free (d);
  koers_plan_append (plan, koers_plan_get_objectives (plan), objective);

  koers_strategy_set_kind (strategy, KOERS_STRATEGY_KIND_WEBCARE);
  koers_strategy_set_title (strategy, "Webcare");
  koers_plan_append (plan, koers_plan_get_strategies (plan), strategy);
  koers_plan_set_relationship (plan, "Van zenden naar gesprek");
  koers_plan_set_hours_per_week (plan, 6.5);
  koers_plan_set_fte (plan, 0.2);
  koers_plan_set_budget (plan, 1234.56);
  koers_plan_set_departments (plan, departments);
  koers_milestone_set_title (milestone, "Start");
  koers_milestone_set_done (milestone, TRUE);
  d = date (15, 1, 2027); koers_milestone_set_date (milestone, d); g_date_free (d);
  koers_plan_append (plan, koers_plan_get_milestones (plan), milestone);

  koers_channel_set_id (channel, "instagram");
  koers_channel_set_name (channel, "Instagram");
  koers_channel_set_colour (channel, "#e01b24");
  koers_channel_set_posts_per_week (channel, 2.5);
  koers_channel_set_active (channel, FALSE);
  koers_plan_append (plan, koers_plan_get_channels (plan), channel);
  koers_plan_set_hub_url (plan, "https://example.org");
  koers_tool_set_name (tool, "Monitor");
  koers_tool_set_kind (tool, KOERS_TOOL_KIND_MONITORING);
  koers_tool_set_cost_per_month (tool, 19);
  koers_plan_append (plan, koers_plan_get_tools (plan), tool);

  koers_checklist_item_set_status (koers_plan_get_tip (plan, KOERS_TIP_ACCOUNTS), KOERS_STATUS_DONE);
  koers_checklist_item_set_notes (koers_plan_get_do (plan, KOERS_DO_MOTIVATE), "Team motiveren");
  koers_rose_part_set_current (koers_plan_get_rose_part (plan, KOERS_ROSE_PART_LISTENING), 2);
  koers_rose_part_set_target (koers_plan_get_rose_part (plan, KOERS_ROSE_PART_LISTENING), 4);
  koers_rose_part_set_actions (koers_plan_get_rose_part (plan, KOERS_ROSE_PART_SENDING), "80/20");
  koers_criterion_set_text (criterion, "Eigen criterium");
  koers_criterion_set_done (criterion, TRUE);
  koers_plan_append (plan, koers_maturity_phase_get_criteria (
                       koers_plan_get_phase (plan, KOERS_PHASE_CONVERGED)), criterion);

  d = date (5, 1, 2027); koers_calendar_entry_set_date (entry, d); g_date_free (d);
  koers_calendar_entry_set_time (entry, 9 * 60 + 30);
  koers_calendar_entry_set_channel (entry, "instagram");
  koers_calendar_entry_set_title (entry, "Nieuwjaarsbol");
  koers_calendar_entry_set_kind (entry, KOERS_CONTENT_KIND_PROMOTION);
  koers_calendar_entry_set_rose_part (entry, KOERS_ENTRY_PART_SENDING);
  koers_calendar_entry_set_owner (entry, "eigenaar");
  koers_calendar_entry_set_status (entry, KOERS_ENTRY_STATUS_READY);
  koers_calendar_entry_set_rrule (entry, "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270301");
  koers_plan_append (plan, koers_plan_get_entries (plan), entry);

  koers_role_set_id (role, "eigenaar");
  koers_role_set_name (role, "Eigenaar");
  koers_role_set_hours_per_week (role, 4);
  koers_plan_append (plan, koers_plan_get_roles (plan), role);
  koers_task_set_id (task, "webcare");
  koers_task_set_name (task, "Webcare");
  koers_task_set_hours_per_week (task, 2);
  koers_raci_cell_set_role (cell, "eigenaar");
  koers_raci_cell_set_letter (cell, KOERS_RACI_ACCOUNTABLE);
  g_list_store_append (G_LIST_STORE (koers_task_get_raci (task)), cell);
  koers_plan_append (plan, koers_plan_get_tasks (plan), task);

  return plan;
}

static char *
to_text (KoersPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = koers_plan_io_to_bytes (plan, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static KoersPlan *
from_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  KoersPlan *plan = koers_plan_io_load_data (text, strlen (text), "test.koers", &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
test_roundtrip (void)
{
  g_autoptr(KoersPlan) plan = build_full_plan ();
  g_autoptr(KoersPlan) again = NULL;
  g_autofree char *first = to_text (plan);
  g_autofree char *second = NULL;
  g_autoptr(KoersCalendarEntry) entry = NULL;
  g_autoptr(KoersObjective) objective = NULL;

  again = from_text (first);
  second = to_text (again);
  g_assert_cmpstr (first, ==, second);

  /* And the values themselves */
  g_assert_cmpstr (koers_plan_get_title (again), ==, "Socialemediaplan 2027 — “Korenaar”\n\ttab");
  g_assert_cmpint (koers_plan_get_objective_types (again), ==,
                   KOERS_OBJECTIVE_TYPE_LISTENING | KOERS_OBJECTIVE_TYPE_EMBRACING);
  g_assert_cmpstr (koers_plan_get_departments (again)[1], ==, "Klantenservice \"KS\"");
  entry = g_list_model_get_item (koers_plan_get_entries (again), 0);
  g_assert_cmpint (koers_calendar_entry_get_time (entry), ==, 570);
  g_assert_cmpstr (koers_calendar_entry_get_rrule (entry), ==, "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270301");
  objective = g_list_model_get_item (koers_plan_get_objectives (again), 0);
  g_assert_cmpfloat (koers_objective_get_target (objective), ==, 0.1);
  g_assert_cmpfloat (koers_objective_get_baseline (objective), ==, 412.5);
  g_assert_cmpint (koers_rose_part_get_target (koers_plan_get_rose_part (again, 0)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (koers_maturity_phase_get_criteria (
                      koers_plan_get_phase (again, KOERS_PHASE_CONVERGED))), ==, 4);

  /* The marker the MIME magic looks for is near the start. */
  g_assert_nonnull (g_strstr_len (first, 256, "\"koers-plan\""));
}

static void
test_save_and_load_file (void)
{
  g_autoptr(KoersPlan) plan = build_full_plan ();
  g_autoptr(KoersPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("saved.koers");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = to_text (plan);
  g_autofree char *on_disk = NULL;

  g_assert_true (koers_plan_io_save (plan, file, &error));
  g_assert_no_error (error);
  on_disk = koers_test_read_text (path);
  g_assert_cmpstr (on_disk, ==, expected);

  loaded = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_plan_get_organisation (loaded), ==, "Bakkerij De Korenaar");
}

static const char unknown_doc[] =
  "{\n"
  "  \"format\": \"koers-plan\",\n"
  "  \"version\": 2,\n"
  "  \"future_top\": {\"nested\": [1, 2.5, \"three\", null, true, {\"deep\": []}]},\n"
  "  \"plan\": {\"title\": \"T\", \"future_in_section\": \"kept\"},\n"
  "  \"technology\": {\"channels\": [{\"id\": \"x\", \"name\": \"X\", \"future_in_item\": {\"a\": 1}}]},\n"
  "  \"roles\": {\"roles\": [{\"id\": \"r\", \"name\": \"R\"}],\n"
  "            \"tasks\": [{\"id\": \"t\", \"name\": \"T\", \"raci\": [{\"role\": \"r\", \"letter\": \"A\", \"future_in_cell\": -7}]}]},\n"
  "  \"new_section\": {\"x\": \"y\"}\n"
  "}\n";

static void
test_unknown_members (void)
{
  g_autoptr(KoersPlan) plan = from_text (unknown_doc);
  g_autofree char *text = to_text (plan);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *task, *cell;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpfloat (json_array_get_double_element (
                       json_object_get_array_member (json_object_get_object_member (root, "future_top"),
                                                     "nested"), 1), ==, 2.5);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "plan"),
                                                  "future_in_section"), ==, "kept");
  g_assert_cmpint (json_object_get_int_member (
                     json_object_get_object_member (
                       json_array_get_object_element (
                         json_object_get_array_member (json_object_get_object_member (root, "technology"),
                                                       "channels"), 0), "future_in_item"), "a"), ==, 1);
  task = json_array_get_object_element (
           json_object_get_array_member (json_object_get_object_member (root, "roles"), "tasks"), 0);
  cell = json_array_get_object_element (json_object_get_array_member (task, "raci"), 0);
  g_assert_cmpint (json_object_get_int_member (cell, "future_in_cell"), ==, -7);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "new_section"),
                                                  "x"), ==, "y");

  /* Written again, unchanged */
  {
    g_autoptr(KoersPlan) again = from_text (text);
    g_autofree char *text2 = to_text (again);

    g_assert_cmpstr (text, ==, text2);
  }
}

static void
test_migration_v1 (void)
{
  const char *v1 =
    "{\"format\": \"koers-plan\", \"version\": 1, \"title\": \"Oud plan\",\n"
    " \"channels\": [{\"id\": \"fb\", \"name\": \"Facebook\"}],\n"
    " \"entries\": [{\"date\": \"2027-02-01\", \"channel\": \"Facebook\"}],\n"
    " \"rose\": {\"listening\": {\"current\": 3, \"target\": 5}, \"activating\": {\"current\": 1}},\n"
    " \"primary_objective\": \"leads\", \"legacy\": 42}";
  g_autoptr(KoersPlan) plan = from_text (v1);
  g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (koers_plan_get_entries (plan), 0);
  g_autofree char *text = to_text (plan);

  g_assert_cmpstr (koers_plan_get_title (plan), ==, "Oud plan");
  g_assert_cmpint (koers_plan_get_primary_objective (plan), ==, KOERS_PRIMARY_OBJECTIVE_LEADS);
  g_assert_cmpstr (koers_calendar_entry_get_channel (entry), ==, "fb");
  g_assert_cmpint (koers_rose_part_get_current (koers_plan_get_rose_part (plan, KOERS_ROSE_PART_LISTENING)), ==, 3);
  g_assert_cmpint (koers_rose_part_get_target (koers_plan_get_rose_part (plan, KOERS_ROSE_PART_LISTENING)), ==, 5);
  g_assert_cmpint (koers_rose_part_get_current (koers_plan_get_rose_part (plan, KOERS_ROSE_PART_ACTIVATING)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_rose_parts (plan)), ==, 5);
  g_assert_nonnull (strstr (text, "\"version\": 3"));
  g_assert_nonnull (strstr (text, "\"legacy\": 42"));
}

typedef struct
{
  const char *name;
  const char *data;
  gssize      length;
  int         code;
  const char *fragment;  /* the message must contain it */
} BadInput;

static const BadInput bad_inputs[] = {
  { "empty", "", 0, KOERS_PLAN_IO_ERROR_EMPTY, "is empty" },
  { "whitespace", "  \n\t ", -1, KOERS_PLAN_IO_ERROR_EMPTY, "is empty" },
  { "truncated", "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\": \"x\"", -1,
    KOERS_PLAN_IO_ERROR_TRUNCATED, "cut off" },
  { "truncated-string", "{\"format\": \"koers-pl", -1, KOERS_PLAN_IO_ERROR_TRUNCATED, "line 1" },
  { "invalid-utf8", "{\"format\": \"koers-plan\",\n\"version\": 2, \"plan\": {\"title\": \"\xff\xfe\"}}", -1,
    KOERS_PLAN_IO_ERROR_NOT_TEXT, "line 2" },
  { "binary", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, KOERS_PLAN_IO_ERROR_NOT_TEXT, "binary" },
  { "syntax", "{\"format\": \"koers-plan\",\n \"version\": 2,,}", -1, KOERS_PLAN_IO_ERROR_SYNTAX, "line 2" },
  { "bareword", "{\"format\": koers}", -1, KOERS_PLAN_IO_ERROR_SYNTAX, "line 1" },
  { "array", "[1, 2, 3]", -1, KOERS_PLAN_IO_ERROR_NOT_A_PLAN, "a list" },
  { "other-json", "{\"name\": \"package\", \"version\": \"1.0\"}", -1, KOERS_PLAN_IO_ERROR_NOT_A_PLAN,
    "not a Koers plan" },
  { "string", "\"hello\"", -1, KOERS_PLAN_IO_ERROR_NOT_A_PLAN, "text" },
  { "no-version", "{\"format\": \"koers-plan\"}", -1, KOERS_PLAN_IO_ERROR_INVALID, "version" },
  { "newer", "{\"format\": \"koers-plan\", \"version\": 4}", -1, KOERS_PLAN_IO_ERROR_NEWER_VERSION,
    "newer" },
  { "huge-integer", "{\"format\": \"koers-plan\", \"version\": 2,\n\"x\": 123456789012345678901234567890}", -1,
    KOERS_PLAN_IO_ERROR_NUMBER, "123456789012345678901234567890" },
  { "int64-edge", "{\"format\": \"koers-plan\", \"version\": 2, \"x\": -9223372036854775809}", -1,
    KOERS_PLAN_IO_ERROR_NUMBER, "too large" },
  { "1e400", "{\"format\": \"koers-plan\", \"version\": 2,\n\n\"x\": 1e400}", -1,
    KOERS_PLAN_IO_ERROR_NUMBER, "line 3" },
  { "1e17", "{\"format\": \"koers-plan\", \"version\": 2, \"strategy\": {\"budget\": 1e17}}", -1,
    KOERS_PLAN_IO_ERROR_NUMBER, "1e17" },
  { "duplicate", "{\"format\": \"koers-plan\", \"version\": 2,\n\"plan\": {\"title\": \"a\", \"title\": \"b\"}}", -1,
    KOERS_PLAN_IO_ERROR_DUPLICATE_MEMBER, "“title” appears twice" },
  { "duplicate-top", "{\"format\": \"koers-plan\", \"format\": \"koers-plan\", \"version\": 2}", -1,
    KOERS_PLAN_IO_ERROR_DUPLICATE_MEMBER, "format" },
  { "wrong-type-title", "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\": 5}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "plan.title: expected text, found a whole number" },
  { "wrong-type-section", "{\"format\": \"koers-plan\", \"version\": 2, \"calendar\": []}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "calendar: expected an object" },
  { "wrong-type-list", "{\"format\": \"koers-plan\", \"version\": 2, \"calendar\": {\"entries\": {}}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "calendar.entries: expected a list" },
  { "missing-date", "{\"format\": \"koers-plan\", \"version\": 2, \"calendar\": {\"entries\": [{\"date\": \"2027-01-01\"}, {\"title\": \"x\"}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "calendar.entries[1].date: is missing" },
  { "missing-id", "{\"format\": \"koers-plan\", \"version\": 2, \"technology\": {\"channels\": [{\"name\": \"x\"}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "technology.channels[0].id" },
  { "bad-date", "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"created\": \"2027-02-30\"}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "2027-02-30" },
  { "bad-time", "{\"format\": \"koers-plan\", \"version\": 2, \"calendar\": {\"entries\": [{\"date\": \"2027-01-01\", \"time\": \"25:00\"}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "25:00" },
  { "bad-enum", "{\"format\": \"koers-plan\", \"version\": 2, \"objectives\": {\"primary_objective\": \"world-domination\"}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "“loyalty”" },
  { "bad-colour", "{\"format\": \"koers-plan\", \"version\": 2, \"technology\": {\"channels\": [{\"id\": \"a\", \"name\": \"A\", \"colour\": \"red\"}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "colour" },
  { "out-of-range", "{\"format\": \"koers-plan\", \"version\": 2, \"rose\": {\"parts\": [{\"part\": \"listening\", \"current\": 7}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "from 0 to 5" },
  { "negative-hours", "{\"format\": \"koers-plan\", \"version\": 2, \"roles\": {\"roles\": [{\"id\": \"a\", \"name\": \"A\", \"hours_per_week\": -1}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "out of range" },
  { "duplicate-id", "{\"format\": \"koers-plan\", \"version\": 2, \"roles\": {\"roles\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"a\", \"name\": \"B\"}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "used twice" },
  { "raci-two-cells", "{\"format\": \"koers-plan\", \"version\": 2, \"roles\": {\"roles\": [{\"id\": \"a\", \"name\": \"A\"}], \"tasks\": [{\"id\": \"t\", \"name\": \"T\", \"raci\": [{\"role\": \"a\", \"letter\": \"A\"}, {\"role\": \"a\", \"letter\": \"R\"}]}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "roles.tasks[0].raci[1].role: the identifier “a” is used twice" },
  { "raci-negative-hours", "{\"format\": \"koers-plan\", \"version\": 2, \"roles\": {\"tasks\": [{\"id\": \"t\", \"name\": \"T\", \"raci\": [{\"role\": \"a\", \"letter\": \"R\", \"hours\": -2}]}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "roles.tasks[0].raci[0].hours: -2 is out of range" },
  { "raci-absurd-hours", "{\"format\": \"koers-plan\", \"version\": 2, \"roles\": {\"tasks\": [{\"id\": \"t\", \"name\": \"T\", \"raci\": [{\"role\": \"a\", \"letter\": \"R\", \"hours\": 200}]}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "from 0 to 168" },
  { "task-absurd-hours", "{\"format\": \"koers-plan\", \"version\": 2, \"roles\": {\"tasks\": [{\"id\": \"t\", \"name\": \"T\", \"hours_per_week\": 1e6}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "roles.tasks[0].hours_per_week" },
  { "raci-bad-role", "{\"format\": \"koers-plan\", \"version\": 2, \"roles\": {\"tasks\": [{\"id\": \"t\", \"name\": \"T\", \"raci\": [{\"role\": \"Not An Id\", \"letter\": \"R\"}]}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "roles.tasks[0].raci[0].role" },
  { "raci-bad-letter", "{\"format\": \"koers-plan\", \"version\": 2, \"roles\": {\"tasks\": [{\"id\": \"t\", \"name\": \"T\", \"raci\": [{\"role\": \"a\", \"letter\": \"X\"}]}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "roles.tasks[0].raci[0].letter: “X” is not one of" },
  { "item-not-object", "{\"format\": \"koers-plan\", \"version\": 2, \"people\": {\"target_groups\": [\"x\"]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "target_groups[0]" },
  { "duplicate-newline", "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\"\n: \"a\", \"title\"\n: \"b\"}}", -1,
    KOERS_PLAN_IO_ERROR_DUPLICATE_MEMBER, "title" },
  { "unknown-tip", "{\"format\": \"koers-plan\", \"version\": 2, \"preparation\": {\"tips\": [{\"key\": \"astrology\"}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "preparation.tips[0].key" },
  { "duplicate-rose-part", "{\"format\": \"koers-plan\", \"version\": 2, \"rose\": {\"parts\": [{\"part\": \"listening\"}, {\"part\": \"listening\", \"current\": 4}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "appears twice" },
  { "lone-surrogate", "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\": \"\\ud800\"}}", -1,
    KOERS_PLAN_IO_ERROR_SYNTAX, "backslash escape" },
  { "octal-escape", "{\"format\": \"koers-plan\", \"version\": 2,\n\"plan\": {\"title\": \"\\202\"}}", -1,
    KOERS_PLAN_IO_ERROR_SYNTAX, "line 2" },
  { "short-unicode-escape", "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\": \"\\ud80\\t\"}}", -1,
    KOERS_PLAN_IO_ERROR_SYNTAX, "backslash escape" },
  { "nan", "{\"format\": \"koers-plan\", \"version\": 2, \"x\": NaN}", -1,
    KOERS_PLAN_IO_ERROR_SYNTAX, "line 1" },
  { "assessment-no-date", "{\"format\": \"koers-plan\", \"version\": 2, \"maturity\": {\"assessments\": [{\"phase\": \"presence\"}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "maturity.assessments[0].date: is missing" },
  { "assessment-bad-count", "{\"format\": \"koers-plan\", \"version\": 2, \"maturity\": {\"assessments\": [{\"date\": \"2027-01-01\", \"results\": [{\"phase\": \"planning\", \"met\": -2}]}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "maturity.assessments[0].results[0].met" },
  { "override-bad-phase", "{\"format\": \"koers-plan\", \"version\": 2, \"maturity\": {\"override_phase\": \"enlightened\"}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "maturity.override_phase" },
  { "criterion-note-type", "{\"format\": \"koers-plan\", \"version\": 2, \"maturity\": {\"phases\": [{\"phase\": \"planning\", \"criteria\": [{\"text\": \"x\", \"note\": 3}]}]}}", -1,
    KOERS_PLAN_IO_ERROR_INVALID, "maturity.phases[0].criteria[0].note: expected text" },
};

static void
check_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autofree char *path = tmp_path (bad->name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  koers_test_write_file (path, bad->data, bad->length);
  plan = koers_plan_io_load (file, &error);
  g_assert_null (plan);
  g_assert_error (error, KOERS_PLAN_IO_ERROR, bad->code);
  g_test_message ("%s: %s", bad->name, error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, bad->fragment));
}

/* Found by fuzzing: these load, and what is written loads again. */
static void
test_fuzz_regressions (void)
{
  const char *inputs[] = {
    /* 1e15 is written as a 16-digit integer */
    "{\"format\": \"koers-plan\", \"version\": 2, \"future\": 1e15}",
    /* a version 1 member named like a section */
    "{\"format\": \"koers-plan\", \"version\": 1, \"technology\": {}, \"plan\": 3, \"title\": \"x\"}",
    /* a valid surrogate pair and every simple escape */
    "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\": \"\\ud83d\\ude00 \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9\"}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(KoersPlan) plan = from_text (inputs[i]);
      g_autofree char *text = to_text (plan);
      g_autoptr(KoersPlan) again = from_text (text);
      g_autofree char *text2 = to_text (again);

      g_assert_cmpstr (text, ==, text2);
    }
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"koers-plan\", \"version\": 2, \"x\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');

  plan = koers_plan_io_load_data (text->str, text->len, "deep.koers", &error);
  g_assert_null (plan);
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_DEEP);
  g_assert_nonnull (strstr (error->message, "deep.koers"));

  /* 60 levels of unknown members are fine, and kept. */
  g_string_assign (text, "{\"format\": \"koers-plan\", \"version\": 2, \"x\": ");
  for (guint i = 0; i < 60; i++)
    g_string_append (text, "{\"a\": ");
  g_string_append (text, "1");
  for (guint i = 0; i < 60; i++)
    g_string_append_c (text, '}');
  g_string_append_c (text, '}');
  g_clear_error (&error);
  plan = koers_plan_io_load_data (text->str, text->len, "ok.koers", &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
}

static void
test_huge_string (void)
{
  gsize size = 100 * 1024 * 1024;
  g_autofree char *text = g_malloc (size + 64);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autofree char *path = tmp_path ("huge.koers");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  int len;

  len = g_snprintf (text, 64, "{\"format\": \"koers-plan\", \"version\": 2, \"x\": \"");
  memset (text + len, 'a', size);
  memcpy (text + len + size, "\"}", 3);

  /* In a file: refused by its size, before it is read. */
  koers_test_write_file (path, text, len + size + 2);
  plan = koers_plan_io_load (file, &error);
  g_assert_null (plan);
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "larger than"));
  g_unlink (path);

  /* In memory: a 2 MB string inside a small file is refused too. */
  g_clear_error (&error);
  memcpy (text + len + 2 * 1024 * 1024, "\"}", 3);
  plan = koers_plan_io_load_data (text, len + 2 * 1024 * 1024 + 2, "long.koers", &error);
  g_assert_null (plan);
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "line 1"));
}

static void
test_directory_and_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = g_file_new_for_path (tmpdir);
  g_autofree char *missing_path = tmp_path ("does-not-exist.koers");
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);

  g_assert_null (koers_plan_io_load (dir, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_clear_error (&error);

  g_assert_null (koers_plan_io_load (missing, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing_path));
}

/* The tests run as root in CI, and root may read anything: check the
 * permission error as an unprivileged user in a child process. */
static void
test_no_permission (void)
{
  g_autofree char *path = tmp_path ("secret.koers");
  pid_t pid;
  int status;

  koers_test_write_file (path, "{\"format\": \"koers-plan\", \"version\": 2}", -1);
  g_assert_cmpint (g_chmod (path, 0), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      GError *error = NULL;
      KoersPlan *plan;

      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        _exit (3);
      plan = koers_plan_io_load (file, &error);
      if (plan != NULL)
        _exit (4);
      if (!g_error_matches (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_PERMISSION))
        _exit (5);
      if (strstr (error->message, "permission") == NULL || strstr (error->message, path) == NULL)
        _exit (6);
      _exit (0);
    }

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

static guint
count_temp_files (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] == '.')
      n++;
  return n;
}

static void
test_atomic_save_failure (void)
{
  g_autoptr(KoersPlan) plan = build_full_plan ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("atomic.koers");
  g_autofree char *new_path = tmp_path ("never-written.koers");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  const char *old = "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\": \"Oud\"}}\n";
  g_autofree char *after = NULL;

  koers_test_write_file (path, old, -1);

  /* The disk "fills up" halfway through the write. */
  _koers_file_replace_set_fail_after (100);
  g_assert_false (koers_plan_io_save (plan, file, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  /* Also at the very first byte */
  _koers_file_replace_set_fail_after (0);
  g_assert_false (koers_plan_io_save (plan, file, &error));
  g_clear_error (&error);

  /* A new file that fails is not left half-written */
  _koers_file_replace_set_fail_after (10);
  g_assert_false (koers_plan_io_save (plan, new_file, &error));
  g_clear_error (&error);
  _koers_file_replace_set_fail_after (-1);

  after = koers_test_read_text (path);
  g_assert_cmpstr (after, ==, old);
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_temp_files (), ==, 0);

  /* And without the failure it saves */
  g_assert_true (koers_plan_io_save (plan, file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_temp_files (), ==, 0);
}

static void
test_save_keeps_mode_and_links (void)
{
  g_autoptr(KoersPlan) plan = build_full_plan ();
  g_autoptr(GError) error = NULL;
  g_autofree char *subdir = tmp_path ("real");
  g_autofree char *target = g_build_filename (subdir, "target.koers", NULL);
  g_autofree char *link = tmp_path ("link.koers");
  g_autofree char *dangling = tmp_path ("dangling.koers");
  g_autofree char *dangling_target = g_build_filename (subdir, "later.koers", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(GFile) dangling_file = g_file_new_for_path (dangling);
  g_autofree char *expected = to_text (plan);
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (subdir, 0755), ==, 0);
  koers_test_write_file (target, "old", -1);
  g_assert_cmpint (g_chmod (target, 0640), ==, 0);
  g_assert_cmpint (symlink ("real/target.koers", link), ==, 0);

  g_assert_true (koers_plan_io_save (plan, link_file, &error));
  g_assert_no_error (error);

  /* The link is still a link, and its target has the new plan and its mode */
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  contents = koers_test_read_text (target);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  /* A dangling link gets its target created */
  g_assert_cmpint (symlink (dangling_target, dangling), ==, 0);
  g_assert_true (koers_plan_io_save (plan, dangling_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (dangling_target, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
}

static void
test_save_errors (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = g_file_new_for_path (tmpdir);
  g_autofree char *missing_dir = tmp_path ("no-such-folder/plan.koers");
  g_autoptr(GFile) in_missing = g_file_new_for_path (missing_dir);

  g_assert_false (koers_plan_io_save (plan, dir, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  g_assert_false (koers_plan_io_save (plan, in_missing, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "plan.koers"));
  g_assert_nonnull (strstr (error->message, "folder does not exist"));
}

static void
load_async_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  KoersPlan **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = koers_plan_io_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(KoersPlan) plan = build_full_plan ();
  KoersPlan *loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("async.koers");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (koers_plan_io_save (plan, file, &error));
  koers_plan_io_load_async (file, NULL, load_async_cb, &loaded);
  while (loaded == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (koers_plan_get_author (loaded), ==, "Anouk");
  g_object_unref (loaded);
}

static void
test_example (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "examples", "koers-example-nl.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no example plan");
      return;
    }

  plan = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_entries (plan)), >, 100);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_channels (plan)), >=, 3);

  /* The example is written in the program's own layout, so a re-save
   * reproduces it exactly. */
  original = koers_test_read_text (path);
  written = to_text (plan);
  g_assert_cmpstr (written, ==, original);
}

/* Version 2's recurrence enum becomes an RRULE (FORMAT.md, Version 2) */
static void
test_migration_v2 (void)
{
  const char v2[] =
    "{\"format\": \"koers-plan\", \"version\": 2, \"calendar\": {\"entries\": ["
    "{\"date\": \"2027-01-04\", \"title\": \"w\", \"recurrence\": \"weekly\", \"recurrence_end\": \"2027-03-01\"},"
    "{\"date\": \"2027-01-05\", \"title\": \"b\", \"recurrence\": \"biweekly\"},"
    "{\"date\": \"2027-01-31\", \"title\": \"m31\", \"recurrence\": \"monthly\"},"
    "{\"date\": \"2027-01-30\", \"title\": \"m30\", \"recurrence\": \"monthly\"},"
    "{\"date\": \"2027-01-29\", \"title\": \"m29\", \"recurrence\": \"monthly\"},"
    "{\"date\": \"2027-01-15\", \"title\": \"m15\", \"recurrence\": \"monthly\", \"recurrence_end\": \"2027-12-31\"},"
    "{\"date\": \"2027-01-16\", \"title\": \"n\", \"recurrence\": \"none\", \"recurrence_end\": \"2027-12-31\"},"
    "{\"date\": \"2027-01-17\", \"title\": \"plain\"}"
    "]}}";
  static const char *const expected[] = {
    "FREQ=WEEKLY;UNTIL=20270301", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY;BYMONTHDAY=-1",
    "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1", "FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1",
    "FREQ=MONTHLY;UNTIL=20271231", "", "",
  };
  g_autoptr(KoersPlan) plan = from_text (v2);
  GListModel *entries = koers_plan_get_entries (plan);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *text = to_text (plan);
  g_autoptr(KoersPlan) again = from_text (text);
  g_autofree char *text_again = to_text (again);

  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, i);

      g_assert_cmpstr (koers_calendar_entry_get_rrule (entry), ==, expected[i]);
      g_assert_true (g_hash_table_add (ids, g_strdup (koers_calendar_entry_get_id (entry))));
    }
  /* Written as version 3, without the old members, and read back as written */
  g_assert_nonnull (strstr (text, "\"version\": 3"));
  g_assert_null (strstr (text, "recurrence"));
  g_assert_cmpstr (text_again, ==, text);
}

static void
assert_load_error (const char *text,
                   const char *member)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_io_load_data (text, strlen (text), "kalender.koers", &error);

  g_assert_null (plan);
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "“kalender.koers”"));
  g_assert_nonnull (strstr (error->message, member));
}

static void
test_calendar_errors (void)
{
  assert_load_error ("{\"format\": \"koers-plan\", \"version\": 2, \"calendar\": {\"entries\": ["
                     "{\"date\": \"2027-01-04\"}, {\"date\": \"2027-01-04\", \"recurrence\": \"daily\"}]}}",
                     "calendar.entries[1].recurrence");
  assert_load_error ("{\"format\": \"koers-plan\", \"version\": 2, \"calendar\": {\"entries\": ["
                     "{\"date\": \"2027-01-04\", \"recurrence\": \"weekly\", \"recurrence_end\": \"morgen\"}]}}",
                     "calendar.entries[0].recurrence_end");
  assert_load_error ("{\"format\": \"koers-plan\", \"version\": 3, \"calendar\": {\"entries\": ["
                     "{\"date\": \"2027-01-04\", \"rrule\": \"FREQ=WEEKLY;BYDAY=XX\"}]}}",
                     "calendar.entries[0].rrule");
  assert_load_error ("{\"format\": \"koers-plan\", \"version\": 3, \"calendar\": {\"entries\": ["
                     "{\"date\": \"2027-01-04\", \"rrule\": \"FREQ=WEEKLY\", \"exdates\": [\"2027-01-11\", \"31-12-2027\"]}]}}",
                     "calendar.entries[0].exdates[1]");
  assert_load_error ("{\"format\": \"koers-plan\", \"version\": 3, \"calendar\": {\"entries\": ["
                     "{\"date\": \"2027-01-04\", \"id\": \"brood\"}, {\"date\": \"2027-01-05\", \"id\": \"brood\"}]}}",
                     "calendar.entries[1].id");
  assert_load_error ("{\"format\": \"koers-plan\", \"version\": 3, \"calendar\": {\"entries\": ["
                     "{\"date\": \"2027-01-04\", \"hours\": -2}]}}",
                     "calendar.entries[0].hours");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  tmpdir = koers_test_make_suite_dir ("koers-test-io-XXXXXX");

  g_test_add_func ("/plan-io/roundtrip", test_roundtrip);
  g_test_add_func ("/plan-io/save-and-load-file", test_save_and_load_file);
  g_test_add_func ("/plan-io/roundtrip/unknown-members", test_unknown_members);
  g_test_add_func ("/plan-io/migration/v1", test_migration_v1);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *name = g_strdup_printf ("/plan-io/bad-input/%s", bad_inputs[i].name);
      g_test_add_data_func (name, &bad_inputs[i], check_bad_input);
    }
  g_test_add_func ("/plan-io/bad-input/deep-nesting", test_deep_nesting);
  g_test_add_func ("/plan-io/fuzz-regressions", test_fuzz_regressions);
  g_test_add_func ("/plan-io/bad-input/huge-string", test_huge_string);
  g_test_add_func ("/plan-io/bad-input/directory-and-missing", test_directory_and_missing);
  g_test_add_func ("/plan-io/bad-input/no-permission", test_no_permission);
  g_test_add_func ("/plan-io/save/atomic-failure", test_atomic_save_failure);
  g_test_add_func ("/plan-io/save/mode-and-links", test_save_keeps_mode_and_links);
  g_test_add_func ("/plan-io/save/errors", test_save_errors);
  g_test_add_func ("/plan-io/async", test_async);
  g_test_add_func ("/plan-io/example", test_example);
  g_test_add_func ("/plan-io/migration/v2", test_migration_v2);
  g_test_add_func ("/plan-io/calendar-errors", test_calendar_errors);

  ret = g_test_run ();

  koers_test_remove_suite_dir (tmpdir);
  return ret;
}
