/* koers-report-render.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan report (planrapport): one document with a cover, a table of
 * contents, the POST sections, preparation and road map, the rose, the
 * maturity phases, the RACI matrix, the calendar of a period and the
 * findings of the plan check, with a header and a "page N of M" footer on
 * every page but the cover.
 *
 * The document is laid out once per plan (its serials), options and page
 * size into pages of boxes: runs of lines of one pango layout, table rows,
 * diagrams. n_pages() and draw_page() read that one layout, so they agree
 * and drawing page N does not lay out the document again. A paragraph
 * flows over pages by its lines; a table row never splits and a table goes
 * on with its header again; a heading waits for what follows it and moves
 * to the next page with it when they do not fit together (at least two
 * lines of a paragraph, the header and first row of a table, a diagram).
 */
#define G_LOG_DOMAIN "koers-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "koers-report-render.h"
#include "koers-report-render-private.h"

#include "koers-assessment.h"
#include "koers-calendar-entry.h"
#include "koers-calendar-index.h"
#include "koers-channel.h"
#include "koers-check.h"
#include "koers-check-place.h"
#include "koers-checklist-item.h"
#include "koers-enum-types.h"
#include "koers-format.h"
#include "koers-goal.h"
#include "koers-labels.h"
#include "koers-maturity-phase.h"
#include "koers-maturity-render.h"
#include "koers-milestone.h"
#include "koers-network-use.h"
#include "koers-objective.h"
#include "koers-render-util.h"
#include "koers-role.h"
#include "koers-roles-render.h"
#include "koers-rose-part.h"
#include "koers-rose-render.h"
#include "koers-strategy.h"
#include "koers-target-group.h"
#include "koers-tool.h"

/* Sizes in points (user units) */
#define FS_BODY    9.5
#define FS_SMALL   8.0
#define FS_H1      17.0
#define FS_H2      12.0
#define FS_H3      10.0
#define HEADER_H   30.0 /* the header band above the body */
#define FOOTER_H   26.0 /* the footer band below it */
#define CELL_PAD   3.0
#define PARA_GAP   5.0
#define H1_AFTER   6.0
#define H2_BEFORE  10.0
#define H3_BEFORE  6.0
#define TABLE_GAP  8.0

/* The longest text the report sets in one paragraph or one table cell, in
 * bytes; beyond it the text ends in "…". Pango breaks a very long word in
 * time that grows with the square of its length, and a cell cannot be
 * longer than a page anyway. */
#define MAX_PARAGRAPH 20000
#define MAX_CELL      3000

/* The labels of the plan's vocabularies, as the pages show them */
static const char *adoption_labels[] = {
  N_("Not known yet"), N_("Discovering social media"), N_("Uses social media"),
  N_("Active on social media"), N_("Leads the way"),
};
static const char *activity_labels[] = {
  N_("Not there"), N_("Reads along"), N_("Reacts and shares"), N_("Creates content"),
};
static const char *strategy_labels[] = {
  N_("Gain insights by listening"), N_("Be present and take part (community)"),
  N_("Generate website traffic with content"), N_("Service and support (webcare)"),
  N_("Internal communication in closed groups"), N_("A strategy of our own"),
};
static const char *tool_labels[] = {
  N_("Monitoring"), N_("Scheduling"), N_("CRM"), N_("Analytics"), N_("Design"), N_("Other"),
};
static const char *status_labels[] = { N_("To do"), N_("In progress"), N_("Done") };
static const char *entry_status_labels[] = {
  N_("Idea"), N_("Planned"), N_("Ready"), N_("Published"),
};
static const char *kind_labels[] = { N_("Value"), N_("Promotion") };
static const char *tip_labels[KOERS_N_TIPS] = {
  N_("Take stock of your resources"), N_("Build a home base"), N_("Inform your colleagues"),
  N_("Claim your account names"), N_("Choose your tools"),
  N_("Build it into tasks and processes"), N_("Secure knowledge and experience"),
};
static const char *do_labels[KOERS_N_DOS] = {
  N_("Set goals"), N_("Organise"), N_("Motivate"), N_("Develop"), N_("Communicate"),
  N_("Evaluate"),
};

static const char *
label (const char **table,
       guint        n,
       guint        value)
{
  return value < n ? _(table[value]) : "";
}
#define LABEL(table, value) label (table, G_N_ELEMENTS (table), (guint) (value))

/* The layout ---------------------------------------------------------------- */

typedef enum
{
  BOX_LINES,   /* lines of a layout: a heading or part of a paragraph */
  BOX_ROW,     /* a table row */
  BOX_DIAGRAM, /* a diagram drawn by its renderer */
} BoxKind;

typedef enum
{
  DIAGRAM_ROSE,
  DIAGRAM_MATURITY,
  DIAGRAM_ROLES,
} Diagram;

typedef struct
{
  BoxKind      kind;
  double       y;          /* top on the page */
  double       h;
  double       gap;        /* space above it, unless it starts a page */
  double       x;          /* left edge */
  double       w;

  /* BOX_LINES */
  PangoLayout *layout;
  int          first_line;
  int          n_lines;
  double       top;        /* the first line's top within the layout */
  gboolean     muted;
  gboolean     heading;

  /* BOX_ROW: a layout per cell; n_cells + 1 column edges */
  GPtrArray   *cells;
  double      *edges;
  gboolean     header;
  gboolean     ruled;

  /* BOX_DIAGRAM */
  Diagram      diagram;
  guint        diagram_page;
  double       scale;
} Box;

typedef struct
{
  GPtrArray *boxes;
  char      *section;
} Page;

typedef struct
{
  char  *title;
  guint  page;
} TocEntry;

typedef struct
{
  /* the page and its body */
  double            width;
  double            height;
  double            left;
  double            top;
  double            body_w;
  double            bottom;
  KoersRenderStyle  style;
  PangoContext     *context;

  GPtrArray        *pages;   /* Page */
  GArray           *toc;     /* TocEntry */
  char             *plan_title;
  char             *organisation;
  char             *author;
  char             *period;
  char             *date;

  /* while laying out */
  double            y;
  GPtrArray        *pending; /* Box: headings waiting for what follows */
  const char       *section;
  GStrv             table_header;
  double           *table_columns;
  guint             table_n;
  guint             table_align_last;
  guint             table_header_page;
} Report;

static void
box_free (Box *box)
{
  g_clear_object (&box->layout);
  g_clear_pointer (&box->cells, g_ptr_array_unref);
  g_free (box->edges);
  g_free (box);
}

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->boxes);
  g_free (page->section);
  g_free (page);
}

static void
toc_entry_clear (TocEntry *entry)
{
  g_free (entry->title);
}

static void
report_free (Report *r)
{
  if (r == NULL)
    return;
  g_clear_object (&r->context);
  g_ptr_array_unref (r->pages);
  g_array_unref (r->toc);
  g_ptr_array_unref (r->pending);
  g_free (r->plan_title);
  g_free (r->organisation);
  g_free (r->author);
  g_free (r->period);
  g_free (r->date);
  g_strfreev (r->table_header);
  g_free (r->table_columns);
  g_free (r);
}

static void new_page (Report *r);

/* A report with @r's page width and fonts and a page without end, to
 * measure a block in */
