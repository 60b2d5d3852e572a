/* koers-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window holds one plan: the sidebar of the plan's steps, the pages, and
 * the file it came from. Loading, saving, the file monitor and the recovery
 * copy are in koers-window-files.c; the struct is in koers-window-private.h.
 */
#define G_LOG_DOMAIN "koers-window"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-window-private.h"
#include "koers-roles.h"
#include "koers-roles-page.h"
#include "koers-a11y.h"
#include "koers-calendar-page.h"
#include "koers-check.h"
#include "koers-checklist-page.h"
#include "koers-example.h"
#include "koers-history.h"
#include "koers-overview-page.h"
#include "koers-page.h"
#include "koers-page-slot.h"
#include "koers-recent-row.h"
#include "koers-sidebar-row.h"
#include "koers-print.h"
#include "koers-people-page.h"
#include "koers-maturity-page.h"
#include "koers-rose-page.h"
#include "koers-strategy-page.h"
#include "koers-technology-page.h"
#include "koers-objectives-page.h"
#include "koers-plan-io.h"
#include "koers-toast.h"
#include "koers-calendar-entry.h"
#include "koers-channel.h"
#include "koers-checklist-item.h"
#include "koers-criterion.h"
#include "koers-maturity-phase.h"
#include "koers-milestone.h"
#include "koers-objective.h"
#include "koers-role.h"
#include "koers-rose-part.h"
#include "koers-task.h"


G_DEFINE_FINAL_TYPE (KoersWindow, koers_window, GTK_TYPE_APPLICATION_WINDOW)

/* Whether a plan has been loaded into a window, for KOERS_BENCH_FRAMES */
static gboolean bench_plan_loaded;

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FILE,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update_title (KoersWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *plan_title = self->plan ? koers_plan_get_title (self->plan) : "";

  if (self->plan == NULL)
    title = g_strdup ("Koers");
  else
    title = g_strdup_printf ("%s%s", self->dirty ? "• " : "",
                             *plan_title ? plan_title : _("Untitled plan"));

  if (self->file != NULL)
    subtitle = g_file_get_basename (self->file);
  else if (self->plan != NULL)
    subtitle = g_strdup (_("Not saved yet"));

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, subtitle ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_actions (KoersWindow *self)
{
  gboolean has_plan = self->plan != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_plan);
  /* HIG: no disabled Save on the welcome page, none at all */
  gtk_widget_set_visible (self->save_button, has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->history && koers_history_get_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->history && koers_history_get_can_redo (self->history));
}

static void
set_dirty (KoersWindow *self,
           gboolean     dirty)
{
  if (self->dirty == dirty)
    return;
  self->dirty = dirty;
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void     update_sidebar_marks (KoersWindow *self,
                                      guint        sections);
static gboolean focus_visible_page   (KoersWindow *self);

static void
plan_object_changed_cb (KoersWindow *self)
{
  /* At once, so the unsaved mark and a running save see every change. The
   * title changes only with the mark or the plan's title (notify::title). */
  self->changes++;
  set_dirty (self, TRUE);
}

static void
plan_changed_cb (KoersPlan        *plan,
                 KoersPlanSection  section,
                 KoersWindow      *self)
{
  /* Coalesced: once per burst, and the sidebar only where its part changed. */
  update_sidebar_marks (self, section);
  if (self->dirty)
    koers_autosave_schedule (self->autosave);
}

static void
show_error (KoersWindow *self,
            const char  *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_bar), TRUE);
}

static void
error_bar_response_cb (KoersWindow *self)
{
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_bar), FALSE);
}

/* Pages are built when they are first shown; the rest one at a time when
 * the window is idle after its first frame, so that switching is quick.
 * Hidden pages get a new plan the same way, one at a time. */
static gboolean
build_hidden_pages_idle (gpointer data)
{
  KoersWindow *self = data;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pages)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (KOERS_IS_PAGE_SLOT (child) && (!koers_page_slot_has_page (KOERS_PAGE_SLOT (child)) ||
                                       koers_page_slot_has_pending_plan (KOERS_PAGE_SLOT (child))))
      {
        koers_page_slot_get_page (KOERS_PAGE_SLOT (child));
        return G_SOURCE_CONTINUE;
      }

  self->build_pages_id = 0;
  return G_SOURCE_REMOVE;
}

