/* test-roles-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roles page on the example plan: cells set by keyboard and by mouse,
 * the arrows between cells, each gesture one undo step, adding and
 * removing roles and tasks, the findings on their row or column, and the
 * header row and column that stay in view.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "koers-page-slot.h"
#include "koers-raci-cell.h"
#include "koers-role.h"
#include "koers-roles.h"
#include "koers-roles-page.h"
#include "koers-task.h"
#include "koers-window.h"

#include "koers-test-util.h"
#include "koers-test-util-gtk.h"

static char *tmpdir;

typedef struct
{
  KoersWindow    *window;
  KoersRolesPage *page;
  KoersPlan      *plan;
} Fixture;

static GtkStack *
pages_of (GtkWidget *widget)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_STACK (w) && gtk_stack_get_child_by_name (GTK_STACK (w), "overview") != NULL)
        return GTK_STACK (w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL;
           c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_assert_not_reached ();
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (tmpdir, "plan.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (copy);
  GtkStack *pages;
  GtkWidget *slot;

  koers_test_copy_example (copy);
  f->window = koers_test_open_window (file);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  pages = pages_of (GTK_WIDGET (f->window));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "roles");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "roles");
  slot = gtk_stack_get_visible_child (pages);
  f->page = KOERS_ROLES_PAGE (koers_page_slot_get_page (KOERS_PAGE_SLOT (slot)));
  f->plan = koers_window_get_plan (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  koers_test_iterate_for (10);
}

/* The changes show at the next main-loop iteration: */
static void
settle (Fixture *f)
{
  koers_plan_flush_changes (f->plan);
  koers_test_iterate_for (10);
}

static gboolean
has_tooltip (gpointer widget)
{
  return gtk_widget_get_tooltip_text (widget) != NULL;
}

static gboolean
no_tooltip (gpointer widget)
{
  return gtk_widget_get_tooltip_text (widget) == NULL;
}

static KoersTask *
task (Fixture *f,
      guint    index)
{
  g_autoptr(KoersTask) item = g_list_model_get_item (koers_plan_get_tasks (f->plan), index);

  return item;
}

static const char *
cell_text (Fixture *f,
           guint    t,
           guint    r)
{
  GtkWidget *cell = koers_roles_page_get_cell (f->page, t, r);

  g_assert_nonnull (cell);
  return gtk_button_get_label (GTK_BUTTON (cell));
}

static gboolean
key (GtkWidget       *widget,
     guint            keyval,
     GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

static GtkWidget *
focus (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static void
undo (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  settle (f);
}

/* The example's first row, Monitoring: Eigenaar A, Winkelmedewerker R,
 * Bakker I, Marketingstudent R. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *cell;

  g_assert_cmpstr (cell_text (f, 0, 0), ==, "A");
  g_assert_cmpstr (cell_text (f, 0, 1), ==, "R");
  g_assert_cmpstr (cell_text (f, 0, 2), ==, "I");

  cell = koers_roles_page_get_cell (f->page, 0, 1);
  gtk_widget_grab_focus (cell);
  g_assert_true (focus (f) == cell);

  /* A typed letter sets the cell, either case */
  g_assert_true (key (cell, GDK_KEY_c, 0));
  settle (f);
  g_assert_cmpint (koers_roles_get_letter (task (f, 0), "winkelmedewerker"), ==,
                   KOERS_RACI_CONSULTED);
  g_assert_cmpstr (cell_text (f, 0, 1), ==, "C");
  /* the focus stays on the cell */
  g_assert_true (focus (f) == koers_roles_page_get_cell (f->page, 0, 1));

  /* S is no letter of a RACI plan; in RASCI it is */
  g_assert_false (key (focus (f), GDK_KEY_s, 0));
  g_assert_cmpstr (cell_text (f, 0, 1), ==, "C");

  /* The arrows move between the cells */
  g_assert_true (key (focus (f), GDK_KEY_Right, 0));
  g_assert_true (focus (f) == koers_roles_page_get_cell (f->page, 0, 2));
  g_assert_true (key (focus (f), GDK_KEY_Down, 0));
  g_assert_true (focus (f) == koers_roles_page_get_cell (f->page, 1, 2));
  g_assert_true (key (focus (f), GDK_KEY_Up, 0));
  g_assert_true (key (focus (f), GDK_KEY_Left, 0));
  g_assert_true (focus (f) == koers_roles_page_get_cell (f->page, 0, 1));
  /* Left of the first column is the task's header, up from the first row the role's */
  g_assert_true (key (focus (f), GDK_KEY_Left, 0));
  g_assert_true (key (focus (f), GDK_KEY_Left, 0));
  g_assert_true (focus (f) == koers_roles_page_get_header (f->page, TRUE, 0));
  g_assert_true (key (focus (f), GDK_KEY_Right, 0));
  g_assert_true (focus (f) == koers_roles_page_get_cell (f->page, 0, 0));

  /* Delete empties a cell; the cell leaves the task's list */
  cell = koers_roles_page_get_cell (f->page, 0, 2);
  gtk_widget_grab_focus (cell);
  g_assert_cmpuint (g_list_model_get_n_items (koers_task_get_raci (task (f, 0))), ==, 4);
  g_assert_true (key (cell, GDK_KEY_Delete, 0));
  settle (f);
  g_assert_cmpstr (cell_text (f, 0, 2), ==, "");
  g_assert_cmpint (koers_roles_get_letter (task (f, 0), "bakker"), ==, KOERS_RACI_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (koers_task_get_raci (task (f, 0))), ==, 3);

  /* Each key is one step back */
  undo (f);
  g_assert_cmpstr (cell_text (f, 0, 2), ==, "I");
  g_assert_cmpstr (cell_text (f, 0, 1), ==, "C");
  undo (f);
  g_assert_cmpstr (cell_text (f, 0, 1), ==, "R");
  g_assert_cmpint (koers_roles_get_letter (task (f, 0), "winkelmedewerker"), ==,
                   KOERS_RACI_RESPONSIBLE);

  /* RASCI on: S is a letter */
  koers_plan_set_rasci (f->plan, TRUE);
  settle (f);
  cell = koers_roles_page_get_cell (f->page, 0, 1);
  g_assert_true (key (cell, GDK_KEY_S, GDK_SHIFT_MASK));
  settle (f);
  g_assert_cmpstr (cell_text (f, 0, 1), ==, "S");
}

/* A click goes through the letters: I, none, R, A, C, I */
static void
test_mouse (Fixture       *f,
            gconstpointer  data)
{
  const char *expected[] = { "", "R", "A", "C", "I" };
  GtkWidget *cell = koers_roles_page_get_cell (f->page, 0, 2);

  g_assert_cmpstr (cell_text (f, 0, 2), ==, "I");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_signal_emit_by_name (koers_roles_page_get_cell (f->page, 0, 2), "clicked");
      settle (f);
      g_assert_cmpstr (cell_text (f, 0, 2), ==, expected[i]);
    }
  /* the same widget: a letter does not rebuild the matrix */
  g_assert_true (koers_roles_page_get_cell (f->page, 0, 2) == cell);

  /* two clicks, two undo steps */
  undo (f);
  g_assert_cmpstr (cell_text (f, 0, 2), ==, "C");
  undo (f);
  g_assert_cmpstr (cell_text (f, 0, 2), ==, "A");
}

