/* koers-plan-reader.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a .koers file: the guard, json-glib, the migration of older
 * versions, and every member checked against its field table.
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
#include "koers-calendar-entry.h"
#include "koers-recurrence.h"
#include "koers-plan-io-private.h"
#include "koers-file-replace.h"
#include "koers-json-guard.h"
#include "koers-model-private.h"
#include "koers-plan-private.h"

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
gboolean
_koers_plan_io_is_identifier (const char *text)
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

/* What the field table cannot say about an entry: its rule must be one
 * libical reads, its skipped dates dates. */
static gboolean
check_entry (Reader             *r,
             KoersCalendarEntry *entry)
{
  const char *rrule = koers_calendar_entry_get_rrule (entry);
  const char *const *exdates = koers_calendar_entry_get_exdates (entry);
  const GDate *date = koers_calendar_entry_get_date (entry);

  if (*rrule != '\0' && date != NULL)
    {
      g_autoptr(GError) error = NULL;
      KoersRecurrenceRule rule;

      if (!koers_recurrence_rule_parse (rrule, date, &rule, &error))
        {
          path_push_member (r, "rrule");
          return reader_fail (r, "%s", error->message);
        }
    }

  for (guint i = 0; exdates[i] != NULL; i++)
    {
      g_autoptr(GDate) day = _koers_date_parse (exdates[i]);

      if (day == NULL)
        {
          path_push_member (r, "exdates");
          g_string_append_printf (r->path, "[%u]", i);
          return reader_fail (r, _("expected a date like “2027-03-31”, found “%s”"), exdates[i]);
        }
    }

  return TRUE;
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

        if (!_koers_json_node_is (node, G_TYPE_STRING))
          return reader_fail (r, _("expected text, found %s"), describe_node (node));
        text = json_node_get_string (node);
        if ((field->flags & KOERS_FIELD_ID) && *text == '\0')
          return reader_fail (r, _("the identifier is empty"));
        if ((field->flags & KOERS_FIELD_ID) && !_koers_plan_io_is_identifier (text))
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
        _koers_model_free_string (*(char **) member);
        *(char **) member = _koers_model_dup_string (text);
      }
      return TRUE;

    case KOERS_FIELD_INT:
      {
        gint64 value;

        if (!_koers_json_node_is (node, G_TYPE_INT64))
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

        if (!_koers_json_node_is (node, G_TYPE_INT64) && !_koers_json_node_is (node, G_TYPE_DOUBLE))
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
      if (!_koers_json_node_is (node, G_TYPE_BOOLEAN))
        return reader_fail (r, _("expected true or false, found %s"), describe_node (node));
      *(gboolean *) member = json_node_get_boolean (node);
      return TRUE;

    case KOERS_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (field->get_type ());
        GEnumValue *value;

        if (!_koers_json_node_is (node, G_TYPE_STRING))
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

            if (_koers_json_node_is (element, G_TYPE_STRING))
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

        if (!_koers_json_node_is (node, G_TYPE_STRING))
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
      if (!_koers_json_node_is (node, G_TYPE_STRING))
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

            if (!_koers_json_node_is (element, G_TYPE_STRING))
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

  if (KOERS_IS_CALENDAR_ENTRY (object) && !check_entry (r, KOERS_CALENDAR_ENTRY (object)))
    {
      g_clear_pointer (&unknown, json_object_unref);
      return FALSE;
    }

  if (unknown == NULL)
    return TRUE;

  if (section == NULL)
    g_object_set_qdata_full (object, _koers_plan_io_unknown_quark, unknown, (GDestroyNotify) json_object_unref);
  else
    {
      JsonObject *by_section = g_object_get_qdata (object, _koers_plan_io_unknown_sections_quark);

      if (by_section == NULL)
        {
          by_section = json_object_new ();
          g_object_set_qdata_full (object, _koers_plan_io_unknown_sections_quark, by_section,
                                   (GDestroyNotify) json_object_unref);
        }
      json_object_set_object_member (by_section, section, unknown);
    }

  return TRUE;
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

/* A plan is a JSON object: text that starts as no JSON does (a note, a
 * list, a letter renamed .koers) is no plan at all, whatever its first
 * error; a file that starts with a bracket, a quote, a comment or a number
 * is a broken or foreign JSON file, and gets the parser's message. */
static gboolean
starts_as_plan (const char *data,
                gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < length && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
    i++;
  return i < length && strchr ("{[\"'/-0123456789", data[i]) != NULL;
}

static gboolean
guard_error (KoersJsonGuardResult       result,
             const KoersJsonGuardPlace *place,
             const char                *name,
             const char                *data,
             gsize                      length,
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

  if (!starts_as_plan (data, length))
    /* For people first; the parser's detail after it */
    g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_SYNTAX,
                 _("“%s” is not a Koers plan: it holds other text. Open a file that Koers "
                   "saved. (line %u, column %u: %s.)"),
                 name, place->line, place->column, what);
  else
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
  gint64 file_version;
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

  _koers_plan_io_ensure_quarks ();

  if (length > KOERS_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (KOERS_MAX_FILE_SIZE);

      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE,
                   _("“%s” is %s, larger than a plan can be (at most %s)."), name, size, limit);
      return NULL;
    }

  result = _koers_json_guard_check_sized (data, length, &place, &written_bound);
  if (!guard_error (result, &place, name, data, length, error))
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
  if (format == NULL || !_koers_json_node_is (format, G_TYPE_STRING) ||
      g_strcmp0 (json_node_get_string (format), KOERS_FORMAT_NAME) != 0)
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_A_PLAN,
                   _("“%s” is not a Koers plan: its member “format” is not “%s”."),
                   name, KOERS_FORMAT_NAME);
      return NULL;
    }

  version = json_object_get_member (object, "version");
  if (version == NULL || !_koers_json_node_is (version, G_TYPE_INT64) || json_node_get_int (version) < 1)
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
  file_version = json_node_get_int (version);
  if (file_version == 1)
    object = migrated = _koers_plan_migrate_v1 (object);
  if (file_version <= 2 && !_koers_plan_migrate_v2 (object, name, error))
    return NULL;

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

        if (!g_strv_contains (_koers_plan_io_sections, member))
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
      g_object_set_qdata_full (G_OBJECT (plan), _koers_plan_io_unknown_quark, unknown,
                               (GDestroyNotify) json_object_unref);
  }

  if (!check_fixed_lists (&r, plan))
    return NULL;

  _koers_plan_complete (plan);
  _koers_plan_attach (plan);

  if (!check_writable (plan, written_bound, file_version < KOERS_FORMAT_VERSION, name, error))
    return NULL;

  return g_steal_pointer (&plan);
}

