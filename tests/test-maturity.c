/* test-maturity.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The maturity phases: the derived current phase on fixtures, the two
 * thirds rule, the override with its reason, and the dated history of
 * assessments, in memory, through a file and through undo.
 */
#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "koers-assessment.h"
#include "koers-check.h"
#include "koers-criterion.h"
#include "koers-history.h"
#include "koers-phase-result.h"
#include "koers-plan-io.h"
#include "koers-test-util.h"

static char *tmpdir;

static KoersPlan *
load_fixture (const char *name)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures",
                                                                    name, NULL));
  g_autoptr(GError) error = NULL;
  KoersPlan *plan = koers_plan_io_load (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static KoersCriterion *
get_criterion (KoersPlan *plan,
               KoersPhase phase,
               guint      i)
{
  GListModel *criteria = koers_maturity_phase_get_criteria (koers_plan_get_phase (plan, phase));
  g_autoptr(KoersCriterion) criterion = g_list_model_get_item (criteria, i);

  return criterion;
}

static void
test_share_rule (void)
{
  static const struct { guint met, n; gboolean reached; } cases[] = {
    { 0, 0, FALSE },  /* no criteria: not reached */
    { 1, 1, TRUE },
    { 1, 2, FALSE },
    { 2, 3, TRUE },   /* exactly two thirds */
    { 3, 5, FALSE },  /* 60% */
    { 4, 5, TRUE },
    { 5, 8, FALSE },  /* 62.5% */
    { 6, 9, TRUE },
    { 9, 3, TRUE },   /* more met than there are (a file may say so) */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%u of %u", cases[i].met, cases[i].n);
      g_assert_cmpint (koers_phase_share_is_reached (cases[i].met, cases[i].n), ==,
                       cases[i].reached);
    }
}

static void
test_derive_fixtures (void)
{
  static const struct { const char *file; KoersPhase derived; guint met[KOERS_N_PHASES]; } cases[] = {
    /* the defaults, nothing met */
    { "check-empty.koers", KOERS_PHASE_PLANNING, { 0, 0, 0, 0, 0, 0 } },
    /* 2/3, 3/3 reached; 2/4 not; Formalized's 3/3 above the gap does not count */
    { "maturity-presence.koers", KOERS_PHASE_PRESENCE, { 2, 3, 2, 3, 0, 0 } },
    /* Planning at 3/5 holds the organisation in Planning however far Presence is */
    { "maturity-gap.koers", KOERS_PHASE_PLANNING, { 3, 5, 4, 0, 0, 0 } },
    /* a phase without criteria is never reached */
    { "maturity-empty-phase.koers", KOERS_PHASE_PLANNING, { 2, 0, 2, 0, 0, 0 } },
    { "maturity-converged.koers", KOERS_PHASE_CONVERGED, { 1, 1, 1, 1, 1, 1 } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KoersPlan) plan = load_fixture (cases[i].file);

      g_test_message ("%s", cases[i].file);
      g_assert_false (koers_plan_get_phase_overridden (plan));
      g_assert_cmpint (koers_plan_get_derived_phase (plan), ==, cases[i].derived);
      g_assert_cmpint (koers_plan_get_current_phase (plan), ==, cases[i].derived);
      for (guint p = 0; p < KOERS_N_PHASES; p++)
        g_assert_cmpuint (koers_maturity_phase_count_met (koers_plan_get_phase (plan, p), NULL),
                          ==, cases[i].met[p]);
    }
}

static void
test_derive_changes (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("maturity-presence.koers");

  /* Engagement has 2 of 4: one more reaches it, and Formalized (3/3) is
   * no longer above a gap; Strategic has none met */
  koers_criterion_set_done (get_criterion (plan, KOERS_PHASE_ENGAGEMENT, 2), TRUE);
  g_assert_cmpint (koers_plan_get_derived_phase (plan), ==, KOERS_PHASE_FORMALIZED);
  koers_criterion_set_done (get_criterion (plan, KOERS_PHASE_ENGAGEMENT, 2), FALSE);
  g_assert_cmpint (koers_plan_get_derived_phase (plan), ==, KOERS_PHASE_PRESENCE);
  /* Planning falls to 1/3: every phase above it goes with it */
  koers_criterion_set_done (get_criterion (plan, KOERS_PHASE_PLANNING, 0), FALSE);
  g_assert_cmpint (koers_plan_get_derived_phase (plan), ==, KOERS_PHASE_PLANNING);
}

static void
test_override (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("maturity-override.koers");
  g_autoptr(KoersHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "override.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KoersPlan) again = NULL;

  g_assert_true (koers_plan_get_phase_overridden (plan));
  g_assert_cmpint (koers_plan_get_override_phase (plan), ==, KOERS_PHASE_ENGAGEMENT);
  g_assert_cmpstr (koers_plan_get_override_reason (plan), ==,
                   "De werkgroep ziet de community al draaien.");
  /* the override wins; the derivation still says what the criteria say */
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_ENGAGEMENT);
  g_assert_cmpint (koers_plan_get_derived_phase (plan), ==, KOERS_PHASE_PRESENCE);

  /* ticking criteria does not move an overridden phase */
  koers_criterion_set_done (get_criterion (plan, KOERS_PHASE_PLANNING, 0), FALSE);
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_ENGAGEMENT);
  g_assert_cmpint (koers_plan_get_derived_phase (plan), ==, KOERS_PHASE_PLANNING);
  koers_criterion_set_done (get_criterion (plan, KOERS_PHASE_PLANNING, 0), TRUE);

  /* switched off, the derived phase counts again and the choice is kept */
  history = koers_history_new (plan);
  koers_plan_set_phase_overridden (plan, FALSE);
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_PRESENCE);
  g_assert_cmpint (koers_plan_get_override_phase (plan), ==, KOERS_PHASE_ENGAGEMENT);
  g_assert_true (koers_history_undo (history));
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_ENGAGEMENT);

  /* setting another phase with a reason is one undo step */
  koers_plan_begin_change (plan);
  koers_plan_set_override_phase (plan, KOERS_PHASE_FORMALIZED);
  koers_plan_set_override_reason (plan, "Er is een stuurgroep.");
  koers_plan_end_change (plan);
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_FORMALIZED);
  g_assert_true (koers_history_undo (history));
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_ENGAGEMENT);
  g_assert_cmpstr (koers_plan_get_override_reason (plan), ==,
                   "De werkgroep ziet de community al draaien.");

  /* and it survives a file */
  g_assert_true (koers_plan_io_save (plan, file, &error));
  g_assert_no_error (error);
  again = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  g_assert_true (koers_plan_get_phase_overridden (again));
  g_assert_cmpint (koers_plan_get_current_phase (again), ==, KOERS_PHASE_ENGAGEMENT);
  g_assert_cmpstr (koers_plan_get_override_reason (again), ==,
                   "De werkgroep ziet de community al draaien.");
}

