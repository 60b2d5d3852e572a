/* test-continuity.c: the calendar's continuity, mix and hours on plans
 * with known answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "koers-calendar-entry.h"
#include "koers-calendar-index.h"
#include "koers-calendar-series.h"
#include "koers-channel.h"
#include "koers-check-private.h"
#include "koers-continuity.h"
#include "koers-plan-io.h"
#include "koers-role.h"

static KoersPlan *
new_plan (int y1, int m1, int d1,
          int y2, int m2, int d2)
{
  KoersPlan *plan = koers_plan_new ();
  g_autoptr(GDate) first = g_date_new_dmy (d1, m1, y1);
  g_autoptr(GDate) last = g_date_new_dmy (d2, m2, y2);
  g_autoptr(KoersChannel) channel = koers_channel_new ();

  koers_plan_set_period_start (plan, first);
  koers_plan_set_period_end (plan, last);
  koers_channel_set_id (channel, "facebook");
  koers_channel_set_name (channel, "Facebook");
  koers_plan_append (plan, koers_plan_get_channels (plan), channel);
  return plan;
}

static KoersCalendarEntry *
add (KoersPlan        *plan,
     int               y,
     int               m,
     int               d,
     const char       *rrule,
     KoersContentKind  kind)
{
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autoptr(GDate) date = g_date_new_dmy (d, m, y);

  koers_calendar_entry_set_date (entry, date);
  koers_calendar_entry_set_channel (entry, "facebook");
  koers_calendar_entry_set_rrule (entry, rrule);
  koers_calendar_entry_set_kind (entry, kind);
  koers_plan_append (plan, koers_plan_get_entries (plan), entry);
  return entry;
}

static char *
iso (const GDate *date)
{
  if (!g_date_valid (date))
    return g_strdup ("-");
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* "n=N first..last gap=D (a..b) inactive=a..b,c..d" of the plan's first channel */
static char *
describe (KoersPlan *plan)
{
  GDate first, last;
  g_autoptr(GPtrArray) channels = NULL;
  KoersChannelContinuity *c;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *fp = NULL, *lp = NULL, *ga = NULL, *gb = NULL;

  koers_check_get_period (plan, &first, &last);
  channels = koers_continuity_channels (plan, &first, &last);
  g_assert_cmpuint (channels->len, ==, 1);
  c = g_ptr_array_index (channels, 0);
  fp = iso (&c->first_post);
  lp = iso (&c->last_post);
  ga = iso (&c->gap.first);
  gb = iso (&c->gap.last);
  g_string_append_printf (text, "n=%" G_GUINT64_FORMAT " %s..%s gap=%u (%s..%s) inactive=",
                          c->n_posts, fp, lp, c->longest_gap, ga, gb);
  for (guint i = 0; i < c->inactive->len; i++)
    {
      g_autofree char *a = iso (&g_array_index (c->inactive, KoersDateRange, i).first);
      g_autofree char *b = iso (&g_array_index (c->inactive, KoersDateRange, i).last);

      g_string_append_printf (text, "%s%s..%s", i > 0 ? "," : "", a, b);
    }
  g_string_append_printf (text, " (%u)", c->n_inactive_months);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_continuity(plan, expected) \
  G_STMT_START { \
    g_autofree char *got_ = describe (plan); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

static double
posts_per_week (KoersPlan *plan)
{
  GDate first, last;
  g_autoptr(GPtrArray) channels = NULL;

  koers_check_get_period (plan, &first, &last);
  channels = koers_continuity_channels (plan, &first, &last);
  return ((KoersChannelContinuity *) g_ptr_array_index (channels, 0))->posts_per_week;
}

/* Gaps over the end of a month and of a year, and to the period's end */
static void
test_gaps (void)
{
  g_autoptr(KoersPlan) year = new_plan (2027, 1, 1, 2027, 12, 31);
  g_autoptr(KoersPlan) turn = new_plan (2027, 7, 1, 2028, 6, 30);

  add (year, 2026, 12, 20, "", KOERS_CONTENT_KIND_VALUE);  /* before the period */
  add (year, 2027, 1, 30, "", KOERS_CONTENT_KIND_VALUE);
  add (year, 2027, 3, 2, "", KOERS_CONTENT_KIND_VALUE);
  add (year, 2027, 12, 31, "", KOERS_CONTENT_KIND_VALUE);
  /* 31 January to 1 March: February has none; then 3 March to 30 December */
  assert_continuity (year, "n=3 2027-01-30..2027-12-31 gap=303 (2027-03-03..2027-12-30) "
                           "inactive=2027-02-01..2027-02-28,2027-04-01..2027-11-30 (9)");

  add (turn, 2027, 12, 15, "", KOERS_CONTENT_KIND_VALUE);
  add (turn, 2028, 2, 10, "", KOERS_CONTENT_KIND_VALUE);
  /* January 2028 has none; after 10 February the rest of the period (a leap year) */
  assert_continuity (turn, "n=2 2027-12-15..2028-02-10 gap=141 (2028-02-11..2028-06-30) "
                           "inactive=2028-01-01..2028-01-31,2028-03-01..2028-06-30 (5)");
}

static void
test_leap_days (void)
{
  g_autoptr(KoersPlan) plan = new_plan (2027, 1, 1, 2032, 12, 31);
  g_autoptr(KoersPlan) monthly = new_plan (2028, 1, 1, 2028, 3, 31);
  g_autoptr(GArray) mix = NULL;
  GDate first, last;

  /* 29 February: only in leap years */
  add (plan, 2028, 2, 29, "FREQ=YEARLY", KOERS_CONTENT_KIND_PROMOTION);
  koers_check_get_period (plan, &first, &last);
  g_assert_cmpuint (koers_check_count_posts (plan, "facebook", &first, &last), ==, 2);
  mix = koers_continuity_mix (plan, &first, &last);
  g_assert_cmpuint (mix->len, ==, 72);
  g_assert_cmpuint (g_array_index (mix, KoersMonthMix, 13).n_promotion, ==, 1);  /* February 2028 */
  g_assert_cmpuint (g_array_index (mix, KoersMonthMix, 61).n_promotion, ==, 1);  /* February 2032 */
  g_assert_cmpuint (g_array_index (mix, KoersMonthMix, 25).n_promotion, ==, 0);  /* February 2029 */
  g_assert_cmpuint (g_date_get_month (&g_array_index (mix, KoersMonthMix, 13).month), ==, 2);

  /* The last day of the month, also in a leap February */
  add (monthly, 2028, 1, 31, "FREQ=MONTHLY;BYMONTHDAY=-1", KOERS_CONTENT_KIND_VALUE);
  assert_continuity (monthly, "n=3 2028-01-31..2028-03-31 gap=30 (2028-03-01..2028-03-30) "
                              "inactive= (0)");
}

/* Weekly on Monday and Thursday through 2027: 52 of each */
static void
test_posts_per_week (void)
{
  g_autoptr(KoersPlan) plan = new_plan (2027, 1, 1, 2027, 12, 31);
  g_autoptr(KoersPlan) mid = new_plan (2027, 1, 1, 2027, 12, 31);

  add (plan, 2027, 1, 4, "FREQ=WEEKLY;BYDAY=MO,TH", KOERS_CONTENT_KIND_VALUE);
  assert_continuity (plan, "n=104 2027-01-04..2027-12-30 gap=3 (2027-01-08..2027-01-10) "
                           "inactive= (0)");
  /* from the first post: 104 posts in 362 days */
  g_assert_cmpfloat_with_epsilon (posts_per_week (plan), 104 * 7 / 362.0, 1e-9);

  /* A channel that starts in July: the months before are not inactive,
   * and its rate counts from its first post */
  add (mid, 2027, 7, 5, "FREQ=WEEKLY", KOERS_CONTENT_KIND_VALUE);
  assert_continuity (mid, "n=26 2027-07-05..2027-12-27 gap=6 (2027-07-06..2027-07-11) "
                          "inactive= (0)");
  g_assert_cmpfloat_with_epsilon (posts_per_week (mid), 26 * 7 / 180.0, 1e-9);
}

/* A monthly series with a skipped month and a moved occurrence */
static void
test_series_with_exceptions (void)
{
  g_autoptr(KoersPlan) plan = new_plan (2027, 1, 1, 2027, 12, 31);
  KoersCalendarEntry *series = add (plan, 2027, 1, 15, "FREQ=MONTHLY", KOERS_CONTENT_KIND_VALUE);
  g_autoptr(GDate) march = g_date_new_dmy (15, G_DATE_MARCH, 2027);
  g_autoptr(GDate) may = g_date_new_dmy (15, G_DATE_MAY, 2027);
  g_autoptr(GDate) june = g_date_new_dmy (1, G_DATE_JUNE, 2027);
  KoersCalendarEntry *moved;
  GDate first, last;

  koers_calendar_skip_occurrence (plan, series, march);
  moved = koers_calendar_detach_occurrence (plan, series, may);
  koers_calendar_entry_set_date (moved, june);

  /* 11 posts: March skipped, May's on 1 June; 16 February to 14 April is the longest gap */
  assert_continuity (plan, "n=11 2027-01-15..2027-12-15 gap=58 (2027-02-16..2027-04-14) "
                           "inactive=2027-03-01..2027-03-31,2027-05-01..2027-05-31 (2)");
  koers_check_get_period (plan, &first, &last);
  g_assert_cmpuint (koers_check_count_posts (plan, NULL, &first, &last), ==, 11);
}

static guint
count_kind (GPtrArray        *findings,
            KoersFindingKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    n += ((KoersFinding *) g_ptr_array_index (findings, i))->kind == kind;
  return n;
}

static KoersFinding *
find_kind (GPtrArray        *findings,
           KoersFindingKind  kind)
{
  for (guint i = 0; i < findings->len; i++)
    if (((KoersFinding *) g_ptr_array_index (findings, i))->kind == kind)
      return g_ptr_array_index (findings, i);
  g_assert_not_reached ();
}

/* 80/20 per month: the period is fine, one month is not */
static void
test_month_mix (void)
{
  g_autoptr(KoersPlan) plan = new_plan (2027, 1, 1, 2027, 12, 31);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GArray) mix = NULL;
  KoersFinding *finding;
  GDate first, last;

  {
    g_autoptr(KoersChannel) channel = g_list_model_get_item (koers_plan_get_channels (plan), 0);

    koers_channel_set_posts_per_week (channel, 0);
  }
  add (plan, 2027, 1, 4, "FREQ=WEEKLY", KOERS_CONTENT_KIND_VALUE);
  add (plan, 2027, 12, 1, "", KOERS_CONTENT_KIND_PROMOTION);
  add (plan, 2027, 12, 8, "", KOERS_CONTENT_KIND_PROMOTION);

  koers_check_get_period (plan, &first, &last);
  mix = koers_continuity_mix (plan, &first, &last);
  g_assert_cmpuint (mix->len, ==, 12);
  g_assert_cmpuint (g_array_index (mix, KoersMonthMix, 11).n_value, ==, 4);
  g_assert_cmpuint (g_array_index (mix, KoersMonthMix, 11).n_promotion, ==, 2);
  g_assert_cmpuint (g_array_index (mix, KoersMonthMix, 0).n_value, ==, 4);

  findings = koers_check_plan (plan);
  g_assert_cmpuint (count_kind (findings, KOERS_FINDING_CONTENT_MIX), ==, 0);
  finding = find_kind (findings, KOERS_FINDING_MONTH_MIX);
  g_assert_cmpint (finding->severity, ==, KOERS_SEVERITY_WARNING);
  g_assert_cmpstr (finding->location, ==, "range/2027-12-01/2027-12-31");
  g_assert_cmpstr (finding->message, ==,
                   "More than 20% of the posts are promotion in 1 month: December 2027 (33%). "
                   "Spread the promotion over the year.");
}

/* A role of 2 hours a week owns posts of 1.5 hours twice a week */
static void
test_owner_hours (void)
{
  g_autoptr(KoersPlan) plan = new_plan (2027, 1, 1, 2027, 12, 31);
  g_autoptr(KoersRole) role = koers_role_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) owners = NULL;
  KoersCalendarEntry *series, *single;
  KoersOwnerHours *hours;
  KoersFinding *finding;
  GDate first, last;

  koers_role_set_id (role, "bakker");
  koers_role_set_name (role, "Bakker");
  koers_role_set_hours_per_week (role, 2);
  koers_plan_append (plan, koers_plan_get_roles (plan), role);
  series = add (plan, 2027, 1, 4, "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270131", KOERS_CONTENT_KIND_VALUE);
  koers_calendar_entry_set_owner (series, "bakker");
  koers_calendar_entry_set_hours (series, 1.5);
  single = add (plan, 2027, 1, 14, "", KOERS_CONTENT_KIND_VALUE);
  koers_calendar_entry_set_owner (single, "bakker");
  koers_calendar_entry_set_hours (single, 1.25);

  koers_check_get_period (plan, &first, &last);
  owners = koers_continuity_owner_hours (plan, &first, &last);
  g_assert_cmpuint (owners->len, ==, 1);
  hours = g_ptr_array_index (owners, 0);
  g_assert_cmpstr (hours->owner, ==, "bakker");
  g_assert_cmpfloat (hours->available, ==, 2);
  g_assert_cmpfloat (hours->total, ==, 4 * 1.5 + 1.25);
  g_assert_cmpuint (hours->weeks->len, ==, 4);
  g_assert_cmpfloat (g_array_index (hours->weeks, KoersWeekHours, 1).planned, ==, 2.75);
  g_assert_cmpuint (g_date_get_day (&g_array_index (hours->weeks, KoersWeekHours, 1).monday), ==, 11);
  g_assert_cmpfloat_with_epsilon (koers_check_planned_hours_per_week (plan, "bakker"),
                                  7.25 * 7 / 365.0, 1e-9);
  g_assert_cmpfloat (koers_check_planned_hours_per_week (plan, "niemand"), ==, 0);

  findings = koers_check_plan (plan);
  finding = find_kind (findings, KOERS_FINDING_OWNER_HOURS);
  g_assert_cmpstr (finding->location, ==, "range/2027-01-11/2027-01-17/role/bakker");
  g_assert_cmpstr (finding->message, ==,
                   "Role “Bakker” has more hours of posts planned than its 2 hours a week in "
                   "1 week; the most in the week of 11 January 2027: 2.75 hours.");

  /* The hours are kept between questions, and follow every change of an
   * entry and of the period */
  koers_calendar_entry_set_hours (single, 2.25);
  g_assert_cmpfloat_with_epsilon (koers_check_planned_hours_per_week (plan, "bakker"),
                                  8.25 * 7 / 365.0, 1e-9);
  koers_calendar_entry_set_owner (single, "");
  g_assert_cmpfloat_with_epsilon (koers_check_planned_hours_per_week (plan, "bakker"),
                                  6 * 7 / 365.0, 1e-9);
  {
    g_autoptr(GDate) end = g_date_new_dmy (31, G_DATE_JANUARY, 2027);

    koers_plan_set_period_end (plan, end);
    g_assert_cmpfloat_with_epsilon (koers_check_planned_hours_per_week (plan, "bakker"),
                                    6 * 7 / 31.0, 1e-9);
  }
}

