/* koers-roles.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The RACI matrix as a whole: letters, default tasks, cell edits, CSV.
 */
#define G_LOG_DOMAIN "koers-roles"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-roles.h"
#include "koers-csv.h"

#include "koers-raci-cell.h"
#include "koers-role.h"

/**
 * koers_raci_get_letter:
 *
 * Returns: the letter of @letter as the matrix shows it ("R", "A", ...),
 *   or "" for none
 */
const char *
koers_raci_get_letter (KoersRaci letter)
{
  switch (letter)
    {
    case KOERS_RACI_RESPONSIBLE: return "R";
    case KOERS_RACI_ACCOUNTABLE: return "A";
    case KOERS_RACI_SUPPORT:     return "S";
    case KOERS_RACI_CONSULTED:   return "C";
    case KOERS_RACI_INFORMED:    return "I";
    case KOERS_RACI_NONE:
    default:                     return "";
    }
}

/**
 * koers_raci_get_title:
 *
 * Returns: the translated word for @letter, for the legend and tooltips
 */
const char *
koers_raci_get_title (KoersRaci letter)
{
  switch (letter)
    {
    case KOERS_RACI_RESPONSIBLE: return _("Responsible: does the work");
    case KOERS_RACI_ACCOUNTABLE: return _("Accountable: answers for the result");
    case KOERS_RACI_SUPPORT:     return _("Support: helps the one responsible");
    case KOERS_RACI_CONSULTED:   return _("Consulted: is asked beforehand");
    case KOERS_RACI_INFORMED:    return _("Informed: is told afterwards");
    case KOERS_RACI_NONE:
    default:                     return _("No part in this task");
    }
}

/**
 * koers_raci_from_letter:
 * @c: a typed character
 * @rasci: whether the plan uses S
 * @letter: (out): the letter
 *
 * Returns: whether @c (either case) is a letter of the matrix
 */
