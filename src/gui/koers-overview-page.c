/* koers-overview-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The overview: the plan's name, organisation, author and period (where
 * they are entered), the progress per part, what the plan check finds
 * grouped by severity (each finding a row that opens the place where it is
 * solved), the rose and the maturity phases small, the next four weeks of
 * the calendar and the hours each role has planned. An empty plan says
 * where to start. Print and Export… here make the plan report (the
 * printable "report").
 */
#define G_LOG_DOMAIN "koers-overview-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "koers-overview-page.h"
#include "koers-area-card.h"
#include "koers-bind.h"
#include "koers-check.h"
#include "koers-check-place.h"
#include "koers-date-button.h"
#include "koers-export-dialog.h"
#include "koers-format.h"
#include "koers-calendar-index.h"
#include "koers-calendar-util.h"
#include "koers-continuity.h"
#include "koers-maturity-render.h"
#include "koers-role.h"
#include "koers-rose-render.h"

/* The agenda: four weeks from today, at most this many rows. */
#define AGENDA_DAYS 28
#define AGENDA_MAX_ROWS 12

struct _KoersOverviewPage
{
  KoersPage   parent_instance;

  guint         refresh_id;
  gboolean      stale;       /* the plan changed while the page was hidden */
  GCancellable *checking;    /* the check that runs, if any */
  gboolean      cards_made;  /* for the plan the page shows */
  GPtrArray    *shown;       /* (nullable) the findings the list shows */

  GtkWidget  *scroller;
  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
  GtkLabel   *summary_label;
  GtkWidget  *findings_box;
  GtkFlowBox *areas_box;
  GtkWidget  *findings_heading;
  GtkWidget  *first_use_box;
  GtkWidget  *rose_area;
  GtkWidget  *maturity_area;
  GtkListBox *agenda_list;
  GtkLabel   *agenda_more_label;
  GtkListBox *capacity_list;
  GtkWidget  *capacity_empty_label;

  guint       agenda_id;      /* the agenda is filled again at idle */
  guint32     agenda_today;   /* the day it was filled for (julian), or 0 */
  gboolean    agenda_stale;   /* its days changed while the page was hidden */
  guint       capacity_serials[4]; /* calendar, roles, the period: what it was made of */
  gboolean    capacity_made;
  GtkWidget  *title_entry;
  GtkWidget  *organisation_entry;
  GtkWidget  *author_entry;
  GtkWidget  *period_start_button;
  GtkWidget  *period_end_button;
  KoersExportStatus    *export_status;
  GtkFileChooserNative *chooser;      /* (nullable) the open Export… dialog */
  KoersExportChoices    export;       /* what the last export chose */
};

G_DEFINE_FINAL_TYPE (KoersOverviewPage, koers_overview_page, KOERS_TYPE_PAGE)


static const char *
severity_icon (KoersSeverity severity)
{
  switch (severity)
    {
    case KOERS_SEVERITY_PROBLEM: return "dialog-error-symbolic";
    case KOERS_SEVERITY_WARNING: return "dialog-warning-symbolic";
    case KOERS_SEVERITY_HINT:    return "dialog-information-symbolic";
    default:                     return "dialog-warning-symbolic";
    }
}

/* The word beside the icon: the severity does not rest on the icon alone. */
static const char *
severity_word (KoersSeverity severity)
{
  switch (severity)
    {
    case KOERS_SEVERITY_PROBLEM: return C_("finding", "Problem");
    case KOERS_SEVERITY_WARNING: return C_("finding", "Point of attention");
    case KOERS_SEVERITY_HINT:    return C_("finding", "Suggestion");
    default:                     return "";
    }
}

/* A finding opens the place where it is solved (win.show-location: the
 * page, and the row or field of its location); a finding about a part
 * that has no page yet says so instead of promising a jump. */
