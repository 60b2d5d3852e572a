/* koers-check-calendar.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content calendar's rules: continuity per channel (inactive months,
 * long gaps, posts per week against the channel's intention), the 80/20
 * mix over the period and per month, entries that name unknown channels,
 * and the planned hours per owner per week against the role's hours. The
 * figures come from koers-continuity.c.
 *
 * Locations (KoersFinding): "range/FIRST/LAST" (days, ISO dates) with
 * "/channel/ID" or "/role/ID" after it when the finding is about one.
 */
#define G_LOG_DOMAIN "koers-check"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "koers-format.h"
#include "koers-calendar-entry.h"
#include "koers-channel.h"
#include "koers-check-private.h"
#include "koers-continuity.h"
#include "koers-role.h"

#define MAX_LISTED 12
/* A month with fewer posts says little about its mix */
#define MIN_POSTS_FOR_MONTH_MIX 5
/* Posts per week below this share of the intention are reported */
#define RATE_SHARE 0.8
/* A gap longer than six weeks in a channel with a post every month */
#define LONG_GAP_DAYS KOERS_CONTINUITY_LONG_GAP_DAYS

static char *
iso (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static char *
range_location (const GDate *first,
                const GDate *last,
                const char  *what,
                const char  *id)
{
  g_autofree char *a = iso (first);
  g_autofree char *b = iso (last);

  if (what == NULL)
    return g_strdup_printf ("range/%s/%s", a, b);
  return g_strdup_printf ("range/%s/%s/%s/%s", a, b, what, id);
}

static char *
month_text (const GDate *date)
{
  return g_strdup_printf ("%s %u", koers_month_name (g_date_get_month (date)), g_date_get_year (date));
}

/* "5 March 2027" */
static char *
day_text (const GDate *date)
{
  return g_strdup_printf (C_("date", "%u %s %u"), g_date_get_day (date),
                          koers_month_name (g_date_get_month (date)), g_date_get_year (date));
}

/* Counting ---------------------------------------------------------------- */

typedef struct
{
  const char *channel;
  guint64     value;
  guint64     promotion;
} Count;

static void
count_day_cb (KoersCalendarEntry *entry,
              guint32             julian,
              gpointer            data)
{
  Count *count = data;

  if (count->channel != NULL && g_strcmp0 (koers_calendar_entry_get_channel (entry), count->channel) != 0)
    return;
  if (koers_calendar_entry_get_kind (entry) == KOERS_CONTENT_KIND_PROMOTION)
    count->promotion++;
  else
    count->value++;
}

static void
count_run_cb (KoersCalendarEntry *entry,
              guint32             first,
              guint32             last,
              guint               gap,
              guint64             n,
              gpointer            data)
{
  Count *count = data;

  if (count->channel != NULL && g_strcmp0 (koers_calendar_entry_get_channel (entry), count->channel) != 0)
    return;
  if (koers_calendar_entry_get_kind (entry) == KOERS_CONTENT_KIND_PROMOTION)
    count->promotion += n;
  else
    count->value += n;
}

static void
count_posts (KoersPlan   *plan,
             const char  *channel_id,
             const GDate *first,
             const GDate *last,
             Count       *count)
{
  count->channel = channel_id;
  count->value = count->promotion = 0;
  if (first == NULL || last == NULL || !g_date_valid (first) || !g_date_valid (last))
    {
      GDate a, b;

      koers_check_get_period (plan, &a, &b);
      _koers_continuity_walk (plan, first != NULL && g_date_valid (first) ? first : &a,
                              last != NULL && g_date_valid (last) ? last : &b,
                              count_day_cb, count_run_cb, count);
      return;
    }
  _koers_continuity_walk (plan, first, last, count_day_cb, count_run_cb, count);
}

/**
 * koers_check_count_posts:
 * @channel_id: (nullable): only the posts on this channel, or all
 *
 * Returns: the number of posts between @first and @last, the occurrences of
 *   series included (koers-continuity.h)
 */
guint
koers_check_count_posts (KoersPlan   *plan,
                         const char  *channel_id,
                         const GDate *first,
                         const GDate *last)
{
  Count count;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), 0);

  count_posts (plan, channel_id, first, last, &count);
  return (guint) MIN (count.value + count.promotion, G_MAXUINT);
}

