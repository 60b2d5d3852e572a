/* koers-roles-render.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The RACI matrix on paper: tasks as rows, roles as columns, the letters as
 * letters (a tint only adds to them), the hours each role needs against the
 * hours it has, and a legend. A matrix wider or longer than the page goes
 * on to more pages, each with the task column and the role header again.
 * The blank version has the default tasks and empty role columns, for a
 * workshop.
 */
#define G_LOG_DOMAIN "koers-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "koers-format.h"
#include "koers-roles-render.h"

#include "koers-check.h"
#include "koers-raci-cell.h"
#include "koers-render-util.h"
#include "koers-role.h"
#include "koers-roles.h"
#include "koers-task.h"

#define TITLE_H   34.0
#define HEADER_H  52.0
#define ROW_H     30.0
#define FOOTER_H  26.0
#define LEGEND_H  40.0
#define HOURS_W   46.0
#define ROLE_W    76.0
#define BLANK_MAX_ROLES 8

typedef struct
{
  KoersPlan *plan;     /* the plan drawn: the given one, or the blank one */
  gboolean   blank;
  guint      n_roles;  /* columns; in a blank matrix, empty ones */
  guint      n_tasks;
  double     task_w;
  guint      roles_per_page;
  guint      tasks_per_page;
  guint      n_column_pages;
  guint      n_row_pages;
} Layout;

static void
layout_init (Layout                   *layout,
             KoersPlan                *plan,
             const KoersRenderOptions *opts,
             double                    width,
             double                    height)
{
  double body_h;

  layout->blank = opts->blank || plan == NULL;
  layout->task_w = CLAMP (width * 0.3, 110.0, 260.0);
  layout->roles_per_page = MAX (1, (guint) floor ((width - layout->task_w - HOURS_W) / ROLE_W));
  body_h = height - TITLE_H - HEADER_H - FOOTER_H - LEGEND_H;
  layout->tasks_per_page = MAX (1, (guint) floor (body_h / ROW_H));

  if (layout->blank)
    {
      /* The usual tasks and as many empty columns as fit, to fill in. */
      layout->plan = koers_plan_new ();
      koers_roles_add_default_tasks (layout->plan);
      layout->n_roles = MIN (layout->roles_per_page, BLANK_MAX_ROLES);
    }
  else
    {
      layout->plan = g_object_ref (plan);
      layout->n_roles = g_list_model_get_n_items (koers_plan_get_roles (plan));
    }
  layout->n_tasks = g_list_model_get_n_items (koers_plan_get_tasks (layout->plan));
  layout->n_column_pages = MAX (1, (layout->n_roles + layout->roles_per_page - 1)
                                   / layout->roles_per_page);
  layout->n_row_pages = MAX (1, (layout->n_tasks + layout->tasks_per_page - 1)
                                / layout->tasks_per_page);
}

static void
layout_clear (Layout *layout)
{
  g_clear_object (&layout->plan);
}

/**
 * koers_roles_render_n_pages:
 * @plan: (nullable): the plan; %NULL for the blank matrix
 *
 * Returns: the pages the matrix takes at @width x @height: the pages its
 *   role columns need across, times those its task rows need down
 */
guint
koers_roles_render_n_pages (KoersPlan                *plan,
                            const KoersRenderOptions *opts,
                            double                    width,
                            double                    height)
{
  Layout layout;
  guint n;

  g_return_val_if_fail (plan == NULL || KOERS_IS_PLAN (plan), 1);
  g_return_val_if_fail (opts != NULL, 1);

  layout_init (&layout, plan, opts, width, height);
  n = layout.n_column_pages * layout.n_row_pages;
  layout_clear (&layout);
  return n;
}

static void
format_hours (char   *buffer,
              gsize   size,
              double  hours)
{
  g_autofree char *text = koers_format_number (hours, 2);

  g_strlcpy (buffer, text, size);
}

/* The tint behind a letter: A strongest, R lighter, others none. Only an
 * addition: the letter is always there. */
