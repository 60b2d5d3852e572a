/* test-safe-editing.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing changes unless the user meant it, and the keyboard reaches
 * everything: the mouse wheel over number fields, Tab and F6 through the
 * window, focus on hidden pages, removing rows with an Undo notice, and
 * the accessible names of every control. Runs under Xvfb.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "koers-channel.h"
#include "koers-date-button.h"
#include "koers-goal.h"
#include "koers-objective.h"
#include "koers-objective-row.h"
#include "koers-page.h"
#include "koers-plan-io.h"
#include "koers-toast.h"
#include "koers-window.h"

#include "koers-test-util.h"
#include "koers-test-util-gtk.h"

static char *tmpdir;

static GtkStack *
pages_of (KoersWindow *window)
{
  GtkWidget *stack = NULL;
  GPtrArray *todo = g_ptr_array_new ();

  g_ptr_array_add (todo, window);
  while (todo->len > 0 && stack == NULL)
    {
      GtkWidget *w = g_ptr_array_steal_index (todo, todo->len - 1);

      if (GTK_IS_STACK (w) && gtk_stack_get_child_by_name (GTK_STACK (w), "overview") != NULL)
        stack = w;
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (todo, c);
    }
  g_ptr_array_unref (todo);
  g_assert_nonnull (stack);
  return GTK_STACK (stack);
}

static KoersWindow *
open_example_copy (void)
{
  static guint n;
  g_autofree char *name = g_strdup_printf ("plan-%u.koers", n++);
  g_autofree char *copy = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = NULL;
  KoersWindow *window;

  koers_test_copy_example (copy);
  file = g_file_new_for_path (copy);
  window = koers_test_open_window (file);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static GBytes *
plan_bytes (KoersWindow *window)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = koers_plan_io_to_bytes (koers_window_get_plan (window), &error);

  g_assert_no_error (error);
  return bytes;
}

static void
show_page (KoersWindow *window,
           const char  *name)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages_of (window)), ==, name);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect (c, type, found);
}

/* Every widget of @type below @widget, depth first.
 * Returns: (transfer container) */
static GPtrArray *
find_all (GtkWidget *widget,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (widget, type, found);
  return found;
}

/* Wheel events --------------------------------------------------------------- */

static gboolean
run_scroll_controllers (GtkWidget       *widget,
                        GtkPropagationPhase phase,
                        double           dy)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (c) &&
          gtk_event_controller_get_propagation_phase (c) == phase)
        g_signal_emit_by_name (c, "scroll", 0.0, dy, &handled);
    }
  return handled;
}

/* GTK 4.8 cannot make a scroll event: emit "scroll" on the scroll
 * controllers in the order GTK propagates one to @target (capture from the
 * window down, then target and bubble back up), until one handles it. */
static void
wheel (GtkWidget *target,
       double     dy)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();

  for (GtkWidget *w = target; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);

  for (guint i = 0; i < chain->len; i++)
    if (run_scroll_controllers (g_ptr_array_index (chain, i), GTK_PHASE_CAPTURE, dy))
      return;
  if (run_scroll_controllers (target, GTK_PHASE_TARGET, dy))
    return;
  for (guint i = chain->len; i > 0; i--)
    if (run_scroll_controllers (g_ptr_array_index (chain, i - 1), GTK_PHASE_BUBBLE, dy))
      return;
}

static void
test_wheel_over_numbers (void)
{
  KoersWindow *window = open_example_copy ();
  const char *names[] = { "objectives", "strategy", "technology", "rose" };
  g_autoptr(GBytes) before = plan_bytes (window);
  guint n_spins = 0, n_scrolled = 0;

  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (pages_of (window), names[p]);
      g_autoptr(GPtrArray) spins = NULL;

      show_page (window, names[p]);
      spins = find_all (page, GTK_TYPE_SPIN_BUTTON);
      g_assert_cmpuint (spins->len, >, 0);

      for (guint i = 0; i < spins->len; i++)
        {
          GtkWidget *spin = g_ptr_array_index (spins, i);
          GtkWidget *text = koers_test_find_descendant (spin, GTK_TYPE_TEXT);
          GtkWidget *scroller = gtk_widget_get_ancestor (spin, GTK_TYPE_SCROLLED_WINDOW);
          GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
          double value = gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin));
          double position;

          g_assert_nonnull (text);
          gtk_adjustment_set_value (vadj, 0);
          position = gtk_adjustment_get_value (vadj);
          wheel (text, 1);
          wheel (text, 1);
          g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, value);
          if (gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj) > 0)
            {
              /* The page scrolled instead */
              g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, position);
              n_scrolled++;
            }
          wheel (text, -1);
          g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, value);
          n_spins++;
        }
    }

  {
    g_autoptr(GBytes) after = plan_bytes (window);
    gboolean dirty;

    /* SMART baseline and target, hours, FTE, budget, posts, costs, scores */
    g_assert_cmpuint (n_spins, >=, 9);
    g_assert_cmpuint (n_scrolled, >, 0);
    g_assert_true (g_bytes_equal (before, after));
    g_object_get (window, "dirty", &dirty, NULL);
    g_assert_false (dirty);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A number field shows its number without trailing zeros and reads a
 * comma or a point as the decimal mark; text that is no number changes
 * nothing */
static void
test_numbers_as_people_write_them (void)
{
  KoersWindow *window = open_example_copy ();
  GtkWidget *page = gtk_stack_get_child_by_name (pages_of (window), "technology");
  g_autoptr(GPtrArray) spins = NULL;
  GtkSpinButton *spin = NULL;

  show_page (window, "technology");
  spins = find_all (page, GTK_TYPE_SPIN_BUTTON);
  for (guint i = 0; i < spins->len && spin == NULL; i++)
    if (gtk_spin_button_get_digits (g_ptr_array_index (spins, i)) > 0)
      spin = g_ptr_array_index (spins, i);
  g_assert_nonnull (spin);

  gtk_spin_button_set_value (spin, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "2");

  gtk_editable_set_text (GTK_EDITABLE (spin), "1,5");
  gtk_spin_button_update (spin);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 1.5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "1.5");

  gtk_editable_set_text (GTK_EDITABLE (spin), " 3.5 ");
  gtk_spin_button_update (spin);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 3.5);

  gtk_editable_set_text (GTK_EDITABLE (spin), "veel");
  gtk_spin_button_update (spin);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 3.5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "3.5");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Keys ------------------------------------------------------------------- */