static void
build_hidden_pages (KoersWindow *self)
{
  /* Low priority: after the window has drawn itself. */
  if (self->build_pages_id == 0)
    self->build_pages_id = g_idle_add_full (G_PRIORITY_LOW, build_hidden_pages_idle, self, NULL);
}

static void
set_plan_on_pages (KoersWindow *self,
                   KoersPlan   *plan)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pages)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (KOERS_IS_PAGE_SLOT (child))
      koers_page_slot_set_plan (KOERS_PAGE_SLOT (child), plan);
  build_hidden_pages (self);
}

void
koers_window_set_plan (KoersWindow *self,
                       KoersPlan   *plan,
                       GFile       *file)
{
  g_return_if_fail (KOERS_IS_WINDOW (self));
  g_return_if_fail (plan == NULL || KOERS_IS_PLAN (plan));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->plan, plan_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->plan, plan_object_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->plan, update_title, self);
    }

  if (self->plan != NULL)
    _koers_window_discard_recovery (self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (self->history, update_actions, self);
  g_clear_object (&self->history);

  g_set_object (&self->plan, plan);
  koers_toast_dismiss (self->toast);
  koers_autosave_set_plan (self->autosave, plan, file);
  _koers_window_set_file (self, file);
  self->dirty = FALSE;

  self->saved_state = 0;
  if (plan != NULL)
    {
      self->history = koers_history_new (plan);
      g_signal_connect_object (self->history, "notify", G_CALLBACK (update_actions), self,
                               G_CONNECT_SWAPPED);
    }

  if (plan != NULL)
    {
      g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self, 0);
      g_signal_connect_object (plan, "object-changed", G_CALLBACK (plan_object_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::title", G_CALLBACK (update_title), self,
                               G_CONNECT_SWAPPED);
    }

  set_plan_on_pages (self, plan);
  update_sidebar_marks (self, G_MAXUINT);
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
    GtkWidget *welcome = gtk_stack_get_child_by_name (self->main_stack, "welcome");

    gtk_stack_set_visible_child_name (self->main_stack, plan ? "plan" : "welcome");
    /* From the welcome (New Plan, a recent plan) into the plan: the focus
     * goes to the page, not to a button that is no longer shown. */
    if (plan != NULL && (focus == NULL || gtk_widget_is_ancestor (focus, welcome)))
      focus_visible_page (self);
  }
  update_title (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

/* One sidebar row per page of the stack, in its order, with a mark that
 * shows how far the user has filled in that part of the plan. */
static void
build_sidebar (KoersWindow *self)
{
  GtkSelectionModel *pages = gtk_stack_get_pages (self->pages);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      gtk_list_box_append (self->sidebar, koers_sidebar_row_new (GTK_STACK_PAGE (page)));
    }
  g_object_unref (pages);
}

static void
update_sidebar_marks (KoersWindow *self,
                      guint        sections)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      KoersArea area;
      guint done = 0, total = 1;

      if (!KOERS_IS_SIDEBAR_ROW (row) ||
          !koers_area_from_name (koers_sidebar_row_get_page_name (KOERS_SIDEBAR_ROW (row)), &area))
        continue;
      /* Areas are the sections after "plan", in the same order. */
      if ((sections & (KOERS_PLAN_SECTION_PEOPLE << area)) == 0)
        continue;

      if (self->plan != NULL)
        koers_check_area_progress (self->plan, area, &done, &total);
      koers_sidebar_row_set_progress (KOERS_SIDEBAR_ROW (row), done, total);
    }
}

static void
sidebar_row_selected_cb (KoersWindow   *self,
                         GtkListBoxRow *row)
{
  if (row != NULL)
    gtk_stack_set_visible_child_name (self->pages, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* Focus ------------------------------------------------------------------ */

/* Moves the focus to the first control of the page that shows. */
static gboolean
focus_visible_page (KoersWindow *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->pages);

  if (visible == NULL)
    return FALSE;
  if (KOERS_IS_PAGE_SLOT (visible))
    visible = GTK_WIDGET (koers_page_slot_get_page (KOERS_PAGE_SLOT (visible)));
  gtk_root_set_focus (GTK_ROOT (self), NULL);
  return gtk_widget_child_focus (visible, GTK_DIR_TAB_FORWARD);
}

static gboolean
focus_sidebar (KoersWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->sidebar);

  if (row != NULL)
    return gtk_widget_grab_focus (GTK_WIDGET (row));
  return gtk_widget_child_focus (GTK_WIDGET (self->sidebar), GTK_DIR_TAB_FORWARD);
}

