/* test-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window with a plan: pages, editing through widgets, undo and redo,
 * saving, and closing with unsaved changes. Runs under Xvfb.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "koers-check.h"
#include "koers-clamp.h"
#include "koers-entry-chip.h"
#include "koers-month-view.h"
#include "koers-page-slot.h"
#include "koers-plan-io.h"
#include "koers-preferences-window.h"
#include "koers-sidebar-row.h"
#include "koers-checklist-item.h"
#include "koers-target-group.h"
#include "koers-window.h"

#include "koers-test-util.h"
#include "koers-test-util-gtk.h"

static char *tmpdir;

static GtkStack *
pages_of (KoersWindow *window)
{
  /* The page stack is the stack that has an "overview" page. */
  GtkWidget *widget = GTK_WIDGET (window);
  GPtrArray *stack = g_ptr_array_new ();
  GtkStack *pages = NULL;

  g_ptr_array_add (stack, widget);
  while (stack->len > 0 && pages == NULL)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_STACK (w) && gtk_stack_get_child_by_name (GTK_STACK (w), "overview") != NULL)
        pages = GTK_STACK (w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_ptr_array_unref (stack);
  g_assert_nonnull (pages);
  return pages;
}

static KoersWindow *
open_copy_of_example (GFile **out_file)
{
  g_autofree char *copy = g_build_filename (tmpdir, "plan.koers", NULL);

  koers_test_copy_example (copy);
  *out_file = g_file_new_for_path (copy);
  return koers_test_open_window (*out_file);
}

static gboolean
not_dirty (gpointer window)
{
  gboolean dirty;

  g_object_get (window, "dirty", &dirty, NULL);
  return !dirty;
}

