/* koers-calendar-render.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content calendar on paper: one month per page, for every month the
 * range touches. A grid of weeks from Monday with their ISO numbers; in
 * each day its entries as the screen's chips show them: the status as a
 * mark of its own shape, the time, the channel's short name (its colour
 * only adds a swatch) and the title, cut to the cell; "+N more" when a day
 * has more than fit. Days of the neighbouring months are greyed, days
 * outside the range or the plan's period finely hatched, and the days a
 * channel is silent (its longest gap, a month without posts) carry a
 * hatched strip with its short name. A legend explains it all in words,
 * so that it reads on a black-and-white printer too.
 */
#define G_LOG_DOMAIN "koers-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "koers-calendar-render.h"

#include "koers-calendar-entry.h"
#include "koers-calendar-index.h"
#include "koers-check.h"
#include "koers-continuity.h"
#include "koers-render-util.h"

/* Sizes on an A4 landscape page within the margins; a larger sheet
 * scales them (A3 on the wall reads from further away). */
#define BASE_WIDTH  770.0
#define BASE_HEIGHT 523.0
#define TITLE_H     46.0
#define DAYHEAD_H   16.0
#define WEEK_W      22.0
#define DAYNUM_H    14.0
#define LINE_H      10.0
#define ENTRY_SIZE  7.2
#define GAP_H       11.0
#define MAX_LANES   3
#define LEGEND_GAP  8.0
#define LEGEND_LINE 13.0
/* A day shows a title's start: a longer one (up to a megabyte, from a
 * file of someone else) is cut before pango lays it out */
#define MAX_TITLE_CHARS 200
#define MAX_NAME_CHARS  80

/* Marks as on the screen's chips (koers-calendar-util.c): the status
 * differs by shape. */
static const char *status_marks[] = { "○", "◔", "◕", "✓" };
static const char *status_labels[] = { N_("Idea"), N_("Planned"), N_("Ready"), N_("Published") };

static const char *weekdays[] = {
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};
static const char *weekdays_short[] = {
  NC_("weekday abbreviation", "Mon"), NC_("weekday abbreviation", "Tue"),
  NC_("weekday abbreviation", "Wed"), NC_("weekday abbreviation", "Thu"),
  NC_("weekday abbreviation", "Fri"), NC_("weekday abbreviation", "Sat"),
  NC_("weekday abbreviation", "Sun"),
};

typedef struct
{
  GDate  from;         /* the range printed */
  GDate  to;
  GDate  month;        /* the first day of this page's month */
  GDate  month_last;
  GDate  grid_first;   /* the Monday on or before it */
  guint  n_weeks;
  guint  n_pages;
  double s;            /* scale */
  double grid_x;       /* the top left of the first day cell */
  double grid_y;
  double cell_w;
  double cell_h;
  double legend_h;
} Layout;

static guint
month_index (const GDate *date)
{
  return g_date_get_year (date) * 12 + (g_date_get_month (date) - 1);
}

static double
get_scale (double width,
           double height)
{
  return CLAMP (MIN (width / BASE_WIDTH, height / BASE_HEIGHT), 0.5, 3.0);
}

static guint
count_months (KoersPlan                *plan,
              const KoersRenderOptions *opts,
              GDate                    *from,
              GDate                    *to)
{
  koers_render_options_get_range (opts, plan, from, to);
  return MIN (month_index (to) - month_index (from) + 1, KOERS_CALENDAR_RENDER_MAX_MONTHS);
}

/**
 * koers_calendar_render_n_pages:
 *
 * Returns: the pages of the calendar: one per month the range of @opts
 *   (koers_render_options_get_range()) touches, at most
 *   %KOERS_CALENDAR_RENDER_MAX_MONTHS
 */
guint
koers_calendar_render_n_pages (KoersPlan                *plan,
                               const KoersRenderOptions *opts,
                               double                    width,
                               double                    height)
{
  GDate from, to;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), 1);
  g_return_val_if_fail (opts != NULL, 1);

  return count_months (plan, opts, &from, &to);
}

/* "LinkedIn" -> "LI", "YouTube" -> "YT", "Facebook" -> "FA": the capitals
 * when a name has two, else its first two letters. */