static gboolean
focus_header (KoersWindow *self)
{
  gtk_root_set_focus (GTK_ROOT (self), NULL);
  /* The header bar is not a template child: the window disposes it itself. */
  return gtk_widget_child_focus (gtk_window_get_titlebar (GTK_WINDOW (self)), GTK_DIR_TAB_FORWARD);
}

/* F6 and Shift+F6 cycle through the parts of the window: the steps, the
 * page that shows, the header bar, a notice when one shows (and the
 * welcome instead of the first two when no plan is open). */
static void
cycle_focus (KoersWindow *self,
             gboolean     backward)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean have_plan = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "plan") == 0;
  gboolean have_toast = koers_toast_get_revealed (self->toast);
  guint n_zones = (have_plan ? 3 : 2) + (have_toast ? 1 : 0);
  guint header = have_plan ? 2 : 1;
  guint zone = header;

  if (focus != NULL && have_toast && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->toast)))
    zone = n_zones - 1;
  else if (focus != NULL && have_plan && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar)))
    zone = 0;
  else if (focus != NULL && have_plan && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->pages)))
    zone = 1;
  else if (focus != NULL && !have_plan && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->main_stack)))
    zone = 0;

  for (guint tries = 0; tries < n_zones; tries++)
    {
      gboolean done;

      zone = (zone + (backward ? n_zones - 1 : 1)) % n_zones;
      if (zone == header)
        done = focus_header (self);
      else if (zone > header)
        done = koers_toast_focus_undo (self->toast);
      else if (!have_plan)
        done = gtk_widget_child_focus (gtk_stack_get_visible_child (self->main_stack),
                                       GTK_DIR_TAB_FORWARD);
      else if (zone == 0)
        done = focus_sidebar (self);
      else
        done = focus_visible_page (self);
      if (done)
        return;
    }
}

/* A notice that goes while it has the focus hands it to the page. */
static void
toast_revealed_cb (KoersWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (koers_toast_get_revealed (self->toast) || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  if (focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->toast)) ||
      !gtk_widget_get_mapped (focus))
    focus_visible_page (self);
}

/* win.show-notice (message, focus): a notice with Undo, for a change the
 * user may not have meant; with focus, its Undo button takes the focus
 * (when the focused control went away with the change). */
static void
show_notice_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KoersWindow *self = KOERS_WINDOW (widget);
  const char *message;
  gboolean focus;

  g_variant_get (parameter, "(&sb)", &message, &focus);
  koers_toast_show (self->toast, message);
  if (focus)
    koers_toast_focus_undo (self->toast);
}

static gboolean
window_key_pressed_cb (KoersWindow     *self,
                       guint            keyval,
                       guint            keycode,
                       GdkModifierType  state)
{
  if (keyval != GDK_KEY_F6 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  cycle_focus (self, (state & GDK_SHIFT_MASK) != 0);
  return GDK_EVENT_STOP;
}

/* Tab leaves the list of steps for the page that shows (the arrows move in
 * the list); Shift+Tab goes back to the header bar. */
static gboolean
sidebar_key_pressed_cb (KoersWindow     *self,
                        guint            keyval,
                        guint            keycode,
                        GdkModifierType  state)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    return (state & GDK_SHIFT_MASK) ? focus_header (self) : focus_visible_page (self);
  if (keyval == GDK_KEY_ISO_Left_Tab)
    return focus_header (self);
  return GDK_EVENT_PROPAGATE;
}