static void
test_assessments (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("maturity-presence.koers");
  g_autoptr(KoersHistory) history = koers_history_new (plan);
  g_autoptr(GDate) first = g_date_new_dmy (12, G_DATE_MARCH, 2027);
  g_autoptr(GDate) second = g_date_new_dmy (9, G_DATE_OCTOBER, 2027);
  g_autoptr(KoersAssessment) a = koers_assessment_new_from_plan (plan, first);
  g_autoptr(KoersAssessment) b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "assessments.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KoersPlan) again = NULL;
  guint met, n;

  g_assert_null (koers_plan_get_previous_assessment (plan));
  g_assert_cmpint (koers_assessment_get_phase (a), ==, KOERS_PHASE_PRESENCE);
  g_assert_true (koers_assessment_get_result (a, KOERS_PHASE_PLANNING, &met, &n));
  g_assert_cmpuint (met, ==, 2);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (koers_assessment_get_result (a, KOERS_PHASE_ENGAGEMENT, &met, &n));
  g_assert_cmpuint (met, ==, 2);
  g_assert_cmpuint (n, ==, 4);
  /* the defaults of the phases the file left out */
  g_assert_true (koers_assessment_get_result (a, KOERS_PHASE_STRATEGIC, &met, &n));
  g_assert_cmpuint (met, ==, 0);
  g_assert_cmpuint (n, ==, 2);

  koers_plan_append (plan, koers_plan_get_assessments (plan), a);
  g_assert_true (koers_plan_get_previous_assessment (plan) == a);

  koers_criterion_set_done (get_criterion (plan, KOERS_PHASE_ENGAGEMENT, 2), TRUE);
  b = koers_assessment_new_from_plan (plan, second);
  g_assert_cmpint (koers_assessment_get_phase (b), ==, KOERS_PHASE_FORMALIZED);
  /* the history keeps its order; the previous one is the latest date */
  koers_plan_insert (plan, koers_plan_get_assessments (plan), 0, b);
  g_assert_true (koers_plan_get_previous_assessment (plan) == b);
  g_assert_true (koers_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_assessments (plan)), ==, 1);
  g_assert_true (koers_plan_get_previous_assessment (plan) == a);
  g_assert_true (koers_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_assessments (plan)), ==, 2);

  g_assert_true (koers_plan_io_save (plan, file, &error));
  again = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_assessments (again)), ==, 2);
  {
    KoersAssessment *latest = koers_plan_get_previous_assessment (again);

    g_assert_nonnull (latest);
    g_assert_cmpint (g_date_compare (koers_assessment_get_date (latest), second), ==, 0);
    g_assert_cmpint (koers_assessment_get_phase (latest), ==, KOERS_PHASE_FORMALIZED);
    g_assert_true (koers_assessment_get_result (latest, KOERS_PHASE_ENGAGEMENT, &met, &n));
    g_assert_cmpuint (met, ==, 3);
    g_assert_cmpuint (n, ==, 4);
  }
}

