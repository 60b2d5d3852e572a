/* koers-check.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "koers-check"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "koers-format.h"
#include "koers-check-private.h"
#include "koers-plan-private.h"
#include "koers-labels.h"
#include "koers-calendar-entry.h"
#include "koers-calendar-series.h"
#include "koers-recurrence.h"
#include "koers-channel.h"
#include "koers-checklist-item.h"
#include "koers-criterion.h"
#include "koers-goal.h"
#include "koers-milestone.h"
#include "koers-target-group.h"
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
    case KOERS_FINDING_NO_ROLES:
    case KOERS_FINDING_DUPLICATE_CHANNEL:
      return KOERS_SEVERITY_PROBLEM;
    case KOERS_FINDING_TARGET_BELOW_CURRENT:
    case KOERS_FINDING_HUB_NOT_URL:
    case KOERS_FINDING_HUB_UPDATED_FUTURE:
    case KOERS_FINDING_MILESTONE_PASSED:
      return KOERS_SEVERITY_WARNING;
    case KOERS_FINDING_EMPTY_STEP:
    case KOERS_FINDING_CONTINUITY_GAP:
    case KOERS_FINDING_NO_POSTS:
    case KOERS_FINDING_CONTENT_MIX:
    case KOERS_FINDING_CAPACITY:
    case KOERS_FINDING_ROLE_CAPACITY:
    case KOERS_FINDING_ROLE_OVERLOADED:
    case KOERS_FINDING_NO_DEDICATED:
    case KOERS_FINDING_ROSE_UNSERVED:
    case KOERS_FINDING_SUPPORT_LETTER:
    case KOERS_FINDING_AMBITION_BEYOND_PHASE:
    case KOERS_FINDING_GOVERNANCE_ACCOUNTABLE:
      return KOERS_SEVERITY_WARNING;
    case KOERS_FINDING_MONTH_MIX:
    case KOERS_FINDING_OWNER_HOURS:
    case KOERS_FINDING_POST_ORDER:
    case KOERS_FINDING_DEADLINE_PASSED:
    case KOERS_FINDING_ROSE_UNADDRESSED:
    case KOERS_FINDING_NO_HUB:
      return KOERS_SEVERITY_WARNING;
    case KOERS_FINDING_NO_KPI:
    case KOERS_FINDING_TIPS_OPEN:
      return KOERS_SEVERITY_HINT;
    case KOERS_FINDING_NOT_SMART:
    case KOERS_FINDING_ROLE_IDLE:
    case KOERS_FINDING_OPEN_CRITERION:
    case KOERS_FINDING_OVERRIDE_REASON:
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

typedef struct
{
  guint calendar_serial;
  GDate start;  /* the plan period it was made with; cleared when unset */
  GDate end;
  GDate first;
  GDate last;
} PeriodCache;

static gboolean period_from_plan (KoersPlan *plan,
                                  GDate     *first,
                                  GDate     *last);

static void
copy_date (GDate       *to,
           const GDate *from)
{
  g_date_clear (to, 1);
  if (from != NULL)
    *to = *from;
}

static gboolean
same_date (const GDate *date,
           const GDate *cached)
{
  if (date == NULL)
    return !g_date_valid (cached);
  return g_date_valid (cached) && g_date_compare (date, cached) == 0;
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
static PeriodCache *
current_period (KoersPlan *plan)
{
  guint calendar_serial = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR);
  PeriodCache *cache = g_object_get_data (G_OBJECT (plan), "koers-check-period");

  if (cache != NULL && cache->calendar_serial == calendar_serial &&
      same_date (koers_plan_get_period_start (plan), &cache->start) &&
      same_date (koers_plan_get_period_end (plan), &cache->end))
    return cache;
  return NULL;
}

