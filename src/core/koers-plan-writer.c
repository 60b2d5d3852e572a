/* koers-plan-writer.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a plan as .koers text: the JSON form of every field, kept per
 * item in a text cache so a save on the main loop only joins pieces.
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

/* Writing -------------------------------------------------------------- */

/* A Piece is a slice of the text: of a cached item's text, of a list's
 * prepared run of texts (the first from offset), or (both NULL) of the
 * writer's own output. */
typedef struct _Text Text;

typedef struct
{
  Text      *text;
  GPtrArray *run;  /* of Text */
  gsize      offset;
  gsize      length;
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
  gboolean  skip_leaves;  /* only learn the indents of the lists of leaves */
  struct _FieldName *names;  /* NULL until a field is written (write_field_name) */
} Writer;

/* A field's name as written at an indent, line break and spaces included:
 * an entry has some twenty fields, and a save writes 50,000 entries */
#define N_FIELD_NAMES 64

typedef struct _FieldName
{
  const char *name;  /* a class's json name (static), or NULL */
  guint       indent;
  GString    *text;
} FieldName;

/* Lets go of what a writer made for itself (not of its output) */
static void
writer_clear (Writer *w)
{
  for (guint i = 0; w->names != NULL && i < N_FIELD_NAMES; i++)
    if (w->names[i].text != NULL)
      g_string_free (w->names[i].text, TRUE);
  g_clear_pointer (&w->names, g_free);
  if (w->scratch != NULL)
    g_string_free (g_steal_pointer (&w->scratch), TRUE);
}

static void
write_indent (Writer *w)
{
  static const char spaces[] = "                                                                ";
  gsize n = (gsize) w->indent * 2;

  /* Past the limit the text is useless: keep at most a line of it, so a
   * plan that is too large costs time but not memory (or disk). */
  if (w->out->len > KOERS_MAX_FILE_SIZE)
    {
      w->too_large = TRUE;
      g_string_truncate (w->out, 0);
    }
  g_string_append_c (w->out, '\n');
  while (n > 0)
    {
      gsize chunk = MIN (n, sizeof spaces - 1);

      g_string_append_len (w->out, spaces, (gssize) chunk);
      n -= chunk;
    }
}

/* Appends @value in decimal: a save writes tens of thousands of numbers,
 * and printf's parsing of its format costs more than the digits. */
static void
write_int (Writer *w,
           gint64  value)
{
  char buffer[24];
  char *end = buffer + sizeof buffer;
  char *p = end;
  guint64 magnitude = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;

  do
    {
      *--p = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    *--p = '-';
  g_string_append_len (w->out, p, end - p);
}

/* Writes @value with at least @width digits, zeros in front */
static char *
put_digits (char  *p,
            guint  value,
            guint  width)
{
  char digits[12];
  guint n = 0;

  do
    {
      digits[n++] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value > 0);
  while (n < width)
    digits[n++] = '0';
  while (n > 0)
    *p++ = digits[--n];
  return p;
}

static void
write_string (Writer     *w,
              const char *text)
{
  GString *out = w->out;
  const char *run = text;
  const char *p;

  g_string_append_c (out, '"');
  /* Runs of characters that need no escape are copied whole */
  for (p = text; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"':  g_string_append_len (out, "\\\"", 2); break;
        case '\\': g_string_append_len (out, "\\\\", 2); break;
        case '\n': g_string_append_len (out, "\\n", 2); break;
        case '\r': g_string_append_len (out, "\\r", 2); break;
        case '\t': g_string_append_len (out, "\\t", 2); break;
        case '\b': g_string_append_len (out, "\\b", 2); break;
        case '\f': g_string_append_len (out, "\\f", 2); break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
        }
    }
  g_string_append_len (out, run, p - run);
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
  g_string_append_len (w->out, ": ", 2);
}

/* write_name() for @name, a json name of a class (a static string: its
 * address is its key), from the writer's cache */
