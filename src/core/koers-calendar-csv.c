/* koers-calendar-csv.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar as a CSV table (RFC 4180) for a spreadsheet, and back: one
 * row per occurrence, as a spreadsheet user counts posts. A series goes out
 * as its occurrences and comes back as single entries, or as overrides of
 * the series it names when the plan has it: CSV carries no rules.
 *
 * The reader is a state machine over the bytes of an untrusted file. It
 * goes over the file twice: first only to check it (encoding, quotes, the
 * size of fields, the number of rows), without keeping anything, so that a
 * file that is refused as a whole costs no memory; then to read the rows.
 * Both passes are linear in the file's size.
 */
#define G_LOG_DOMAIN "koers-calendar-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "koers-model-private.h"
#include "koers-calendar-csv.h"
#include "koers-calendar-entry.h"
#include "koers-calendar-index.h"
#include "koers-calendar-series.h"
#include "koers-channel.h"
#include "koers-csv.h"
#include "koers-enum-types.h"
#include "koers-plan-io-private.h"
#include "koers-role.h"

#define UTF8_BOM "\xef\xbb\xbf"

/* The most rows an import reports one by one */
#define MAX_PROBLEMS 1000

/* The columns, in the order the export writes them. Never rename one: they
 * are the table's format (docs/FORMAT.md). */
typedef enum
{
  COLUMN_DATE,
  COLUMN_TIME,
  COLUMN_CHANNEL,
  COLUMN_CHANNEL_NAME,
  COLUMN_TITLE,
  COLUMN_TEXT,
  COLUMN_KIND,
  COLUMN_ROSE_PART,
  COLUMN_OWNER,
  COLUMN_OWNER_NAME,
  COLUMN_STATUS,
  COLUMN_HOURS,
  COLUMN_ID,
  COLUMN_SERIES,
  N_COLUMNS
} Column;

static const char *const column_names[N_COLUMNS] = {
  "date", "time", "channel", "channel_name", "title", "text", "kind", "rose_part",
  "owner", "owner_name", "status", "hours", "id", "series",
};

/* The words an import takes for a value of a vocabulary: the nick the
 * export writes, the English label and the Dutch one, whatever the
 * language Koers runs in (a table may come from a colleague). */
typedef struct
{
  int         value;
  const char *words[4];
} Word;

static const Word kind_words[] = {
  { KOERS_CONTENT_KIND_VALUE, { "value", "waarde", NULL } },
  { KOERS_CONTENT_KIND_PROMOTION, { "promotion", "promotie", NULL } },
};

static const Word status_words[] = {
  { KOERS_ENTRY_STATUS_IDEA, { "idea", "idee", NULL } },
  { KOERS_ENTRY_STATUS_PLANNED, { "planned", "gepland", NULL } },
  { KOERS_ENTRY_STATUS_READY, { "ready", "klaar", NULL } },
  { KOERS_ENTRY_STATUS_PUBLISHED, { "published", "gepubliceerd", NULL } },
};

static const Word part_words[] = {
  { KOERS_ENTRY_PART_NONE, { "none", "no rose part", "geen", "geen roosdeel" } },
  { KOERS_ENTRY_PART_LISTENING, { "listening", "luisteren", NULL } },
  { KOERS_ENTRY_PART_RESPONDING, { "responding", "reageren", NULL } },
  { KOERS_ENTRY_PART_SENDING, { "sending", "zenden", NULL } },
  { KOERS_ENTRY_PART_ACTIVATING, { "activating", "activeren", NULL } },
  { KOERS_ENTRY_PART_ORGANISING, { "organising", "organiseren", "organizing", NULL } },
};

/* Export ------------------------------------------------------------------- */

