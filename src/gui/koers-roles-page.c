/* koers-roles-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Roles and tasks: the RACI matrix, tasks as rows and roles as columns. A
 * cell is a button: a click goes through the letters, R, A, (S,) C, I
 * and Delete set it, the arrows move between cells, and the context menu
 * (right click, Menu, Shift+F10) lists the letters and the cell's hours.
 * The header row and column are scrolled windows of their own that share
 * the body's adjustments, so they stay in view. A header opens an editor
 * of its role or task (name, hours, order, removal). The findings of the
 * plan check show on the row or column they concern, and below the matrix.
 *
 * GTK 4.8's GtkColumnView has no focus per cell, so the matrix is a GtkGrid
 * of buttons, rebuilt when roles or tasks come, go or move, and updated in
 * place otherwise (so an open editor stays open while its name is typed).
 */
#define G_LOG_DOMAIN "koers-roles-page"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-format.h"
#include "koers-roles-page.h"
#include "koers-a11y.h"
#include "koers-bind.h"
#include "koers-check.h"
#include "koers-raci-cell.h"
#include "koers-role.h"
#include "koers-role-editor.h"
#include "koers-roles.h"
#include "koers-task.h"
#include "koers-task-editor.h"

#define TASK_W   210
#define CELL_W   104
#define ROW_H    44
#define HEADER_H 68
/* A plan from elsewhere may hold a matrix no screen can show as buttons;
 * beyond this many cells the page says so, and print and export show it. */
#define MAX_CELLS 2500

struct _KoersRolesPage
{
  KoersPage          parent_instance;

  GtkButton         *add_role_button;
  GtkButton         *add_task_button;
  GtkCheckButton    *rasci_check;
  GtkLabel          *legend_label;
  GtkLabel          *corner_label;
  GtkScrolledWindow *header_scroller;
  GtkScrolledWindow *tasks_scroller;
  GtkScrolledWindow *body_scroller;
  GtkBox            *roles_box;
  GtkBox            *tasks_box;
  GtkGrid           *cells_grid;
  GtkBox            *findings_box;

  GPtrArray         *structure;    /* the roles, then the tasks, as built */
  GPtrArray         *role_headers; /* GtkMenuButton */
  GPtrArray         *task_headers;
  GPtrArray         *cells;        /* GtkButton, task * n_roles + role */
  GPtrArray         *size_groups;  /* per column, then per row */
  guint              n_roles;
  guint              n_tasks;

  GtkPopover        *letter_popover;
  GtkPopover        *editor_popover; /* of the header that opened it */
  GtkWidget         *editor_header;
  guint              menu_task;
  guint              menu_role;

  gboolean           dirty;        /* changed while not shown: refresh on map */
  GPtrArray         *findings;     /* the last check's, shown until the next one is in */
  GCancellable      *checking;     /* the check under way */
  char              *focus_id;     /* after a rebuild: the header to focus */
  gboolean           focus_task;
  gboolean           open_editor;
};

G_DEFINE_FINAL_TYPE (KoersRolesPage, koers_roles_page, KOERS_TYPE_PAGE)

static const KoersRaci letters[] = {
  KOERS_RACI_RESPONSIBLE, KOERS_RACI_ACCOUNTABLE, KOERS_RACI_SUPPORT,
  KOERS_RACI_CONSULTED, KOERS_RACI_INFORMED,
};

static KoersPlan *
get_plan (KoersRolesPage *self)
{
  return koers_page_get_plan (KOERS_PAGE (self));
}

static gboolean
get_rasci (KoersRolesPage *self)
{
  KoersPlan *plan = get_plan (self);

  return plan != NULL && koers_plan_get_rasci (plan);
}

static gpointer
get_item (GListModel *list,
          guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, position);

  return item; /* the list keeps it */
}

static KoersRole *
role_at (KoersRolesPage *self,
         guint           index)
{
  return get_item (koers_plan_get_roles (get_plan (self)), index);
}

static KoersTask *
task_at (KoersRolesPage *self,
         guint           index)
{
  return get_item (koers_plan_get_tasks (get_plan (self)), index);
}

static void
format_hours (char   *buffer,
              gsize   size,
              double  hours)
{
  g_autofree char *text = koers_format_number (hours, 2);

  g_strlcpy (buffer, text, size);
}

/* Cells ---------------------------------------------------------------- */

/**
 * koers_roles_page_get_cell:
 *
 * Returns: (transfer none) (nullable): the button of @task's row and
 *   @role's column, for the tests
 */
GtkWidget *
koers_roles_page_get_cell (KoersRolesPage *self,
                           guint           task,
                           guint           role)
{
  g_return_val_if_fail (KOERS_IS_ROLES_PAGE (self), NULL);

  if (task >= self->n_tasks || role >= self->n_roles)
    return NULL;
  return g_ptr_array_index (self->cells, task * self->n_roles + role);
}

/**
 * koers_roles_page_get_header:
 * @is_task: a task's header (the row's), else a role's (the column's)
 *
 * Returns: (transfer none) (nullable): the header button, for the tests
 */
GtkWidget *
koers_roles_page_get_header (KoersRolesPage *self,
                             gboolean        is_task,
                             guint           index)
{
  GPtrArray *headers;

  g_return_val_if_fail (KOERS_IS_ROLES_PAGE (self), NULL);

  headers = is_task ? self->task_headers : self->role_headers;
  return index < headers->len ? g_ptr_array_index (headers, index) : NULL;
}