/* A file may say more criteria met than there are, or leave a phase out. */
static void
test_assessment_untrusted (void)
{
  const char *text =
    "{\"format\": \"koers-plan\", \"version\": 2, \"maturity\": {\"assessments\": ["
    "{\"date\": \"2027-01-01\", \"results\": [{\"phase\": \"presence\", \"met\": 9, \"criteria\": 2},"
    " {\"phase\": \"presence\", \"met\": 0, \"criteria\": 7}]}]}}";
  g_autofree char *path = g_build_filename (tmpdir, "untrusted.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  KoersAssessment *a;
  guint met = 99, n = 99;

  koers_test_write_file (path, text, -1);
  plan = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  a = koers_plan_get_previous_assessment (plan);
  g_assert_nonnull (a);
  g_assert_cmpint (koers_assessment_get_phase (a), ==, KOERS_PHASE_PLANNING);
  g_assert_true (koers_assessment_get_result (a, KOERS_PHASE_PRESENCE, &met, &n));
  g_assert_cmpuint (met, ==, 2);
  g_assert_cmpuint (n, ==, 2);
  g_assert_false (koers_assessment_get_result (a, KOERS_PHASE_CONVERGED, &met, &n));
  g_assert_cmpuint (met, ==, 0);
  g_assert_cmpuint (n, ==, 0);
}

static void
test_criterion_note (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersHistory) history = koers_history_new (plan);
  KoersCriterion *criterion = get_criterion (plan, KOERS_PHASE_PLANNING, 0);

  g_assert_cmpstr (koers_criterion_get_note (criterion), ==, "");
  koers_criterion_set_note (criterion, "Sinds maart met Google Alerts");
  g_assert_cmpstr (koers_criterion_get_note (criterion), ==, "Sinds maart met Google Alerts");
  g_assert_true (koers_history_undo (history));
  g_assert_cmpstr (koers_criterion_get_note (criterion), ==, "");
}

/* The findings of the maturity area, in a fresh array per call. */
static GPtrArray *
maturity_findings (KoersPlan *plan)
{
  g_autoptr(GPtrArray) all = koers_check_plan (plan);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_finding_free);

  for (guint i = 0; i < all->len; i++)
    {
      KoersFinding *f = g_ptr_array_index (all, i);

      if (f->area != KOERS_AREA_MATURITY)
        continue;
      g_ptr_array_add (found, g_ptr_array_steal_index (all, i));
      i--;
    }
  return found;
}

static KoersFinding *
only_of_kind (GPtrArray        *findings,
              KoersFindingKind  kind)
{
  KoersFinding *found = NULL;

  for (guint i = 0; i < findings->len; i++)
    {
      KoersFinding *f = g_ptr_array_index (findings, i);

      if (f->kind != kind)
        continue;
      g_assert_null (found);
      found = f;
    }
  g_assert_nonnull (found);
  return found;
}