/* Add a role and a task, move a task, remove a role: each one step. */
static void
test_add_move_remove (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *roles = koers_plan_get_roles (f->plan);
  GListModel *tasks = koers_plan_get_tasks (f->plan);
  guint n_roles = g_list_model_get_n_items (roles);
  guint n_tasks = g_list_model_get_n_items (tasks);
  g_autofree char *first = g_strdup (koers_task_get_id (task (f, 0)));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "roles.move", "(bsi)", TRUE, first, 1);
  settle (f);
  g_assert_cmpstr (koers_task_get_id (task (f, 1)), ==, first);
  g_assert_cmpstr (cell_text (f, 1, 0), ==, "A");
  g_assert_cmpstr (cell_text (f, 1, 2), ==, "I");

  g_signal_emit_by_name (koers_test_find_descendant (GTK_WIDGET (f->page), GTK_TYPE_BUTTON),
                         "clicked");
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, n_roles + 1);
  g_assert_nonnull (koers_roles_page_get_cell (f->page, 0, n_roles));
  g_assert_cmpstr (cell_text (f, 0, n_roles), ==, "");

  /* Removing the baker takes its letters out of every task */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "roles.remove", "(bs)", FALSE, "bakker");
  settle (f);
  g_assert_null (koers_plan_find_role (f->plan, "bakker"));
  for (guint t = 0; t < n_tasks; t++)
    g_assert_null (koers_task_find_cell (task (f, t), "bakker"));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n_tasks);

  undo (f);
  g_assert_nonnull (koers_plan_find_role (f->plan, "bakker"));
  g_assert_cmpstr (cell_text (f, 1, 2), ==, "I");
  undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, n_roles);
  undo (f);
  g_assert_cmpstr (koers_task_get_id (task (f, 0)), ==, first);
}

/* The example's two findings are on the owner's and the student's column,
 * and listed below the matrix; the headers scroll with the body. */
