/* koers-check.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "koers-check"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "koers-check-private.h"
#include "koers-labels.h"
#include "koers-calendar-entry.h"
#include "koers-calendar-series.h"
#include "koers-recurrence.h"
#include "koers-channel.h"
#include "koers-checklist-item.h"
#include "koers-criterion.h"
#include "koers-goal.h"
#include "koers-objective.h"
#include "koers-raci-cell.h"
#include "koers-role.h"
#include "koers-strategy.h"
#include "koers-task.h"

void
koers_finding_free (KoersFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->message);
  g_free (finding->location);
  g_free (finding);
}

/* The severity of each kind of finding. */
static KoersSeverity
kind_severity (KoersFindingKind kind)
{
  switch (kind)
    {
    case KOERS_FINDING_PRIMARY_OBJECTIVE:
    case KOERS_FINDING_UNKNOWN_CHANNEL:
    case KOERS_FINDING_RACI_ACCOUNTABLE:
    case KOERS_FINDING_RACI_RESPONSIBLE:
    case KOERS_FINDING_UNKNOWN_OWNER:
    case KOERS_FINDING_UNKNOWN_ROLE:
    case KOERS_FINDING_PERIOD:
      return KOERS_SEVERITY_PROBLEM;
    case KOERS_FINDING_EMPTY_STEP:
    case KOERS_FINDING_CONTINUITY_GAP:
    case KOERS_FINDING_NO_POSTS:
    case KOERS_FINDING_CONTENT_MIX:
    case KOERS_FINDING_CAPACITY:
      return KOERS_SEVERITY_WARNING;
    case KOERS_FINDING_MONTH_MIX:
    case KOERS_FINDING_OWNER_HOURS:
      return KOERS_SEVERITY_WARNING;
    case KOERS_FINDING_NOT_SMART:
    case KOERS_FINDING_LONG_GAP:
    case KOERS_FINDING_POSTING_RATE:
      return KOERS_SEVERITY_HINT;
    default:
      g_return_val_if_reached (KOERS_SEVERITY_WARNING);
    }
}

/**
 * _koers_check_add_finding:
 * @findings: (element-type KoersFinding): where to add it
 * @kind: what was found; it sets the severity
 * @area: the part of the plan it is about
 * @location: (nullable): the place within @area, see #KoersFinding
 * @format: the translated message
 *
 * Adds one finding. The checks of each area (koers-check-*.c) use it.
 */
void
_koers_check_add_finding (GPtrArray        *findings,
                          KoersFindingKind  kind,
                          KoersArea         area,
                          const char       *location,
                          const char       *format,
                          ...)
{
  KoersFinding *finding = g_new0 (KoersFinding, 1);
  va_list args;

  finding->kind = kind;
  finding->area = area;
  finding->severity = kind_severity (kind);
  finding->location = g_strdup (location);
  va_start (args, format);
  finding->message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (findings, finding);
}

#define add_finding(findings, kind, area, ...) \
  _koers_check_add_finding (findings, kind, area, NULL, __VA_ARGS__)

/**
 * koers_severity_get_title:
 *
 * Returns: the translated heading of the findings of @severity
 */
