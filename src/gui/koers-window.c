/* koers-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window holds one plan: the sidebar of the plan's steps, the pages, and
 * the file it came from. Loading and saving run off the main loop.
 */
#define G_LOG_DOMAIN "koers-window"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-window.h"
#include "koers-overview-page.h"
#include "koers-plan-io.h"

struct _KoersWindow
{
  GtkApplicationWindow  parent_instance;

  KoersPlan            *plan;
  GFile                *file;
  gboolean              dirty;
  GCancellable         *cancellable;

  GtkStack             *main_stack;
  GtkStack             *pages;
  GtkListBox           *sidebar;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkInfoBar           *error_bar;
  GtkLabel             *error_label;
  KoersOverviewPage    *overview_page;
};

G_DEFINE_FINAL_TYPE (KoersWindow, koers_window, GTK_TYPE_APPLICATION_WINDOW)

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
set_dirty (KoersWindow *self,
           gboolean     dirty)
{
  if (self->dirty == dirty)
    return;
  self->dirty = dirty;
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
plan_changed_cb (KoersWindow *self)
{
  set_dirty (self, TRUE);
  update_title (self);
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

void
koers_window_set_plan (KoersWindow *self,
                       KoersPlan   *plan,
                       GFile       *file)
{
  g_return_if_fail (KOERS_IS_WINDOW (self));
  g_return_if_fail (plan == NULL || KOERS_IS_PLAN (plan));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, plan_changed_cb, self);

  g_set_object (&self->plan, plan);
  g_set_object (&self->file, file);
  self->dirty = FALSE;

  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self,
                             G_CONNECT_SWAPPED);

  koers_overview_page_set_plan (self->overview_page, plan);
  gtk_stack_set_visible_child_name (self->main_stack, plan ? "plan" : "welcome");
  update_title (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(KoersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  GFile *file = g_task_get_task_data (G_TASK (result));

  plan = koers_plan_io_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (plan == NULL)
    {
      /* The current plan stays. */
      show_error (self, error->message);
      return;
    }

  error_bar_response_cb (self);
  koers_window_set_plan (self, plan, file);
  {
    g_autofree char *uri = g_file_get_uri (file);

    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
}

void
koers_window_load_file (KoersWindow *self,
                        GFile       *file)
{
  g_return_if_fail (KOERS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  koers_plan_io_load_async (file, self->cancellable, load_cb, g_object_ref (self));
}

KoersWindow *
koers_window_find_for_file (GtkApplication *application,
                            GFile          *file)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (KOERS_IS_WINDOW (l->data) && KOERS_WINDOW (l->data)->file != NULL &&
        g_file_equal (KOERS_WINDOW (l->data)->file, file))
      return l->data;

  return NULL;
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

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(KoersPlan) plan = koers_plan_new ();

  koers_window_set_plan (KOERS_WINDOW (widget), plan, NULL);
}

static void
koers_window_dispose (GObject *object)
{
  KoersWindow *self = (KoersWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
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

  object_class->dispose = koers_window_dispose;
  object_class->get_property = koers_window_get_property;

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

  g_type_ensure (KOERS_TYPE_OVERVIEW_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, pages);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, overview_page);
  gtk_widget_class_bind_template_callback (widget_class, error_bar_response_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.new-plan", NULL, new_plan_action);
}

static void
koers_window_init (KoersWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  update_title (self);
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