static gboolean
run_key_controllers (GtkWidget           *widget,
                     GtkPropagationPhase  phase,
                     guint                keyval,
                     GdkModifierType      state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c) &&
          gtk_event_controller_get_propagation_phase (c) == phase)
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

/* A key press on the focus widget, as GTK 4.8 propagates it: the key
 * controllers from the window down and back up; unhandled, what the
 * built-in bindings do: Tab moves the focus (GtkWindow), F6 cycles the
 * panes (GtkPaned). */
static void
press (KoersWindow     *window,
       guint            keyval,
       GdkModifierType  state)
{
  GtkWidget *target = gtk_root_get_focus (GTK_ROOT (window));
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();

  if (target == NULL)
    target = GTK_WIDGET (window);
  for (GtkWidget *w = target; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);

  for (guint i = 0; i < chain->len; i++)
    if (run_key_controllers (g_ptr_array_index (chain, i), GTK_PHASE_CAPTURE, keyval, state))
      goto handled;
  if (run_key_controllers (target, GTK_PHASE_TARGET, keyval, state))
    goto handled;
  for (guint i = chain->len; i > 0; i--)
    if (run_key_controllers (g_ptr_array_index (chain, i - 1), GTK_PHASE_BUBBLE, keyval, state))
      goto handled;

  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_ISO_Left_Tab)
    {
      GtkDirectionType dir = keyval == GDK_KEY_Tab ? GTK_DIR_TAB_FORWARD : GTK_DIR_TAB_BACKWARD;

      if (!gtk_widget_child_focus (GTK_WIDGET (window), dir))
        {
          gtk_root_set_focus (GTK_ROOT (window), NULL);
          gtk_widget_child_focus (GTK_WIDGET (window), dir);
        }
    }
  else if (keyval == GDK_KEY_F6)
    {
      GtkWidget *paned = gtk_widget_get_ancestor (target, GTK_TYPE_PANED);
      gboolean ret;

      if (paned != NULL)
        g_signal_emit_by_name (paned, "cycle-child-focus", (state & GDK_SHIFT_MASK) != 0, &ret);
    }

handled:
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

static GtkWidget *
focus_of (KoersWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* No control of a hidden page holds the focus */
static void
assert_no_hidden_focus (KoersWindow *window)
{
  GtkStack *pages = pages_of (window);
  GtkWidget *focus = focus_of (window);
  GtkWidget *visible = gtk_stack_get_visible_child (pages);

  if (focus == NULL)
    return;
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (pages)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (c != visible && gtk_widget_is_ancestor (focus, c))
      g_error ("%s on the hidden page %s has the focus (visible: %s)",
               G_OBJECT_TYPE_NAME (focus), gtk_stack_page_get_name (gtk_stack_get_page (pages, c)),
               gtk_stack_get_visible_child_name (pages));
}

static gboolean
focus_in_visible_page (KoersWindow *window)
{
  GtkWidget *focus = focus_of (window);
  GtkWidget *visible = gtk_stack_get_visible_child (pages_of (window));

  return focus != NULL && gtk_widget_is_ancestor (focus, visible);
}

static GtkWidget *
sidebar_of (KoersWindow *window)
{
  GtkWidget *paned = koers_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_PANED);

  return koers_test_find_descendant (gtk_paned_get_start_child (GTK_PANED (paned)),
                                     GTK_TYPE_LIST_BOX);
}

static GtkWidget *
header_of (KoersWindow *window)
{
  return koers_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_HEADER_BAR);
}