/* Keeps @first to @last as the period of the plan as it is now */
void
_koers_check_store_period (KoersPlan   *plan,
                           const GDate *first,
                           const GDate *last)
{
  PeriodCache *cache = g_object_get_data (G_OBJECT (plan), "koers-check-period");

  if (cache == NULL)
    {
      cache = g_new0 (PeriodCache, 1);
      g_object_set_data_full (G_OBJECT (plan), "koers-check-period", cache, g_free);
    }
  cache->calendar_serial = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR);
  copy_date (&cache->start, koers_plan_get_period_start (plan));
  copy_date (&cache->end, koers_plan_get_period_end (plan));
  cache->first = *first;
  cache->last = *last;
}

/* Whether the period is the entries' whole months: no plan period, or
 * one that ends before it starts (period_from_plan()) */
gboolean
_koers_check_period_is_open (KoersPlan *plan)
{
  const GDate *start = koers_plan_get_period_start (plan);
  const GDate *end = koers_plan_get_period_end (plan);

  return (start == NULL && end == NULL) ||
         (start != NULL && end != NULL && g_date_compare (start, end) > 0);
}

/**
 * _koers_check_peek_period:
 *
 * koers_check_get_period() when it needs no walk over a big calendar (it
 * is kept, the plan period is set, or the calendar is small).
 *
 * Returns: whether @first and @last are set
 */
gboolean
_koers_check_peek_period (KoersPlan *plan,
                          GDate     *first,
                          GDate     *last)
{
  const GDate *start = koers_plan_get_period_start (plan);
  const GDate *end = koers_plan_get_period_end (plan);
  PeriodCache *cache = current_period (plan);

  if (cache != NULL)
    {
      *first = cache->first;
      *last = cache->last;
      return TRUE;
    }
  if ((start != NULL && end != NULL && g_date_compare (start, end) <= 0) ||
      g_list_model_get_n_items (koers_plan_get_entries (plan)) <= KOERS_CHECK_SMALL_CALENDAR)
    {
      koers_check_get_period (plan, first, last);
      return TRUE;
    }
  return FALSE;
}

void
koers_check_get_period (KoersPlan *plan,
                        GDate     *first,
                        GDate     *last)
{
  PeriodCache *cache = current_period (plan);

  /* Without a plan period it takes a walk over the calendar, and the rose
   * asks at every redraw. A period of the current year is not kept: the
   * year may turn. */
  if (cache != NULL)
    {
      *first = cache->first;
      *last = cache->last;
      return;
    }

  if (!period_from_plan (plan, first, last))
    return;
  _koers_check_store_period (plan, first, last);
}

/* Returns: FALSE when the period is the current year, for want of any other */
static gboolean
period_from_plan (KoersPlan *plan,
                  GDate     *first,
                  GDate     *last)
{
  const GDate *start = koers_plan_get_period_start (plan);
  const GDate *end = koers_plan_get_period_end (plan);
  guint n;
  KoersCalendarEntry **items = (KoersCalendarEntry **)
    _koers_plan_peek_items (koers_plan_get_entries (plan), &n);

  g_date_clear (first, 1);
  g_date_clear (last, 1);

  if (start != NULL && end != NULL && g_date_compare (start, end) <= 0)
    {
      *first = *start;
      *last = *end;
      return TRUE;
    }
  if (start != NULL && end != NULL)
    start = end = NULL;

  {
    /* Days as numbers: on 50,000 entries GDate's checks cost more than the
     * walk, and the rose asks again after every change of the calendar. */
    guint32 lo = G_MAXUINT32, hi = 0;

    for (guint i = 0; i < n; i++)
      {
        const GDate *date = koers_calendar_entry_get_date (items[i]);
        guint32 julian;

        if (date == NULL || (!date->julian && !g_date_valid (date)))
          continue;
        julian = date->julian ? date->julian_days : g_date_get_julian (date);
        lo = MIN (lo, julian);
        hi = MAX (hi, julian);
      }
    if (lo <= hi)
      {
        g_date_set_julian (first, lo);
        g_date_set_julian (last, hi);
      }
  }

  if (!g_date_valid (first))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (first, 1, G_DATE_JANUARY, g_date_time_get_year (now));
      g_date_set_dmy (last, 31, G_DATE_DECEMBER, g_date_time_get_year (now));
      return FALSE;
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
  return TRUE;
}

