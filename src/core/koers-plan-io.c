/* koers-plan-io.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading and writing .koers files (docs/FORMAT.md). Files come from other
 * people and are untrusted: every problem becomes a GError that names the
 * file and the place, the plan in memory is only replaced by a complete new
 * one, and a save replaces the file atomically or not at all.
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

G_DEFINE_QUARK (koers-plan-io-error-quark, koers_plan_io_error)

static GQuark unknown_quark;
static GQuark unknown_sections_quark;

/* The plan's sections, in the order they are written. */
static const char *const sections[] = {
  "plan", "people", "objectives", "strategy", "technology", "preparation",
  "roadmap", "rose", "maturity", "calendar", "roles", NULL
};

static void
ensure_quarks (void)
{
  if (G_UNLIKELY (unknown_quark == 0))
    {
      unknown_quark = g_quark_from_static_string ("koers-unknown-members");
      unknown_sections_quark = g_quark_from_static_string ("koers-unknown-sections");
    }
}

static char *
file_name_of (GFile *file)
{
  return g_file_get_parse_name (file);
}

/* Reading -------------------------------------------------------------- */

typedef struct
{
  const char  *name;   /* of the file, for messages */
  GString     *path;   /* of the member being read, e.g. calendar.entries[3] */
  GError     **error;
} Reader;

G_GNUC_PRINTF (2, 3)
static gboolean
reader_fail (Reader     *r,
             const char *format,
             ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the first %s is a file name, the second a member path
   * such as calendar.entries[3].date, the third what is wrong with it. */
  g_set_error (r->error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID,
               _("“%s”, member %s: %s"), r->name, r->path->str, problem);
  return FALSE;
}

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_INT64:
      return _("a whole number");
    case G_TYPE_DOUBLE:
    default:
      return _("a number");
    }
}

static gboolean
node_is (JsonNode *node,
         GType     value_type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == value_type;
}

static gsize
path_push_member (Reader     *r,
                  const char *name)
{
  gsize len = r->path->len;

  if (len > 0)
    g_string_append_c (r->path, '.');
  g_string_append (r->path, name);
  return len;
}

static void
path_pop (Reader *r,
          gsize   len)
{
  g_string_truncate (r->path, len);
}

static char *
enum_choices (GType type)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GTypeClass *klass = g_type_class_ref (type);

  if (G_IS_ENUM_CLASS (klass))
    {
      GEnumClass *e = G_ENUM_CLASS (klass);
      for (guint i = 0; i < e->n_values; i++)
        g_string_append_printf (out, "%s“%s”", i ? ", " : "", e->values[i].value_nick);
    }
  else
    {
      GFlagsClass *f = G_FLAGS_CLASS (klass);
      for (guint i = 0; i < f->n_values; i++)
        g_string_append_printf (out, "%s“%s”", i ? ", " : "", f->values[i].value_nick);
    }
  g_type_class_unref (klass);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
is_colour (const char *text)
{
  if (strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
parse_time (const char *text,
            int        *minutes)
{
  if (strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  {
    int h = (text[0] - '0') * 10 + (text[1] - '0');
    int m = (text[3] - '0') * 10 + (text[4] - '0');

    if (h > 23 || m > 59)
      return FALSE;
    *minutes = h * 60 + m;
  }
  return TRUE;
}

/* docs/FORMAT.md, "Ids and references": lower-case ASCII letters and
 * digits in groups joined by single dashes. */
static gboolean
is_identifier (const char *text)
{
  gboolean group = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
        group = TRUE;
      else if (*p == '-' && group)
        group = FALSE;
      else
        return FALSE;
    }
  return group;
}

/* The required name of an item with an id (a channel, role or task), which
 * FORMAT.md and the schema say is not empty. */
static gboolean
is_item_name (GObject          *object,
              const KoersField *field)
{
  const KoersClassInfo *info;

  if (!(field->flags & KOERS_FIELD_REQUIRED) || g_strcmp0 (field->name, "name") != 0)
    return FALSE;

  info = _koers_model_class_info (G_OBJECT_TYPE (object));
  for (guint i = 0; i < info->n_fields; i++)
    if (info->fields[i].flags & KOERS_FIELD_ID)
      return TRUE;
  return FALSE;
}

static gboolean read_object (Reader     *r,
                             GObject    *object,
                             JsonObject *json,
                             const char *section);

static gboolean
read_list (Reader           *r,
           GObject          *object,
           const KoersField *field,
           JsonNode         *node)
{
  GListStore *store = _koers_model_get_list (object, field);
  GType item_type = g_list_model_get_item_type (G_LIST_MODEL (store));
  const KoersClassInfo *info = _koers_model_class_info (item_type);
  JsonArray *array;
  guint n;
  g_autoptr(GPtrArray) items = NULL;
  int id_index = -1;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return reader_fail (r, _("expected a list, found %s"), describe_node (node));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < info->n_fields; i++)
    if (info->fields[i].flags & KOERS_FIELD_ID)
      id_index = i;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gsize len = r->path->len;
      g_autoptr(GObject) item = NULL;
      gboolean ok;

      g_string_append_printf (r->path, "[%u]", i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        return reader_fail (r, _("expected an object, found %s"), describe_node (element));

      item = g_object_new (item_type, NULL);
      ok = read_object (r, item, json_node_get_object (element), NULL);
      if (!ok)
        return FALSE;
      path_pop (r, len);
      g_ptr_array_add (items, g_steal_pointer (&item));
    }

  if (id_index >= 0)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      const KoersField *id_field = &info->fields[id_index];

      for (guint i = 0; i < items->len; i++)
        {
          const char *id = *(char **) _koers_model_member (g_ptr_array_index (items, i), id_field);

          if (!g_hash_table_add (seen, (gpointer) id))
            {
              g_string_append_printf (r->path, "[%u].%s", i, info->json_names[id_index]);
              return reader_fail (r, _("the identifier “%s” is used twice in this list"), id);
            }
        }
    }

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
  return TRUE;
}

