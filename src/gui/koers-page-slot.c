/* koers-page-slot.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A place in the window's page stack that builds its page only when it is
 * needed: when it is shown, or in an idle moment after the window's first
 * frame. A window with nine pages full of rows then opens as fast as one
 * with a single page. The slot keeps the plan for its page until then.
 *
 * A hidden page that is built gets a new plan later too: when it is shown,
 * when someone asks for it, or in an idle moment (the window's, one page
 * at a time). Giving every page a plan of 50,000 entries at once held the
 * main loop for 86 ms when a plan was opened.
 */
#define G_LOG_DOMAIN "koers-page-slot"

#include "config.h"

#include "koers-page-slot.h"
#include "koers-clamp.h"

struct _KoersPageSlot
{
  GtkWidget  parent_instance;

  GType      page_type;
  char      *page_variant;
  KoersPage *page;
  KoersPlan *plan;
  gboolean   pending;  /* the page does not have @plan yet */
};

G_DEFINE_FINAL_TYPE (KoersPageSlot, koers_page_slot, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAGE_TYPE,
  PROP_PAGE_VARIANT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
koers_page_slot_dispose (GObject *object)
{
  KoersPageSlot *self = (KoersPageSlot *) object;

  if (self->page != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->page));
  self->page = NULL;
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (koers_page_slot_parent_class)->dispose (object);
}

static void
koers_page_slot_finalize (GObject *object)
{
  KoersPageSlot *self = (KoersPageSlot *) object;

  g_free (self->page_variant);

  G_OBJECT_CLASS (koers_page_slot_parent_class)->finalize (object);
}

static void
koers_page_slot_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KoersPageSlot *self = KOERS_PAGE_SLOT (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      g_value_set_string (value, self->page_type ? g_type_name (self->page_type) : NULL);
      break;
    case PROP_PAGE_VARIANT:
      g_value_set_string (value, self->page_variant);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_page_slot_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KoersPageSlot *self = KOERS_PAGE_SLOT (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      {
        const char *name = g_value_get_string (value);
        GType type = name ? g_type_from_name (name) : G_TYPE_INVALID;

        /* The window makes sure the page types are registered. */
        g_return_if_fail (g_type_is_a (type, KOERS_TYPE_PAGE));
        self->page_type = type;
      }
      break;
    case PROP_PAGE_VARIANT:
      g_free (self->page_variant);
      self->page_variant = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
apply_plan (KoersPageSlot *self)
{
  self->pending = FALSE;
  koers_page_set_plan (self->page, self->plan);
}

static void
koers_page_slot_map (GtkWidget *widget)
{
  KoersPageSlot *self = KOERS_PAGE_SLOT (widget);

  /* before its rows are mapped and laid out */
  if (self->pending)
    apply_plan (self);
  GTK_WIDGET_CLASS (koers_page_slot_parent_class)->map (widget);
}

static void
koers_page_slot_class_init (KoersPageSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_page_slot_dispose;
  object_class->finalize = koers_page_slot_finalize;
  object_class->get_property = koers_page_slot_get_property;
  object_class->set_property = koers_page_slot_set_property;

  properties[PROP_PAGE_TYPE] =
    g_param_spec_string ("page-type", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* For a page class that shows one of several data sets, such as
   * KoersChecklistPage: the value of the page's "variant" property. */
  properties[PROP_PAGE_VARIANT] =
    g_param_spec_string ("page-variant", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = koers_page_slot_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_page_slot_init (KoersPageSlot *self)
{
}

/**
 * koers_page_slot_get_page:
 *
 * Builds the page the first time, with the slot's plan, and gives a built
 * page the plan it does not have yet.
 *
 * Returns: (transfer none): the page
 */
KoersPage *
koers_page_slot_get_page (KoersPageSlot *self)
{
  g_return_val_if_fail (KOERS_IS_PAGE_SLOT (self), NULL);

  if (self->page == NULL)
    {
      if (self->page_variant != NULL)
        self->page = g_object_new (self->page_type, "variant", self->page_variant, NULL);
      else
        self->page = g_object_new (self->page_type, NULL);
      gtk_widget_set_parent (GTK_WIDGET (self->page), GTK_WIDGET (self));
      /* a readable width on a wide window, for every page of text */
      if (!KOERS_PAGE_GET_CLASS (self->page)->wide)
        koers_clamp_wrap_page (GTK_WIDGET (self->page));
      if (self->plan != NULL)
        koers_page_set_plan (self->page, self->plan);
    }
  else if (self->pending)
    apply_plan (self);

  return self->page;
}

gboolean
koers_page_slot_has_page (KoersPageSlot *self)
{
  g_return_val_if_fail (KOERS_IS_PAGE_SLOT (self), FALSE);

  return self->page != NULL;
}

/**
 * koers_page_slot_has_pending_plan:
 *
 * Returns: whether the page is built but does not have the slot's plan yet
 */
gboolean
koers_page_slot_has_pending_plan (KoersPageSlot *self)
{
  g_return_val_if_fail (KOERS_IS_PAGE_SLOT (self), FALSE);

  return self->pending;
}

/**
 * koers_page_slot_set_plan:
 *
 * Gives the page @plan now when it shows; a hidden page gets it when it is
 * shown or asked for (koers_page_slot_get_page()), and a page not built
 * yet when it is built.
 */
void
koers_page_slot_set_plan (KoersPageSlot *self,
                          KoersPlan     *plan)
{
  g_return_if_fail (KOERS_IS_PAGE_SLOT (self));

  g_set_object (&self->plan, plan);
  if (self->page == NULL)
    return;
  self->pending = koers_page_get_plan (self->page) != plan;
  if (self->pending && gtk_widget_get_mapped (GTK_WIDGET (self)))
    apply_plan (self);
}