static void
append_date (GString     *csv,
             const GDate *date)
{
  g_string_append_printf (csv, "%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* The stable id of a series' occurrence: the series' id and the day of
 * the series it stands for, "SERIES-YYYYMMDD", an id as .koers ids are. */
static char *
occurrence_id (const char  *series,
               const GDate *origin)
{
  return g_strdup_printf ("%s-%04u%02u%02u", series, g_date_get_year (origin),
                          g_date_get_month (origin), g_date_get_day (origin));
}

static void
append_row (GString               *csv,
            KoersPlan             *plan,
            const KoersOccurrence *occurrence)
{
  KoersCalendarEntry *entry = occurrence->entry;
  const char *channel = koers_calendar_entry_get_channel (entry);
  const char *owner = koers_calendar_entry_get_owner (entry);
  KoersChannel *found_channel = NULL;
  KoersRole *found_role = NULL;
  g_autofree char *id = NULL;
  const char *series;

  if (koers_calendar_entry_is_series (entry))
    {
      id = occurrence_id (koers_calendar_entry_get_id (entry), &occurrence->origin);
      series = koers_calendar_entry_get_id (entry);
    }
  else
    {
      id = g_strdup (koers_calendar_entry_get_id (entry));
      series = koers_calendar_entry_get_series (entry);
    }
  if (channel != NULL && *channel != '\0')
    found_channel = koers_plan_find_channel (plan, channel);
  if (owner != NULL && *owner != '\0')
    found_role = koers_plan_find_role (plan, owner);

  append_date (csv, &occurrence->date);
  g_string_append_c (csv, ',');
  if (occurrence->time >= 0)
    g_string_append_printf (csv, "%02d:%02d", occurrence->time / 60, occurrence->time % 60);
  g_string_append_c (csv, ',');
  koers_csv_append_field (csv, channel);
  g_string_append_c (csv, ',');
  if (found_channel != NULL)
    koers_csv_append_field (csv, koers_channel_get_name (found_channel));
  g_string_append_c (csv, ',');
  koers_csv_append_field (csv, koers_calendar_entry_get_title (entry));
  g_string_append_c (csv, ',');
  koers_csv_append_field (csv, koers_calendar_entry_get_text (entry));
  g_string_append_c (csv, ',');
  g_string_append (csv, _koers_model_enum_nick (KOERS_TYPE_CONTENT_KIND,
                                                koers_calendar_entry_get_kind (entry)));
  g_string_append_c (csv, ',');
  g_string_append (csv, _koers_model_enum_nick (KOERS_TYPE_ENTRY_PART,
                                                koers_calendar_entry_get_rose_part (entry)));
  g_string_append_c (csv, ',');
  koers_csv_append_field (csv, owner);
  g_string_append_c (csv, ',');
  if (found_role != NULL)
    koers_csv_append_field (csv, koers_role_get_name (found_role));
  g_string_append_c (csv, ',');
  g_string_append (csv, _koers_model_enum_nick (KOERS_TYPE_ENTRY_STATUS,
                                                koers_calendar_entry_get_status (entry)));
  g_string_append_c (csv, ',');
  koers_csv_append_number (csv, koers_calendar_entry_get_hours (entry));
  g_string_append_c (csv, ',');
  koers_csv_append_field (csv, id);
  g_string_append_c (csv, ',');
  koers_csv_append_field (csv, series);
  g_string_append (csv, "\r\n");
}

/**
 * koers_calendar_csv_write:
 * @plan: the plan
 * @from: the first day
 * @to: the last day
 * @error: a #KOERS_CALENDAR_INDEX_ERROR
 *
 * The occurrences from @from to @to as a CSV table (RFC 4180): UTF-8 with a
 * byte order mark (so that spreadsheets take it for UTF-8), CRLF line ends,
 * a header row with the column names of docs/FORMAT.md, then one row per
 * occurrence in the order of the calendar (day, time, title). A series
 * gives a row per occurrence, with the series' id in `series` and an id of
 * its own, `SERIES-YYYYMMDD`, in `id`.
 *
 * The table has every occurrence of the range, or is not written: with
 * more than KOERS_CALENDAR_CSV_MAX_ROWS (what an import takes), or a
 * series whose rule cannot be expanded over the whole range, there is an
 * error that names the series.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 */
char *
koers_calendar_csv_write (KoersPlan    *plan,
                          const GDate  *from,
                          const GDate  *to,
                          GError      **error)
{
  g_autoptr(GArray) occurrences = NULL;
  GString *csv;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_date_compare (from, to) <= 0)
    {
      occurrences = koers_calendar_index_query_all (koers_calendar_index_get_for_plan (plan),
                                                    from, to, KOERS_CALENDAR_CSV_MAX_ROWS, error);
      if (occurrences == NULL)
        return NULL;
    }

  csv = g_string_new (UTF8_BOM);
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      g_string_append (csv, column_names[i]);
    }
  g_string_append (csv, "\r\n");

  if (occurrences == NULL)
    return g_string_free (csv, FALSE);

  for (guint i = 0; i < occurrences->len; i++)
    append_row (csv, plan, &g_array_index (occurrences, KoersOccurrence, i));
  return g_string_free (csv, FALSE);
}

/* Reading: the fields ------------------------------------------------------ */

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  const char *name;
  guint       line;      /* the line at pos, from 1 */
  guint       row_line;  /* the line the last row began on */
  guint       n_fields;  /* the last row's */
  GPtrArray  *fields;    /* (element-type utf8): the last row's; NULL: only check */
  GString    *field;
  char        separator; /* ',' or, for a Dutch spreadsheet's table, ';' */
} Lexer;

/* The line that the byte at @offset is on: line ends are CRLF, LF or CR. */
static guint
line_at (const char *data,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= offset || data[i + 1] != '\n')))
      line++;
  return line;
}

