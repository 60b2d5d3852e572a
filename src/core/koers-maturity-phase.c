/* koers-maturity-phase.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of the six phases of social business maturity.
 */
#define G_LOG_DOMAIN "koers-maturity-phase"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-maturity-phase.h"

#include "koers-enum-types.h"
#include "koers-model-private.h"
#include "koers-criterion.h"

struct _KoersMaturityPhase
{
  GObject parent_instance;

  int         phase;
  char       *notes;
  GListStore *criteria;
};

G_DEFINE_FINAL_TYPE (KoersMaturityPhase, koers_maturity_phase, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PHASE,
  PROP_NOTES,
  PROP_CRITERIA,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The members, their ranges and defaults: also the JSON form (FORMAT.md). */
static const KoersField fields[] = {
  { .name = "phase",
    .kind = KOERS_FIELD_ENUM,
    .offset = KOERS_FIELD_MEMBER (KoersMaturityPhase, phase),
    .get_type = koers_phase_get_type,
    .dflt = KOERS_PHASE_PLANNING,
    .flags = KOERS_FIELD_REQUIRED },
  { .name = "notes",
    .kind = KOERS_FIELD_STRING,
    .offset = KOERS_FIELD_MEMBER (KoersMaturityPhase, notes) },
  { .name = "criteria",
    .kind = KOERS_FIELD_LIST,
    .offset = KOERS_FIELD_MEMBER (KoersMaturityPhase, criteria),
    .get_type = koers_criterion_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_PROPS - 1);

static void
koers_maturity_phase_finalize (GObject *object)
{
  _koers_model_finalize (object, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (koers_maturity_phase_parent_class)->finalize (object);
}

static void
koers_maturity_phase_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  if (prop_id > 0 && prop_id < N_PROPS)
    _koers_model_get_property (object, fields, prop_id, value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
koers_maturity_phase_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  if (prop_id > 0 && prop_id < N_PROPS)
    _koers_model_set_property (object, fields, prop_id, value, pspec);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
koers_maturity_phase_class_init (KoersMaturityPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_maturity_phase_finalize;
  object_class->get_property = koers_maturity_phase_get_property;
  object_class->set_property = koers_maturity_phase_set_property;

  _koers_model_install (object_class, fields, G_N_ELEMENTS (fields), properties);
}

static void
koers_maturity_phase_init (KoersMaturityPhase *self)
{
  _koers_model_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

/**
 * koers_maturity_phase_new:
 *
 * Returns: (transfer full): a new, empty maturity phase
 */
KoersMaturityPhase *
koers_maturity_phase_new (void)
{
  return g_object_new (KOERS_TYPE_MATURITY_PHASE, NULL);
}

KoersPhase
koers_maturity_phase_get_phase (KoersMaturityPhase *self)
{
  g_return_val_if_fail (KOERS_IS_MATURITY_PHASE (self), 0);

  return (KoersPhase) self->phase;
}

void
koers_maturity_phase_set_phase (KoersMaturityPhase *self,
                                KoersPhase          phase)
{
  g_return_if_fail (KOERS_IS_MATURITY_PHASE (self));

  _koers_model_set_int (self, properties[PROP_PHASE], phase);
}

const char *
koers_maturity_phase_get_notes (KoersMaturityPhase *self)
{
  g_return_val_if_fail (KOERS_IS_MATURITY_PHASE (self), NULL);

  return self->notes;
}

void
koers_maturity_phase_set_notes (KoersMaturityPhase *self,
                                const char         *notes)
{
  g_return_if_fail (KOERS_IS_MATURITY_PHASE (self));

  _koers_model_set_string (self, properties[PROP_NOTES], notes);
}

GListModel *
koers_maturity_phase_get_criteria (KoersMaturityPhase *self)
{
  g_return_val_if_fail (KOERS_IS_MATURITY_PHASE (self), NULL);

  return G_LIST_MODEL (self->criteria);
}

/**
 * koers_maturity_phase_count_met:
 * @n_criteria: (out) (optional): the number of criteria
 *
 * Returns: how many of the phase's criteria are met
 */
guint
koers_maturity_phase_count_met (KoersMaturityPhase *self,
                                guint              *n_criteria)
{
  guint n, met = 0;

  g_return_val_if_fail (KOERS_IS_MATURITY_PHASE (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->criteria));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersCriterion) criterion = g_list_model_get_item (G_LIST_MODEL (self->criteria), i);

      if (koers_criterion_get_done (criterion))
        met++;
    }
  if (n_criteria != NULL)
    *n_criteria = n;
  return met;
}

/**
 * koers_phase_share_is_reached:
 * @met: criteria met
 * @n_criteria: criteria in all
 *
 * The rule of the derived phase: a phase is reached when at least two
 * thirds of its criteria are met. A phase without criteria is not.
 *
 * Returns: whether @met of @n_criteria reach the phase
 */
gboolean
koers_phase_share_is_reached (guint met,
                              guint n_criteria)
{
  return n_criteria > 0 && MIN (met, n_criteria) * 3 >= n_criteria * 2;
}

/**
 * koers_maturity_phase_is_reached:
 *
 * Returns: whether at least two thirds of the phase's criteria are met
 */
gboolean
koers_maturity_phase_is_reached (KoersMaturityPhase *self)
{
  guint n, met;

  g_return_val_if_fail (KOERS_IS_MATURITY_PHASE (self), FALSE);

  met = koers_maturity_phase_count_met (self, &n);
  return koers_phase_share_is_reached (met, n);
}

/* The names, taglines and next steps of the six phases, in our own words. */
static const struct {
  const char *name;
  const char *tagline;
  const char *guidance;
} phase_texts[KOERS_N_PHASES] = {
  [KOERS_PHASE_PLANNING] = {
    NC_("maturity phase", "Planning"),
    N_("Listen to learn"),
    N_("Listen before you post: follow what customers and competitors say online (the "
       "Listening part of the rose, a monitoring task in Roles and tasks). Try one or two "
       "small pilots and write down what worked. Check what knowledge, tools and training "
       "you have (Preparation), and give your objectives KPIs that measure more than "
       "mentions (Objectives).") },
  [KOERS_PHASE_PRESENCE] = {
    NC_("maturity phase", "Presence"),
    N_("Stake your claim"),
    N_("Make the presence official: claim and tidy the accounts of the channels you chose "
       "(Technology), plan posts that support your marketing in the content calendar and "
       "agree on a short guideline. Offer help after the sale through webcare, and tie the "
       "figures you follow to the goals of the departments (Objectives).") },
  [KOERS_PHASE_ENGAGEMENT] = {
    NC_("maturity phase", "Engagement"),
    N_("Dialogue deepens relationships"),
    N_("Move from sending to talking: answer and ask questions (Responding and Activating in "
       "the rose), start or join a community around what you make, make webcare part of "
       "customer service with someone Responsible for it (Roles and tasks), and show how the "
       "conversations add to sales.") },
  [KOERS_PHASE_FORMALIZED] = {
    NC_("maturity phase", "Formalized"),
    N_("Organise for scale"),
    N_("Organise the work so it can grow: find an executive sponsor, set up a hub or centre of "
       "excellence that coordinates the channels, and agree on governance that holds in "
       "every department, each task with one person Accountable (Roles and tasks).") },
  [KOERS_PHASE_STRATEGIC] = {
    NC_("maturity phase", "Strategic"),
    N_("Becoming a social business"),
    N_("Make the impact visible: report what social media brings in terms the management "
       "uses, and involve top management and the department heads in the plan's objectives "
       "and milestones (Strategy).") },
  [KOERS_PHASE_CONVERGED] = {
    NC_("maturity phase", "Converged"),
    N_("Business is social"),
    N_("Keep it woven in: departments plan together, executives keep supporting it, and "
       "every part of the organisation uses what customers say. Review the plan every year "
       "so it stays that way.") },
};

/**
 * koers_phase_get_name:
 *
 * Returns: the translated name of @phase
 */
const char *
koers_phase_get_name (KoersPhase phase)
{
  g_return_val_if_fail (phase < KOERS_N_PHASES, "");

  return g_dpgettext2 (NULL, "maturity phase", phase_texts[phase].name);
}

/**
 * koers_phase_get_tagline:
 *
 * Returns: the translated tagline of @phase, a few words
 */
const char *
koers_phase_get_tagline (KoersPhase phase)
{
  g_return_val_if_fail (phase < KOERS_N_PHASES, "");

  return _(phase_texts[phase].tagline);
}

/**
 * koers_phase_get_guidance:
 *
 * Returns: the translated "what to do next" of an organisation in @phase,
 *   naming the parts of the plan where it is done
 */
const char *
koers_phase_get_guidance (KoersPhase phase)
{
  g_return_val_if_fail (phase < KOERS_N_PHASES, "");

  return _(phase_texts[phase].guidance);
}

/**
 * koers_maturity_get_rule:
 *
 * Returns: the translated rule of the derived phase, for the page and the
 *   diagram (koers_plan_get_derived_phase())
 */
const char *
koers_maturity_get_rule (void)
{
  return _("A phase is reached when at least two thirds of its criteria are met. The current "
           "phase is the highest phase that is reached together with every phase below it; "
           "every organisation starts in Planning.");
}