static void
focus_cell (KoersRolesPage *self,
            guint           task,
            guint           role)
{
  GtkWidget *cell = koers_roles_page_get_cell (self, task, role);

  if (cell != NULL)
    gtk_widget_grab_focus (cell);
}

static void
set_letter (KoersRolesPage *self,
            guint           task,
            guint           role,
            KoersRaci       letter)
{
  if (task >= self->n_tasks || role >= self->n_roles)
    return;
  koers_roles_set_letter (get_plan (self), task_at (self, task),
                          koers_role_get_id (role_at (self, role)), letter);
}

static void
update_cell (KoersRolesPage *self,
             guint           task_index,
             guint           role_index)
{
  GtkWidget *cell = koers_roles_page_get_cell (self, task_index, role_index);
  KoersTask *task = task_at (self, task_index);
  KoersRole *role = role_at (self, role_index);
  KoersRaciCell *raci = koers_task_find_cell (task, koers_role_get_id (role));
  KoersRaci letter = raci ? koers_raci_cell_get_letter (raci) : KOERS_RACI_NONE;
  double hours = raci ? koers_raci_cell_get_hours (raci) : 0;
  g_autofree char *label = NULL;
  g_autofree char *name = NULL;
  g_autofree char *tooltip = NULL;

  if (hours > 0)
    {
      char text[32];

      format_hours (text, sizeof text, hours);
      /* Translators: a cell of the RACI matrix: its letter and the role's hours for the task */
      label = g_strdup_printf (_("%s · %s h"), koers_raci_get_letter (letter), text);
    }
  else
    label = g_strdup (koers_raci_get_letter (letter));
  gtk_button_set_label (GTK_BUTTON (cell), label);

  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    {
      g_autofree char *css = g_strdup_printf ("raci-%c",
                                              g_ascii_tolower (*koers_raci_get_letter (letters[i])));

      if (letters[i] == letter)
        gtk_widget_add_css_class (cell, css);
      else
        gtk_widget_remove_css_class (cell, css);
    }

  /* Translators: the name of a cell for screen readers: role, task and letter */
  name = g_strdup_printf (_("%s, %s: %s"), koers_role_get_name (role), koers_task_get_name (task),
                          letter == KOERS_RACI_NONE ? _("none") : koers_raci_get_letter (letter));
  koers_a11y_set_label (cell, name);
  tooltip = g_strdup_printf ("%s – %s\n%s", koers_task_get_name (task), koers_role_get_name (role),
                             koers_raci_get_title (letter));
  gtk_widget_set_tooltip_text (cell, tooltip);
}

static void
letter_chosen_cb (GtkButton      *button,
                  KoersRolesPage *self)
{
  KoersRaci letter = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "letter"));
  guint task = self->menu_task, role = self->menu_role;

  gtk_popover_popdown (self->letter_popover);
  set_letter (self, task, role, letter);
  focus_cell (self, task, role);
}

/* The context menu of a cell: the letters with their meaning, and the
 * hours the role spends on the task. */
static void
popup_letters (KoersRolesPage *self,
               guint           task_index,
               guint           role_index)
{
  GtkWidget *cell = koers_roles_page_get_cell (self, task_index, role_index);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *hours_box, *hours_label, *spin;
  KoersTask *task = task_at (self, task_index);
  KoersRaciCell *raci = koers_task_find_cell (task, koers_role_get_id (role_at (self, role_index)));
  KoersRaci none = KOERS_RACI_NONE;
  graphene_rect_t bounds;
  GdkRectangle rect;

  self->menu_task = task_index;
  self->menu_role = role_index;

  for (guint i = 0; i <= G_N_ELEMENTS (letters); i++)
    {
      KoersRaci letter = i < G_N_ELEMENTS (letters) ? letters[i] : none;
      g_autofree char *text = NULL;
      GtkWidget *button;

      if (letter == KOERS_RACI_SUPPORT && !get_rasci (self))
        continue;
      text = letter == KOERS_RACI_NONE
               ? g_strdup (koers_raci_get_title (letter))
               : g_strdup_printf ("%s   %s", koers_raci_get_letter (letter),
                                  koers_raci_get_title (letter));
      button = gtk_button_new_with_label (text);
      gtk_widget_add_css_class (button, "flat");
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
      g_object_set_data (G_OBJECT (button), "letter", GINT_TO_POINTER (letter));
      g_signal_connect_object (button, "clicked", G_CALLBACK (letter_chosen_cb), self, 0);
      gtk_box_append (GTK_BOX (box), button);
    }

  hours_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (hours_box, 6);
  hours_label = gtk_label_new_with_mnemonic (_("_Hours a week for this task"));
  spin = gtk_spin_button_new_with_range (0, 168, 0.5);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (hours_label), spin);
  koers_a11y_set_label (spin, _("Hours a week for this task"));
  if (raci != NULL)
    koers_bind_number (raci, "hours", GTK_SPIN_BUTTON (spin));
  else
    {
      koers_spin_button_guard_scroll (GTK_SPIN_BUTTON (spin));
      gtk_widget_set_sensitive (spin, FALSE);
      gtk_widget_set_tooltip_text (hours_box, _("Choose a letter first"));
    }
  gtk_box_append (GTK_BOX (hours_box), hours_label);
  gtk_box_append (GTK_BOX (hours_box), spin);
  gtk_box_append (GTK_BOX (box), hours_box);

  gtk_popover_set_child (self->letter_popover, box);
  if (gtk_widget_compute_bounds (cell, GTK_WIDGET (self->cells_grid), &bounds))
    {
      rect.x = (int) bounds.origin.x;
      rect.y = (int) bounds.origin.y;
      rect.width = (int) bounds.size.width;
      rect.height = (int) bounds.size.height;
      gtk_popover_set_pointing_to (self->letter_popover, &rect);
    }
  gtk_popover_popup (self->letter_popover);
}