static void
test_findings (void)
{
  g_autoptr(KoersPlan) plan = load_fixture ("maturity-findings.koers");
  g_autoptr(GPtrArray) findings = maturity_findings (plan);
  KoersFinding *f;

  for (guint i = 0; i < findings->len; i++)
    g_test_message ("%s", ((KoersFinding *) g_ptr_array_index (findings, i))->message);
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_PLANNING);
  g_assert_cmpuint (findings->len, ==, 3);

  /* Embracing while in Planning */
  f = only_of_kind (findings, KOERS_FINDING_AMBITION_BEYOND_PHASE);
  g_assert_cmpint (f->severity, ==, KOERS_SEVERITY_WARNING);
  g_assert_cmpstr (f->location, ==, "phase/0");
  g_assert_nonnull (strstr (f->message, "Embracing"));

  /* governance work with no Accountable; the one with an A, a task that is
   * not governance and "github" (not "hub") are not reported here */
  f = only_of_kind (findings, KOERS_FINDING_GOVERNANCE_ACCOUNTABLE);
  g_assert_cmpint (f->severity, ==, KOERS_SEVERITY_WARNING);
  g_assert_cmpstr (f->location, ==, "task/governance");
  g_assert_nonnull (strstr (f->message, "“Social media governance”"));
  g_assert_nonnull (strstr (f->message, "phase 1, Planning"));

  /* 2 of 3 criteria of Planning open; the place is the first of them */
  f = only_of_kind (findings, KOERS_FINDING_OPEN_CRITERION);
  g_assert_cmpint (f->severity, ==, KOERS_SEVERITY_HINT);
  g_assert_cmpstr (f->location, ==, "phase/0/criterion/1");
  g_assert_nonnull (strstr (f->message, "2 of 3"));
  g_assert_nonnull (strstr (f->message, "“We hebben pilots gedaan”"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Reaching Formalized through an override: governance is no ambition any
   * more (the RACI check reports the missing A), Embracing neither; the
   * reason is missing, and Formalized's criteria are open */
  koers_plan_set_phase_overridden (plan, TRUE);
  koers_plan_set_override_phase (plan, KOERS_PHASE_FORMALIZED);
  findings = maturity_findings (plan);
  g_assert_cmpuint (findings->len, ==, 2);
  f = only_of_kind (findings, KOERS_FINDING_OVERRIDE_REASON);
  g_assert_cmpint (f->severity, ==, KOERS_SEVERITY_HINT);
  g_assert_cmpstr (f->location, ==, "phase/3");
  g_assert_nonnull (strstr (f->message, "phase 4, Formalized"));
  g_assert_nonnull (strstr (f->message, "phase 1, Planning"));
  f = only_of_kind (findings, KOERS_FINDING_OPEN_CRITERION);
  g_assert_cmpstr (f->location, ==, "phase/3/criterion/0");
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* a reason of spaces is no reason; a real one is */
  koers_plan_set_override_reason (plan, "   ");
  findings = maturity_findings (plan);
  g_assert_cmpuint (findings->len, ==, 2);
  g_clear_pointer (&findings, g_ptr_array_unref);
  koers_plan_set_override_reason (plan, "Er is een stuurgroep");
  findings = maturity_findings (plan);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpint (only_of_kind (findings, KOERS_FINDING_OPEN_CRITERION)->severity, ==,
                   KOERS_SEVERITY_HINT);
}

/* Nothing is reported before the assessment starts: a new plan. */
static void
test_findings_new_plan (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) findings = maturity_findings (plan);

  g_assert_cmpuint (findings->len, ==, 0);
  /* Embracing in Planning is an ambition beyond the phase even so */
  koers_plan_set_objective_types (plan, KOERS_OBJECTIVE_TYPE_EMBRACING);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = maturity_findings (plan);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpint (only_of_kind (findings, KOERS_FINDING_AMBITION_BEYOND_PHASE)->area, ==,
                   KOERS_AREA_MATURITY);
}

static void
test_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KOERS_EXAMPLES_DIR"), "koers-example-nl.koers",
                                            NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_io_load (file, &error);
  KoersAssessment *previous;

  g_assert_no_error (error);
  /* the bakery is in Presence, and was in Planning at the first workshop */
  g_assert_cmpint (koers_plan_get_current_phase (plan), ==, KOERS_PHASE_PRESENCE);
  g_assert_false (koers_plan_get_phase_overridden (plan));
  g_assert_cmpuint (g_list_model_get_n_items (koers_plan_get_assessments (plan)), ==, 1);
  previous = koers_plan_get_previous_assessment (plan);
  g_assert_cmpint (koers_assessment_get_phase (previous), ==, KOERS_PHASE_PLANNING);

  /* its one open criterion of Presence is its one maturity finding */
  {
    g_autoptr(GPtrArray) findings = maturity_findings (plan);

    g_assert_cmpuint (findings->len, ==, 1);
    g_assert_cmpstr (only_of_kind (findings, KOERS_FINDING_OPEN_CRITERION)->location, ==,
                     "phase/1/criterion/4");
  }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  tmpdir = koers_test_make_suite_dir ("koers-test-maturity-XXXXXX");

  g_test_add_func ("/maturity/share-rule", test_share_rule);
  g_test_add_func ("/maturity/derive/fixtures", test_derive_fixtures);
  g_test_add_func ("/maturity/derive/changes", test_derive_changes);
  g_test_add_func ("/maturity/override", test_override);
  g_test_add_func ("/maturity/assessments", test_assessments);
  g_test_add_func ("/maturity/assessments/untrusted", test_assessment_untrusted);
  g_test_add_func ("/maturity/criterion-note", test_criterion_note);
  g_test_add_func ("/maturity/findings", test_findings);
  g_test_add_func ("/maturity/findings/new-plan", test_findings_new_plan);
  g_test_add_func ("/maturity/example", test_example);

  ret = g_test_run ();
  koers_test_remove_tree (tmpdir);
  return ret;
}
