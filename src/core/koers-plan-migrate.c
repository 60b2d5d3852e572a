/* koers-plan-migrate.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The migration of version-1 files to the current form, before reading.
 */
#define G_LOG_DOMAIN "koers-plan-io"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "koers-plan-io.h"
#include "koers-plan-io-private.h"
#include "koers-file-replace.h"
#include "koers-json-guard.h"
#include "koers-model-private.h"
#include "koers-plan-private.h"

/* Version 1 kept every member at the top level, the rose as an object
 * keyed by part, and named a calendar entry's channel by its name. */
JsonObject *
_koers_plan_migrate_v1 (JsonObject *root)
{
  const KoersClassInfo *info = _koers_model_class_info (KOERS_TYPE_PLAN);
  JsonObject *result = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (root);
  g_autoptr(GHashTable) channel_ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *section_objects[G_N_ELEMENTS (_koers_plan_io_sections)] = { NULL };

  json_object_set_string_member (result, "format", KOERS_FORMAT_NAME);
  json_object_set_int_member (result, "version", KOERS_FORMAT_VERSION);
  for (guint s = 0; _koers_plan_io_sections[s] != NULL; s++)
    {
      section_objects[s] = json_object_new ();
      json_object_set_object_member (result, _koers_plan_io_sections[s], section_objects[s]);
    }

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (root, name);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (info->by_json_name, name));

      if (g_str_equal (name, "format") || g_str_equal (name, "version"))
        continue;

      if (g_str_equal (name, "rose") && JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *old_rose = json_node_get_object (node);
          g_autoptr(GList) parts = json_object_get_members (old_rose);
          JsonArray *array = json_array_new ();

          for (GList *p = parts; p != NULL; p = p->next)
            {
              JsonNode *part = json_object_get_member (old_rose, p->data);
              g_autoptr(JsonNode) part_copy = NULL;
              JsonObject *copy;

              if (!JSON_NODE_HOLDS_OBJECT (part))
                continue;
              part_copy = json_node_copy (part);
              copy = json_object_ref (json_node_get_object (part_copy));
              json_object_set_string_member (copy, "part", p->data);
              json_array_add_object_element (array, copy);
            }
          for (guint s = 0; _koers_plan_io_sections[s] != NULL; s++)
            if (g_str_equal (_koers_plan_io_sections[s], "rose"))
              json_object_set_array_member (section_objects[s], "parts", array);
          continue;
        }

      if (index == 0 || info->fields[index - 1].section == NULL)
        {
          /* Version 1 had no sections: a member named like one is unknown
           * data. Kept inside that section, it cannot replace (and free)
           * the section object built here. */
          guint s = 0;

          while (_koers_plan_io_sections[s] != NULL && !g_str_equal (_koers_plan_io_sections[s], name))
            s++;
          json_object_set_member (_koers_plan_io_sections[s] != NULL ? section_objects[s] : result,
                                  name, json_node_copy (node));
          continue;
        }

      for (guint s = 0; _koers_plan_io_sections[s] != NULL; s++)
        if (g_str_equal (_koers_plan_io_sections[s], info->fields[index - 1].section))
          json_object_set_member (section_objects[s], name, json_node_copy (node));
    }

  /* Channels by name -> by id */
  for (guint s = 0; _koers_plan_io_sections[s] != NULL; s++)
    {
      JsonObject *section = section_objects[s];

      if (g_str_equal (_koers_plan_io_sections[s], "technology") && json_object_has_member (section, "channels") &&
          JSON_NODE_HOLDS_ARRAY (json_object_get_member (section, "channels")))
        {
          JsonArray *channels = json_object_get_array_member (section, "channels");

          for (guint i = 0; i < json_array_get_length (channels); i++)
            {
              JsonNode *channel = json_array_get_element (channels, i);
              JsonObject *object;

              if (!JSON_NODE_HOLDS_OBJECT (channel))
                continue;
              object = json_node_get_object (channel);
              if (_koers_json_string_member (object, "name") != NULL && _koers_json_string_member (object, "id") != NULL)
                g_hash_table_insert (channel_ids,
                                     (gpointer) _koers_json_string_member (object, "name"),
                                     (gpointer) _koers_json_string_member (object, "id"));
            }
        }
    }

  for (guint s = 0; _koers_plan_io_sections[s] != NULL; s++)
    {
      JsonObject *section = section_objects[s];

      if (g_str_equal (_koers_plan_io_sections[s], "calendar") && json_object_has_member (section, "entries") &&
          JSON_NODE_HOLDS_ARRAY (json_object_get_member (section, "entries")))
        {
          JsonArray *entries = json_object_get_array_member (section, "entries");

          for (guint i = 0; i < json_array_get_length (entries); i++)
            {
              JsonNode *entry = json_array_get_element (entries, i);
              JsonNode *channel;
              const char *id;

              if (!JSON_NODE_HOLDS_OBJECT (entry))
                continue;
              channel = json_object_get_member (json_node_get_object (entry), "channel");
              if (channel == NULL || !_koers_json_node_is (channel, G_TYPE_STRING))
                continue;
              id = g_hash_table_lookup (channel_ids, json_node_get_string (channel));
              if (id != NULL)
                json_object_set_string_member (json_node_get_object (entry), "channel", id);
            }
        }
    }

  return result;
}

