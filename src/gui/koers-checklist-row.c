/* koers-checklist-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One preparation tip or road map step: what it means, how far the
 * organisation is with it, and notes on what was arranged.
 */
#define G_LOG_DOMAIN "koers-checklist-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-checklist-row.h"
#include "koers-a11y.h"
#include "koers-bind.h"

struct _KoersChecklistRow
{
  GtkWidget           parent_instance;

  KoersChecklistItem *item;
  GBindingGroup      *bindings;

  GtkWidget          *status_toggle;
  GtkImage           *status_image;
  GtkLabel           *title_label;
  GtkLabel           *explanation_label;
  GtkTextView        *notes_view;
  GtkDropDown        *status_dropdown;
};

G_DEFINE_FINAL_TYPE (KoersChecklistRow, koers_checklist_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The icon repeats the status in a shape (empty, half, ticked), so the
 * list can be scanned without reading each drop-down. */
static gboolean
status_to_icon (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  static const char *icons[] = {
    [KOERS_STATUS_TODO] = "checkbox-symbolic",
    [KOERS_STATUS_BUSY] = "checkbox-mixed-symbolic",
    [KOERS_STATUS_DONE] = "checkbox-checked-symbolic",
  };
  int status = g_value_get_enum (from);

  if (status < 0 || status >= (int) G_N_ELEMENTS (icons))
    return FALSE;
  g_value_set_string (to, icons[status]);
  return TRUE;
}

/* The mark is a toggle: pressed when done; pressing it ticks the item off,
 * releasing it sets it back to to do. */
static gboolean
status_to_active (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_enum (from) == KOERS_STATUS_DONE);
  return TRUE;
}

static gboolean
active_to_status (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_enum (to, g_value_get_boolean (from) ? KOERS_STATUS_DONE : KOERS_STATUS_TODO);
  return TRUE;
}

static void
koers_checklist_row_dispose (GObject *object)
{
  KoersChecklistRow *self = (KoersChecklistRow *) object;
  GtkWidget *child;

  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_CHECKLIST_ROW);
  /* The template's root is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (koers_checklist_row_parent_class)->dispose (object);
}

static void
set_item (KoersChecklistRow  *self,
          KoersChecklistItem *item)
{
  if (!g_set_object (&self->item, item))
    return;

  g_binding_group_set_source (self->bindings, item);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
koers_checklist_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KoersChecklistRow *self = KOERS_CHECKLIST_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_checklist_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KoersChecklistRow *self = KOERS_CHECKLIST_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_checklist_row_class_init (KoersChecklistRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_checklist_row_dispose;
  object_class->get_property = koers_checklist_row_get_property;
  object_class->set_property = koers_checklist_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KOERS_TYPE_CHECKLIST_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-checklist-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistRow, status_toggle);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistRow, status_image);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistRow, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistRow, notes_view);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistRow, status_dropdown);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_checklist_row_init (KoersChecklistRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = koers_bind_group_new (KOERS_TYPE_CHECKLIST_ITEM);
  koers_bind_choice (self->bindings, "status", self->status_dropdown);
  koers_bind_text (self->bindings, "notes", GTK_WIDGET (self->notes_view));
  koers_bind_property (self->bindings, "status", self->status_image, "icon-name",
                       G_BINDING_SYNC_CREATE, status_to_icon, NULL, NULL);
  koers_bind_property (self->bindings, "status", self->status_toggle, "active",
                       G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                       status_to_active, active_to_status, NULL);

  koers_a11y_name_controls (GTK_WIDGET (self));
}

/**
 * koers_checklist_row_new:
 * @item: the tip or step
 * @title: its translated title
 * @explanation: its translated explanation
 *
 * Returns: (transfer floating): a row editing the status and notes of @item
 */
GtkWidget *
koers_checklist_row_new (KoersChecklistItem *item,
                         const char         *title,
                         const char         *explanation)
{
  KoersChecklistRow *self;
  g_autofree char *status_name = NULL;
  g_autofree char *notes_name = NULL;
  g_autofree char *done_name = NULL;

  g_return_val_if_fail (KOERS_IS_CHECKLIST_ITEM (item), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (KOERS_TYPE_CHECKLIST_ROW, "item", item, NULL);

  /* Each row has the same fields: name them after the tip, so a screen
   * reader tells them apart. */
  /* Translators: accessible name of a drop-down; %s is a tip or step */
  status_name = g_strdup_printf (_("Status of “%s”"), title);
  /* Translators: accessible name of a text field; %s is a tip or step */
  notes_name = g_strdup_printf (_("Notes on “%s”"), title);

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->explanation_label, explanation ? explanation : "");

  koers_dropdown_set_accessible_name (self->status_dropdown, status_name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, notes_name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, explanation ? explanation : "",
                                  -1);
  /* Translators: accessible name of the tick mark of a tip or step; %s is its title */
  done_name = g_strdup_printf (_("“%s” done"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, done_name, -1);

  return GTK_WIDGET (self);
}
