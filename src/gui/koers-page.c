/* koers-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The base of the sidebar's pages: each shows one plan. When the window
 * gets another plan, the bindings to the old one are undone and the page
 * binds to the new one.
 */
#define G_LOG_DOMAIN "koers-page"

#include "config.h"

#include "koers-page.h"

typedef struct
{
  KoersPlan *plan;
  GPtrArray *bindings;
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

  for (guint i = 0; i < priv->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (priv->bindings, i));
  g_ptr_array_set_size (priv->bindings, 0);
}

static void
koers_page_dispose (GObject *object)
{
  KoersPage *self = (KoersPage *) object;
  KoersPagePrivate *priv = koers_page_get_instance_private (self);
  GtkWidget *child;

  unbind_all (self);
  g_clear_object (&priv->plan);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (koers_page_parent_class)->dispose (object);
}

static void
koers_page_finalize (GObject *object)
{
  KoersPagePrivate *priv = koers_page_get_instance_private (KOERS_PAGE (object));

  g_ptr_array_unref (priv->bindings);

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

  priv->bindings = g_ptr_array_new_with_free_func (g_object_unref);
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
  if (plan != NULL && KOERS_PAGE_GET_CLASS (self)->bind != NULL)
    KOERS_PAGE_GET_CLASS (self)->bind (self, plan);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * koers_page_keep_binding:
 * @binding: (transfer none): a binding between the plan and a widget of
 *   the page
 *
 * The binding is undone when the page gets another plan.
 */
void
koers_page_keep_binding (KoersPage *self,
                         GBinding  *binding)
{
  KoersPagePrivate *priv = koers_page_get_instance_private (self);

  g_return_if_fail (KOERS_IS_PAGE (self));
  g_return_if_fail (G_IS_BINDING (binding));

  g_ptr_array_add (priv->bindings, g_object_ref (binding));
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