static void
write_field_name (Writer     *w,
                  gboolean   *first,
                  const char *name)
{
  FieldName *slot;

  if (w->names == NULL)
    w->names = g_new0 (FieldName, N_FIELD_NAMES);
  slot = &w->names[(GPOINTER_TO_SIZE (name) >> 3) % N_FIELD_NAMES];
  if (slot->name != name || slot->indent != w->indent)
    {
      GString *out = w->out;
      gboolean none = TRUE;

      if (slot->text == NULL)
        slot->text = g_string_new (NULL);
      g_string_truncate (slot->text, 0);
      w->out = slot->text;
      write_name (w, &none, name);
      w->out = out;
      slot->name = name;
      slot->indent = w->indent;
    }
  if (!*first)
    g_string_append_c (w->out, ',');
  *first = FALSE;
  /* As write_indent() does */
  if (w->out->len > KOERS_MAX_FILE_SIZE)
    {
      w->too_large = TRUE;
      g_string_truncate (w->out, 0);
    }
  g_string_append_len (w->out, slot->text->str, (gssize) slot->text->len);
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

  /* A field reads -0 as 0: write it so. A whole number below 2^53 is
   * what %.15g would write too, without its cost. */
  if (value == 0 || (value == floor (value) && fabs (value) < 9007199254740992.0 &&
                     fabs (value) < 1e15))
    {
      write_int (w, (gint64) value);
      return;
    }
  format_double (buffer, sizeof buffer, value);
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
      write_field_name (w, first, json_name);
      write_string (w, *(char **) member);
      break;

    case KOERS_FIELD_INT:
      write_field_name (w, first, json_name);
      write_int (w, *(int *) member);
      break;

    case KOERS_FIELD_DOUBLE:
      write_field_name (w, first, json_name);
      write_double (w, *(double *) member);
      break;

    case KOERS_FIELD_BOOLEAN:
      write_field_name (w, first, json_name);
      g_string_append (w->out, *(gboolean *) member ? "true" : "false");
      break;

    case KOERS_FIELD_ENUM:
      {
        /* Kept once made: a save asks for it at every entry */
        GEnumClass *klass = g_type_class_peek (field->get_type ());
        GEnumValue *value;

        if (klass == NULL)
          klass = g_type_class_ref (field->get_type ());
        value = g_enum_get_value (klass, *(int *) member);

        write_field_name (w, first, json_name);
        write_string (w, value ? value->value_nick : klass->values[0].value_nick);
      }
      break;

    case KOERS_FIELD_FLAGS:
      write_field_name (w, first, json_name);
      write_nicks (w, field->get_type (), *(guint *) member);
      break;

    case KOERS_FIELD_DATE:
      {
        GDate *date = *(GDate **) member;
        char text[24], *p = text;

        if (date == NULL || !g_date_valid (date))
          break;
        /* As _koers_date_format_iso(): %04u-%02u-%02u */
        p = put_digits (p, g_date_get_year (date), 4);
        *p++ = '-';
        p = put_digits (p, g_date_get_month (date), 2);
        *p++ = '-';
        p = put_digits (p, g_date_get_day (date), 2);
        *p = '\0';
        write_field_name (w, first, json_name);
        write_string (w, text);
      }
      break;

    case KOERS_FIELD_TIME:
      {
        int minutes = *(int *) member;
        char text[8];

        if (minutes < 0)
          break;
        {
          char *p = put_digits (text, (guint) minutes / 60 % 100, 2);

          *p++ = ':';
          p = put_digits (p, (guint) minutes % 60, 2);
          *p = '\0';
        }
        write_field_name (w, first, json_name);
        write_string (w, text);
      }
      break;

    case KOERS_FIELD_STRV:
      {
        char **strv = *(char ***) member;

        write_field_name (w, first, json_name);
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

        write_field_name (w, first, json_name);
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
    unknown = g_object_get_qdata (object, _koers_plan_io_unknown_quark);
  else
    {
      JsonObject *by_section = g_object_get_qdata (object, _koers_plan_io_unknown_sections_quark);

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
 * the cache.
 *
 * Even that walk over 50,000 holders takes a few milliseconds, which a
 * thread at work on the other core can make 15. So a save first prepares
 * a run of the calendar's texts, a slice at a time between frames
 * (koers_plan_io_prepare_async()), and the text then takes the run whole
 * as one piece. A run is current while no cached text was dropped and no
 * list of leaves changed since it was begun (text_generation). */

/* Moves on whenever a cached text is dropped or a list of leaves changes.
 * Atomic: a loader's thread prepares the run of a plan of its own while
 * the main loop edits another. */
static gint text_generation;

static void
bump_generation (void)
{
  g_atomic_int_inc (&text_generation);
}

static guint
current_generation (void)
{
  return (guint) g_atomic_int_get (&text_generation);
}

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

/* The indent a list of leaves was last written at, plus one */
static GQuark
indent_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("koers-plan-io-indent");
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
forget_holder (Holder *holder);

static void
drop_text (GObject *object)
{
  const KoersField **lists = _koers_model_class_info (G_OBJECT_TYPE (object))->lists;

  forget_holder (g_object_get_qdata (object, holder_quark ()));
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
  forget_holder (g_object_get_qdata (object, holder_quark ()));
}

/* A leaf that leaves a list takes no text with it: it may change while it
 * is out of the plan, where no object-changed reports it, so its text is
 * dropped as it goes. An item that comes in then has no text to drop, and
 * an append of 50,000 entries costs only the array's growth. */
static void
forget_holder (Holder *holder)
{
  if (holder != NULL && holder->text != NULL)
    {
      g_clear_pointer (&holder->text, text_unref);
      bump_generation ();
    }
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
      guint tail;

      bump_generation ();
      if (position + removed > holders->len)
        {
          /* Out of step (cannot happen): start again. */
          for (guint i = 0; i < holders->len; i++)
            forget_holder (g_ptr_array_index (holders, i));
          g_ptr_array_set_size (holders, 0);
          g_ptr_array_set_size (holders, g_list_model_get_n_items (list));
          return;
        }
      for (guint i = position; i < position + removed; i++)
        forget_holder (g_ptr_array_index (holders, i));
      g_ptr_array_remove_range (holders, position, removed);
      tail = holders->len - position;
      g_ptr_array_set_size (holders, holders->len + added);
      memmove (holders->pdata + position + added, holders->pdata + position,
               tail * sizeof (gpointer));
      memset (holders->pdata + position, 0, added * sizeof (gpointer));
      return;
    }

  /* Items with lists of their own: few, and their text holds their lists' */
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

/* A list's prepared run: the texts of its items from the first, each as
 * it was when the run took it */
typedef struct
{
  GPtrArray *texts;       /* of Text */
  guint      generation;  /* text_generation when it was begun */
  guint      indent;
  gsize      length;      /* of the texts, without the first one's "," */
} Run;

static void
free_texts_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
}

static void
run_free (Run *run)
{
  /* Letting go of 50,000 texts takes milliseconds: in a thread, unless a
   * piece being written still holds them */
  if (run->texts->len > 1000)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

      g_task_set_task_data (task, g_steal_pointer (&run->texts), (GDestroyNotify) g_ptr_array_unref);
      g_task_run_in_thread (task, free_texts_thread);
    }
  g_clear_pointer (&run->texts, g_ptr_array_unref);
  g_free (run);
}

static GQuark
run_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("koers-plan-io-run");
  return quark;
}