static guint
count_done (GListModel *items);

/* The user wrote something there: not only spaces. */
static gboolean
has_text (const char *text)
{
  return text != NULL && !is_blank (text);
}

/* How many items of @list the user has given something of their own,
 * through @get, a text of the item. */
static guint
count_with_text (GListModel   *list,
                 const char *(*get) (gpointer item))
{
  guint n = g_list_model_get_n_items (list);
  guint with_text = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (has_text (get (item)))
        with_text++;
    }
  return with_text;
}

static const char *
target_group_name (gpointer item)
{
  return koers_target_group_get_name (item);
}

static const char *
target_group_description (gpointer item)
{
  return koers_target_group_get_description (item);
}

static const char *
goal_title (gpointer item)
{
  return koers_goal_get_title (item);
}

static const char *
objective_title (gpointer item)
{
  return koers_objective_get_title (item);
}

static const char *
strategy_title (gpointer item)
{
  return koers_strategy_get_title (item);
}

/* One of the book's strategies counts by its choice; one's own by its text. */
static const char *
strategy_description (gpointer item)
{
  if (koers_strategy_get_kind (item) != KOERS_STRATEGY_KIND_CUSTOM)
    return "chosen";
  return koers_strategy_get_description (item);
}

static const char *
milestone_title (gpointer item)
{
  return koers_milestone_get_title (item);
}

static const char *
channel_name (gpointer item)
{
  return koers_channel_get_name (item);
}

/**
 * koers_check_area_progress:
 * @done: (out): how much of @area is done
 * @total: (out): of how much; at least 1
 *
 * How far the user has filled in @area, for the sidebar and the overview's
 * cards: the preparation tips and the road map's DO's one by one (3 of 7),
 * the rose by its five parts with a score, every other part as a whole (0
 * or 1 of 1). Only what holds something of the user's counts: an empty
 * target group, an objective of one's own without a description or a
 * channel without a name do not.
 */