static void
test_pages_and_title (void)
{
  g_autoptr(GFile) file = NULL;
  KoersWindow *window = open_copy_of_example (&file);
  GtkStack *pages = pages_of (window);
  GtkSelectionModel *stack_pages = gtk_stack_get_pages (pages);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (stack_pages));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Social-mediaplan 2027");
  g_assert_cmpuint (n, >=, 2);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (stack_pages), i);
      const char *name = gtk_stack_page_get_name (GTK_STACK_PAGE (page));

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, name);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }
  g_object_unref (stack_pages);

  /* Showing the pages changed nothing */
  g_assert_true (not_dirty (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Social-mediaplan 2027");

  /* A change marks the title; undo and redo come back to it */
  koers_plan_set_title (koers_window_get_plan (window), "Nieuw plan");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Nieuw plan");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (koers_plan_get_title (koers_window_get_plan (window)), ==,
                   "Social-mediaplan 2027");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpstr (koers_plan_get_title (koers_window_get_plan (window)), ==, "Nieuw plan");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_edit_people_and_save (void)
{
  g_autoptr(GFile) file = NULL;
  KoersWindow *window = open_copy_of_example (&file);
  GtkStack *pages = pages_of (window);
  GtkWidget *people = gtk_stack_get_child_by_name (pages, "people");
  GtkWidget *entry;
  g_autoptr(KoersTargetGroup) group = NULL;
  g_autoptr(KoersPlan) reloaded = NULL;
  g_autoptr(KoersTargetGroup) reloaded_group = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "people");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The first entry of the page is the first group's name */
  entry = koers_test_find_descendant (people, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Buurtbewoners");

  group = g_list_model_get_item (koers_plan_get_target_groups (koers_window_get_plan (window)), 0);
  g_assert_cmpstr (koers_target_group_get_name (group), ==, "Buurtbewoners");
  g_assert_false (not_dirty (window));

  /* Undo shows in the widget too */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Vaste klanten uit de buurt");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Buurtbewoners");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  koers_test_iterate_until (not_dirty, window);

  reloaded = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  reloaded_group = g_list_model_get_item (koers_plan_get_target_groups (reloaded), 0);
  g_assert_cmpstr (koers_target_group_get_name (reloaded_group), ==, "Buurtbewoners");
  g_assert_nonnull (koers_plan_get_modified (reloaded));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_close_with_unsaved_changes (void)
{
  g_autoptr(GFile) file = NULL;
  KoersWindow *window = open_copy_of_example (&file);
  GtkWidget *dialog;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &before, NULL, NULL, NULL));
  koers_plan_set_author (koers_window_get_plan (window), "Iemand anders");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  /* Closing asks first; Cancel keeps the window */
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  /* Discard is styled as the destructive choice, Save as the suggested one */
  g_assert_true (gtk_widget_has_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                                               GTK_RESPONSE_REJECT),
                                           "destructive-action"));
  g_assert_true (gtk_widget_has_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                                               GTK_RESPONSE_ACCEPT),
                                           "suggested-action"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_assert_nonnull (window);
  g_assert_null (find_message_dialog ());

  /* Discard closes without saving */
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
  koers_test_iterate_until (window_gone, &window);

  g_assert_true (g_file_load_contents (file, NULL, &after, NULL, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

static void
collect_text_fields (GtkWidget *widget,
                     GPtrArray *fields)
{
  if (!gtk_widget_get_mapped (widget) || GTK_IS_SPIN_BUTTON (widget))
    return;

  if (GTK_IS_ENTRY (widget) || GTK_IS_TEXT_VIEW (widget))
    {
      g_ptr_array_add (fields, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text_fields (child, fields);
}

/* Every text field of each POST page, typed into through the widget, is in
 * the file after a save and comes back after a reload. */
static void
test_post_fields_survive_save (void)
{
  const char *pages[] = { "people", "objectives", "strategy", "technology" };
  g_autoptr(GFile) file = NULL;
  KoersWindow *window = open_copy_of_example (&file);
  GtkStack *stack = pages_of (window);
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(KoersPlan) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();

      if (gtk_stack_get_child_by_name (stack, pages[p]) == NULL)
        continue;
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[p]);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      collect_text_fields (gtk_stack_get_child_by_name (stack, pages[p]), fields);
      g_assert_cmpuint (fields->len, >, 0);

      for (guint i = 0; i < fields->len; i++)
        {
          GtkWidget *field = g_ptr_array_index (fields, i);
          char *value = g_strdup_printf ("ui-%s-%u", pages[p], i);

          if (GTK_IS_TEXT_VIEW (field))
            gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), value, -1);
          else
            gtk_editable_set_text (GTK_EDITABLE (field), value);
          g_ptr_array_add (written, value);
        }
      g_test_message ("%s: %u text fields", pages[p], fields->len);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  koers_test_iterate_until (not_dirty, window);

  reloaded = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  bytes = koers_plan_io_to_bytes (reloaded, &error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  for (guint i = 0; i < written->len; i++)
    {
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", (char *) g_ptr_array_index (written, i));

      if (strstr (text, quoted) == NULL)
        g_error ("%s did not survive the save", (char *) g_ptr_array_index (written, i));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
recovery_exists (gpointer data)
{
  g_autoptr(GDir) folder = g_dir_open (data, 0, NULL);
  const char *name;

  while (folder && (name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".info"))
      return TRUE;
  return FALSE;
}

static gboolean
recovery_gone (gpointer data)
{
  return !recovery_exists (data);
}

static void
test_recovery_copy (void)
{
  g_autofree char *own_dir = g_build_filename (tmpdir, "own-recovery", NULL);
  g_autofree char *recovery = g_build_filename (own_dir, "recovery", NULL);
  g_autoptr(GFile) file = NULL;
  g_autofree char *original = NULL;
  g_autofree char *now = NULL;
  KoersWindow *window;

  /* Its own folder: windows of other tests that closed with unsaved
   * changes left their copies in the common one, as they should. */
  koers_test_use_recovery_dir (own_dir);
  window = open_copy_of_example (&file);

  g_assert_true (g_file_load_contents (file, NULL, &original, NULL, NULL, NULL));

  /* An edit is in a recovery copy soon after, never in the user's file */
  koers_plan_set_author (koers_window_get_plan (window), "Herstel");
  koers_test_iterate_until (recovery_exists, recovery);
  g_assert_true (g_file_load_contents (file, NULL, &now, NULL, NULL, NULL));
  g_assert_cmpstr (now, ==, original);

  /* A save removes it */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  koers_test_iterate_until (not_dirty, window);
  koers_test_iterate_until (recovery_gone, recovery);

  gtk_window_destroy (GTK_WINDOW (window));
  koers_test_use_recovery_dir (tmpdir);
}

static gboolean
has_info_bar (gpointer window)
{
  return koers_test_find_revealed_info_bar (window) != NULL;
}

static gboolean
title_is_reloaded (gpointer window)
{
  return g_strcmp0 (koers_plan_get_title (koers_window_get_plan (window)), "Van buiten") == 0;
}

static void
test_external_change (void)
{
  g_autoptr(GFile) file = NULL;
  KoersWindow *window = open_copy_of_example (&file);
  g_autoptr(KoersPlan) other = koers_plan_new ();
  g_autoptr(GError) error = NULL;

  /* Our own save is not another program's change */
  koers_plan_set_author (koers_window_get_plan (window), "Wij");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  koers_test_iterate_until (not_dirty, window);
  koers_test_iterate_for (1000);
  g_assert_null (koers_test_find_revealed_info_bar (GTK_WIDGET (window)));

  /* Another program writes the file: the window asks */
  koers_plan_set_title (other, "Van buiten");
  g_assert_true (koers_plan_io_save (other, file, &error));
  koers_test_iterate_until (has_info_bar, window);
  g_assert_cmpstr (koers_plan_get_title (koers_window_get_plan (window)), ==,
                   "Social-mediaplan 2027");

  gtk_info_bar_response (koers_test_find_revealed_info_bar (GTK_WIDGET (window)), 1 /* reload */);
  koers_test_iterate_until (title_is_reloaded, window);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_language (void)
{
  GtkWidget *prefs = koers_preferences_window_new (NULL);
  GtkDropDown *dropdown = GTK_DROP_DOWN (koers_test_find_descendant (prefs, GTK_TYPE_DROP_DOWN));
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autofree char *old_language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *language = NULL;

  gtk_window_present (GTK_WINDOW (prefs));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);  /* system */

  gtk_drop_down_set_selected (dropdown, 2);
  language = g_settings_get_string (settings, "language");
  g_assert_cmpstr (language, ==, "en");

  /* At the next start the language is applied before any window */
  koers_preferences_apply_language (settings);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");

  gtk_drop_down_set_selected (dropdown, 0);
  g_free (language);
  language = g_settings_get_string (settings, "language");
  g_assert_cmpstr (language, ==, "");

  if (old_language)
    g_setenv ("LANGUAGE", old_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  gtk_window_destroy (GTK_WINDOW (prefs));
}

static void
collect_list_boxes (GtkWidget *widget,
                    GPtrArray *out)
{
  if (GTK_IS_LIST_BOX (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    collect_list_boxes (c, out);
}

/* The first visible list box in @page without rows and without a visible,
 * non-empty placeholder label, or NULL; @n_empty counts the empty ones. */
static GtkWidget *
find_bare_empty_list (GtkWidget *page,
                      guint     *n_empty)
{
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();

  *n_empty = 0;
  collect_list_boxes (page, boxes);
  for (guint j = 0; j < boxes->len; j++)
    {
      GtkWidget *box = g_ptr_array_index (boxes, j);
      GtkWidget *placeholder = NULL;
      gboolean has_rows = FALSE;

      for (GtkWidget *c = gtk_widget_get_first_child (box); c != NULL;
           c = gtk_widget_get_next_sibling (c))
        if (GTK_IS_LIST_BOX_ROW (c))
          has_rows = TRUE;
        else
          placeholder = c;
      /* a list hidden while empty has its empty state elsewhere (the
       * overview's findings: the summary says the plan is complete) */
      if (has_rows || !gtk_widget_get_visible (box))
        continue;
      (*n_empty)++;
      if (placeholder == NULL || !gtk_widget_get_visible (placeholder) ||
          !GTK_IS_LABEL (placeholder) ||
          *gtk_label_get_label (GTK_LABEL (placeholder)) == '\0')
        return box;
    }
  return NULL;
}

/* Every list of a new, empty plan says that it is empty (an empty state),
 * on every page, instead of showing nothing. */
static void
test_empty_lists_say_so (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  KoersWindow *window = koers_window_new (NULL);
  GtkStack *pages;
  GtkSelectionModel *stack_pages;
  guint n, n_empty_total = 0;

  koers_window_set_plan (window, plan, NULL);
  gtk_window_present (GTK_WINDOW (window));
  pages = pages_of (window);
  stack_pages = gtk_stack_get_pages (pages);
  n = g_list_model_get_n_items (G_LIST_MODEL (stack_pages));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (stack_pages), i);
      const char *name = gtk_stack_page_get_name (GTK_STACK_PAGE (page));
      gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
      GtkWidget *bare;
      guint n_empty = 0;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      /* the overview's findings come a moment later (slower in a sanitizer build) */
      while ((bare = find_bare_empty_list (gtk_stack_get_visible_child (pages), &n_empty)) != NULL &&
             g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
      if (bare != NULL)
        g_error ("page %s: an empty list shows no empty state", name);
      n_empty_total += n_empty;
    }
  g_object_unref (stack_pages);
  /* people, goals, SMART objectives, strategies, milestones, channels, tools at least */
  g_assert_cmpuint (n_empty_total, >=, 7);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_action_button (c, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The welcome page shows no Save button (a disabled one tells nothing);
 * with a plan it is there and works. */
static void
test_welcome_has_no_save (void)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  KoersWindow *window = koers_window_new (NULL);
  GtkWidget *save;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save = find_action_button (GTK_WIDGET (window), "win.save");
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_get_visible (save));
  /* the Open button is there */
  g_assert_true (gtk_widget_get_visible (find_action_button (GTK_WIDGET (window), "win.open")));

  koers_window_set_plan (window, plan, NULL);
  g_assert_true (gtk_widget_get_visible (save));
  g_assert_true (gtk_widget_is_sensitive (save));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The shortcuts window lists every key Koers answers to: F6, and the rose's
 * keys in a group of their own. */
static void
test_shortcuts_window_lists_keys (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/koersplan/Koers/gtk/help-overlay.ui");
  g_autoptr(GString) all = g_string_new (NULL);
  GSList *objects = gtk_builder_get_objects (builder);
  const char *wanted[] = {
    "F6", "<Shift>F6", "Left Right Tab <Shift>Tab", "Up Down plus minus",
    "<Shift>Up <Shift>Down", "0...5", "Home End", "<Shift>Home <Shift>End",
  };
  GtkWidget *window = NULL;
  gboolean rose_group = FALSE;

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        {
          g_autofree char *accel = NULL;

          g_object_get (l->data, "accelerator", &accel, NULL);
          if (accel != NULL)
            g_string_append_printf (all, "|%s|", accel);
        }
      else if (GTK_IS_SHORTCUTS_GROUP (l->data))
        {
          g_autofree char *title = NULL;

          g_object_get (l->data, "title", &title, NULL);
          if (g_strcmp0 (title, g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window",
                                              "Communication rose")) == 0)
            rose_group = TRUE;
        }
      else if (GTK_IS_SHORTCUTS_WINDOW (l->data))
        window = l->data;
    }
  g_slist_free (objects);

  g_assert_true (rose_group);
  g_assert_nonnull (strstr (all->str, "F6 <Shift>F6"));
  for (guint i = 2; i < G_N_ELEMENTS (wanted); i++)
    {
      g_autofree char *item = g_strdup_printf ("|%s|", wanted[i]);

      if (strstr (all->str, item) == NULL)
        g_error ("the shortcuts window lacks %s: %s", wanted[i], all->str);
    }
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
}

/* Preferences has a header bar, as every GNOME window */
static void
test_preferences_header_bar (void)
{
  GtkWidget *prefs = koers_preferences_window_new (NULL);

  g_assert_true (GTK_IS_HEADER_BAR (gtk_window_get_titlebar (GTK_WINDOW (prefs))));
  gtk_window_present (GTK_WINDOW (prefs));
  gtk_test_widget_wait_for_draw (prefs);
  g_assert_true (gtk_widget_get_mapped (gtk_window_get_titlebar (GTK_WINDOW (prefs))));
  gtk_window_destroy (GTK_WINDOW (prefs));
}

static void
collect_type (GtkWidget *widget,
              GType      type,
              GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    collect_type (c, type, out);
}

/* Whether every mapped multi-line field in @page is as tall as its text */
static gboolean
fields_fit (gpointer page)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect_type (page, GTK_TYPE_TEXT_VIEW, views);
  for (guint j = 0; j < views->len; j++)
    {
      GtkWidget *view = g_ptr_array_index (views, j);
      int natural = 0;

      if (!gtk_widget_get_mapped (view) || gtk_widget_get_width (view) <= 0 ||
          GTK_IS_SCROLLED_WINDOW (gtk_widget_get_parent (view)))
        continue;
      gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (view),
                          NULL, &natural, NULL, NULL);
      if (gtk_widget_get_height (view) + 1 < natural)
        return FALSE;
    }
  return TRUE;
}

/* At 800 x 600 every multi-line field of the example plan shows all of its
 * text (it is as tall as its text at its width, or scrolls), and the rose,
 * with its labels, fits in the page's view. */
static void
test_small_window_fits (void)
{
  g_autofree char *copy = g_build_filename (tmpdir, "small.koers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (copy);
  g_autoptr(KoersPlan) plan = NULL;
  KoersWindow *window = koers_window_new (NULL);
  GtkStack *pages = pages_of (window);
  GtkSelectionModel *stack_pages = gtk_stack_get_pages (pages);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (stack_pages)), n_fields = 0;

  koers_test_copy_example (copy);
  plan = koers_plan_io_load (file, NULL);
  g_assert_nonnull (plan);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  koers_window_set_plan (window, plan, file);
  gtk_window_present (GTK_WINDOW (window));
  koers_test_iterate_for (100);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (stack_pages), i);
      const char *name = gtk_stack_page_get_name (GTK_STACK_PAGE (page));
      g_autoptr(GPtrArray) views = g_ptr_array_new ();
      GtkWidget *visible;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      /* a text view lays its lines out in idle time; a slow (sanitizer)
       * build takes longer */
      koers_test_iterate_for (400);
      koers_test_iterate_until (fields_fit, gtk_stack_get_visible_child (pages));
      visible = gtk_stack_get_visible_child (pages);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);

      collect_type (visible, GTK_TYPE_TEXT_VIEW, views);
      for (guint j = 0; j < views->len; j++)
        {
          GtkWidget *view = g_ptr_array_index (views, j);
          GtkWidget *scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
          int width = gtk_widget_get_width (view), natural = 0;

          if (!gtk_widget_get_mapped (view) || width <= 0)
            continue;
          /* a text view that scrolls by itself shows everything by scrolling */
          if (scroller != NULL &&
              gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)) == view)
            {
              GtkPolicyType vpolicy;

              gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (scroller), NULL, &vpolicy);
              if (vpolicy != GTK_POLICY_NEVER && vpolicy != GTK_POLICY_EXTERNAL)
                continue;
            }
          gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
          n_fields++;
          if (gtk_widget_get_height (view) + 1 < natural)
            g_error ("page %s: a multi-line field is %d px tall at %d px wide but its text needs %d",
                     name, gtk_widget_get_height (view), width, natural);
        }

      if (g_str_equal (name, "rose"))
        {
          GtkWidget *rose = koers_test_find_descendant (visible, g_type_from_name ("KoersRoseView"));
          GtkScrolledWindow *scrolled =
            GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (rose, GTK_TYPE_SCROLLED_WINDOW));
          GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (scrolled);

          /* the whole drawing can be in view at once: no taller than the view */
          g_assert_cmpfloat (gtk_widget_get_height (rose), <=, gtk_adjustment_get_page_size (v));
          g_assert_cmpint (gtk_widget_get_width (rose), >=, 300);
        }
    }
  g_object_unref (stack_pages);
  g_assert_cmpuint (n_fields, >, 5);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* On a wide window a page's content keeps a readable width: the clamp is at
 * most its maximum, centred, and a wrapping paragraph is about as wide as
 * its max-width-chars (not the page's width), so its lines stay short. */
static void
test_wide_window_readable (void)
{
  g_autoptr(GFile) file = NULL;
  KoersWindow *window = open_copy_of_example (&file);
  const char *names[] = { "people", "objectives", "strategy", "technology", "rose" };

  gtk_window_set_default_size (GTK_WINDOW (window), 1800, 900);
  koers_test_iterate_for (200);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkStack *pages = pages_of (window);
      g_autoptr(GPtrArray) clamps = g_ptr_array_new ();
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      GtkWidget *visible, *child;
      graphene_rect_t bounds;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", names[i]);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      koers_test_iterate_for (100);
      visible = gtk_stack_get_visible_child (pages);
      g_assert_cmpint (gtk_widget_get_width (visible), >, KOERS_CLAMP_DEFAULT_WIDTH + 100);
      collect_type (visible, KOERS_TYPE_CLAMP, clamps);
      g_assert_cmpuint (clamps->len, ==, 1);
      child = koers_clamp_get_child (g_ptr_array_index (clamps, 0));
      g_assert_cmpint (gtk_widget_get_width (child), <=, KOERS_CLAMP_DEFAULT_WIDTH);
      /* centred: as much room on the left as on the right */
      g_assert_true (gtk_widget_compute_bounds (child, g_ptr_array_index (clamps, 0), &bounds));
      g_assert_cmpfloat (fabs (bounds.origin.x -
                               (gtk_widget_get_width (g_ptr_array_index (clamps, 0)) -
                                bounds.origin.x - bounds.size.width)), <=, 1);

      collect_type (visible, GTK_TYPE_LABEL, labels);
      for (guint j = 0; j < labels->len; j++)
        {
          GtkLabel *label = g_ptr_array_index (labels, j);
          int natural = 0;

          if (!gtk_label_get_wrap (label) || gtk_label_get_max_width_chars (label) <= 0 ||
              !gtk_widget_get_mapped (GTK_WIDGET (label)))
            continue;
          gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1,
                              NULL, &natural, NULL, NULL);
          /* GTK rounds a wrapped label's lines to whole words: some slack */
          if (gtk_widget_get_width (GTK_WIDGET (label)) > natural + natural * 3 / 10)
            g_error ("page %s: “%.30s…” is %d px wide, more than its %d chars (%d px)", names[i],
                     gtk_label_get_label (label), gtk_widget_get_width (GTK_WIDGET (label)),
                     gtk_label_get_max_width_chars (label), natural);
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Numbers follow the interface's language: an English interface writes
 * 2.2 in a Dutch locale, a Dutch one 2,2. Needs localedef and glibc's
 * locale sources, to make nl_NL.UTF-8 in a folder of the test's own. */
static void
test_numbers_follow_language (void)
{
  g_autofree char *dir = koers_test_make_temp_dir ("koers-test-locale-XXXXXX");
  g_autofree char *target = g_build_filename (dir, "nl_NL.UTF-8", NULL);
  g_autofree char *localedef = g_find_program_in_path ("localedef");
  g_autofree char *old_language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *english = NULL;
  g_autofree char *dutch = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  const char *argv[] = { localedef, "-i", "nl_NL", "-f", "UTF-8", target, NULL };
  int status = -1;

  if (localedef == NULL ||
      !g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) ||
      status != 0)
    {
      g_test_skip ("localedef could not make nl_NL.UTF-8");
      return;
    }
  g_setenv ("LOCPATH", dir, TRUE);
  if (setlocale (LC_NUMERIC, "nl_NL.UTF-8") == NULL)
    {
      g_unsetenv ("LOCPATH");
      g_test_skip ("nl_NL.UTF-8 could not be loaded");
      return;
    }

  /* 11 / 5 = 2.2 on average */
  koers_rose_part_set_current (koers_plan_get_rose_part (plan, 0), 5);
  koers_rose_part_set_current (koers_plan_get_rose_part (plan, 1), 5);
  koers_rose_part_set_current (koers_plan_get_rose_part (plan, 2), 1);

  g_setenv ("LANGUAGE", "en", TRUE);
  koers_preferences_apply_numbers ();
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ".");
  english = koers_check_area_summary (plan, KOERS_AREA_ROSE);
  g_assert_nonnull (strstr (english, "2.2"));

  g_setenv ("LANGUAGE", "nl", TRUE);
  koers_preferences_apply_numbers ();
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  dutch = koers_check_area_summary (plan, KOERS_AREA_ROSE);
  g_assert_nonnull (strstr (dutch, "2,2"));

  setlocale (LC_NUMERIC, "C");
  g_unsetenv ("LOCPATH");
  if (old_language != NULL)
    g_setenv ("LANGUAGE", old_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  koers_test_remove_suite_dir (g_steal_pointer (&dir));
}

/* Undo back to what the file holds: not unsaved, and closing does not ask.
 * Redo makes it unsaved again; after a save, undo is unsaved again. */
static void
test_undo_to_saved_state (void)
{
  g_autoptr(GFile) file = NULL;
  KoersWindow *window = open_copy_of_example (&file);
  KoersPlan *plan = koers_window_get_plan (window);

  g_assert_true (not_dirty (window));
  koers_plan_set_author (plan, "Iemand anders");
  koers_plan_set_organisation (plan, "Bakkerij Anders");
  g_assert_false (not_dirty (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (not_dirty (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (not_dirty (window));
  g_assert_null (g_strstr_len (gtk_window_get_title (GTK_WINDOW (window)), -1, "•"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_false (not_dirty (window));

  /* The saved state moves with a save */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  koers_test_iterate_until (not_dirty, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (not_dirty (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_true (not_dirty (window));

  /* Closing in the saved state asks nothing */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_null (find_message_dialog ());
  koers_test_iterate_until (window_gone, &window);
}

/* Undoing a change made on another page shows that page. */
static void
test_undo_shows_page (void)
{
  g_autoptr(GFile) file = NULL;
  KoersWindow *window = open_copy_of_example (&file);
  KoersPlan *plan = koers_window_get_plan (window);
  GtkStack *pages = pages_of (window);
  g_autoptr(KoersTargetGroup) group = g_list_model_get_item (koers_plan_get_target_groups (plan), 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "people");
  koers_target_group_set_name (group, "Buurtbewoners");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "rose");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "rose");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "people");
  g_assert_cmpstr (koers_target_group_get_name (group), ==, "Vaste klanten uit de buurt");

  /* A change of the plan's own details is on the overview */
  koers_plan_set_author (plan, "Iemand anders");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);  /* nothing to redo */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "overview");

  /* On the page already: it stays */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "overview");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The parts of a sidebar row, from its template: title, progress, mark. */
static void
sidebar_row_parts (GtkWidget  *row,
                   GtkLabel  **title,
                   GtkLabel  **progress,
                   GtkWidget **mark)
{
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

  *title = GTK_LABEL (gtk_widget_get_first_child (box));
  *progress = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (*title)));
  *mark = gtk_widget_get_next_sibling (GTK_WIDGET (*progress));
  g_assert_true (GTK_IS_IMAGE (*mark));
}

static GtkWidget *
sidebar_row (KoersWindow *window,
             const char  *name)
{
  GtkWidget *row = koers_test_find_descendant (GTK_WIDGET (window), KOERS_TYPE_SIDEBAR_ROW);

  for (; row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (koers_sidebar_row_get_page_name (KOERS_SIDEBAR_ROW (row)), name) == 0)
      return row;
  g_assert_not_reached ();
}

/* The sidebar: a row from its template per page, in the stack's order, and
 * its mark follows the plan. */
static void
test_sidebar_rows (void)
{
  KoersWindow *window = koers_window_new (NULL);
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersTargetGroup) group = koers_target_group_new ();
  GtkStack *pages = pages_of (window);
  g_autoptr(GtkSelectionModel) stack_pages = gtk_stack_get_pages (pages);
  GtkWidget *row = koers_test_find_descendant (GTK_WIDGET (window), KOERS_TYPE_SIDEBAR_ROW);
  GtkLabel *title, *progress;
  GtkWidget *mark;

  koers_window_set_plan (window, plan, NULL);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (stack_pages)); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (stack_pages), i);

      g_assert_nonnull (row);
      g_assert_cmpstr (koers_sidebar_row_get_page_name (KOERS_SIDEBAR_ROW (row)), ==,
                       gtk_stack_page_get_name (GTK_STACK_PAGE (page)));
      sidebar_row_parts (row, &title, &progress, &mark);
      g_assert_cmpstr (gtk_label_get_label (title), ==,
                       gtk_stack_page_get_title (GTK_STACK_PAGE (page)));
      row = gtk_widget_get_next_sibling (row);
    }
  g_assert_null (row);

  sidebar_row_parts (sidebar_row (window, "people"), &title, &progress, &mark);
  g_assert_false (gtk_widget_get_visible (mark));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (progress)));

  /* An empty target group is no mark; a named one is */
  koers_plan_append (plan, koers_plan_get_target_groups (plan), group);
  koers_plan_flush_changes (plan);
  g_assert_false (gtk_widget_get_visible (mark));
  koers_target_group_set_name (group, "Buurtbewoners");
  koers_plan_flush_changes (plan);
  g_assert_true (gtk_widget_get_visible (mark));

  /* Two of the seven tips: "2 of 7", no tick */
  sidebar_row_parts (sidebar_row (window, "preparation"), &title, &progress, &mark);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(KoersChecklistItem) tip = g_list_model_get_item (koers_plan_get_tips (plan), i);

      koers_checklist_item_set_status (tip, KOERS_STATUS_DONE);
    }
  koers_plan_flush_changes (plan);
  g_assert_false (gtk_widget_get_visible (mark));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (progress)));
  g_assert_cmpstr (gtk_label_get_label (progress), ==, "2 of 7");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every page is built and has the window's plan */