/* Version 2 repeated an entry by an enum ("recurrence": weekly, biweekly,
 * monthly) up to "recurrence_end"; version 3 stores an RFC 5545 RRULE. A
 * monthly entry on the 29th, 30th or 31st fell on the last day of shorter
 * months, and still does (koers_recurrence_rule_to_string()). */
gboolean
_koers_plan_migrate_v2 (JsonObject  *root,
                        const char  *name,
                        GError     **error)
{
  JsonNode *calendar = json_object_get_member (root, "calendar");
  JsonArray *entries;

  json_object_set_int_member (root, "version", KOERS_FORMAT_VERSION);
  if (calendar == NULL || !JSON_NODE_HOLDS_OBJECT (calendar) ||
      !json_object_has_member (json_node_get_object (calendar), "entries") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (calendar), "entries")))
    return TRUE;

  entries = json_object_get_array_member (json_node_get_object (calendar), "entries");
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonNode *node = json_array_get_element (entries, i);
      JsonObject *entry;
      JsonNode *recurrence, *end;
      g_autoptr(GDate) date = NULL;
      g_autoptr(GDate) until = NULL;
      g_autoptr(GString) rule = NULL;
      const char *nick;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;  /* the reader reports it */
      entry = json_node_get_object (node);
      recurrence = json_object_get_member (entry, "recurrence");
      end = json_object_get_member (entry, "recurrence_end");
      if (recurrence == NULL || JSON_NODE_HOLDS_NULL (recurrence))
        {
          json_object_remove_member (entry, "recurrence_end");
          continue;
        }
      if (!_koers_json_node_is (recurrence, G_TYPE_STRING))
        {
          g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID,
                       _("“%s”, member calendar.entries[%u].recurrence: expected text, found "
                         "something else"), name, i);
          return FALSE;
        }
      nick = json_node_get_string (recurrence);
      if (end != NULL && !JSON_NODE_HOLDS_NULL (end))
        {
          if (_koers_json_node_is (end, G_TYPE_STRING))
            until = _koers_date_parse (json_node_get_string (end));
          if (until == NULL)
            {
              g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID,
                           _("“%s”, member calendar.entries[%u].recurrence_end: expected a "
                             "date like “2027-03-31”"), name, i);
              return FALSE;
            }
        }
      if (json_object_has_member (entry, "date") &&
          _koers_json_node_is (json_object_get_member (entry, "date"), G_TYPE_STRING))
        date = _koers_date_parse (json_object_get_string_member (entry, "date"));

      rule = g_string_new (NULL);
      if (g_str_equal (nick, "none"))
        ;
      else if (g_str_equal (nick, "weekly"))
        g_string_append (rule, "FREQ=WEEKLY");
      else if (g_str_equal (nick, "biweekly"))
        g_string_append (rule, "FREQ=WEEKLY;INTERVAL=2");
      else if (g_str_equal (nick, "monthly"))
        {
          guint day = date != NULL ? g_date_get_day (date) : 1;

          g_string_append (rule, "FREQ=MONTHLY");
          if (day == 31)
            g_string_append (rule, ";BYMONTHDAY=-1");
          else if (day == 30)
            g_string_append (rule, ";BYMONTHDAY=28,29,30;BYSETPOS=-1");
          else if (day == 29)
            g_string_append (rule, ";BYMONTHDAY=28,29;BYSETPOS=-1");
        }
      else
        {
          g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID,
                       _("“%s”, member calendar.entries[%u].recurrence: “%s” is not one of "
                         "none, weekly, biweekly, monthly"), name, i, nick);
          return FALSE;
        }
      if (rule->len > 0 && until != NULL)
        g_string_append_printf (rule, ";UNTIL=%04u%02u%02u", g_date_get_year (until),
                                g_date_get_month (until), g_date_get_day (until));

      json_object_remove_member (entry, "recurrence");
      json_object_remove_member (entry, "recurrence_end");
      if (rule->len > 0)
        json_object_set_string_member (entry, "rrule", rule->str);
    }

  return TRUE;
}