void
koers_check_area_progress (KoersPlan *plan,
                           KoersArea  area,
                           guint     *done,
                           guint     *total)
{
  gboolean filled = FALSE;

  g_return_if_fail (KOERS_IS_PLAN (plan));
  g_return_if_fail (done != NULL && total != NULL);

  *total = 1;
  switch (area)
    {
    case KOERS_AREA_PEOPLE:
      {
        GListModel *groups = koers_plan_get_target_groups (plan);

        filled = count_with_text (groups, target_group_name) > 0 ||
                 count_with_text (groups, target_group_description) > 0;
      }
      break;
    case KOERS_AREA_OBJECTIVES:
      switch (koers_plan_get_primary_objective (plan))
        {
        case KOERS_PRIMARY_OBJECTIVE_NONE:
          break;
        case KOERS_PRIMARY_OBJECTIVE_CUSTOM:
          filled = has_text (koers_plan_get_primary_objective_text (plan));
          break;
        default:
          filled = TRUE;
          break;
        }
      filled = filled ||
               count_with_text (koers_plan_get_goals (plan), goal_title) > 0 ||
               count_with_text (koers_plan_get_objectives (plan), objective_title) > 0;
      break;
    case KOERS_AREA_STRATEGY:
      filled = count_with_text (koers_plan_get_strategies (plan), strategy_title) > 0 ||
               count_with_text (koers_plan_get_strategies (plan), strategy_description) > 0 ||
               count_with_text (koers_plan_get_milestones (plan), milestone_title) > 0 ||
               has_text (koers_plan_get_relationship (plan));
      break;
    case KOERS_AREA_TECHNOLOGY:
      filled = count_with_text (koers_plan_get_channels (plan), channel_name) > 0;
      break;
    case KOERS_AREA_PREPARATION:
      *total = KOERS_N_TIPS;
      *done = count_done (koers_plan_get_tips (plan));
      return;
    case KOERS_AREA_ROADMAP:
      *total = KOERS_N_DOS;
      *done = count_done (koers_plan_get_dos (plan));
      return;
    case KOERS_AREA_ROSE:
      *total = KOERS_N_ROSE_PARTS;
      *done = 0;
      for (guint p = 0; p < KOERS_N_ROSE_PARTS; p++)
        if (koers_rose_part_get_current (koers_plan_get_rose_part (plan, p)) > 0 ||
            koers_rose_part_get_target (koers_plan_get_rose_part (plan, p)) > 0)
          (*done)++;
      return;
    case KOERS_AREA_MATURITY:
      for (guint p = 0; p < KOERS_N_PHASES && !filled; p++)
        {
          GListModel *criteria = koers_maturity_phase_get_criteria (koers_plan_get_phase (plan, p));

          for (guint i = 0; i < g_list_model_get_n_items (criteria) && !filled; i++)
            {
              g_autoptr(KoersCriterion) criterion = g_list_model_get_item (criteria, i);

              filled = koers_criterion_get_done (criterion);
            }
        }
      break;
    case KOERS_AREA_CALENDAR:
      filled = !list_is_empty (koers_plan_get_entries (plan));
      break;
    case KOERS_AREA_ROLES:
      /* A new plan has the default tasks, which fill nothing yet. */
      filled = !list_is_empty (koers_plan_get_roles (plan));
      break;
    default:
      g_return_if_reached ();
    }
  *done = filled ? 1 : 0;
}

/**
 * koers_check_area_is_filled:
 *
 * Whether the user has filled in @area meaningfully, for the sidebar and
 * the empty-step findings: see koers_check_area_progress(); a part done
 * item by item is filled when every item is done.
 *
 * Returns: %TRUE when @area is filled in
 */