static gboolean
read_member (Reader           *r,
             GObject          *object,
             const KoersField *field,
             JsonNode         *node)
{
  gpointer member = _koers_model_member (object, field);

  switch (field->kind)
    {
    case KOERS_FIELD_STRING:
      {
        const char *text;

        if (!node_is (node, G_TYPE_STRING))
          return reader_fail (r, _("expected text, found %s"), describe_node (node));
        text = json_node_get_string (node);
        if ((field->flags & KOERS_FIELD_ID) && *text == '\0')
          return reader_fail (r, _("the identifier is empty"));
        if ((field->flags & KOERS_FIELD_ID) && !is_identifier (text))
          {
            /* Only the start of a long one. */
            gboolean long_id = g_utf8_strlen (text, -1) > 64;
            g_autofree char *start = long_id ? g_utf8_substring (text, 0, 64) : g_strdup (text);
            g_autofree char *shown = g_strconcat (start, long_id ? "…" : "", NULL);

            return reader_fail (r, _("“%s” is not an identifier: use lower-case letters a-z "
                                     "and digits, in groups joined by single dashes, like "
                                     "“content-maken”"), shown);
          }
        if (*text == '\0' && is_item_name (object, field))
          return reader_fail (r, _("the name is empty"));
        if ((field->flags & KOERS_FIELD_COLOUR) && !is_colour (text))
          return reader_fail (r, _("expected a colour like “#3584e4”, found “%s”"), text);
        g_free (*(char **) member);
        *(char **) member = g_strdup (text);
      }
      return TRUE;

    case KOERS_FIELD_INT:
      {
        gint64 value;

        if (!node_is (node, G_TYPE_INT64))
          return reader_fail (r, _("expected a whole number, found %s"), describe_node (node));
        value = json_node_get_int (node);
        if (value < field->min || value > field->max)
          return reader_fail (r, _("%lld is out of range: it must be from %g to %g"),
                              (long long) value, field->min, field->max);
        *(int *) member = (int) value;
      }
      return TRUE;

    case KOERS_FIELD_DOUBLE:
      {
        double value;

        if (!node_is (node, G_TYPE_INT64) && !node_is (node, G_TYPE_DOUBLE))
          return reader_fail (r, _("expected a number, found %s"), describe_node (node));
        value = json_node_get_double (node);
        if (!isfinite (value) || value < field->min || value > field->max)
          return reader_fail (r, _("%g is out of range: it must be from %g to %g"),
                              value, field->min, field->max);
        /* -0 is 0: the writer writes both as 0. */
        *(double *) member = value == 0 ? 0 : value;
      }
      return TRUE;

    case KOERS_FIELD_BOOLEAN:
      if (!node_is (node, G_TYPE_BOOLEAN))
        return reader_fail (r, _("expected true or false, found %s"), describe_node (node));
      *(gboolean *) member = json_node_get_boolean (node);
      return TRUE;

    case KOERS_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (field->get_type ());
        GEnumValue *value;

        if (!node_is (node, G_TYPE_STRING))
          return reader_fail (r, _("expected text, found %s"), describe_node (node));
        value = g_enum_get_value_by_nick (klass, json_node_get_string (node));
        if (value == NULL)
          {
            g_autofree char *choices = enum_choices (field->get_type ());
            return reader_fail (r, _("“%s” is not one of %s"), json_node_get_string (node), choices);
          }
        *(int *) member = value->value;
      }
      return TRUE;

    case KOERS_FIELD_FLAGS:
      {
        g_autoptr(GFlagsClass) klass = g_type_class_ref (field->get_type ());
        JsonArray *array;
        guint flags = 0;

        if (!JSON_NODE_HOLDS_ARRAY (node))
          return reader_fail (r, _("expected a list, found %s"), describe_node (node));
        array = json_node_get_array (node);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);
            GFlagsValue *value = NULL;

            if (node_is (element, G_TYPE_STRING))
              value = g_flags_get_value_by_nick (klass, json_node_get_string (element));
            if (value == NULL)
              {
                g_autofree char *choices = enum_choices (field->get_type ());
                g_string_append_printf (r->path, "[%u]", i);
                return reader_fail (r, _("expected one of %s"), choices);
              }
            flags |= value->value;
          }
        *(guint *) member = flags;
      }
      return TRUE;

    case KOERS_FIELD_DATE:
      {
        GDate *date;

        if (!node_is (node, G_TYPE_STRING))
          return reader_fail (r, _("expected a date like “2027-03-31”, found %s"),
                              describe_node (node));
        date = _koers_date_parse (json_node_get_string (node));
        if (date == NULL)
          return reader_fail (r, _("expected a date like “2027-03-31”, found “%s”"),
                              json_node_get_string (node));
        g_clear_pointer ((GDate **) member, g_date_free);
        *(GDate **) member = date;
      }
      return TRUE;

    case KOERS_FIELD_TIME:
      if (!node_is (node, G_TYPE_STRING))
        return reader_fail (r, _("expected a time like “09:30”, found %s"), describe_node (node));
      if (!parse_time (json_node_get_string (node), (int *) member))
        return reader_fail (r, _("expected a time like “09:30”, found “%s”"),
                            json_node_get_string (node));
      return TRUE;

    case KOERS_FIELD_STRV:
      {
        JsonArray *array;
        GPtrArray *strings;

        if (!JSON_NODE_HOLDS_ARRAY (node))
          return reader_fail (r, _("expected a list, found %s"), describe_node (node));
        array = json_node_get_array (node);
        strings = g_ptr_array_new_with_free_func (g_free);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);

            if (!node_is (element, G_TYPE_STRING))
              {
                g_ptr_array_unref (strings);
                g_string_append_printf (r->path, "[%u]", i);
                return reader_fail (r, _("expected text, found %s"), describe_node (element));
              }
            g_ptr_array_add (strings, g_strdup (json_node_get_string (element)));
          }
        g_ptr_array_add (strings, NULL);
        g_strfreev (*(char ***) member);
        *(char ***) member = (char **) g_ptr_array_free (strings, FALSE);
      }
      return TRUE;

    case KOERS_FIELD_LIST:
      return read_list (r, object, field, node);

    default:
      g_assert_not_reached ();
    }
}

static void
keep_unknown (JsonObject **unknown,
              const char  *name,
              JsonNode    *node)
{
  if (*unknown == NULL)
    *unknown = json_object_new ();
  json_object_set_member (*unknown, name, json_node_copy (node));
}

/* Reads @json into @object. For the plan, @section picks the fields of one
 * section; other objects have no sections. Members the program does not
 * know are kept with the object, to be written back unchanged. */
static gboolean
read_object (Reader     *r,
             GObject    *object,
             JsonObject *json,
             const char *section)
{
  const KoersClassInfo *info = _koers_model_class_info (G_OBJECT_TYPE (object));
  g_autofree gboolean *present = g_new0 (gboolean, info->n_fields);
  g_autoptr(GList) members = json_object_get_members (json);
  JsonObject *unknown = NULL;

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (json, name);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (info->by_json_name, name));
      const KoersField *field = index ? &info->fields[index - 1] : NULL;
      gsize len;

      if (field == NULL || g_strcmp0 (field->section, section) != 0)
        {
          keep_unknown (&unknown, name, node);
          continue;
        }

      /* null means "not set", as an absent member does */
      if (JSON_NODE_HOLDS_NULL (node))
        continue;

      len = path_push_member (r, name);
      if (!read_member (r, object, field, node))
        {
          g_clear_pointer (&unknown, json_object_unref);
          return FALSE;
        }
      path_pop (r, len);
      present[index - 1] = TRUE;
    }

  for (guint i = 0; i < info->n_fields; i++)
    if ((info->fields[i].flags & KOERS_FIELD_REQUIRED) && !present[i] &&
        g_strcmp0 (info->fields[i].section, section) == 0)
      {
        g_clear_pointer (&unknown, json_object_unref);
        path_push_member (r, info->json_names[i]);
        return reader_fail (r, _("is missing"));
      }

  if (unknown == NULL)
    return TRUE;

  if (section == NULL)
    g_object_set_qdata_full (object, unknown_quark, unknown, (GDestroyNotify) json_object_unref);
  else
    {
      JsonObject *by_section = g_object_get_qdata (object, unknown_sections_quark);

      if (by_section == NULL)
        {
          by_section = json_object_new ();
          g_object_set_qdata_full (object, unknown_sections_quark, by_section,
                                   (GDestroyNotify) json_object_unref);
        }
      json_object_set_object_member (by_section, section, unknown);
    }

  return TRUE;
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && node_is (node, G_TYPE_STRING) ? json_node_get_string (node) : NULL;
}

/* Version 1 kept every member at the top level, the rose as an object
 * keyed by part, and named a calendar entry's channel by its name. */