static Report *
report_new_scratch (Report *r)
{
  Report *scratch = g_new0 (Report, 1);

  scratch->width = r->width;
  scratch->height = G_MAXINT;
  scratch->left = r->left;
  scratch->top = r->top;
  scratch->body_w = r->body_w;
  scratch->bottom = G_MAXINT;
  scratch->style = r->style;
  scratch->context = g_object_ref (r->context);
  scratch->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  scratch->toc = g_array_new (FALSE, TRUE, sizeof (TocEntry));
  g_array_set_clear_func (scratch->toc, (GDestroyNotify) toc_entry_clear);
  scratch->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) box_free);
  new_page (scratch);
  return scratch;
}

static Page *
current_page (Report *r)
{
  return g_ptr_array_index (r->pages, r->pages->len - 1);
}

static void
new_page (Report *r)
{
  Page *page = g_new0 (Page, 1);

  page->boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) box_free);
  page->section = g_strdup (r->section);
  g_ptr_array_add (r->pages, page);
  r->y = r->top;
}

static gboolean
page_is_fresh (Report *r)
{
  return current_page (r)->boxes->len == 0;
}

static double
box_gap (Report    *r,
         const Box *box)
{
  return page_is_fresh (r) ? 0 : box->gap;
}

static void
place (Report *r,
       Box    *box)
{
  box->y = r->y + box_gap (r, box);
  r->y = box->y + box->h;
  g_ptr_array_add (current_page (r)->boxes, box);
}

/* Places the pending headings, on a new page when they and @need points
 * of what follows them do not fit on this one. */
static void
flush_pending (Report *r,
               double  need)
{
  double total = need;

  if (r->pending->len == 0)
    return;
  for (guint i = 0; i < r->pending->len; i++)
    {
      Box *box = g_ptr_array_index (r->pending, i);

      total += (i == 0 ? box_gap (r, box) : box->gap) + box->h;
    }
  if (r->y + total > r->bottom && !page_is_fresh (r))
    new_page (r);
  for (guint i = 0; i < r->pending->len; i++)
    place (r, g_ptr_array_index (r->pending, i));
  g_ptr_array_set_free_func (r->pending, NULL);
  g_ptr_array_set_size (r->pending, 0);
  g_ptr_array_set_free_func (r->pending, (GDestroyNotify) box_free);
}

/* Makes room for @need points: a new page when they do not fit. */
static void
ensure (Report *r,
        double  need,
        double  gap)
{
  if (r->y + (page_is_fresh (r) ? 0 : gap) + need > r->bottom && !page_is_fresh (r))
    new_page (r);
}