/**
 * koers_calendar_render_dup_short_name:
 * @channel: (nullable): a channel
 *
 * Returns: (transfer full): the short name of @channel on the calendar, on
 *   screen and on paper: the two capitals of "LinkedIn" (LI) or
 *   "YouTube" (YT), else its first two letters, upper case ("FA"); "–"
 *   for no channel
 */
char *
koers_calendar_render_dup_short_name (KoersChannel *channel)
{
  const char *name = channel != NULL ? koers_channel_get_name (channel) : NULL;
  GString *caps;
  guint n_caps = 0;

  if (name == NULL || *name == '\0')
    return g_strdup ("–");
  caps = g_string_new (NULL);
  for (const char *p = name; *p != '\0' && n_caps < 2; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isupper (c))
        {
          g_string_append_unichar (caps, c);
          n_caps++;
        }
    }
  if (n_caps < 2)
    {
      g_autofree char *start = NULL;
      const char *end = name;

      for (guint i = 0; i < 2 && *end != '\0'; i = i + 1)
        end = g_utf8_next_char (end);
      start = g_strndup (name, end - name);
      g_string_free (caps, TRUE);
      return g_utf8_strup (start, -1);
    }
  return g_string_free (caps, FALSE);
}

static double
legend_height (KoersPlan *plan,
               double     width,
               double     s);

/* At most @max_chars characters of @text (valid UTF-8, as the plan's
 * strings are), with "…" when it is cut */
static char *
dup_cut (const char *text,
         guint       max_chars)
{
  const char *end;
  GString *cut;
  guint n;

  if (text == NULL)
    return g_strdup ("");
  end = text;
  for (n = 0; n < max_chars && *end != '\0'; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);
  cut = g_string_new_len (text, end - text);
  g_string_append (cut, "…");
  return g_string_free (cut, FALSE);
}

static void
layout_init (Layout                   *layout,
             KoersPlan                *plan,
             const KoersRenderOptions *opts,
             guint                     page,
             double                    width,
             double                    height)
{
  double s = get_scale (width, height);
  guint first_index, weekday;

  memset (layout, 0, sizeof *layout);
  layout->n_pages = count_months (plan, opts, &layout->from, &layout->to);
  page = MIN (page, layout->n_pages - 1);
  first_index = month_index (&layout->from) + page;

  g_date_clear (&layout->month, 1);
  g_date_set_dmy (&layout->month, 1, first_index % 12 + 1, first_index / 12);
  layout->month_last = layout->month;
  g_date_set_day (&layout->month_last,
                  g_date_get_days_in_month (g_date_get_month (&layout->month),
                                            g_date_get_year (&layout->month)));
  layout->grid_first = layout->month;
  weekday = g_date_get_weekday (&layout->month) - G_DATE_MONDAY;
  /* the first Monday of year 1 is its 1st of January: no day before it */
  if (g_date_get_julian (&layout->grid_first) > weekday)
    g_date_subtract_days (&layout->grid_first, weekday);
  layout->n_weeks = (g_date_get_julian (&layout->month_last)
                     - g_date_get_julian (&layout->grid_first)) / 7 + 1;

  layout->s = s;
  layout->legend_h = legend_height (plan, width, s);
  layout->grid_x = WEEK_W * s;
  layout->grid_y = (TITLE_H + DAYHEAD_H) * s;
  layout->cell_w = MAX (1.0, (width - layout->grid_x) / 7);
  layout->cell_h = MAX (1.0, (height - layout->grid_y - layout->legend_h - LEGEND_GAP * s)
                             / layout->n_weeks);
}

static gboolean
in_range (const GDate *date,
          const GDate *first,
          const GDate *last)
{
  return g_date_compare (date, first) >= 0 && g_date_compare (date, last) <= 0;
}

/* Whether @date is in the plan's period; an open end is no limit. */
static gboolean
in_period (KoersPlan   *plan,
           const GDate *date)
{
  const GDate *start = koers_plan_get_period_start (plan);
  const GDate *end = koers_plan_get_period_end (plan);

  if (start != NULL && g_date_valid (start) && g_date_compare (date, start) < 0)
    return FALSE;
  if (end != NULL && g_date_valid (end) && g_date_compare (date, end) > 0)
    return FALSE;
  return TRUE;
}