static void
visible_page_changed_cb (KoersWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->pages);
  GtkWidget *visible = gtk_stack_get_visible_child (self->pages);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (visible != NULL && KOERS_IS_PAGE_SLOT (visible))
    koers_page_slot_get_page (KOERS_PAGE_SLOT (visible));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));

  /* Alt+number while in the steps: the focus goes with the selection */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar)) &&
      gtk_list_box_get_selected_row (self->sidebar) != NULL &&
      !gtk_widget_is_ancestor (focus, GTK_WIDGET (gtk_list_box_get_selected_row (self->sidebar))) &&
      focus != GTK_WIDGET (gtk_list_box_get_selected_row (self->sidebar)))
    focus_sidebar (self);

  /* A control of the page that went away must not keep the focus (an
   * overview card, Alt+number from a page): the new page gets it. */
  if (focus != NULL && visible != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)) &&
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->pages)) &&
      !gtk_widget_is_ancestor (focus, visible))
    focus_visible_page (self);
}

#define MAX_RECENT 6

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (tb, ta);
}

/* The welcome lists the plans opened last that still exist. */
static void
fill_recent_list (KoersWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && shown < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GFile) file = NULL;

      if (!g_str_has_suffix (uri, ".koers") || !gtk_recent_info_exists (info))
        continue;

      file = g_file_new_for_uri (uri);
      gtk_list_box_append (self->recent_list, koers_recent_row_new (file));
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), shown > 0);
  gtk_widget_set_visible (self->recent_label, shown > 0);
}

static gboolean
fill_recent_list_idle (gpointer data)
{
  KoersWindow *self = data;

  self->recent_id = 0;
  fill_recent_list (self);
  return G_SOURCE_REMOVE;
}

static void
recent_row_activated_cb (KoersWindow   *self,
                         GtkListBoxRow *row)
{
  if (KOERS_IS_RECENT_ROW (row))
    koers_window_open_file (self, koers_recent_row_get_file (KOERS_RECENT_ROW (row)));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KoersWindow   *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    koers_window_open_file (self, l->data);
  return files != NULL;
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoersWindow *self = KOERS_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->pages, name) != NULL)
    gtk_stack_set_visible_child_name (self->pages, name);
}

/* (area, location): a finding's place, as koers_window_show_location() */
static void
show_location_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  const char *name, *location;
  KoersArea area;

  g_variant_get (parameter, "(&s&s)", &name, &location);
  if (koers_area_from_name (name, &area))
    koers_window_show_location (KOERS_WINDOW (widget), area, *location != '\0' ? location : NULL);
}

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KoersWindow *self = KOERS_WINDOW (widget);
  g_autoptr(KoersPlan) plan = koers_plan_new ();

  koers_roles_add_default_tasks (plan);
  if (self->plan != NULL)
    {
      self = koers_window_new (gtk_window_get_application (GTK_WINDOW (self)));
      gtk_window_present (GTK_WINDOW (self));
    }
  /* A new plan starts at its beginning, not where the last window was. */
  gtk_stack_set_visible_child_name (self->pages, "overview");
  koers_window_set_plan (self, plan, NULL);
}

static void
add_koers_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Koers plans"));
  gtk_file_filter_add_mime_type (filter, "application/x-koers");
  gtk_file_filter_add_suffix (filter, "koers");
  gtk_file_chooser_add_filter (chooser, filter);

  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     KoersWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      _koers_window_save_to (self, file);
    }
  else
    self->close_after_save = FALSE;

  g_clear_object (&self->chooser);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoersWindow *self = KOERS_WINDOW (widget);
  g_autofree char *name = NULL;
  const char *title = koers_plan_get_title (self->plan);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Plan"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  add_koers_filter (GTK_FILE_CHOOSER (self->chooser));
  name = g_strdup_printf ("%s.koers", *title ? title : _("Plan"));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), self->file, NULL);
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersWindow *self = KOERS_WINDOW (widget);

  if (self->file == NULL)
    save_as_action (widget, "win.save-as", NULL);
  else
    _koers_window_save_to (self, self->file);
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  KoersWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      koers_window_open_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersWindow *self = KOERS_WINDOW (widget);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Open Plan"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  add_koers_filter (GTK_FILE_CHOOSER (self->chooser));
  g_signal_connect (self->chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
example_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(KoersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_io_load_finish (result, &error);
  KoersWindow *target = self;
  GtkApplication *app;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;
  if (plan == NULL)
    {
      show_error (self, error->message);
      return;
    }

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (self->plan != NULL && (self->dirty || self->file != NULL) && app != NULL)
    {
      target = koers_window_new (app);
      gtk_window_present (GTK_WINDOW (target));
    }
  /* No file: saving asks for a name, so the shipped example is never
   * written over, and it does not enter the recent plans. */
  koers_window_set_plan (target, plan, NULL);
}

/* The example opens as an untitled copy. */
static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoersWindow *self = KOERS_WINDOW (widget);
  g_autoptr(GFile) example = koers_example_find ();

  if (example == NULL)
    {
      show_error (self, _("The example plan is not installed."));
      return;
    }
  self->loading = TRUE;
  koers_plan_io_load_async (example, self->cancellable, example_loaded_cb, g_object_ref (self));
}