static void
cell_clicked_cb (GtkButton      *cell,
                 KoersRolesPage *self)
{
  guint task = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "task"));
  guint role = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "role"));
  KoersRaci letter;

  if (task >= self->n_tasks || role >= self->n_roles)
    return;
  letter = koers_roles_get_letter (task_at (self, task), koers_role_get_id (role_at (self, role)));
  set_letter (self, task, role, koers_raci_next (letter, get_rasci (self)));
}

static void
cell_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 KoersRolesPage  *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (cell);
  popup_letters (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "task")),
                 GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "role")));
}

static gboolean
cell_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     KoersRolesPage        *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint task = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "task"));
  guint role = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "role"));
  KoersRaci letter;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (role > 0)
        focus_cell (self, task, role - 1);
      else
        gtk_widget_grab_focus (g_ptr_array_index (self->task_headers, task));
      return GDK_EVENT_STOP;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      focus_cell (self, task, MIN (role + 1, self->n_roles - 1));
      return GDK_EVENT_STOP;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (task > 0)
        focus_cell (self, task - 1, role);
      else
        gtk_widget_grab_focus (g_ptr_array_index (self->role_headers, role));
      return GDK_EVENT_STOP;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      focus_cell (self, MIN (task + 1, self->n_tasks - 1), role);
      return GDK_EVENT_STOP;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      set_letter (self, task, role, KOERS_RACI_NONE);
      return GDK_EVENT_STOP;
    case GDK_KEY_Menu:
      popup_letters (self, task, role);
      return GDK_EVENT_STOP;
    case GDK_KEY_F10:
      if ((state & GDK_SHIFT_MASK) == 0)
        return GDK_EVENT_PROPAGATE;
      popup_letters (self, task, role);
      return GDK_EVENT_STOP;
    default:
      break;
    }

  if ((state & ~GDK_SHIFT_MASK & gtk_accelerator_get_default_mod_mask ()) == 0 &&
      koers_raci_from_letter (gdk_keyval_to_unicode (keyval), get_rasci (self), &letter))
    {
      set_letter (self, task, role, letter);
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

/* Headers -------------------------------------------------------------- */

static GtkWidget *
header_label (GtkWidget *header,
              const char *key)
{
  return g_object_get_data (G_OBJECT (header), key);
}

static gboolean
header_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       KoersRolesPage        *self)
{
  GtkWidget *header = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  gboolean is_task = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (header), "is-task"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (header), "index"));
  GPtrArray *headers = is_task ? self->task_headers : self->role_headers;
  guint into = is_task ? GDK_KEY_Right : GDK_KEY_Down;
  guint back = is_task ? GDK_KEY_Up : GDK_KEY_Left;
  guint on = is_task ? GDK_KEY_Down : GDK_KEY_Right;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  if (keyval == into)
    {
      if (is_task)
        focus_cell (self, index, 0);
      else
        focus_cell (self, 0, index);
      return GDK_EVENT_STOP;
    }
  if (keyval == back && index > 0)
    {
      gtk_widget_grab_focus (g_ptr_array_index (headers, index - 1));
      return GDK_EVENT_STOP;
    }
  if (keyval == on && index + 1 < headers->len)
    {
      gtk_widget_grab_focus (g_ptr_array_index (headers, index + 1));
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

/* A header opens the editor of its role or task: one popover for all, its
 * content made when it opens, so a page of many headers stays light. */
static void
header_clicked_cb (GtkButton      *header,
                   KoersRolesPage *self)
{
  GObject *item = g_object_get_data (G_OBJECT (header), "item");
  graphene_rect_t bounds;
  GdkRectangle rect;

  gtk_popover_set_child (self->editor_popover,
                         KOERS_IS_TASK (item) ? koers_task_editor_new (KOERS_TASK (item))
                                              : koers_role_editor_new (KOERS_ROLE (item)));
  if (gtk_widget_compute_bounds (GTK_WIDGET (header), GTK_WIDGET (self), &bounds))
    {
      rect.x = (int) bounds.origin.x;
      rect.y = (int) bounds.origin.y;
      rect.width = (int) bounds.size.width;
      rect.height = (int) bounds.size.height;
      gtk_popover_set_pointing_to (self->editor_popover, &rect);
    }
  gtk_popover_set_position (self->editor_popover,
                            KOERS_IS_TASK (item) ? GTK_POS_RIGHT : GTK_POS_BOTTOM);
  self->editor_header = GTK_WIDGET (header);
  gtk_popover_popup (self->editor_popover);
}

/* Back to the header, when it is still there */
static void
editor_closed_cb (GtkPopover     *popover,
                  KoersRolesPage *self)
{
  GtkWidget *header = self->editor_header;

  self->editor_header = NULL;
  for (guint k = 0; header != NULL && k < 2; k++)
    {
      GPtrArray *headers = k == 0 ? self->role_headers : self->task_headers;

      for (guint i = 0; i < headers->len; i++)
        if (g_ptr_array_index (headers, i) == header)
          {
            gtk_widget_grab_focus (header);
            return;
          }
    }
}

static GtkWidget *
make_header (KoersRolesPage *self,
             GObject        *item,
             guint           index,
             gboolean        is_task)
{
  GtkWidget *header = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *marker = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_add_css_class (header, "flat");
  gtk_widget_add_css_class (header, is_task ? "raci-task-header" : "raci-role-header");
  if (is_task)
    gtk_widget_set_size_request (header, TASK_W, ROW_H);
  else
    gtk_widget_set_size_request (header, CELL_W, HEADER_H);

  /* A header and its cells share a size group (rebuild()), so they line
   * up whatever the text; the labels are ellipsized at a sensible width. */
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), is_task ? 24 : 12);
  gtk_label_set_max_width_chars (GTK_LABEL (detail), is_task ? 24 : 12);
  /* A role's column is wide enough for a name like "Eigenaar" and a line
   * like "3,5 van 10 u", so the page rarely needs the tooltip. */
  if (!is_task)
    {
      gtk_label_set_width_chars (GTK_LABEL (name), 10);
      gtk_label_set_width_chars (GTK_LABEL (detail), 12);
    }
  gtk_label_set_xalign (GTK_LABEL (name), is_task ? 0 : 0.5);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), is_task ? 0 : 0.5);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_set_visible (marker, FALSE);
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), marker);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (box, GTK_ALIGN_FILL);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_button_set_child (GTK_BUTTON (header), box);

  g_object_set_data_full (G_OBJECT (header), "item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (header), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (header), "is-task", GINT_TO_POINTER (is_task));
  g_object_set_data (G_OBJECT (header), "name", name);
  g_object_set_data (G_OBJECT (header), "detail", detail);
  g_object_set_data (G_OBJECT (header), "marker", marker);
  g_signal_connect_object (header, "clicked", G_CALLBACK (header_clicked_cb), self, 0);

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (header_key_pressed_cb), self, 0);
  gtk_widget_add_controller (header, keys);
  return header;
}