static void
test_findings_and_headers (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *owner = koers_roles_page_get_header (f->page, FALSE, 0);
  GtkWidget *baker = koers_roles_page_get_header (f->page, FALSE, 2);
  GtkWidget *student = koers_roles_page_get_header (f->page, FALSE, 3);
  GtkWidget *grid = gtk_widget_get_parent (koers_roles_page_get_cell (f->page, 0, 0));
  GtkScrolledWindow *body = NULL;

  g_assert_nonnull (owner);
  /* The check runs in a thread */
  koers_test_iterate_until (has_tooltip, owner);
  koers_test_iterate_until (has_tooltip, student);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (owner), "Eigenaar"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (student), "Marketingstudent"));
  g_assert_null (gtk_widget_get_tooltip_text (baker));
  g_assert_true (gtk_widget_has_css_class (owner, "raci-finding"));

  /* The header row shares the body's horizontal adjustment */
  body = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (grid, GTK_TYPE_SCROLLED_WINDOW));
  g_assert_true (gtk_scrolled_window_get_hadjustment (
                   GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (owner, GTK_TYPE_SCROLLED_WINDOW)))
                 == gtk_scrolled_window_get_hadjustment (body));

  /* A click on a header opens its editor; a rename shows at once, and
   * the header stays (the matrix is not rebuilt) */
  g_signal_emit_by_name (baker, "clicked");
  {
    GtkWidget *popover = NULL;

    for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (f->page)); c != NULL;
         c = gtk_widget_get_next_sibling (c))
      if (GTK_IS_POPOVER (c) && gtk_widget_get_visible (c))
        popover = c;
    g_assert_nonnull (popover);
    g_assert_nonnull (koers_test_find_descendant (popover, GTK_TYPE_ENTRY));
    gtk_popover_popdown (GTK_POPOVER (popover));
  }
  koers_role_set_name (koers_plan_find_role (f->plan, "bakker"), "Banketbakker");
  settle (f);
  g_assert_true (koers_roles_page_get_header (f->page, FALSE, 2) == baker);
  g_assert_cmpstr (gtk_label_get_text (g_object_get_data (G_OBJECT (baker), "name")), ==,
                   "Banketbakker");

  /* A fixed finding goes: the student gets hours enough. The check runs in
   * a thread; until it is done the header keeps the last findings. */
  koers_role_set_hours_per_week (koers_plan_find_role (f->plan, "marketingstudent"), 6);
  settle (f);
  koers_test_iterate_until (no_tooltip, student);
  g_assert_null (gtk_widget_get_tooltip_text (student));
}

/* A PDF has NUL bytes: no strstr */
static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_label_with (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label_with (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A matrix too large for buttons: the page says so instead of hanging */
static void
test_too_large (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *grid = NULL;
  GtkStack *pages;
  KoersRolesPage *page;

  for (guint r = 0; r < 60; r++)
    {
      KoersRole *role = koers_role_new ();
      g_autofree char *id = g_strdup_printf ("r%u", r);

      koers_role_set_id (role, id);
      koers_role_set_name (role, id);
      g_ptr_array_add (items, role);
    }
  koers_plan_append_many (plan, koers_plan_get_roles (plan), items->pdata, items->len);
  g_ptr_array_set_size (items, 0);
  for (guint t = 0; t < 60; t++)
    {
      KoersTask *item = koers_task_new ();
      g_autofree char *id = g_strdup_printf ("t%u", t);

      koers_task_set_id (item, id);
      koers_task_set_name (item, id);
      g_ptr_array_add (items, item);
    }
  koers_plan_append_many (plan, koers_plan_get_tasks (plan), items->pdata, items->len);
  g_ptr_array_unref (items);

  koers_window_set_plan (f->window, plan, NULL);
  pages = pages_of (GTK_WIDGET (f->window));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "roles");
  page = KOERS_ROLES_PAGE (koers_page_slot_get_page (
                             KOERS_PAGE_SLOT (gtk_stack_get_visible_child (pages))));
  koers_test_iterate_for (50);

  g_assert_null (koers_roles_page_get_cell (page, 0, 0));
  g_assert_null (koers_roles_page_get_header (page, FALSE, 0));
  /* the notice names the size: 60 tasks and 60 roles */
  grid = find_label_with (GTK_WIDGET (page), "60");
  g_assert_nonnull (grid);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (grid)), "60"));
}

static gboolean
pdf_written (gpointer data)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  return g_file_get_contents (data, &text, &length, NULL) && length > 6 &&
         g_strstr_len (text + length - MIN (length, 16), MIN (length, 16), "%%EOF") != NULL;
}

/* Print on this page prints the matrix, on landscape paper */
static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (tmpdir, "print-roles.pdf", NULL);
  g_autofree char *text = NULL;
  gsize length;

  g_object_set_data_full (G_OBJECT (f->window), "koers-print-export-filename", g_strdup (path),
                          g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print", NULL));
  koers_test_iterate_until (pdf_written, path);
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  g_assert_true (contains (text, length, "/MediaBox [ 0 0 841.889764 595.275591 ]"));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!koers_test_init_gtk (&argc, &argv))
    return 0;

  tmpdir = koers_test_make_suite_dir ("koers-test-roles-XXXXXX");

  g_test_add ("/roles-page/keyboard", Fixture, NULL, fixture_setup, test_keyboard,
              fixture_teardown);
  g_test_add ("/roles-page/mouse", Fixture, NULL, fixture_setup, test_mouse, fixture_teardown);
  g_test_add ("/roles-page/add-move-remove", Fixture, NULL, fixture_setup,
              test_add_move_remove, fixture_teardown);
  g_test_add ("/roles-page/findings-and-headers", Fixture, NULL, fixture_setup,
              test_findings_and_headers, fixture_teardown);
  g_test_add ("/roles-page/print", Fixture, NULL, fixture_setup, test_print, fixture_teardown);
  g_test_add ("/roles-page/too-large", Fixture, NULL, fixture_setup, test_too_large,
              fixture_teardown);

  status = g_test_run ();
  koers_test_remove_suite_dir (tmpdir);
  return status;
}
