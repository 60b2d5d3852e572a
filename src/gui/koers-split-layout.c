/* koers-split-layout.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two children side by side when the width allows, the first taking
 * "ratio" of it; stacked, each the whole width, in a narrow window. GTK 4.8
 * has no breakpoints, and a box that changes its orientation while it is
 * allocated asks for a new allocation; a layout manager decides in one go,
 * height for width.
 */
#define G_LOG_DOMAIN "koers-split-layout"

#include "config.h"

#include "koers-split-layout.h"

struct _KoersSplitLayout
{
  GtkLayoutManager parent_instance;

  int    split_width; /* from this width on, side by side */
  int    spacing;
  double ratio;       /* the first child's share of the width */
};

G_DEFINE_FINAL_TYPE (KoersSplitLayout, koers_split_layout, GTK_TYPE_LAYOUT_MANAGER)

enum {
  PROP_0,
  PROP_SPLIT_WIDTH,
  PROP_SPACING,
  PROP_RATIO,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
get_widths (KoersSplitLayout *self,
            int               width,
            int              *first,
            int              *second)
{
  *first = MAX (0, (int) ((width - self->spacing) * self->ratio));
  *second = MAX (0, width - self->spacing - *first);
}

/**
 * koers_split_layout_is_split:
 *
 * Returns: whether the children stand side by side at @width
 */
gboolean
koers_split_layout_is_split (KoersSplitLayout *self,
                             int               width)
{
  g_return_val_if_fail (KOERS_IS_SPLIT_LAYOUT (self), FALSE);

  return width >= self->split_width;
}

static GtkSizeRequestMode
koers_split_layout_get_request_mode (GtkLayoutManager *manager,
                                     GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
koers_split_layout_measure (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            GtkOrientation    orientation,
                            int               for_size,
                            int              *minimum,
                            int              *natural,
                            int              *minimum_baseline,
                            int              *natural_baseline)
{
  KoersSplitLayout *self = KOERS_SPLIT_LAYOUT (manager);
  int min[2] = { 0, 0 }, nat[2] = { 0, 0 }, widths[2];
  int n = 0;
  gboolean split = orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0 &&
                   koers_split_layout_is_split (self, for_size);

  if (split)
    get_widths (self, for_size, &widths[0], &widths[1]);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && n < 2;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, split ? widths[n] : for_size,
                          &min[n], &nat[n], NULL, NULL);
      n++;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* narrow: stacked; wide: both */
      *minimum = MAX (min[0], min[1]);
      *natural = MAX (nat[0] + self->spacing + nat[1], self->split_width);
    }
  else if (split)
    {
      *minimum = MAX (min[0], min[1]);
      *natural = MAX (nat[0], nat[1]);
    }
  else
    {
      *minimum = min[0] + (n > 1 ? self->spacing : 0) + min[1];
      *natural = nat[0] + (n > 1 ? self->spacing : 0) + nat[1];
    }
}

static void
koers_split_layout_allocate (GtkLayoutManager *manager,
                             GtkWidget        *widget,
                             int               width,
                             int               height,
                             int               baseline)
{
  KoersSplitLayout *self = KOERS_SPLIT_LAYOUT (manager);
  gboolean split = koers_split_layout_is_split (self, width);
  GtkWidget *children[2] = { NULL, NULL };
  int widths[2], min[2] = { 0, 0 }, nat[2] = { 0, 0 };
  guint n = 0;

  get_widths (self, width, &widths[0], &widths[1]);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && n < 2;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      {
        children[n] = child;
        gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, split ? widths[n] : width,
                            &min[n], &nat[n], NULL, NULL);
        n++;
      }

  if (split)
    {
      /* each at the top, as tall as it asks for its width */
      for (guint i = 0; i < n; i++)
        gtk_widget_allocate (children[i], widths[i], CLAMP (nat[i], min[i], MAX (min[i], height)),
                             -1, gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (
                               i == 0 ? 0 : widths[0] + self->spacing, 0)));
    }
  else if (n > 0)
    {
      /* stacked: the first grows towards its natural height with what the
       * second does not need; a scrolled window often gives the minimum */
      int spare = height - min[0] - (n > 1 ? self->spacing + min[1] : 0);
      int first = min[0] + CLAMP (spare, 0, nat[0] - min[0]);

      if (n == 1)
        first = MAX (min[0], height);
      gtk_widget_allocate (children[0], width, first, -1, NULL);
      if (n > 1)
        gtk_widget_allocate (children[1], width, MAX (min[1], height - first - self->spacing), -1,
                             gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (
                               0, first + self->spacing)));
    }
}

static void
koers_split_layout_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KoersSplitLayout *self = KOERS_SPLIT_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPLIT_WIDTH:
      g_value_set_int (value, self->split_width);
      break;
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_RATIO:
      g_value_set_double (value, self->ratio);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_split_layout_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KoersSplitLayout *self = KOERS_SPLIT_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPLIT_WIDTH:
      if (self->split_width == g_value_get_int (value))
        return;
      self->split_width = g_value_get_int (value);
      break;
    case PROP_SPACING:
      if (self->spacing == g_value_get_int (value))
        return;
      self->spacing = g_value_get_int (value);
      break;
    case PROP_RATIO:
      if (self->ratio == g_value_get_double (value))
        return;
      self->ratio = g_value_get_double (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (object, pspec);
}

static void
koers_split_layout_class_init (KoersSplitLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = koers_split_layout_get_property;
  object_class->set_property = koers_split_layout_set_property;

  layout_class->get_request_mode = koers_split_layout_get_request_mode;
  layout_class->measure = koers_split_layout_measure;
  layout_class->allocate = koers_split_layout_allocate;

  properties[PROP_SPLIT_WIDTH] =
    g_param_spec_int ("split-width", NULL, NULL, 0, G_MAXINT, 900,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 18,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RATIO] =
    g_param_spec_double ("ratio", NULL, NULL, 0.1, 0.9, 0.55,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
koers_split_layout_init (KoersSplitLayout *self)
{
  self->split_width = 900;
  self->spacing = 18;
  self->ratio = 0.55;
}

GtkLayoutManager *
koers_split_layout_new (void)
{
  return g_object_new (KOERS_TYPE_SPLIT_LAYOUT, NULL);
}