/* Print prints the page that is showing: its printable, with the options
 * it shows (koers_print_pick_printable() says what a page without one
 * prints). */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KoersWindow *self = KOERS_WINDOW (widget);
  GtkWidget *slot = gtk_stack_get_visible_child (self->pages);
  KoersPage *page = NULL;
  g_autoptr(KoersPrint) print = NULL;
  KoersRenderOptions opts;

  if (self->plan == NULL)
    return;
  if (KOERS_IS_PAGE_SLOT (slot))
    page = koers_page_slot_get_page (KOERS_PAGE_SLOT (slot));

  print = koers_print_new (self->plan, koers_print_pick_printable (page));
  if (page != NULL && koers_page_get_printable_id (page) != NULL)
    {
      koers_page_get_print_options (page, &opts);
      koers_print_set_options (print, &opts);
    }
  /* Returns at once; the operation keeps itself alive until it is done. */
  koers_print_run (print, GTK_WINDOW (self));
}

/* The plan holds what is on disk again (or no unsaved change of a new
 * plan is left): nothing to save, nothing to recover, no question on close. */
static void
check_saved_state (KoersWindow *self)
{
  if (self->history == NULL || self->saving ||
      koers_history_get_state (self->history) != self->saved_state)
    return;
  self->changes_saved = self->changes;
  set_dirty (self, FALSE);
  _koers_window_discard_recovery (self);
}

void
_koers_window_forget_saved_state (KoersWindow *self)
{
  /* No state of the history is what the file holds. */
  self->saved_state = G_MAXUINT64;
}

/**
 * koers_window_show_location:
 * @area: the part of the plan
 * @location: (nullable): the place within @area, as a finding names it
 *   (koers-check.h); %NULL: the page itself
 *
 * Shows the page of @area and has it scroll to and focus the row or field
 * of @location: where a finding of the check is solved.
 *
 * Returns: whether the page is there and found the place (with a %NULL
 *   @location: whether the page is there)
 */