static void
update_headers (KoersRolesPage *self)
{
  g_autoptr(GHashTable) needs = koers_check_hours_needed (get_plan (self));

  for (guint r = 0; r < self->n_roles; r++)
    {
      GtkWidget *header = g_ptr_array_index (self->role_headers, r);
      KoersRole *role = role_at (self, r);
      double *need = g_hash_table_lookup (needs, koers_role_get_id (role));
      double needed = need ? *need : 0;
      double has = koers_role_get_hours_per_week (role);
      char needed_text[32], has_text[32];
      g_autofree char *detail = NULL;
      g_autofree char *name = NULL;
      const char *person = koers_role_get_person (role);

      format_hours (needed_text, sizeof needed_text, needed);
      format_hours (has_text, sizeof has_text, has);
      /* Translators: under a role in the matrix, below the person: the hours
       * a week the role's tasks need of the hours it has, as "3 of 3.5 h" */
      detail = g_strdup_printf (_("%s of %s h"), needed_text, has_text);
      if (*person != '\0')
        {
          g_autofree char *both = g_strconcat (person, "\n", detail, NULL);

          g_free (detail);
          detail = g_steal_pointer (&both);
        }
      gtk_label_set_text (GTK_LABEL (header_label (header, "name")), koers_role_get_name (role));
      gtk_label_set_text (GTK_LABEL (header_label (header, "detail")), detail);
      /* Translators: the name of a role's header button for screen readers */
      name = g_strdup_printf (_("Role %s"), koers_role_get_name (role));
      koers_a11y_set_label (header, name);
    }

  for (guint t = 0; t < self->n_tasks; t++)
    {
      GtkWidget *header = g_ptr_array_index (self->task_headers, t);
      KoersTask *task = task_at (self, t);
      KoersEntryPart part = koers_task_get_rose_part (task);
      char hours[32];
      g_autofree char *detail = NULL;
      g_autofree char *name = NULL;

      format_hours (hours, sizeof hours, koers_task_get_hours_per_week (task));
      if (part > KOERS_ENTRY_PART_NONE && part <= KOERS_ENTRY_PART_ORGANISING)
        /* Translators: under a task in the matrix: its hours a week and its rose part */
        detail = g_strdup_printf (_("%s h a week · %s"), hours,
                                  g_dpgettext2 (GETTEXT_PACKAGE, "rose part",
                                                (const char *[]) { "Listening", "Responding",
                                                                   "Sending", "Activating",
                                                                   "Organising" }[part - 1]));
      else
        detail = g_strdup_printf (_("%s h a week"), hours);
      gtk_label_set_text (GTK_LABEL (header_label (header, "name")), koers_task_get_name (task));
      gtk_label_set_text (GTK_LABEL (header_label (header, "detail")), detail);
      /* Translators: the name of a task's header button for screen readers */
      name = g_strdup_printf (_("Task %s"), koers_task_get_name (task));
      koers_a11y_set_label (header, name);
    }
}

/* Findings ------------------------------------------------------------- */