static GtkWidget *
create_finding_row (KoersFinding *finding,
                    const char   *place,
                    gboolean      has_page)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (finding->severity));
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  /* Translators: above a finding, e.g. "Problem · Objectives" */
  g_autofree char *kind = g_strdup_printf (_("%s · %s"), severity_word (finding->severity),
                                           koers_area_get_title (finding->area));
  /* and where in it, as the printed report says (koers_check_dup_place()) */
  g_autofree char *kind_place = place != NULL ? g_strdup_printf (_("%s · %s"), kind, place) : NULL;
  GtkWidget *area = gtk_label_new (kind_place != NULL ? kind_place : kind);
  GtkWidget *message = gtk_label_new (finding->message);
  g_autofree char *name = g_strdup_printf ("%s: %s", kind_place != NULL ? kind_place : kind,
                                           finding->message);

  gtk_widget_add_css_class (area, "caption-heading");
  gtk_widget_add_css_class (area, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (area), 0);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  /* A floor for its narrowest width: without one, GtkLabel measures the
   * least width by breaking the message after every character, which
   * shapes it again for each (the first findings of a plan took 30 ms to
   * lay out). Twenty characters is narrower than any window. */
  gtk_label_set_width_chars (GTK_LABEL (message), 20);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), area);
  gtk_box_append (GTK_BOX (texts), message);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  severity_word (finding->severity), -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  if (has_page)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-location");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)",
                                        koers_area_get_name (finding->area),
                                        finding->location != NULL ? finding->location : "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  else
    {
      GtkWidget *note = gtk_label_new (_("Koers has no page for this part yet."));
      g_autofree char *full = g_strdup_printf ("%s %s", name,
                                               _("Koers has no page for this part yet."));

      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_widget_add_css_class (note, "caption");
      gtk_widget_add_css_class (note, "dim-label");
      gtk_box_append (GTK_BOX (texts), note);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, full, -1);
    }
  return row;
}

/* The cards are made once per plan and then only updated: rebuilding ten
 * templates at every change costs more than the check's copy. */
static void
fill_area_cards (KoersOverviewPage *self,
                 KoersPlan         *plan)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_STACK);
  GtkWidget *child;

  if (self->cards_made)
    {
      for (child = gtk_widget_get_first_child (GTK_WIDGET (self->areas_box)); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        koers_area_card_update (KOERS_AREA_CARD (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child))),
                                plan);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->areas_box))) != NULL)
    gtk_flow_box_remove (self->areas_box, child);

  for (guint area = 0; area < KOERS_N_AREAS; area++)
    if (GTK_IS_STACK (stack) &&
        gtk_stack_get_child_by_name (GTK_STACK (stack), koers_area_get_name (area)) != NULL)
      gtk_flow_box_append (self->areas_box, koers_area_card_new (plan, area));
  self->cards_made = GTK_IS_STACK (stack);
}

