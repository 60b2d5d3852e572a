/* koers-check-maturity.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan check of the maturity phases: ambitions beyond the phase the
 * organisation is in (an Embracing approach while still in Planning,
 * governance work of the Formalized phase with no one Accountable before
 * that phase), the criteria of the current phase still open, and a phase
 * set by hand without a reason. Locations are "phase/N" and
 * "phase/N/criterion/M" (from 0, as koers_plan_get_phase() counts), and
 * "task/ID" for a task of the roles area. The open criteria are reported
 * once the assessment has started: when any criterion is met.
 */
#define G_LOG_DOMAIN "koers-check"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "koers-check-private.h"
#include "koers-criterion.h"
#include "koers-raci-cell.h"
#include "koers-task.h"

/* Words that make a task governance work of the Formalized phase: a sponsor,
 * a hub or centre of excellence, rules that hold across the organisation.
 * Tasks have no kind of their own, so the check reads their id and name, in
 * Dutch and English. */
static const char *const governance_words[] = {
  "governance", "sponsor", "centre of excellence", "center of excellence",
  "kenniscentrum", "expertisecentrum", "stuurgroep", "steering", "beleid", "policy",
  "coordinat", "coördinat", "hub",
};

/* Whether @word starts a word of @text: "hub" in "social-hub" but not in "github". */
static gboolean
has_word (const char *text,
          const char *word)
{
  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    if (p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (text, p))))
      return TRUE;
  return FALSE;
}

/**
 * _koers_check_is_governance_task:
 *
 * Returns: whether @task's id or name says it is governance work
 */
gboolean
_koers_check_is_governance_task (KoersTask *task)
{
  g_autofree char *name = g_utf8_casefold (koers_task_get_name (task), -1);
  g_autofree char *id = g_utf8_casefold (koers_task_get_id (task), -1);

  for (guint i = 0; i < G_N_ELEMENTS (governance_words); i++)
    if (has_word (name, governance_words[i]) || has_word (id, governance_words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
has_accountable (KoersTask *task)
{
  GListModel *raci = koers_task_get_raci (task);

  for (guint i = 0; i < g_list_model_get_n_items (raci); i++)
    {
      g_autoptr(KoersRaciCell) cell = g_list_model_get_item (raci, i);

      if (koers_raci_cell_get_letter (cell) == KOERS_RACI_ACCOUNTABLE &&
          *koers_raci_cell_get_role (cell) != '\0')
        return TRUE;
    }
  return FALSE;
}

static void
check_ambitions (KoersPlan  *plan,
                 KoersPhase  current,
                 GPtrArray  *findings)
{
  GListModel *tasks = koers_plan_get_tasks (plan);

  if (current == KOERS_PHASE_PLANNING &&
      (koers_plan_get_objective_types (plan) & KOERS_OBJECTIVE_TYPE_EMBRACING) != 0)
    _koers_check_add_finding (findings, KOERS_FINDING_AMBITION_BEYOND_PHASE, KOERS_AREA_MATURITY,
                              "phase/0",
                              _("The objectives include Embracing, letting customers help shape "
                                "the business, while the organisation is still in phase 1, "
                                "Planning: first listen and try small pilots, or check the phase."));

  /* From the Formalized phase on, the RACI check reports a task without an
   * Accountable; before it, governance work is an ambition to back. */
  if (current >= KOERS_PHASE_FORMALIZED)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(KoersTask) task = g_list_model_get_item (tasks, i);
      g_autofree char *location = NULL;
      const char *name = koers_task_get_name (task);

      if (!_koers_check_is_governance_task (task) || has_accountable (task))
        continue;
      location = g_strconcat ("task/", koers_task_get_id (task), NULL);
      _koers_check_add_finding (findings, KOERS_FINDING_GOVERNANCE_ACCOUNTABLE,
                                KOERS_AREA_MATURITY, location,
                                _("Task “%s” is governance work of phase 4, %s, but no one is "
                                  "Accountable for it, and the organisation is in phase %u, %s: "
                                  "make someone Accountable, or leave it for later."),
                                *name != '\0' ? name : koers_task_get_id (task),
                                koers_phase_get_name (KOERS_PHASE_FORMALIZED),
                                current + 1, koers_phase_get_name (current));
    }
}

/* One finding for the open criteria of the current phase, at the first. */
static void
check_open_criteria (KoersPlan  *plan,
                     KoersPhase  current,
                     GPtrArray  *findings)
{
  GListModel *criteria = koers_maturity_phase_get_criteria (koers_plan_get_phase (plan, current));
  guint n = g_list_model_get_n_items (criteria), n_open = 0, first = 0;
  g_autoptr(KoersCriterion) first_open = NULL;
  g_autofree char *location = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersCriterion) criterion = g_list_model_get_item (criteria, i);

      if (koers_criterion_get_done (criterion))
        continue;
      if (n_open++ == 0)
        {
          first = i;
          first_open = g_steal_pointer (&criterion);
        }
    }
  if (n_open == 0)
    return;
  /* Until a single criterion is met the assessment has not started; the
   * area's own mark on the sidebar says so. */
  if (!koers_check_area_is_filled (plan, KOERS_AREA_MATURITY))
    return;

  location = g_strdup_printf ("phase/%u/criterion/%u", current, first);
  if (n_open == 1)
    _koers_check_add_finding (findings, KOERS_FINDING_OPEN_CRITERION, KOERS_AREA_MATURITY,
                              location,
                              _("Phase %u, %s, has one criterion still open: “%s”."),
                              current + 1, koers_phase_get_name (current),
                              koers_criterion_get_text (first_open));
  else
    _koers_check_add_finding (findings, KOERS_FINDING_OPEN_CRITERION, KOERS_AREA_MATURITY,
                              location,
                              _("Phase %u, %s, has %u of %u criteria still open, the first: "
                                "“%s”."),
                              current + 1, koers_phase_get_name (current), n_open, n,
                              koers_criterion_get_text (first_open));
}

/*
 * _koers_check_maturity:
 *
 * Adds the findings of the maturity area (see the top of this file).
 */
void
_koers_check_maturity (KoersPlan *plan,
                       GPtrArray *findings)
{
  KoersPhase current;
  const char *reason;

  g_return_if_fail (KOERS_IS_PLAN (plan));
  g_return_if_fail (findings != NULL);

  current = koers_plan_get_current_phase (plan);
  reason = koers_plan_get_override_reason (plan);

  if (koers_plan_get_phase_overridden (plan))
    {
      g_autofree char *stripped = g_strstrip (g_strdup (reason));
      KoersPhase derived = koers_plan_get_derived_phase (plan);

      if (*stripped == '\0')
        {
          g_autofree char *location = g_strdup_printf ("phase/%u", current);

          _koers_check_add_finding (findings, KOERS_FINDING_OVERRIDE_REASON, KOERS_AREA_MATURITY,
                                    location,
                                    _("The current phase is set by hand to phase %u, %s, "
                                      "without a reason; the criteria say phase %u, %s."),
                                    current + 1, koers_phase_get_name (current),
                                    derived + 1, koers_phase_get_name (derived));
        }
    }

  check_ambitions (plan, current, findings);
  check_open_criteria (plan, current, findings);
}
