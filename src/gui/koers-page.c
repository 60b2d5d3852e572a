/* koers-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The base of the sidebar's pages: each shows one plan. A page binds its
 * widgets once to its binding group (koers_page_get_bindings()), whose
 * source is the page's plan: when the window gets another plan, the group
 * moves every binding over.
 */
#define G_LOG_DOMAIN "koers-page"

#include "config.h"

#include <string.h>

#include "koers-page.h"
#include "koers-bind.h"
#include "koers-a11y.h"

typedef struct
{
  KoersPlan     *plan;
  GBindingGroup *bindings;
} KoersPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KoersPage, koers_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
unbind_all (KoersPage *self)
{
  KoersPagePrivate *priv = koers_page_get_instance_private (self);

  if (priv->plan != NULL && KOERS_PAGE_GET_CLASS (self)->unbind != NULL)
    KOERS_PAGE_GET_CLASS (self)->unbind (self, priv->plan);
}

static void
koers_page_dispose (GObject *object)
{
  KoersPage *self = (KoersPage *) object;
  KoersPagePrivate *priv = koers_page_get_instance_private (self);
  GtkWidget *child;

  unbind_all (self);
  g_binding_group_set_source (priv->bindings, NULL);
  g_clear_object (&priv->plan);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (koers_page_parent_class)->dispose (object);
}

static void
koers_page_finalize (GObject *object)
{
  KoersPagePrivate *priv = koers_page_get_instance_private (KOERS_PAGE (object));

  g_object_unref (priv->bindings);

  G_OBJECT_CLASS (koers_page_parent_class)->finalize (object);
}