static void
skip_line_end (Lexer *lexer)
{
  if (lexer->data[lexer->pos] == '\r' && lexer->pos + 1 < lexer->length &&
      lexer->data[lexer->pos + 1] == '\n')
    lexer->pos++;
  lexer->pos++;
  lexer->line++;
}

static gboolean
end_field (Lexer   *lexer,
           GError **error)
{
  if (++lexer->n_fields > KOERS_CALENDAR_CSV_MAX_COLUMNS)
    {
      g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_TOO_LARGE,
                   _("Koers cannot import “%s”: the row on line %u has more than %u fields."),
                   lexer->name, lexer->row_line, KOERS_CALENDAR_CSV_MAX_COLUMNS);
      return FALSE;
    }
  if (lexer->fields != NULL)
    {
      /* a text Koers wrote with a quote against formulas comes back as it was */
      koers_csv_restore_field (lexer->field);
      g_ptr_array_add (lexer->fields, g_strndup (lexer->field->str, lexer->field->len));
      g_string_truncate (lexer->field, 0);
    }
  return TRUE;
}

/* Reads the next row (RFC 4180, with LF or CR line ends too; a line end
 * within quotes is a line break of the field, kept as LF). Returns 1 for a
 * row, 0 at the end of the data, -1 with @error set. */
static int
read_row (Lexer   *lexer,
          GError **error)
{
  enum { START, PLAIN, QUOTED, AFTER_QUOTE } state = START;
  gsize field_size = 0;
  guint field_line = lexer->line;

  if (lexer->pos >= lexer->length)
    return 0;
  lexer->row_line = lexer->line;
  lexer->n_fields = 0;
  if (lexer->fields != NULL)
    {
      g_ptr_array_set_size (lexer->fields, 0);
      g_string_truncate (lexer->field, 0);
    }

  while (lexer->pos < lexer->length)
    {
      char c = lexer->data[lexer->pos];
      gboolean keep = FALSE;

      switch (state)
        {
        case START:
          field_size = 0;
          field_line = lexer->line;
          if (c == '"')
            {
              state = QUOTED;
              lexer->pos++;
              continue;
            }
          state = PLAIN;
          G_GNUC_FALLTHROUGH;
        case PLAIN:
          if (c == lexer->separator)
            {
              if (!end_field (lexer, error))
                return -1;
              state = START;
              lexer->pos++;
              continue;
            }
          if (c == '\r' || c == '\n')
            {
              skip_line_end (lexer);
              return end_field (lexer, error) ? 1 : -1;
            }
          /* a quote within an unquoted field is text, as spreadsheets take it */
          keep = TRUE;
          break;
        case QUOTED:
          if (c == '"')
            {
              state = AFTER_QUOTE;
              lexer->pos++;
              continue;
            }
          if (c == '\r' || c == '\n')
            {
              skip_line_end (lexer);
              c = '\n';
              lexer->pos--; /* the append below steps over it again */
            }
          keep = TRUE;
          break;
        case AFTER_QUOTE:
          if (c == '"')
            {
              state = QUOTED;
              keep = TRUE;
              break;
            }
          if (c == lexer->separator)
            {
              if (!end_field (lexer, error))
                return -1;
              state = START;
              lexer->pos++;
              continue;
            }
          if (c == '\r' || c == '\n')
            {
              skip_line_end (lexer);
              return end_field (lexer, error) ? 1 : -1;
            }
          g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                       _("Koers cannot import “%s”: on line %u, a quoted field is followed "
                         "by text after its closing quote. Double a quote within a quoted "
                         "field (\"\")."),
                       lexer->name, lexer->line);
          return -1;
        default:
          g_assert_not_reached ();
        }

      g_assert (keep);
      if (++field_size > KOERS_CALENDAR_CSV_MAX_FIELD)
        {
          g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_TOO_LARGE,
                       _("Koers cannot import “%s”: the field that begins on line %u is larger "
                         "than 1 MB."),
                       lexer->name, field_line);
          return -1;
        }
      if (lexer->fields != NULL)
        g_string_append_c (lexer->field, c);
      lexer->pos++;
    }

  if (state == QUOTED)
    {
      g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                   _("Koers cannot import “%s”: the quoted field that begins on line %u has "
                     "no closing quote."),
                   lexer->name, field_line);
      return -1;
    }
  return end_field (lexer, error) ? 1 : -1;
}

/* A row of nothing but empty fields: a blank line, or an empty row of a
 * spreadsheet (",,,"). */
static gboolean
row_is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (*(const char *) g_ptr_array_index (fields, i) != '\0')
      return FALSE;
  return TRUE;
}

/* The separator: a comma (RFC 4180), or a semicolon when the first line
 * has semicolons and no comma, as Excel and LibreOffice in a Dutch locale
 * save "CSV" (their list separator; the comma is the decimal sign). */