gboolean
koers_check_area_is_filled (KoersPlan *plan,
                            KoersArea  area)
{
  guint done, total;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (area < KOERS_N_AREAS, FALSE);

  koers_check_area_progress (plan, area, &done, &total);
  return done >= total;
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
        {
          g_autofree char *a = koers_format_number (now / KOERS_N_ROSE_PARTS, 1);
          g_autofree char *b = koers_format_number (target / KOERS_N_ROSE_PARTS, 1);

          g_strlcpy (now_text, a, sizeof now_text);
          g_strlcpy (target_text, b, sizeof target_text);
        }
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
  /* POST in its order: the channels follow from whom you want to reach and
   * what for, not the other way round. */
  else if (!koers_check_area_is_filled (plan, KOERS_AREA_PEOPLE) ||
           !koers_check_area_is_filled (plan, KOERS_AREA_OBJECTIVES))
    _koers_check_add_finding (findings, KOERS_FINDING_POST_ORDER, KOERS_AREA_TECHNOLOGY,
                              "channels",
                              _("Channels are chosen before the target groups and objectives: "
                                "POST goes in its order, so describe whom you want to reach and "
                                "why first, then check that these channels fit."));
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

/**
 * _koers_check_get_today:
 * @today: (out caller-allocates): the day the plan is checked on
 *
 * Today, for the date rules; the tests fix it with KOERS_TODAY=YYYY-MM-DD,
 * as the calendar page's koers_calendar_today() does.
 */
void
_koers_check_get_today (GDate *today)
{
  const char *fixed = g_getenv ("KOERS_TODAY");
  g_autoptr(GDateTime) now = NULL;
  guint y, m, d;

  g_date_clear (today, 1);
  if (fixed != NULL && sscanf (fixed, "%u-%u-%u", &y, &m, &d) == 3 &&
      y >= 1 && y <= 9999 && m >= 1 && m <= 12 && g_date_valid_dmy (d, m, y))
    {
      g_date_set_dmy (today, d, m, y);
      return;
    }
  now = g_date_time_new_now_local ();
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

char *
_koers_check_format_iso (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

gboolean
_koers_check_has_text (const char *text)
{
  return has_text (text);
}

static const char *
rose_part_name (KoersRosePartKind part)
{
  switch (part)
    {
    case KOERS_ROSE_PART_LISTENING:  return C_("rose part", "Listening");
    case KOERS_ROSE_PART_RESPONDING: return C_("rose part", "Responding");
    case KOERS_ROSE_PART_SENDING:    return C_("rose part", "Sending");
    case KOERS_ROSE_PART_ACTIVATING: return C_("rose part", "Activating");
    case KOERS_ROSE_PART_ORGANISING: return C_("rose part", "Organising");
    default:                         return "";
    }
}

/* Whether a part of the rose has a score, a task that serves it or an
 * action written down. */
static gboolean
rose_part_addressed (KoersPlan *plan,
                     guint      p)
{
  KoersRosePart *part = koers_plan_get_rose_part (plan, p);
  GListModel *tasks = koers_plan_get_tasks (plan);
  guint n = g_list_model_get_n_items (tasks);

  if (koers_rose_part_get_current (part) > 0 || koers_rose_part_get_target (part) > 0 ||
      has_text (koers_rose_part_get_actions (part)))
    return TRUE;
  for (guint t = 0; t < n; t++)
    {
      g_autoptr(KoersTask) task = g_list_model_get_item (tasks, t);

      /* KoersEntryPart counts from NONE, the rose parts from Listening. */
      if ((guint) koers_task_get_rose_part (task) == p + 1)
        return TRUE;
    }
  return FALSE;
}

/* Every part of the rose addressed: one finding while none is (the rose
 * is not started), then one per part that is left. A target below where
 * a part stands: a slip of the score, most likely. */
static void
check_rose (KoersPlan *plan,
            GPtrArray *findings)
{
  gboolean addressed[KOERS_N_ROSE_PARTS];
  gboolean any = FALSE;

  for (guint p = 0; p < KOERS_N_ROSE_PARTS; p++)
    any |= addressed[p] = rose_part_addressed (plan, p);
  if (!any)
    _koers_check_add_finding (findings, KOERS_FINDING_ROSE_UNADDRESSED, KOERS_AREA_ROSE, "part/1",
                              _("No part of the communication rose is addressed yet: score where "
                                "each part stands and where it should go."));
  for (guint p = 0; any && p < KOERS_N_ROSE_PARTS; p++)
    {
      g_autofree char *location = NULL;

      if (addressed[p])
        continue;
      location = g_strdup_printf ("part/%u", p + 1);
      _koers_check_add_finding (findings, KOERS_FINDING_ROSE_UNADDRESSED, KOERS_AREA_ROSE,
                                location,
                                _("The rose part “%s” has no score, no task and no action: "
                                  "score it, or write down what you will do about it."),
                                rose_part_name (p));
    }

  for (guint p = 0; p < KOERS_N_ROSE_PARTS; p++)
    {
      KoersRosePart *part = koers_plan_get_rose_part (plan, p);
      int current = koers_rose_part_get_current (part);
      int target = koers_rose_part_get_target (part);
      g_autofree char *location = NULL;

      if (target == 0 || target >= current)
        continue;
      location = g_strdup_printf ("part/%u", p + 1);
      _koers_check_add_finding (findings, KOERS_FINDING_TARGET_BELOW_CURRENT, KOERS_AREA_ROSE,
                                location,
                                _("The target for “%s” (%d) is below its current score (%d): "
                                  "aim at least as high as where you stand."),
                                rose_part_name (koers_rose_part_get_part (part)), target, current);
    }
}

/* The hub is where every channel points to: a web address people can open. */
static gboolean
is_web_address (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0) &&
         g_uri_get_host (uri) != NULL && strchr (g_uri_get_host (uri), '.') != NULL;
}

static void
check_technology (KoersPlan *plan,
                  GPtrArray *findings)
{
  const char *hub = koers_plan_get_hub_url (plan);
  const GDate *updated = koers_plan_get_hub_updated (plan);
  GListModel *channels = koers_plan_get_channels (plan);
  guint n = g_list_model_get_n_items (channels);
  g_autofree char *stripped = g_strstrip (g_strdup (hub));
  GDate today;

  if (*stripped != '\0' && !is_web_address (stripped))
    _koers_check_add_finding (findings, KOERS_FINDING_HUB_NOT_URL, KOERS_AREA_TECHNOLOGY, "hub",
                              _("The hub “%s” is not a web address: write it in full, as in "
                                "https://www.example.nl."),
                              hub);

  if (*stripped == '\0' && count_with_text (channels, channel_name) > 0)
    _koers_check_add_finding (findings, KOERS_FINDING_NO_HUB, KOERS_AREA_TECHNOLOGY, "hub",
                              _("The plan has channels but no hub: enter the web address every "
                                "channel links to, such as your website."));

  _koers_check_get_today (&today);
  if (updated != NULL && g_date_compare (updated, &today) > 0)
    {
      g_autofree char *date = _koers_check_format_iso (updated);

      _koers_check_add_finding (findings, KOERS_FINDING_HUB_UPDATED_FUTURE, KOERS_AREA_TECHNOLOGY,
                                "hub",
                                _("The hub was last updated on %s, which is still to come: "
                                  "enter the day it was really updated."),
                                date);
    }

  /* Each name that more than one channel has, once, at its second channel.
   * The key is the name as koers_channel_same_name() compares it. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(KoersChannel) channel = g_list_model_get_item (channels, i);
        g_autofree char *name = g_strstrip (g_strdup (koers_channel_get_name (channel)));
        char *key;
        guint count;

        if (*name == '\0')
          continue;
        key = g_utf8_casefold (name, -1);
        count = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)) + 1;
        g_hash_table_replace (seen, key, GUINT_TO_POINTER (count));
        if (count == 2)
          {
            g_autofree char *location = g_strdup_printf ("channel/%s",
                                                         koers_channel_get_id (channel));

            _koers_check_add_finding (findings, KOERS_FINDING_DUPLICATE_CHANNEL,
                                      KOERS_AREA_TECHNOLOGY, location,
                                      _("The channel “%s” is in the list more than once: keep "
                                        "one, so every post and finding counts it once."),
                                      koers_channel_get_name (channel));
          }
      }
  }
}

/* An open milestone whose day has passed: done, or planned anew? */
static void
check_milestones (KoersPlan *plan,
                  GPtrArray *findings)
{
  GListModel *milestones = koers_plan_get_milestones (plan);
  guint n = g_list_model_get_n_items (milestones);
  GDate today;

  _koers_check_get_today (&today);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersMilestone) milestone = g_list_model_get_item (milestones, i);
      const GDate *date = koers_milestone_get_date (milestone);
      const char *title = koers_milestone_get_title (milestone);
      g_autofree char *day = NULL;
      g_autofree char *location = NULL;

      if (date == NULL || koers_milestone_get_done (milestone) || g_date_compare (date, &today) >= 0)
        continue;
      day = _koers_check_format_iso (date);
      location = g_strdup_printf ("milestone/%u", i + 1);
      _koers_check_add_finding (findings, KOERS_FINDING_MILESTONE_PASSED, KOERS_AREA_STRATEGY,
                                location,
                                _("Milestone “%s” was due on %s and is still open: mark it done, "
                                  "or give it a new date."),
                                has_text (title) ? title : _("(untitled)"), day);
    }
}

/* The period the calendar checks cover. */
static void
check_calendar (KoersPlan *plan,
                GPtrArray *findings)
{
  GDate first, last;

  koers_check_get_period (plan, &first, &last);
  _koers_check_calendar (plan, &first, &last, findings);
}

#define SECTIONS_POST (KOERS_PLAN_SECTION_PEOPLE | KOERS_PLAN_SECTION_OBJECTIVES | \
                       KOERS_PLAN_SECTION_STRATEGY | KOERS_PLAN_SECTION_TECHNOLOGY)