static JsonObject *
migrate_from_v1 (JsonObject *root)
{
  const KoersClassInfo *info = _koers_model_class_info (KOERS_TYPE_PLAN);
  JsonObject *result = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (root);
  g_autoptr(GHashTable) channel_ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *section_objects[G_N_ELEMENTS (sections)] = { NULL };

  json_object_set_string_member (result, "format", KOERS_FORMAT_NAME);
  json_object_set_int_member (result, "version", KOERS_FORMAT_VERSION);
  for (guint s = 0; sections[s] != NULL; s++)
    {
      section_objects[s] = json_object_new ();
      json_object_set_object_member (result, sections[s], section_objects[s]);
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
          for (guint s = 0; sections[s] != NULL; s++)
            if (g_str_equal (sections[s], "rose"))
              json_object_set_array_member (section_objects[s], "parts", array);
          continue;
        }

      if (index == 0 || info->fields[index - 1].section == NULL)
        {
          /* Version 1 had no sections: a member named like one is unknown
           * data. Kept inside that section, it cannot replace (and free)
           * the section object built here. */
          guint s = 0;

          while (sections[s] != NULL && !g_str_equal (sections[s], name))
            s++;
          json_object_set_member (sections[s] != NULL ? section_objects[s] : result,
                                  name, json_node_copy (node));
          continue;
        }

      for (guint s = 0; sections[s] != NULL; s++)
        if (g_str_equal (sections[s], info->fields[index - 1].section))
          json_object_set_member (section_objects[s], name, json_node_copy (node));
    }

  /* Channels by name -> by id */
  for (guint s = 0; sections[s] != NULL; s++)
    {
      JsonObject *section = section_objects[s];

      if (g_str_equal (sections[s], "technology") && json_object_has_member (section, "channels") &&
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
              if (string_member (object, "name") != NULL && string_member (object, "id") != NULL)
                g_hash_table_insert (channel_ids,
                                     (gpointer) string_member (object, "name"),
                                     (gpointer) string_member (object, "id"));
            }
        }
    }

  for (guint s = 0; sections[s] != NULL; s++)
    {
      JsonObject *section = section_objects[s];

      if (g_str_equal (sections[s], "calendar") && json_object_has_member (section, "entries") &&
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
              if (channel == NULL || !node_is (channel, G_TYPE_STRING))
                continue;
              id = g_hash_table_lookup (channel_ids, json_node_get_string (channel));
              if (id != NULL)
                json_object_set_string_member (json_node_get_object (entry), "channel", id);
            }
        }
    }

  return result;
}

/* The fixed lists hold each key once and only known keys; anything else
 * would be dropped when the plan puts them in order, so it is refused. */
static gboolean
check_fixed_lists (Reader    *r,
                   KoersPlan *plan)
{
  guint n_lists;
  const KoersFixedList *lists = _koers_plan_get_fixed_lists (&n_lists);

  for (guint l = 0; l < n_lists; l++)
    {
      GListModel *list = _koers_fixed_list_get_model (&lists[l], plan);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (list, i);
          g_autofree char *text = NULL;
          int key = _koers_fixed_list_get_key (&lists[l], item, &text);

          g_string_printf (r->path, "%s[%u].%s", lists[l].path, i, lists[l].key_property);
          if (key < 0)
            {
              g_autofree char *choices = enum_choices (lists[l].key_type ());
              return reader_fail (r, _("“%s” is not one of %s"), text, choices);
            }
          if (!g_hash_table_add (seen, GINT_TO_POINTER (key + 1)))
            return reader_fail (r, _("“%s” appears twice in this list"), text);
        }
    }

  return TRUE;
}

static gboolean
guard_error (KoersJsonGuardResult       result,
             const KoersJsonGuardPlace *place,
             const char                *name,
             GError                   **error)
{
  g_autofree char *what = NULL;

  switch (result)
    {
    case KOERS_JSON_GUARD_OK:
      return TRUE;
    case KOERS_JSON_GUARD_EMPTY:
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_EMPTY,
                   _("“%s” is empty."), name);
      return FALSE;
    case KOERS_JSON_GUARD_NOT_TEXT:
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_TEXT,
                   _("“%s” is not a Koers plan: it holds binary data (line %u, column %u)."),
                   name, place->line, place->column);
      return FALSE;
    case KOERS_JSON_GUARD_INVALID_UTF8:
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_TEXT,
                   _("“%s” is not a Koers plan: line %u, column %u is not UTF-8 text."),
                   name, place->line, place->column);
      return FALSE;
    case KOERS_JSON_GUARD_TOO_DEEP:
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_DEEP,
                   _("“%s”, line %u, column %u: the data is nested more than %d levels deep; "
                     "a plan never is."),
                   name, place->line, place->column, KOERS_JSON_MAX_DEPTH);
      return FALSE;
    case KOERS_JSON_GUARD_NUMBER:
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NUMBER,
                   _("“%s”, line %u, column %u: the number %s is too large or too long "
                     "(Koers accepts numbers up to a million billion, in at most %d characters)."),
                   name, place->line, place->column, place->detail, KOERS_JSON_MAX_NUMBER_CHARS);
      return FALSE;
    case KOERS_JSON_GUARD_DUPLICATE_KEY:
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_DUPLICATE_MEMBER,
                   _("“%s”, line %u, column %u: the member “%s” appears twice in the same "
                     "object."),
                   name, place->line, place->column, place->detail);
      return FALSE;
    case KOERS_JSON_GUARD_STRING_TOO_LONG:
      {
        g_autofree char *limit = g_format_size (KOERS_JSON_MAX_STRING_BYTES);
        g_autofree char *size = g_format_size (g_ascii_strtoull (place->detail, NULL, 10));

        g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE,
                     _("“%s”, line %u, column %u: a text of %s is longer than Koers accepts (%s)."),
                     name, place->line, place->column, size, limit);
      }
      return FALSE;
    case KOERS_JSON_GUARD_TRUNCATED:
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TRUNCATED,
                   _("“%s” ends too early, at line %u, column %u: the file seems to be cut off."),
                   name, place->line, place->column);
      return FALSE;
    case KOERS_JSON_GUARD_BAD_ESCAPE:
      what = g_strdup (_("a backslash escape in a text is not valid JSON"));
      break;
    case KOERS_JSON_GUARD_COMMENT:
      what = g_strdup (_("JSON has no comments, and a plan file cannot hold one"));
      break;
    case KOERS_JSON_GUARD_SINGLE_QUOTE:
      what = g_strdup (_("a text is in single quotes; JSON needs double quotes (\")"));
      break;
    case KOERS_JSON_GUARD_BAD_NUMBER:
      what = g_strdup_printf (_("“%s” is not a number as JSON writes numbers"), place->detail);
      break;
    case KOERS_JSON_GUARD_CONTROL_CHAR:
      what = g_strdup (_("a text holds a tab, line break or other control character; "
                         "JSON writes them as escapes such as \\t and \\n"));
      break;
    case KOERS_JSON_GUARD_NUL_ESCAPE:
      what = g_strdup (_("a text holds \\u0000 (the character NUL), which a plan cannot hold"));
      break;
    case KOERS_JSON_GUARD_TRAILING:
      what = g_strdup (_("more follows after the end of the plan; a file holds one plan"));
      break;
    case KOERS_JSON_GUARD_MISSING_COMMA:
      what = g_strdup (_("a comma is missing"));
      break;
    case KOERS_JSON_GUARD_MISSING_COLON:
      what = g_strdup (_("a colon is missing after a member name"));
      break;
    case KOERS_JSON_GUARD_TRAILING_COMMA:
      what = g_strdup (_("there is a comma before a closing bracket"));
      break;
    case KOERS_JSON_GUARD_BAREWORD:
      what = g_strdup (_("there is a word that is not in quotes"));
      break;
    case KOERS_JSON_GUARD_EXPECTED_VALUE:
      what = g_strdup (_("a value is missing here"));
      break;
    case KOERS_JSON_GUARD_EXPECTED_NAME:
      what = g_strdup (_("a member name in double quotes is missing here"));
      break;
    case KOERS_JSON_GUARD_BRACKET_MISMATCH:
      what = g_strdup (_("a closing bracket does not match the one that opened"));
      break;
    default:
      g_assert_not_reached ();
    }

  g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_SYNTAX,
               _("“%s” is not a valid plan file: line %u, column %u: %s."),
               name, place->line, place->column, what);
  return FALSE;
}