static GtkWidget *
find_header (KoersRolesPage *self,
             const char     *location)
{
  gboolean is_task = g_str_has_prefix (location, "task/");
  GPtrArray *headers;
  const char *id;

  if (!is_task && !g_str_has_prefix (location, "role/"))
    return NULL;
  headers = is_task ? self->task_headers : self->role_headers;
  id = location + 5;
  for (guint i = 0; i < headers->len; i++)
    {
      GObject *item = g_object_get_data (g_ptr_array_index (headers, i), "item");
      const char *item_id = is_task ? koers_task_get_id (KOERS_TASK (item))
                                    : koers_role_get_id (KOERS_ROLE (item));

      if (g_strcmp0 (item_id, id) == 0)
        return g_ptr_array_index (headers, i);
    }
  return NULL;
}

static void
show_findings (KoersRolesPage *self,
               GPtrArray      *findings)
{
  g_autoptr(GHashTable) notes = g_hash_table_new_full (NULL, NULL, NULL,
                                                       (GDestroyNotify) g_free);
  GtkWidget *child;
  guint shown = 0, more = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_box))) != NULL)
    gtk_box_remove (self->findings_box, child);

  for (guint i = 0; i < findings->len; i++)
    {
      KoersFinding *finding = g_ptr_array_index (findings, i);
      GtkWidget *row, *icon, *label, *header;

      if (finding->area != KOERS_AREA_ROLES)
        continue;

      /* On the row or column it concerns */
      header = finding->location ? find_header (self, finding->location) : NULL;
      if (header != NULL)
        {
          const char *before = g_hash_table_lookup (notes, header);

          g_hash_table_insert (notes, header,
                               before ? g_strconcat (before, "\n", finding->message, NULL)
                                      : g_strdup (finding->message));
        }

      /* a list a person can read */
      if (shown++ >= 50)
        {
          more++;
          continue;
        }

      /* Below the matrix: every finding of the area, with the icon and the
       * word of its severity, so that it does not rest on colour. */
      row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      icon = gtk_image_new_from_icon_name (finding->severity == KOERS_SEVERITY_HINT
                                             ? "dialog-information-symbolic"
                                             : "dialog-warning-symbolic");
      gtk_widget_set_tooltip_text (icon, koers_severity_get_title (finding->severity));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      koers_severity_get_title (finding->severity), -1);
      label = gtk_label_new (finding->message);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      if (finding->severity == KOERS_SEVERITY_PROBLEM)
        gtk_widget_add_css_class (row, "error");
      else if (finding->severity == KOERS_SEVERITY_WARNING)
        gtk_widget_add_css_class (row, "warning");
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (self->findings_box, row);
    }

  if (more > 0)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more point.", "And %u more points.",
                                      more), more);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (self->findings_box, label);
    }

  for (guint k = 0; k < 2; k++)
    {
      GPtrArray *headers = k == 0 ? self->role_headers : self->task_headers;

      for (guint i = 0; i < headers->len; i++)
        {
          GtkWidget *header = g_ptr_array_index (headers, i);
          const char *note = g_hash_table_lookup (notes, header);

          gtk_widget_set_visible (header_label (header, "marker"), note != NULL);
          gtk_widget_set_tooltip_text (header, note);
          gtk_accessible_update_property (GTK_ACCESSIBLE (header),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, note ? note : "",
                                          -1);
          if (note != NULL)
            gtk_widget_add_css_class (header, "raci-finding");
          else
            gtk_widget_remove_css_class (header, "raci-finding");
        }
    }
}

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = koers_check_plan_finish (KOERS_PLAN (object), result, &error);
  KoersRolesPage *self;

  if (findings == NULL)
    return;  /* cancelled: the page went, or a newer check runs */
  self = KOERS_ROLES_PAGE (user_data);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = findings;
  show_findings (self, findings);
}

/* The check's roles rules read the whole calendar (the hours of the posts):
 * it runs as the overview's does, in a thread and only for what changed.
 * Until it is done the headers keep the last findings. */
static void
update_findings (KoersRolesPage *self)
{
  KoersPlan *plan = get_plan (self);

  if (self->findings != NULL)
    show_findings (self, self->findings);
  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  if (plan == NULL)
    return;
  self->checking = g_cancellable_new ();
  koers_check_plan_async (plan, self->checking, check_done_cb, self);
}

static void
update_legend (KoersRolesPage *self)
{
  g_autoptr(GString) legend = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    {
      if (letters[i] == KOERS_RACI_SUPPORT && !get_rasci (self))
        continue;
      if (legend->len > 0)
        g_string_append (legend, "    ");
      g_string_append_printf (legend, "<b>%s</b> %s", koers_raci_get_letter (letters[i]),
                              koers_raci_get_title (letters[i]));
    }
  gtk_label_set_markup (self->legend_label, legend->str);
}

/* Building ------------------------------------------------------------- */

static gboolean
structure_changed (KoersRolesPage *self)
{
  KoersPlan *plan = get_plan (self);
  GListModel *roles = koers_plan_get_roles (plan);
  GListModel *tasks = koers_plan_get_tasks (plan);
  guint n_roles = g_list_model_get_n_items (roles);
  guint n_tasks = g_list_model_get_n_items (tasks);

  if (n_roles != self->n_roles || n_tasks != self->n_tasks ||
      self->structure->len != n_roles + n_tasks)
    return TRUE;
  for (guint i = 0; i < n_roles; i++)
    if (get_item (roles, i) != g_ptr_array_index (self->structure, i))
      return TRUE;
  for (guint i = 0; i < n_tasks; i++)
    if (get_item (tasks, i) != g_ptr_array_index (self->structure, n_roles + i))
      return TRUE;
  return FALSE;
}