/* The checks, in the order their findings come (before the sort by area),
 * each with the sections of the plan it reads: the overview reruns a group
 * only when one of those changed, and the heavy ones (those that walk the
 * calendar) in a thread (koers-check-cache.c). A new group reads the plan
 * only through the sections it names. */
static const KoersCheckGroup groups[] = {
  { "post", SECTIONS_POST, FALSE, check_post_steps },
  { "period", KOERS_PLAN_SECTION_PLAN, FALSE, check_period },
  { "objectives", KOERS_PLAN_SECTION_OBJECTIVES, FALSE, _koers_check_objectives },
  { "preparation", KOERS_PLAN_SECTION_PREPARATION, FALSE, _koers_check_preparation },
  { "strategy", KOERS_PLAN_SECTION_STRATEGY, FALSE, check_milestones },
  { "technology", KOERS_PLAN_SECTION_TECHNOLOGY, FALSE, check_technology },
  { "rose", KOERS_PLAN_SECTION_ROSE | KOERS_PLAN_SECTION_ROLES, FALSE, check_rose },
  { "calendar", KOERS_PLAN_SECTION_PLAN | KOERS_PLAN_SECTION_TECHNOLOGY |
                KOERS_PLAN_SECTION_CALENDAR, TRUE, check_calendar },
  { "maturity", KOERS_PLAN_SECTION_MATURITY | KOERS_PLAN_SECTION_OBJECTIVES |
                KOERS_PLAN_SECTION_ROLES, FALSE, _koers_check_maturity },
  { "roles", KOERS_PLAN_SECTION_ROLES | KOERS_PLAN_SECTION_CALENDAR, TRUE, _koers_check_roles },
};