static gboolean
same_findings (GPtrArray *a,
               GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const KoersFinding *fa = g_ptr_array_index (a, i);
      const KoersFinding *fb = g_ptr_array_index (b, i);

      if (fa->kind != fb->kind || fa->area != fb->area ||
          g_strcmp0 (fa->message, fb->message) != 0 ||
          g_strcmp0 (fa->location, fb->location) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
clear_findings (KoersOverviewPage *self)
{
  GtkWidget *child;

  g_clear_pointer (&self->shown, g_ptr_array_unref);
  while (self->findings_box != NULL &&
         (child = gtk_widget_get_first_child (self->findings_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->findings_box), child);
}

/* One group per severity that has findings, most serious first: a heading
 * with the count, and a list of rows in the order of the plan. */
static void
show_findings (KoersOverviewPage *self,
               GPtrArray         *findings)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_STACK);
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));
  guint counts[KOERS_N_SEVERITIES] = { 0, };

  /* The same findings again (most edits): nothing to lay out. */
  if (same_findings (self->shown, findings))
    return;
  clear_findings (self);
  self->shown = g_ptr_array_ref (findings);

  if (findings->len == 0)
    gtk_label_set_label (self->summary_label,
                         _("The plan is complete: every step is filled in and the check finds "
                           "nothing to improve."));
  else
    {
      g_autofree char *summary =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The check found %u point to improve. Activate it to go "
                                      "to the page where you solve it.",
                                      "The check found %u points to improve. Activate one to "
                                      "go to the page where you solve it.",
                                      findings->len),
                         findings->len);
      gtk_label_set_label (self->summary_label, summary);
    }

  for (guint i = 0; i < findings->len; i++)
    counts[((KoersFinding *) g_ptr_array_index (findings, i))->severity]++;

  for (guint severity = 0; severity < KOERS_N_SEVERITIES; severity++)
    {
      GtkWidget *heading, *list;
      g_autofree char *title = NULL;

      if (counts[severity] == 0)
        continue;
      /* Translators: a group of findings and its count, e.g. "Problems (2)" */
      title = g_strdup_printf (_("%s (%u)"), koers_severity_get_title (severity), counts[severity]);
      heading = g_object_new (GTK_TYPE_LABEL, "label", title, "xalign", 0.0f,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, 6);
      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      koers_severity_get_title (severity), -1);
      g_object_set_data (G_OBJECT (list), "koers-severity", GUINT_TO_POINTER (severity + 1));
      gtk_box_append (GTK_BOX (self->findings_box), heading);
      gtk_box_append (GTK_BOX (self->findings_box), list);

      for (guint i = 0; i < findings->len; i++)
        {
          KoersFinding *finding = g_ptr_array_index (findings, i);
          g_autofree char *place = NULL;
          gboolean has_page;

          if (finding->severity != severity)
            continue;
          has_page = GTK_IS_STACK (stack) &&
                     gtk_stack_get_child_by_name (GTK_STACK (stack),
                                                  koers_area_get_name (finding->area)) != NULL;
          place = plan != NULL ? koers_check_dup_place (plan, finding) : NULL;
          gtk_list_box_append (GTK_LIST_BOX (list), create_finding_row (finding, place, has_page));
        }
    }
  gtk_widget_set_visible (self->findings_box, findings->len > 0);
  gtk_widget_set_visible (self->findings_heading, findings->len > 0);
}

/* The small diagrams -------------------------------------------------- */

static void
draw_rose_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (user_data));
  KoersRoseOptions opts;

  if (plan == NULL)
    return;
  koers_rose_options_init (&opts);
  opts.show_title = FALSE;
  opts.show_notes = FALSE;
  opts.show_mix = FALSE;
  koers_rose_render (cr, plan, &opts, width, height);
}

static void
draw_maturity_cb (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        user_data)
{
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (user_data));
  KoersMaturityOptions opts;

  if (plan == NULL)
    return;
  koers_maturity_options_init (&opts);
  opts.show_title = FALSE;
  opts.show_previous = FALSE;
  opts.show_guidance = FALSE;
  koers_maturity_render (cr, plan, &opts, width, height);
}

static void
rose_changed_cb (KoersOverviewPage *self)
{
  gtk_widget_queue_draw (self->rose_area);
}

static void
maturity_changed_cb (KoersOverviewPage *self)
{
  gtk_widget_queue_draw (self->maturity_area);
}

