/* koers-check.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan check: what the overview page, `koers --check` and the tests
 * report about a plan. Plain functions over the model.
 */
#pragma once

#include <gio/gio.h>

#include "koers-plan.h"

G_BEGIN_DECLS

typedef enum
{
  KOERS_FINDING_EMPTY_STEP,
  KOERS_FINDING_PRIMARY_OBJECTIVE,
  KOERS_FINDING_NOT_SMART,
  KOERS_FINDING_CONTINUITY_GAP,
  KOERS_FINDING_NO_POSTS,
  KOERS_FINDING_CONTENT_MIX,
  KOERS_FINDING_UNKNOWN_CHANNEL,
  KOERS_FINDING_RACI_ACCOUNTABLE,
  KOERS_FINDING_RACI_RESPONSIBLE,
  KOERS_FINDING_CAPACITY,
  KOERS_FINDING_UNKNOWN_OWNER,  /* an entry's owner is not a role */
  KOERS_FINDING_UNKNOWN_ROLE,   /* a RACI cell's role is not a role */
  KOERS_FINDING_PERIOD,         /* the plan period ends before it starts */
  KOERS_FINDING_NO_ROLES,       /* tasks but no roles yet */
  KOERS_FINDING_ROLE_OVERLOADED, /* a role is A or R on too many tasks */
  KOERS_FINDING_ROLE_IDLE,      /* a role without any letter */
  KOERS_FINDING_ROLE_CAPACITY,  /* a role needs more hours than it has */
  KOERS_FINDING_NO_DEDICATED,   /* no role has dedicated time */
  KOERS_FINDING_ROSE_UNSERVED,  /* a rose part no task serves */
  KOERS_FINDING_SUPPORT_LETTER, /* an S in a plan that is not RASCI */
  KOERS_FINDING_AMBITION_BEYOND_PHASE, /* an objective type beyond the current phase */
  KOERS_FINDING_GOVERNANCE_ACCOUNTABLE, /* governance work before its phase, no Accountable */
  KOERS_FINDING_OPEN_CRITERION, /* a criterion of the current phase is not met */
  KOERS_FINDING_OVERRIDE_REASON, /* the phase is set by hand without a reason */
  KOERS_FINDING_TARGET_BELOW_CURRENT, /* a rose part aims lower than it stands */
  KOERS_FINDING_HUB_NOT_URL,    /* the hub is not a web address */
  KOERS_FINDING_HUB_UPDATED_FUTURE, /* the hub's "last updated" is after today */
  KOERS_FINDING_MILESTONE_PASSED, /* an open milestone whose date has passed */
  KOERS_FINDING_DUPLICATE_CHANNEL, /* two channels with the same name */
  KOERS_FINDING_LONG_GAP,       /* a channel is silent for four weeks or more */
  KOERS_FINDING_POSTING_RATE,   /* fewer posts a week than the channel's posts-per-week */
  KOERS_FINDING_MONTH_MIX,      /* months with more than 20% promotion */
  KOERS_FINDING_OWNER_HOURS,    /* an owner has more hours planned in a week than the role has */
  KOERS_FINDING_POST_ORDER,     /* channels chosen while there is no target group or objective */
  KOERS_FINDING_DEADLINE_PASSED, /* an objective's deadline has passed */
  KOERS_FINDING_NO_KPI,         /* an objective with a target value says not what is measured */
  KOERS_FINDING_ROSE_UNADDRESSED, /* a rose part without a score, a task or an action */
  KOERS_FINDING_NO_HUB,         /* channels, but no hub they point to */
  KOERS_FINDING_TIPS_OPEN,      /* preparation tips still open */
} KoersFindingKind;

/* The parts of a plan, in the order of the sidebar; a finding belongs to
 * one. The names are the sidebar pages' names. */
typedef enum
{
  KOERS_AREA_PEOPLE,
  KOERS_AREA_OBJECTIVES,
  KOERS_AREA_STRATEGY,
  KOERS_AREA_TECHNOLOGY,
  KOERS_AREA_PREPARATION,
  KOERS_AREA_ROADMAP,
  KOERS_AREA_ROSE,
  KOERS_AREA_MATURITY,
  KOERS_AREA_CALENDAR,
  KOERS_AREA_ROLES,
} KoersArea;
#define KOERS_N_AREAS 10

/* How much a finding matters, most serious first. */
typedef enum
{
  KOERS_SEVERITY_PROBLEM,   /* the plan does not work this way */
  KOERS_SEVERITY_WARNING,   /* it works, but it will likely fail in practice */
  KOERS_SEVERITY_HINT,      /* a suggestion to make the plan better */
} KoersSeverity;
#define KOERS_N_SEVERITIES 3

typedef struct
{
  KoersFindingKind  kind;
  KoersArea         area;
  KoersSeverity     severity;
  char             *message;  /* one translated sentence */
  char             *location; /* (nullable) the place to fix it, within the
                               * area: "task/ID", "phase/2/criterion/1",
                               * "date/2027-03-01", "range/2027-07-01/2027-08-31"
                               * (the calendar's: then "/channel/ID" or
                               * "/role/ID" when it is about one), ...;
                               * NULL: the area itself */
} KoersFinding;

#define KOERS_MAX_PROMOTION_SHARE 0.20
/* A role that is A or R on more tasks than this, while others could take
 * some, is a bottleneck. */
#define KOERS_MAX_TASKS_PER_ROLE 5
/* Organiseren: at least one role has this much time a week for social media. */
#define KOERS_MIN_DEDICATED_HOURS 4.0

void        koers_finding_free          (KoersFinding *finding);
KoersFinding *koers_finding_copy        (const KoersFinding *finding);
const char *koers_area_get_title        (KoersArea     area);
const char *koers_severity_get_title    (KoersSeverity severity);
const char *koers_severity_get_name     (KoersSeverity severity);
const char *koers_area_get_name         (KoersArea     area);
gboolean    koers_area_from_name        (const char   *name,
                                         KoersArea    *area);
gboolean    koers_check_area_is_filled  (KoersPlan    *plan,
                                         KoersArea     area);
void        koers_check_area_progress   (KoersPlan    *plan,
                                         KoersArea     area,
                                         guint        *done,
                                         guint        *total);
char       *koers_check_area_summary    (KoersPlan    *plan,
                                         KoersArea     area);
const char *koers_month_name            (GDateMonth    month);

GPtrArray  *koers_check_plan            (KoersPlan    *plan);
void        koers_check_plan_async      (KoersPlan           *plan,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
GPtrArray  *koers_check_plan_finish     (KoersPlan           *plan,
                                         GAsyncResult        *result,
                                         GError             **error);
void        koers_check_get_period      (KoersPlan    *plan,
                                         GDate        *first,
                                         GDate        *last);
gboolean    koers_check_peek_content_mix (KoersPlan   *plan,
                                          guint       *n_value,
                                          guint       *n_promotion);
void        koers_check_content_mix_async (KoersPlan           *plan,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean    koers_check_content_mix_finish (KoersPlan     *plan,
                                            GAsyncResult  *result,
                                            GError       **error);
void        koers_check_content_mix     (KoersPlan    *plan,
                                         const GDate  *first,
                                         const GDate  *last,
                                         guint        *n_value,
                                         guint        *n_promotion);
GHashTable *koers_check_hours_needed   (KoersPlan  *plan);
double      koers_check_role_hours_needed (KoersPlan  *plan,
                                           const char *role_id);
guint       koers_check_count_posts     (KoersPlan    *plan,
                                         const char   *channel_id,
                                         const GDate  *first,
                                         const GDate  *last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersFinding, koers_finding_free)

G_END_DECLS