static void
syntax_error (const GError *parse_error,
              const char   *name,
              GError      **error)
{
  guint line = 0, column = 0;
  const char *colon;
  const char *what;

  /* json-glib 1.6 puts "<data>:LINE:COLUMN: " in front of its message. */
  colon = strchr (parse_error->message, ':');
  if (colon == NULL || sscanf (colon, ":%u:%u:", &line, &column) != 2)
    line = column = 0;

  switch (parse_error->code)
    {
    case JSON_PARSER_ERROR_TRAILING_COMMA:
      what = _("there is a comma before a closing bracket");
      break;
    case JSON_PARSER_ERROR_MISSING_COMMA:
      what = _("a comma is missing");
      break;
    case JSON_PARSER_ERROR_MISSING_COLON:
      what = _("a colon is missing after a member name");
      break;
    case JSON_PARSER_ERROR_INVALID_BAREWORD:
      what = _("there is a word that is not in quotes");
      break;
    case JSON_PARSER_ERROR_EMPTY_MEMBER_NAME:
      what = _("a member has an empty name");
      break;
    default:
      what = _("the text is not valid JSON");
      break;
    }

  if (line > 0)
    g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_SYNTAX,
                 _("“%s” is not a valid plan file: line %u, column %u: %s."),
                 name, line, column, what);
  else
    g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_SYNTAX,
                 _("“%s” is not a valid plan file: %s."), name, what);
}

/* What Koers reads, it can write and read again. Written, a file can grow
 * (defaults of missing members, indentation, numbers in full); the guard
 * gives a bound on that, and only a plan that could grow past
 * KOERS_MAX_FILE_SIZE is written here to measure it. The fuzz target checks
 * the bound on every plan that loads. A version-1 file is one level deeper
 * once migrated, so it is always written, and checked for depth too. */
static gboolean
check_writable (KoersPlan  *plan,
                guint64     written_bound,
                gboolean    migrated,
                const char *name,
                GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *limit = NULL;
  KoersJsonGuardPlace place;
  const char *data;
  gsize written;

  if (!migrated && written_bound <= KOERS_MAX_FILE_SIZE)
    return TRUE;

  bytes = koers_plan_io_to_bytes (plan, NULL);
  limit = g_format_size (KOERS_MAX_FILE_SIZE);
  if (bytes == NULL)
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE,
                   _("“%s” cannot be opened: saved again, its plan would be larger than a plan "
                     "file can be (at most %s)."),
                   name, limit);
      return FALSE;
    }

  data = g_bytes_get_data (bytes, &written);
  if (migrated && _koers_json_guard_check (data, written, &place) != KOERS_JSON_GUARD_OK)
    {
      g_free (place.detail);
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_DEEP,
                   _("“%s” cannot be opened: in the current format its data would be nested "
                     "more than %d levels deep."),
                   name, KOERS_JSON_MAX_DEPTH);
      return FALSE;
    }

  return TRUE;
}

/**
 * koers_plan_io_load_data:
 * @data: the file's contents
 * @length: their length in bytes
 * @name: the file's name, for messages
 * @error: a #KOERS_PLAN_IO_ERROR
 *
 * Reads a plan from the text of a .koers file, migrating an older format.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
KoersPlan *
koers_plan_io_load_data (const char  *data,
                         gsize        length,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(JsonObject) migrated = NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  KoersJsonGuardPlace place;
  KoersJsonGuardResult result;
  guint64 written_bound = 0;
  JsonNode *root;
  JsonObject *object;
  JsonNode *format;
  JsonNode *version;
  Reader r = { name, path, error };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_quarks ();

  if (length > KOERS_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (KOERS_MAX_FILE_SIZE);

      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE,
                   _("“%s” is %s, larger than a plan can be (at most %s)."), name, size, limit);
      return NULL;
    }

  result = _koers_json_guard_check_sized (data, length, &place, &written_bound);
  if (!guard_error (result, &place, name, error))
    {
      g_free (place.detail);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      syntax_error (parse_error, name, error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_EMPTY, _("“%s” is empty."), name);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_A_PLAN,
                   _("“%s” is not a Koers plan: it holds %s instead of an object."),
                   name, describe_node (root));
      return NULL;
    }

  object = json_node_get_object (root);
  format = json_object_get_member (object, "format");
  if (format == NULL || !node_is (format, G_TYPE_STRING) ||
      g_strcmp0 (json_node_get_string (format), KOERS_FORMAT_NAME) != 0)
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_A_PLAN,
                   _("“%s” is not a Koers plan: its member “format” is not “%s”."),
                   name, KOERS_FORMAT_NAME);
      return NULL;
    }

  version = json_object_get_member (object, "version");
  if (version == NULL || !node_is (version, G_TYPE_INT64) || json_node_get_int (version) < 1)
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID,
                   _("“%s”, member version: expected a format version like %d."),
                   name, KOERS_FORMAT_VERSION);
      return NULL;
    }
  if (json_node_get_int (version) > KOERS_FORMAT_VERSION)
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NEWER_VERSION,
                   _("“%s” was saved by a newer Koers (format version %lld). "
                     "This Koers reads up to format version %d: please update Koers to open it."),
                   name, (long long) json_node_get_int (version), KOERS_FORMAT_VERSION);
      return NULL;
    }
  if (json_node_get_int (version) == 1)
    object = migrated = migrate_from_v1 (object);

  plan = g_object_new (KOERS_TYPE_PLAN, NULL);

  {
    g_autoptr(GList) members = json_object_get_members (object);
    JsonObject *unknown = NULL;

    for (GList *l = members; l != NULL; l = l->next)
      {
        const char *member = l->data;
        JsonNode *node = json_object_get_member (object, member);

        if (g_str_equal (member, "format") || g_str_equal (member, "version"))
          continue;

        if (!g_strv_contains (sections, member))
          {
            keep_unknown (&unknown, member, node);
            continue;
          }

        if (!JSON_NODE_HOLDS_OBJECT (node))
          {
            g_clear_pointer (&unknown, json_object_unref);
            g_string_assign (path, member);
            reader_fail (&r, _("expected an object, found %s"), describe_node (node));
            return NULL;
          }

        g_string_assign (path, member);
        if (!read_object (&r, G_OBJECT (plan), json_node_get_object (node), member))
          {
            g_clear_pointer (&unknown, json_object_unref);
            return NULL;
          }
      }

    if (unknown != NULL)
      g_object_set_qdata_full (G_OBJECT (plan), unknown_quark, unknown,
                               (GDestroyNotify) json_object_unref);
  }

  if (!check_fixed_lists (&r, plan))
    return NULL;

  _koers_plan_complete (plan);
  _koers_plan_attach (plan);

  if (!check_writable (plan, written_bound, migrated != NULL, name, error))
    return NULL;

  return g_steal_pointer (&plan);
}

static gboolean
set_error_from_io (GError     **error,
                   const GError *io_error,
                   const char   *name,
                   gboolean      writing)
{
  int code;
  g_autofree char *message = NULL;

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      code = KOERS_PLAN_IO_ERROR_NOT_FOUND;
      message = writing
        ? g_strdup_printf (_("Could not save “%s”: its folder does not exist."), name)
        : g_strdup_printf (_("“%s” does not exist."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    {
      code = KOERS_PLAN_IO_ERROR_IS_DIRECTORY;
      message = g_strdup_printf (_("“%s” is a folder, not a plan file."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    {
      code = KOERS_PLAN_IO_ERROR_PERMISSION;
      message = g_strdup_printf (_("Could not save “%s”: the disk it is on is read-only."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_FILENAME_TOO_LONG))
    {
      code = writing ? KOERS_PLAN_IO_ERROR_WRITE : KOERS_PLAN_IO_ERROR_READ;
      message = writing
        ? g_strdup_printf (_("Could not save “%s”: the file name or the path to it is too long. "
                             "Choose a shorter name or a folder higher up."), name)
        : g_strdup_printf (_("Could not read “%s”: the file name or the path to it is too "
                             "long."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    {
      code = KOERS_PLAN_IO_ERROR_PERMISSION;
      message = writing
        ? g_strdup_printf (_("You do not have permission to save “%s”."), name)
        : g_strdup_printf (_("You do not have permission to read “%s”."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    {
      code = KOERS_PLAN_IO_ERROR_NO_SPACE;
      message = g_strdup_printf (_("There is not enough space on the disk to save “%s”. "
                                   "The file on disk was left as it was."), name);
    }
  else
    {
      code = writing ? KOERS_PLAN_IO_ERROR_WRITE : KOERS_PLAN_IO_ERROR_READ;
      message = writing
        ? g_strdup_printf (_("Could not save “%s”: %s"), name, io_error->message)
        : g_strdup_printf (_("Could not read “%s”: %s"), name, io_error->message);
    }

  g_set_error_literal (error, KOERS_PLAN_IO_ERROR, code, message);
  return FALSE;
}

/* @file is a symbolic link that cannot be followed: say why. */
static gboolean
link_error (GError     **error,
            GFile       *file,
            const char  *name)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *target = NULL;
  GStatBuf st;

  /* The end of the chain, for the message. */
  for (guint hops = 0; path != NULL && hops < 40; hops++)
    {
      const char *from = target != NULL ? target : path;
      g_autofree char *next = g_file_read_link (from, NULL);
      g_autofree char *dir = g_path_get_dirname (from);

      if (next == NULL)
        break;
      g_free (target);
      target = g_path_is_absolute (next) ? g_steal_pointer (&next)
                                         : g_build_filename (dir, next, NULL);
    }

  if (path != NULL && g_stat (path, &st) != 0 && errno == ELOOP)
    g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_LINK,
                 _("“%s” is a symbolic link that leads in a circle (a link loop): it never "
                   "reaches a file."), name);
  else if (target != NULL)
    {
      g_autofree char *shown = g_filename_display_name (target);

      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_FOUND,
                   _("“%s” is a symbolic link to “%s”, which does not exist."), name, shown);
    }
  else
    g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_FOUND,
                 _("“%s” is a symbolic link that leads nowhere."), name);
  return FALSE;
}