static char
find_separator (const char *data,
                gsize       length)
{
  gboolean semicolon = FALSE;

  for (gsize i = 0; i < length && data[i] != '\r' && data[i] != '\n'; i++)
    {
      if (data[i] == ',')
        return ',';
      if (data[i] == ';')
        semicolon = TRUE;
    }
  return semicolon ? ';' : ',';
}

/* The first pass: the whole file is text, its quotes are closed, no field
 * is too large and there are not too many rows. Keeps nothing. */
static gboolean
check_file (const char  *data,
            gsize        length,
            const char  *name,
            char         separator,
            GError     **error)
{
  Lexer lexer = { data, length, 0, name, 1, 1, 0, NULL, NULL, separator };
  const char *nul, *end;
  guint n_rows = 0;
  int read;

  nul = memchr (data, '\0', length);
  if (nul != NULL)
    {
      g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_ENCODING,
                   _("Koers cannot import “%s”: line %u holds a NUL byte, so it is no CSV "
                     "text."),
                   name, line_at (data, nul - data));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_ENCODING,
                   _("Koers cannot import “%s”: line %u is not UTF-8 text. Save the table "
                     "as CSV with the character set Unicode (UTF-8)."),
                   name, line_at (data, end - data));
      return FALSE;
    }

  while ((read = read_row (&lexer, error)) > 0)
    if (n_rows++ > KOERS_CALENDAR_CSV_MAX_ROWS)
      {
        g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_TOO_LARGE,
                     _("Koers cannot import “%s”: it has more than %u rows."),
                     name, KOERS_CALENDAR_CSV_MAX_ROWS);
        return FALSE;
      }
  return read == 0;
}

/* Reading: the values ------------------------------------------------------ */

static gboolean
parse_digits (const char *text,
              gsize       length,
              guint      *value)
{
  guint n = 0;

  if (length == 0 || length > 8)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      n = n * 10 + (guint) (text[i] - '0');
    }
  *value = n;
  return TRUE;
}

/* "YYYY-MM-DD", or "D-M-YYYY" as a Dutch spreadsheet writes a date. */
static gboolean
parse_date (const char *text,
            GDate      *date,
            GString    *reasons)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", 4);
  guint a, b, c, year, month, day;

  if (g_strv_length (parts) != 3 ||
      !parse_digits (parts[0], strlen (parts[0]), &a) ||
      !parse_digits (parts[1], strlen (parts[1]), &b) ||
      !parse_digits (parts[2], strlen (parts[2]), &c) ||
      (strlen (parts[0]) < 4 && strlen (parts[2]) < 4))
    {
      g_string_append_printf (reasons, _("the date “%s” is not a date: write it as 2027-03-01"),
                              text);
      return FALSE;
    }
  if (strlen (parts[0]) >= 4)
    year = a, month = b, day = c;
  else
    day = a, month = b, year = c;
  if (year < 1 || year > 9999)
    {
      g_string_append_printf (reasons, _("the date “%s” is not in the years 1 to 9999"), text);
      return FALSE;
    }
  if (month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_string_append_printf (reasons, _("the date “%s” is not a day of the calendar"), text);
      return FALSE;
    }
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* "H:MM" or "HH:MM", with ":00" seconds as a spreadsheet may add them. */
static gboolean
parse_time (const char *text,
            int        *minutes,
            GString    *reasons)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", 4);
  guint n = g_strv_length (parts), hours = 0, mins = 0, secs = 0;

  if ((n == 2 || n == 3) &&
      strlen (parts[0]) <= 2 && parse_digits (parts[0], strlen (parts[0]), &hours) &&
      strlen (parts[1]) == 2 && parse_digits (parts[1], 2, &mins) &&
      (n == 2 || (strlen (parts[2]) == 2 && parse_digits (parts[2], 2, &secs) && secs == 0)) &&
      hours < 24 && mins < 60)
    {
      *minutes = (int) (hours * 60 + mins);
      return TRUE;
    }
  g_string_append_printf (reasons, _("the time “%s” is not a time: write it as 09:30"), text);
  return FALSE;
}

static gboolean
parse_word (const Word *words,
            guint       n_words,
            const char *text,
            int        *value)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; i < n_words; i++)
    for (guint j = 0; j < G_N_ELEMENTS (words[i].words) && words[i].words[j] != NULL; j++)
      if (g_str_equal (folded, words[i].words[j]))
        {
          *value = words[i].value;
          return TRUE;
        }
  return FALSE;
}