static void
koers_page_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, koers_page_get_plan (KOERS_PAGE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_page_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_PLAN:
      koers_page_set_plan (KOERS_PAGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_page_class_init (KoersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_page_dispose;
  object_class->finalize = koers_page_finalize;
  object_class->get_property = koers_page_get_property;
  object_class->set_property = koers_page_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KOERS_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_page_init (KoersPage *self)
{
  KoersPagePrivate *priv = koers_page_get_instance_private (self);

  priv->bindings = koers_bind_group_new (KOERS_TYPE_PLAN);
}

KoersPlan *
koers_page_get_plan (KoersPage *self)
{
  KoersPagePrivate *priv = koers_page_get_instance_private (self);

  g_return_val_if_fail (KOERS_IS_PAGE (self), NULL);

  return priv->plan;
}

void
koers_page_set_plan (KoersPage *self,
                     KoersPlan *plan)
{
  KoersPagePrivate *priv = koers_page_get_instance_private (self);

  g_return_if_fail (KOERS_IS_PAGE (self));
  g_return_if_fail (plan == NULL || KOERS_IS_PLAN (plan));

  if (priv->plan == plan)
    return;

  unbind_all (self);
  g_set_object (&priv->plan, plan);
  g_binding_group_set_source (priv->bindings, plan);
  if (plan != NULL && KOERS_PAGE_GET_CLASS (self)->bind != NULL)
    KOERS_PAGE_GET_CLASS (self)->bind (self, plan);
  koers_a11y_name_controls (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * koers_page_get_bindings:
 *
 * The page's bindings to its plan: bind the page's widgets to plan
 * properties here once, with the koers_bind_*() helpers, when the page is
 * made; they follow the page's plan.
 *
 * Returns: (transfer none): the binding group whose source is the plan
 */
GBindingGroup *
koers_page_get_bindings (KoersPage *self)
{
  KoersPagePrivate *priv = koers_page_get_instance_private (self);

  g_return_val_if_fail (KOERS_IS_PAGE (self), NULL);

  return priv->bindings;
}

/**
 * koers_page_get_printable_id:
 *
 * Returns: (nullable): the id of what the window's Print action prints
 *   while @self shows, or %NULL when @self has nothing to print
 */
const char *
koers_page_get_printable_id (KoersPage *self)
{
  g_return_val_if_fail (KOERS_IS_PAGE (self), NULL);

  return KOERS_PAGE_GET_CLASS (self)->printable_id;
}

/**
 * koers_page_get_print_options:
 * @opts: (out caller-allocates): the options to print @self's printable
 *   with: the defaults, and what the page shows of them
 */
void
koers_page_get_print_options (KoersPage          *self,
                              KoersRenderOptions *opts)
{
  g_return_if_fail (KOERS_IS_PAGE (self));
  g_return_if_fail (opts != NULL);

  koers_render_options_init (opts);
  if (KOERS_PAGE_GET_CLASS (self)->get_print_options != NULL)
    KOERS_PAGE_GET_CLASS (self)->get_print_options (self, opts);
}

/**
 * koers_page_show_location:
 * @location: a finding's location within the page's area
 *
 * Scrolls to and focuses the place @location names (see
 * #KoersPageClass.show_location).
 *
 * Returns: whether the page found the place
 */
gboolean
koers_page_show_location (KoersPage  *self,
                          const char *location)
{
  g_return_val_if_fail (KOERS_IS_PAGE (self), FALSE);
  g_return_val_if_fail (location != NULL, FALSE);

  if (KOERS_PAGE_GET_CLASS (self)->show_location == NULL)
    return FALSE;
  return KOERS_PAGE_GET_CLASS (self)->show_location (self, location);
}

/* The page shows only now: its layout comes with the next frame, and the
 * scrolled window can move to the focus once it knows where that is. */
static gboolean
scroll_to_focus_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double top, page_size;

  if (scroller == NULL || !gtk_widget_get_mapped (widget))
    return G_SOURCE_REMOVE;
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  if (content == NULL || !gtk_widget_compute_bounds (widget, content, &bounds))
    return G_SOURCE_REMOVE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  top = gtk_adjustment_get_value (adjustment);
  page_size = gtk_adjustment_get_page_size (adjustment);
  /* In view already: nothing moves. Otherwise a little room above it. */
  if (bounds.origin.y < top || bounds.origin.y + bounds.size.height > top + page_size)
    gtk_adjustment_set_value (adjustment, MAX (0, bounds.origin.y - 24));
  return G_SOURCE_REMOVE;
}

/**
 * koers_page_focus_widget:
 * @widget: a widget of @self, or a box of widgets
 *
 * Focuses @widget, or the first widget inside it that takes the focus,
 * and scrolls it into view once the page is laid out: what a page's
 * show_location does when it found the place.
 *
 * Returns: whether the focus moved there
 */
gboolean
koers_page_focus_widget (KoersPage *self,
                         GtkWidget *widget)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (KOERS_IS_PAGE (self), FALSE);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  root = gtk_widget_get_root (widget);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  /* Already there (an undo typed in the field itself): grabbing it again
   * would select all its text, which the next key would replace. */
  if (focus == NULL || (focus != widget && !gtk_widget_is_ancestor (focus, widget)))
    {
      if (!gtk_widget_grab_focus (widget))
        gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
      focus = root != NULL ? gtk_root_get_focus (root) : NULL;
    }
  if (focus == NULL || (focus != widget && !gtk_widget_is_ancestor (focus, widget)))
    return FALSE;
  gtk_widget_add_tick_callback (focus, scroll_to_focus_cb, NULL, NULL);
  return TRUE;
}

/**
 * koers_page_focus_list_row:
 * @list: a list of @self bound to a list of the plan, one row widget with a
 *   template per item
 * @index: the item's position, from 0
 * @field: (nullable): the id in the row's template of the field to focus;
 *   %NULL: the row's first field
 *
 * Returns: whether the row (and the field) was there and has the focus
 */
gboolean
koers_page_focus_list_row (KoersPage  *self,
                           GtkListBox *list,
                           guint       index,
                           const char *field)
{
  GtkListBoxRow *row;
  GtkWidget *child;
  GObject *target = NULL;

  g_return_val_if_fail (KOERS_IS_PAGE (self), FALSE);
  g_return_val_if_fail (GTK_IS_LIST_BOX (list), FALSE);

  if (index > G_MAXINT || (row = gtk_list_box_get_row_at_index (list, (int) index)) == NULL)
    return FALSE;
  child = gtk_list_box_row_get_child (row);
  if (child != NULL && field != NULL)
    target = gtk_widget_get_template_child (child, G_OBJECT_TYPE (child), field);
  if (GTK_IS_WIDGET (target))
    return koers_page_focus_widget (self, GTK_WIDGET (target));
  return koers_page_focus_widget (self, child != NULL ? child : GTK_WIDGET (row));
}

/**
 * koers_page_parse_location:
 * @location: a finding's location, as "objective/2/deadline"
 * @kind: its first part, as "objective"
 * @index: (out): the number after it, counting from 1, made to count from 0
 * @rest: (out) (optional): what follows the number and its "/", or ""
 *
 * Returns: whether @location is "@kind/N" or "@kind/N/..." with N >= 1
 */
gboolean
koers_page_parse_location (const char  *location,
                           const char  *kind,
                           guint       *index,
                           const char **rest)
{
  gsize len = strlen (kind);
  const char *number;
  char *end = NULL;
  guint64 n;

  g_return_val_if_fail (location != NULL && kind != NULL && index != NULL, FALSE);

  if (strncmp (location, kind, len) != 0 || location[len] != '/')
    return FALSE;
  number = location + len + 1;
  if (!g_ascii_isdigit (*number))
    return FALSE;
  n = g_ascii_strtoull (number, &end, 10);
  if (n < 1 || n > G_MAXUINT || (*end != '\0' && *end != '/'))
    return FALSE;
  *index = (guint) (n - 1);
  if (rest != NULL)
    *rest = *end == '/' ? end + 1 : end;
  return TRUE;
}
