/* koers-checklist-summary.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How far a checklist is: "3 of 7 done", how many are in progress, and a
 * bar. It follows the status of every item as the user changes it.
 */
#define G_LOG_DOMAIN "koers-checklist-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-checklist-summary.h"
#include "koers-checklist-item.h"

struct _KoersChecklistSummary
{
  GtkWidget    parent_instance;

  GListModel  *list;
  GPtrArray   *watched;  /* the items whose status we follow */

  GtkLabel    *done_label;
  GtkLabel    *busy_label;
  GtkLevelBar *level_bar;
};

G_DEFINE_FINAL_TYPE (KoersChecklistSummary, koers_checklist_summary, GTK_TYPE_WIDGET)

static void
update (KoersChecklistSummary *self)
{
  guint n_items = 0;
  guint n_done = 0;
  guint n_busy = 0;
  g_autofree char *done_text = NULL;
  g_autofree char *busy_text = NULL;

  if (self->list != NULL)
    n_items = g_list_model_get_n_items (self->list);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(KoersChecklistItem) item = g_list_model_get_item (self->list, i);

      switch (koers_checklist_item_get_status (item))
        {
        case KOERS_STATUS_DONE:
          n_done++;
          break;
        case KOERS_STATUS_BUSY:
          n_busy++;
          break;
        case KOERS_STATUS_TODO:
        default:
          break;
        }
    }

  /* Translators: progress of a checklist, e.g. "3 of 7 done"; the plural
   * follows the second number, the size of the list */
  done_text = g_strdup_printf (ngettext ("%u of %u done", "%u of %u done", n_items),
                               n_done, n_items);
  gtk_label_set_label (self->done_label, done_text);

  /* Translators: how many items of a checklist are in progress */
  busy_text = g_strdup_printf (ngettext ("%u in progress", "%u in progress", n_busy), n_busy);
  gtk_label_set_label (self->busy_label, busy_text);
  gtk_widget_set_visible (GTK_WIDGET (self->busy_label), n_busy > 0);

  /* A fraction, so the theme's low/high/full marks keep their meaning. */
  gtk_level_bar_set_value (self->level_bar, n_items > 0 ? (double) n_done / n_items : 0);
}

static void
unwatch_all (KoersChecklistSummary *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
items_changed_cb (KoersChecklistSummary *self)
{
  guint n = g_list_model_get_n_items (self->list);

  unwatch_all (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->list, i);

      g_signal_connect_swapped (item, "notify::status", G_CALLBACK (update), self);
      g_ptr_array_add (self->watched, g_steal_pointer (&item));
    }
  update (self);
}

static void
koers_checklist_summary_dispose (GObject *object)
{
  KoersChecklistSummary *self = (KoersChecklistSummary *) object;
  GtkWidget *child;

  koers_checklist_summary_set_list (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_CHECKLIST_SUMMARY);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (koers_checklist_summary_parent_class)->dispose (object);
}

static void
koers_checklist_summary_finalize (GObject *object)
{
  KoersChecklistSummary *self = (KoersChecklistSummary *) object;

  g_ptr_array_unref (self->watched);

  G_OBJECT_CLASS (koers_checklist_summary_parent_class)->finalize (object);
}

static void
koers_checklist_summary_class_init (KoersChecklistSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_checklist_summary_dispose;
  object_class->finalize = koers_checklist_summary_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-checklist-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistSummary, done_label);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistSummary, busy_label);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistSummary, level_bar);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
koers_checklist_summary_init (KoersChecklistSummary *self)
{
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

/**
 * koers_checklist_summary_set_list:
 * @list: (nullable): a list of #KoersChecklistItem
 *
 * Shows the progress of @list, and follows it.
 */
void
koers_checklist_summary_set_list (KoersChecklistSummary *self,
                                  GListModel            *list)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_SUMMARY (self));
  g_return_if_fail (list == NULL || G_IS_LIST_MODEL (list));

  if (self->list == list)
    return;

  unwatch_all (self);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_set_object (&self->list, list);

  if (list != NULL)
    {
      g_signal_connect_swapped (list, "items-changed", G_CALLBACK (items_changed_cb), self);
      items_changed_cb (self);
    }
  else
    update (self);
}