static gboolean
parse_hours (const char *text,
             double     *hours,
             GString    *reasons)
{
  g_autofree char *copy = g_strdup (text);
  char *comma = strchr (copy, ',');
  char *end = NULL;
  double value;

  /* a decimal comma, as a Dutch spreadsheet writes it */
  if (comma != NULL && strchr (comma + 1, ',') == NULL && strchr (copy, '.') == NULL)
    *comma = '.';
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value) || value < 0 || value > 1000 ||
      g_ascii_isspace (copy[0]))
    {
      g_string_append_printf (reasons, _("the hours “%s” are not a number from 0 to 1000"),
                              text);
      return FALSE;
    }
  *hours = value;
  return TRUE;
}

static void
add_reason (GString    *reasons,
            const char *format,
            ...) G_GNUC_PRINTF (2, 3);

static void
add_reason (GString    *reasons,
            const char *format,
            ...)
{
  va_list args;

  if (reasons->len > 0)
    /* Translators: between two reasons why a row cannot be imported */
    g_string_append (reasons, _("; "));
  va_start (args, format);
  g_string_append_vprintf (reasons, format, args);
  va_end (args);
}

/* What the plan has that rows refer to, found once */
typedef struct
{
  KoersPlan  *plan;
  GHashTable *entries;    /* id -> KoersCalendarEntry (borrowed) */
  GHashTable *overrides;  /* "SERIES/JULIAN" -> the override (borrowed) */
  GHashTable *file_ids;   /* id -> the line it is on in the file */
} Context;

static void
context_init (Context   *context,
              KoersPlan *plan)
{
  GListModel *entries = koers_plan_get_entries (plan);

  context->plan = plan;
  context->entries = g_hash_table_new (g_str_hash, g_str_equal);
  context->overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  context->file_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0, n = g_list_model_get_n_items (entries); i < n; i++)
    {
      g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, i);
      const char *id = koers_calendar_entry_get_id (entry);
      const char *series = koers_calendar_entry_get_series (entry);
      const GDate *origin = koers_calendar_entry_get_origin (entry);

      if (id != NULL && *id != '\0')
        g_hash_table_insert (context->entries, (gpointer) id, entry);
      if (series != NULL && *series != '\0' && origin != NULL && g_date_valid (origin))
        g_hash_table_insert (context->overrides,
                             g_strdup_printf ("%s/%u", series, g_date_get_julian (origin)),
                             entry);
    }
}

static void
context_clear (Context *context)
{
  g_clear_pointer (&context->entries, g_hash_table_unref);
  g_clear_pointer (&context->overrides, g_hash_table_unref);
  g_clear_pointer (&context->file_ids, g_hash_table_unref);
}

static KoersChannel *
find_channel (KoersPlan  *plan,
              const char *text)
{
  GListModel *channels = koers_plan_get_channels (plan);
  KoersChannel *found = koers_plan_find_channel (plan, text);

  for (guint i = 0, n = g_list_model_get_n_items (channels); found == NULL && i < n; i++)
    {
      g_autoptr(KoersChannel) channel = g_list_model_get_item (channels, i);

      if (koers_channel_same_name (koers_channel_get_name (channel), text))
        found = channel;
    }
  return found;
}

static KoersRole *
find_role (KoersPlan  *plan,
           const char *text)
{
  GListModel *roles = koers_plan_get_roles (plan);
  KoersRole *found = koers_plan_find_role (plan, text);

  for (guint i = 0, n = g_list_model_get_n_items (roles); found == NULL && i < n; i++)
    {
      g_autoptr(KoersRole) role = g_list_model_get_item (roles, i);

      /* the same letters, case and spaces aside, as for channels */
      if (koers_channel_same_name (koers_role_get_name (role), text))
        found = role;
    }
  return found;
}

static void
count_occurrence_cb (KoersCalendarEntry *entry,
                     const GDate        *date,
                     gpointer            user_data)
{
  (*(guint *) user_data)++;
}

/* If @id is "SERIES-YYYYMMDD" for a series of the plan that has an
 * occurrence on that day which no override replaces, the series, with
 * @origin set to that day. */
static KoersCalendarEntry *
find_occurrence (Context     *context,
                 const char  *id,
                 const char  *series_id,
                 GDate       *origin)
{
  KoersCalendarEntry *series = g_hash_table_lookup (context->entries, series_id);
  gsize n = strlen (series_id);
  guint stamp, count = 0;
  g_autofree char *key = NULL;

  if (series == NULL || !koers_calendar_entry_is_series (series) ||
      strlen (id) != n + 9 || strncmp (id, series_id, n) != 0 || id[n] != '-' ||
      !parse_digits (id + n + 1, 8, &stamp))
    return NULL;
  if (!g_date_valid_dmy ((GDateDay) (stamp % 100), (GDateMonth) (stamp / 100 % 100),
                         (GDateYear) (stamp / 10000)))
    return NULL;
  g_date_clear (origin, 1);
  g_date_set_dmy (origin, (GDateDay) (stamp % 100), (GDateMonth) (stamp / 100 % 100),
                  (GDateYear) (stamp / 10000));
  key = g_strdup_printf ("%s/%u", series_id, g_date_get_julian (origin));
  if (g_hash_table_contains (context->overrides, key))
    return NULL;
  koers_calendar_entry_foreach_occurrence (series, origin, origin, count_occurrence_cb, &count);
  return count > 0 ? series : NULL;
}