static void
test_tab_leaves_sidebar (void)
{
  KoersWindow *window = open_example_copy ();
  GtkWidget *sidebar = sidebar_of (window);
  GtkStack *pages = pages_of (window);
  const char *names[] = { "overview", "people", "strategy", "rose" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      show_page (window, names[i]);
      g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (sidebar)))));

      /* Tab goes into the page that shows, which stays */
      press (window, GDK_KEY_Tab, 0);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, names[i]);
      g_assert_true (focus_in_visible_page (window));
      g_assert_true (gtk_widget_get_mapped (focus_of (window)));

      /* Shift+Tab from the steps goes back to the header bar */
      g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (sidebar)))));
      press (window, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, names[i]);
      g_assert_true (gtk_widget_is_ancestor (focus_of (window), header_of (window)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_f6_cycles (void)
{
  KoersWindow *window = open_example_copy ();
  GtkWidget *sidebar = sidebar_of (window);

  show_page (window, "people");
  g_assert_true (gtk_widget_grab_focus (koers_test_find_descendant (
    gtk_stack_get_child_by_name (pages_of (window), "people"), GTK_TYPE_ENTRY)));

  /* Alt+2 from a field of the people page: the focus follows the page */
  show_page (window, "objectives");
  assert_no_hidden_focus (window);
  g_assert_true (focus_in_visible_page (window));

  /* page -> header bar -> steps -> page, and back */
  press (window, GDK_KEY_F6, 0);
  assert_no_hidden_focus (window);
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), header_of (window)));
  press (window, GDK_KEY_F6, 0);
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), sidebar));
  press (window, GDK_KEY_F6, 0);
  g_assert_true (focus_in_visible_page (window));
  press (window, GDK_KEY_F6, GDK_SHIFT_MASK);
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), sidebar));

  /* After a switch from the steps, F6 goes to the page that shows */
  show_page (window, "strategy");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (sidebar)))));
  press (window, GDK_KEY_F6, 0);
  assert_no_hidden_focus (window);
  g_assert_true (focus_in_visible_page (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages_of (window)), ==, "strategy");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_overview_card_moves_focus (void)
{
  KoersWindow *window = open_example_copy ();
  GtkStack *pages = pages_of (window);
  GtkWidget *overview = gtk_stack_get_child_by_name (pages, "overview");
  g_autoptr(GPtrArray) buttons = NULL;
  GtkWidget *card = NULL;

  show_page (window, "overview");
  koers_test_iterate_for (500);  /* the overview fills itself when idle */
  buttons = find_all (overview, GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len && card == NULL; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)),
                   "win.show-page") == 0)
      card = g_ptr_array_index (buttons, i);
  g_assert_nonnull (card);

  g_assert_true (gtk_widget_grab_focus (card));
  /* What Enter or Space end in; at once, before an idle refresh of the
   * overview could replace the card */
  g_signal_emit_by_name (card, "clicked");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), !=, "overview");
  assert_no_hidden_focus (window);
  g_assert_true (focus_in_visible_page (window));

  /* and F6 from there stays on what shows */
  for (guint i = 0; i < 4; i++)
    {
      press (window, GDK_KEY_F6, 0);
      assert_no_hidden_focus (window);
      g_assert_nonnull (focus_of (window));
      g_assert_true (gtk_widget_get_mapped (focus_of (window)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Removing rows ---------------------------------------------------------- */

static gboolean
is_trash_button (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "user-trash-symbolic") == 0;
}

static GtkWidget *
find_toast (KoersWindow *window)
{
  return koers_test_find_descendant (GTK_WIDGET (window), KOERS_TYPE_TOAST);
}

static GtkWidget *
toast_undo_button (GtkWidget *toast)
{
  g_autoptr(GPtrArray) buttons = find_all (toast, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Undo") == 0)
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

static gboolean
toast_revealed (GtkWidget *toast)
{
  gboolean revealed;

  g_object_get (toast, "revealed", &revealed, NULL);
  return revealed;
}

/* The row widget (KoersXxxRow) a trash button belongs to */
static GtkWidget *
row_of (GtkWidget *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX_ROW);

  g_assert_nonnull (row);
  return gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
}

static gboolean
focus_is_mapped (gpointer window)
{
  GtkWidget *focus = focus_of (window);

  return focus != NULL && gtk_widget_get_mapped (focus);
}

static void
test_remove_row_by_keyboard (void)
{
  KoersWindow *window = open_example_copy ();
  GtkWidget *toast = find_toast (window);
  const char *names[] = { "people", "objectives", "strategy", "technology", "maturity" };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GBytes) original = plan_bytes (window);

  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (pages_of (window), names[p]);
      g_autoptr(GPtrArray) buttons = NULL;

      show_page (window, names[p]);
      buttons = find_all (page, GTK_TYPE_BUTTON);
      for (guint i = 0; i < buttons->len; i++)
        {
          GtkWidget *trash = g_ptr_array_index (buttons, i);
          GtkWidget *row, *first, *list_box;
          const char *type;
          g_autoptr(GBytes) before = NULL;
          g_autoptr(GBytes) removed = NULL;
          g_autoptr(GBytes) undone = NULL;
          guint n_rows;

          if (!is_trash_button (trash))
            continue;
          row = row_of (trash);
          type = G_OBJECT_TYPE_NAME (row);
          if (g_hash_table_contains (seen, type))
            continue;
          g_hash_table_add (seen, (gpointer) type);

          /* Tab from the row's first field does not land on its trash button */
          gtk_root_set_focus (GTK_ROOT (window), NULL);
          g_assert_true (gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD));
          first = focus_of (window);
          g_assert_true (first != trash);
          press (window, GDK_KEY_Tab, 0);
          if (focus_of (window) == trash)
            g_error ("Tab from %s in %s lands on its trash button", G_OBJECT_TYPE_NAME (first), type);

          /* Space on the trash button: the row goes, a notice says so, and the
           * focus goes to a neighbour, not to a button that changes the plan */
          list_box = gtk_widget_get_ancestor (trash, GTK_TYPE_LIST_BOX);
          n_rows = 0;
          for (GtkWidget *c = gtk_widget_get_first_child (list_box); c; c = gtk_widget_get_next_sibling (c))
            if (GTK_IS_LIST_BOX_ROW (c))  /* not the placeholder */
              n_rows++;
          before = plan_bytes (window);
          g_assert_true (gtk_widget_grab_focus (trash));
          g_signal_emit_by_name (trash, "clicked");
          gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          removed = plan_bytes (window);
          g_assert_false (g_bytes_equal (before, removed));
          g_assert_true (toast_revealed (toast));
          g_assert_true (g_str_has_suffix (koers_toast_get_message (KOERS_TOAST (toast)), " removed"));
          g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (toast)), ==,
                           GTK_ACCESSIBLE_ROLE_ALERT);
          g_assert_nonnull (focus_of (window));
          /* the last row of a list (the example's one assessment) sends the
           * focus to the notice's Undo, which shows once it slides in */
          koers_test_iterate_until (focus_is_mapped, window);
          assert_no_hidden_focus (window);
          if (n_rows > 1)
            g_assert_true (gtk_widget_is_ancestor (focus_of (window), list_box));
          else
            g_assert_true (focus_of (window) == toast_undo_button (toast));
          g_assert_false (GTK_IS_BUTTON (focus_of (window)) && focus_of (window) != toast_undo_button (toast));

          /* Undo in the notice brings the row back, byte for byte */
          g_signal_emit_by_name (toast_undo_button (toast), "clicked");
          gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          undone = plan_bytes (window);
          g_assert_true (g_bytes_equal (before, undone));
          g_assert_false (toast_revealed (toast));
          g_assert_nonnull (focus_of (window));
          g_assert_true (gtk_widget_get_mapped (focus_of (window)));
        }
    }

  /* Target groups, networks, goals, objectives, strategies, milestones,
   * channels, tools, criteria, assessments */
  g_assert_cmpuint (g_hash_table_size (seen), >=, 10);
  {
    g_autoptr(GBytes) now = plan_bytes (window);

    g_assert_true (g_bytes_equal (original, now));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
focus_in_a_row (gpointer window)
{
  GtkWidget *focus = focus_of (window);

  return focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) != NULL;
}

