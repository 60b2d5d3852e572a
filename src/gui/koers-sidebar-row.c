/* koers-sidebar-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of the window's sidebar: the title of a page of the stack and how
 * far the user has filled in that part of the plan: a tick when it is
 * filled, "2 of 7" while it is partly done, nothing while it is empty. The
 * same goes to screen readers as the row's description.
 */
#define G_LOG_DOMAIN "koers-sidebar-row"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-sidebar-row.h"

struct _KoersSidebarRow
{
  GtkListBoxRow  parent_instance;

  char          *page_name;

  GtkLabel      *title_label;
  GtkLabel      *progress_label;
  GtkWidget     *mark;
};

G_DEFINE_FINAL_TYPE (KoersSidebarRow, koers_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

static void
koers_sidebar_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KOERS_TYPE_SIDEBAR_ROW);

  G_OBJECT_CLASS (koers_sidebar_row_parent_class)->dispose (object);
}

static void
koers_sidebar_row_finalize (GObject *object)
{
  KoersSidebarRow *self = KOERS_SIDEBAR_ROW (object);

  g_free (self->page_name);

  G_OBJECT_CLASS (koers_sidebar_row_parent_class)->finalize (object);
}

static void
koers_sidebar_row_class_init (KoersSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_sidebar_row_dispose;
  object_class->finalize = koers_sidebar_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-sidebar-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersSidebarRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoersSidebarRow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KoersSidebarRow, mark);
}

static void
koers_sidebar_row_init (KoersSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * koers_sidebar_row_new:
 * @page: the page of the window's stack the row shows
 *
 * Returns: (transfer floating): a row named after @page (its widget name
 *   is the page's name, a #KoersArea name for the plan's parts)
 */
GtkWidget *
koers_sidebar_row_new (GtkStackPage *page)
{
  KoersSidebarRow *self;

  g_return_val_if_fail (GTK_IS_STACK_PAGE (page), NULL);

  self = g_object_new (KOERS_TYPE_SIDEBAR_ROW, NULL);
  self->page_name = g_strdup (gtk_stack_page_get_name (page));
  gtk_widget_set_name (GTK_WIDGET (self), self->page_name);
  gtk_label_set_label (self->title_label, gtk_stack_page_get_title (page));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_stack_page_get_title (page), -1);
  return GTK_WIDGET (self);
}

/**
 * koers_sidebar_row_get_page_name:
 *
 * Returns: the name of the page the row shows
 */
const char *
koers_sidebar_row_get_page_name (KoersSidebarRow *self)
{
  g_return_val_if_fail (KOERS_IS_SIDEBAR_ROW (self), NULL);

  return self->page_name;
}

/**
 * koers_sidebar_row_set_progress:
 * @done: how many of the part's items are done
 * @total: of how many; 1 for a part that is filled or not as a whole
 *
 * A tick when @done is @total, "@done of @total" in between, nothing at 0.
 */
void
koers_sidebar_row_set_progress (KoersSidebarRow *self,
                                guint            done,
                                guint            total)
{
  gboolean filled = total > 0 && done >= total;
  gboolean partly = done > 0 && done < total;
  g_autofree char *progress = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (KOERS_IS_SIDEBAR_ROW (self));

  gtk_widget_set_visible (self->mark, filled);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), partly);
  if (partly)
    {
      /* Translators: how much of a part of the plan is done, as in "2 of 7" */
      progress = g_strdup_printf (_("%u of %u"), done, total);
      gtk_label_set_label (self->progress_label, progress);
      description = g_strdup_printf (ngettext ("%u of %u done", "%u of %u done", total),
                                     done, total);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  filled ? _("Filled in")
                                         : partly ? description : _("Not filled in yet"),
                                  -1);
}