/* Removes the children of @box, but not the cells' popover, which is
 * parented to the grid. */
static void
clear_box (GtkWidget *box)
{
  GtkWidget *child = gtk_widget_get_first_child (box);

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_POPOVER (child))
        ;
      else if (GTK_IS_BOX (box))
        gtk_box_remove (GTK_BOX (box), child);
      else
        gtk_grid_remove (GTK_GRID (box), child);
      child = next;
    }
}

static void
rebuild (KoersRolesPage *self)
{
  KoersPlan *plan = get_plan (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  int focus_task = -1, focus_role = -1;
  GtkWidget *refocus = NULL;

  /* Where the focus was, to put it back at the same place */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->cells_grid)))
    {
      GtkWidget *cell = GTK_IS_BUTTON (focus) ? focus : gtk_widget_get_ancestor (focus,
                                                                                GTK_TYPE_BUTTON);
      if (cell != NULL)
        {
          focus_task = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "task"));
          focus_role = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "role"));
        }
    }

  gtk_popover_popdown (self->letter_popover);
  if (self->editor_header != NULL)
    gtk_popover_popdown (self->editor_popover);
  self->editor_header = NULL;
  clear_box (GTK_WIDGET (self->roles_box));
  clear_box (GTK_WIDGET (self->tasks_box));
  clear_box (GTK_WIDGET (self->cells_grid));
  g_ptr_array_set_size (self->structure, 0);
  g_ptr_array_set_size (self->role_headers, 0);
  g_ptr_array_set_size (self->task_headers, 0);
  g_ptr_array_set_size (self->cells, 0);
  g_ptr_array_set_size (self->size_groups, 0);
  self->n_roles = self->n_tasks = 0;
  if (plan == NULL)
    return;

  self->n_roles = g_list_model_get_n_items (koers_plan_get_roles (plan));
  self->n_tasks = g_list_model_get_n_items (koers_plan_get_tasks (plan));
  if ((guint64) self->n_roles * self->n_tasks > MAX_CELLS ||
      self->n_roles > MAX_CELLS || self->n_tasks > MAX_CELLS)
    {
      g_autofree char *text =
        g_strdup_printf (_("This matrix of %u tasks and %u roles is too large to edit here. "
                           "Print it or export it to see it whole."),
                         self->n_tasks, self->n_roles);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_start (label, 12);
      gtk_grid_attach (self->cells_grid, label, 0, 0, 1, 1);
      /* the structure stays as it is, empty: every change looks again */
      self->n_roles = self->n_tasks = 0;
      update_findings (self);
      return;
    }

  for (guint r = 0; r < self->n_roles; r++)
    {
      KoersRole *role = role_at (self, r);
      GtkWidget *header = make_header (self, G_OBJECT (role), r, FALSE);

      g_ptr_array_add (self->structure, role);
      g_ptr_array_add (self->role_headers, header);
      gtk_box_append (self->roles_box, header);
      g_ptr_array_add (self->size_groups, gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL));
      gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, r), header);
      if (!self->focus_task && g_strcmp0 (self->focus_id, koers_role_get_id (role)) == 0)
        refocus = header;
    }
  for (guint t = 0; t < self->n_tasks; t++)
    {
      KoersTask *task = task_at (self, t);
      GtkWidget *header = make_header (self, G_OBJECT (task), t, TRUE);
      GtkSizeGroup *row_group = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);

      g_ptr_array_add (self->structure, task);
      g_ptr_array_add (self->task_headers, header);
      gtk_box_append (self->tasks_box, header);
      g_ptr_array_add (self->size_groups, row_group);
      gtk_size_group_add_widget (row_group, header);
      if (self->focus_task && g_strcmp0 (self->focus_id, koers_task_get_id (task)) == 0)
        refocus = header;

      for (guint r = 0; r < self->n_roles; r++)
        {
          GtkWidget *cell = gtk_button_new ();
          GtkGesture *click = gtk_gesture_click_new ();
          GtkEventController *keys = gtk_event_controller_key_new ();

          gtk_widget_set_size_request (cell, CELL_W, ROW_H);
          gtk_widget_add_css_class (cell, "raci-cell");
          gtk_widget_add_css_class (cell, "flat");
          g_object_set_data (G_OBJECT (cell), "task", GUINT_TO_POINTER (t));
          g_object_set_data (G_OBJECT (cell), "role", GUINT_TO_POINTER (r));
          g_signal_connect_object (cell, "clicked", G_CALLBACK (cell_clicked_cb), self, 0);
          gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
          g_signal_connect_object (click, "pressed", G_CALLBACK (cell_pressed_cb), self, 0);
          gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));
          g_signal_connect_object (keys, "key-pressed", G_CALLBACK (cell_key_pressed_cb), self, 0);
          gtk_widget_add_controller (cell, keys);
          gtk_grid_attach (self->cells_grid, cell, r, t, 1, 1);
          gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, r), cell);
          gtk_size_group_add_widget (row_group, cell);
          g_ptr_array_add (self->cells, cell);
        }
    }

  for (guint t = 0; t < self->n_tasks; t++)
    for (guint r = 0; r < self->n_roles; r++)
      update_cell (self, t, r);
  update_headers (self);
  update_findings (self);

  if (refocus != NULL)
    {
      gtk_widget_grab_focus (refocus);
      if (self->open_editor)
        header_clicked_cb (GTK_BUTTON (refocus), self);
    }
  else if (focus_task >= 0 && self->n_tasks > 0 && self->n_roles > 0)
    focus_cell (self, MIN ((guint) focus_task, self->n_tasks - 1),
                MIN ((guint) focus_role, self->n_roles - 1));
  g_clear_pointer (&self->focus_id, g_free);
  self->open_editor = FALSE;
}