/**
 * koers_plan_io_load:
 * @file: a .koers file
 * @error: a #KOERS_PLAN_IO_ERROR
 *
 * Reads a plan. Blocks: call it from a thread, or use
 * koers_plan_io_load_async().
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
KoersPlan *
koers_plan_io_load (GFile   *file,
                    GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) io_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = file_name_of (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &io_error);
  if (info == NULL)
    return set_error_from_io (error, io_error, name, FALSE), NULL;

  /* GIO describes a link it cannot follow as the link itself. */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_SYMBOLIC_LINK)
    return link_error (error, file, name), NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not a plan file."), name);
      return NULL;
    }
  /* UNKNOWN when the folder cannot be searched: reading says why. */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR &&
      g_file_info_get_file_type (info) != G_FILE_TYPE_UNKNOWN)
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_A_PLAN,
                   _("“%s” is not a regular file."), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > KOERS_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (KOERS_MAX_FILE_SIZE);

      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE,
                   _("“%s” is %s, larger than a plan can be (at most %s)."), name, size, limit);
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &io_error))
    return set_error_from_io (error, io_error, name, FALSE), NULL;

  return koers_plan_io_load_data (contents, length, name, error);
}

/* Writing -------------------------------------------------------------- */

/* A Piece is a slice of the text: of a cached item's text, or (bytes NULL)
 * (text NULL) of the writer's own output. */
typedef struct _Text Text;

typedef struct
{
  Text   *text;
  gsize   offset;
  gsize   length;
} Piece;

struct _KoersPlanText
{
  GBytes *own;     /* the writer's output, that pieces without text slice */
  GArray *pieces;  /* of Piece */
  gsize   length;  /* of the whole text */
};

typedef struct
{
  GString *out;
  guint    indent;
  GArray  *pieces;      /* NULL: cached texts are copied into out */
  gsize    own_start;   /* where in out the text not yet in pieces starts */
  GString *scratch;     /* for the text of one item */
  gsize    length;
  gboolean  too_large;
} Writer;

static void
write_indent (Writer *w)
{
  /* Past the limit the text is useless: keep at most a line of it, so a
   * plan that is too large costs time but not memory (or disk). */
  if (w->out->len > KOERS_MAX_FILE_SIZE)
    {
      w->too_large = TRUE;
      g_string_truncate (w->out, 0);
    }
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->indent; i++)
    g_string_append (w->out, "  ");
}