/* "#c061cb" or "#36e"; FALSE for anything else */
static gboolean
parse_colour (const char *text,
              KoersRgb   *rgb)
{
  guint v[6];
  gsize n;

  if (text == NULL || text[0] != '#')
    return FALSE;
  n = strlen (text + 1);
  if (n != 3 && n != 6)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      int d = g_ascii_xdigit_value (text[1 + i]);

      if (d < 0)
        return FALSE;
      v[i] = d;
    }
  if (n == 3)
    {
      rgb->r = v[0] * 17 / 255.0;
      rgb->g = v[1] * 17 / 255.0;
      rgb->b = v[2] * 17 / 255.0;
    }
  else
    {
      rgb->r = (v[0] * 16 + v[1]) / 255.0;
      rgb->g = (v[2] * 16 + v[3]) / 255.0;
      rgb->b = (v[4] * 16 + v[5]) / 255.0;
    }
  return TRUE;
}

/* The channel's colour in @style: its own, else the palette's by its
 * place; in grey a grey by its place; black in black and white. */
static void
set_channel_source (cairo_t          *cr,
                    KoersPlan        *plan,
                    KoersChannel     *channel,
                    KoersRenderStyle  style)
{
  GListModel *channels = koers_plan_get_channels (plan);
  guint place = 0;
  KoersRgb rgb;

  if (style == KOERS_RENDER_STYLE_BW)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      return;
    }
  for (guint i = 0, n = g_list_model_get_n_items (channels); channel != NULL && i < n; i++)
    {
      g_autoptr(KoersChannel) item = g_list_model_get_item (channels, i);

      if (item == channel)
        {
          place = i;
          break;
        }
    }
  if (channel == NULL)
    {
      double grey = style == KOERS_RENDER_STYLE_COLOUR ? 0.6 : 0.5;

      cairo_set_source_rgb (cr, grey, grey, grey);
    }
  else if (style == KOERS_RENDER_STYLE_GREY)
    {
      double grey = koers_render_greys[place % KOERS_RENDER_N_COLOURS];

      cairo_set_source_rgb (cr, grey, grey, grey);
    }
  else if (parse_colour (koers_channel_get_colour (channel), &rgb))
    koers_render_set_rgb (cr, &rgb, 1);
  else
    koers_render_set_rgb (cr, &koers_render_colours[place % KOERS_RENDER_N_COLOURS], 1);
}

/* Diagonal lines in the current source over @w x @h, @step apart. */
static void
hatch (cairo_t *cr,
       double   x,
       double   y,
       double   w,
       double   h,
       double   step,
       double   line_width)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  cairo_set_line_width (cr, line_width);
  for (double d = -h; d < w; d += step)
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The fine hatch of a day outside the range or the plan's period. */
static void
hatch_outside (cairo_t          *cr,
               KoersRenderStyle  style,
               double            x,
               double            y,
               double            w,
               double            h,
               double            s)
{
  if (style == KOERS_RENDER_STYLE_BW)
    cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  else
    cairo_set_source_rgb (cr, 0.78, 0.78, 0.78);
  hatch (cr, x, y, w, h, 5 * s, 0.5 * s);
}

/* The strip of a silent channel: its colour (or black), hatched. */
static void
hatch_gap (cairo_t          *cr,
           KoersPlan        *plan,
           KoersChannel     *channel,
           KoersRenderStyle  style,
           double            x,
           double            y,
           double            w,
           double            h,
           double            s)
{
  set_channel_source (cr, plan, channel, style);
  hatch (cr, x, y, w, h, 2.5 * s, 0.9 * s);
  cairo_set_line_width (cr, 0.6 * s);
  cairo_rectangle (cr, x, y, w, h);
  cairo_stroke (cr);
}

static void
swatch (cairo_t          *cr,
        KoersPlan        *plan,
        KoersChannel     *channel,
        KoersRenderStyle  style,
        double            x,
        double            y,
        double            size)
{
  /* black and white: the letters say it, a black square would not */
  if (style == KOERS_RENDER_STYLE_BW)
    return;
  set_channel_source (cr, plan, channel, style);
  cairo_rectangle (cr, x, y, size * 0.6, size);
  cairo_fill (cr);
}

/* The legend: the channels, the status marks, the gap and the days outside.
 * With @cr NULL only measures. Returns the height. */