static void
fill_cell (cairo_t          *cr,
           KoersRenderStyle  style,
           KoersRaci         letter,
           double            x,
           double            y,
           double            w,
           double            h)
{
  double alpha;

  if (letter == KOERS_RACI_ACCOUNTABLE)
    alpha = 0.45;
  else if (letter == KOERS_RACI_RESPONSIBLE)
    alpha = 0.22;
  else
    return;

  if (style == KOERS_RENDER_STYLE_COLOUR)
    koers_render_set_rgb (cr, &koers_render_colours[0], alpha);
  else if (style == KOERS_RENDER_STYLE_GREY)
    cairo_set_source_rgb (cr, 1 - alpha * 0.6, 1 - alpha * 0.6, 1 - alpha * 0.6);
  else
    return;
  cairo_rectangle (cr, x + 1, y + 1, w - 2, h - 2);
  cairo_fill (cr);
}

static void
draw_legend (cairo_t                  *cr,
             const KoersRenderOptions *opts,
             gboolean                  rasci,
             double                    x,
             double                    y,
             double                    width)
{
  const KoersRaci letters[] = {
    KOERS_RACI_RESPONSIBLE, KOERS_RACI_ACCOUNTABLE, KOERS_RACI_SUPPORT,
    KOERS_RACI_CONSULTED, KOERS_RACI_INFORMED,
  };
  double cx = x, cy = y;

  koers_render_set_ink (cr, opts->style);
  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    {
      const char *title = koers_raci_get_title (letters[i]);
      double lw, tw;

      if (letters[i] == KOERS_RACI_SUPPORT && !rasci)
        continue;
      lw = koers_render_measure_text (koers_raci_get_letter (letters[i]), 10, TRUE) + 4;
      tw = koers_render_measure_text (title, 9, FALSE);
      if (cx > x && cx + lw + tw > x + width)
        {
          cx = x;
          cy += 14;
        }
      koers_render_text (cr, koers_raci_get_letter (letters[i]), 10, TRUE, cx, cy, 0, NULL);
      koers_render_text (cr, title, 9, FALSE, cx + lw, cy + 1, 0, NULL);
      cx += lw + tw + 16;
    }
}

/**
 * koers_roles_render_page:
 * @plan: (nullable): the plan; %NULL for the blank matrix
 * @page: which page, from 0: the role columns go across the pages first,
 *   then the task rows down
 *
 * Draws one page of the matrix in @width x @height.
 */
