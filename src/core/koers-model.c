/* koers-model.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "koers-model"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "koers-model-private.h"
#include "koers-plan-private.h"

static GQuark field_quark;
static GQuark owner_quark;
static GQuark info_quark;

static void
ensure_quarks (void)
{
  if (G_UNLIKELY (field_quark == 0))
    {
      field_quark = g_quark_from_static_string ("koers-field");
      owner_quark = g_quark_from_static_string ("koers-owner");
      info_quark = g_quark_from_static_string ("koers-class-info");
    }
}

static GParamSpec *
make_pspec (const KoersField *field)
{
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->kind)
    {
    case KOERS_FIELD_STRING:
      return g_param_spec_string (field->name, NULL, NULL, field->dflt_string ? field->dflt_string : "",
                                  rw);
    case KOERS_FIELD_INT:
      return g_param_spec_int (field->name, NULL, NULL, (int) field->min, (int) field->max,
                               (int) field->dflt, rw);
    case KOERS_FIELD_TIME:
      return g_param_spec_int (field->name, NULL, NULL, -1, 24 * 60 - 1, -1, rw);
    case KOERS_FIELD_DOUBLE:
      return g_param_spec_double (field->name, NULL, NULL, field->min, field->max, field->dflt, rw);
    case KOERS_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL, field->dflt != 0, rw);
    case KOERS_FIELD_ENUM:
      return g_param_spec_enum (field->name, NULL, NULL, field->get_type (), (int) field->dflt, rw);
    case KOERS_FIELD_FLAGS:
      return g_param_spec_flags (field->name, NULL, NULL, field->get_type (), (guint) field->dflt, rw);
    case KOERS_FIELD_DATE:
      return g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_DATE, rw);
    case KOERS_FIELD_STRV:
      return g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_STRV, rw);
    case KOERS_FIELD_LIST:
      return g_param_spec_object (field->name, NULL, NULL, G_TYPE_LIST_MODEL,
                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
    default:
      g_assert_not_reached ();
    }
}

void
_koers_model_install (GObjectClass     *klass,
                      const KoersField *fields,
                      guint             n_fields,
                      GParamSpec      **properties)
{
  ensure_quarks ();

  for (guint i = 0; i < n_fields; i++)
    {
      GParamSpec *pspec = make_pspec (&fields[i]);

      g_param_spec_set_qdata (pspec, field_quark, (gpointer) &fields[i]);
      properties[i + 1] = pspec;
    }

  g_object_class_install_properties (klass, n_fields + 1, properties);

  /* What the loader, the writer and the plan's tracking need per class. */
  {
    KoersClassInfo *info = g_new0 (KoersClassInfo, 1);
    GPtrArray *lists = g_ptr_array_new ();

    info->fields = fields;
    info->n_fields = n_fields;
    info->json_names = g_new0 (char *, n_fields + 1);
    info->by_json_name = g_hash_table_new (g_str_hash, g_str_equal);
    for (guint i = 0; i < n_fields; i++)
      {
        info->json_names[i] = fields[i].json_name ? g_strdup (fields[i].json_name)
                                                  : g_strdelimit (g_strdup (fields[i].name), "-", '_');
        g_hash_table_insert (info->by_json_name, info->json_names[i], GUINT_TO_POINTER (i + 1));
        if (fields[i].kind == KOERS_FIELD_LIST)
          g_ptr_array_add (lists, (gpointer) &fields[i]);
      }
    g_ptr_array_add (lists, NULL);
    info->lists = (const KoersField **) g_ptr_array_free (lists, FALSE);
    /* Lives as long as the type: for the program's lifetime. */
    g_type_set_qdata (G_OBJECT_CLASS_TYPE (klass), info_quark, info);
  }
}

const KoersClassInfo *
_koers_model_class_info (GType type)
{
  ensure_quarks ();
  /* The table is made in class_init: make sure it ran. Classes of static
   * types live for the whole program. */
  if (g_type_class_peek (type) == NULL)
    g_type_class_unref (g_type_class_ref (type));
  return g_type_get_qdata (type, info_quark);
}

const KoersField *
_koers_model_get_field (GParamSpec *pspec)
{
  ensure_quarks ();
  return g_param_spec_get_qdata (pspec, field_quark);
}

const char *
_koers_model_enum_nick (GType type,
                        int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  /* A static type's class stays: its nicks outlive the reference */
  return found != NULL ? found->value_nick : "";
}

static char empty_string[1];

char *
_koers_model_dup_string (const char *value)
{
  return value == NULL || *value == '\0' ? empty_string : g_strdup (value);
}

void
_koers_model_free_string (char *value)
{
  if (value != empty_string)
    g_free (value);
}