static void
test_add_row_focuses_it (void)
{
  KoersWindow *window = koers_window_new (NULL);
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  const char *names[] = { "people", "objectives", "strategy", "technology", "maturity" };
  guint n_added = 0;

  koers_window_set_plan (window, plan, NULL);
  gtk_window_present (GTK_WINDOW (window));

  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (pages_of (window), names[p]);
      g_autoptr(GPtrArray) buttons = NULL;

      show_page (window, names[p]);
      buttons = find_all (page, GTK_TYPE_BUTTON);
      for (guint i = 0; i < buttons->len; i++)
        {
          GtkWidget *add = g_ptr_array_index (buttons, i);
          const char *label = gtk_button_get_label (GTK_BUTTON (add));
          GtkWidget *focus;

          /* "Add _Target Group", "Add _Channel", ...: not the rows' own buttons */
          if (label == NULL || !g_str_has_prefix (label, "Add ") ||
              gtk_widget_get_ancestor (add, GTK_TYPE_LIST_BOX_ROW) != NULL)
            continue;
          g_assert_true (gtk_widget_grab_focus (add));
          g_signal_emit_by_name (add, "clicked");
          koers_test_iterate_until (focus_in_a_row, window);

          /* The new row's first field has the focus, not the Add button */
          focus = focus_of (window);
          g_assert_nonnull (focus);
          g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW));
          g_assert_false (is_trash_button (focus));
          n_added++;
        }
    }
  /* target group, goal, objective, strategy, milestone, channel, tool, criterion */
  g_assert_cmpuint (n_added, ==, 8);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Accessible names ----------------------------------------------------------- */

static char *
accessible_label (GtkAccessible *accessible)
{
  /* GTK 4.8 has no public getter: a check against an impossible value
   * returns the value the accessible has */
  char *value = gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, "\001");

  if (value != NULL && strcmp (value, "undefined") == 0)
    g_clear_pointer (&value, g_free);
  return value;
}

/* The name an AT-SPI reader gets, as GTK 4.8 makes it: the label, then the
 * labels of the widgets it is labelled by. */
static char *
accessible_name (GtkWidget *widget,
                 GPtrArray *all)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *label = accessible_label (GTK_ACCESSIBLE (widget));
  g_autofree char *by = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                            GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                            NULL);

  if (label != NULL)
    g_string_append (name, label);
  /* "GtkLabel<0x...> GtkLabel<0x...>": find them among the window's widgets */
  for (const char *p = by ? strchr (by, '<') : NULL; p != NULL; p = strchr (p + 1, '<'))
    {
      gpointer target = NULL;

      if (sscanf (p + 1, "%p", &target) != 1)
        continue;
      for (guint i = 0; i < all->len; i++)
        if (g_ptr_array_index (all, i) == target)
          {
            g_autofree char *other = accessible_label (GTK_ACCESSIBLE (target));

            if (other != NULL && *other)
              {
                if (name->len > 0)
                  g_string_append_c (name, ' ');
                g_string_append (name, other);
              }
          }
    }
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static gboolean
is_control (GtkWidget *widget)
{
  switch ((int) gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)))
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_LIST:
      return TRUE;
    case GTK_ACCESSIBLE_ROLE_LIST_ITEM:
    case GTK_ACCESSIBLE_ROLE_ROW:
      return gtk_widget_get_focusable (widget) && GTK_IS_LIST_BOX_ROW (widget) &&
             gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)) &&
             gtk_list_box_get_selection_mode (GTK_LIST_BOX (gtk_widget_get_parent (widget))) != GTK_SELECTION_NONE;
    default:
      return FALSE;
    }
}

static gboolean
has_mnemonic_underscore (const char *name)
{
  for (const char *p = strchr (name, '_'); p != NULL; p = strchr (p + 1, '_'))
    if (g_ascii_isalnum (p[1]) && (p == name || p[-1] == ' '))
      return TRUE;
  return FALSE;
}

