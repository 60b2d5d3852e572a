/* koers-technology-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 4 of POST: Technology (middelen). Where will the organisation be:
 * the channels, the website or blog that is the hub between them, and the
 * tools that help with the work.
 */
#define G_LOG_DOMAIN "koers-technology-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "koers-technology-page.h"
#include "koers-bind.h"
#include "koers-channel-catalogue.h"
#include "koers-channel.h"
#include "koers-channel-row.h"
#include "koers-date-button.h"
#include "koers-tool.h"
#include "koers-tool-row.h"

struct _KoersTechnologyPage
{
  KoersPage        parent_instance;

  GtkListBox      *channels_list;
  GtkMenuButton   *catalogue_button;
  GtkEntry        *hub_url_entry;
  GtkTextView     *hub_description_view;
  KoersDateButton *hub_updated_button;
  GtkListBox      *tools_list;
};

G_DEFINE_FINAL_TYPE (KoersTechnologyPage, koers_technology_page, KOERS_TYPE_PAGE)

static GtkWidget *
create_channel_row (gpointer item,
                    gpointer user_data)
{
  return koers_channel_row_new (item);
}

static GtkWidget *
create_tool_row (gpointer item,
                 gpointer user_data)
{
  return koers_tool_row_new (item);
}

static void
add_channel_clicked_cb (KoersTechnologyPage *self)
{
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));
  GListModel *channels = koers_plan_get_channels (plan);
  g_autoptr(KoersChannel) channel = koers_channel_new ();
  g_autofree char *id = NULL;

  /* The id is made once, here; renaming the channel later keeps it, so
   * calendar entries stay attached. The name starts empty, with the
   * field's placeholder as the hint: no text to delete first. */
  id = koers_plan_make_id (channels, "channel");
  koers_channel_set_id (channel, id);
  koers_plan_append (plan, channels, channel);
}

static void
add_from_catalogue_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (widget));
  GListModel *channels = koers_plan_get_channels (plan);
  guint position = g_variant_get_uint32 (parameter);
  g_autoptr(KoersChannel) channel = NULL;

  if (position >= koers_channel_catalogue_get_n_items ())
    return;

  /* A catalogue channel the plan has already: show it instead of a copy. */
  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(KoersChannel) existing = g_list_model_get_item (channels, i);

      if (koers_channel_same_name (koers_channel_get_name (existing),
                                   koers_channel_catalogue_get_name (position)))
        {
          GtkListBoxRow *row =
            gtk_list_box_get_row_at_index (KOERS_TECHNOLOGY_PAGE (widget)->channels_list, i);

          if (row != NULL)
            gtk_widget_child_focus (gtk_list_box_row_get_child (row), GTK_DIR_TAB_FORWARD);
          return;
        }
    }

  channel = koers_channel_catalogue_new_channel (position, channels);
  koers_plan_append (plan, channels, channel);
}

static void
add_tool_clicked_cb (KoersTechnologyPage *self)
{
  g_autoptr(KoersTool) tool = koers_tool_new ();
  KoersPlan *plan = koers_page_get_plan (KOERS_PAGE (self));

  koers_plan_append (plan, koers_plan_get_tools (plan), tool);
}

static void
koers_technology_page_bind (KoersPage *page,
                            KoersPlan *plan)
{
  KoersTechnologyPage *self = KOERS_TECHNOLOGY_PAGE (page);

  gtk_list_box_bind_model (self->channels_list, koers_plan_get_channels (plan),
                           create_channel_row, self, NULL);
  gtk_list_box_bind_model (self->tools_list, koers_plan_get_tools (plan),
                           create_tool_row, self, NULL);
}

static void
koers_technology_page_dispose (GObject *object)
{
  KoersTechnologyPage *self = (KoersTechnologyPage *) object;

  gtk_list_box_bind_model (self->channels_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->tools_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_TECHNOLOGY_PAGE);

  G_OBJECT_CLASS (koers_technology_page_parent_class)->dispose (object);
}

/* "hub", "channels" and "channel/ID" (koers-check.c) */
static gboolean
koers_technology_page_show_location (KoersPage  *page,
                                     const char *location)
{
  KoersTechnologyPage *self = KOERS_TECHNOLOGY_PAGE (page);
  KoersPlan *plan = koers_page_get_plan (page);
  GListModel *channels;

  if (g_strcmp0 (location, "hub") == 0)
    return koers_page_focus_widget (page, GTK_WIDGET (self->hub_url_entry));
  if (g_strcmp0 (location, "channels") == 0)
    return koers_page_focus_list_row (page, self->channels_list, 0, "name_entry") ||
           koers_page_focus_widget (page, GTK_WIDGET (self->catalogue_button));
  if (plan == NULL || !g_str_has_prefix (location, "channel/"))
    return FALSE;
  channels = koers_plan_get_channels (plan);
  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(KoersChannel) channel = g_list_model_get_item (channels, i);

      if (g_strcmp0 (koers_channel_get_id (channel), location + strlen ("channel/")) == 0)
        return koers_page_focus_list_row (page, self->channels_list, i, "name_entry");
    }
  return FALSE;
}

static void
koers_technology_page_class_init (KoersTechnologyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersPageClass *page_class = KOERS_PAGE_CLASS (klass);

  object_class->dispose = koers_technology_page_dispose;
  page_class->bind = koers_technology_page_bind;
  page_class->show_location = koers_technology_page_show_location;

  g_type_ensure (KOERS_TYPE_DATE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-technology-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersTechnologyPage, channels_list);
  gtk_widget_class_bind_template_child (widget_class, KoersTechnologyPage, catalogue_button);
  gtk_widget_class_bind_template_child (widget_class, KoersTechnologyPage, hub_url_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersTechnologyPage, hub_description_view);
  gtk_widget_class_bind_template_child (widget_class, KoersTechnologyPage, hub_updated_button);
  gtk_widget_class_bind_template_child (widget_class, KoersTechnologyPage, tools_list);
  gtk_widget_class_bind_template_callback (widget_class, add_channel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_tool_clicked_cb);

  gtk_widget_class_install_action (widget_class, "technology.add-from-catalogue", "u",
                                   add_from_catalogue_cb);
}

static void
koers_technology_page_init (KoersTechnologyPage *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  koers_list_box_focus_new_rows (self->channels_list);
  koers_list_box_focus_new_rows (self->tools_list);

  {
    GBindingGroup *bindings = koers_page_get_bindings (KOERS_PAGE (self));

    koers_bind_text (bindings, "hub-url", GTK_WIDGET (self->hub_url_entry));
    koers_bind_text (bindings, "hub-description", GTK_WIDGET (self->hub_description_view));
    koers_date_button_bind (self->hub_updated_button, bindings, "hub-updated");
  }

  /* The catalogue is a table in core; its menu follows the table. */
  for (guint i = 0; i < koers_channel_catalogue_get_n_items (); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (koers_channel_catalogue_get_name (i), NULL);

      g_menu_item_set_action_and_target_value (item, "technology.add-from-catalogue",
                                               g_variant_new_uint32 (i));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->catalogue_button, G_MENU_MODEL (menu));
}