void
_koers_model_init (GObject          *object,
                   const KoersField *fields,
                   guint             n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const KoersField *field = &fields[i];
      gpointer member = _koers_model_member (object, field);

      switch (field->kind)
        {
        case KOERS_FIELD_STRING:
          *(char **) member = _koers_model_dup_string (field->dflt_string);
          break;
        case KOERS_FIELD_INT:
        case KOERS_FIELD_ENUM:
          *(int *) member = (int) field->dflt;
          break;
        case KOERS_FIELD_TIME:
          *(int *) member = -1;
          break;
        case KOERS_FIELD_FLAGS:
          *(guint *) member = (guint) field->dflt;
          break;
        case KOERS_FIELD_DOUBLE:
          *(double *) member = field->dflt;
          break;
        case KOERS_FIELD_BOOLEAN:
          *(gboolean *) member = field->dflt != 0;
          break;
        case KOERS_FIELD_DATE:
          *(GDate **) member = NULL;
          break;
        case KOERS_FIELD_STRV:
          *(char ***) member = g_new0 (char *, 1);
          break;
        case KOERS_FIELD_LIST:
          *(GListStore **) member = g_list_store_new (field->get_type ());
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

void
_koers_model_finalize (GObject          *object,
                       const KoersField *fields,
                       guint             n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const KoersField *field = &fields[i];
      gpointer member = _koers_model_member (object, field);

      switch (field->kind)
        {
        case KOERS_FIELD_STRING:
          _koers_model_free_string (*(char **) member);
          *(char **) member = NULL;
          break;
        case KOERS_FIELD_DATE:
          g_clear_pointer ((GDate **) member, g_date_free);
          break;
        case KOERS_FIELD_STRV:
          g_clear_pointer ((char ***) member, g_strfreev);
          break;
        case KOERS_FIELD_LIST:
          g_clear_object ((GListStore **) member);
          break;
        default:
          break;
        }
    }
}

GListStore *
_koers_model_get_list (gpointer          object,
                       const KoersField *field)
{
  g_assert (field->kind == KOERS_FIELD_LIST);
  return *(GListStore **) _koers_model_member (object, field);
}

static void
member_to_value (gpointer          object,
                 const KoersField *field,
                 GValue           *value)
{
  gpointer member = _koers_model_member (object, field);

  switch (field->kind)
    {
    case KOERS_FIELD_STRING:
      g_value_set_string (value, *(char **) member);
      break;
    case KOERS_FIELD_INT:
    case KOERS_FIELD_TIME:
      g_value_set_int (value, *(int *) member);
      break;
    case KOERS_FIELD_ENUM:
      g_value_set_enum (value, *(int *) member);
      break;
    case KOERS_FIELD_FLAGS:
      g_value_set_flags (value, *(guint *) member);
      break;
    case KOERS_FIELD_DOUBLE:
      g_value_set_double (value, *(double *) member);
      break;
    case KOERS_FIELD_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) member);
      break;
    case KOERS_FIELD_DATE:
      g_value_set_boxed (value, *(GDate **) member);
      break;
    case KOERS_FIELD_STRV:
      g_value_set_boxed (value, *(char ***) member);
      break;
    case KOERS_FIELD_LIST:
      g_value_set_object (value, *(GListStore **) member);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
_koers_model_get_property (GObject          *object,
                           const KoersField *fields,
                           guint             prop_id,
                           GValue           *value)
{
  member_to_value (object, &fields[prop_id - 1], value);
}

gboolean
_koers_date_equal (const GDate *a,
                   const GDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_compare (a, b) == 0;
}

static gboolean
strv_equal (const char *const *a,
            const char *const *b)
{
  return g_strv_equal (a ? a : (const char *const[]) { NULL },
                       b ? b : (const char *const[]) { NULL });
}

/* Stores @value into the member unless it is equal already; returns whether
 * it changed. The old value goes to the owner for undo before the notify. */
static void
set_member (GObject      *object,
            GParamSpec   *pspec,
            const GValue *value)
{
  const KoersField *field = _koers_model_get_field (pspec);
  gpointer member = _koers_model_member (object, field);
  gpointer owner = _koers_model_get_owner (object);
  g_auto(GValue) old = G_VALUE_INIT;
  gboolean changed = FALSE;

  g_assert (field != NULL);

  switch (field->kind)
    {
    case KOERS_FIELD_STRING:
      {
        const char *v = g_value_get_string (value);
        changed = g_strcmp0 (*(char **) member, v ? v : "") != 0;
      }
      break;
    case KOERS_FIELD_INT:
    case KOERS_FIELD_TIME:
      changed = *(int *) member != g_value_get_int (value);
      break;
    case KOERS_FIELD_ENUM:
      changed = *(int *) member != g_value_get_enum (value);
      break;
    case KOERS_FIELD_FLAGS:
      changed = *(guint *) member != g_value_get_flags (value);
      break;
    case KOERS_FIELD_DOUBLE:
      {
        double v = g_value_get_double (value);
        changed = *(double *) member != v && !(isnan (v) && isnan (*(double *) member));
      }
      break;
    case KOERS_FIELD_BOOLEAN:
      changed = (*(gboolean *) member != FALSE) != (g_value_get_boolean (value) != FALSE);
      break;
    case KOERS_FIELD_DATE:
      changed = !_koers_date_equal (*(GDate **) member, g_value_get_boxed (value));
      break;
    case KOERS_FIELD_STRV:
      changed = !strv_equal ((const char *const *) *(char ***) member, g_value_get_boxed (value));
      break;
    case KOERS_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }

  if (!changed)
    return;

  if (owner != NULL)
    {
      g_value_init (&old, pspec->value_type);
      member_to_value (object, field, &old);
    }

  switch (field->kind)
    {
    case KOERS_FIELD_STRING:
      {
        const char *v = g_value_get_string (value);
        _koers_model_free_string (*(char **) member);
        *(char **) member = _koers_model_dup_string (v);
      }
      break;
    case KOERS_FIELD_INT:
    case KOERS_FIELD_TIME:
      *(int *) member = g_value_get_int (value);
      break;
    case KOERS_FIELD_ENUM:
      *(int *) member = g_value_get_enum (value);
      break;
    case KOERS_FIELD_FLAGS:
      *(guint *) member = g_value_get_flags (value);
      break;
    case KOERS_FIELD_DOUBLE:
      *(double *) member = g_value_get_double (value);
      break;
    case KOERS_FIELD_BOOLEAN:
      *(gboolean *) member = g_value_get_boolean (value) != FALSE;
      break;
    case KOERS_FIELD_DATE:
      {
        const GDate *v = g_value_get_boxed (value);
        g_clear_pointer ((GDate **) member, g_date_free);
        if (v != NULL && g_date_valid (v))
          *(GDate **) member = g_date_copy (v);
      }
      break;
    case KOERS_FIELD_STRV:
      {
        const char *const *v = g_value_get_boxed (value);
        g_strfreev (*(char ***) member);
        *(char ***) member = v ? g_strdupv ((char **) v) : g_new0 (char *, 1);
      }
      break;
    case KOERS_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }

  if (owner != NULL)
    _koers_plan_record_change (owner, object, pspec, &old);

  g_object_notify_by_pspec (object, pspec);

  if (owner != NULL)
    _koers_plan_object_changed (owner, object, pspec);
}

void
_koers_model_set_property (GObject          *object,
                           const KoersField *fields,
                           guint             prop_id,
                           const GValue     *value,
                           GParamSpec       *pspec)
{
  set_member (object, pspec, value);
}

void
_koers_model_set_string (gpointer    object,
                         GParamSpec *pspec,
                         const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_static_string (&v, value);
  set_member (object, pspec, &v);
}

void
_koers_model_set_int (gpointer    object,
                      GParamSpec *pspec,
                      int         value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, pspec->value_type);
  if (G_VALUE_HOLDS_ENUM (&v))
    g_value_set_enum (&v, value);
  else if (G_VALUE_HOLDS_FLAGS (&v))
    g_value_set_flags (&v, (guint) value);
  else
    g_value_set_int (&v, value);
  /* Out-of-range values are clamped, as g_object_set would. */
  g_param_value_validate (pspec, &v);
  set_member (object, pspec, &v);
}