/* Whether @entry says nothing else than @series does on @origin */
static gboolean
same_as_series (KoersCalendarEntry *entry,
                KoersCalendarEntry *series,
                const GDate        *origin)
{
  return g_date_compare (koers_calendar_entry_get_date (entry), origin) == 0 &&
         koers_calendar_entry_get_time (entry) == koers_calendar_entry_get_time (series) &&
         g_strcmp0 (koers_calendar_entry_get_channel (entry),
                    koers_calendar_entry_get_channel (series)) == 0 &&
         g_strcmp0 (koers_calendar_entry_get_title (entry),
                    koers_calendar_entry_get_title (series)) == 0 &&
         g_strcmp0 (koers_calendar_entry_get_text (entry),
                    koers_calendar_entry_get_text (series)) == 0 &&
         koers_calendar_entry_get_kind (entry) == koers_calendar_entry_get_kind (series) &&
         koers_calendar_entry_get_rose_part (entry) ==
           koers_calendar_entry_get_rose_part (series) &&
         g_strcmp0 (koers_calendar_entry_get_owner (entry),
                    koers_calendar_entry_get_owner (series)) == 0 &&
         koers_calendar_entry_get_status (entry) == koers_calendar_entry_get_status (series) &&
         koers_calendar_entry_get_hours (entry) == koers_calendar_entry_get_hours (series);
}

static const char *
field_of (GPtrArray  *fields,
          const int  *columns,
          Column      column)
{
  int index = columns[column];

  if (index < 0 || (guint) index >= fields->len)
    return "";
  return g_ptr_array_index (fields, index);
}

/* Makes the entry of one row, or says why not in @reasons. %NULL and no
 * reasons: the row repeats what a series of the plan says; nothing to do. */