const KoersCheckGroup *
_koers_check_get_groups (guint *n_groups)
{
  *n_groups = G_N_ELEMENTS (groups);
  return groups;
}

static int
compare_area (gconstpointer a,
              gconstpointer b)
{
  const KoersFinding *fa = *(KoersFinding *const *) a;
  const KoersFinding *fb = *(KoersFinding *const *) b;

  return (int) fa->area - (int) fb->area;
}

void
_koers_check_sort (GPtrArray *findings)
{
  /* In the order of the sidebar; the sort is stable. */
  g_ptr_array_sort (findings, compare_area);
}

/**
 * koers_finding_copy:
 *
 * Returns: (transfer full): a copy of @finding
 */
KoersFinding *
koers_finding_copy (const KoersFinding *finding)
{
  KoersFinding *copy;

  g_return_val_if_fail (finding != NULL, NULL);

  copy = g_memdup2 (finding, sizeof *finding);
  copy->message = g_strdup (finding->message);
  copy->location = g_strdup (finding->location);
  return copy;
}

/**
 * koers_check_plan:
 * @plan: a plan
 *
 * Checks the whole plan: empty POST steps, the one primary objective,
 * SMART objectives, continuity per channel (a month without a post),
 * the 80/20 content mix, RACI (exactly one A and at least one R per task)
 * and capacity. It runs every check now, on this thread; the overview uses
 * koers_check_plan_async(), which reruns only what changed.
 *
 * Returns: (transfer full) (element-type KoersFinding): the findings, in
 *   the order of the plan; empty when the plan is complete
 */
GPtrArray *
koers_check_plan (KoersPlan *plan)
{
  GPtrArray *findings;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_finding_free);
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    groups[i].run (plan, findings);
  _koers_check_sort (findings);

  return findings;
}