static void
refresh (KoersRolesPage *self)
{
  if (get_plan (self) == NULL || structure_changed (self))
    {
      rebuild (self);
      return;
    }
  for (guint t = 0; t < self->n_tasks; t++)
    for (guint r = 0; r < self->n_roles; r++)
      update_cell (self, t, r);
  update_headers (self);
  update_findings (self);
}

/* A page that does not show waits until it does: the matrix and the
 * check cost more than a list of rows. */
static void
plan_changed_cb (KoersPlan        *plan,
                 KoersPlanSection  sections,
                 KoersRolesPage   *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  update_legend (self);
  refresh (self);
}

/* Adding, moving, removing --------------------------------------------- */

static void
add_role_clicked_cb (KoersRolesPage *self)
{
  KoersPlan *plan = get_plan (self);
  GListModel *roles = koers_plan_get_roles (plan);
  g_autoptr(KoersRole) role = koers_role_new ();
  const char *name = _("New role");
  g_autofree char *id = koers_plan_make_id (roles, name);

  koers_role_set_id (role, id);
  koers_role_set_name (role, name);
  koers_plan_append (plan, roles, role);

  /* Its editor opens as soon as the column is there. */
  g_free (self->focus_id);
  self->focus_id = g_steal_pointer (&id);
  self->focus_task = FALSE;
  self->open_editor = TRUE;
  koers_plan_flush_changes (plan);
}

static void
add_task_clicked_cb (KoersRolesPage *self)
{
  KoersPlan *plan = get_plan (self);
  GListModel *tasks = koers_plan_get_tasks (plan);
  g_autoptr(KoersTask) task = koers_task_new ();
  const char *name = _("New task");
  g_autofree char *id = koers_plan_make_id (tasks, name);

  koers_task_set_id (task, id);
  koers_task_set_name (task, name);
  koers_plan_append (plan, tasks, task);

  g_free (self->focus_id);
  self->focus_id = g_steal_pointer (&id);
  self->focus_task = TRUE;
  self->open_editor = TRUE;
  koers_plan_flush_changes (plan);
}

static gpointer
find_item (KoersRolesPage *self,
           gboolean        is_task,
           const char     *id,
           guint          *position)
{
  GPtrArray *headers = is_task ? self->task_headers : self->role_headers;

  for (guint i = 0; i < headers->len; i++)
    {
      GObject *item = g_object_get_data (g_ptr_array_index (headers, i), "item");
      const char *item_id = is_task ? koers_task_get_id (KOERS_TASK (item))
                                    : koers_role_get_id (KOERS_ROLE (item));

      if (g_strcmp0 (item_id, id) == 0)
        {
          *position = i;
          return item;
        }
    }
  return NULL;
}

/* roles.move (is_task, id, delta) */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersRolesPage *self = KOERS_ROLES_PAGE (widget);
  gboolean is_task;
  const char *id;
  int delta;
  guint position, n;
  gpointer item;

  g_variant_get (parameter, "(b&si)", &is_task, &id, &delta);
  item = find_item (self, is_task, id, &position);
  if (item == NULL)
    return;
  n = is_task ? self->n_tasks : self->n_roles;
  if ((delta < 0 && position == 0) || (delta > 0 && position + 1 >= n))
    return;

  g_free (self->focus_id);
  self->focus_id = g_strdup (id);
  self->focus_task = is_task;
  self->open_editor = FALSE;
  koers_plan_move (get_plan (self), item, position + delta);
  koers_plan_flush_changes (get_plan (self));
}

/* roles.remove (is_task, id): with Undo in the notice, which takes the
 * focus, since the control that had it went away. */
static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersRolesPage *self = KOERS_ROLES_PAGE (widget);
  KoersPlan *plan = get_plan (self);
  gboolean is_task;
  const char *id;
  guint position;
  gpointer item;

  g_variant_get (parameter, "(b&s)", &is_task, &id);
  item = find_item (self, is_task, id, &position);
  if (item == NULL)
    return;

  g_object_ref (item);
  if (is_task)
    koers_plan_remove (plan, item);
  else
    koers_roles_remove_role (plan, item);
  g_object_unref (item);
  koers_plan_flush_changes (plan);
  gtk_widget_activate_action (widget, "win.show-notice", "(sb)",
                              is_task ? _("Task removed") : _("Role removed"), TRUE);
}

/* The page ------------------------------------------------------------- */