static char *
concat_ellipsis (const char *text,
                      const char *end)
{
  GString *out = g_string_new_len (text, end - text);

  g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* @text, or its first @max bytes (whole characters) and "…" */
static char *
clip_text (const char *text,
           gsize       max)
{
  const char *end;

  if (text == NULL)
    return g_strdup ("");
  if (strlen (text) <= max)
    return g_strdup (text);
  end = g_utf8_find_prev_char (text, text + max + 1);
  if (end == NULL)
    end = text;
  return concat_ellipsis (text, end);
}

static PangoLayout *
make_layout (Report     *r,
             const char *text,
             gboolean    markup,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_layout_new (r->context);
  PangoFontDescription *desc = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (MAX (width, 10.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (markup)
    pango_layout_set_markup (layout, text, -1); /* made of clipped parts */
  else
    {
      g_autofree char *clipped = clip_text (text, MAX_PARAGRAPH);

      pango_layout_set_text (layout, clipped, -1);
    }
  pango_font_description_free (desc);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

static Box *
box_new (BoxKind kind)
{
  Box *box = g_new0 (Box, 1);

  box->kind = kind;
  box->scale = 1;
  return box;
}

/* A heading waits in r->pending for what follows it. */
static void
heading (Report     *r,
         const char *text,
         double      size,
         double      gap)
{
  Box *box = box_new (BOX_LINES);
  g_autofree char *clipped = clip_text (text, MAX_CELL);

  box->layout = make_layout (r, clipped, FALSE, size, TRUE, r->body_w);
  box->n_lines = pango_layout_get_line_count (box->layout);
  box->heading = TRUE;
  box->h = layout_height (box->layout) + (size >= FS_H1 ? H1_AFTER : 2);
  box->gap = gap;
  box->x = r->left;
  box->w = r->body_w;
  g_ptr_array_add (r->pending, box);
}

static void
section (Report     *r,
         const char *title,
         gboolean    with_heading)
{
  TocEntry entry;

  /* a heading the last section left waiting goes with it */
  flush_pending (r, 0);
  /* every section starts on a page of its own */
  r->section = title;
  if (!page_is_fresh (r) || r->pages->len <= 2)
    new_page (r);
  else
    {
      g_free (current_page (r)->section);
      current_page (r)->section = g_strdup (title);
    }
  entry.title = g_strdup (title);
  entry.page = r->pages->len - 1;
  g_array_append_val (r->toc, entry);
  if (with_heading)
    heading (r, title, FS_H1, 0);
}

/* A paragraph of @text (pango markup when @markup), flowing over pages by
 * its lines. */
static void
paragraph_full (Report     *r,
                const char *text,
                gboolean    markup,
                double      size,
                double      indent,
                gboolean    muted)
{
  PangoLayout *layout;
  PangoLayoutIter *iter;
  g_autoptr(GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  int n, i = 0;

  if (text == NULL || *text == '\0')
    return;

  layout = make_layout (r, text, markup, size, FALSE, r->body_w - indent);
  iter = pango_layout_get_iter (layout);
  do
    {
      int y0, y1;
      double t, b;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      t = y0 / (double) PANGO_SCALE;
      b = y1 / (double) PANGO_SCALE;
      g_array_append_val (tops, t);
      g_array_append_val (bottoms, b);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  n = tops->len;

  while (i < n)
    {
      int count = 0;
      double avail;
      Box *box;

      if (r->pending->len > 0)
        {
          int keep = MIN (n, i + 2) - 1;

          flush_pending (r, g_array_index (bottoms, double, keep)
                            - g_array_index (tops, double, i) + PARA_GAP);
        }
      else if (i == 0)
        ensure (r, g_array_index (bottoms, double, MIN (n, 2) - 1), PARA_GAP);

      avail = r->bottom - r->y - (page_is_fresh (r) || i > 0 ? 0 : PARA_GAP);
      while (i + count < n
             && g_array_index (bottoms, double, i + count) - g_array_index (tops, double, i)
                <= avail)
        count++;
      if (count == 0)
        {
          if (!page_is_fresh (r))
            {
              new_page (r);
              continue;
            }
          count = 1; /* a line taller than the page: it is cut, but we go on */
        }

      box = box_new (BOX_LINES);
      box->layout = g_object_ref (layout);
      box->first_line = i;
      box->n_lines = count;
      box->top = g_array_index (tops, double, i);
      box->h = g_array_index (bottoms, double, i + count - 1) - box->top;
      box->gap = i == 0 ? PARA_GAP : 0;
      box->x = r->left + indent;
      box->w = r->body_w - indent;
      box->muted = muted;
      place (r, box);
      i += count;
      if (i < n)
        new_page (r);
    }
  g_object_unref (layout);
}

static void
paragraph (Report     *r,
           const char *text)
{
  paragraph_full (r, text, FALSE, FS_BODY, 0, FALSE);
}

/* "Label: value", the label in bold; nothing when @value is empty. */
static void
field (Report     *r,
       const char *name,
       const char *value)
{
  g_autofree char *markup = NULL;
  g_autofree char *clipped = NULL;

  if (value == NULL || *value == '\0')
    return;
  clipped = clip_text (value, MAX_PARAGRAPH);
  /* Translators: a field of the plan report, "Ideal customer: …"; the
   * <b></b> is the name in bold */
  markup = g_markup_printf_escaped (_("<b>%s:</b> %s"), name, clipped);
  paragraph_full (r, markup, TRUE, FS_BODY, 0, FALSE);
}

/* Tables: @n columns over the body, with widths in @fractions (summing
 * to 1); the header row repeats on every page the table reaches. */
static void
table_begin (Report        *r,
             guint          n,
             const double  *fractions,
             const char   **header)
{
  double x = r->left;

  g_strfreev (r->table_header);
  g_free (r->table_columns);
  r->table_n = n;
  r->table_columns = g_new (double, n + 1);
  for (guint i = 0; i < n; i++)
    {
      r->table_columns[i] = x;
      x += fractions[i] * r->body_w;
    }
  r->table_columns[n] = r->left + r->body_w;
  r->table_header = header != NULL ? g_strdupv ((char **) header) : NULL;
  r->table_header_page = G_MAXUINT;
  r->table_align_last = FALSE;
}

static Box *
make_row (Report             *r,
          const char *const  *cells,
          gboolean            header)
{
  Box *box = box_new (BOX_ROW);
  double h = 0;
  double max_h = r->bottom - r->top - 60;

  box->cells = g_ptr_array_new_with_free_func (g_object_unref);
  box->edges = g_memdup2 (r->table_columns, (r->table_n + 1) * sizeof (double));
  box->header = header;
  box->ruled = TRUE;
  box->x = r->left;
  box->w = r->body_w;
  for (guint i = 0; i < r->table_n; i++)
    {
      double cw = box->edges[i + 1] - box->edges[i] - 2 * CELL_PAD;
      g_autofree char *text = clip_text (cells[i], MAX_CELL);
      PangoLayout *layout = make_layout (r, text, FALSE, header ? FS_SMALL : FS_BODY - 0.5,
                                         header, cw);

      if (r->table_align_last && i == r->table_n - 1)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      /* a row never splits: a cell taller than a page is cut short */
      if (layout_height (layout) > max_h)
        {
          pango_layout_set_height (layout, (int) (max_h * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
      h = MAX (h, layout_height (layout));
      g_ptr_array_add (box->cells, layout);
    }
  box->h = h + 2 * CELL_PAD;
  return box;
}

static void
place_header (Report *r)
{
  if (r->table_header == NULL)
    return;
  place (r, make_row (r, (const char *const *) r->table_header, TRUE));
  r->table_header_page = r->pages->len - 1;
}

static void
table_row (Report             *r,
           const char *const  *cells)
{
  Box *row = make_row (r, cells, FALSE);
  double header_h = 0;

  if (r->table_header != NULL)
    {
      Box *probe = make_row (r, (const char *const *) r->table_header, TRUE);

      header_h = probe->h;
      box_free (probe);
    }

  if (r->pending->len > 0)
    flush_pending (r, header_h + row->h + TABLE_GAP);

  if (r->table_header_page != r->pages->len - 1)
    {
      ensure (r, header_h + row->h, TABLE_GAP);
      if (r->table_header != NULL)
        {
          Box *hdr = make_row (r, (const char *const *) r->table_header, TRUE);

          hdr->gap = TABLE_GAP;
          place (r, hdr);
          r->table_header_page = r->pages->len - 1;
        }
      else
        {
          row->gap = TABLE_GAP;
          r->table_header_page = r->pages->len - 1;
        }
    }
  else if (r->y + row->h > r->bottom)
    {
      new_page (r);
      place_header (r);
      r->table_header_page = r->pages->len - 1;
    }
  place (r, row);
}

static void
table_end (Report *r)
{
  g_clear_pointer (&r->table_header, g_strfreev);
  r->y += TABLE_GAP / 2;
}

static void
diagram (Report  *r,
         Diagram  which,
         guint    page,
         double   w,
         double   h,
         double   scale)
{
  Box *box = box_new (BOX_DIAGRAM);

  box->diagram = which;
  box->diagram_page = page;
  box->x = r->left + (r->body_w - w) / 2;
  box->w = w;
  box->h = h;
  box->gap = PARA_GAP;
  box->scale = scale;
  if (r->pending->len > 0)
    flush_pending (r, h + PARA_GAP);
  else
    ensure (r, h, PARA_GAP);
  place (r, box);
}

/* Formatting ----------------------------------------------------------------- */

static char *
format_time (int minutes)
{
  if (minutes < 0 || minutes >= 24 * 60)
    return g_strdup ("");
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "–";
}

/* The sections ---------------------------------------------------------------- */

static void
add_target_group (Report           *r,
                  KoersTargetGroup *group)
{
  GListModel *networks = koers_target_group_get_networks (group);
  guint n_networks = g_list_model_get_n_items (networks);
  static const double columns[] = { 0.25, 0.25, 0.5 };
  const char *header[] = { _("Network"), _("Activity"), _("Notes"), NULL };

  heading (r, or_dash (koers_target_group_get_name (group)), FS_H2, H2_BEFORE);
  paragraph (r, koers_target_group_get_description (group));
  field (r, _("Ideal customer"), koers_target_group_get_ideal_customer (group));
  field (r, _("Use of social media"),
         LABEL (adoption_labels, koers_target_group_get_adoption (group)));
  if (n_networks == 0)
    return;
  table_begin (r, 3, columns, header);
  for (guint j = 0; j < n_networks; j++)
    {
      g_autoptr(KoersNetworkUse) use = g_list_model_get_item (networks, j);
      const char *cells[] = {
        koers_network_use_get_network (use),
        LABEL (activity_labels, koers_network_use_get_activity (use)),
        koers_network_use_get_notes (use),
      };

      table_row (r, cells);
    }
  table_end (r);
}

static void
add_people (Report    *r,
            KoersPlan *plan)
{
  GListModel *groups = koers_plan_get_target_groups (plan);
  guint n = g_list_model_get_n_items (groups);

  section (r, koers_area_get_title (KOERS_AREA_PEOPLE), TRUE);
  if (n == 0)
    paragraph (r, _("No target groups yet."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersTargetGroup) group = g_list_model_get_item (groups, i);
      double h;

      /* A group that fits on half a page stays on one page */
      if (r->pending->len == 0 && !page_is_fresh (r))
        {
          Report *scratch = report_new_scratch (r);

          add_target_group (scratch, group);
          flush_pending (scratch, 0);
          h = scratch->y - scratch->top;
          report_free (scratch);
          if (h <= (r->bottom - r->top) / 2 && r->y + H2_BEFORE + h > r->bottom)
            new_page (r);
        }
      add_target_group (r, group);
    }
}

static void
add_flags (Report     *r,
           const char *name,
           guint       flags,
           const char *const *labels,
           guint       n)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    if (flags & (1u << i))
      {
        if (text->len > 0)
          g_string_append (text, ", ");
        g_string_append (text, labels[i]);
      }
  field (r, name, text->str);
}

static void
add_objectives (Report    *r,
                KoersPlan *plan)
{
  const char *const *primary = koers_labels_primary_objective ();
  KoersPrimaryObjective which = koers_plan_get_primary_objective (plan);
  GListModel *goals = koers_plan_get_goals (plan);
  GListModel *objectives = koers_plan_get_objectives (plan);
  guint n_objectives = g_list_model_get_n_items (objectives);
  const char *types[] = {
    C_("objective type", "Listening"), C_("objective type", "Talking"),
    C_("objective type", "Energizing"), C_("objective type", "Supporting"),
    C_("objective type", "Embracing"),
  };
  const char *big_goals[] = {
    C_("big goal", "Traffic"), C_("big goal", "Engagement"),
    C_("big goal", "Findability"), C_("big goal", "Conversion"),
  };

  section (r, koers_area_get_title (KOERS_AREA_OBJECTIVES), TRUE);

  heading (r, _("Primary objective"), FS_H2, H2_BEFORE);
  if (which == KOERS_PRIMARY_OBJECTIVE_CUSTOM)
    paragraph (r, or_dash (koers_plan_get_primary_objective_text (plan)));
  else if ((guint) which <= KOERS_PRIMARY_OBJECTIVE_CUSTOM)
    paragraph (r, primary[which]);
  field (r, _("Why this one"), koers_plan_get_primary_objective_reason (plan));
  add_flags (r, _("Approach"), koers_plan_get_objective_types (plan), types,
             G_N_ELEMENTS (types));
  add_flags (r, _("Big goals"), koers_plan_get_big_goals (plan), big_goals,
             G_N_ELEMENTS (big_goals));

  if (g_list_model_get_n_items (goals) > 0)
    heading (r, _("Goals"), FS_H2, H2_BEFORE);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(KoersGoal) goal = g_list_model_get_item (goals, i);
      g_autofree char *markup = NULL;
      g_autofree char *title = clip_text (or_dash (koers_goal_get_title (goal)), MAX_CELL);
      g_autofree char *description = clip_text (koers_goal_get_description (goal),
                                                 MAX_PARAGRAPH);

      if (*description != '\0')
        /* Translators: a goal in the plan report: its title in bold, then
         * its description */
        markup = g_markup_printf_escaped (_("<b>%s</b> – %s"), title, description);
      else
        markup = g_markup_printf_escaped ("<b>%s</b>", title);
      paragraph_full (r, markup, TRUE, FS_BODY, 0, FALSE);
    }

  heading (r, _("SMART objectives"), FS_H2, H2_BEFORE);
  if (n_objectives == 0)
    paragraph (r, _("No SMART objectives yet."));
  else
    {
      static const double columns[] = { 0.22, 0.19, 0.12, 0.13, 0.13, 0.21 };
      const char *header[] = {
        _("Objective"), _("KPI"), _("Baseline"), _("Target value"), _("Deadline"),
        _("Goal"), NULL,
      };

      table_begin (r, 6, columns, header);
      for (guint i = 0; i < n_objectives; i++)
        {
          g_autoptr(KoersObjective) objective = g_list_model_get_item (objectives, i);
          const char *unit = koers_objective_get_unit (objective);
          g_autofree char *base = koers_format_number (koers_objective_get_baseline (objective), 2);
          g_autofree char *target = koers_format_number (koers_objective_get_target (objective), 2);
          g_autofree char *base_unit = NULL, *target_unit = NULL;
          g_autofree char *deadline = koers_format_date_numeric (koers_objective_get_deadline (objective));
          const char *cells[6];

          if (unit != NULL && *unit != '\0')
            {
              /* Translators: a value and its unit, "250 subscribers" */
              base_unit = g_strdup_printf (_("%s %s"), base, unit);
              target_unit = g_strdup_printf (_("%s %s"), target, unit);
            }
          cells[0] = koers_objective_get_title (objective);
          cells[1] = koers_objective_get_kpi (objective);
          cells[2] = base_unit != NULL ? base_unit : base;
          cells[3] = koers_objective_get_has_target (objective)
                     ? (target_unit != NULL ? target_unit : target) : "–";
          cells[4] = or_dash (deadline);
          cells[5] = koers_objective_get_goal (objective);
          table_row (r, cells);
        }
      table_end (r);
    }
}

static void
add_strategy (Report    *r,
              KoersPlan *plan)
{
  GListModel *strategies = koers_plan_get_strategies (plan);
  guint n = g_list_model_get_n_items (strategies);
  const char *const *departments = koers_plan_get_departments (plan);
  g_autofree char *hours = koers_format_number (koers_plan_get_hours_per_week (plan), 2);
  g_autofree char *fte = koers_format_number (koers_plan_get_fte (plan), 2);
  g_autofree char *budget = koers_format_number (koers_plan_get_budget (plan), 2);
  g_autofree char *joined = departments != NULL ? g_strjoinv (", ", (char **) departments) : NULL;
  g_autofree char *budget_text = NULL;

  section (r, koers_area_get_title (KOERS_AREA_STRATEGY), TRUE);
  heading (r, _("Strategies"), FS_H2, H2_BEFORE);
  if (n == 0)
    paragraph (r, _("No strategies yet."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersStrategy) strategy = g_list_model_get_item (strategies, i);
      const char *title = koers_strategy_get_title (strategy);
      const char *kind = LABEL (strategy_labels, koers_strategy_get_kind (strategy));

      heading (r, title != NULL && *title != '\0' ? title : kind, FS_H3, H3_BEFORE);
      if (title != NULL && *title != '\0')
        paragraph_full (r, kind, FALSE, FS_SMALL, 0, TRUE);
      paragraph (r, koers_strategy_get_description (strategy));
    }

  if (koers_plan_get_relationship (plan) != NULL && *koers_plan_get_relationship (plan) != '\0')
    {
      heading (r, _("Relationship with your audience"), FS_H2, H2_BEFORE);
      paragraph (r, koers_plan_get_relationship (plan));
    }

  heading (r, _("Resources"), FS_H2, H2_BEFORE);
  field (r, _("Hours per week"), hours);
  field (r, _("FTE (full-time equivalents)"), fte);
  /* Translators: the plan's budget in the report, "€ 2500" */
  budget_text = g_strdup_printf (_("€ %s"), budget);
  field (r, _("Budget for the plan period"), budget_text);
  field (r, _("Departments that take part"), joined);
}

static void
add_technology (Report    *r,
                KoersPlan *plan)
{
  GListModel *channels = koers_plan_get_channels (plan);
  GListModel *tools = koers_plan_get_tools (plan);
  g_autofree char *updated = koers_format_date (koers_plan_get_hub_updated (plan));

  section (r, koers_area_get_title (KOERS_AREA_TECHNOLOGY), TRUE);

  heading (r, _("Home base"), FS_H2, H2_BEFORE);
  field (r, _("Web address"), or_dash (koers_plan_get_hub_url (plan)));
  paragraph (r, koers_plan_get_hub_description (plan));
  field (r, _("Last updated"), updated);

  heading (r, _("Channels"), FS_H2, H2_BEFORE);
  if (g_list_model_get_n_items (channels) == 0)
    paragraph (r, _("No channels yet."));
  else
    {
      static const double columns[] = { 0.22, 0.48, 0.15, 0.15 };
      const char *header[] = { _("Channel"), _("Purpose"), _("Posts per week"), _("In use"),
                               NULL };

      table_begin (r, 4, columns, header);
      for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
        {
          g_autoptr(KoersChannel) channel = g_list_model_get_item (channels, i);
          g_autofree char *posts = koers_format_number (koers_channel_get_posts_per_week (channel), 2);
          const char *cells[] = {
            koers_channel_get_name (channel), koers_channel_get_purpose (channel), posts,
            koers_channel_get_active (channel) ? _("Yes") : _("No"),
          };

          table_row (r, cells);
        }
      table_end (r);
    }

  if (g_list_model_get_n_items (tools) > 0)
    {
      static const double columns[] = { 0.25, 0.17, 0.16, 0.42 };
      const char *header[] = { _("Tool"), _("Kind"), _("Cost per month"), _("Notes"), NULL };

      heading (r, _("Tools"), FS_H2, H2_BEFORE);
      table_begin (r, 4, columns, header);
      for (guint i = 0; i < g_list_model_get_n_items (tools); i++)
        {
          g_autoptr(KoersTool) tool = g_list_model_get_item (tools, i);
          g_autofree char *cost = koers_format_number (koers_tool_get_cost_per_month (tool), 2);
          g_autofree char *euros = g_strdup_printf (_("€ %s"), cost);
          const char *cells[] = {
            koers_tool_get_name (tool), LABEL (tool_labels, koers_tool_get_kind (tool)), euros,
            koers_tool_get_notes (tool),
          };

          table_row (r, cells);
        }
      table_end (r);
    }
}

static void
add_checklist (Report      *r,
               GListModel  *items,
               const char **labels,
               guint        n_labels,
               GType        key_type)
{
  static const double columns[] = { 0.34, 0.14, 0.52 };
  const char *header[] = { _("Step"), _("Status"), _("Notes"), NULL };
  g_autoptr(GEnumClass) klass = g_type_class_ref (key_type);

  table_begin (r, 3, columns, header);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(KoersChecklistItem) item = g_list_model_get_item (items, i);
      GEnumValue *key = g_enum_get_value_by_nick (klass, koers_checklist_item_get_key (item));
      const char *cells[] = {
        key != NULL ? label (labels, n_labels, key->value) : koers_checklist_item_get_key (item),
        LABEL (status_labels, koers_checklist_item_get_status (item)),
        koers_checklist_item_get_notes (item),
      };

      table_row (r, cells);
    }
  table_end (r);
}

static void
add_preparation (Report    *r,
                 KoersPlan *plan)
{
  section (r, koers_area_get_title (KOERS_AREA_PREPARATION), TRUE);
  heading (r, _("Preparation tips"), FS_H2, H2_BEFORE);
  add_checklist (r, koers_plan_get_tips (plan), tip_labels, KOERS_N_TIPS, koers_tip_get_type ());
}

static void
add_roadmap (Report    *r,
             KoersPlan *plan)
{
  GListModel *milestones = koers_plan_get_milestones (plan);

  section (r, koers_area_get_title (KOERS_AREA_ROADMAP), TRUE);
  heading (r, _("Road map steps"), FS_H2, H2_BEFORE);
  add_checklist (r, koers_plan_get_dos (plan), do_labels, KOERS_N_DOS, koers_do_get_type ());

  heading (r, _("Milestones"), FS_H2, H2_BEFORE);
  if (g_list_model_get_n_items (milestones) == 0)
    paragraph (r, _("No milestones yet."));
  else
    {
      static const double columns[] = { 0.14, 0.36, 0.12, 0.38 };
      const char *header[] = { _("Date"), _("Milestone"), _("State"), _("Notes"), NULL };

      table_begin (r, 4, columns, header);
      for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
        {
          g_autoptr(KoersMilestone) milestone = g_list_model_get_item (milestones, i);
          g_autofree char *date = koers_format_date_numeric (koers_milestone_get_date (milestone));
          const char *cells[] = {
            or_dash (date), koers_milestone_get_title (milestone),
            koers_milestone_get_done (milestone) ? C_("milestone", "Reached")
                                                 : C_("milestone", "Open"),
            koers_milestone_get_notes (milestone),
          };

          table_row (r, cells);
        }
      table_end (r);
    }
}

static void
add_rose (Report    *r,
          KoersPlan *plan)
{
  static const double columns[] = { 0.18, 0.09, 0.09, 0.32, 0.32 };
  const char *header[] = {
    _("Part"), C_("rose score", "Now"), C_("rose score", "Target"), _("Notes"), _("Actions"),
    NULL,
  };
  double size = MIN (r->body_w, (r->bottom - r->top) * 0.46);

  section (r, koers_area_get_title (KOERS_AREA_ROSE), TRUE);
  diagram (r, DIAGRAM_ROSE, 0, size, size, 1);

  heading (r, _("Scores"), FS_H2, H2_BEFORE);
  table_begin (r, 5, columns, header);
  for (guint part = 0; part < KOERS_N_ROSE_PARTS; part++)
    {
      KoersRosePart *rose = koers_plan_get_rose_part (plan, part);
      g_autofree char *now = NULL, *target = NULL;
      const char *cells[5];

      if (rose == NULL)
        continue;
      now = g_strdup_printf ("%d", koers_rose_part_get_current (rose));
      target = g_strdup_printf ("%d", koers_rose_part_get_target (rose));
      cells[0] = koers_labels_rose_part (part);
      cells[1] = now;
      cells[2] = target;
      cells[3] = koers_rose_part_get_notes (rose);
      cells[4] = koers_rose_part_get_actions (rose);
      table_row (r, cells);
    }
  table_end (r);
}

static void
add_maturity (Report    *r,
              KoersPlan *plan)
{
  GListModel *assessments = koers_plan_get_assessments (plan);
  guint n = g_list_model_get_n_items (assessments);
  KoersPhase current = koers_plan_get_current_phase (plan);
  double h = MIN (r->body_w * 0.62, (r->bottom - r->top) * 0.5);

  section (r, koers_area_get_title (KOERS_AREA_MATURITY), TRUE);
  diagram (r, DIAGRAM_MATURITY, 0, r->body_w, h, 1);

  field (r, _("Current phase"), koers_phase_get_name (current));
  if (koers_plan_get_phase_overridden (plan))
    field (r, _("Set by hand, because"), or_dash (koers_plan_get_override_reason (plan)));
  paragraph_full (r, koers_phase_get_guidance (current), FALSE, FS_BODY, 0, FALSE);

  heading (r, _("Assessments"), FS_H2, H2_BEFORE);
  if (n == 0)
    paragraph (r, _("No assessment recorded yet."));
  else
    {
      static const double columns[] = { 0.16, 0.2, 0.64 };
      const char *header[] = { _("Date"), _("Phase"), _("Note"), NULL };

      table_begin (r, 3, columns, header);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KoersAssessment) assessment = g_list_model_get_item (assessments, i);
          g_autofree char *date = koers_format_date_numeric (koers_assessment_get_date (assessment));
          KoersPhase phase = koers_assessment_get_phase (assessment);
          const char *cells[] = {
            or_dash (date), phase < KOERS_N_PHASES ? koers_phase_get_name (phase) : "",
            koers_assessment_get_note (assessment),
          };

          table_row (r, cells);
        }
      table_end (r);
    }
}

static void
add_roles (Report                   *r,
           KoersPlan                *plan,
           const KoersRenderOptions *opts)
{
  static const double scales[] = { 1.0, 0.85, 0.72 };
  KoersRenderOptions filled = *opts;
  double scale = 1, body_h = r->bottom - r->top;
  guint best = G_MAXUINT;

  if (g_list_model_get_n_items (koers_plan_get_tasks (plan)) == 0
      && g_list_model_get_n_items (koers_plan_get_roles (plan)) == 0)
    {
      section (r, koers_area_get_title (KOERS_AREA_ROLES), TRUE);
      paragraph (r, _("No roles or tasks yet."));
      return;
    }

  /* The matrix by its renderer, whose title (with the organisation) is
   * the section's heading; scaled down a little when that saves pages: at
   * 72% its letters are still 7 points. */
  section (r, koers_area_get_title (KOERS_AREA_ROLES), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      guint n;

      filled.blank = FALSE;
      n = koers_roles_render_n_pages (plan, &filled, r->body_w / scales[i],
                                            body_h / scales[i]);
      if (n < best)
        {
          best = n;
          scale = scales[i];
        }
    }
  for (guint i = 0; i < best; i++)
    {
      if (i > 0)
        new_page (r);
      diagram (r, DIAGRAM_ROLES, i, r->body_w, body_h, scale);
    }
}

static void
add_calendar (Report                   *r,
              KoersPlan                *plan,
              const KoersRenderOptions *opts)
{
  KoersCalendarIndex *index = koers_calendar_index_get_for_plan (plan);
  g_autoptr(GArray) occurrences = NULL;
  GDate from, to;
  g_autofree char *first = NULL, *last = NULL, *intro = NULL;
  guint n, shown;

  koers_render_options_get_range (opts, plan, &from, &to);
  occurrences = koers_calendar_index_query (index, &from, &to);
  n = occurrences->len;
  shown = MIN (n, KOERS_REPORT_MAX_CALENDAR_ROWS);
  first = koers_format_date (&from);
  last = koers_format_date (&to);

  section (r, koers_area_get_title (KOERS_AREA_CALENDAR), TRUE);
  /* Translators: the calendar section of the plan report: the period and
   * the number of posts in it */
  intro = g_strdup_printf (ngettext ("From %s to %s: %u post.", "From %s to %s: %u posts.", n),
                           first, last, n);
  paragraph (r, intro);
  if (n == 0)
    return;

  {
    static const double columns[] = { 0.12, 0.07, 0.17, 0.38, 0.11, 0.15 };
    const char *header[] = {
      _("Date"), _("Time"), _("Channel"), _("Title"), _("Kind"), _("Status"), NULL,
    };

    table_begin (r, 6, columns, header);
    for (guint i = 0; i < shown; i++)
      {
        KoersOccurrence *o = &g_array_index (occurrences, KoersOccurrence, i);
        const char *channel_id = koers_calendar_entry_get_channel (o->entry);
        KoersChannel *channel = channel_id != NULL ? koers_plan_find_channel (plan, channel_id)
                                                   : NULL;
        g_autofree char *date = koers_format_date_numeric (&o->date);
        g_autofree char *time = format_time (o->time);
        const char *title = koers_calendar_entry_get_title (o->entry);
        const char *cells[] = {
          date, time, channel != NULL ? koers_channel_get_name (channel) : channel_id,
          title != NULL && *title != '\0' ? title : _("Untitled"),
          LABEL (kind_labels, koers_calendar_entry_get_kind (o->entry)),
          LABEL (entry_status_labels, koers_calendar_entry_get_status (o->entry)),
        };

        table_row (r, cells);
      }
    table_end (r);
  }

  if (n > shown)
    {
      g_autofree char *more = NULL;

      more = g_strdup_printf (ngettext ("%u more post in this period is not listed here. "
                                        "The printed calendar (koers --page=calendar) or "
                                        "a CSV export shows them all.",
                                        "%u more posts in this period are not listed here. "
                                        "The printed calendar (koers --page=calendar) or "
                                        "a CSV export shows them all.",
                                        n - shown),
                              n - shown);
      paragraph_full (r, more, FALSE, FS_BODY, 0, TRUE);
    }
}

static void
add_findings (Report    *r,
              KoersPlan *plan)
{
  g_autoptr(GPtrArray) findings = koers_check_plan (plan);

  section (r, _("Findings"), TRUE);
  if (findings->len == 0)
    {
      paragraph (r, _("The plan check found nothing to improve."));
      return;
    }
  for (guint s = 0; s < KOERS_N_SEVERITIES; s++)
    {
      static const double columns[] = { 0.2, 0.24, 0.56 };
      /* Translators: the report's column of the place a finding is about:
       * a task, a channel and month, a phase, ... */
      const char *header[] = { _("Part of the plan"), C_("finding", "Where"), _("Finding"), NULL };
      guint count = 0;

      for (guint i = 0; i < findings->len; i++)
        count += ((KoersFinding *) g_ptr_array_index (findings, i))->severity == s;
      if (count == 0)
        continue;
      {
        g_autofree char *title = g_strdup_printf ("%s (%u)", koers_severity_get_title (s), count);

        heading (r, title, FS_H2, H2_BEFORE);
      }
      table_begin (r, 3, columns, header);
      for (guint i = 0; i < findings->len; i++)
        {
          KoersFinding *finding = g_ptr_array_index (findings, i);
          g_autofree char *place = NULL;
          const char *cells[3];

          if (finding->severity != s)
            continue;
          place = koers_check_dup_place (plan, finding);
          cells[0] = finding->area < KOERS_N_AREAS ? koers_area_get_title (finding->area) : "";
          cells[1] = place != NULL ? place : "";
          cells[2] = finding->message;
          table_row (r, cells);
        }
      table_end (r);
    }
}

static void
add_contents (Report *r)
{
  static const double columns[] = { 0.86, 0.14 };
  Page *toc = g_ptr_array_index (r->pages, 1);
  Box *title;

  r->y = r->top;
  title = box_new (BOX_LINES);
  title->layout = make_layout (r, _("Contents"), FALSE, FS_H1, TRUE, r->body_w);
  title->n_lines = pango_layout_get_line_count (title->layout);
  title->h = layout_height (title->layout) + 2 * H1_AFTER;
  title->x = r->left;
  title->w = r->body_w;
  title->y = r->y;
  r->y += title->h;
  g_ptr_array_add (toc->boxes, title);

  table_begin (r, 2, columns, NULL);
  r->table_align_last = TRUE;
  for (guint i = 0; i < r->toc->len && r->y < r->bottom - 20; i++)
    {
      TocEntry *entry = &g_array_index (r->toc, TocEntry, i);
      g_autofree char *number = g_strdup_printf ("%u", entry->page + 1);
      const char *cells[] = { entry->title, number };
      Box *row = make_row (r, cells, FALSE);

      row->y = r->y;
      r->y += row->h + 4;
      g_ptr_array_add (toc->boxes, row);
    }
  table_end (r);
}

static char *
dup_period (KoersPlan *plan)
{
  const GDate *start = koers_plan_get_period_start (plan);
  const GDate *end = koers_plan_get_period_end (plan);
  g_autofree char *a = koers_format_date (start);
  g_autofree char *b = koers_format_date (end);

  if (*a != '\0' && *b != '\0')
    /* Translators: the plan's period on the report's cover */
    return g_strdup_printf (_("%s – %s"), a, b);
  if (*a != '\0')
    return g_strdup_printf (_("from %s"), a);
  if (*b != '\0')
    return g_strdup_printf (_("until %s"), b);
  return g_strdup ("");
}

static Report *
report_new (KoersPlan                *plan,
            const KoersRenderOptions *opts,
            double                    width,
            double                    height)
{
  Report *r = g_new0 (Report, 1);
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *fo = cairo_font_options_create ();

  r->width = width;
  r->height = height;
  r->left = 0;
  r->top = HEADER_H;
  r->body_w = width;
  r->bottom = MAX (height - FOOTER_H, HEADER_H + 100);
  r->style = opts->style;
  /* measured as drawn: without hinting, so the lines break alike on
   * every surface and at every scale */
  r->context = pango_font_map_create_context (map);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (r->context, fo);
  cairo_font_options_destroy (fo);

  r->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  r->toc = g_array_new (FALSE, TRUE, sizeof (TocEntry));
  g_array_set_clear_func (r->toc, (GDestroyNotify) toc_entry_clear);
  r->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) box_free);
  r->plan_title = g_strdup (koers_plan_get_title (plan));
  r->organisation = g_strdup (koers_plan_get_organisation (plan));
  r->author = g_strdup (koers_plan_get_author (plan));
  r->period = dup_period (plan);
  r->date = koers_render_dup_date (opts->date);

  /* the cover and the contents */
  r->section = NULL;
  new_page (r);
  r->section = _("Contents");
  new_page (r);

  add_people (r, plan);
  add_objectives (r, plan);
  add_strategy (r, plan);
  add_technology (r, plan);
  add_preparation (r, plan);
  add_roadmap (r, plan);
  add_rose (r, plan);
  add_maturity (r, plan);
  add_roles (r, plan, opts);
  add_calendar (r, plan, opts);
  add_findings (r, plan);
  flush_pending (r, 0);
  add_contents (r);
  return r;
}

/* The cache: one report, for the plan's serials, the options and the size */

typedef struct
{
  GWeakRef          plan;
  guint             serials[KOERS_PLAN_N_SECTIONS];
  KoersRenderStyle  style;
  char             *date;
  GDate             from;
  GDate             to;
  double            width;
  double            height;
  char             *language;
  Report           *report;
} Cache;

static Cache cache;
static guint n_layouts;
G_LOCK_DEFINE_STATIC (cache);

static char *
dup_language (void)
{
  return g_strdup_printf ("%s|%s", g_getenv ("LANGUAGE") != NULL ? g_getenv ("LANGUAGE") : "",
                          g_dpgettext2 (NULL, "date", "%u %s %u"));
}

static gboolean
date_equal (const GDate *a,
            const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);
  return g_date_compare (a, b) == 0;
}

/* Called with the lock held */
static Report *
get_report (KoersPlan                *plan,
            const KoersRenderOptions *opts,
            double                    width,
            double                    height)
{
  g_autoptr(GObject) cached = g_weak_ref_get (&cache.plan);
  g_autofree char *language = dup_language ();
  guint serials[KOERS_PLAN_N_SECTIONS];
  gboolean hit;

  for (guint i = 0; i < KOERS_PLAN_N_SECTIONS; i++)
    serials[i] = koers_plan_get_serial (plan, 1u << i);

  hit = cache.report != NULL
        && cached == (GObject *) plan
        && memcmp (serials, cache.serials, sizeof serials) == 0
        && cache.style == opts->style
        && g_strcmp0 (cache.date, opts->date) == 0
        && date_equal (&cache.from, &opts->from)
        && date_equal (&cache.to, &opts->to)
        && cache.width == width && cache.height == height
        && g_strcmp0 (cache.language, language) == 0;
  if (hit)
    return cache.report;

  g_clear_pointer (&cache.report, report_free);
  g_weak_ref_set (&cache.plan, plan);
  memcpy (cache.serials, serials, sizeof serials);
  cache.style = opts->style;
  g_free (cache.date);
  cache.date = g_strdup (opts->date);
  cache.from = opts->from;
  cache.to = opts->to;
  cache.width = width;
  cache.height = height;
  g_free (cache.language);
  cache.language = g_steal_pointer (&language);
  cache.report = report_new (plan, opts, width, height);
  n_layouts++;
  return cache.report;
}

/* Drawing --------------------------------------------------------------------- */

static void
draw_lines (cairo_t   *cr,
            const Box *box)
{
  PangoLayoutIter *iter = pango_layout_get_iter (box->layout);
  int line = 0;

  do
    {
      if (line >= box->first_line && line < box->first_line + box->n_lines)
        {
          PangoLayoutLine *l = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;
          double baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, box->x + logical.x / (double) PANGO_SCALE,
                         box->y + baseline - box->top);
          pango_cairo_show_layout_line (cr, l);
        }
      line++;
    }
  while (line < box->first_line + box->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  cairo_new_path (cr);
}

static void
draw_row (cairo_t          *cr,
          const Box        *box,
          KoersRenderStyle  style)
{
  if (box->header && style != KOERS_RENDER_STYLE_BW)
    {
      cairo_set_source_rgb (cr, 0.92, 0.92, 0.93);
      cairo_rectangle (cr, box->x, box->y, box->w, box->h);
      cairo_fill (cr);
    }
  koers_render_set_ink (cr, style);
  for (guint i = 0; i < box->cells->len; i++)
    {
      cairo_move_to (cr, box->edges[i] + CELL_PAD, box->y + CELL_PAD);
      pango_cairo_show_layout (cr, g_ptr_array_index (box->cells, i));
    }
  cairo_new_path (cr);
  if (box->ruled)
    {
      if (box->header)
        cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      else
        koers_render_set_guide (cr, style);
      cairo_set_line_width (cr, box->header ? 0.8 : 0.5);
      cairo_move_to (cr, box->x, box->y + box->h);
      cairo_line_to (cr, box->x + box->w, box->y + box->h);
      cairo_stroke (cr);
    }
}

static void
draw_diagram (cairo_t                  *cr,
              const Box                *box,
              KoersPlan                *plan,
              const KoersRenderOptions *opts)
{
  cairo_save (cr);
  cairo_translate (cr, box->x, box->y);
  cairo_rectangle (cr, 0, 0, box->w, box->h);
  cairo_clip (cr);
  cairo_scale (cr, box->scale, box->scale);
  switch (box->diagram)
    {
    case DIAGRAM_ROSE:
      {
        KoersRoseOptions rose;

        koers_rose_options_init (&rose);
        rose.style = opts->style;
        rose.date = opts->date;
        rose.show_title = FALSE;
        rose.show_mix = TRUE;
        rose.show_notes = FALSE;
        rose.focus_part = -1;
        koers_rose_render (cr, plan, &rose, box->w, box->h);
      }
      break;
    case DIAGRAM_MATURITY:
      {
        KoersMaturityOptions maturity;

        koers_maturity_options_init (&maturity);
        maturity.style = opts->style;
        maturity.date = opts->date;
        maturity.show_title = FALSE;
        maturity.show_previous = TRUE;
        maturity.show_guidance = FALSE;
        koers_maturity_render (cr, plan, &maturity, box->w, box->h);
      }
      break;
    case DIAGRAM_ROLES:
      {
        KoersRenderOptions filled = *opts;

        filled.blank = FALSE;
        koers_roles_render_page (cr, plan, &filled, box->diagram_page, box->w / box->scale,
                                 box->h / box->scale);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}

static void
draw_text (cairo_t          *cr,
           KoersRenderStyle  style,
           const char       *text,
           double            size,
           gboolean          bold,
           double            x,
           double            y,
           double            ax,
           double            wrap)
{
  koers_render_set_ink (cr, style);
  koers_render_text_full (cr, text, size, bold, x, y, ax, wrap, -1, NULL);
}

static void
draw_cover (cairo_t  *cr,
            Report   *r)
{
  double y = r->height * 0.28;
  double w = r->width * 0.8, cx = r->width / 2;
  const char *org = r->organisation != NULL && *r->organisation != '\0' ? r->organisation : NULL;
  const char *title = r->plan_title != NULL && *r->plan_title != '\0' ? r->plan_title
                                                                       : _("Social media plan");
  g_autofree char *date = g_strdup_printf (_("Date: %s"), r->date);

  koers_render_set_strong (cr, r->style, 0);
  cairo_set_line_width (cr, 3);
  cairo_move_to (cr, cx - w / 2, y - 24);
  cairo_line_to (cr, cx + w / 2, y - 24);
  cairo_stroke (cr);

  draw_text (cr, r->style, _("Plan report"), 12, FALSE, cx, y, 0.5, w);
  y += 24;
  {
    /* the organisation, then the plan's title, each wrapped and centred */
    PangoLayout *layout;

    koers_render_set_ink (cr, r->style);
    if (org != NULL)
      {
        layout = make_layout (r, org, FALSE, 26, TRUE, w);
        pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
        cairo_move_to (cr, cx - w / 2, y);
        pango_cairo_show_layout (cr, layout);
        y += layout_height (layout) + 8;
        g_object_unref (layout);
      }
    layout = make_layout (r, title, FALSE, org != NULL ? 16 : 26, org == NULL, w);
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
    cairo_move_to (cr, cx - w / 2, y);
    pango_cairo_show_layout (cr, layout);
    y += layout_height (layout) + 18;
    g_object_unref (layout);
  }
  if (r->period != NULL && *r->period != '\0')
    {
      g_autofree char *period = g_strdup_printf (_("Plan period: %s"), r->period);

      y += koers_render_text_full (cr, period, 12, FALSE, cx, y, 0.5, -1, -1, NULL) + 6;
    }
  y += koers_render_text_full (cr, date, 11, FALSE, cx, y, 0.5, -1, -1, NULL) + 6;
  if (r->author != NULL && *r->author != '\0')
    {
      g_autofree char *author = g_strdup_printf (_("Prepared by %s"), r->author);

      koers_render_text_full (cr, author, 11, FALSE, cx, y, 0.5, w, -1, NULL);
    }

  cairo_set_source_rgb (cr, 0.4, 0.4, 0.42);
  koers_render_text_full (cr, _("Made with Koers"), 9, FALSE, cx, r->height - 30, 0.5, -1, -1,
                          NULL);
}

static void
draw_page_frame (cairo_t  *cr,
                 Report   *r,
                 guint     page)
{
  Page *p = g_ptr_array_index (r->pages, page);
  const char *title = r->plan_title != NULL && *r->plan_title != '\0' ? r->plan_title
                      : r->organisation != NULL ? r->organisation : "";
  g_autofree char *footer = NULL;
  double section_w = 0;

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.37);
  if (p->section != NULL)
    koers_render_text (cr, p->section, FS_SMALL, FALSE, r->width, 0, 1, &section_w);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.37);
  koers_render_text_full (cr, title, FS_SMALL, FALSE, 0, 0, 0,
                          MAX (40, r->width - section_w - 20), FS_SMALL * 1.5, NULL);
  koers_render_set_guide (cr, r->style);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, 0, 15);
  cairo_line_to (cr, r->width, 15);
  cairo_stroke (cr);

  /* Translators: the footer of every page of the plan report but its cover */
  footer = g_strdup_printf (_("Page %u of %u"), page + 1, r->pages->len);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.37);
  koers_render_text (cr, footer, FS_SMALL, FALSE, r->width / 2, r->height - 12, 0.5, NULL);
}