const char *
koers_severity_get_title (KoersSeverity severity)
{
  switch (severity)
    {
    case KOERS_SEVERITY_PROBLEM:
      return _("Problems");
    case KOERS_SEVERITY_WARNING:
      return _("Points of attention");
    case KOERS_SEVERITY_HINT:
      return _("Suggestions");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * koers_severity_get_name:
 *
 * Returns: the stable, untranslated name of @severity, as `koers --check
 *   --json` writes it
 */
const char *
koers_severity_get_name (KoersSeverity severity)
{
  switch (severity)
    {
    case KOERS_SEVERITY_PROBLEM:
      return "problem";
    case KOERS_SEVERITY_WARNING:
      return "warning";
    case KOERS_SEVERITY_HINT:
      return "hint";
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * koers_area_get_title:
 *
 * Returns: the translated name of the plan part @area
 */
const char *
koers_area_get_title (KoersArea area)
{
  switch (area)
    {
    case KOERS_AREA_PEOPLE:     return _("People");
    case KOERS_AREA_OBJECTIVES: return _("Objectives");
    case KOERS_AREA_STRATEGY:   return _("Strategy");
    case KOERS_AREA_TECHNOLOGY: return _("Technology");
    case KOERS_AREA_PREPARATION: return _("Preparation");
    case KOERS_AREA_ROADMAP:    return _("Road map");
    case KOERS_AREA_ROSE:       return _("Communication rose");
    case KOERS_AREA_MATURITY:   return _("Maturity");
    case KOERS_AREA_CALENDAR:   return _("Content calendar");
    case KOERS_AREA_ROLES:      return _("Roles and tasks");
    default:                    g_return_val_if_reached ("");
    }
}

static const char *const area_names[KOERS_N_AREAS] = {
  "people", "objectives", "strategy", "technology", "preparation",
  "roadmap", "rose", "maturity", "calendar", "roles",
};

/**
 * koers_area_get_name:
 *
 * Returns: the untranslated name of @area, also the name of its page
 */
const char *
koers_area_get_name (KoersArea area)
{
  g_return_val_if_fail (area < KOERS_N_AREAS, "");

  return area_names[area];
}

/**
 * koers_area_from_name:
 * @area: (out): the area called @name
 *
 * Returns: whether @name is the name of an area
 */
gboolean
koers_area_from_name (const char *name,
                      KoersArea  *area)
{
  for (guint i = 0; i < KOERS_N_AREAS; i++)
    if (g_strcmp0 (area_names[i], name) == 0)
      {
        *area = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * koers_month_name:
 *
 * Month names come from our translations rather than the C library, so
 * that they follow the language Koers speaks, also when LANGUAGE and
 * LC_TIME differ.
 *
 * Returns: the translated name of @month
 */
const char *
koers_month_name (GDateMonth month)
{
  static const char *const names[] = {
    NULL,
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };

  g_return_val_if_fail (month >= G_DATE_JANUARY && month <= G_DATE_DECEMBER, "");

  return g_dpgettext2 (NULL, "month", names[month]);
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
list_is_empty (GListModel *list)
{
  return g_list_model_get_n_items (list) == 0;
}

/**
 * koers_check_get_period:
 * @first: (out caller-allocates): the first day
 * @last: (out caller-allocates): the last day
 *
 * The period the plan covers: its plan period when set; otherwise the
 * whole months from the first to the last calendar entry; otherwise the
 * current year. A plan period that ends before it starts counts as unset
 * (koers_check_plan() reports it).
 */
void
koers_check_get_period (KoersPlan *plan,
                        GDate     *first,
                        GDate     *last)
{
  const GDate *start = koers_plan_get_period_start (plan);
  const GDate *end = koers_plan_get_period_end (plan);
  GListModel *entries = koers_plan_get_entries (plan);
  guint n = g_list_model_get_n_items (entries);

  g_date_clear (first, 1);
  g_date_clear (last, 1);

  if (start != NULL && end != NULL && g_date_compare (start, end) <= 0)
    {
      *first = *start;
      *last = *end;
      return;
    }
  if (start != NULL && end != NULL)
    start = end = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, i);
      const GDate *date = koers_calendar_entry_get_date (entry);

      if (date == NULL)
        continue;
      if (!g_date_valid (first) || g_date_compare (date, first) < 0)
        *first = *date;
      if (!g_date_valid (last) || g_date_compare (date, last) > 0)
        *last = *date;
    }

  if (!g_date_valid (first))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (first, 1, G_DATE_JANUARY, g_date_time_get_year (now));
      g_date_set_dmy (last, 31, G_DATE_DECEMBER, g_date_time_get_year (now));
      return;
    }

  if (start != NULL)
    *first = *start;
  else
    g_date_set_day (first, 1);
  if (end != NULL && g_date_compare (end, first) >= 0)
    *last = *end;
  else
    g_date_set_day (last, g_date_get_days_in_month (g_date_get_month (last),
                                                    g_date_get_year (last)));
}

static gboolean
any_checklist_started (GListModel *items)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersChecklistItem) item = g_list_model_get_item (items, i);

      if (koers_checklist_item_get_status (item) != KOERS_STATUS_TODO ||
          *koers_checklist_item_get_notes (item) != '\0')
        return TRUE;
    }
  return FALSE;
}

/**
 * koers_check_area_is_filled:
 *
 * Whether the user has filled in anything of @area, for the sidebar and
 * the empty-step findings.
 *
 * Returns: %TRUE when @area holds something of the user's
 */
gboolean
koers_check_area_is_filled (KoersPlan *plan,
                            KoersArea  area)
{
  g_return_val_if_fail (KOERS_IS_PLAN (plan), FALSE);

  switch (area)
    {
    case KOERS_AREA_PEOPLE:
      return !list_is_empty (koers_plan_get_target_groups (plan));
    case KOERS_AREA_OBJECTIVES:
      return koers_plan_get_primary_objective (plan) != KOERS_PRIMARY_OBJECTIVE_NONE ||
             !list_is_empty (koers_plan_get_goals (plan)) ||
             !list_is_empty (koers_plan_get_objectives (plan));
    case KOERS_AREA_STRATEGY:
      return !list_is_empty (koers_plan_get_strategies (plan)) ||
             !list_is_empty (koers_plan_get_milestones (plan)) ||
             *koers_plan_get_relationship (plan) != '\0';
    case KOERS_AREA_TECHNOLOGY:
      return !list_is_empty (koers_plan_get_channels (plan));
    case KOERS_AREA_PREPARATION:
      return any_checklist_started (koers_plan_get_tips (plan));
    case KOERS_AREA_ROADMAP:
      return any_checklist_started (koers_plan_get_dos (plan));
    case KOERS_AREA_ROSE:
      for (guint p = 0; p < KOERS_N_ROSE_PARTS; p++)
        if (koers_rose_part_get_current (koers_plan_get_rose_part (plan, p)) > 0 ||
            koers_rose_part_get_target (koers_plan_get_rose_part (plan, p)) > 0)
          return TRUE;
      return FALSE;
    case KOERS_AREA_MATURITY:
      for (guint p = 0; p < KOERS_N_PHASES; p++)
        {
          GListModel *criteria = koers_maturity_phase_get_criteria (koers_plan_get_phase (plan, p));

          for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
            {
              g_autoptr(KoersCriterion) criterion = g_list_model_get_item (criteria, i);

              if (koers_criterion_get_done (criterion))
                return TRUE;
            }
        }
      return FALSE;
    case KOERS_AREA_CALENDAR:
      return !list_is_empty (koers_plan_get_entries (plan));
    case KOERS_AREA_ROLES:
      return !list_is_empty (koers_plan_get_roles (plan)) ||
             !list_is_empty (koers_plan_get_tasks (plan));
    default:
      g_return_val_if_reached (FALSE);
    }
}

static guint
count_done (GListModel *items)
{
  guint n = g_list_model_get_n_items (items);
  guint done = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersChecklistItem) item = g_list_model_get_item (items, i);

      if (koers_checklist_item_get_status (item) == KOERS_STATUS_DONE)
        done++;
    }
  return done;
}