/* Every shown control below @root has a real name; the problems go into
 * @problems, one a line. */
static void
check_names (GtkWidget *root,
             GString   *problems)
{
  g_autoptr(GPtrArray) all = find_all (GTK_WIDGET (gtk_widget_get_root (root)), GTK_TYPE_WIDGET);
  g_autoptr(GPtrArray) below = find_all (root, GTK_TYPE_WIDGET);

  for (guint i = 0; i < below->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (below, i);
      g_autofree char *name = NULL;

      if (!gtk_widget_get_mapped (widget) || !is_control (widget))
        continue;
      name = accessible_name (widget, all);
      if (*name == '\0' || g_type_from_name (name) != G_TYPE_INVALID ||
          has_mnemonic_underscore (name))
        {
          GtkWidget *parent = gtk_widget_get_parent (widget);

          g_string_append_printf (problems, "%s (in %s, in %s): \"%s\"\n",
                                  G_OBJECT_TYPE_NAME (widget),
                                  parent ? G_OBJECT_TYPE_NAME (parent) : "-",
                                  gtk_widget_get_ancestor (widget, KOERS_TYPE_PAGE)
                                    ? G_OBJECT_TYPE_NAME (gtk_widget_get_ancestor (widget, KOERS_TYPE_PAGE))
                                    : "window",
                                  name);
        }
    }
}

static void
expand_all (GtkWidget *root)
{
  g_autoptr(GPtrArray) expanders = find_all (root, GTK_TYPE_EXPANDER);

  for (guint i = 0; i < expanders->len; i++)
    gtk_expander_set_expanded (g_ptr_array_index (expanders, i), TRUE);
}

static void
test_accessible_names (void)
{
  KoersWindow *window = open_example_copy ();
  GtkStack *pages = pages_of (window);
  GtkSelectionModel *stack_pages = gtk_stack_get_pages (pages);
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_pages = g_list_model_get_n_items (G_LIST_MODEL (stack_pages));

  koers_test_iterate_for (100);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (stack_pages), i);

      show_page (window, gtk_stack_page_get_name (GTK_STACK_PAGE (page)));
      koers_test_iterate_for (50);
      expand_all (gtk_stack_get_visible_child (pages));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      check_names (GTK_WIDGET (window), problems);
    }
  g_object_unref (stack_pages);

  /* The notice too */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-notice", "(sb)", "Doelgroep verwijderd", FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  check_names (find_toast (window), problems);

  if (problems->len > 0)
    g_error ("Controls without a real accessible name:\n%s", problems->str);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void test_accessible_names_welcome (void);

/* The same in Dutch: the names come from the translations */
static void
test_accessible_names_dutch (void)
{
  g_autofree char *old_language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));
  KoersWindow *window;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GPtrArray) all = NULL;
  gboolean found = FALSE;

  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    {
      g_test_skip ("no C.UTF-8 locale");
      return;
    }
  g_setenv ("LANGUAGE", "nl", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("KOERS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  test_accessible_names ();
  test_accessible_names_welcome ();

  /* and they are Dutch: the header bar's Save button is "Opslaan" */
  window = open_example_copy ();
  buttons = find_all (header_of (window), GTK_TYPE_BUTTON);
  all = find_all (GTK_WIDGET (window), GTK_TYPE_WIDGET);
  for (guint i = 0; i < buttons->len; i++)
    {
      g_autofree char *name = accessible_name (g_ptr_array_index (buttons, i), all);

      found |= g_strcmp0 (name, "Opslaan") == 0;
    }
  g_assert_true (found);
  gtk_window_destroy (GTK_WINDOW (window));

  if (old_language)
    g_setenv ("LANGUAGE", old_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, old_locale);
}

static void
test_accessible_names_welcome (void)
{
  KoersWindow *window = koers_window_new (NULL);
  g_autoptr(GString) problems = g_string_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  check_names (GTK_WIDGET (window), problems);
  if (problems->len > 0)
    g_error ("Controls without a real accessible name:\n%s", problems->str);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Plan details ------------------------------------------------------------ */

/* The overview's first label, its heading, is the example's title */
static gboolean
heading_is_example_title (gpointer overview)
{
  g_autoptr(GPtrArray) labels = find_all (overview, GTK_TYPE_LABEL);

  return g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, 0)), "Social-mediaplan 2027") == 0;
}

static gboolean
has_file (gpointer window)
{
  return koers_window_get_file (window) != NULL;
}