/* The agenda ----------------------------------------------------------- */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
create_agenda_row (KoersPlan             *plan,
                   const KoersOccurrence *occurrence)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* Translators: a day in the overview's agenda, e.g. "Tue 3 Mar" */
  g_autofree char *day = koers_calendar_format_date (&occurrence->date, _("%a %-d %b"));
  g_autofree char *what = koers_calendar_entry_describe (plan, occurrence->entry,
                                                        occurrence->time);
  g_autofree char *location = g_strdup_printf ("date/%04u-%02u-%02u",
                                               g_date_get_year (&occurrence->date),
                                               g_date_get_month (&occurrence->date),
                                               g_date_get_day (&occurrence->date));
  g_autofree char *name = g_strdup_printf ("%s: %s", day, what);
  GtkWidget *day_label = gtk_label_new (day);
  GtkWidget *what_label = gtk_label_new (what);

  gtk_label_set_xalign (GTK_LABEL (day_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (day_label), 10);
  gtk_widget_add_css_class (day_label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (what_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (what_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (what_label, TRUE);
  gtk_box_append (GTK_BOX (box), day_label);
  gtk_box_append (GTK_BOX (box), what_label);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-location");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", "calendar", location);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return row;
}

/* Four weeks from today from the calendar index: only those days are read,
 * however large the calendar. */
static void
fill_agenda (KoersOverviewPage *self)
{
  static const guint windows[] = { 1, 7, AGENDA_DAYS };
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));
  g_autoptr(GArray) occurrences = NULL;
  KoersCalendarIndex *index;
  GDate from, to;
  guint shown, total;

  clear_list (self->agenda_list);
  if (plan == NULL)
    return;

  /* A busy calendar fills the rows from its first days: a day, a week,
   * then the four weeks, and the rest is only counted. */
  index = koers_calendar_index_get_for_plan (plan);
  koers_calendar_today (&from);
  self->agenda_today = g_date_get_julian (&from);
  for (guint w = 0; w < G_N_ELEMENTS (windows); w++)
    {
      g_clear_pointer (&occurrences, g_array_unref);
      to = from;
      g_date_add_days (&to, windows[w] - 1);
      occurrences = koers_calendar_index_query (index, &from, &to);
      if (occurrences->len >= AGENDA_MAX_ROWS)
        break;
    }
  total = occurrences->len;
  if (g_date_days_between (&from, &to) + 1 < AGENDA_DAYS)
    {
      to = from;
      g_date_add_days (&to, AGENDA_DAYS - 1);
      total = koers_calendar_index_count (index, &from, &to);
    }
  shown = MIN (occurrences->len, AGENDA_MAX_ROWS);
  for (guint i = 0; i < shown; i++)
    gtk_list_box_append (self->agenda_list,
                         create_agenda_row (plan, &g_array_index (occurrences, KoersOccurrence, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->agenda_list), shown > 0);

  if (total == 0)
    gtk_label_set_label (self->agenda_more_label,
                         _("Nothing is planned for the next four weeks: add posts on the content "
                           "calendar."));
  else if (total > shown)
    {
      g_autofree char *more =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more post in these four weeks.",
                                      "And %u more posts in these four weeks.",
                                      total - shown),
                         total - shown);

      gtk_label_set_label (self->agenda_more_label, more);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->agenda_more_label), total == 0 || total > shown);
}

static gboolean
agenda_idle_cb (gpointer user_data)
{
  KoersOverviewPage *self = user_data;

  self->agenda_id = 0;
  self->agenda_stale = FALSE;
  fill_agenda (self);
  return G_SOURCE_REMOVE;
}

/* Only a change within the four weeks shows in the agenda. */
static void
index_changed_cb (KoersCalendarIndex *index,
                  guint               first,
                  guint               last,
                  KoersOverviewPage  *self)
{
  GDate today;
  guint32 from;

  koers_calendar_today (&today);
  from = g_date_get_julian (&today);
  if (last < from || first > from + AGENDA_DAYS - 1)
    return;
  /* A hidden page reads the index again when it shows */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->agenda_stale = TRUE;
      return;
    }
  if (self->agenda_id == 0)
    self->agenda_id = g_idle_add (agenda_idle_cb, self);
}

/* The capacity --------------------------------------------------------- */

static char *
format_hours (double hours)
{
  g_autofree char *number = koers_format_number (hours, 1);

  /* Translators: hours, as in "2.5 h"; %s is the number */
  return g_strdup_printf (_("%s h"), number);
}

