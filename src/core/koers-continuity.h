/* koers-continuity.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Continuity of the content calendar, computed once for the check, the
 * overview and the calendar page: per channel its posts, its longest gap
 * and its inactive months (fewer than one post), posts per week against
 * the channel's intention; the value/promotion mix per month; the planned
 * hours per owner per week. Plain functions over the model.
 *
 * Every function takes a period [@first, @last] (both included; see
 * koers_check_get_period()) and counts the occurrences in it: single
 * entries, overrides on their own day, series with their skipped days and
 * overridden days left out. A series is expanded over the period only and
 * at most KOERS_CONTINUITY_SAMPLE times; a series that goes on beyond and
 * posted in every month of its sample is taken to go on doing so up to its
 * end (a period of thousands of years stays quick).
 */
#pragma once

#include <gio/gio.h>

#include "koers-channel.h"
#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_CONTINUITY_SAMPLE 1200

/* A gap longer than six weeks, in a channel with a post every month, is
 * worth a finding (koers-check-calendar.c) and a mark on the printed
 * calendar (koers-calendar-render.c). */
#define KOERS_CONTINUITY_LONG_GAP_DAYS 42

typedef struct
{
  GDate first;  /* the first day */
  GDate last;   /* the last day, included */
} KoersDateRange;

typedef struct
{
  KoersChannel *channel;          /* borrowed */
  guint64       n_posts;          /* occurrences in the period */
  GDate         first_post;       /* invalid when there are none */
  GDate         last_post;
  /* The longest run of days without a post, from the channel's first post
   * in the period on: between two posts, or after the last one up to the
   * period's end. The days before the first post are not a gap: the
   * channel starts with it. 0 (and invalid dates) with fewer than two
   * posts and no days after the last one. */
  guint         longest_gap;
  KoersDateRange gap;             /* its first and last day without a post */
  /* The calendar months without a post, from the month of the first post
   * to the period's last month, as runs of whole months (first day of the
   * first month to last day of the last), in order; a month the period
   * covers only in part counts too. Empty when the channel has no posts. */
  GArray       *inactive;         /* element-type KoersDateRange */
  guint         n_inactive_months;
  /* Posts per week from the first post (or the period's start when there
   * is none) to the period's end, and the channel's posts-per-week */
  double        posts_per_week;
  double        intended_per_week;
} KoersChannelContinuity;

typedef struct
{
  GDate month;        /* its first day */
  guint n_value;
  guint n_promotion;
} KoersMonthMix;

typedef struct
{
  GDate  monday;      /* the week's Monday (ISO weeks) */
  double planned;     /* hours of the owner's occurrences that week */
} KoersWeekHours;

typedef struct
{
  char   *owner;      /* a role id */
  double  available;  /* the role's hours per week; 0 when the role is not in the plan */
  double  total;      /* the hours of all its occurrences in the period */
  GArray *weeks;      /* element-type KoersWeekHours: the weeks with hours, in order */
} KoersOwnerHours;

/* element-type KoersChannelContinuity, one per channel in the order of the
 * channel list (active or not); transfer full, frees its elements */
GPtrArray *koers_continuity_channels     (KoersPlan   *plan,
                                          const GDate *first,
                                          const GDate *last);
/* element-type KoersMonthMix, one per calendar month of the period (also
 * the months without posts), in order; transfer full */
GArray    *koers_continuity_mix          (KoersPlan   *plan,
                                          const GDate *first,
                                          const GDate *last);
/* element-type KoersOwnerHours, one per owner with planned hours, in the
 * order of the roles list, then owners that are no role; transfer full */
GPtrArray *koers_continuity_owner_hours  (KoersPlan   *plan,
                                          const GDate *first,
                                          const GDate *last);

G_END_DECLS