static void
test_plan_details (void)
{
  KoersWindow *window = koers_window_new (NULL);
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  GtkWidget *overview;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) dates = NULL;
  GDate start, end;

  koers_window_set_plan (window, plan, NULL);
  gtk_window_present (GTK_WINDOW (window));
  show_page (window, "overview");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled plan");

  /* Title, organisation and author are the overview's first fields */
  overview = gtk_stack_get_child_by_name (pages_of (window), "overview");
  entries = find_all (overview, GTK_TYPE_ENTRY);
  dates = find_all (overview, KOERS_TYPE_DATE_BUTTON);
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpuint (dates->len, ==, 2);

  /* Tab from the steps lands on the title */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (sidebar_of (window))))));
  press (window, GDK_KEY_Tab, 0);
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), g_ptr_array_index (entries, 0)));

  gtk_editable_set_text (g_ptr_array_index (entries, 0), "Social-mediaplan 2027");
  gtk_editable_set_text (g_ptr_array_index (entries, 1), "Bakkerij De Korenbloem");
  gtk_editable_set_text (g_ptr_array_index (entries, 2), "Sanne");
  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&start, 1, G_DATE_JANUARY, 2027);
  g_date_set_dmy (&end, 31, G_DATE_DECEMBER, 2027);
  koers_date_button_set_date (g_ptr_array_index (dates, 0), &start);
  koers_date_button_set_date (g_ptr_array_index (dates, 1), &end);

  g_assert_cmpstr (koers_plan_get_title (plan), ==, "Social-mediaplan 2027");
  g_assert_cmpstr (koers_plan_get_organisation (plan), ==, "Bakkerij De Korenbloem");
  g_assert_cmpstr (koers_plan_get_author (plan), ==, "Sanne");
  g_assert_cmpint (g_date_compare (koers_plan_get_period_start (plan), &start), ==, 0);
  g_assert_cmpint (g_date_compare (koers_plan_get_period_end (plan), &end), ==, 0);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Social-mediaplan 2027");
  /* the overview's heading follows after a moment */
  koers_test_iterate_until (heading_is_example_title, overview);

  /* Another plan loaded into the window: the overview shows it */
  {
    g_autofree char *path = g_build_filename (g_getenv ("KOERS_EXAMPLES_DIR"), "koers-example-nl.koers", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    KoersWindow *other = koers_window_new (NULL);
    g_autoptr(KoersPlan) empty = koers_plan_new ();

    koers_window_set_plan (other, empty, NULL);
    gtk_window_present (GTK_WINDOW (other));
    show_page (other, "overview");
    koers_test_iterate_for (200);
    koers_window_load_file (other, file);
    koers_test_iterate_until (has_file, other);
    koers_test_iterate_until (heading_is_example_title,
                              gtk_stack_get_child_by_name (pages_of (other), "overview"));
    gtk_window_destroy (GTK_WINDOW (other));
  }

  /* Undo goes back one field at a time, and shows in the field */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (koers_plan_get_author (plan), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 2)), ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The example ---------------------------------------------------------------- */

static gboolean
has_plan (gpointer window)
{
  return koers_window_get_plan (window) != NULL;
}

static void
test_example_is_a_copy (void)
{
  KoersWindow *window = koers_window_new (NULL);
  g_autofree char *path = g_build_filename (g_getenv ("KOERS_EXAMPLES_DIR"), "koers-example-nl.koers", NULL);
  g_autoptr(GFile) example = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (example);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gboolean dirty;

  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL);
  koers_test_iterate_until (has_plan, window);

  /* An untitled copy: no file to save over, not in the recent plans */
  g_assert_null (koers_window_get_file (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Social-mediaplan 2027");
  g_assert_false (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));

  koers_plan_set_author (koers_window_get_plan (window), "Iemand anders");
  g_object_get (window, "dirty", &dirty, NULL);
  g_assert_true (dirty);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  g_assert_false (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Findings and checklist marks ---------------------------------------------- */

static gboolean
has_findings (gpointer overview)
{
  g_autoptr(GPtrArray) lists = find_all (overview, GTK_TYPE_LIST_BOX);

  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_get_first_child (g_ptr_array_index (lists, i)) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_findings_point_somewhere (void)
{
  KoersWindow *window = koers_window_new (NULL);
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  GtkStack *pages;
  GtkWidget *overview;
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *jump = NULL;
  guint n_jump = 0, n_no_page = 0, n_calendar = 0;
  g_autoptr(KoersChannel) channel = koers_channel_new ();

  /* A channel without posts: a finding about the calendar, which has its page */
  koers_channel_set_name (channel, "Facebook");
  koers_plan_append (plan, koers_plan_get_channels (plan), channel);
  koers_window_set_plan (window, plan, NULL);
  gtk_window_present (GTK_WINDOW (window));
  pages = pages_of (window);
  show_page (window, "overview");
  overview = gtk_stack_get_child_by_name (pages, "overview");
  koers_test_iterate_until (has_findings, overview);  /* the check runs when idle */
  lists = find_all (overview, GTK_TYPE_LIST_BOX);
  /* The findings are grouped by severity, a list per group */
  rows = g_ptr_array_new ();
  for (guint l = 0; l < lists->len; l++)
    if (g_object_get_data (g_ptr_array_index (lists, l), "koers-severity") != NULL)
      for (GtkWidget *row = gtk_widget_get_first_child (g_ptr_array_index (lists, l));
           row != NULL; row = gtk_widget_get_next_sibling (row))
        g_ptr_array_add (rows, row);
  g_assert_cmpuint (rows->len, >, 0);

  for (guint r = 0; r < rows->len; r++)
    {
      GtkWidget *row = g_ptr_array_index (rows, r);
      const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (row));

      if (action != NULL)
        {
          GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
          const char *area, *location;

          /* A jump goes to a place on a page that exists */
          g_assert_cmpstr (action, ==, "win.show-location");
          g_variant_get (target, "(&s&s)", &area, &location);
          g_assert_nonnull (gtk_stack_get_child_by_name (pages, area));
          g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
          n_calendar += g_strcmp0 (area, "calendar") == 0;
          if (jump == NULL)
            jump = row;
          n_jump++;
        }
      else
        {
          g_autoptr(GPtrArray) labels = find_all (row, GTK_TYPE_LABEL);
          gboolean says_so = FALSE;

          /* No page: not a jump, and it says so */
          g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
          for (guint i = 0; i < labels->len; i++)
            says_so |= strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), "no page") != NULL;
          g_assert_true (says_so);
          n_no_page++;
        }
    }
  /* An empty plan: findings on the POST pages and on the calendar, each a
   * jump to its page; a finding of an area without a page says so */
  g_assert_cmpuint (n_jump, >, 0);
  g_assert_cmpuint (n_calendar, >, 0);
  g_test_message ("%u findings without a page", n_no_page);

  g_assert_true (gtk_widget_grab_focus (jump));
  g_signal_emit_by_name (jump, "activate");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), !=, "overview");
  assert_no_hidden_focus (window);
  g_assert_true (focus_in_visible_page (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_checklist_marks (void)
{
  KoersWindow *window = open_example_copy ();
  const char *names[] = { "preparation", "roadmap" };

  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (pages_of (window), names[p]);
      g_autoptr(GPtrArray) toggles = NULL;
      GtkWidget *toggle = NULL, *dropdown;
      GtkWidget *row;

      show_page (window, names[p]);
      toggles = find_all (page, GTK_TYPE_TOGGLE_BUTTON);
      for (guint i = 0; i < toggles->len && toggle == NULL; i++)
        {
          GtkWidget *t = g_ptr_array_index (toggles, i);

          /* the mark, not the drop-down's own button */
          if (gtk_widget_get_ancestor (t, GTK_TYPE_DROP_DOWN) == NULL &&
              !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (t)))
            toggle = t;
        }
      g_assert_nonnull (toggle);
      row = gtk_widget_get_parent (toggle);
      dropdown = koers_test_find_descendant (row, GTK_TYPE_DROP_DOWN);
      g_assert_nonnull (dropdown);
      g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), !=, 2);

      /* Clicking the mark ticks the item off, clicking again sets it to do */
      g_signal_emit_by_name (toggle, "clicked");
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
      g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, 2);  /* done */
      g_signal_emit_by_name (toggle, "clicked");
      g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, 0);  /* to do */

      /* The drop-down moves the mark */
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 2);
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
      g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
