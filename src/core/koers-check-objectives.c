/* koers-check-objectives.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan check of step 2, Objectives: exactly one primary objective (the
 * plan holds one choice, so "none" and "an own one without a text" are
 * what can go wrong), and SMART hints per objective: a target value, a
 * deadline that has not passed, and a KPI that says what is measured.
 * Locations are "primary" and "objective/N/FIELD", N counting from 1 in
 * the list's order and FIELD "title", "target", "deadline" or "kpi".
 */
#define G_LOG_DOMAIN "koers-check"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-check-private.h"
#include "koers-objective.h"

static char *
objective_location (guint       index,
                    const char *field)
{
  return g_strdup_printf ("objective/%u/%s", index + 1, field);
}

static void
check_objective (KoersObjective *objective,
                 guint           index,
                 const GDate    *today,
                 GPtrArray      *findings)
{
  const char *title = koers_objective_get_title (objective);
  gboolean has_number = koers_objective_get_has_target (objective);
  const GDate *deadline = koers_objective_get_deadline (objective);
  g_autofree char *location = NULL;

  if (!_koers_check_has_text (title))
    title = _("(untitled)");

  if (!has_number && deadline == NULL)
    {
      location = objective_location (index, "target");
      _koers_check_add_finding (findings, KOERS_FINDING_NOT_SMART, KOERS_AREA_OBJECTIVES, location,
                                _("Objective “%s” has no target value and no deadline, so it is "
                                  "not SMART."),
                                title);
    }
  else if (!has_number)
    {
      location = objective_location (index, "target");
      _koers_check_add_finding (findings, KOERS_FINDING_NOT_SMART, KOERS_AREA_OBJECTIVES, location,
                                _("Objective “%s” has no target value, so it cannot be measured."),
                                title);
    }
  else if (deadline == NULL)
    {
      location = objective_location (index, "deadline");
      _koers_check_add_finding (findings, KOERS_FINDING_NOT_SMART, KOERS_AREA_OBJECTIVES, location,
                                _("Objective “%s” has no deadline."), title);
    }

  if (deadline != NULL && g_date_compare (deadline, today) < 0)
    {
      g_autofree char *day = _koers_check_format_iso (deadline);
      g_autofree char *deadline_location = objective_location (index, "deadline");

      _koers_check_add_finding (findings, KOERS_FINDING_DEADLINE_PASSED, KOERS_AREA_OBJECTIVES,
                                deadline_location,
                                _("The deadline of objective “%s”, %s, has passed: evaluate the "
                                  "result and set a new deadline."),
                                title, day);
    }

  /* A number without a measure: 100 of what, counted where? */
  if (has_number && !_koers_check_has_text (koers_objective_get_kpi (objective)))
    {
      g_autofree char *kpi_location = objective_location (index, "kpi");

      _koers_check_add_finding (findings, KOERS_FINDING_NO_KPI, KOERS_AREA_OBJECTIVES, kpi_location,
                                _("Objective “%s” has a target value but no KPI: say what you "
                                  "measure, such as followers or visits to the website."),
                                title);
    }
}

/**
 * _koers_check_objectives:
 *
 * The rules of step 2 (see the top of this file).
 */
void
_koers_check_objectives (KoersPlan *plan,
                         GPtrArray *findings)
{
  GListModel *objectives = koers_plan_get_objectives (plan);
  guint n = g_list_model_get_n_items (objectives);
  gboolean step_empty = !koers_check_area_is_filled (plan, KOERS_AREA_OBJECTIVES);
  GDate today;

  switch (koers_plan_get_primary_objective (plan))
    {
    case KOERS_PRIMARY_OBJECTIVE_NONE:
      /* An empty step is reported as such already. */
      if (!step_empty)
        _koers_check_add_finding (findings, KOERS_FINDING_PRIMARY_OBJECTIVE, KOERS_AREA_OBJECTIVES,
                                  "primary",
                                  _("There is no primary objective: choose exactly one."));
      break;
    case KOERS_PRIMARY_OBJECTIVE_CUSTOM:
      if (!_koers_check_has_text (koers_plan_get_primary_objective_text (plan)))
        _koers_check_add_finding (findings, KOERS_FINDING_PRIMARY_OBJECTIVE, KOERS_AREA_OBJECTIVES,
                                  "primary",
                                  _("The primary objective is your own, but it has no "
                                    "description."));
      break;
    default:
      break;
    }

  _koers_check_get_today (&today);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersObjective) objective = g_list_model_get_item (objectives, i);

      check_objective (objective, i, &today, findings);
    }
}
