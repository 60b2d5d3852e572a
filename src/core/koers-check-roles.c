/* koers-check-roles.c: the rules of the roles and tasks (the RACI matrix)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Findings of this area carry a location the roles page shows them at:
 * "task/ID" (a row), "role/ID" (a column), "rose/PART" (a rose part no task
 * serves), or none (the matrix as a whole).
 */
#define G_LOG_DOMAIN "koers-check"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "koers-format.h"
#include "koers-check-private.h"
#include "koers-calendar-entry.h"
#include "koers-enum-types.h"
#include "koers-labels.h"
#include "koers-plan-private.h"
#include "koers-raci-cell.h"
#include "koers-role.h"
#include "koers-task.h"

static gboolean
is_doer (KoersRaci letter)
{
  return letter == KOERS_RACI_RESPONSIBLE || letter == KOERS_RACI_SUPPORT;
}

static GHashTable *
known_roles (KoersPlan *plan)
{
  GListModel *roles = koers_plan_get_roles (plan);
  guint n = g_list_model_get_n_items (roles);
  GHashTable *known = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint r = 0; r < n; r++)
    {
      g_autoptr(KoersRole) role = g_list_model_get_item (roles, r);

      g_hash_table_add (known, (gpointer) koers_role_get_id (role));
    }
  return known;
}

static void
add_hours (GHashTable *needs,
           const char *role_id,
           double      hours)
{
  double *sum = g_hash_table_lookup (needs, role_id);

  if (sum == NULL)
    {
      sum = g_new0 (double, 1);
      g_hash_table_insert (needs, g_strdup (role_id), sum);
    }
  *sum += hours;
}

/**
 * koers_check_hours_needed:
 *
 * The hours a week the tasks and the content calendar ask of each role:
 * per task the hours of its cell, or else, when the role is R or S, an
 * equal part of the task's hours the other cells leave; plus the hours the
 * calendar plans for the role. Cells of roles that do not exist do not
 * count. One pass over the matrix.
 *
 * Returns: (transfer full) (element-type utf8 double): role id -> hours
 *   (a double *), for every role of the plan
 */
GHashTable *
koers_check_hours_needed (KoersPlan *plan)
{
  GListModel *tasks, *roles;
  g_autoptr(GHashTable) known = NULL;
  GHashTable *needs;
  guint n_tasks, n_roles;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  needs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  known = known_roles (plan);
  roles = koers_plan_get_roles (plan);
  n_roles = g_list_model_get_n_items (roles);
  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr(KoersRole) role = g_list_model_get_item (roles, r);
      const char *id = koers_role_get_id (role);

      add_hours (needs, id, koers_check_planned_hours_per_week (plan, id));
    }

  tasks = koers_plan_get_tasks (plan);
  n_tasks = g_list_model_get_n_items (tasks);
  for (guint t = 0; t < n_tasks; t++)
    {
      g_autoptr(KoersTask) task = g_list_model_get_item (tasks, t);
      GListModel *cells = koers_task_get_raci (task);
      guint n = g_list_model_get_n_items (cells);
      double fixed = 0, share;
      guint n_split = 0;

      for (guint c = 0; c < n; c++)
        {
          g_autoptr(KoersRaciCell) cell = g_list_model_get_item (cells, c);
          const char *role = koers_raci_cell_get_role (cell);
          double hours = koers_raci_cell_get_hours (cell);

          if (!g_hash_table_contains (known, role))
            continue;
          if (hours > 0)
            {
              fixed += hours;
              add_hours (needs, role, hours);
            }
          else if (is_doer (koers_raci_cell_get_letter (cell)))
            n_split++;
        }
      if (n_split == 0)
        continue;

      share = MAX (0, koers_task_get_hours_per_week (task) - fixed) / n_split;
      for (guint c = 0; c < n; c++)
        {
          g_autoptr(KoersRaciCell) cell = g_list_model_get_item (cells, c);
          const char *role = koers_raci_cell_get_role (cell);

          if (g_hash_table_contains (known, role) && koers_raci_cell_get_hours (cell) <= 0 &&
              is_doer (koers_raci_cell_get_letter (cell)))
            add_hours (needs, role, share);
        }
    }
  return needs;
}

/**
 * koers_check_role_hours_needed:
 * @role_id: a role id
 *
 * Returns: the hours a week the tasks and the calendar ask of @role_id, as
 *   koers_check_hours_needed() counts them; 0 for a role not in the plan
 */
double
koers_check_role_hours_needed (KoersPlan  *plan,
                               const char *role_id)
{
  g_autoptr(GHashTable) needs = NULL;
  double *hours;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), 0);
  g_return_val_if_fail (role_id != NULL, 0);

  needs = koers_check_hours_needed (plan);
  hours = g_hash_table_lookup (needs, role_id);
  return hours ? *hours : 0;
}