/**
 * koers_check_area_summary:
 *
 * One line on what @area of the plan holds, for the overview and reports.
 *
 * Returns: (transfer full): the translated summary
 */
char *
koers_check_area_summary (KoersPlan *plan,
                          KoersArea  area)
{
  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  switch (area)
    {
    case KOERS_AREA_PEOPLE:
      {
        guint n = g_list_model_get_n_items (koers_plan_get_target_groups (plan));

        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u target group",
                                             "%u target groups", n), n);
      }
    case KOERS_AREA_OBJECTIVES:
      {
        guint n_goals = g_list_model_get_n_items (koers_plan_get_goals (plan));
        guint n_smart = g_list_model_get_n_items (koers_plan_get_objectives (plan));
        KoersPrimaryObjective primary = koers_plan_get_primary_objective (plan);
        const char *name = primary == KOERS_PRIMARY_OBJECTIVE_CUSTOM
          ? koers_plan_get_primary_objective_text (plan)
          : koers_labels_primary_objective ()[primary];
        g_autofree char *counts =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u goal", "%u goals", n_goals),
                           n_goals);
        g_autofree char *smart =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u SMART objective",
                                        "%u SMART objectives", n_smart), n_smart);

        if (primary == KOERS_PRIMARY_OBJECTIVE_NONE)
          /* Translators: e.g. "No primary objective yet · 3 goals · 4 SMART objectives" */
          return g_strdup_printf (_("No primary objective yet · %s · %s"), counts, smart);
        /* Translators: e.g. "Customer loyalty · 3 goals · 4 SMART objectives" */
        return g_strdup_printf (_("%s · %s · %s"), name, counts, smart);
      }
    case KOERS_AREA_STRATEGY:
      {
        guint n_strategies = g_list_model_get_n_items (koers_plan_get_strategies (plan));
        guint n_milestones = g_list_model_get_n_items (koers_plan_get_milestones (plan));
        g_autofree char *a =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u strategy", "%u strategies",
                                        n_strategies), n_strategies);
        g_autofree char *b =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u milestone", "%u milestones",
                                        n_milestones), n_milestones);

        return g_strdup_printf (_("%s · %s"), a, b);
      }
    case KOERS_AREA_TECHNOLOGY:
      {
        guint n_channels = g_list_model_get_n_items (koers_plan_get_channels (plan));
        guint n_tools = g_list_model_get_n_items (koers_plan_get_tools (plan));
        g_autofree char *a =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u channel", "%u channels",
                                        n_channels), n_channels);
        g_autofree char *b =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tool", "%u tools", n_tools),
                           n_tools);

        return g_strdup_printf (_("%s · %s"), a, b);
      }
    case KOERS_AREA_PREPARATION:
      return g_strdup_printf (_("%u of %u tips done"), count_done (koers_plan_get_tips (plan)),
                              KOERS_N_TIPS);
    case KOERS_AREA_ROADMAP:
      return g_strdup_printf (_("%u of %u steps done"), count_done (koers_plan_get_dos (plan)),
                              KOERS_N_DOS);
    case KOERS_AREA_ROSE:
      {
        double now = 0, target = 0;
        char now_text[16], target_text[16];

        for (guint p = 0; p < KOERS_N_ROSE_PARTS; p++)
          {
            now += koers_rose_part_get_current (koers_plan_get_rose_part (plan, p));
            target += koers_rose_part_get_target (koers_plan_get_rose_part (plan, p));
          }
        g_snprintf (now_text, sizeof now_text, "%.1f", now / KOERS_N_ROSE_PARTS);
        g_snprintf (target_text, sizeof target_text, "%.1f", target / KOERS_N_ROSE_PARTS);
        /* Translators: average scores of the five parts, from 0 to 5 */
        return g_strdup_printf (_("Now %s, target %s on average (0–5)"), now_text, target_text);
      }
    case KOERS_AREA_MATURITY:
      return g_strdup_printf (_("Phase %u of %u"), koers_plan_get_current_phase (plan) + 1,
                              KOERS_N_PHASES);
    case KOERS_AREA_CALENDAR:
      {
        guint n = g_list_model_get_n_items (koers_plan_get_entries (plan));

        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u post planned",
                                             "%u posts planned", n), n);
      }
    case KOERS_AREA_ROLES:
      {
        guint n_roles = g_list_model_get_n_items (koers_plan_get_roles (plan));
        guint n_tasks = g_list_model_get_n_items (koers_plan_get_tasks (plan));
        g_autofree char *a =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u role", "%u roles", n_roles),
                           n_roles);
        g_autofree char *b =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task", "%u tasks", n_tasks),
                           n_tasks);

        return g_strdup_printf (_("%s · %s"), a, b);
      }
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