static double
draw_legend (cairo_t          *cr,
             KoersPlan        *plan,
             KoersRenderStyle  style,
             double            y0,
             double            width,
             double            s)
{
  GListModel *channels = koers_plan_get_channels (plan);
  double size = 8 * s, x = 0, y = y0, line = LEGEND_LINE * s;
  guint n = g_list_model_get_n_items (channels);

#define NEXT_ITEM(w) G_STMT_START {                         \
    if (x > 0 && x + (w) > width)                           \
      {                                                     \
        x = 0;                                              \
        y += line;                                          \
      }                                                     \
  } G_STMT_END

  /* the channels: swatch, short name, name */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersChannel) channel = g_list_model_get_item (channels, i);
      g_autofree char *short_name = koers_calendar_render_dup_short_name (channel);
      g_autofree char *name = dup_cut (koers_channel_get_name (channel), MAX_NAME_CHARS);
      double sw = style == KOERS_RENDER_STYLE_BW ? 0 : size * 0.6 + 3 * s;
      double lw = koers_render_measure_text (short_name, size, TRUE) + 3 * s;
      double nw = koers_render_measure_text (name, size, FALSE);

      NEXT_ITEM (sw + lw + nw);
      if (cr != NULL)
        {
          swatch (cr, plan, channel, style, x, y + 1 * s, size);
          koers_render_set_ink (cr, style);
          koers_render_text (cr, short_name, size, TRUE, x + sw, y, 0, NULL);
          koers_render_text (cr, name, size, FALSE, x + sw + lw, y, 0, NULL);
        }
      x += sw + lw + nw + 14 * s;
    }

  /* the status marks, on a line of their own */
  if (n > 0)
    {
      x = 0;
      y += line;
    }
  for (guint i = 0; i < G_N_ELEMENTS (status_marks); i++)
    {
      const char *label = _(status_labels[i]);
      double mw = koers_render_measure_text (status_marks[i], size, FALSE) + 3 * s;
      double lw = koers_render_measure_text (label, size, FALSE);

      NEXT_ITEM (mw + lw);
      if (cr != NULL)
        {
          koers_render_set_ink (cr, style);
          koers_render_text (cr, status_marks[i], size, FALSE, x, y, 0, NULL);
          koers_render_text (cr, label, size, FALSE, x + mw, y, 0, NULL);
        }
      x += mw + lw + 14 * s;
    }

  /* the gap strip and the days outside */
  {
    const char *gap = _("A strip with a channel’s letters: no posts on that channel (a month "
                          "without a post, or its longest gap)");
    const char *outside = _("Outside the plan’s period or the months printed");
    double bw = 18 * s, gw = koers_render_measure_text (gap, size, FALSE);
    double ow = koers_render_measure_text (outside, size, FALSE);

    NEXT_ITEM (bw + 3 * s + gw);
    if (cr != NULL)
      {
        hatch_gap (cr, plan, NULL, style, x, y + 1 * s, bw, size, s);
        koers_render_set_ink (cr, style);
        koers_render_text (cr, gap, size, FALSE, x + bw + 3 * s, y, 0, NULL);
      }
    x += bw + 3 * s + gw + 14 * s;
    NEXT_ITEM (bw + 3 * s + ow);
    if (cr != NULL)
      {
        hatch_outside (cr, style, x, y, bw, size + 2 * s, s);
        koers_render_set_guide (cr, style);
        cairo_set_line_width (cr, 0.6 * s);
        cairo_rectangle (cr, x, y, bw, size + 2 * s);
        cairo_stroke (cr);
        koers_render_set_ink (cr, style);
        koers_render_text (cr, outside, size, FALSE, x + bw + 3 * s, y, 0, NULL);
      }
  }
#undef NEXT_ITEM

  return y + line - y0;
}

static double
legend_height (KoersPlan *plan,
               double     width,
               double     s)
{
  return draw_legend (NULL, plan, KOERS_RENDER_STYLE_COLOUR, 0, width, s);
}

/* The days each active channel is silent, as the plan check sees them
 * (over its period): its months without a post, and its longest gap when
 * that is longer than the check lets pass. */
typedef struct
{
  KoersChannel *channel;  /* borrowed from the plan */
  GArray       *ranges;   /* element-type KoersDateRange */
} Silence;