static KoersCalendarEntry *
read_entry (Context    *context,
            GPtrArray  *fields,
            const int  *columns,
            guint       n_columns,
            guint       line,
            GString    *reasons)
{
  g_autoptr(KoersCalendarEntry) entry = koers_calendar_entry_new ();
  g_autofree char *date_text = g_strstrip (g_strdup (field_of (fields, columns, COLUMN_DATE)));
  g_autofree char *time_text = g_strstrip (g_strdup (field_of (fields, columns, COLUMN_TIME)));
  g_autofree char *channel = g_strstrip (g_strdup (field_of (fields, columns, COLUMN_CHANNEL)));
  g_autofree char *channel_name =
    g_strstrip (g_strdup (field_of (fields, columns, COLUMN_CHANNEL_NAME)));
  g_autofree char *owner = g_strstrip (g_strdup (field_of (fields, columns, COLUMN_OWNER)));
  g_autofree char *owner_name =
    g_strstrip (g_strdup (field_of (fields, columns, COLUMN_OWNER_NAME)));
  g_autofree char *kind = g_strstrip (g_strdup (field_of (fields, columns, COLUMN_KIND)));
  g_autofree char *part = g_strstrip (g_strdup (field_of (fields, columns, COLUMN_ROSE_PART)));
  g_autofree char *status = g_strstrip (g_strdup (field_of (fields, columns, COLUMN_STATUS)));
  g_autofree char *hours_text =
    g_strstrip (g_strdup (field_of (fields, columns, COLUMN_HOURS)));
  g_autofree char *id = g_strstrip (g_strdup (field_of (fields, columns, COLUMN_ID)));
  g_autofree char *series_id = g_strstrip (g_strdup (field_of (fields, columns, COLUMN_SERIES)));
  g_autofree char *title_text = g_strdup (field_of (fields, columns, COLUMN_TITLE));
  const char *title = field_of (fields, columns, COLUMN_TITLE);
  KoersCalendarEntry *existing = NULL;
  KoersCalendarEntry *series = NULL;
  GDate date, origin;
  int time = -1, value = 0;
  double hours = 0;
  g_autoptr(GString) reason = g_string_new (NULL);

  g_date_clear (&date, 1);
  g_date_clear (&origin, 1);

  if (fields->len > n_columns)
    add_reason (reasons, _("the row has %u fields, the header row names %u columns"),
                fields->len, n_columns);

  if (*date_text == '\0')
    add_reason (reasons, "%s", _("the date is missing"));
  else if (!parse_date (date_text, &date, reason))
    add_reason (reasons, "%s", reason->str);
  else
    koers_calendar_entry_set_date (entry, &date);

  g_string_truncate (reason, 0);
  if (*time_text != '\0')
    {
      if (parse_time (time_text, &time, reason))
        koers_calendar_entry_set_time (entry, time);
      else
        add_reason (reasons, "%s", reason->str);
    }

  if (*g_strstrip (title_text) == '\0')
    add_reason (reasons, "%s", _("the title is missing"));
  else
    koers_calendar_entry_set_title (entry, title);
  koers_calendar_entry_set_text (entry, field_of (fields, columns, COLUMN_TEXT));

  /* the channel by its id or its name; channel_name only when there is no channel */
  if (*channel == '\0' && *channel_name != '\0')
    {
      g_free (channel);
      channel = g_strdup (channel_name);
    }
  if (*channel != '\0')
    {
      KoersChannel *found = find_channel (context->plan, channel);

      if (found == NULL)
        add_reason (reasons, _("the plan has no channel “%s”"), channel);
      else
        koers_calendar_entry_set_channel (entry, koers_channel_get_id (found));
    }

  if (*owner == '\0' && *owner_name != '\0')
    {
      g_free (owner);
      owner = g_strdup (owner_name);
    }
  if (*owner != '\0')
    {
      KoersRole *found = find_role (context->plan, owner);

      if (found == NULL)
        add_reason (reasons, _("the plan has no role “%s”"), owner);
      else
        koers_calendar_entry_set_owner (entry, koers_role_get_id (found));
    }

  if (*kind != '\0')
    {
      if (parse_word (kind_words, G_N_ELEMENTS (kind_words), kind, &value))
        koers_calendar_entry_set_kind (entry, value);
      else
        add_reason (reasons, _("the kind “%s” is not value or promotion"), kind);
    }
  if (*part != '\0')
    {
      if (parse_word (part_words, G_N_ELEMENTS (part_words), part, &value))
        koers_calendar_entry_set_rose_part (entry, value);
      else
        add_reason (reasons, _("the rose part “%s” is not one of none, listening, responding, "
                               "sending, activating and organising"), part);
    }
  if (*status != '\0')
    {
      if (parse_word (status_words, G_N_ELEMENTS (status_words), status, &value))
        koers_calendar_entry_set_status (entry, value);
      else
        add_reason (reasons, _("the status “%s” is not one of idea, planned, ready and "
                               "published"), status);
    }

  g_string_truncate (reason, 0);
  if (*hours_text != '\0')
    {
      if (parse_hours (hours_text, &hours, reason))
        koers_calendar_entry_set_hours (entry, hours);
      else
        add_reason (reasons, "%s", reason->str);
    }

  if (*id != '\0')
    {
      gpointer other_line = NULL;

      if (!_koers_plan_io_is_identifier (id))
        add_reason (reasons, _("the id “%s” is not an id of Koers (lower-case letters and "
                               "digits, joined by dashes)"), id);
      else if (g_hash_table_lookup_extended (context->file_ids, id, NULL, &other_line))
        add_reason (reasons, _("the id “%s” is on line %u too"), id,
                    GPOINTER_TO_UINT (other_line));
      else
        {
          g_hash_table_insert (context->file_ids, g_strdup (id), GUINT_TO_POINTER (line));
          koers_calendar_entry_set_id (entry, id);
          existing = g_hash_table_lookup (context->entries, id);
          if (existing == NULL && *series_id != '\0')
            series = find_occurrence (context, id, series_id, &origin);
        }
    }

  if (reasons->len > 0)
    return NULL;

  if (existing != NULL)
    {
      /* an update keeps what CSV has no column for: the rule of a series,
       * the series and day an override replaces */
      koers_calendar_entry_set_rrule (entry, koers_calendar_entry_get_rrule (existing));
      koers_calendar_entry_set_exdates (entry, koers_calendar_entry_get_exdates (existing));
      koers_calendar_entry_set_series (entry, koers_calendar_entry_get_series (existing));
      koers_calendar_entry_set_origin (entry, koers_calendar_entry_get_origin (existing));
    }
  else if (series != NULL)
    {
      /* an occurrence of a series of the plan: unchanged, there is nothing
       * to do; changed, it replaces that occurrence ("only this one") */
      if (same_as_series (entry, series, &origin))
        return NULL;
      koers_calendar_entry_set_series (entry, koers_calendar_entry_get_id (series));
      koers_calendar_entry_set_origin (entry, &origin);
    }
  return g_steal_pointer (&entry);
}