static gboolean
run_is_current (const Run *run,
                guint      indent,
                guint      n_items)
{
  return run != NULL && run->generation == current_generation () && run->indent == indent &&
         run->texts->len == n_items;
}

static void
flush_own (Writer *w)
{
  if (w->out->len > w->own_start)
    {
      Piece own = { .offset = w->own_start, .length = w->out->len - w->own_start };

      g_array_append_val (w->pieces, own);
      w->length += own.length;
    }
  w->own_start = w->out->len;
}

/* A list's items from its run, as one piece */
static void
write_run (Writer *w,
           Run    *run)
{
  Piece piece = { .run = g_ptr_array_ref (run->texts), .offset = 1, .length = run->length };

  flush_own (w);
  g_array_append_val (w->pieces, piece);
  w->length += piece.length;
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

  flush_own (w);
  {
    Piece piece = { .text = text_ref (text), .offset = offset, .length = text->length - offset };

    g_array_append_val (w->pieces, piece);
    w->length += piece.length;
  }
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
      bump_generation ();
    }
  if (holders != NULL)
    {
      Run *run = g_object_get_qdata (G_OBJECT (list), run_quark ());

      g_object_set_qdata (G_OBJECT (list), indent_quark (), GUINT_TO_POINTER (w->indent + 1));
      if (w->skip_leaves)
        return;
      if (w->pieces != NULL && n > 0 && run_is_current (run, w->indent, n))
        {
          write_run (w, run);
          return;
        }
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

static void write_plan (Writer    *w,
                        KoersPlan *plan);

/* The indent of @list's items as the next write makes them, learnt from
 * a write of everything but the lists of leaves (a plan just read was
 * never written): 0 when @list is not @plan's list of leaves */
static guint
list_indent (KoersPlan  *plan,
             GListModel *list)
{
  guint indent = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (list), indent_quark ()));

  if (indent == 0)
    {
      Writer w = { g_string_new (NULL), 1 };

      w.skip_leaves = TRUE;
      write_plan (&w, plan);
      g_string_free (w.out, TRUE);
      indent = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (list), indent_quark ()));
    }
  return indent;
}