typedef struct
{
  guint    serial;
  guint    value;
  guint    promotion;
  GDate    first;
  GDate    last;
  gboolean first_valid;
  gboolean last_valid;
} MixCache;

static gboolean
same_bound (const GDate *date,
            gboolean     cached_valid,
            const GDate *cached)
{
  gboolean valid = date != NULL && g_date_valid (date);

  return valid == cached_valid && (!valid || g_date_compare (date, cached) == 0);
}

/**
 * koers_check_content_mix:
 * @n_value: (out): posts of value (tips, stories, help)
 * @n_promotion: (out): promotional posts
 *
 * Counts the posts between @first and @last by kind, for the 80/20 rule.
 * A missing bound is the plan period's.
 */
void
koers_check_content_mix (KoersPlan   *plan,
                         const GDate *first,
                         const GDate *last,
                         guint       *n_value,
                         guint       *n_promotion)
{
  guint serial;
  MixCache *cache;
  Count count;

  g_return_if_fail (KOERS_IS_PLAN (plan));

  serial = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR);
  cache = g_object_get_data (G_OBJECT (plan), "koers-check-mix");
  /* The rose asks at every redraw; the calendar seldom changes between. */
  if (cache != NULL && cache->serial == serial &&
      same_bound (first, cache->first_valid, &cache->first) &&
      same_bound (last, cache->last_valid, &cache->last))
    {
      *n_value = cache->value;
      *n_promotion = cache->promotion;
      return;
    }

  count_posts (plan, NULL, first, last, &count);
  *n_value = (guint) MIN (count.value, G_MAXUINT);
  *n_promotion = (guint) MIN (count.promotion, G_MAXUINT);
  _koers_check_store_mix (plan, first, last, *n_value, *n_promotion);
}

void
_koers_check_store_mix (KoersPlan   *plan,
                        const GDate *first,
                        const GDate *last,
                        guint        n_value,
                        guint        n_promotion)
{
  MixCache *cache = g_object_get_data (G_OBJECT (plan), "koers-check-mix");

  if (cache == NULL)
    {
      cache = g_new0 (MixCache, 1);
      g_object_set_data_full (G_OBJECT (plan), "koers-check-mix", cache, g_free);
    }
  cache->serial = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR);
  cache->value = n_value;
  cache->promotion = n_promotion;
  cache->first_valid = first != NULL && g_date_valid (first);
  if (cache->first_valid)
    cache->first = *first;
  cache->last_valid = last != NULL && g_date_valid (last);
  if (cache->last_valid)
    cache->last = *last;
}

/* The mix counted on the main loop, a few milliseconds at a time */

#define MIX_SLICE_US 3000

typedef struct
{
  KoersContinuityWalk *walk;
  Count                count;
  GDate                first;
  GDate                last;
  guint                source;
} MixWalk;

static void
mix_walk_free (MixWalk *m)
{
  g_clear_handle_id (&m->source, g_source_remove);
  g_clear_pointer (&m->walk, _koers_continuity_walk_free);
  g_free (m);
}

static gboolean
mix_step_cb (gpointer data)
{
  GTask *task = data;
  KoersPlan *plan = g_task_get_source_object (task);
  MixWalk *m = g_task_get_task_data (task);
  gint64 until = g_get_monotonic_time () + MIX_SLICE_US;
  guint n_value, n_promotion;

  if (g_task_return_error_if_cancelled (task))
    {
      m->source = 0;
      return G_SOURCE_REMOVE;
    }
  /* The calendar changed under the walk: it starts again */
  if (m->walk != NULL && !_koers_continuity_walk_is_current (m->walk))
    g_clear_pointer (&m->walk, _koers_continuity_walk_free);
  if (m->walk == NULL)
    {
      if (koers_check_peek_content_mix (plan, &n_value, &n_promotion))
        {
          m->source = 0;
          g_task_return_boolean (task, TRUE);
          return G_SOURCE_REMOVE;
        }
      m->count = (Count) { NULL, 0, 0 };
      if (_koers_check_period_is_open (plan))
        /* The period is the entries' months: found in the same walk */
        m->walk = _koers_continuity_walk_new_open (plan, count_day_cb, count_run_cb, &m->count);
      else
        {
          koers_check_get_period (plan, &m->first, &m->last);
          m->walk = _koers_continuity_walk_new (plan, &m->first, &m->last, count_day_cb,
                                                count_run_cb, &m->count);
        }
      return G_SOURCE_CONTINUE;
    }
  if (!_koers_continuity_walk_step (m->walk, until))
    return G_SOURCE_CONTINUE;
  if (_koers_check_period_is_open (plan))
    {
      if (!_koers_continuity_walk_get_period (m->walk, &m->first, &m->last))
        {
          /* No entries: nothing to keep (the period is the current year) */
          m->source = 0;
          g_task_return_boolean (task, TRUE);
          return G_SOURCE_REMOVE;
        }
      _koers_check_store_period (plan, &m->first, &m->last);
    }

  _koers_check_store_mix (plan, &m->first, &m->last, (guint) MIN (m->count.value, G_MAXUINT),
                          (guint) MIN (m->count.promotion, G_MAXUINT));
  m->source = 0;
  g_task_return_boolean (task, TRUE);
  return G_SOURCE_REMOVE;
}