set_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* An empty date field takes today: Enter in the calendar that opens on
 * today, and the Today button. */
static void
test_date_today (void)
{
  KoersWindow *window = koers_window_new (NULL);
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(GPtrArray) dates = NULL;
  GtkWidget *button, *calendar, *popover;
  GDate today;

  set_today (&today);
  koers_window_set_plan (window, plan, NULL);
  gtk_window_present (GTK_WINDOW (window));
  show_page (window, "overview");
  dates = find_all (gtk_stack_get_child_by_name (pages_of (window), "overview"),
                    KOERS_TYPE_DATE_BUTTON);
  button = g_ptr_array_index (dates, 0);
  g_assert_null (koers_plan_get_period_start (plan));

  gtk_menu_button_popup (GTK_MENU_BUTTON (koers_test_find_descendant (button, GTK_TYPE_MENU_BUTTON)));
  popover = koers_test_find_descendant (button, GTK_TYPE_POPOVER);
  calendar = koers_test_find_descendant (popover, GTK_TYPE_CALENDAR);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_true (gtk_widget_grab_focus (calendar));
  press (window, GDK_KEY_Return, 0);
  g_assert_nonnull (koers_plan_get_period_start (plan));
  g_assert_cmpint (g_date_compare (koers_plan_get_period_start (plan), &today), ==, 0);
  g_assert_false (gtk_widget_get_visible (popover));

  /* The Today button, on the other field */
  button = g_ptr_array_index (dates, 1);
  g_assert_null (koers_plan_get_period_end (plan));
  gtk_widget_activate_action (button, "date.today", NULL);
  g_assert_nonnull (koers_plan_get_period_end (plan));
  g_assert_cmpint (g_date_compare (koers_plan_get_period_end (plan), &today), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
button_labelled (GtkWidget  *page,
                 const char *label)
{
  g_autoptr(GPtrArray) buttons = find_all (page, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

/* A new channel starts without a name (the field shows its hint); a channel
 * of the catalogue comes in once; Ctrl+N's new plan starts on the overview. */
static void
test_channels_and_new_plan (void)
{
  KoersWindow *window = koers_window_new (NULL);
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  GListModel *channels = koers_plan_get_channels (plan);
  GtkWidget *page;
  g_autoptr(KoersChannel) first = NULL;
  g_autoptr(KoersChannel) second = NULL;
  GtkWidget *focus;
  GList *windows;

  koers_window_set_plan (window, plan, NULL);
  gtk_window_present (GTK_WINDOW (window));
  show_page (window, "technology");
  page = koers_test_find_descendant (gtk_stack_get_child_by_name (pages_of (window), "technology"),
                                     KOERS_TYPE_PAGE);

  g_signal_emit_by_name (button_labelled (page, "Add _Channel"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (channels), ==, 1);
  first = g_list_model_get_item (channels, 0);
  g_assert_cmpstr (koers_channel_get_name (first), ==, "");
  g_assert_cmpstr (koers_channel_get_id (first), ==, "channel");

  gtk_widget_activate_action (page, "technology.add-from-catalogue", "u", 0);
  g_assert_cmpuint (g_list_model_get_n_items (channels), ==, 2);
  second = g_list_model_get_item (channels, 1);
  gtk_widget_activate_action (page, "technology.add-from-catalogue", "u", 0);
  g_assert_cmpuint (g_list_model_get_n_items (channels), ==, 2);
  /* Also when the user renamed it with other capitals */
  {
    g_autofree char *upper = g_utf8_strup (koers_channel_get_name (second), -1);

    koers_channel_set_name (second, upper);
    gtk_widget_activate_action (page, "technology.add-from-catalogue", "u", 0);
    g_assert_cmpuint (g_list_model_get_n_items (channels), ==, 2);
  }
  /* and the focus is in the channel that is there */
  focus = focus_of (window);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) ==
                 GTK_WIDGET (gtk_list_box_get_row_at_index (
                   GTK_LIST_BOX (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX)), 1)));

  /* New plan from a window on the technology page */
  windows = gtk_window_list_toplevels ();
  g_list_free (windows);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", NULL);
  windows = gtk_window_list_toplevels ();
  for (GList *l = windows; l != NULL; l = l->next)
    if (KOERS_IS_WINDOW (l->data) && l->data != (gpointer) window &&
        gtk_widget_get_visible (l->data))
      {
        g_assert_cmpstr (gtk_stack_get_visible_child_name (pages_of (l->data)), ==, "overview");
        gtk_window_destroy (l->data);
      }
  g_list_free (windows);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages_of (window)), ==, "technology");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* "For goal" offers the plan's goals; a title that is none of them stays,
 * marked, so a renamed goal does not silently lose its objectives. */
static void
test_objective_goal_choice (void)
{
  KoersWindow *window = koers_window_new (NULL);
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersGoal) regulars = koers_goal_new ();
  g_autoptr(KoersGoal) known = koers_goal_new ();
  g_autoptr(KoersObjective) objective = koers_objective_new ();
  GtkWidget *row;
  GtkDropDown *dropdown;
  GListModel *titles;

  koers_goal_set_title (regulars, "Vaste klanten");
  koers_goal_set_title (known, "Meer bekendheid");
  koers_plan_append (plan, koers_plan_get_goals (plan), regulars);
  koers_plan_append (plan, koers_plan_get_goals (plan), known);
  koers_objective_set_goal (objective, "Vaste klanten");
  koers_plan_append (plan, koers_plan_get_objectives (plan), objective);
  koers_window_set_plan (window, plan, NULL);
  gtk_window_present (GTK_WINDOW (window));
  show_page (window, "objectives");

  row = koers_test_find_descendant (gtk_stack_get_child_by_name (pages_of (window), "objectives"),
                                    KOERS_TYPE_OBJECTIVE_ROW);
  dropdown = GTK_DROP_DOWN (koers_test_find_descendant (row, GTK_TYPE_DROP_DOWN));
  titles = gtk_drop_down_get_model (dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (titles), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (titles), 0), ==, "No goal");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);

  /* Choosing: one undoable change of the objective */
  gtk_drop_down_set_selected (dropdown, 2);
  g_assert_cmpstr (koers_objective_get_goal (objective), ==, "Meer bekendheid");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (koers_objective_get_goal (objective), ==, "Vaste klanten");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);
  gtk_drop_down_set_selected (dropdown, 0);
  g_assert_cmpstr (koers_objective_get_goal (objective), ==, "");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);

  /* The goal renamed: the objective's title is marked, not replaced */
  koers_goal_set_title (regulars, "Trouwe klanten");
  koers_plan_flush_changes (plan);
  g_assert_cmpstr (koers_objective_get_goal (objective), ==, "Vaste klanten");
  g_assert_cmpuint (g_list_model_get_n_items (titles), ==, 4);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 3);
  g_assert_nonnull (strstr (gtk_string_list_get_string (GTK_STRING_LIST (titles), 3),
                            "Vaste klanten"));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (titles), 1), ==, "Trouwe klanten");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* The test context of GTK keeps the accessible attributes we check */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!koers_test_init_gtk (&argc, &argv))
    return 0;

  tmpdir = koers_test_make_suite_dir ("koers-test-safe-editing-XXXXXX");
  koers_test_use_recovery_dir (tmpdir);

  g_test_add_func ("/safe-editing/wheel-over-numbers", test_wheel_over_numbers);
  g_test_add_func ("/safe-editing/numbers-as-people-write-them",
                   test_numbers_as_people_write_them);
  g_test_add_func ("/safe-editing/tab-leaves-sidebar", test_tab_leaves_sidebar);
  g_test_add_func ("/safe-editing/f6-cycles", test_f6_cycles);
  g_test_add_func ("/safe-editing/overview-card-moves-focus", test_overview_card_moves_focus);
  g_test_add_func ("/safe-editing/remove-row-by-keyboard", test_remove_row_by_keyboard);
  g_test_add_func ("/safe-editing/add-row-focuses-it", test_add_row_focuses_it);
  g_test_add_func ("/safe-editing/accessible-names", test_accessible_names);
  g_test_add_func ("/safe-editing/accessible-names-dutch", test_accessible_names_dutch);
  g_test_add_func ("/safe-editing/plan-details", test_plan_details);
  g_test_add_func ("/safe-editing/example-is-a-copy", test_example_is_a_copy);
  g_test_add_func ("/safe-editing/findings-point-somewhere", test_findings_point_somewhere);
  g_test_add_func ("/safe-editing/checklist-marks", test_checklist_marks);
  g_test_add_func ("/safe-editing/date-today", test_date_today);
  g_test_add_func ("/safe-editing/channels-and-new-plan", test_channels_and_new_plan);
  g_test_add_func ("/safe-editing/objective-goal-choice", test_objective_goal_choice);
  g_test_add_func ("/safe-editing/accessible-names-welcome", test_accessible_names_welcome);

  ret = g_test_run ();

  koers_test_remove_suite_dir (tmpdir);
  return ret;
}