/* The rate against the channel's aim */
static void
test_rate_finding (void)
{
  g_autoptr(KoersPlan) plan = new_plan (2027, 1, 1, 2027, 12, 31);
  g_autoptr(KoersChannel) channel = g_list_model_get_item (koers_plan_get_channels (plan), 0);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) fine = NULL;
  KoersFinding *finding;

  koers_channel_set_posts_per_week (channel, 3);
  add (plan, 2027, 1, 4, "FREQ=WEEKLY;BYDAY=MO,TH", KOERS_CONTENT_KIND_VALUE);
  findings = koers_check_plan (plan);
  finding = find_kind (findings, KOERS_FINDING_POSTING_RATE);
  g_assert_cmpint (finding->severity, ==, KOERS_SEVERITY_HINT);
  g_assert_cmpstr (finding->location, ==, "range/2027-01-04/2027-12-31/channel/facebook");
  g_assert_cmpstr (finding->message, ==,
                   "Channel “Facebook” has 2 posts a week planned, fewer than the 3 it aims for.");

  koers_channel_set_posts_per_week (channel, 2);
  fine = koers_check_plan (plan);
  g_assert_cmpuint (count_kind (fine, KOERS_FINDING_POSTING_RATE), ==, 0);
}

/* The example plan's calendar: a believable year with series and a gap */
static void
test_example (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "examples", "koers-example-nl.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_io_load (file, &error);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GArray) august = NULL;
  g_autoptr(GArray) easter = NULL;
  g_autoptr(GDate) aug1 = g_date_new_dmy (1, G_DATE_AUGUST, 2027);
  g_autoptr(GDate) aug31 = g_date_new_dmy (31, G_DATE_AUGUST, 2027);
  g_autoptr(GDate) mar29 = g_date_new_dmy (29, G_DATE_MARCH, 2027);
  g_autoptr(GDate) apr4 = g_date_new_dmy (4, G_DATE_APRIL, 2027);
  KoersCalendarIndex *index;
  guint n_bread = 0, n_promotion = 0, n_value = 0;
  gboolean gap = FALSE;
  GDate first, last;

  g_assert_no_error (error);
  index = koers_calendar_index_get_for_plan (plan);

  /* The weekly bread post skips the two weeks of the summer holiday */
  august = koers_calendar_index_query (index, aug1, aug31);
  for (guint i = 0; i < august->len; i++)
    {
      const KoersOccurrence *o = &g_array_index (august, KoersOccurrence, i);

      if (g_str_equal (koers_calendar_entry_get_id (o->entry), "brood-van-de-week"))
        {
          n_bread++;
          g_assert_cmpuint (g_date_get_day (&o->date), >=, 20);
        }
    }
  g_assert_cmpuint (n_bread, ==, 2);

  /* Good Friday's moves to Thursday */
  easter = koers_calendar_index_query (index, mar29, apr4);
  n_bread = 0;
  for (guint i = 0; i < easter->len; i++)
    {
      const KoersOccurrence *o = &g_array_index (easter, KoersOccurrence, i);

      if (g_str_has_prefix (koers_calendar_entry_get_title (o->entry), "Brood van de week"))
        {
          n_bread++;
          g_assert_cmpuint (g_date_get_day (&o->date), ==, 1);
          g_assert_cmpuint (g_date_get_day (&o->origin), ==, 2);
        }
    }
  g_assert_cmpuint (n_bread, ==, 1);

  /* Both kinds, and the check finds LinkedIn's silent August */
  koers_check_get_period (plan, &first, &last);
  koers_check_content_mix (plan, &first, &last, &n_value, &n_promotion);
  g_assert_cmpuint (n_promotion * 5, <=, n_value + n_promotion);  /* at most 20% */
  g_assert_cmpuint (n_promotion, >, 20);
  findings = koers_check_plan (plan);
  for (guint i = 0; i < findings->len; i++)
    {
      KoersFinding *finding = g_ptr_array_index (findings, i);

      if (finding->kind == KOERS_FINDING_CONTINUITY_GAP)
        {
          g_assert_cmpstr (finding->location, ==, "range/2027-08-01/2027-08-31/channel/linkedin");
          gap = TRUE;
        }
    }
  g_assert_true (gap);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/continuity/gaps", test_gaps);
  g_test_add_func ("/continuity/leap-days", test_leap_days);
  g_test_add_func ("/continuity/posts-per-week", test_posts_per_week);
  g_test_add_func ("/continuity/series-with-exceptions", test_series_with_exceptions);
  g_test_add_func ("/continuity/month-mix", test_month_mix);
  g_test_add_func ("/continuity/owner-hours", test_owner_hours);
  g_test_add_func ("/continuity/rate", test_rate_finding);
  g_test_add_func ("/continuity/example", test_example);

  return g_test_run ();
}