/**
 * koers_check_content_mix_async:
 * @plan: a plan
 * @cancellable: (nullable): to stop
 * @callback: called when the mix is known
 *
 * Counts the mix over the plan's period as koers_check_content_mix() does,
 * on this thread's main loop a few milliseconds at a time, and keeps it for
 * koers_check_peek_content_mix(). A change of the calendar meanwhile starts
 * the count again.
 */
void
koers_check_content_mix_async (KoersPlan           *plan,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;
  MixWalk *m;

  g_return_if_fail (KOERS_IS_PLAN (plan));

  task = g_task_new (plan, cancellable, callback, user_data);
  g_task_set_source_tag (task, koers_check_content_mix_async);
  m = g_new0 (MixWalk, 1);
  g_task_set_task_data (task, m, (GDestroyNotify) mix_walk_free);
  m->source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, mix_step_cb, task, g_object_unref);
}

/**
 * koers_check_content_mix_finish:
 *
 * Returns: %TRUE once the mix is known; %FALSE with @error when cancelled
 */
gboolean
koers_check_content_mix_finish (KoersPlan     *plan,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, plan), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * koers_check_peek_content_mix:
 * @n_value: (out): posts of value
 * @n_promotion: (out): promotional posts
 *
 * The mix over the plan's period, as the rose shows it, when it is known
 * or quick to count: a view on the main loop asks this, and on FALSE lets
 * koers_check_plan_async() count it in its thread.
 *
 * Returns: whether the counts are set
 */
gboolean
koers_check_peek_content_mix (KoersPlan *plan,
                       guint     *n_value,
                       guint     *n_promotion)
{
  MixCache *cache = g_object_get_data (G_OBJECT (plan), "koers-check-mix");
  GDate first, last;

  if (!_koers_check_peek_period (plan, &first, &last))
    return FALSE;
  if (g_list_model_get_n_items (koers_plan_get_entries (plan)) <= KOERS_CHECK_SMALL_CALENDAR ||
      (cache != NULL && cache->serial == koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR) &&
       same_bound (&first, cache->first_valid, &cache->first) &&
       same_bound (&last, cache->last_valid, &cache->last)))
    {
      koers_check_content_mix (plan, &first, &last, n_value, n_promotion);
      return TRUE;
    }
  return FALSE;
}

/* Hours ------------------------------------------------------------------- */

typedef struct
{
  guint       calendar_serial;
  guint       roles_serial;
  GDate       first;
  GDate       last;
  GHashTable *per_week;  /* owner id (owned) -> double* */
} HoursCache;

static void
hours_cache_free (HoursCache *cache)
{
  g_hash_table_unref (cache->per_week);
  g_free (cache);
}