static gboolean
pages_settled (gpointer window)
{
  GtkStack *pages = pages_of (window);

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (pages)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (KOERS_IS_PAGE_SLOT (c) && (!koers_page_slot_has_page (KOERS_PAGE_SLOT (c)) ||
                                   koers_page_slot_has_pending_plan (KOERS_PAGE_SLOT (c))))
      return FALSE;
  return TRUE;
}

/* The page in @name's slot as it is, without giving it its plan */
static KoersPage *
built_page (KoersWindow *window,
            const char  *name)
{
  GtkWidget *slot = gtk_stack_get_child_by_name (pages_of (window), name);
  GtkWidget *page = gtk_widget_get_first_child (slot);

  g_assert_true (KOERS_IS_PAGE (page));
  return KOERS_PAGE (page);
}

/* The posts the calendar page's month grid shows */
static guint
count_chips (GtkWidget *widget)
{
  guint n = KOERS_IS_ENTRY_CHIP (widget) && gtk_widget_get_parent (widget) != NULL;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_chips (c);
  return n;
}

static guint
month_chips (KoersWindow *window)
{
  GtkWidget *month = koers_test_find_descendant (GTK_WIDGET (built_page (window, "calendar")),
                                                 KOERS_TYPE_MONTH_VIEW);

  g_assert_nonnull (month);
  return count_chips (month);
}