/**
 * _koers_plan_io_prepare_text:
 * @plan: a plan
 * @list: a list of @plan of leaf items (the calendar's entries)
 * @until: a g_get_monotonic_time() to stop at
 *
 * Prepares the run of @list's texts that the next _koers_plan_io_to_text()
 * takes whole, until @until, writing the texts of the items that have
 * none: a save of 50,000 entries then walks them a few milliseconds at a
 * time between frames instead of in one stall. A change to a cached text
 * or to a list of leaves in between starts the run again. Main thread
 * only.
 *
 * Returns: %TRUE when the run is complete (or @list has none to make)
 */
gboolean
_koers_plan_io_prepare_text (KoersPlan  *plan,
                             GListModel *list,
                             gint64      until)
{
  GPtrArray *holders = watch_list (list, g_list_model_get_item_type (list));
  guint indent = list_indent (plan, list);
  guint n = g_list_model_get_n_items (list);
  Writer w = { NULL, 0 };
  gpointer *items;
  guint done = 0, n_items;
  Run *run;

  if (holders == NULL || indent == 0 || holders->len != n)
    return TRUE;
  w.indent = indent - 1;
  run = g_object_get_qdata (G_OBJECT (list), run_quark ());
  if (run == NULL || run->generation != current_generation () || run->indent != w.indent ||
      run->texts->len > n)
    {
      run = g_new0 (Run, 1);
      run->texts = g_ptr_array_new_full (n, (GDestroyNotify) text_unref);
      run->generation = current_generation ();
      run->indent = w.indent;
      g_object_set_qdata_full (G_OBJECT (list), run_quark (), run, (GDestroyNotify) run_free);
    }

  items = _koers_plan_peek_items (list, &n_items);
  g_assert (n_items == n);
  for (guint i = run->texts->len; i < n; i++)
    {
      Holder *holder = g_ptr_array_index (holders, i);

      /* Every few items: the clock costs more than a pointer */
      if (++done % 256 == 0 && g_get_monotonic_time () >= until)
        break;
      if (holder == NULL)
        {
          holder = holder_ref (get_holder (items[i]));
          g_ptr_array_index (holders, i) = holder;
        }
      if (holder->text == NULL || holder->text->indent != w.indent)
        {
          if (w.out == NULL)
            w.out = g_string_new (NULL);
          g_clear_pointer (&holder->text, text_unref);
          holder->text = make_text (&w, holder->item);
        }
      g_ptr_array_add (run->texts, text_ref (holder->text));
      run->length += holder->text->length - (i == 0 ? 1 : 0);
    }
  if (w.out != NULL)
    g_string_free (w.out, TRUE);
  writer_clear (&w);
  return run->texts->len == n;
}

/**
 * _koers_plan_io_write_new_entries:
 * @entries: (element-type KoersCalendarEntry): calendar entries in no plan
 *   yet, that no other thread sees
 *
 * Writes the cached texts of @entries as a plan's calendar holds them, so
 * that the plan they come into takes them as they are: an import reads
 * 50,000 entries in a thread and writes their texts there too, and the
 * window's check and save do not write them on the main loop. The entries
 * must not change before they come into the plan (a change to an item in
 * no plan is not heard). Any thread.
 */