static void
check_task (KoersPlan  *plan,
            KoersTask  *task,
            GHashTable *known,
            GHashTable *busy,
            gboolean    has_roles,
            GPtrArray  *findings)
{
  g_autoptr(GHashTable) missing = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *location = g_strdup_printf ("task/%s", koers_task_get_id (task));
  GListModel *cells = koers_task_get_raci (task);
  guint n_cells = g_list_model_get_n_items (cells);
  guint n_accountable = 0, n_responsible = 0;
  gboolean support_reported = FALSE;

  for (guint c = 0; c < n_cells; c++)
    {
      g_autoptr(KoersRaciCell) cell = g_list_model_get_item (cells, c);
      const char *role = koers_raci_cell_get_role (cell);
      KoersRaci letter = koers_raci_cell_get_letter (cell);

      /* Letters of roles that do not exist do not count; the cell is
       * reported, once per task and role. */
      if (!g_hash_table_contains (known, role))
        {
          if (g_hash_table_add (missing, (gpointer) role))
            _koers_check_add_finding (findings, KOERS_FINDING_UNKNOWN_ROLE, KOERS_AREA_ROLES,
                                      location,
                                      _("Task “%s” has a RACI letter for the role “%s”, which "
                                        "is not in the list of roles."),
                                      koers_task_get_name (task), role);
          continue;
        }
      if (letter == KOERS_RACI_ACCOUNTABLE)
        n_accountable++;
      else if (letter == KOERS_RACI_RESPONSIBLE)
        n_responsible++;
      else if (letter == KOERS_RACI_SUPPORT && !koers_plan_get_rasci (plan) && !support_reported)
        {
          support_reported = TRUE;
          _koers_check_add_finding (findings, KOERS_FINDING_SUPPORT_LETTER, KOERS_AREA_ROLES,
                                    location,
                                    _("Task “%s” has an S (support), but the plan uses RACI "
                                      "without S: switch on RASCI or choose another letter."),
                                    koers_task_get_name (task));
        }

      if (letter != KOERS_RACI_NONE)
        {
          guint *counts = g_hash_table_lookup (busy, role);

          counts[0]++;
          if (letter == KOERS_RACI_ACCOUNTABLE || letter == KOERS_RACI_RESPONSIBLE)
            counts[1]++;
        }
    }

  /* Without any role, one finding for the whole matrix says it. */
  if (!has_roles)
    return;

  if (n_accountable != 1)
    _koers_check_add_finding (findings, KOERS_FINDING_RACI_ACCOUNTABLE, KOERS_AREA_ROLES,
                              location,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Task “%s” has %u role accountable (A); it needs "
                                           "exactly one.",
                                           "Task “%s” has %u roles accountable (A); it needs "
                                           "exactly one.",
                                           n_accountable),
                              koers_task_get_name (task), n_accountable);
  if (n_responsible == 0)
    _koers_check_add_finding (findings, KOERS_FINDING_RACI_RESPONSIBLE, KOERS_AREA_ROLES,
                              location,
                              _("Task “%s” has no role responsible (R) for doing it."),
                              koers_task_get_name (task));
}

static void
check_rose_parts (GListModel *tasks,
                  GPtrArray  *findings)
{
  guint n = g_list_model_get_n_items (tasks);
  gboolean served[KOERS_ENTRY_PART_ORGANISING + 1] = { FALSE, };
  gboolean any = FALSE;
  g_autoptr(GEnumClass) klass = g_type_class_ref (KOERS_TYPE_ENTRY_PART);

  for (guint t = 0; t < n; t++)
    {
      g_autoptr(KoersTask) task = g_list_model_get_item (tasks, t);
      KoersEntryPart part = koers_task_get_rose_part (task);

      if (part > KOERS_ENTRY_PART_NONE && part <= KOERS_ENTRY_PART_ORGANISING)
        served[part] = any = TRUE;
    }

  /* Tasks that name no rose part (plans from before tasks had one) are
   * not judged by it; once one does, every part needs a task. */
  if (!any)
    return;

  for (guint p = KOERS_ENTRY_PART_LISTENING; p <= KOERS_ENTRY_PART_ORGANISING; p++)
    {
      g_autofree char *location = NULL;

      if (served[p])
        continue;
      location = g_strdup_printf ("rose/%s", g_enum_get_value (klass, p)->value_nick);
      _koers_check_add_finding (findings, KOERS_FINDING_ROSE_UNSERVED, KOERS_AREA_ROLES, location,
                                _("No task serves the rose part “%s”: give it a task and "
                                  "someone who does it."),
                                koers_labels_rose_part (p - 1));
    }
}

/**
 * _koers_check_roles:
 *
 * The rules of the matrix: every task has exactly one A and at least one R;
 * no role is A or R on too many tasks or on none; every role has the hours
 * its tasks and posts ask; at least one role has dedicated time; every
 * rose part has a task; letters of roles that do not exist, and owners of
 * calendar entries that are not roles.
 */