static void
write_string (Writer     *w,
              const char *text)
{
  GString *out = w->out;

  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

static void
write_name (Writer     *w,
            gboolean   *first,
            const char *name)
{
  if (!*first)
    g_string_append_c (w->out, ',');
  *first = FALSE;
  write_indent (w);
  write_string (w, name);
  g_string_append (w->out, ": ");
}

/* The shortest of %.15g, %.16g and %.17g that reads back as @value. */
static void
format_double (char   *buffer,
               gsize   size,
               double  value)
{
  static const char *const formats[] = { "%.15g", "%.16g", "%.17g" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, size, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
}

static void
write_double (Writer *w,
              double  value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* A field reads -0 as 0: write it so. */
  format_double (buffer, sizeof buffer, value == 0 ? 0 : value);
  g_string_append (w->out, buffer);
}

static void write_node (Writer   *w,
                        JsonNode *node);

static void
write_members (Writer     *w,
               gboolean   *first,
               JsonObject *object)
{
  g_autoptr(GList) members = NULL;

  if (object == NULL)
    return;

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      write_name (w, first, l->data);
      write_node (w, json_object_get_member (object, l->data));
    }
}

/* Unknown members are written as they were read. The guard kept numbers
 * within what json-glib and we print exactly. */
static void
write_node (Writer   *w,
            JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        gboolean first = TRUE;

        g_string_append_c (w->out, '{');
        w->indent++;
        write_members (w, &first, json_node_get_object (node));
        w->indent--;
        if (!first)
          write_indent (w);
        g_string_append_c (w->out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        g_string_append_c (w->out, '[');
        w->indent++;
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (w->out, ',');
            write_indent (w);
            write_node (w, json_array_get_element (array, i));
          }
        w->indent--;
        if (n > 0)
          write_indent (w);
        g_string_append_c (w->out, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (w->out, "null");
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          write_string (w, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (w->out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (w->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          {
            char buffer[G_ASCII_DTOSTR_BUF_SIZE];

            /* With a point or an exponent, so that it reads back as a
             * double and not an integer: -0.0 stays -0.0, 1.0 stays 1.0. */
            format_double (buffer, sizeof buffer, json_node_get_double (node));
            g_string_append (w->out, buffer);
            if (strpbrk (buffer, ".e") == NULL)
              g_string_append (w->out, ".0");
          }
          break;
        default:
          g_string_append (w->out, "null");
          break;
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void write_object (Writer     *w,
                          GObject    *object,
                          const char *section);
static void write_items  (Writer     *w,
                          GListModel *list,
                          GType       item_type);

static void
write_nicks (Writer *w,
             GType   type,
             guint   flags)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  gboolean first = TRUE;

  g_string_append_c (w->out, '[');
  for (guint i = 0; i < klass->n_values; i++)
    if (flags & klass->values[i].value)
      {
        if (!first)
          g_string_append (w->out, ", ");
        first = FALSE;
        write_string (w, klass->values[i].value_nick);
      }
  g_string_append_c (w->out, ']');
}

static void
write_field (Writer           *w,
             GObject          *object,
             const KoersField *field,
             const char       *json_name,
             gboolean         *first)
{
  gpointer member = _koers_model_member (object, field);

  switch (field->kind)
    {
    case KOERS_FIELD_STRING:
      write_name (w, first, json_name);
      write_string (w, *(char **) member);
      break;

    case KOERS_FIELD_INT:
      write_name (w, first, json_name);
      g_string_append_printf (w->out, "%d", *(int *) member);
      break;

    case KOERS_FIELD_DOUBLE:
      write_name (w, first, json_name);
      write_double (w, *(double *) member);
      break;

    case KOERS_FIELD_BOOLEAN:
      write_name (w, first, json_name);
      g_string_append (w->out, *(gboolean *) member ? "true" : "false");
      break;

    case KOERS_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (field->get_type ());
        GEnumValue *value = g_enum_get_value (klass, *(int *) member);

        write_name (w, first, json_name);
        write_string (w, value ? value->value_nick : klass->values[0].value_nick);
      }
      break;

    case KOERS_FIELD_FLAGS:
      write_name (w, first, json_name);
      write_nicks (w, field->get_type (), *(guint *) member);
      break;

    case KOERS_FIELD_DATE:
      {
        GDate *date = *(GDate **) member;
        g_autofree char *text = NULL;

        if (date == NULL || !g_date_valid (date))
          break;
        text = _koers_date_format_iso (date);
        write_name (w, first, json_name);
        write_string (w, text);
      }
      break;

    case KOERS_FIELD_TIME:
      {
        int minutes = *(int *) member;
        char text[8];

        if (minutes < 0)
          break;
        g_snprintf (text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
        write_name (w, first, json_name);
        write_string (w, text);
      }
      break;

    case KOERS_FIELD_STRV:
      {
        char **strv = *(char ***) member;

        write_name (w, first, json_name);
        g_string_append_c (w->out, '[');
        for (guint i = 0; strv[i] != NULL; i++)
          {
            if (i > 0)
              g_string_append (w->out, ", ");
            write_string (w, strv[i]);
          }
        g_string_append_c (w->out, ']');
      }
      break;

    case KOERS_FIELD_LIST:
      {
        GListModel *list = G_LIST_MODEL (*(GListStore **) member);
        guint n = g_list_model_get_n_items (list);

        write_name (w, first, json_name);
        g_string_append_c (w->out, '[');
        w->indent++;
        write_items (w, list, field->get_type ());
        w->indent--;
        if (n > 0)
          write_indent (w);
        g_string_append_c (w->out, ']');
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
write_object (Writer     *w,
              GObject    *object,
              const char *section)
{
  const KoersClassInfo *info = _koers_model_class_info (G_OBJECT_TYPE (object));
  JsonObject *unknown = NULL;
  gboolean first = TRUE;

  g_string_append_c (w->out, '{');
  w->indent++;

  for (guint i = 0; i < info->n_fields; i++)
    if (g_strcmp0 (info->fields[i].section, section) == 0)
      write_field (w, object, &info->fields[i], info->json_names[i], &first);

  if (section == NULL)
    unknown = g_object_get_qdata (object, unknown_quark);
  else
    {
      JsonObject *by_section = g_object_get_qdata (object, unknown_sections_quark);

      if (by_section != NULL && json_object_has_member (by_section, section))
        unknown = json_object_get_object_member (by_section, section);
    }
  write_members (w, &first, unknown);

  w->indent--;
  if (!first)
    write_indent (w);
  g_string_append_c (w->out, '}');
}

/* The text cache ----------------------------------------------------------
 *
 * A save runs on the main loop, and serialising a big plan takes longer
 * than a frame. So the text of every item that holds no lists of its own (a
 * calendar entry, a channel, a role...) is kept, as written at its depth,
 * and dropped when it may no longer match:
 *
 *  - KoersPlan::object-changed names the item (one of its own members), and
 *  - an item that comes into a list again (it may have been changed while it
 *    was out of the plan, when nobody reports its changes) loses the text of
 *    itself and of everything it holds.
 *
 * Touching every item of a big list is itself slow (each is a GObject
 * somewhere in memory), so a list of such items keeps, in its order, one
 * Holder per item: the item and its current Text. The list's "items-changed"
 * keeps that array in step. A save walks the array, writes anew only the
 * items whose text was dropped, and takes the other texts by reference
 * (_koers_plan_io_to_text()); joining them is left to the thread that writes
 * the file. The text is the same, byte for byte, as the writer makes without
 * the cache. */

/* Immutable once made; shared with the threads that write */
struct _Text
{
  gatomicrefcount ref;
  guint           indent;
  gsize           length;
  char            data[];
};

static Text *
text_new (guint       indent,
          const char *data,
          gsize       length)
{
  Text *text = g_malloc (sizeof (Text) + length);

  g_atomic_ref_count_init (&text->ref);
  text->indent = indent;
  text->length = length;
  memcpy (text->data, data, length);
  return text;
}

static Text *
text_ref (Text *text)
{
  g_atomic_ref_count_inc (&text->ref);
  return text;
}

static void
text_unref (Text *text)
{
  if (g_atomic_ref_count_dec (&text->ref))
    g_free (text);
}

/* Main thread (or the loader's, before the plan is shared) only */
typedef struct
{
  grefcount  ref;
  GObject   *item;  /* not a reference: valid while the item holds this */
  Text      *text;  /* NULL: to be written anew */
} Holder;

static Holder *
holder_ref (Holder *holder)
{
  g_ref_count_inc (&holder->ref);
  return holder;
}

static void
holder_unref (Holder *holder)
{
  /* A list's array of holders has NULL where a holder is not made yet, and
   * GPtrArray calls this for those too. */
  if (holder == NULL)
    return;
  if (g_ref_count_dec (&holder->ref))
    {
      g_clear_pointer (&holder->text, text_unref);
      g_free (holder);
    }
}

/* The item is gone: its holder may outlive it in no list. */
static void
holder_release (Holder *holder)
{
  holder->item = NULL;
  holder_unref (holder);
}

static GQuark
holder_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("koers-plan-io-text");
  return quark;
}

static GQuark
watched_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("koers-plan-io-watched");
  return quark;
}

static Holder *
get_holder (GObject *item)
{
  Holder *holder = g_object_get_qdata (item, holder_quark ());

  if (holder == NULL)
    {
      holder = g_new0 (Holder, 1);
      g_ref_count_init (&holder->ref);
      holder->item = item;
      g_object_set_qdata_full (item, holder_quark (), holder, (GDestroyNotify) holder_release);
    }
  return holder;
}

static gboolean
is_leaf_type (GType type)
{
  return _koers_model_class_info (type)->lists[0] == NULL;
}

static void
drop_text (GObject *object)
{
  const KoersField **lists = _koers_model_class_info (G_OBJECT_TYPE (object))->lists;
  Holder *holder = g_object_get_qdata (object, holder_quark ());

  if (holder != NULL)
    g_clear_pointer (&holder->text, text_unref);
  for (guint i = 0; lists[i] != NULL; i++)
    {
      GListModel *list = G_LIST_MODEL (_koers_model_get_list (object, lists[i]));
      guint n = g_list_model_get_n_items (list);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (list, j);

          drop_text (item);
        }
    }
}

static void
object_changed_cb (KoersPlan *plan,
                   GObject   *object,
                   gpointer   data)
{
  Holder *holder = g_object_get_qdata (object, holder_quark ());

  if (holder != NULL)
    g_clear_pointer (&holder->text, text_unref);
}

/* @holders: the list's Holders in its order (NULL where not known yet), for
 * a list of leaf items; NULL for other lists */
static void
list_items_changed_cb (GListModel *list,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GPtrArray  *holders)
{
  if (holders != NULL)
    {
      if (position + removed > holders->len)
        {
          /* Out of step (cannot happen): start again. */
          g_ptr_array_set_size (holders, 0);
          g_ptr_array_set_size (holders, g_list_model_get_n_items (list));
          return;
        }
      g_ptr_array_remove_range (holders, position, removed);
      for (guint i = 0; i < added; i++)
        g_ptr_array_insert (holders, position + i, NULL);
    }

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      drop_text (item);
    }
}

/* Watches @list for items that come in, once; returns its Holders when
 * its items are leaves. */
static GPtrArray *
watch_list (GListModel *list,
            GType       item_type)
{
  GPtrArray *holders = g_object_get_qdata (G_OBJECT (list), watched_quark ());
  gboolean leaves = is_leaf_type (item_type);

  if (holders == NULL)
    {
      holders = g_ptr_array_new_with_free_func ((GDestroyNotify) holder_unref);
      if (leaves)
        g_ptr_array_set_size (holders, g_list_model_get_n_items (list));
      g_object_set_qdata_full (G_OBJECT (list), watched_quark (), holders,
                               (GDestroyNotify) g_ptr_array_unref);
      g_signal_connect (list, "items-changed", G_CALLBACK (list_items_changed_cb),
                        leaves ? holders : NULL);
    }
  return leaves ? holders : NULL;
}

static void
watch_plan (KoersPlan *plan)
{
  if (g_object_get_qdata (G_OBJECT (plan), watched_quark ()) != NULL)
    return;
  g_object_set_qdata (G_OBJECT (plan), watched_quark (), GINT_TO_POINTER (TRUE));
  g_signal_connect (plan, "object-changed", G_CALLBACK (object_changed_cb), NULL);
}

/* Adds @text from @offset to the output: as a piece, or copied. */
static void
write_text (Writer *w,
            Text   *text,
            gsize   offset)
{
  if (w->pieces == NULL)
    {
      /* As write_indent() does: past the limit the text is useless. */
      if (w->out->len > KOERS_MAX_FILE_SIZE)
        {
          w->too_large = TRUE;
          g_string_truncate (w->out, 0);
        }
      g_string_append_len (w->out, text->data + offset, text->length - offset);
      return;
    }

  if (w->out->len > w->own_start)
    {
      Piece own = { NULL, w->own_start, w->out->len - w->own_start };

      g_array_append_val (w->pieces, own);
      w->length += own.length;
    }
  {
    Piece piece = { text_ref (text), offset, text->length - offset };

    g_array_append_val (w->pieces, piece);
    w->length += piece.length;
  }
  w->own_start = w->out->len;
}

/* The text of an item of a list with the separator before it: ",", a new
 * line and the indent. The first item's text is written without the ",". */
static Text *
make_text (Writer  *w,
           GObject *item)
{
  GString *out = w->out;

  if (w->scratch == NULL)
    w->scratch = g_string_sized_new (1024);
  g_string_truncate (w->scratch, 0);
  w->out = w->scratch;
  g_string_append_c (w->out, ',');
  write_indent (w);
  write_object (w, item, NULL);
  w->out = out;
  return text_new (w->indent, w->scratch->str, w->scratch->len);
}

/* The items of a list, the leaves from their cached texts */
static void
write_items (Writer     *w,
             GListModel *list,
             GType       item_type)
{
  GPtrArray *holders = watch_list (list, item_type);
  guint n = g_list_model_get_n_items (list);

  if (holders != NULL && holders->len != n)
    {
      /* Out of step (cannot happen): start again. */
      g_ptr_array_set_size (holders, 0);
      g_ptr_array_set_size (holders, n);
    }

  for (guint i = 0; i < n; i++)
    {
      if (holders == NULL)
        {
          g_autoptr(GObject) item = g_list_model_get_item (list, i);

          if (i > 0)
            g_string_append_c (w->out, ',');
          write_indent (w);
          write_object (w, item, NULL);
          continue;
        }

      {
        Holder *holder = g_ptr_array_index (holders, i);

        if (holder == NULL)
          {
            g_autoptr(GObject) item = g_list_model_get_item (list, i);

            holder = holder_ref (get_holder (item));
            g_ptr_array_index (holders, i) = holder;
          }
        if (holder->text == NULL || holder->text->indent != w->indent)
          {
            g_clear_pointer (&holder->text, text_unref);
            holder->text = make_text (w, holder->item);
          }
        write_text (w, holder->text, i == 0 ? 1 : 0);
      }
    }
}

static void
write_plan (Writer    *w,
            KoersPlan *plan)
{
  gboolean first = FALSE;

  ensure_quarks ();
  watch_plan (plan);

  /* Every number in the model is range-checked by its property, so none
   * can be written as invalid JSON. */
  g_string_append (w->out, "{");
  write_indent (w);
  g_string_append (w->out, "\"format\": \"" KOERS_FORMAT_NAME "\",");
  write_indent (w);
  g_string_append_printf (w->out, "\"version\": %d", KOERS_FORMAT_VERSION);

  for (guint s = 0; sections[s] != NULL; s++)
    {
      write_name (w, &first, sections[s]);
      write_object (w, G_OBJECT (plan), sections[s]);
    }
  write_members (w, &first, g_object_get_qdata (G_OBJECT (plan), unknown_quark));

  g_string_append (w->out, "\n}\n");
  if (w->scratch != NULL)
    g_string_free (w->scratch, TRUE);
}

static void
set_too_large_error (GError **error)
{
  g_autofree char *limit = g_format_size (KOERS_MAX_FILE_SIZE);

  g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE,
               _("The plan is too large to save: its file would be larger than a plan "
                 "can be (at most %s). Remove calendar entries or long texts first."),
               limit);
}

/**
 * koers_plan_io_to_bytes:
 * @plan: a plan
 * @error: a #KOERS_PLAN_IO_ERROR
 *
 * Writes @plan as the text of a .koers file in the current format, with
 * the members it did not know when it was read. A text larger than
 * %KOERS_MAX_FILE_SIZE, which no load would accept, is not made:
 * %KOERS_PLAN_IO_ERROR_TOO_LARGE.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
GBytes *
koers_plan_io_to_bytes (KoersPlan  *plan,
                        GError    **error)
{
  Writer w = { g_string_sized_new (64 * 1024), 1 };

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  write_plan (&w, plan);
  if (w.too_large || w.out->len > KOERS_MAX_FILE_SIZE)
    {
      g_string_free (w.out, TRUE);
      set_too_large_error (error);
      return NULL;
    }
  return g_string_free_to_bytes (w.out);
}

/**
 * _koers_plan_io_to_text:
 *
 * The text of @plan as it is now, as koers_plan_io_to_bytes() writes it,
 * but without copying the items' cached texts: quick on the main loop once
 * the cache is filled. Join it with _koers_plan_text_join() in any thread.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
KoersPlanText *
_koers_plan_io_to_text (KoersPlan  *plan,
                        GError    **error)
{
  Writer w = { g_string_sized_new (64 * 1024), 1 };
  KoersPlanText *text;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  w.pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  write_plan (&w, plan);
  if (w.out->len > w.own_start)
    {
      Piece own = { NULL, w.own_start, w.out->len - w.own_start };

      g_array_append_val (w.pieces, own);
      w.length += own.length;
    }

  if (w.too_large || w.length > KOERS_MAX_FILE_SIZE)
    {
      text = g_new0 (KoersPlanText, 1);
      text->own = g_string_free_to_bytes (w.out);
      text->pieces = w.pieces;
      _koers_plan_text_free (text);
      set_too_large_error (error);
      return NULL;
    }

  text = g_new0 (KoersPlanText, 1);
  text->own = g_string_free_to_bytes (w.out);
  text->pieces = w.pieces;
  text->length = w.length;
  return text;
}

/* Joins the pieces into one text; may run in any thread. */
GBytes *
_koers_plan_text_join (KoersPlanText *text)
{
  const char *own = g_bytes_get_data (text->own, NULL);
  char *data = g_malloc (text->length + 1);
  char *p = data;

  for (guint i = 0; i < text->pieces->len; i++)
    {
      Piece *piece = &g_array_index (text->pieces, Piece, i);
      const char *from = piece->text ? piece->text->data : own;

      memcpy (p, from + piece->offset, piece->length);
      p += piece->length;
    }
  g_assert ((gsize) (p - data) == text->length);
  *p = '\0';
  return g_bytes_new_take (data, text->length);
}

void
_koers_plan_text_free (KoersPlanText *text)
{
  if (text == NULL)
    return;
  for (guint i = 0; i < text->pieces->len; i++)
    g_clear_pointer (&g_array_index (text->pieces, Piece, i).text, text_unref);
  g_array_unref (text->pieces);
  g_bytes_unref (text->own);
  g_free (text);
}

/**
 * _koers_plan_io_drop_cache:
 *
 * Forgets the cached texts of @plan's items, so that the next write makes
 * them anew: for tests and bench-io.
 */
void
_koers_plan_io_drop_cache (KoersPlan *plan)
{
  const KoersField **lists = _koers_model_class_info (KOERS_TYPE_PLAN)->lists;

  for (guint i = 0; lists[i] != NULL; i++)
    {
      GListModel *list = G_LIST_MODEL (_koers_model_get_list (plan, lists[i]));
      guint n = g_list_model_get_n_items (list);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (list, j);

          drop_text (item);
        }
    }
}

/* A save must not write what a load refuses: the ids and names of the
 * channels, roles and tasks follow the rules of docs/FORMAT.md. */
static gboolean
check_save_rules (KoersPlan  *plan,
                  GFile      *file,
                  GError    **error)
{
  struct
  {
    GListModel *list;
    const char *path;
  } lists[] = {
    { koers_plan_get_channels (plan), "technology.channels" },
    { koers_plan_get_roles (plan), "roles.roles" },
    { koers_plan_get_tasks (plan), "roles.tasks" },
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l].list); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l].list, i);
        g_autofree char *id = NULL;
        g_autofree char *item_name = NULL;
        g_autofree char *name = NULL;

        g_object_get (item, "id", &id, "name", &item_name, NULL);
        if (is_identifier (id) && *item_name != '\0')
          continue;

        name = file_name_of (file);
        if (*item_name == '\0')
          g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID,
                       _("Could not save “%s”: %s[%u] has no name, and a plan with an empty "
                         "name cannot be opened again. Give it a name and save again."),
                       name, lists[l].path, i);
        else
          g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID,
                       _("Could not save “%s”: the identifier of “%s” (%s[%u]) is not valid, "
                         "and a plan with it cannot be opened again."),
                       name, item_name, lists[l].path, i);
        return FALSE;
      }

  return TRUE;
}