void
_koers_plan_io_write_new_entries (GPtrArray *entries)
{
  static gsize indent;  /* of the entries, plus one */
  Writer w = { NULL, 0 };

  if (g_once_init_enter (&indent))
    {
      g_autoptr(KoersPlan) plan = koers_plan_new ();

      g_once_init_leave (&indent, list_indent (plan, koers_plan_get_entries (plan)));
    }
  w.out = g_string_new (NULL);
  w.indent = (guint) indent - 1;
  for (guint i = 0; i < entries->len; i++)
    {
      GObject *entry = g_ptr_array_index (entries, i);
      Holder *holder = get_holder (entry);

      g_clear_pointer (&holder->text, text_unref);
      holder->text = make_text (&w, entry);
    }
  g_string_free (w.out, TRUE);
  writer_clear (&w);
}

static void
write_plan (Writer    *w,
            KoersPlan *plan)
{
  gboolean first = FALSE;

  _koers_plan_io_ensure_quarks ();
  watch_plan (plan);

  /* Every number in the model is range-checked by its property, so none
   * can be written as invalid JSON. */
  g_string_append (w->out, "{");
  write_indent (w);
  g_string_append (w->out, "\"format\": \"" KOERS_FORMAT_NAME "\",");
  write_indent (w);
  g_string_append_printf (w->out, "\"version\": %d", KOERS_FORMAT_VERSION);

  for (guint s = 0; _koers_plan_io_sections[s] != NULL; s++)
    {
      write_name (w, &first, _koers_plan_io_sections[s]);
      write_object (w, G_OBJECT (plan), _koers_plan_io_sections[s]);
    }
  write_members (w, &first, g_object_get_qdata (G_OBJECT (plan), _koers_plan_io_unknown_quark));

  g_string_append (w->out, "\n}\n");
  writer_clear (w);
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
      Piece own = { .offset = w.own_start, .length = w.out->len - w.own_start };

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

      if (piece->run != NULL)
        {
          for (guint k = 0; k < piece->run->len; k++)
            {
              const Text *item = g_ptr_array_index (piece->run, k);
              gsize offset = k == 0 ? piece->offset : 0;

              memcpy (p, item->data + offset, item->length - offset);
              p += item->length - offset;
            }
          continue;
        }
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
    {
      Piece *piece = &g_array_index (text->pieces, Piece, i);

      g_clear_pointer (&piece->text, text_unref);
      g_clear_pointer (&piece->run, g_ptr_array_unref);
    }
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
gboolean
_koers_plan_io_check_save_rules (KoersPlan  *plan,
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
        if (_koers_plan_io_is_identifier (id) && *item_name != '\0')
          continue;

        name = _koers_plan_io_file_name (file);
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

  if (!_koers_plan_io_check_save_rules (plan, file, error))
    return FALSE;

  bytes = koers_plan_io_to_bytes (plan, error);
  if (bytes == NULL)
    return FALSE;

  return koers_file_replace_bytes (file, bytes, error);
}


struct _KoersPlanSnapshot
{
  KoersPlanText *text;
};

/**
 * koers_plan_snapshot_new:
 * @plan: the plan as it is now
 *
 * Takes @plan's text the way a save does, from the items' cached texts:
 * quick on the main loop. koers_plan_snapshot_load() then reads a plan of
 * its own from it in any thread, so a thread can export or check what the
 * user saw while the plan goes on changing.
 *
 * Returns: (transfer full) (nullable): the snapshot, or %NULL when the
 *   plan's text cannot be made (a plan too large to save)
 */
KoersPlanSnapshot *
koers_plan_snapshot_new (KoersPlan *plan)
{
  KoersPlanText *text;
  KoersPlanSnapshot *self;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  text = _koers_plan_io_to_text (plan, NULL);
  if (text == NULL)
    return NULL;
  self = g_new0 (KoersPlanSnapshot, 1);
  self->text = text;
  return self;
}

/**
 * koers_plan_snapshot_load:
 * @name: the name for messages
 *
 * Returns: (transfer full): a plan of its own with what the snapshot holds,
 *   or %NULL with @error set
 */
KoersPlan *
koers_plan_snapshot_load (KoersPlanSnapshot  *self,
                          const char         *name,
                          GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (self != NULL, NULL);

  bytes = _koers_plan_text_join (self->text);
  data = g_bytes_get_data (bytes, &length);
  return koers_plan_io_load_data (data, length, name, error);
}

void
koers_plan_snapshot_free (KoersPlanSnapshot *self)
{
  if (self == NULL)
    return;
  _koers_plan_text_free (self->text);
  g_free (self);
}