void
_koers_model_set_double (gpointer    object,
                         GParamSpec *pspec,
                         double      value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (!isnan (value));

  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  g_param_value_validate (pspec, &v);
  set_member (object, pspec, &v);
}

void
_koers_model_set_boolean (gpointer    object,
                          GParamSpec *pspec,
                          gboolean    value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  set_member (object, pspec, &v);
}

void
_koers_model_set_date (gpointer     object,
                       GParamSpec  *pspec,
                       const GDate *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_DATE);
  g_value_set_static_boxed (&v, value);
  set_member (object, pspec, &v);
}

void
_koers_model_set_strv (gpointer           object,
                       GParamSpec        *pspec,
                       const char *const *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRV);
  g_value_set_static_boxed (&v, value);
  set_member (object, pspec, &v);
}

void
_koers_model_set_owner (GObject  *object,
                        gpointer  plan)
{
  ensure_quarks ();
  g_object_set_qdata (object, owner_quark, plan);
}

gpointer
_koers_model_get_owner (GObject *object)
{
  ensure_quarks ();
  return g_object_get_qdata (object, owner_quark);
}

/* Accepts exactly YYYY-MM-DD with a real calendar day. */
GDate *
_koers_date_parse (const char *text)
{
  guint year, month, day;
  char tail;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return NULL;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return NULL;
  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3)
    return NULL;
  if (year < 1 || month < 1 || month > 12 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_new_dmy (day, month, year);
}

char *
_koers_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}
