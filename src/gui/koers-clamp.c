/* koers-clamp.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A container of one child that is never wider than a readable width, and
 * centred when there is more room: on a wide window a page's lines and
 * fields stay as long as one can read, as libadwaita's AdwClamp does (which
 * GTK 4.8 without libadwaita lacks).
 */
#define G_LOG_DOMAIN "koers-clamp"

#include "config.h"

#include "koers-clamp.h"

struct _KoersClamp
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        maximum_width;
  int        last_width;
  guint      text_views_idle;
  guint      passes;          /* measure the text views again this often yet */
};

G_DEFINE_FINAL_TYPE (KoersClamp, koers_clamp, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  PROP_MAXIMUM_WIDTH,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
koers_clamp_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  KoersClamp *self = KOERS_CLAMP (widget);
  int child_min = 0, child_nat = 0;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    {
      *minimum = *natural = 0;
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
      *minimum = child_min;
      *natural = MAX (child_min, MIN (child_nat, self->maximum_width));
    }
  else
    {
      /* as tall as the child is at the width it will get */
      int width = for_size;

      if (width >= 0)
        {
          int w_min = 0;

          gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &w_min, NULL, NULL, NULL);
          width = MAX (w_min, MIN (width, self->maximum_width));
        }
      gtk_widget_measure (self->child, orientation, width, &child_min, &child_nat, NULL, NULL);
      *minimum = child_min;
      *natural = child_nat;
    }
  *minimum_baseline = *natural_baseline = -1;
}

static void
queue_text_view_resizes (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_widget_queue_resize (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    queue_text_view_resizes (c);
}

/* GTK 4.8's GtkTextView answers a height-for-width question with the height
 * of its lines at the width it had last, not at the width asked about: a
 * field filled before its page was laid out, or one the window narrowed,
 * keeps too few lines and cuts its text off. After the width changed, each
 * text view is measured again, at the width it now has. */
static gboolean
text_views_idle_cb (gpointer user_data)
{
  KoersClamp *self = user_data;

  self->text_views_idle = 0;
  if (self->passes > 0)
    self->passes--;
  if (self->child != NULL)
    queue_text_view_resizes (self->child);
  return G_SOURCE_REMOVE;
}

static void
koers_clamp_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  KoersClamp *self = KOERS_CLAMP (widget);
  int child_min = 0, child_width;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
  child_width = MAX (child_min, MIN (width, self->maximum_width));
  /* twice: a text view that validates its lines late answers the first
   * question with its old height still */
  if (child_width != self->last_width)
    self->passes = 2;
  if (self->passes > 0 && self->text_views_idle == 0)
    self->text_views_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, text_views_idle_cb, self, NULL);
  self->last_width = child_width;
  gtk_widget_size_allocate (self->child,
                            &(GtkAllocation) { (width - child_width) / 2, 0, child_width, height },
                            baseline);
}

static GtkSizeRequestMode
koers_clamp_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
koers_clamp_compute_expand (GtkWidget *widget,
                            gboolean  *hexpand,
                            gboolean  *vexpand)
{
  KoersClamp *self = KOERS_CLAMP (widget);

  *hexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_VERTICAL);
}

static void
koers_clamp_dispose (GObject *object)
{
  KoersClamp *self = (KoersClamp *) object;

  g_clear_handle_id (&self->text_views_idle, g_source_remove);
  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (koers_clamp_parent_class)->dispose (object);
}

static void
koers_clamp_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KoersClamp *self = KOERS_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_MAXIMUM_WIDTH:
      g_value_set_int (value, self->maximum_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_clamp_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KoersClamp *self = KOERS_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      koers_clamp_set_child (self, g_value_get_object (value));
      break;
    case PROP_MAXIMUM_WIDTH:
      koers_clamp_set_maximum_width (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_clamp_class_init (KoersClampClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_clamp_dispose;
  object_class->get_property = koers_clamp_get_property;
  object_class->set_property = koers_clamp_set_property;

  widget_class->measure = koers_clamp_measure;
  widget_class->size_allocate = koers_clamp_size_allocate;
  widget_class->get_request_mode = koers_clamp_get_request_mode;
  widget_class->compute_expand = koers_clamp_compute_expand;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAXIMUM_WIDTH] =
    g_param_spec_int ("maximum-width", NULL, NULL, 0, G_MAXINT, KOERS_CLAMP_DEFAULT_WIDTH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
koers_clamp_init (KoersClamp *self)
{
  self->maximum_width = KOERS_CLAMP_DEFAULT_WIDTH;
}

GtkWidget *
koers_clamp_new (void)
{
  return g_object_new (KOERS_TYPE_CLAMP, NULL);
}

/**
 * koers_clamp_get_child:
 *
 * Returns: (transfer none) (nullable): the child
 */
GtkWidget *
koers_clamp_get_child (KoersClamp *self)
{
  g_return_val_if_fail (KOERS_IS_CLAMP (self), NULL);

  return self->child;
}

void
koers_clamp_set_child (KoersClamp *self,
                       GtkWidget  *child)
{
  g_return_if_fail (KOERS_IS_CLAMP (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

int
koers_clamp_get_maximum_width (KoersClamp *self)
{
  g_return_val_if_fail (KOERS_IS_CLAMP (self), 0);

  return self->maximum_width;
}

void
koers_clamp_set_maximum_width (KoersClamp *self,
                               int         width)
{
  g_return_if_fail (KOERS_IS_CLAMP (self));

  width = MAX (width, 0);
  if (self->maximum_width == width)
    return;
  self->maximum_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM_WIDTH]);
}

/* The first scrolled window in @widget, depth first */
static GtkScrolledWindow *
find_scrolled_window (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return GTK_SCROLLED_WINDOW (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkScrolledWindow *found = find_scrolled_window (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * koers_clamp_wrap_page:
 * @page: a page whose content scrolls
 *
 * Puts the content of @page's scrolled window into a clamp, so that every
 * page, also one added later, keeps a readable width without its template
 * saying so. A page without a scrolled window, or one already clamped, is
 * left as it is.
 */
void
koers_clamp_wrap_page (GtkWidget *page)
{
  GtkScrolledWindow *scrolled;
  GtkWidget *child, *content;
  GtkWidget *clamp;

  g_return_if_fail (GTK_IS_WIDGET (page));

  scrolled = find_scrolled_window (page);
  if (scrolled == NULL)
    return;
  child = gtk_scrolled_window_get_child (scrolled);
  /* a template's box is put in a viewport by the scrolled window */
  content = GTK_IS_VIEWPORT (child) ? gtk_viewport_get_child (GTK_VIEWPORT (child)) : child;
  if (content == NULL || KOERS_IS_CLAMP (content) || !GTK_IS_BOX (content))
    return;

  clamp = koers_clamp_new ();
  g_object_ref (content);
  if (GTK_IS_VIEWPORT (child))
    gtk_viewport_set_child (GTK_VIEWPORT (child), clamp);
  else
    gtk_scrolled_window_set_child (scrolled, clamp);
  koers_clamp_set_child (KOERS_CLAMP (clamp), content);
  g_object_unref (content);
}