static GtkWidget *
create_capacity_row (KoersPlan             *plan,
                     const KoersOwnerHours *hours,
                     guint                  n_days)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  KoersRole *role = koers_plan_find_role (plan, hours->owner);
  const char *role_name = role != NULL ? koers_role_get_name (role) : hours->owner;
  double average = n_days > 0 ? hours->total * 7.0 / n_days : 0;
  double busiest = 0;
  g_autofree char *average_text = format_hours (average);
  g_autofree char *busiest_text = NULL;
  g_autofree char *available_text = format_hours (hours->available);
  g_autofree char *detail = NULL;
  g_autofree char *name = NULL;
  GtkWidget *title, *detail_label;

  for (guint w = 0; w < hours->weeks->len; w++)
    busiest = MAX (busiest, g_array_index (hours->weeks, KoersWeekHours, w).planned);
  busiest_text = format_hours (busiest);

  if (role == NULL)
    /* Translators: planned hours of an owner that is no role of the plan */
    detail = g_strdup_printf (_("%s a week planned on average, %s in the busiest week; "
                                "not a role of the plan"),
                              average_text, busiest_text);
  else
    /* Translators: e.g. "2.5 h a week planned on average, 4.0 h in the busiest week, of 4.0 h
     * the role has" */
    detail = g_strdup_printf (_("%s a week planned on average, %s in the busiest week, of %s "
                                "the role has"),
                              average_text, busiest_text, available_text);

  title = gtk_label_new (role_name);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  detail_label = gtk_label_new (detail);
  gtk_label_set_xalign (GTK_LABEL (detail_label), 0);
  gtk_label_set_wrap (GTK_LABEL (detail_label), TRUE);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), detail_label);
  gtk_box_append (GTK_BOX (box), texts);

  /* Over: an icon and a word, not a colour */
  if (busiest > hours->available)
    {
      GtkWidget *over = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *word = gtk_label_new (_("Over capacity"));

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Over capacity"), -1);
      gtk_widget_set_valign (over, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (over), icon);
      gtk_box_append (GTK_BOX (over), word);
      gtk_box_append (GTK_BOX (box), over);
      name = g_strdup_printf ("%s: %s. %s", role_name, detail, _("Over capacity"));
    }
  else
    name = g_strdup_printf ("%s: %s", role_name, detail);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return row;
}

/* The planned hours per owner and week of the plan period, against the
 * role's hours: one walk over the period (14 to 28 ms for 50000 entries),
 * so only when the calendar, the roles or the period changed. */
static void
fill_capacity (KoersOverviewPage *self,
               KoersPlan         *plan)
{
  g_autoptr(GPtrArray) owners = NULL;
  GDate first, last;
  guint serials[4];
  guint n_days;

  /* The plan's own section holds the title too: what counts is the period. */
  koers_check_get_period (plan, &first, &last);
  serials[0] = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_CALENDAR);
  serials[1] = koers_plan_get_serial (plan, KOERS_PLAN_SECTION_ROLES);
  serials[2] = g_date_get_julian (&first);
  serials[3] = g_date_get_julian (&last);
  if (self->capacity_made && memcmp (serials, self->capacity_serials, sizeof serials) == 0)
    return;
  memcpy (self->capacity_serials, serials, sizeof serials);
  self->capacity_made = TRUE;

  clear_list (self->capacity_list);
  n_days = g_date_days_between (&first, &last) + 1;
  owners = koers_continuity_owner_hours (plan, &first, &last);
  for (guint i = 0; i < owners->len; i++)
    gtk_list_box_append (self->capacity_list,
                         create_capacity_row (plan, g_ptr_array_index (owners, i), n_days));
  gtk_widget_set_visible (GTK_WIDGET (self->capacity_list), owners->len > 0);
  gtk_widget_set_visible (self->capacity_empty_label, owners->len == 0);
}