/* What went wrong reading @name, for a person (saving has its own, in
 * koers-file-replace.c). */
static gboolean
set_error_from_io (GError     **error,
                   const GError *io_error,
                   const char   *name)
{
  int code;
  g_autofree char *message = NULL;

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      code = KOERS_PLAN_IO_ERROR_NOT_FOUND;
      message = g_strdup_printf (_("“%s” does not exist."), name);
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
      code = KOERS_PLAN_IO_ERROR_READ;
      message = g_strdup_printf (_("Could not read “%s”: the file name or the path to it is too "
                                   "long."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    {
      code = KOERS_PLAN_IO_ERROR_PERMISSION;
      message = g_strdup_printf (_("You do not have permission to read “%s”."), name);
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    {
      code = KOERS_PLAN_IO_ERROR_NO_SPACE;
      message = g_strdup_printf (_("There is not enough space on the disk to save “%s”. "
                                   "The file on disk was left as it was."), name);
    }
  else
    {
      code = KOERS_PLAN_IO_ERROR_READ;
      message = g_strdup_printf (_("Could not read “%s”: %s"), name, io_error->message);
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
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = _koers_plan_io_file_name (file);
  if (!_koers_plan_io_read_file (file, name, TRUE, KOERS_MAX_FILE_SIZE, &contents, &length,
                                 error))
    return NULL;

  return koers_plan_io_load_data (contents, length, name, error);
}

/*
 * _koers_plan_io_read_file:
 * @name: @file's name for the messages
 * @plan: whether @file should be a plan (the messages say so) or another
 *   file Koers reads, such as an import
 * @max_size: the largest file accepted
 *
 * Reads a regular file of at most @max_size bytes, with the messages and
 * #KoersPlanIoError codes of koers_plan_io_load() for a missing file, a
 * folder, a link that leads nowhere, a device or a file too large.
 */
gboolean
_koers_plan_io_read_file (GFile       *file,
                          const char  *name,
                          gboolean     plan,
                          goffset      max_size,
                          char       **contents,
                          gsize       *length,
                          GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) io_error = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &io_error);
  if (info == NULL)
    return set_error_from_io (error, io_error, name), FALSE;

  /* GIO describes a link it cannot follow as the link itself. */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_SYMBOLIC_LINK)
    return link_error (error, file, name), FALSE;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      if (plan)
        g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_IS_DIRECTORY,
                     _("“%s” is a folder, not a plan file."), name);
      else
        g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_IS_DIRECTORY,
                     _("“%s” is a folder, not a file."), name);
      return FALSE;
    }
  /* UNKNOWN when the folder cannot be searched: reading says why. */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR &&
      g_file_info_get_file_type (info) != G_FILE_TYPE_UNKNOWN)
    {
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_A_PLAN,
                   _("“%s” is not a regular file."), name);
      return FALSE;
    }
  if (g_file_info_get_size (info) > max_size)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (max_size);

      if (plan)
        g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE,
                     _("“%s” is %s, larger than a plan can be (at most %s)."), name, size,
                     limit);
      else
        g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE,
                     _("“%s” is %s, larger than Koers reads (at most %s)."), name, size, limit);
      return FALSE;
    }

  if (!g_file_load_contents (file, NULL, contents, length, NULL, &io_error))
    return set_error_from_io (error, io_error, name), FALSE;
  /* a file that grew since the query */
  if (*length > (gsize) max_size)
    {
      g_autofree char *limit = g_format_size (max_size);

      g_clear_pointer (contents, g_free);
      g_set_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE,
                   _("“%s” is larger than Koers reads (at most %s)."), name, limit);
      return FALSE;
    }
  return TRUE;
}