double
koers_check_planned_hours_per_week (KoersPlan  *plan,
                                    const char *owner_id)
{
  guint calendar_serial, roles_serial;
  HoursCache *cache;
  GDate first, last;
  double *hours;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), 0);
  g_return_val_if_fail (owner_id != NULL, 0);

  /* The roles check asks for every role, twice, and each answer is a walk
   * over the whole calendar: one walk serves them all until the calendar,
   * the roles or the period change. */
  koers_check_get_period (plan, &first, &last);
  calendar_serial = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR);
  roles_serial = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_ROLES);
  cache = g_object_get_data (G_OBJECT (plan), "koers-check-hours");
  if (cache == NULL || cache->calendar_serial != calendar_serial ||
      cache->roles_serial != roles_serial || g_date_compare (&cache->first, &first) != 0 ||
      g_date_compare (&cache->last, &last) != 0)
    {
      g_autoptr(GPtrArray) owners = koers_continuity_owner_hours (plan, &first, &last);
      double days = (double) (g_date_days_between (&first, &last) + 1);

      cache = g_new0 (HoursCache, 1);
      cache->calendar_serial = calendar_serial;
      cache->roles_serial = roles_serial;
      cache->first = first;
      cache->last = last;
      cache->per_week = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint i = 0; i < owners->len; i++)
        {
          KoersOwnerHours *owner = g_ptr_array_index (owners, i);

          if (!g_hash_table_contains (cache->per_week, owner->owner))
            g_hash_table_insert (cache->per_week, g_strdup (owner->owner),
                                 g_memdup2 (&(double) { owner->total * 7.0 / days },
                                            sizeof (double)));
        }
      g_object_set_data_full (G_OBJECT (plan), "koers-check-hours", cache,
                              (GDestroyNotify) hours_cache_free);
    }
  hours = g_hash_table_lookup (cache->per_week, owner_id);
  return hours != NULL ? *hours : 0;
}

/* The rules --------------------------------------------------------------- */

static void
check_channel (KoersChannelContinuity *c,
               const GDate            *first,
               const GDate            *last,
               GPtrArray              *findings)
{
  const char *name = koers_channel_get_name (c->channel);
  const char *id = koers_channel_get_id (c->channel);

  if (c->n_posts == 0)
    {
      g_autofree char *location = range_location (first, last, "channel", id);

      _koers_check_add_finding (findings, KOERS_FINDING_NO_POSTS, KOERS_AREA_CALENDAR, location,
                                _("Channel “%s” has no posts planned: a channel without updates "
                                  "looks abandoned."),
                                name);
      return;
    }

  if (c->n_inactive_months > 0)
    {
      const KoersDateRange *run = &g_array_index (c->inactive, KoersDateRange, 0);
      g_autofree char *location = range_location (&run->first, &run->last, "channel", id);
      g_autoptr(GString) months = g_string_new (NULL);
      guint listed = 0;

      for (guint r = 0; r < c->inactive->len && listed < MAX_LISTED; r++)
        {
          const KoersDateRange *range = &g_array_index (c->inactive, KoersDateRange, r);
          GDate month = range->first;

          while (g_date_compare (&month, &range->last) <= 0 && listed < MAX_LISTED)
            {
              g_autofree char *text = month_text (&month);

              if (listed++ > 0)
                g_string_append (months, ", ");
              g_string_append (months, text);
              g_date_add_months (&month, 1);
            }
        }

      if (c->n_inactive_months > MAX_LISTED)
        _koers_check_add_finding (findings, KOERS_FINDING_CONTINUITY_GAP, KOERS_AREA_CALENDAR, location,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "Channel “%s” has no post in %s and %u more month: plan at "
                                               "least one update a month.",
                                               "Channel “%s” has no post in %s and %u more months: plan at "
                                               "least one update a month.",
                                               c->n_inactive_months - MAX_LISTED),
                                  name, months->str, c->n_inactive_months - MAX_LISTED);
      else
        _koers_check_add_finding (findings, KOERS_FINDING_CONTINUITY_GAP, KOERS_AREA_CALENDAR, location,
                                  _("Channel “%s” has no post in %s: plan at least one update a month."),
                                  name, months->str);
    }
  else if (c->longest_gap > LONG_GAP_DAYS && g_date_valid (&c->gap.first))
    {
      /* Every month has a post, and still followers wait a month */
      g_autofree char *location = range_location (&c->gap.first, &c->gap.last, "channel", id);
      g_autofree char *from = day_text (&c->gap.first);
      g_autofree char *to = day_text (&c->gap.last);

      _koers_check_add_finding (findings, KOERS_FINDING_LONG_GAP, KOERS_AREA_CALENDAR, location,
                                g_dngettext (GETTEXT_PACKAGE,
                                             "Channel “%s” has no post for %u day, from %s to %s.",
                                             "Channel “%s” has no post for %u days, from %s to %s.",
                                             c->longest_gap),
                                name, c->longest_gap, from, to);
    }

  if (c->intended_per_week > 0 && c->posts_per_week < c->intended_per_week * RATE_SHARE)
    {
      g_autofree char *location = range_location (&c->first_post, last, "channel", id);
      g_autofree char *planned = koers_format_number (c->posts_per_week, 1);
      g_autofree char *intended = koers_format_number (c->intended_per_week, 1);

      /* one decimal, unless it would show two equal numbers */
      if (g_strcmp0 (planned, intended) == 0)
        {
          g_free (planned);
          g_free (intended);
          planned = koers_format_number (c->posts_per_week, 2);
          intended = koers_format_number (c->intended_per_week, 2);
        }

      _koers_check_add_finding (findings, KOERS_FINDING_POSTING_RATE, KOERS_AREA_CALENDAR, location,
                                _("Channel “%s” has %s posts a week planned, fewer than the %s it "
                                  "aims for."),
                                name, planned, intended);
    }
}