void
koers_roles_render_page (cairo_t                  *cr,
                         KoersPlan                *plan,
                         const KoersRenderOptions *opts,
                         guint                     page,
                         double                    width,
                         double                    height)
{
  Layout layout;
  GListModel *roles, *tasks;
  guint first_role, n_roles, first_task, n_tasks, n_pages;
  double x0, y, table_w;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GHashTable) needs = NULL;
  const char *org;
  char text[64];

  g_return_if_fail (cr != NULL);
  g_return_if_fail (plan == NULL || KOERS_IS_PLAN (plan));
  g_return_if_fail (opts != NULL);

  layout_init (&layout, plan, opts, width, height);
  roles = koers_plan_get_roles (layout.plan);
  tasks = koers_plan_get_tasks (layout.plan);
  n_pages = layout.n_column_pages * layout.n_row_pages;
  page = MIN (page, n_pages - 1);

  first_role = (page % layout.n_column_pages) * layout.roles_per_page;
  n_roles = MIN (layout.roles_per_page, layout.n_roles - MIN (first_role, layout.n_roles));
  first_task = (page / layout.n_column_pages) * layout.tasks_per_page;
  n_tasks = MIN (layout.tasks_per_page, layout.n_tasks - MIN (first_task, layout.n_tasks));
  table_w = layout.task_w + HOURS_W + n_roles * ROLE_W;
  x0 = 0;

  cairo_save (cr);

  /* Title, with the page when there are several */
  org = plan != NULL ? koers_plan_get_organisation (plan) : NULL;
  if (org != NULL && *org != '\0' && !layout.blank)
    title = g_strdup_printf (_("%s – %s"), _("Roles and tasks"), org);
  else
    title = g_strdup (_("Roles and tasks"));
  if (n_pages > 1)
    {
      g_autofree char *with_page =
        /* Translators: a title and "page 2 of 3" */
        g_strdup_printf (_("%s (page %u of %u)"), title, page + 1, n_pages);
      g_free (title);
      title = g_steal_pointer (&with_page);
    }
  koers_render_set_ink (cr, opts->style);
  koers_render_text_full (cr, title, 16, TRUE, x0, 0, 0, width, 22, NULL);
  date = koers_render_dup_date (opts->date);
  koers_render_text (cr, date, 9, FALSE, width, 4, 1, NULL);

  /* The header row: "Task", "Hours", and the roles */
  y = TITLE_H;
  koers_render_text (cr, _("Task"), 10, TRUE, x0 + 4, y + HEADER_H - 16, 0, NULL);
  koers_render_text_full (cr, _("Hours per week"), 8, TRUE, x0 + layout.task_w + HOURS_W / 2,
                          y + HEADER_H - 24, 0.5, HOURS_W - 4, 22, NULL);
  for (guint r = 0; r < n_roles; r++)
    {
      double cx = x0 + layout.task_w + HOURS_W + r * ROLE_W;

      if (layout.blank)
        continue;
      {
        g_autoptr(KoersRole) role = g_list_model_get_item (roles, first_role + r);

        koers_render_text_full (cr, koers_role_get_name (role), 8.5, TRUE, cx + ROLE_W / 2,
                                y + 2, 0.5, ROLE_W - 6, 24, NULL);
        if (*koers_role_get_person (role) != '\0')
          koers_render_text_full (cr, koers_role_get_person (role), 7.5, FALSE, cx + ROLE_W / 2,
                                  y + 28, 0.5, ROLE_W - 6, 10, NULL);
        format_hours (text, sizeof text, koers_role_get_hours_per_week (role));
        {
          g_autofree char *has = g_strdup_printf (_("%s h/wk"), text);

          koers_render_text (cr, has, 7.5, FALSE, cx + ROLE_W / 2, y + HEADER_H - 12, 0.5, NULL);
        }
      }
    }

  /* The task rows */
  y = TITLE_H + HEADER_H;
  for (guint t = 0; t < n_tasks; t++)
    {
      g_autoptr(KoersTask) task = g_list_model_get_item (tasks, first_task + t);
      double ry = y + t * ROW_H;

      if (t % 2 == 1 && opts->style != KOERS_RENDER_STYLE_BW)
        {
          cairo_set_source_rgba (cr, 0, 0, 0, 0.035);
          cairo_rectangle (cr, x0, ry, table_w, ROW_H);
          cairo_fill (cr);
        }

      koers_render_set_ink (cr, opts->style);
      koers_render_text_full (cr, koers_task_get_name (task), 9.5, FALSE, x0 + 4, ry + 4, 0,
                              layout.task_w - 8, ROW_H - 6, NULL);
      if (!layout.blank)
        {
          format_hours (text, sizeof text, koers_task_get_hours_per_week (task));
          koers_render_text (cr, text, 9.5, FALSE, x0 + layout.task_w + HOURS_W / 2, ry + 8,
                             0.5, NULL);
        }

      for (guint r = 0; r < n_roles && !layout.blank; r++)
        {
          g_autoptr(KoersRole) role = g_list_model_get_item (roles, first_role + r);
          KoersRaciCell *cell = koers_task_find_cell (task, koers_role_get_id (role));
          KoersRaci letter = cell ? koers_raci_cell_get_letter (cell) : KOERS_RACI_NONE;
          double cx = x0 + layout.task_w + HOURS_W + r * ROLE_W;

          fill_cell (cr, opts->style, letter, cx, ry, ROLE_W, ROW_H);
          koers_render_set_ink (cr, opts->style);
          if (cell != NULL && koers_raci_cell_get_hours (cell) > 0)
            {
              format_hours (text, sizeof text, koers_raci_cell_get_hours (cell));
              koers_render_text (cr, koers_raci_get_letter (letter), 12, TRUE,
                                 cx + ROLE_W / 2, ry + 2, 0.5, NULL);
              {
                g_autofree char *hours = g_strdup_printf (_("%s h"), text);

                koers_render_text (cr, hours, 7, FALSE, cx + ROLE_W / 2, ry + 18, 0.5, NULL);
              }
            }
          else
            koers_render_text (cr, koers_raci_get_letter (letter), 12, TRUE, cx + ROLE_W / 2,
                               ry + 7, 0.5, NULL);
        }
    }

  /* The footer row: what each role needs of the hours it has; over is
   * marked with "!" and bold, not by colour */
  y = TITLE_H + HEADER_H + n_tasks * ROW_H;
  koers_render_set_ink (cr, opts->style);
  koers_render_text (cr, _("Needed of available"), 8.5, TRUE, x0 + 4, y + 7, 0, NULL);
  needs = koers_check_hours_needed (layout.plan);
  for (guint r = 0; r < n_roles && !layout.blank; r++)
    {
      g_autoptr(KoersRole) role = g_list_model_get_item (roles, first_role + r);
      double *need = g_hash_table_lookup (needs, koers_role_get_id (role));
      double needed = need ? *need : 0;
      gboolean over = needed > koers_role_get_hours_per_week (role) + 1e-9;
      char has[32];
      g_autofree char *line = NULL;

      format_hours (text, sizeof text, needed);
      format_hours (has, sizeof has, koers_role_get_hours_per_week (role));
      line = g_strdup_printf ("%s%s / %s", over ? "! " : "", text, has);
      koers_render_text (cr, line, 8.5, over, x0 + layout.task_w + HOURS_W + r * ROLE_W
                         + ROLE_W / 2, y + 7, 0.5, NULL);
    }

  /* Grid lines */
  koers_render_set_guide (cr, opts->style);
  cairo_set_line_width (cr, 0.6);
  for (guint t = 0; t <= n_tasks + 1; t++)
    {
      double ly = TITLE_H + HEADER_H + t * ROW_H;

      if (t == n_tasks + 1)
        ly = TITLE_H + HEADER_H + n_tasks * ROW_H + FOOTER_H;
      cairo_move_to (cr, x0, ly);
      cairo_line_to (cr, x0 + table_w, ly);
    }
  for (guint r = 0; r <= n_roles; r++)
    {
      double lx = x0 + layout.task_w + HOURS_W + r * ROLE_W;

      cairo_move_to (cr, lx, TITLE_H);
      cairo_line_to (cr, lx, TITLE_H + HEADER_H + n_tasks * ROW_H + FOOTER_H);
    }
  cairo_move_to (cr, x0 + layout.task_w, TITLE_H);
  cairo_line_to (cr, x0 + layout.task_w, TITLE_H + HEADER_H + n_tasks * ROW_H + FOOTER_H);
  cairo_stroke (cr);
  koers_render_set_ink (cr, opts->style);
  cairo_set_line_width (cr, 1.2);
  cairo_rectangle (cr, x0, TITLE_H, table_w, HEADER_H + n_tasks * ROW_H + FOOTER_H);
  cairo_stroke (cr);

  draw_legend (cr, opts, koers_plan_get_rasci (layout.plan),
               x0, TITLE_H + HEADER_H + n_tasks * ROW_H + FOOTER_H + 10, width);

  /* What the plan check says about the matrix, on its first page, as far
   * as there is room; each line starts with its severity in words. */
  if (!layout.blank && page == 0)
    {
      g_autoptr(GPtrArray) findings = koers_check_plan (layout.plan);
      double fy = TITLE_H + HEADER_H + n_tasks * ROW_H + FOOTER_H + 10 + LEGEND_H;
      gboolean first = TRUE;

      koers_render_set_ink (cr, opts->style);
      for (guint i = 0; i < findings->len && fy + 12 < height; i++)
        {
          KoersFinding *finding = g_ptr_array_index (findings, i);
          g_autofree char *line = NULL;

          if (finding->area != KOERS_AREA_ROLES)
            continue;
          if (first)
            {
              fy += koers_render_text (cr, _("Points for the plan"), 10, TRUE, x0, fy, 0, NULL) + 2;
              first = FALSE;
            }
          /* Translators: a finding on the printed matrix: its severity and message */
          line = g_strdup_printf (_("%s: %s"),
                                  finding->severity == KOERS_SEVERITY_PROBLEM ? _("Problem")
                                  : finding->severity == KOERS_SEVERITY_WARNING
                                    ? _("Point of attention") : _("Suggestion"),
                                  finding->message);
          fy += koers_render_text_full (cr, line, 8.5, FALSE, x0, fy, 0, width,
                                        height - fy, NULL) + 2;
        }
    }

  cairo_restore (cr);
  layout_clear (&layout);
}