/* Nothing of the user's yet: the overview says where to start. */
static void
update_first_use (KoersOverviewPage *self,
                  KoersPlan         *plan)
{
  gboolean empty = *koers_plan_get_title (plan) == '\0';

  for (guint area = 0; area < KOERS_N_AREAS && empty; area++)
    {
      guint done, total;

      koers_check_area_progress (plan, area, &done, &total);
      empty = done == 0;
    }
  gtk_widget_set_visible (self->first_use_box, empty);
}

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = koers_check_plan_finish (KOERS_PLAN (object), result, &error);
  KoersOverviewPage *self;

  /* Cancelled: the page has another plan, a newer check runs, or it is gone. */
  if (findings == NULL)
    return;

  self = KOERS_OVERVIEW_PAGE (user_data);
  g_clear_object (&self->checking);
  show_findings (self, findings);
}

/* The findings stay as they are until the check is done: no flicker, and
 * the main loop only takes the copy of the calendar the check runs on. */
static void
start_check (KoersOverviewPage *self,
             KoersPlan         *plan)
{
  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  self->checking = g_cancellable_new ();
  koers_check_plan_async (plan, self->checking, check_done_cb, self);
}

static void
refresh (KoersOverviewPage *self)
{
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));
  const char *title;

  if (plan == NULL)
    return;

  title = koers_plan_get_title (plan);
  gtk_label_set_label (self->title_label, *title ? title : _("Untitled plan"));
  fill_area_cards (self, plan);
  update_first_use (self, plan);
  fill_capacity (self, plan);

  {
    g_autoptr(GString) subtitle = g_string_new (koers_plan_get_organisation (plan));
    const GDate *start = koers_plan_get_period_start (plan);
    const GDate *end = koers_plan_get_period_end (plan);

    if (start != NULL && end != NULL)
      {
        g_autofree char *from = koers_format_date (start);
        g_autofree char *to = koers_format_date (end);

        if (subtitle->len > 0)
          g_string_append (subtitle, " · ");
        /* Translators: the plan period, from one date to another */
        g_string_append_printf (subtitle, _("%s to %s"), from, to);
      }
    gtk_label_set_label (self->subtitle_label, subtitle->str);
    gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle->len > 0);
  }

  start_check (self, plan);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  KoersOverviewPage *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* The check walks the whole calendar: run it once after a burst of edits,
 * and not at all while the page is hidden (it runs when it shows again). */
static void
plan_changed_cb (KoersOverviewPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (300, refresh_idle_cb, self);
}

static void
koers_overview_page_map (GtkWidget *widget)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (koers_overview_page_parent_class)->map (widget);

  if (self->stale && self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
  self->stale = FALSE;
  /* The day may have turned while the page was hidden. */
  {
    GDate today;

    koers_calendar_today (&today);
    if (koers_page_get_plan (KOERS_PAGE (self)) != NULL && self->agenda_id == 0 &&
        (self->agenda_stale || self->agenda_today != g_date_get_julian (&today)))
      self->agenda_id = g_idle_add (agenda_idle_cb, self);
    self->agenda_stale = FALSE;
  }
}

static void
print_clicked_cb (KoersOverviewPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.print", NULL);
}

static void
export_clicked_cb (KoersOverviewPage *self)
{
  if (koers_page_get_plan (KOERS_PAGE (self)) == NULL)
    return;
  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }
  g_set_weak_pointer (&self->chooser,
                      koers_export_dialog_show (KOERS_PAGE (self), &self->export,
                                                KOERS_RENDER_STYLE_COLOUR,
                                                _("Export the Plan Report"),
                                                /* Translators: the suggested file name of an
                                                 * exported plan report, without extension */
                                                C_("file name", "plan-report"),
                                                _("The plan report could not be exported")));
}

static void
koers_overview_page_dispose (GObject *object)
{
  KoersOverviewPage *self = (KoersOverviewPage *) object;

  if (self->chooser != NULL)
    {
      GtkFileChooserNative *chooser = self->chooser;

      g_clear_weak_pointer (&self->chooser);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
      g_object_unref (chooser);
    }
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->agenda_id, g_source_remove);
  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (koers_overview_page_parent_class)->dispose (object);
}