static void
check_mix (KoersPlan   *plan,
           const GDate *first,
           const GDate *last,
           GPtrArray   *findings)
{
  g_autoptr(GArray) months = koers_continuity_mix (plan, first, last);
  g_autoptr(GString) listed = g_string_new (NULL);
  guint64 n_value = 0, n_promotion = 0;
  guint n_over = 0;
  const KoersMonthMix *first_over = NULL;
  Count count;
  double share;

  count_posts (plan, NULL, first, last, &count);
  n_value = count.value;
  n_promotion = count.promotion;
  if (n_value + n_promotion == 0)
    return;

  share = (double) n_promotion / (double) (n_value + n_promotion);
  if (share > KOERS_MAX_PROMOTION_SHARE + 1e-9)
    {
      g_autofree char *location = range_location (first, last, NULL, NULL);

      _koers_check_add_finding (findings, KOERS_FINDING_CONTENT_MIX, KOERS_AREA_CALENDAR, location,
                                _("%d%% of the planned posts are promotion; keep that at most %d%% and "
                                  "give followers value in the other posts."),
                                (int) lround (share * 100), (int) lround (KOERS_MAX_PROMOTION_SHARE * 100));
      return;  /* the months would say the same */
    }

  for (guint m = 0; m < months->len; m++)
    {
      const KoersMonthMix *mix = &g_array_index (months, KoersMonthMix, m);
      guint n = mix->n_value + mix->n_promotion;

      if (n < MIN_POSTS_FOR_MONTH_MIX ||
          (double) mix->n_promotion / n <= KOERS_MAX_PROMOTION_SHARE + 1e-9)
        continue;
      if (n_over++ == 0)
        first_over = mix;
      if (n_over <= MAX_LISTED)
        {
          g_autofree char *text = month_text (&mix->month);

          g_string_append_printf (listed, "%s%s (%d%%)", n_over > 1 ? ", " : "", text,
                                  (int) lround (100.0 * mix->n_promotion / n));
        }
    }
  if (n_over > 0)
    {
      GDate end = first_over->month;
      g_autofree char *location = NULL;

      g_date_add_months (&end, 1);
      g_date_subtract_days (&end, 1);
      location = range_location (&first_over->month, &end, NULL, NULL);
      _koers_check_add_finding (findings, KOERS_FINDING_MONTH_MIX, KOERS_AREA_CALENDAR, location,
                                g_dngettext (GETTEXT_PACKAGE,
                                             "More than %d%% of the posts are promotion in %u month: "
                                             "%s. Spread the promotion over the year.",
                                             "More than %d%% of the posts are promotion in %u months: "
                                             "%s. Spread the promotion over the year.",
                                             n_over),
                                (int) lround (KOERS_MAX_PROMOTION_SHARE * 100), n_over, listed->str);
    }
}