static void
silence_clear (gpointer data)
{
  Silence *silence = data;

  g_array_unref (silence->ranges);
}

static GArray *
collect_silences (KoersPlan *plan)
{
  GArray *silences = g_array_new (FALSE, FALSE, sizeof (Silence));
  g_autoptr(GPtrArray) channels = NULL;
  GDate first, last;

  g_array_set_clear_func (silences, silence_clear);
  koers_check_get_period (plan, &first, &last);
  if (!g_date_valid (&first) || !g_date_valid (&last) || g_date_compare (&first, &last) > 0)
    return silences;
  channels = koers_continuity_channels (plan, &first, &last);
  for (guint c = 0; c < channels->len; c++)
    {
      KoersChannelContinuity *continuity = g_ptr_array_index (channels, c);
      Silence silence;

      if (!koers_channel_get_active (continuity->channel))
        continue;
      silence.channel = continuity->channel;
      silence.ranges = g_array_new (FALSE, FALSE, sizeof (KoersDateRange));
      if (continuity->longest_gap > KOERS_CONTINUITY_LONG_GAP_DAYS &&
          g_date_valid (&continuity->gap.first) &&
          g_date_valid (&continuity->gap.last))
        g_array_append_val (silence.ranges, continuity->gap);
      if (continuity->inactive != NULL)
        g_array_append_vals (silence.ranges, continuity->inactive->data,
                             continuity->inactive->len);
      if (silence.ranges->len > 0)
        g_array_append_val (silences, silence);
      else
        g_array_unref (silence.ranges);
    }
  return silences;
}

static gboolean
is_silent (const Silence *silence,
           const GDate   *date)
{
  for (guint i = 0; i < silence->ranges->len; i++)
    {
      const KoersDateRange *range = &g_array_index (silence->ranges, KoersDateRange, i);

      if (in_range (date, &range->first, &range->last))
        return TRUE;
    }
  return FALSE;
}

static gboolean
layout_get_cell (const Layout *layout,
                 const GDate  *date,
                 double       *x,
                 double       *y)
{
  guint julian = g_date_get_julian (date), first = g_date_get_julian (&layout->grid_first);
  guint offset;

  if (julian < first || julian >= first + layout->n_weeks * 7)
    return FALSE;
  offset = julian - first;
  *x = layout->grid_x + (offset % 7) * layout->cell_w;
  *y = layout->grid_y + (offset / 7) * layout->cell_h;
  return TRUE;
}

/* One entry in @n_lines lines at most: swatch, then the mark, the time,
 * the short name in bold and the title, wrapped and cut with "…".
 * Returns the lines it took. */