static void
koers_roles_page_bind (KoersPage *page,
                       KoersPlan *plan)
{
  KoersRolesPage *self = KOERS_ROLES_PAGE (page);

  g_signal_connect_object (plan, "changed::roles", G_CALLBACK (plan_changed_cb), self, 0);
  g_signal_connect_object (plan, "changed::calendar", G_CALLBACK (plan_changed_cb), self, 0);
  g_ptr_array_set_size (self->structure, 0);
  plan_changed_cb (plan, 0, self);
}

static void
koers_roles_page_map (GtkWidget *widget)
{
  KoersRolesPage *self = KOERS_ROLES_PAGE (widget);

  GTK_WIDGET_CLASS (koers_roles_page_parent_class)->map (widget);
  if (self->dirty && get_plan (self) != NULL)
    {
      self->dirty = FALSE;
      update_legend (self);
      refresh (self);
    }
}

/* A popover does not outlive the page on screen */
static void
koers_roles_page_unmap (GtkWidget *widget)
{
  KoersRolesPage *self = KOERS_ROLES_PAGE (widget);

  gtk_popover_popdown (self->letter_popover);
  gtk_popover_popdown (self->editor_popover);
  GTK_WIDGET_CLASS (koers_roles_page_parent_class)->unmap (widget);
}

static void
koers_roles_page_unbind (KoersPage *page,
                         KoersPlan *plan)
{
  KoersRolesPage *self = KOERS_ROLES_PAGE (page);

  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_signal_handlers_disconnect_by_data (plan, self);
  g_ptr_array_set_size (self->structure, 0);
}

static void
koers_roles_page_dispose (GObject *object)
{
  KoersRolesPage *self = (KoersRolesPage *) object;

  if (self->letter_popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->letter_popover));
      self->letter_popover = NULL;
    }
  if (self->editor_popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->editor_popover));
      self->editor_popover = NULL;
    }
  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ROLES_PAGE);

  G_OBJECT_CLASS (koers_roles_page_parent_class)->dispose (object);
}

static void
koers_roles_page_finalize (GObject *object)
{
  KoersRolesPage *self = (KoersRolesPage *) object;

  g_clear_pointer (&self->structure, g_ptr_array_unref);
  g_clear_pointer (&self->role_headers, g_ptr_array_unref);
  g_clear_pointer (&self->task_headers, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->size_groups, g_ptr_array_unref);
  g_clear_pointer (&self->focus_id, g_free);

  G_OBJECT_CLASS (koers_roles_page_parent_class)->finalize (object);
}

/* "task/ID" and "role/ID" (koers-check-roles.c): the header of its row or
 * column */
static gboolean
koers_roles_page_show_location (KoersPage  *page,
                                const char *location)
{
  KoersRolesPage *self = KOERS_ROLES_PAGE (page);
  GtkWidget *header = find_header (self, location);

  return header != NULL && koers_page_focus_widget (page, header);
}

static void
koers_roles_page_class_init (KoersRolesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->dispose = koers_roles_page_dispose;
  object_class->finalize = koers_roles_page_finalize;
  widget_class->map = koers_roles_page_map;
  widget_class->unmap = koers_roles_page_unmap;
  page_class->bind = koers_roles_page_bind;
  page_class->show_location = koers_roles_page_show_location;
  page_class->unbind = koers_roles_page_unbind;
  page_class->printable_id = "roles";
  page_class->wide = TRUE;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-roles-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, add_role_button);
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, add_task_button);
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, rasci_check);
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, legend_label);
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, corner_label);
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, header_scroller);
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, tasks_scroller);
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, body_scroller);
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, roles_box);
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, tasks_box);
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, cells_grid);
  gtk_widget_class_bind_template_child (widget_class, KoersRolesPage, findings_box);
  gtk_widget_class_bind_template_callback (widget_class, add_role_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_task_clicked_cb);

  gtk_widget_class_install_action (widget_class, "roles.move", "(bsi)", move_action);
  gtk_widget_class_install_action (widget_class, "roles.remove", "(bs)", remove_action);
}

static void
koers_roles_page_init (KoersRolesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->structure = g_ptr_array_new ();
  self->role_headers = g_ptr_array_new ();
  self->task_headers = g_ptr_array_new ();
  self->cells = g_ptr_array_new ();
  self->size_groups = g_ptr_array_new_with_free_func (g_object_unref);

  /* The header row follows the body across, the header column down. */
  gtk_scrolled_window_set_hadjustment (self->header_scroller,
                                       gtk_scrolled_window_get_hadjustment (self->body_scroller));
  gtk_scrolled_window_set_vadjustment (self->tasks_scroller,
                                       gtk_scrolled_window_get_vadjustment (self->body_scroller));
  gtk_widget_set_size_request (GTK_WIDGET (self->corner_label), TASK_W - 12, HEADER_H);
  gtk_widget_set_size_request (GTK_WIDGET (self->tasks_scroller), TASK_W, -1);

  self->letter_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->letter_popover), GTK_WIDGET (self->cells_grid));
  /* the page lays out its one child, and no native such as this */
  self->editor_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->editor_popover), GTK_WIDGET (self));
  g_signal_connect_object (self->editor_popover, "closed", G_CALLBACK (editor_closed_cb), self, 0);

  koers_bind_active (koers_page_get_bindings (KOERS_PAGE (self)), "rasci",
                     GTK_WIDGET (self->rasci_check));
  koers_a11y_name_controls (GTK_WIDGET (self));
}