gboolean
koers_window_show_location (KoersWindow *self,
                            KoersArea    area,
                            const char  *location)
{
  GtkWidget *slot;
  KoersPage *page;

  g_return_val_if_fail (KOERS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (area < KOERS_N_AREAS, FALSE);

  slot = gtk_stack_get_child_by_name (self->pages, koers_area_get_name (area));
  if (slot == NULL)
    return FALSE;
  gtk_stack_set_visible_child (self->pages, slot);
  if (location == NULL)
    return TRUE;
  page = KOERS_IS_PAGE_SLOT (slot) ? koers_page_slot_get_page (KOERS_PAGE_SLOT (slot)) : NULL;
  return page != NULL && koers_page_show_location (page, location);
}

static int
find_in_list (GListModel *list,
              gpointer    item)
{
  guint position;

  if (G_IS_LIST_STORE (list) && g_list_store_find (G_LIST_STORE (list), item, &position))
    return (int) position;
  return -1;
}

/* Where the field @property of @object is shown, in the words of the
 * check's locations, so that undo can show what it changed. */
static char *
location_of_change (KoersPlan  *plan,
                    GObject    *object,
                    const char *property,
                    KoersArea  *area)
{
  int i;

  if (KOERS_IS_OBJECTIVE (object) &&
      (i = find_in_list (koers_plan_get_objectives (plan), object)) >= 0)
    {
      const char *field = "title";

      if (g_strcmp0 (property, "has-target") == 0 || g_strcmp0 (property, "target") == 0)
        field = "target";
      else if (g_strcmp0 (property, "deadline") == 0)
        field = "deadline";
      else if (g_strcmp0 (property, "kpi") == 0)
        field = "kpi";
      *area = KOERS_AREA_OBJECTIVES;
      return g_strdup_printf ("objective/%d/%s", i + 1, field);
    }
  if (KOERS_IS_CHANNEL (object))
    {
      *area = KOERS_AREA_TECHNOLOGY;
      return g_strdup_printf ("channel/%s", koers_channel_get_id (KOERS_CHANNEL (object)));
    }
  if (KOERS_IS_MILESTONE (object) &&
      (i = find_in_list (koers_plan_get_milestones (plan), object)) >= 0)
    {
      *area = KOERS_AREA_STRATEGY;
      return g_strdup_printf ("milestone/%d", i + 1);
    }
  if (KOERS_IS_ROSE_PART (object) &&
      (i = find_in_list (koers_plan_get_rose_parts (plan), object)) >= 0)
    {
      *area = KOERS_AREA_ROSE;
      return g_strdup_printf ("part/%d", i + 1);
    }
  if (KOERS_IS_CHECKLIST_ITEM (object))
    {
      const char *key = koers_checklist_item_get_key (KOERS_CHECKLIST_ITEM (object));

      if (find_in_list (koers_plan_get_tips (plan), object) >= 0)
        {
          *area = KOERS_AREA_PREPARATION;
          return g_strdup_printf ("tip/%s", key);
        }
      if (find_in_list (koers_plan_get_dos (plan), object) >= 0)
        {
          *area = KOERS_AREA_ROADMAP;
          return g_strdup_printf ("do/%s", key);
        }
    }
  if (KOERS_IS_CRITERION (object))
    for (guint p = 0; p < KOERS_N_PHASES; p++)
      {
        GListModel *criteria = koers_maturity_phase_get_criteria (koers_plan_get_phase (plan, p));

        if ((i = find_in_list (criteria, object)) >= 0)
          {
            *area = KOERS_AREA_MATURITY;
            return g_strdup_printf ("phase/%u/criterion/%d", p, i);
          }
      }
  if (KOERS_IS_TASK (object))
    {
      *area = KOERS_AREA_ROLES;
      return g_strdup_printf ("task/%s", koers_task_get_id (KOERS_TASK (object)));
    }
  if (KOERS_IS_ROLE (object))
    {
      *area = KOERS_AREA_ROLES;
      return g_strdup_printf ("role/%s", koers_role_get_id (KOERS_ROLE (object)));
    }
  if (KOERS_IS_CALENDAR_ENTRY (object) &&
      koers_calendar_entry_get_date (KOERS_CALENDAR_ENTRY (object)) != NULL)
    {
      const GDate *date = koers_calendar_entry_get_date (KOERS_CALENDAR_ENTRY (object));

      *area = KOERS_AREA_CALENDAR;
      return g_strdup_printf ("date/%04u-%02u-%02u", g_date_get_year (date),
                              g_date_get_month (date), g_date_get_day (date));
    }
  if (KOERS_IS_PLAN (object) && g_strcmp0 (property, "hub-url") == 0)
    {
      *area = KOERS_AREA_TECHNOLOGY;
      return g_strdup ("hub");
    }
  if (KOERS_IS_PLAN (object) && g_str_has_prefix (property, "primary-objective"))
    {
      *area = KOERS_AREA_OBJECTIVES;
      return g_strdup ("primary");
    }
  return NULL;
}

/* Undo and redo show what they change: when the step changed no section
 * the visible page shows, the page of the first section it changed. */
static void
apply_history (KoersWindow *self,
               gboolean     undo)
{
  guint before[KOERS_PLAN_N_SECTIONS];
  const char *visible;
  int first = -1;
  gboolean shown = FALSE;
  KoersArea area;
  g_autoptr(GObject) changed = NULL;
  g_autofree char *location = NULL;
  const char *property = NULL;

  if (self->history == NULL || self->plan == NULL)
    return;

  for (guint s = 0; s < KOERS_PLAN_N_SECTIONS; s++)
    before[s] = koers_plan_get_serial (self->plan, 1u << s);
  changed = koers_history_peek (self->history, undo, &property);
  if (changed != NULL)
    g_object_ref (changed);
  if (!(undo ? koers_history_undo (self->history) : koers_history_redo (self->history)))
    return;

  visible = gtk_stack_get_visible_child_name (self->pages);
  for (guint s = 0; s < KOERS_PLAN_N_SECTIONS; s++)
    {
      if (before[s] == koers_plan_get_serial (self->plan, 1u << s))
        continue;
      if (first < 0)
        first = s;
      /* Areas are the sections after "plan", in the same order; the plan's
       * own details are on the overview. */
      if (s == 0 ? g_strcmp0 (visible, "overview") == 0
                 : koers_area_from_name (visible, &area) && area == s - 1)
        shown = TRUE;
    }
  /* The field itself, when the step changed one the page shows: after the
   * undo, so that a step that brought an item back finds it. */
  location = changed != NULL ? location_of_change (self->plan, changed, property, &area) : NULL;
  if (location != NULL && koers_window_show_location (self, area, location))
    shown = TRUE;
  if (!shown && first >= 0)
    {
      const char *name = first == 0 ? "overview" : koers_area_get_name (first - 1);

      if (gtk_stack_get_child_by_name (self->pages, name) != NULL)
        gtk_stack_set_visible_child_name (self->pages, name);
    }
  check_saved_state (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersWindow *self = KOERS_WINDOW (widget);

  koers_toast_dismiss (self->toast);
  apply_history (self, TRUE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  apply_history (KOERS_WINDOW (widget), FALSE);
}

static void
close_response_cb (GtkDialog   *dialog,
                   int          response,
                   KoersWindow *self)
{
  /* The dialog lives until its response emission ends; it must not point
   * at a window that may be gone by then. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  switch (response)
    {
    case GTK_RESPONSE_ACCEPT:
      self->close_after_save = TRUE;
      save_action (GTK_WIDGET (self), "win.save", NULL);
      break;
    case GTK_RESPONSE_REJECT:
      _koers_window_discard_recovery (self);
      self->dirty = FALSE;
      gtk_window_destroy (GTK_WINDOW (self));
      break;
    default:
      break;
    }
}

static void save_window_state (KoersWindow *self);

static gboolean
koers_window_close_request (GtkWindow *window)
{
  KoersWindow *self = KOERS_WINDOW (window);
  GtkWidget *dialog;
  const char *title;

  save_window_state (self);

  if (!self->dirty)
    return GTK_WINDOW_CLASS (koers_window_parent_class)->close_request (window);

  title = koers_plan_get_title (self->plan);
  dialog = gtk_message_dialog_new (window, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save changes to “%s” before closing?"),
                                   *title ? title : _("Untitled plan"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("If you do not save, your changes are lost."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Discard"), GTK_RESPONSE_REJECT,
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Save"), GTK_RESPONSE_ACCEPT,
                          NULL);
  /* HIG: the button that loses work looks like it */
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                                GTK_RESPONSE_REJECT),
                            "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                                GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* For bench/: KOERS_BENCH_FRAMES=1 prints the monotonic time of the first
 * painted frame, and of the first frame that shows a loaded plan. */

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      KoersWindow   *self)
{
  static gboolean first_done, plan_done;

  if (!first_done)
    {
      first_done = TRUE;
      g_print ("koers-bench first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
    }
  if (!plan_done && bench_plan_loaded)
    {
      plan_done = TRUE;
      g_print ("koers-bench plan-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
    }
  if (first_done && (plan_done || !self->loading) &&
      g_strcmp0 (g_getenv ("KOERS_BENCH_FRAMES"), "quit") == 0)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
bench_realize_cb (KoersWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (bench_after_paint_cb), self, 0);
}

static void
koers_window_constructed (GObject *object)
{
  KoersWindow *self = (KoersWindow *) object;
  g_autofree char *last_page = NULL;

  G_OBJECT_CLASS (koers_window_parent_class)->constructed (object);

  /* The schema id is the same for development builds. */
  self->settings = g_settings_new (BASE_ID);
  _koers_window_files_init (self);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (g_getenv ("KOERS_BENCH_FRAMES") != NULL)
    g_signal_connect (self, "realize", G_CALLBACK (bench_realize_cb), NULL);

  build_hidden_pages (self);

  last_page = g_settings_get_string (self->settings, "last-page");
  if (*last_page && gtk_stack_get_child_by_name (self->pages, last_page) != NULL)
    gtk_stack_set_visible_child_name (self->pages, last_page);
}

static void
save_window_state (KoersWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_string (self->settings, "last-page",
                         gtk_stack_get_visible_child_name (self->pages));
}

static void
koers_window_dispose (GObject *object)
{
  KoersWindow *self = (KoersWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  _koers_window_files_dispose (self);
  g_clear_handle_id (&self->build_pages_id, g_source_remove);
  g_clear_handle_id (&self->recent_id, g_source_remove);
  g_clear_object (&self->history);
  g_clear_object (&self->settings);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_WINDOW);

  G_OBJECT_CLASS (koers_window_parent_class)->dispose (object);
}

static void
koers_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KoersWindow *self = KOERS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_window_class_init (KoersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = koers_window_constructed;
  object_class->dispose = koers_window_dispose;
  object_class->get_property = koers_window_get_property;
  GTK_WINDOW_CLASS (klass)->close_request = koers_window_close_request;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KOERS_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KOERS_TYPE_PAGE_SLOT);
  g_type_ensure (KOERS_TYPE_OVERVIEW_PAGE);
  g_type_ensure (KOERS_TYPE_PEOPLE_PAGE);
  g_type_ensure (KOERS_TYPE_OBJECTIVES_PAGE);
  g_type_ensure (KOERS_TYPE_STRATEGY_PAGE);
  g_type_ensure (KOERS_TYPE_TECHNOLOGY_PAGE);
  g_type_ensure (KOERS_TYPE_CHECKLIST_PAGE);
  g_type_ensure (KOERS_TYPE_ROSE_PAGE);
  g_type_ensure (KOERS_TYPE_ROLES_PAGE);
  g_type_ensure (KOERS_TYPE_MATURITY_PAGE);
  g_type_ensure (KOERS_TYPE_CALENDAR_PAGE);
  g_type_ensure (KOERS_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, pages);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, recent_label);
  gtk_widget_class_bind_template_callback (widget_class, recent_row_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, changed_bar);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, changed_label);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, reload_button);
  _koers_window_class_files_init (widget_class);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, toast);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, save_button);
  gtk_widget_class_bind_template_callback (widget_class, toast_revealed_cb);
  gtk_widget_class_bind_template_callback (widget_class, error_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-location", "(ss)",
                                   show_location_action);
  gtk_widget_class_install_action (widget_class, "win.new-plan", NULL, new_plan_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, open_example_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.show-notice", "(sb)", show_notice_action);
}