/**
 * koers_report_render_n_pages:
 * @plan: the plan
 *
 * Returns: the pages the report of @plan takes at @width x @height
 */
guint
koers_report_render_n_pages (KoersPlan                *plan,
                             const KoersRenderOptions *opts,
                             double                    width,
                             double                    height)
{
  guint n;

  g_return_val_if_fail (plan == NULL || KOERS_IS_PLAN (plan), 1);
  g_return_val_if_fail (opts != NULL, 1);

  if (plan == NULL)
    return 1;
  G_LOCK (cache);
  n = get_report (plan, opts, width, height)->pages->len;
  G_UNLOCK (cache);
  return n;
}

/**
 * koers_report_render_page:
 * @plan: the plan
 * @page: the page, from 0
 *
 * Draws page @page of the report of @plan at @width x @height.
 */
void
koers_report_render_page (cairo_t                  *cr,
                          KoersPlan                *plan,
                          const KoersRenderOptions *opts,
                          guint                     page,
                          double                    width,
                          double                    height)
{
  Report *r;
  Page *p;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (plan == NULL || KOERS_IS_PLAN (plan));
  g_return_if_fail (opts != NULL);

  if (plan == NULL)
    return;

  G_LOCK (cache);
  r = get_report (plan, opts, width, height);
  if (page >= r->pages->len)
    {
      G_UNLOCK (cache);
      return;
    }
  p = g_ptr_array_index (r->pages, page);
  cairo_save (cr);
  if (page == 0)
    draw_cover (cr, r);
  else
    draw_page_frame (cr, r, page);

  for (guint i = 0; i < p->boxes->len; i++)
    {
      const Box *box = g_ptr_array_index (p->boxes, i);

      switch (box->kind)
        {
        case BOX_LINES:
          if (box->muted)
            cairo_set_source_rgb (cr, 0.35, 0.35, 0.37);
          else
            koers_render_set_ink (cr, r->style);
          draw_lines (cr, box);
          break;
        case BOX_ROW:
          draw_row (cr, box, r->style);
          break;
        case BOX_DIAGRAM:
          draw_diagram (cr, box, plan, opts);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  cairo_restore (cr);
  G_UNLOCK (cache);
}

/**
 * koers_report_render_get_n_layouts:
 *
 * Returns: how many times a report was laid out, for the tests of the cache
 */
guint
koers_report_render_get_n_layouts (void)
{
  return n_layouts;
}

/**
 * _koers_report_render_describe:
 *
 * Returns: (transfer full): the layout of the report of @plan at @width x
 *   @height, for the tests: a line per page, its section as "S:TITLE",
 *   then its boxes, "H:TEXT" for a
 *   heading, "L:N" for N lines of a paragraph ("L+:N" when they go on
 *   from the page before), "R" for a table row, "T"
 *   for a table header, "D" for a diagram, separated by tabs
 */
char *
_koers_report_render_describe (KoersPlan                *plan,
                               const KoersRenderOptions *opts,
                               double                    width,
                               double                    height)
{
  GString *out = g_string_new (NULL);
  Report *r;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  G_LOCK (cache);
  r = get_report (plan, opts, width, height);
  for (guint i = 0; i < r->pages->len; i++)
    {
      Page *p = g_ptr_array_index (r->pages, i);

      g_string_append_printf (out, "S:%s", p->section != NULL ? p->section : "");
      for (guint j = 0; j < p->boxes->len; j++)
        {
          Box *box = g_ptr_array_index (p->boxes, j);

          g_string_append_c (out, '\t');
          if (box->kind == BOX_LINES && box->heading)
            g_string_append_printf (out, "H:%s", pango_layout_get_text (box->layout));
          else if (box->kind == BOX_LINES)
            g_string_append_printf (out, box->first_line > 0 ? "L+:%d" : "L:%d", box->n_lines);
          else if (box->kind == BOX_ROW)
            g_string_append (out, box->header ? "T" : "R");
          else
            g_string_append (out, "D");
        }
      g_string_append_c (out, '\n');
    }
  G_UNLOCK (cache);
  return g_string_free (out, FALSE);
}