static void
check_hours (KoersPlan   *plan,
             const GDate *first,
             const GDate *last,
             GPtrArray   *findings)
{
  g_autoptr(GPtrArray) owners = koers_continuity_owner_hours (plan, first, last);
  GListModel *roles = koers_plan_get_roles (plan);

  for (guint i = 0; i < owners->len; i++)
    {
      KoersOwnerHours *hours = g_ptr_array_index (owners, i);
      const KoersWeekHours *worst = NULL;
      g_autoptr(KoersRole) role = NULL;
      guint n_over = 0;

      for (guint r = 0; r < g_list_model_get_n_items (roles) && role == NULL; r++)
        {
          g_autoptr(KoersRole) candidate = g_list_model_get_item (roles, r);

          if (g_str_equal (koers_role_get_id (candidate), hours->owner))
            role = g_steal_pointer (&candidate);
        }
      if (role == NULL)
        continue;  /* reported as an unknown owner */

      for (guint w = 0; w < hours->weeks->len; w++)
        {
          const KoersWeekHours *week = &g_array_index (hours->weeks, KoersWeekHours, w);

          if (week->planned <= hours->available + 1e-9)
            continue;
          n_over++;
          if (worst == NULL || week->planned > worst->planned)
            worst = week;
        }
      if (n_over > 0)
        {
          GDate sunday = worst->monday;
          g_autofree char *location = NULL;
          g_autofree char *monday = day_text (&worst->monday);
          g_autofree char *planned = koers_format_number (worst->planned, 2);
          g_autofree char *available = koers_format_number (hours->available, 2);

          g_date_add_days (&sunday, 6);
          location = range_location (&worst->monday, &sunday, "role", hours->owner);
          _koers_check_add_finding (findings, KOERS_FINDING_OWNER_HOURS, KOERS_AREA_CALENDAR, location,
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "Role “%s” has more hours of posts planned than its %s "
                                                 "hours a week in %u week; the most in the week of %s: "
                                                 "%s hours.",
                                                 "Role “%s” has more hours of posts planned than its %s "
                                                 "hours a week in %u weeks; the most in the week of %s: "
                                                 "%s hours.",
                                                 n_over),
                                    koers_role_get_name (role), available, n_over, monday, planned);
        }
    }
}

static void
check_unknown_channels (KoersPlan *plan,
                        GPtrArray *findings)
{
  GListModel *channels = koers_plan_get_channels (plan);
  GListModel *entries = koers_plan_get_entries (plan);
  guint n_entries = g_list_model_get_n_items (entries);
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) reported = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint c = 0; c < g_list_model_get_n_items (channels); c++)
    {
      g_autoptr(KoersChannel) channel = g_list_model_get_item (channels, c);

      g_hash_table_add (known, (gpointer) koers_channel_get_id (channel));
    }

  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, i);
      const char *channel = koers_calendar_entry_get_channel (entry);

      if (*channel == '\0' || g_hash_table_contains (known, channel) ||
          !g_hash_table_add (reported, (gpointer) channel))
        continue;
      _koers_check_add_finding (findings, KOERS_FINDING_UNKNOWN_CHANNEL, KOERS_AREA_CALENDAR, NULL,
                                _("Calendar entries name the channel “%s”, which is not in the "
                                  "channel list."),
                                channel);
    }
}

/**
 * _koers_check_calendar:
 * @plan: a plan
 * @first: the period's first day
 * @last: its last day
 * @findings: where the findings go
 *
 * The calendar's findings, in this order: per active channel (in the order
 * of the list) no posts, inactive months or a long gap, and too few posts
 * a week; unknown channels; the mix over the period, or else the months
 * over 20% promotion; owners with more hours than their role has.
 */
void
_koers_check_calendar (KoersPlan   *plan,
                       const GDate *first,
                       const GDate *last,
                       GPtrArray   *findings)
{
  g_autoptr(GPtrArray) channels = NULL;

  if (g_date_compare (first, last) > 0)
    return;

  channels = koers_continuity_channels (plan, first, last);
  for (guint c = 0; c < channels->len; c++)
    {
      KoersChannelContinuity *continuity = g_ptr_array_index (channels, c);

      if (koers_channel_get_active (continuity->channel))
        check_channel (continuity, first, last, findings);
    }
  check_unknown_channels (plan, findings);
  check_mix (plan, first, last, findings);
  check_hours (plan, first, last, findings);
}