static void
check_post_steps (KoersPlan *plan,
                  GPtrArray *findings)
{
  if (!koers_check_area_is_filled (plan, KOERS_AREA_PEOPLE))
    add_finding (findings, KOERS_FINDING_EMPTY_STEP, KOERS_AREA_PEOPLE,
                 _("Step 1, People, is empty: describe at least one target group."));

  if (!koers_check_area_is_filled (plan, KOERS_AREA_OBJECTIVES))
    add_finding (findings, KOERS_FINDING_EMPTY_STEP, KOERS_AREA_OBJECTIVES,
                 _("Step 2, Objectives, is empty: choose a primary objective and set goals."));

  if (!koers_check_area_is_filled (plan, KOERS_AREA_STRATEGY))
    add_finding (findings, KOERS_FINDING_EMPTY_STEP, KOERS_AREA_STRATEGY,
                 _("Step 3, Strategy, is empty: choose how you will reach your objectives."));

  if (!koers_check_area_is_filled (plan, KOERS_AREA_TECHNOLOGY))
    add_finding (findings, KOERS_FINDING_EMPTY_STEP, KOERS_AREA_TECHNOLOGY,
                 _("Step 4, Technology, is empty: choose the channels you will use."));
}

static void
check_objectives (KoersPlan *plan,
                  GPtrArray *findings)
{
  GListModel *objectives = koers_plan_get_objectives (plan);
  guint n = g_list_model_get_n_items (objectives);

  gboolean step_empty = !koers_check_area_is_filled (plan, KOERS_AREA_OBJECTIVES);

  switch (koers_plan_get_primary_objective (plan))
    {
    case KOERS_PRIMARY_OBJECTIVE_NONE:
      /* An empty step is reported as such already. */
      if (!step_empty)
        add_finding (findings, KOERS_FINDING_PRIMARY_OBJECTIVE, KOERS_AREA_OBJECTIVES,
                   _("There is no primary objective: choose exactly one."));
      break;
    case KOERS_PRIMARY_OBJECTIVE_CUSTOM:
      if (is_blank (koers_plan_get_primary_objective_text (plan)))
        add_finding (findings, KOERS_FINDING_PRIMARY_OBJECTIVE, KOERS_AREA_OBJECTIVES,
                     _("The primary objective is your own, but it has no description."));
      break;
    default:
      break;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersObjective) objective = g_list_model_get_item (objectives, i);
      const char *title = koers_objective_get_title (objective);
      gboolean has_number = koers_objective_get_has_target (objective);
      gboolean has_deadline = koers_objective_get_deadline (objective) != NULL;

      if (*title == '\0')
        title = _("(untitled)");

      if (!has_number && !has_deadline)
        add_finding (findings, KOERS_FINDING_NOT_SMART, KOERS_AREA_OBJECTIVES,
                     _("Objective “%s” has no target value and no deadline, so it is not SMART."),
                     title);
      else if (!has_number)
        add_finding (findings, KOERS_FINDING_NOT_SMART, KOERS_AREA_OBJECTIVES,
                     _("Objective “%s” has no target value, so it cannot be measured."), title);
      else if (!has_deadline)
        add_finding (findings, KOERS_FINDING_NOT_SMART, KOERS_AREA_OBJECTIVES,
                     _("Objective “%s” has no deadline."), title);
    }
}

