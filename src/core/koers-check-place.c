/* koers-check-place.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a finding is, in words: its location within its area
 * ("task/ID", "range/2027-08-01/2027-08-31/channel/ID", ...; koers-check.h)
 * as the name of the task, role or channel, a phase, a date or a month,
 * for the printed report and the overview, which cannot jump there.
 */
#define G_LOG_DOMAIN "koers-check-place"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "koers-check-place.h"
#include "koers-channel.h"
#include "koers-checklist-item.h"
#include "koers-format.h"
#include "koers-labels.h"
#include "koers-maturity-phase.h"
#include "koers-milestone.h"
#include "koers-objective.h"
#include "koers-role.h"
#include "koers-task.h"

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* "2027-03-01", the whole of the part: nothing after it */
static gboolean
parse_iso (const char *text,
           GDate      *date)
{
  guint year, month, day;
  int end = 0;

  if (sscanf (text, "%4u-%2u-%2u%n", &year, &month, &day, &end) != 3 || end != 10 ||
      text[end] != '\0' || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* "1 March 2027 – 31 May 2027", or "August 2027" for one whole month */
static char *
format_range (const GDate *first,
              const GDate *last)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (g_date_compare (first, last) == 0)
    return koers_format_date (first);
  if (g_date_get_day (first) == 1 && g_date_is_last_of_month (last) &&
      g_date_get_month (first) == g_date_get_month (last) &&
      g_date_get_year (first) == g_date_get_year (last))
    /* as the calendar's findings name a month */
    return g_strdup_printf ("%s %u", koers_month_name (g_date_get_month (first)),
                            g_date_get_year (first));
  a = koers_format_date (first);
  b = koers_format_date (last);
  /* Translators: from one date to another: "1 March 2027 – 31 May 2027" */
  return g_strdup_printf (C_("date range", "%s – %s"), a, b);
}

static char *
dup_item_name (GListModel *list,
               const char *id,
               const char *(*get_id) (gpointer),
               const char *(*get_name) (gpointer))
{
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (get_id (item), id) == 0)
        {
          const char *name = get_name (item);

          return g_strdup (has_text (name) ? name : _("(untitled)"));
        }
    }
  return NULL;
}

static char *
dup_task_name (KoersPlan  *plan,
               const char *id)
{
  return dup_item_name (koers_plan_get_tasks (plan), id,
                        (const char *(*) (gpointer)) koers_task_get_id,
                        (const char *(*) (gpointer)) koers_task_get_name);
}

static char *
dup_role_name (KoersPlan  *plan,
               const char *id)
{
  return dup_item_name (koers_plan_get_roles (plan), id,
                        (const char *(*) (gpointer)) koers_role_get_id,
                        (const char *(*) (gpointer)) koers_role_get_name);
}

static char *
dup_channel_name (KoersPlan  *plan,
                  const char *id)
{
  return dup_item_name (koers_plan_get_channels (plan), id,
                        (const char *(*) (gpointer)) koers_channel_get_id,
                        (const char *(*) (gpointer)) koers_channel_get_name);
}

/* The n-th (from 1) item's title; "" when it has none, NULL when there is
 * no such item */
static char *
dup_nth_title (GListModel  *list,
               guint        n,
               const char *(*get_title) (gpointer))
{
  g_autoptr(GObject) item = NULL;

  if (n == 0 || n > g_list_model_get_n_items (list))
    return NULL;
  item = g_list_model_get_item (list, n - 1);
  return g_strdup (has_text (get_title (item)) ? get_title (item) : "");
}

static char *
dup_range_place (KoersPlan  *plan,
                 char      **parts)
{
  g_autofree char *range = NULL;
  g_autofree char *who = NULL;
  GDate first, last;

  /* range FROM TO [channel|role ID] */
  if (g_strv_length (parts) < 3 || !parse_iso (parts[1], &first) ||
      !parse_iso (parts[2], &last) || g_date_compare (&first, &last) > 0)
    return NULL;
  range = format_range (&first, &last);
  if (parts[3] != NULL && parts[4] != NULL)
    {
      if (strcmp (parts[3], "channel") == 0)
        who = dup_channel_name (plan, parts[4]);
      else if (strcmp (parts[3], "role") == 0)
        who = dup_role_name (plan, parts[4]);
    }
  if (who == NULL)
    return g_steal_pointer (&range);
  /* Translators: who or what, and when: "LinkedIn, August 2027" */
  return g_strdup_printf (_("%s, %s"), who, range);
}

static char *
dup_rose_part (const char *nick)
{
  static const char *nicks[] = { "listening", "responding", "sending", "activating", "organising" };

  for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
    if (g_strcmp0 (nick, nicks[i]) == 0)
      return g_strdup (koers_labels_rose_part (i));
  return NULL;
}