static gboolean
read_header (Lexer                *lexer,
             KoersCalendarImport  *import,
             int                  *columns,
             GError              **error)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    columns[i] = -1;

  for (guint i = 0; i < lexer->fields->len; i++)
    {
      g_autofree char *name = g_strstrip (g_ascii_strdown (g_ptr_array_index (lexer->fields, i),
                                                           -1));
      guint column;

      for (column = 0; column < N_COLUMNS; column++)
        if (g_str_equal (name, column_names[column]))
          break;
      if (column == N_COLUMNS)
        {
          if (*name != '\0')
            koers_calendar_import_add_note (import, lexer->row_line,
                                            _("Koers has no column “%s”; it was left out."),
                                            name);
          continue;
        }
      if (columns[column] >= 0)
        {
          g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                       _("Koers cannot import “%s”: the header row on line %u names the "
                         "column “%s” twice."),
                       lexer->name, lexer->row_line, name);
          return FALSE;
        }
      columns[column] = (int) i;
    }

  if (columns[COLUMN_DATE] < 0 || columns[COLUMN_TITLE] < 0)
    {
      g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                   _("Koers cannot import “%s”: its first row names no column “%s”. The "
                     "first row names the columns, at least date and title."),
                   lexer->name, columns[COLUMN_DATE] < 0 ? "date" : "title");
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_calendar_csv_read:
 * @data: the file's bytes; untrusted
 * @length: how many
 * @source_name: the file's name for the messages
 * @plan: the plan the import is for: its channels and roles (by id or
 *   name), and its entries (by id); not changed
 *
 * Reads a CSV table of calendar entries (see docs/FORMAT.md), separated by
 * commas or, when the first line has semicolons and no comma, semicolons:
 * the first row names the columns in any order (date and title are needed; a column
 * Koers does not know is a note). Every row is checked, and each that
 * cannot be imported is a problem with its line (where the row begins). A
 * row whose id is an entry's of @plan updates that entry; a row that stands
 * for an occurrence of a series of @plan (`SERIES-YYYYMMDD`) is left out when
 * it says what the series says, and else replaces that occurrence; any
 * other row is a single entry.
 *
 * Returns: (transfer full): the import, or %NULL with @error set (a
 *   #KOERS_CALENDAR_IMPORT_ERROR) when the file is refused as a whole
 */
KoersCalendarImport *
koers_calendar_csv_read (const char  *data,
                         gsize        length,
                         const char  *source_name,
                         KoersPlan   *plan,
                         GError     **error)
{
  g_autoptr(KoersCalendarImport) import = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GString) field = NULL;
  g_autoptr(GString) reasons = NULL;
  int columns[N_COLUMNS];
  guint n_columns, n_more = 0;
  char separator;
  Context context;
  Lexer lexer;
  int read;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (source_name == NULL)
    source_name = "";
  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    data += 3, length -= 3;
  separator = find_separator (data, length);
  if (!check_file (data, length, source_name, separator, error))
    return NULL;

  fields = g_ptr_array_new_with_free_func (g_free);
  field = g_string_new (NULL);
  lexer = (Lexer) { data, length, 0, source_name, 1, 1, 0, fields, field, separator };

  /* the header: the first row that is not blank */
  do
    read = read_row (&lexer, error);
  while (read > 0 && row_is_blank (fields));
  if (read < 0)
    return NULL;
  if (read == 0)
    {
      g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR, KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
                   _("Koers cannot import “%s”: it is empty. A CSV table of posts begins "
                     "with a row that names the columns, as in date,title."),
                   source_name);
      return NULL;
    }

  import = koers_calendar_import_new (source_name);
  if (!read_header (&lexer, import, columns, error))
    return NULL;
  n_columns = fields->len;

  context_init (&context, plan);
  reasons = g_string_new (NULL);
  while ((read = read_row (&lexer, error)) > 0)
    {
      KoersCalendarEntry *entry;

      if (row_is_blank (fields))
        continue;
      g_string_truncate (reasons, 0);
      entry = read_entry (&context, fields, columns, n_columns, lexer.row_line, reasons);
      if (reasons->len > 0)
        {
          /* a report of a thousand rows says enough; the rest are counted */
          if (import->problems->len < MAX_PROBLEMS)
            koers_calendar_import_add_problem (import, lexer.row_line, "%s", reasons->str);
          else
            n_more++;
          /* a refused import brings nothing in: keep no entries */
          g_ptr_array_set_size (import->entries, 0);
        }
      else if (entry != NULL && import->problems->len == 0)
        g_ptr_array_add (import->entries, entry);
      else
        g_clear_object (&entry);
    }
  context_clear (&context);
  /* the first pass read the whole file */
  g_assert (read == 0);
  if (n_more > 0)
    koers_calendar_import_add_problem (import, 0,
                                       g_dngettext (GETTEXT_PACKAGE,
                                                    "%u more row cannot be imported either.",
                                                    "%u more rows cannot be imported either.",
                                                    n_more),
                                       n_more);

  return g_steal_pointer (&import);
}