static void
check_roles (KoersPlan *plan,
             GPtrArray *findings)
{
  GListModel *tasks = koers_plan_get_tasks (plan);
  GListModel *roles = koers_plan_get_roles (plan);
  GListModel *entries = koers_plan_get_entries (plan);
  guint n_tasks = g_list_model_get_n_items (tasks);
  guint n_roles = g_list_model_get_n_items (roles);
  guint n_entries = g_list_model_get_n_items (entries);
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) reported = g_hash_table_new (g_str_hash, g_str_equal);
  double needed = 0, available = 0;

  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr(KoersRole) role = g_list_model_get_item (roles, r);

      g_hash_table_add (known, (gpointer) koers_role_get_id (role));
      available += koers_role_get_hours_per_week (role);
    }

  for (guint t = 0; t < n_tasks; t++)
    {
      g_autoptr(KoersTask) task = g_list_model_get_item (tasks, t);
      g_autoptr(GHashTable) missing = g_hash_table_new (g_str_hash, g_str_equal);
      GListModel *cells = koers_task_get_raci (task);
      guint n_cells = g_list_model_get_n_items (cells);
      guint n_accountable = 0, n_responsible = 0;

      needed += koers_task_get_hours_per_week (task);

      for (guint c = 0; c < n_cells; c++)
        {
          g_autoptr(KoersRaciCell) cell = g_list_model_get_item (cells, c);
          const char *role = koers_raci_cell_get_role (cell);

          /* Letters of roles that do not exist do not count; the cell is
           * reported, once per task and role. */
          if (!g_hash_table_contains (known, role))
            {
              if (g_hash_table_add (missing, (gpointer) role))
                add_finding (findings, KOERS_FINDING_UNKNOWN_ROLE, KOERS_AREA_ROLES,
                             _("Task “%s” has a RACI letter for the role “%s”, which is not in "
                               "the list of roles."),
                             koers_task_get_name (task), role);
              continue;
            }
          if (koers_raci_cell_get_letter (cell) == KOERS_RACI_ACCOUNTABLE)
            n_accountable++;
          else if (koers_raci_cell_get_letter (cell) == KOERS_RACI_RESPONSIBLE)
            n_responsible++;
        }

      if (n_accountable != 1)
        add_finding (findings, KOERS_FINDING_RACI_ACCOUNTABLE, KOERS_AREA_ROLES,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "Task “%s” has %u role accountable (A); it needs exactly one.",
                                  "Task “%s” has %u roles accountable (A); it needs exactly one.",
                                  n_accountable),
                     koers_task_get_name (task), n_accountable);
      if (n_responsible == 0)
        add_finding (findings, KOERS_FINDING_RACI_RESPONSIBLE, KOERS_AREA_ROLES,
                     _("Task “%s” has no role responsible (R) for doing it."),
                     koers_task_get_name (task));
    }

  if (needed > available + 1e-9)
    add_finding (findings, KOERS_FINDING_CAPACITY, KOERS_AREA_ROLES,
                 _("The tasks need %.1f hours a week, but the roles have %.1f hours available."),
                 needed, available);

  /* An entry's owner is a role too; each missing one is reported once. */
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, i);
      const char *owner = koers_calendar_entry_get_owner (entry);

      if (*owner == '\0' || g_hash_table_contains (known, owner) ||
          !g_hash_table_add (reported, (gpointer) owner))
        continue;
      add_finding (findings, KOERS_FINDING_UNKNOWN_OWNER, KOERS_AREA_CALENDAR,
                   _("Calendar entries name the role “%s” as their owner, which is not in the "
                     "list of roles."),
                   owner);
    }
}