static char *
dup_phase_place (KoersPlan  *plan,
                 char      **parts)
{
  guint64 phase, criterion;

  /* phase N [criterion M], both from 0 (koers-check-maturity.c) */
  if (parts[1] == NULL || !g_ascii_string_to_unsigned (parts[1], 10, 0, KOERS_N_PHASES - 1,
                                                        &phase, NULL))
    return NULL;
  if (parts[2] != NULL && strcmp (parts[2], "criterion") == 0 && parts[3] != NULL &&
      g_ascii_string_to_unsigned (parts[3], 10, 0, G_MAXUINT - 1, &criterion, NULL))
    /* Translators: a criterion of a maturity phase: "Phase 2, criterion 3" */
    return g_strdup_printf (_("Phase %u, criterion %u"), (guint) phase + 1,
                            (guint) criterion + 1);
  /* Translators: a maturity phase: "Phase 2, Presence" */
  return g_strdup_printf (_("Phase %u, %s"), (guint) phase + 1,
                          koers_phase_get_name ((KoersPhase) phase));
}

/**
 * koers_check_dup_place:
 * @plan: the plan @finding is about
 * @finding: a finding of koers_check_plan()
 *
 * Says where @finding is, briefly, for a reader who cannot go there: the
 * task's, role's or channel's name, the objective's or milestone's title,
 * the tip's number, the rose part, the phase (and criterion), a date or a
 * period ("LinkedIn, August 2027"). A location Koers does not know, or a
 * name no longer in @plan, gives %NULL.
 *
 * Returns: (transfer full) (nullable): the place, translated
 */
char *
koers_check_dup_place (KoersPlan          *plan,
                       const KoersFinding *finding)
{
  g_auto(GStrv) parts = NULL;
  const char *kind;
  guint64 n;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (finding != NULL, NULL);

  if (!has_text (finding->location))
    return NULL;
  parts = g_strsplit (finding->location, "/", 6);
  kind = parts[0];
  if (parts[1] == NULL)
    return NULL;

  if (strcmp (kind, "task") == 0)
    return dup_task_name (plan, parts[1]);
  if (strcmp (kind, "role") == 0)
    return dup_role_name (plan, parts[1]);
  if (strcmp (kind, "channel") == 0)
    return dup_channel_name (plan, parts[1]);
  if (strcmp (kind, "rose") == 0)
    return dup_rose_part (parts[1]);
  if (strcmp (kind, "range") == 0)
    return dup_range_place (plan, parts);
  if (strcmp (kind, "phase") == 0)
    return dup_phase_place (plan, parts);
  if (strcmp (kind, "date") == 0)
    {
      GDate date;

      return parse_iso (parts[1], &date) ? koers_format_date (&date) : NULL;
    }

  /* the rest count from 1 */
  if (!g_ascii_string_to_unsigned (parts[1], 10, 1, G_MAXUINT, &n, NULL))
    {
      if (strcmp (kind, "tip") == 0)
        {
          GListModel *tips = koers_plan_get_tips (plan);

          for (guint i = 0; i < g_list_model_get_n_items (tips); i++)
            {
              g_autoptr(KoersChecklistItem) tip = g_list_model_get_item (tips, i);

              if (g_strcmp0 (koers_checklist_item_get_key (tip), parts[1]) == 0)
                /* Translators: one of the seven preparation tips */
                return g_strdup_printf (_("Tip %u"), i + 1);
            }
        }
      return NULL;
    }
  if (strcmp (kind, "objective") == 0)
    {
      g_autofree char *title = dup_nth_title (koers_plan_get_objectives (plan), n,
                                              (const char *(*) (gpointer)) koers_objective_get_title);

      if (title == NULL || *title != '\0')
        return g_steal_pointer (&title);
      /* Translators: an objective without a title; %u is its number */
      return g_strdup_printf (_("Objective %u"), (guint) n);
    }
  if (strcmp (kind, "milestone") == 0)
    {
      g_autofree char *title = dup_nth_title (koers_plan_get_milestones (plan), n,
                                              (const char *(*) (gpointer)) koers_milestone_get_title);

      if (title == NULL || *title != '\0')
        return g_steal_pointer (&title);
      /* Translators: a milestone without a title; %u is its number */
      return g_strdup_printf (_("Milestone %u"), (guint) n);
    }
  if (strcmp (kind, "part") == 0 && n <= KOERS_N_ROSE_PARTS)
    return g_strdup (koers_labels_rose_part ((guint) n - 1));
  return NULL;
}