/* Another plan in the window: the page that shows has it at once; a hidden
 * page gets it when it is shown, before it is drawn, or in an idle moment,
 * one page at a time (all at once held the main loop for 86 ms with a plan
 * of 50,000 entries). */
static void
test_hidden_pages_get_plan_later (void)
{
  g_autoptr(GFile) file = NULL;
  KoersWindow *window = open_copy_of_example (&file);
  KoersPlan *first = koers_window_get_plan (window);
  g_autoptr(KoersPlan) second = koers_plan_new ();
  g_autoptr(KoersTargetGroup) group = koers_target_group_new ();
  GtkStack *pages = pages_of (window);
  GtkWidget *entry;

  koers_test_iterate_until (pages_settled, window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "overview");
  /* A month grid that never showed has not drawn its posts; shown, it has */
  g_assert_cmpuint (month_chips (window), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "calendar");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (month_chips (window), >, 10);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview");

  koers_plan_set_title (second, "Tweede plan");
  koers_target_group_set_name (group, "Ouders");
  koers_plan_append (second, koers_plan_get_target_groups (second), group);
  koers_window_set_plan (window, second, NULL);

  g_assert_true (koers_page_get_plan (built_page (window, "overview")) == second);
  g_assert_true (koers_page_get_plan (built_page (window, "people")) == first);
  g_assert_true (koers_page_get_plan (built_page (window, "rose")) == first);
  g_assert_true (koers_page_slot_has_pending_plan (
    KOERS_PAGE_SLOT (gtk_stack_get_child_by_name (pages, "people"))));

  /* Shown: the plan comes before the rows are drawn */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "people");
  g_assert_true (koers_page_get_plan (built_page (window, "people")) == second);
  entry = koers_test_find_descendant (GTK_WIDGET (built_page (window, "people")), GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Ouders");

  /* The rest in idle moments, without being shown */
  koers_test_iterate_until (pages_settled, window);
  g_assert_true (koers_page_get_plan (built_page (window, "rose")) == second);
  g_assert_true (koers_page_get_plan (built_page (window, "calendar")) == second);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "people");
  /* the hidden grid let go of the first plan's posts */
  g_assert_cmpuint (month_chips (window), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!koers_test_init_gtk (&argc, &argv))
    return 0;

  tmpdir = koers_test_make_suite_dir ("koers-test-window-XXXXXX");
  koers_test_use_recovery_dir (tmpdir);

  g_test_add_func ("/window/pages-and-title", test_pages_and_title);
  g_test_add_func ("/window/hidden-pages-get-plan-later", test_hidden_pages_get_plan_later);
  g_test_add_func ("/window/numbers-follow-language", test_numbers_follow_language);
  g_test_add_func ("/window/empty-lists-say-so", test_empty_lists_say_so);
  g_test_add_func ("/window/welcome-has-no-save", test_welcome_has_no_save);
  g_test_add_func ("/window/shortcuts-window-lists-keys", test_shortcuts_window_lists_keys);
  g_test_add_func ("/window/preferences-header-bar", test_preferences_header_bar);
  g_test_add_func ("/window/small-window-fits", test_small_window_fits);
  g_test_add_func ("/window/wide-window-readable", test_wide_window_readable);
  g_test_add_func ("/window/sidebar-rows", test_sidebar_rows);
  g_test_add_func ("/window/undo-to-saved-state", test_undo_to_saved_state);
  g_test_add_func ("/window/undo-shows-page", test_undo_shows_page);
  g_test_add_func ("/window/edit-people-and-save", test_edit_people_and_save);
  g_test_add_func ("/window/close-with-unsaved-changes", test_close_with_unsaved_changes);
  g_test_add_func ("/window/recovery-copy", test_recovery_copy);
  g_test_add_func ("/window/external-change", test_external_change);
  g_test_add_func ("/window/post-fields-survive-save", test_post_fields_survive_save);
  g_test_add_func ("/window/preferences-language", test_preferences_language);

  ret = g_test_run ();

  koers_test_remove_suite_dir (tmpdir);
  return ret;
}