/* A plan period that ends before it starts is not used (see
 * koers_check_get_period()), and said so. */
static void
check_period (KoersPlan *plan,
              GPtrArray *findings)
{
  const GDate *start = koers_plan_get_period_start (plan);
  const GDate *end = koers_plan_get_period_end (plan);
  char start_text[16], end_text[16];

  if (start == NULL || end == NULL || g_date_compare (start, end) <= 0)
    return;

  g_snprintf (start_text, sizeof start_text, "%04u-%02u-%02u", g_date_get_year (start),
              g_date_get_month (start), g_date_get_day (start));
  g_snprintf (end_text, sizeof end_text, "%04u-%02u-%02u", g_date_get_year (end),
              g_date_get_month (end), g_date_get_day (end));
  add_finding (findings, KOERS_FINDING_PERIOD, KOERS_AREA_CALENDAR,
               _("The plan period ends on %s, before it starts on %s: the check uses the "
                 "months of the calendar entries instead. Correct the period."),
               end_text, start_text);
}

static int
compare_area (gconstpointer a,
              gconstpointer b)
{
  const KoersFinding *fa = *(KoersFinding *const *) a;
  const KoersFinding *fb = *(KoersFinding *const *) b;

  return (int) fa->area - (int) fb->area;
}

/**
 * koers_check_plan:
 * @plan: a plan
 *
 * Checks the whole plan: empty POST steps, the one primary objective,
 * SMART objectives, continuity per channel (a month without a post),
 * the 80/20 content mix, RACI (exactly one A and at least one R per task)
 * and capacity.
 *
 * Returns: (transfer full) (element-type KoersFinding): the findings, in
 *   the order of the plan; empty when the plan is complete
 */
GPtrArray *
koers_check_plan (KoersPlan *plan)
{
  GPtrArray *findings;
  GDate first, last;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_finding_free);
  koers_check_get_period (plan, &first, &last);

  check_post_steps (plan, findings);
  check_period (plan, findings);
  check_objectives (plan, findings);
  _koers_check_calendar (plan, &first, &last, findings);
  check_roles (plan, findings);

  /* In the order of the sidebar; the sort is stable. */
  g_ptr_array_sort (findings, compare_area);

  return findings;
}