void
_koers_check_roles (KoersPlan *plan,
                    GPtrArray *findings)
{
  GListModel *tasks = koers_plan_get_tasks (plan);
  GListModel *roles = koers_plan_get_roles (plan);
  GListModel *entries = koers_plan_get_entries (plan);
  guint n_tasks = g_list_model_get_n_items (tasks);
  guint n_roles = g_list_model_get_n_items (roles);
  guint n_entries = g_list_model_get_n_items (entries);
  g_autoptr(GHashTable) known = known_roles (plan);
  g_autoptr(GHashTable) busy = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) reported = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) needs = koers_check_hours_needed (plan);
  double needed = 0, available = 0, most = 0;

  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr(KoersRole) role = g_list_model_get_item (roles, r);

      g_hash_table_insert (busy, (gpointer) koers_role_get_id (role), g_new0 (guint, 2));
      available += koers_role_get_hours_per_week (role);
      most = MAX (most, koers_role_get_hours_per_week (role));
    }

  if (n_tasks > 0 && n_roles == 0)
    _koers_check_add_finding (findings, KOERS_FINDING_NO_ROLES, KOERS_AREA_ROLES, NULL,
                              _("The tasks have nobody to do them yet: add the roles or people "
                                "and give every task one A and at least one R."));

  for (guint t = 0; t < n_tasks; t++)
    {
      g_autoptr(KoersTask) task = g_list_model_get_item (tasks, t);
      GListModel *cells = koers_task_get_raci (task);
      double cell_hours = 0;

      check_task (plan, task, known, busy, n_roles > 0, findings);

      for (guint c = 0; c < g_list_model_get_n_items (cells); c++)
        {
          g_autoptr(KoersRaciCell) cell = g_list_model_get_item (cells, c);

          if (g_hash_table_contains (known, koers_raci_cell_get_role (cell)))
            cell_hours += koers_raci_cell_get_hours (cell);
        }
      needed += MAX (koers_task_get_hours_per_week (task), cell_hours);
    }

  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr(KoersRole) role = g_list_model_get_item (roles, r);
      const char *id = koers_role_get_id (role);
      g_autofree char *location = g_strdup_printf ("role/%s", id);
      const guint *counts = g_hash_table_lookup (busy, id);
      double role_needed = *(double *) g_hash_table_lookup (needs, id);
      double planned = koers_check_planned_hours_per_week (plan, id);

      needed += planned;

      if (n_tasks > 0 && counts[0] == 0)
        _koers_check_add_finding (findings, KOERS_FINDING_ROLE_IDLE, KOERS_AREA_ROLES, location,
                                  _("The role “%s” has no part in any task: give it one, or "
                                    "remove it."),
                                  koers_role_get_name (role));
      if (n_roles > 1 && counts[1] > KOERS_MAX_TASKS_PER_ROLE)
        _koers_check_add_finding (findings, KOERS_FINDING_ROLE_OVERLOADED, KOERS_AREA_ROLES,
                                  location,
                                  _("The role “%s” is A or R on %u tasks: more than %u make it "
                                    "a bottleneck; share some with the other roles."),
                                  koers_role_get_name (role), counts[1],
                                  KOERS_MAX_TASKS_PER_ROLE);
      if (role_needed > koers_role_get_hours_per_week (role) + 1e-9)
        {
          g_autofree char *needed_text = koers_format_number (role_needed, 2);
          g_autofree char *has = koers_format_number (koers_role_get_hours_per_week (role), 2);

          _koers_check_add_finding (findings, KOERS_FINDING_ROLE_CAPACITY, KOERS_AREA_ROLES,
                                    location,
                                    _("The role “%s” needs %s hours a week for its tasks and "
                                      "posts, but has %s."),
                                    koers_role_get_name (role), needed_text, has);
        }
    }

  if (needed > available + 1e-9)
    {
      g_autofree char *needed_text = koers_format_number (needed, 2);
      g_autofree char *has = koers_format_number (available, 2);

      _koers_check_add_finding (findings, KOERS_FINDING_CAPACITY, KOERS_AREA_ROLES, NULL,
                                _("The tasks need %s hours a week, but the roles have %s "
                                  "hours available."),
                                needed_text, has);
    }

  if (n_roles > 0 && most < KOERS_MIN_DEDICATED_HOURS)
    _koers_check_add_finding (findings, KOERS_FINDING_NO_DEDICATED, KOERS_AREA_ROLES, NULL,
                              _("No role has at least %.0f hours a week for social media: "
                                "give someone dedicated time, or the pages will fall silent."),
                              KOERS_MIN_DEDICATED_HOURS);

  check_rose_parts (tasks, findings);

  /* An entry's owner is a role too; each missing one is reported once. */
  {
    /* Without a reference each, and an owner like the one before is
     * looked up once: on 50,000 entries the lookups were the walk */
    KoersCalendarEntry **items = (KoersCalendarEntry **) _koers_plan_peek_items (entries, &n_entries);
    const char *previous = NULL;

    for (guint i = 0; i < n_entries; i++)
      {
        const char *owner = koers_calendar_entry_get_owner (items[i]);

        if (*owner == '\0' || (previous != NULL && strcmp (owner, previous) == 0))
          continue;
        previous = owner;
        if (g_hash_table_contains (known, owner) || !g_hash_table_add (reported, (gpointer) owner))
          continue;
        _koers_check_add_finding (findings, KOERS_FINDING_UNKNOWN_OWNER, KOERS_AREA_CALENDAR,
                                  NULL,
                                  _("Calendar entries name the role “%s” as their owner, which "
                                    "is not in the list of roles."),
                                  owner);
      }
  }
}