/**
 * koers_plan_io_save:
 * @plan: a plan
 * @file: where to save it
 * @error: a #KOERS_PLAN_IO_ERROR
 *
 * Saves @plan in the current format, atomically (see
 * koers_file_replace_contents()).
 *
 * Returns: whether the plan was saved
 */
gboolean
koers_plan_io_save (KoersPlan  *plan,
                    GFile      *file,
                    GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!check_save_rules (plan, file, error))
    return FALSE;

  bytes = koers_plan_io_to_bytes (plan, error);
  if (bytes == NULL)
    return FALSE;

  return koers_file_replace_bytes (file, bytes, error);
}

/* Asynchronous variants ------------------------------------------------ */

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  KoersPlan *plan = koers_plan_io_load (task_data, &error);

  if (plan == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Here the plan is still ours alone: fill the text cache, so that the
   * first save on the main loop is as quick as the next ones. */
  _koers_plan_text_free (_koers_plan_io_to_text (plan, NULL));
  g_task_return_pointer (task, plan, g_object_unref);
}

/**
 * koers_plan_io_load_async:
 *
 * Reads a plan in a thread, and prepares its text for quick saves; the
 * window stays responsive.
 */
void
koers_plan_io_load_async (GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, koers_plan_io_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

KoersPlan *
koers_plan_io_load_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  GFile         *file;
  KoersPlanText *text;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->text, _koers_plan_text_free);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autoptr(GBytes) bytes = _koers_plan_text_join (data->text);
  GError *error = NULL;

  if (koers_file_replace_bytes (data->file, bytes, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * koers_plan_io_save_async:
 *
 * Takes the plan's text now, on the calling thread, so later edits do not
 * race with the save: the items that did not change since the last write
 * give their cached texts (see _koers_plan_io_to_text()). Joining the text
 * and the disk work happen in a thread.
 */
void
koers_plan_io_save_async (KoersPlan           *plan,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  SaveData *data;

  g_return_if_fail (KOERS_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, koers_plan_io_save_async);

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  if (check_save_rules (plan, file, &error))
    data->text = _koers_plan_io_to_text (plan, &error);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);

  if (data->text == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_run_in_thread (task, save_thread);
}

gboolean
koers_plan_io_save_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