static guint
draw_entry (cairo_t                  *cr,
            KoersPlan                *plan,
            const KoersRenderOptions *opts,
            const KoersOccurrence    *occurrence,
            double                    x,
            double                    y,
            double                    w,
            guint                     n_lines,
            double                    s)
{
  KoersCalendarEntry *entry = occurrence->entry;
  const char *channel_id = koers_calendar_entry_get_channel (entry);
  KoersChannel *channel = channel_id != NULL ? koers_plan_find_channel (plan, channel_id) : NULL;
  KoersEntryStatus status = koers_calendar_entry_get_status (entry);
  g_autofree char *short_name = koers_calendar_render_dup_short_name (channel);
  g_autofree char *markup = NULL;
  g_autofree char *title = NULL;
  double size = ENTRY_SIZE * s, cx = x;
  char time_text[8] = "";
  PangoLayout *layout;
  PangoFontDescription *desc;
  cairo_font_options_t *fo;
  guint used;

  title = dup_cut (koers_calendar_entry_get_title (entry), MAX_TITLE_CHARS);
  if (*title == '\0')
    {
      g_free (title);
      title = g_strdup (_("Untitled"));
    }
  if (occurrence->time >= 0 && occurrence->time < 24 * 60)
    g_snprintf (time_text, sizeof time_text, "%02d:%02d ",
                occurrence->time / 60, occurrence->time % 60);
  markup = g_markup_printf_escaped ("%s %s<b>%s</b> %s",
                                    (guint) status < G_N_ELEMENTS (status_marks)
                                      ? status_marks[status] : "?",
                                    time_text, short_name, title);

  swatch (cr, plan, channel, opts->style, cx, y + 1 * s, size);
  if (opts->style != KOERS_RENDER_STYLE_BW)
    cx += size * 0.6 + 2 * s;
  if (x + w - cx < 4 * s)
    return 1;

  layout = pango_cairo_create_layout (cr);
  fo = cairo_font_options_create ();
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), fo);
  pango_layout_context_changed (layout);
  desc = pango_font_description_from_string ("Sans");
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_width (layout, (int) ((x + w - cx) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, (int) ((n_lines * LINE_H - 1) * s * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_spacing (layout, (int) ((LINE_H * s - size * 1.17) * PANGO_SCALE));

  koers_render_set_ink (cr, opts->style);
  cairo_move_to (cr, cx, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  used = CLAMP ((guint) pango_layout_get_line_count (layout), 1, n_lines);

  pango_font_description_free (desc);
  cairo_font_options_destroy (fo);
  g_object_unref (layout);
  return used;
}

static char *
dup_month_title (const GDate *month)
{
  const char *name = koers_month_name (g_date_get_month (month));
  gunichar first = g_utf8_get_char (name);
  char head[8] = { 0 };

  /* a heading: "Maart 2027", though Dutch writes "maart" in a sentence */
  g_unichar_to_utf8 (g_unichar_totitle (first), head);
  return g_strdup_printf ("%s%s %u", head, g_utf8_next_char (name), g_date_get_year (month));
}

/**
 * koers_calendar_render_page:
 * @page: which month, from 0: the first month of the range is page 0
 *
 * Draws one month of the content calendar in @width x @height.
 */
void
koers_calendar_render_page (cairo_t                  *cr,
                            KoersPlan                *plan,
                            const KoersRenderOptions *opts,
                            guint                     page,
                            double                    width,
                            double                    height)
{
  Layout layout;
  double s;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *page_line = NULL;
  g_autofree char *date_line = NULL;
  g_autoptr(GArray) occurrences = NULL;
  g_autoptr(GArray) silences = NULL;
  const char *org;
  GDate first, last;
  guint next = 0;
  gboolean short_days;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (KOERS_IS_PLAN (plan));
  g_return_if_fail (opts != NULL);

  layout_init (&layout, plan, opts, page, width, height);
  page = MIN (page, layout.n_pages - 1);
  s = layout.s;

  cairo_save (cr);

  /* The header: the month, what it is and whose, the page and the date */
  title = dup_month_title (&layout.month);
  koers_render_set_ink (cr, opts->style);
  koers_render_text_full (cr, title, 20 * s, TRUE, 0, 0, 0, width * 0.6, 26 * s, NULL);
  org = koers_plan_get_organisation (plan);
  if (org == NULL || *org == '\0')
    org = koers_plan_get_title (plan);
  if (org != NULL && *org != '\0')
    {
      g_autofree char *cut = dup_cut (org, MAX_NAME_CHARS);

      subtitle = g_strdup_printf (_("%s – %s"), _("Content calendar"), cut);
    }
  else
    subtitle = g_strdup (_("Content calendar"));
  koers_render_text_full (cr, subtitle, 10 * s, FALSE, 0, 27 * s, 0, width * 0.7, 14 * s, NULL);
  /* Translators: the page line of the printed calendar, one month per page */
  page_line = g_strdup_printf (_("page %u of %u"), page + 1, layout.n_pages);
  koers_render_text (cr, page_line, 9 * s, FALSE, width, 4 * s, 1, NULL);
  date_line = koers_render_dup_date (opts->date);
  koers_render_text (cr, date_line, 8 * s, FALSE, width, 18 * s, 1, NULL);

  /* The weekdays, in full where they fit */
  short_days = layout.cell_w < 62 * s;
  koers_render_text (cr, C_("week number", "Wk"), 7.5 * s, TRUE, layout.grid_x / 2,
                     TITLE_H * s + 3 * s, 0.5, NULL);
  for (guint d = 0; d < 7; d++)
    koers_render_text (cr, short_days ? g_dpgettext2 (GETTEXT_PACKAGE, "weekday abbreviation",
                                                      weekdays_short[d])
                                      : g_dpgettext2 (GETTEXT_PACKAGE, "weekday", weekdays[d]),
                       8.5 * s, TRUE, layout.grid_x + d * layout.cell_w + 3 * s,
                       TITLE_H * s + 2 * s, 0, NULL);

  /* The days of the month in the range: the only ones with entries */
  first = layout.month;
  last = layout.month_last;
  if (g_date_compare (&first, &layout.from) < 0)
    first = layout.from;
  if (g_date_compare (&last, &layout.to) > 0)
    last = layout.to;
  if (g_date_compare (&first, &last) <= 0)
    occurrences = koers_calendar_index_query (koers_calendar_index_get_for_plan (plan),
                                              &first, &last);
  else
    occurrences = g_array_new (FALSE, FALSE, sizeof (KoersOccurrence));
  silences = collect_silences (plan);

  for (guint w = 0; w < layout.n_weeks; w++)
    {
      double ry = layout.grid_y + w * layout.cell_h;
      guint lanes[MAX_LANES], n_lanes = 0;
      GDate day = layout.grid_first;
      char week[8];

      g_date_add_days (&day, w * 7);
      g_snprintf (week, sizeof week, "%u", g_date_get_iso8601_week_of_year (&day));
      koers_render_set_ink (cr, opts->style);
      koers_render_text (cr, week, 7.5 * s, FALSE, layout.grid_x / 2, ry + 3 * s, 0.5, NULL);

      /* which silent channels have a day in this week of the month */
      for (guint c = 0; c < silences->len && n_lanes < MAX_LANES; c++)
        {
          gboolean any = FALSE;

          for (guint d = 0; d < 7 && !any; d++)
            {
              GDate date = day;

              g_date_add_days (&date, d);
              any = in_range (&date, &layout.month, &layout.month_last) &&
                    is_silent (&g_array_index (silences, Silence, c), &date);
            }
          if (any)
            lanes[n_lanes++] = c;
        }

      for (guint d = 0; d < 7; d++)
        {
          GDate date = day;
          double cx = layout.grid_x + d * layout.cell_w;
          gboolean in_month, shown;
          guint n_lines, n_here = 0, first_here, per_entry;
          char number[4];

          g_date_add_days (&date, d);
          in_month = in_range (&date, &layout.month, &layout.month_last);
          shown = in_month && in_range (&date, &layout.from, &layout.to);

          if (!in_month)
            {
              if (opts->style != KOERS_RENDER_STYLE_BW)
                {
                  cairo_set_source_rgb (cr, 0.94, 0.94, 0.94);
                  cairo_rectangle (cr, cx, ry, layout.cell_w, layout.cell_h);
                  cairo_fill (cr);
                }
            }
          else if (!shown || !in_period (plan, &date))
            hatch_outside (cr, opts->style, cx, ry, layout.cell_w, layout.cell_h, s);

          g_snprintf (number, sizeof number, "%u", g_date_get_day (&date));
          if (in_month)
            koers_render_set_ink (cr, opts->style);
          else
            cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
          koers_render_text (cr, number, 9 * s, in_month, cx + 3 * s, ry + 2 * s, 0, NULL);

          /* the gap strips at the bottom, one lane per silent channel */
          for (guint l = 0; l < n_lanes && in_month; l++)
            {
              Silence *silence = &g_array_index (silences, Silence, lanes[l]);
              double ly = ry + layout.cell_h - (n_lanes - l) * GAP_H * s;
              GDate before = date;

              if (!is_silent (silence, &date))
                continue;
              hatch_gap (cr, plan, silence->channel, opts->style, cx + 1 * s, ly + 1 * s,
                         layout.cell_w - 2 * s, GAP_H * s - 2 * s, s);
              /* the name at the start of each run, and on Mondays */
              g_date_subtract_days (&before, 1);
              if (d == 0 || g_date_get_day (&date) == 1 || !is_silent (silence, &before))
                {
                  g_autofree char *short_name =
                    koers_calendar_render_dup_short_name (silence->channel);
                  double tw = koers_render_measure_text (short_name, 7 * s, TRUE);

                  /* the letters on white, framed, so that they read on the hatching */
                  cairo_rectangle (cr, cx + 4 * s, ly + 1.5 * s, tw + 5 * s, GAP_H * s - 3 * s);
                  cairo_set_source_rgb (cr, 1, 1, 1);
                  cairo_fill_preserve (cr);
                  koers_render_set_ink (cr, opts->style);
                  cairo_set_line_width (cr, 0.5 * s);
                  cairo_stroke (cr);
                  koers_render_text (cr, short_name, 7 * s, TRUE, cx + 6.5 * s, ly + 1.5 * s,
                                     0, NULL);
                }
            }

          /* the entries of the day, "+N more" when they do not all fit */
          first_here = next;
          while (next < occurrences->len &&
                 g_date_compare (&g_array_index (occurrences, KoersOccurrence, next).date,
                                 &date) <= 0)
            {
              if (g_date_compare (&g_array_index (occurrences, KoersOccurrence, next).date,
                                  &date) == 0)
                n_here++;
              else
                first_here++;
              next++;
            }
          if (!shown || n_here == 0)
            continue;
          n_lines = (guint) MAX (0.0, floor ((layout.cell_h - DAYNUM_H * s - n_lanes * GAP_H * s)
                                             / (LINE_H * s)));
          /* each as many lines as they share fairly, up to three; on a
           * full day one each, and the last line says how many more */
          per_entry = n_here <= n_lines ? CLAMP (n_lines / n_here, 1, 3) : 1;
          for (guint i = 0, line = 0; i < n_here && line < n_lines; i++)
            {
              double ly = ry + DAYNUM_H * s + line * LINE_H * s;

              if (line == n_lines - 1 && n_here - i > 1)
                {
                  guint more = n_here - i;
                  /* Translators: on a printed day too full to show all its entries */
                  g_autofree char *text = g_strdup_printf (ngettext ("+%u more", "+%u more", more),
                                                           more);

                  koers_render_set_ink (cr, opts->style);
                  koers_render_text (cr, text, ENTRY_SIZE * s, TRUE, cx + 3 * s, ly, 0, NULL);
                  break;
                }
              line += draw_entry (cr, plan, opts,
                                  &g_array_index (occurrences, KoersOccurrence, first_here + i),
                                  cx + 2 * s, ly, layout.cell_w - 4 * s,
                                  MIN (per_entry, n_lines - line), s);
            }
        }
    }

  /* The grid lines over it all */
  koers_render_set_guide (cr, opts->style);
  cairo_set_line_width (cr, 0.6 * s);
  for (guint w = 0; w <= layout.n_weeks; w++)
    {
      cairo_move_to (cr, 0, layout.grid_y + w * layout.cell_h);
      cairo_line_to (cr, layout.grid_x + 7 * layout.cell_w, layout.grid_y + w * layout.cell_h);
    }
  for (guint d = 0; d <= 7; d++)
    {
      cairo_move_to (cr, layout.grid_x + d * layout.cell_w, TITLE_H * s);
      cairo_line_to (cr, layout.grid_x + d * layout.cell_w,
                     layout.grid_y + layout.n_weeks * layout.cell_h);
    }
  cairo_stroke (cr);
  koers_render_set_ink (cr, opts->style);
  cairo_set_line_width (cr, 1.0 * s);
  cairo_rectangle (cr, layout.grid_x, TITLE_H * s, 7 * layout.cell_w,
                   DAYHEAD_H * s + layout.n_weeks * layout.cell_h);
  cairo_stroke (cr);

  draw_legend (cr, plan, opts->style,
               layout.grid_y + layout.n_weeks * layout.cell_h + LEGEND_GAP * s, width, s);

  cairo_restore (cr);
}

/**
 * koers_calendar_render_get_day_rect:
 * @page: the page, as for koers_calendar_render_page()
 * @date: a day
 * @rect: (out): its cell on the page, in the page's units
 *
 * Returns: whether @date has a cell on @page (its month, or the greyed
 *   days of the weeks around it)
 */
gboolean
koers_calendar_render_get_day_rect (KoersPlan                *plan,
                                    const KoersRenderOptions *opts,
                                    guint                     page,
                                    double                    width,
                                    double                    height,
                                    const GDate              *date,
                                    cairo_rectangle_t        *rect)
{
  Layout layout;
  double x, y;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (opts != NULL, FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  layout_init (&layout, plan, opts, page, width, height);
  if (!layout_get_cell (&layout, date, &x, &y))
    return FALSE;
  *rect = (cairo_rectangle_t) { x, y, layout.cell_w, layout.cell_h };
  return TRUE;
}