static void
koers_overview_page_bind (KoersPage *page,
                          KoersPlan *plan)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (page);

  g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), page,
                           G_CONNECT_SWAPPED);
  /* The small diagrams draw again only when what they show changed. */
  g_signal_connect_object (plan, "changed::rose", G_CALLBACK (rose_changed_cb), page,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (plan, "changed::calendar", G_CALLBACK (rose_changed_cb), page,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (plan, "changed::maturity", G_CALLBACK (maturity_changed_cb), page,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (koers_calendar_index_get_for_plan (plan), "changed",
                           G_CALLBACK (index_changed_cb), page, 0);
  gtk_widget_queue_draw (self->rose_area);
  gtk_widget_queue_draw (self->maturity_area);
  self->capacity_made = FALSE;
  g_clear_handle_id (&self->agenda_id, g_source_remove);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->agenda_id = g_idle_add (agenda_idle_cb, self);
  else
    self->agenda_stale = TRUE;
  /* The check walks every post of the calendar: not before the window's
   * first frame. */
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
  else
    self->stale = TRUE;
}

static void
koers_overview_page_unbind (KoersPage *page,
                            KoersPlan *plan)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (page);

  g_signal_handlers_disconnect_by_func (plan, plan_changed_cb, self);
  g_signal_handlers_disconnect_by_func (plan, rose_changed_cb, self);
  g_signal_handlers_disconnect_by_func (plan, maturity_changed_cb, self);
  g_signal_handlers_disconnect_by_func (koers_calendar_index_get_for_plan (plan),
                                        index_changed_cb, self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->agenda_id, g_source_remove);
  /* Gone with the template when the page is disposed */
  if (self->agenda_list != NULL)
    clear_list (self->agenda_list);
  if (self->capacity_list != NULL)
    clear_list (self->capacity_list);
  self->cards_made = FALSE;
  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  /* Not another plan's findings while the new plan's check runs. */
  clear_findings (self);
}

static void
koers_overview_page_class_init (KoersOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_overview_page_dispose;
  widget_class->map = koers_overview_page_map;
  KOERS_PAGE_CLASS (klass)->bind = koers_overview_page_bind;
  KOERS_PAGE_CLASS (klass)->unbind = koers_overview_page_unbind;
  KOERS_PAGE_CLASS (klass)->printable_id = "report";

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, findings_box);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, first_use_box);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, rose_area);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, maturity_area);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, agenda_more_label);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, capacity_list);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, capacity_empty_label);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, areas_box);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, findings_heading);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, title_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, organisation_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, author_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, period_start_button);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, period_end_button);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, export_status);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
}

static void
koers_overview_page_init (KoersOverviewPage *self)
{
  GBindingGroup *bindings;

  g_type_ensure (KOERS_TYPE_DATE_BUTTON);
  g_type_ensure (KOERS_TYPE_EXPORT_STATUS);
  gtk_widget_init_template (GTK_WIDGET (self));
  koers_export_dialog_set_status (KOERS_PAGE (self), self->export_status);

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->rose_area), draw_rose_cb, self, NULL);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->maturity_area), draw_maturity_cb, self,
                                  NULL);

  /* The plan's own details, bound once to the plan the page shows: the title
   * bar, prints and exports use them. */
  bindings = koers_page_get_bindings (KOERS_PAGE (self));
  koers_bind_text (bindings, "title", self->title_entry);
  koers_bind_text (bindings, "organisation", self->organisation_entry);
  koers_bind_text (bindings, "author", self->author_entry);
  koers_date_button_bind (KOERS_DATE_BUTTON (self->period_start_button), bindings, "period-start");
  koers_date_button_bind (KOERS_DATE_BUTTON (self->period_end_button), bindings, "period-end");
}
