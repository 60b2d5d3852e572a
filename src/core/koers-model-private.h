/* koers-model-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every model class describes its members once, in a table of KoersField.
 * From that table come its GObject properties (with ranges and defaults),
 * get/set_property, change recording for undo, and its JSON form in
 * koers-plan-io.c. A new member is one line in a table.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  KOERS_FIELD_STRING,  /* char *, never NULL; JSON string */
  KOERS_FIELD_INT,     /* int; JSON integer */
  KOERS_FIELD_DOUBLE,  /* double; JSON number */
  KOERS_FIELD_BOOLEAN, /* gboolean; JSON true/false */
  KOERS_FIELD_ENUM,    /* int holding an enum value; JSON string (the nick) */
  KOERS_FIELD_FLAGS,   /* guint; JSON array of nicks */
  KOERS_FIELD_DATE,    /* GDate *, NULL when unset; JSON "YYYY-MM-DD" or absent */
  KOERS_FIELD_TIME,    /* int minutes since midnight, -1 when unset; JSON "HH:MM" */
  KOERS_FIELD_STRV,    /* char **, never NULL; JSON array of strings */
  KOERS_FIELD_LIST,    /* GListStore *, read-only; JSON array of objects */
} KoersFieldKind;

typedef enum
{
  KOERS_FIELD_REQUIRED = 1 << 0, /* a file without it is refused */
  KOERS_FIELD_COLOUR   = 1 << 1, /* a string "#rrggbb" */
  KOERS_FIELD_ID       = 1 << 2, /* a non-empty identifier, unique in its list */
} KoersFieldFlags;

typedef struct
{
  const char      *name;      /* property name */
  KoersFieldKind   kind;
  gsize            offset;    /* of the member in the instance struct */
  GType          (*get_type) (void); /* enum, flags or list item type */
  double           min;
  double           max;
  double           dflt;
  KoersFieldFlags  flags;
  const char      *section;   /* KoersPlan only: JSON object the member lives in */
  const char      *json_name; /* when it differs from name with '-' as '_' */
  const char      *dflt_string;
} KoersField;

#define KOERS_FIELD_MEMBER(type, member) G_STRUCT_OFFSET (type, member)

void              _koers_model_install          (GObjectClass     *klass,
                                                 const KoersField *fields,
                                                 guint             n_fields,
                                                 GParamSpec      **properties);
const KoersField *_koers_model_get_field        (GParamSpec       *pspec);
void              _koers_model_init             (GObject          *object,
                                                 const KoersField *fields,
                                                 guint             n_fields);
void              _koers_model_finalize         (GObject          *object,
                                                 const KoersField *fields,
                                                 guint             n_fields);
void              _koers_model_get_property     (GObject          *object,
                                                 const KoersField *fields,
                                                 guint             prop_id,
                                                 GValue           *value);
void              _koers_model_set_property     (GObject          *object,
                                                 const KoersField *fields,
                                                 guint             prop_id,
                                                 const GValue     *value,
                                                 GParamSpec       *pspec);

/* Typed setters used by the classes' public API: compare, record, notify. */
void              _koers_model_set_string       (gpointer          object,
                                                 GParamSpec       *pspec,
                                                 const char       *value);
void              _koers_model_set_int          (gpointer          object,
                                                 GParamSpec       *pspec,
                                                 int               value);
void              _koers_model_set_double       (gpointer          object,
                                                 GParamSpec       *pspec,
                                                 double            value);
void              _koers_model_set_boolean      (gpointer          object,
                                                 GParamSpec       *pspec,
                                                 gboolean          value);
void              _koers_model_set_date         (gpointer          object,
                                                 GParamSpec       *pspec,
                                                 const GDate      *value);
void              _koers_model_set_strv         (gpointer          object,
                                                 GParamSpec       *pspec,
                                                 const char *const *value);

/* A string member's value: every empty string of the model is one shared
 * string, so a calendar of 50,000 entries has no allocation per empty
 * field and a walk over them reads no memory of its own for each. Never
 * write into a member's string; free it only with _koers_model_free_string(). */
char             *_koers_model_dup_string       (const char       *value);
void              _koers_model_free_string      (char             *value);

/* The nick of @value of the enum @type (as the file writes it), or "" */
const char       *_koers_model_enum_nick        (GType             type,
                                                 int               value);

/* The member's storage, for koers-plan-io.c. */
static inline gpointer
_koers_model_member (gpointer          object,
                     const KoersField *field)
{
  return G_STRUCT_MEMBER_P (object, field->offset);
}

typedef struct
{
  const KoersField  *fields;
  guint              n_fields;
  char             **json_names;   /* per field */
  GHashTable        *by_json_name; /* JSON name -> field index + 1 */
  const KoersField **lists;        /* the LIST fields, NULL-terminated */
} KoersClassInfo;

const KoersClassInfo *
                  _koers_model_class_info       (GType             type);
GListStore       *_koers_model_get_list         (gpointer          object,
                                                 const KoersField *field);

/* An object's owner is the KoersPlan it belongs to, or NULL. Every property
 * change of an owned object is reported to the plan with the value from
 * before (_koers_plan_record_change), so it can emit "changed" and keep undo. */
void              _koers_model_set_owner        (GObject          *object,
                                                 gpointer          plan);
gpointer          _koers_model_get_owner        (GObject          *object);

/* Dates */
gboolean          _koers_date_equal             (const GDate      *a,
                                                 const GDate      *b);
GDate            *_koers_date_parse             (const char       *text);
char             *_koers_date_format_iso        (const GDate      *date);

G_END_DECLS