gboolean
koers_raci_from_letter (gunichar   c,
                        gboolean   rasci,
                        KoersRaci *letter)
{
  switch (g_unichar_toupper (c))
    {
    case 'R': *letter = KOERS_RACI_RESPONSIBLE; return TRUE;
    case 'A': *letter = KOERS_RACI_ACCOUNTABLE; return TRUE;
    case 'C': *letter = KOERS_RACI_CONSULTED; return TRUE;
    case 'I': *letter = KOERS_RACI_INFORMED; return TRUE;
    case 'S':
      if (!rasci)
        return FALSE;
      *letter = KOERS_RACI_SUPPORT;
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * koers_raci_next:
 *
 * The letter a click on a cell gives: none, R, A, (S,) C, I, none.
 *
 * Returns: the letter after @letter
 */
KoersRaci
koers_raci_next (KoersRaci letter,
                 gboolean  rasci)
{
  switch (letter)
    {
    case KOERS_RACI_NONE:        return KOERS_RACI_RESPONSIBLE;
    case KOERS_RACI_RESPONSIBLE: return KOERS_RACI_ACCOUNTABLE;
    case KOERS_RACI_ACCOUNTABLE: return rasci ? KOERS_RACI_SUPPORT : KOERS_RACI_CONSULTED;
    case KOERS_RACI_SUPPORT:     return KOERS_RACI_CONSULTED;
    case KOERS_RACI_CONSULTED:   return KOERS_RACI_INFORMED;
    case KOERS_RACI_INFORMED:
    default:                     return KOERS_RACI_NONE;
    }
}

/* DOMAIN.md, sections 2, 3 and 7: the work every plan has to give an owner. */
static const struct
{
  const char     *name;
  const char     *description;
  double          hours;
  KoersEntryPart  part;
} default_tasks[] = {
  { N_("Listening and monitoring"),
    N_("Follow mentions, reviews and comments on our own pages and elsewhere."),
    1.0, KOERS_ENTRY_PART_LISTENING },
  { N_("Webcare and complaints"),
    N_("Answer questions and compliments, and handle complaints quickly and in public."),
    1.0, KOERS_ENTRY_PART_RESPONDING },
  { N_("Content creation"),
    N_("Write, photograph and film the posts of the content calendar."),
    3.0, KOERS_ENTRY_PART_SENDING },
  { N_("Approval"),
    N_("Check posts before they go out, and decide when in doubt."),
    0.5, KOERS_ENTRY_PART_ORGANISING },
  { N_("Reporting and evaluation"),
    N_("Measure the results against the objectives and adjust the plan."),
    0.5, KOERS_ENTRY_PART_LISTENING },
  { N_("Ideas to product development"),
    N_("Pass customers' ideas and wishes on to whoever makes the products."),
    0.25, KOERS_ENTRY_PART_ACTIVATING },
  { N_("Accounts and names"),
    N_("Claim the account names, keep the passwords and who has access."),
    0.25, KOERS_ENTRY_PART_ORGANISING },
  { N_("Keeping the policy"),
    N_("Keep the social media guideline current and tell colleagues about it."),
    0.25, KOERS_ENTRY_PART_ORGANISING },
};

/**
 * koers_roles_add_default_tasks:
 *
 * Adds the usual tasks of a social media plan (in the user's language),
 * each with its rose part and an estimate of its hours, as one change.
 * A new plan starts with them.
 */
void
koers_roles_add_default_tasks (KoersPlan *plan)
{
  GListModel *tasks;
  KoersTask *items[G_N_ELEMENTS (default_tasks)];

  g_return_if_fail (KOERS_IS_PLAN (plan));

  tasks = koers_plan_get_tasks (plan);
  koers_plan_begin_change (plan);
  for (guint i = 0; i < G_N_ELEMENTS (default_tasks); i++)
    {
      const char *name = _(default_tasks[i].name);
      g_autofree char *id = koers_plan_make_id (tasks, name);
      KoersTask *task = koers_task_new ();

      koers_task_set_id (task, id);
      koers_task_set_name (task, name);
      koers_task_set_description (task, _(default_tasks[i].description));
      koers_task_set_hours_per_week (task, default_tasks[i].hours);
      koers_task_set_rose_part (task, default_tasks[i].part);
      /* One at a time, so that the next id sees this one. */
      koers_plan_append (plan, tasks, task);
      items[i] = task;
    }
  koers_plan_end_change (plan);

  for (guint i = 0; i < G_N_ELEMENTS (default_tasks); i++)
    g_object_unref (items[i]);
}

/**
 * koers_roles_get_letter:
 *
 * Returns: the letter of @role_id in @task, NONE when it has no cell
 */
KoersRaci
koers_roles_get_letter (KoersTask  *task,
                        const char *role_id)
{
  KoersRaciCell *cell;

  g_return_val_if_fail (KOERS_IS_TASK (task), KOERS_RACI_NONE);

  cell = koers_task_find_cell (task, role_id);
  return cell ? koers_raci_cell_get_letter (cell) : KOERS_RACI_NONE;
}

/**
 * koers_roles_set_letter:
 *
 * Sets the letter of @role_id in @task, as one change: a cell is added
 * when the role had none, and removed when the letter becomes none (unless
 * it holds hours).
 */
void
koers_roles_set_letter (KoersPlan  *plan,
                        KoersTask  *task,
                        const char *role_id,
                        KoersRaci   letter)
{
  KoersRaciCell *cell;

  g_return_if_fail (KOERS_IS_PLAN (plan));
  g_return_if_fail (KOERS_IS_TASK (task));
  g_return_if_fail (role_id != NULL && *role_id != '\0');

  cell = koers_task_find_cell (task, role_id);
  if ((cell ? koers_raci_cell_get_letter (cell) : KOERS_RACI_NONE) == letter)
    return;

  koers_plan_begin_change (plan);
  if (cell == NULL)
    {
      g_autoptr(KoersRaciCell) new_cell = koers_raci_cell_new ();

      koers_raci_cell_set_role (new_cell, role_id);
      koers_raci_cell_set_letter (new_cell, letter);
      koers_plan_append (plan, koers_task_get_raci (task), new_cell);
    }
  else if (letter == KOERS_RACI_NONE && koers_raci_cell_get_hours (cell) == 0)
    koers_plan_remove (plan, cell);
  else
    koers_raci_cell_set_letter (cell, letter);
  koers_plan_end_change (plan);
}

/**
 * koers_roles_remove_role:
 *
 * Removes @role and its cells in every task, as one change.
 */
void
koers_roles_remove_role (KoersPlan *plan,
                         KoersRole *role)
{
  GListModel *tasks;
  const char *id;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint n;

  g_return_if_fail (KOERS_IS_PLAN (plan));
  g_return_if_fail (KOERS_IS_ROLE (role));

  tasks = koers_plan_get_tasks (plan);
  id = koers_role_get_id (role);
  n = g_list_model_get_n_items (tasks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersTask) task = g_list_model_get_item (tasks, i);
      KoersRaciCell *cell = koers_task_find_cell (task, id);

      if (cell != NULL)
        g_ptr_array_add (cells, cell);
    }

  koers_plan_begin_change (plan);
  for (guint i = 0; i < cells->len; i++)
    koers_plan_remove (plan, g_ptr_array_index (cells, i));
  koers_plan_remove (plan, role);
  koers_plan_end_change (plan);
}

/**
 * koers_roles_to_csv:
 * @blank: leave the letters out (a workshop sheet)
 *
 * The matrix as CSV (RFC 4180, UTF-8, CRLF line ends): a header row with
 * "Task", "Hours per week" and the roles' names, then one row per task with
 * its name, hours and letters.
 *
 * Returns: (transfer full): the text
 */
char *
koers_roles_to_csv (KoersPlan *plan,
                    gboolean   blank)
{
  GListModel *roles, *tasks;
  guint n_roles, n_tasks;
  GString *csv = g_string_new (NULL);

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  roles = koers_plan_get_roles (plan);
  tasks = koers_plan_get_tasks (plan);
  n_roles = g_list_model_get_n_items (roles);
  n_tasks = g_list_model_get_n_items (tasks);

  koers_csv_append_field (csv, _("Task"));
  g_string_append_c (csv, ',');
  koers_csv_append_field (csv, _("Hours per week"));
  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr(KoersRole) role = g_list_model_get_item (roles, r);

      g_string_append_c (csv, ',');
      koers_csv_append_field (csv, koers_role_get_name (role));
    }
  g_string_append (csv, "\r\n");

  for (guint t = 0; t < n_tasks; t++)
    {
      g_autoptr(KoersTask) task = g_list_model_get_item (tasks, t);

      koers_csv_append_field (csv, koers_task_get_name (task));
      g_string_append_c (csv, ',');
      if (!blank)
        koers_csv_append_number (csv, koers_task_get_hours_per_week (task));
      for (guint r = 0; r < n_roles; r++)
        {
          g_autoptr(KoersRole) role = g_list_model_get_item (roles, r);

          g_string_append_c (csv, ',');
          if (!blank)
            g_string_append (csv, koers_raci_get_letter (koers_roles_get_letter (task,
                                                           koers_role_get_id (role))));
        }
      g_string_append (csv, "\r\n");
    }

  return g_string_free (csv, FALSE);
}