static void
koers_window_init (KoersWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  koers_a11y_name_controls (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  {
    GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  }

  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_name (keys, "koers-f6");
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_object (keys, "key-pressed", G_CALLBACK (window_key_pressed_cb), self,
                             G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self), keys);

    keys = gtk_event_controller_key_new ();
    gtk_event_controller_set_name (keys, "koers-sidebar-tab");
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_object (keys, "key-pressed", G_CALLBACK (sidebar_key_pressed_cb), self,
                             G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self->sidebar), keys);
  }

  /* Reading the recent files can wait until the window has drawn. */
  self->recent_id = g_idle_add_full (G_PRIORITY_LOW, fill_recent_list_idle, self, NULL);
  build_sidebar (self);
  visible_page_changed_cb (self);
  update_title (self);
  update_actions (self);
}

KoersWindow *
koers_window_new (GtkApplication *application)
{
  return g_object_new (KOERS_TYPE_WINDOW, "application", application, NULL);
}

KoersPlan *
koers_window_get_plan (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  return self->plan;
}

GFile *
koers_window_get_file (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  return self->file;
}

/* For koers-window-files.c ------------------------------------------------ */

void
_koers_window_update_title (KoersWindow *self)
{
  update_title (self);
}

void
_koers_window_set_dirty (KoersWindow *self,
                         gboolean     dirty)
{
  set_dirty (self, dirty);
}

void
_koers_window_show_error (KoersWindow *self,
                          const char  *message)
{
  show_error (self, message);
}

void
_koers_window_hide_error (KoersWindow *self)
{
  error_bar_response_cb (self);
}

void
_koers_window_notify_file (KoersWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* A plan read from a file is shown, for KOERS_BENCH_FRAMES */
void
_koers_window_plan_loaded (KoersWindow *self)
{
  bench_plan_loaded = TRUE;
}
