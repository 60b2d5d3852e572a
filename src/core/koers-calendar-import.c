/* koers-calendar-import.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an import of calendar entries found, and bringing it into a plan as
 * one change. The readers (iCalendar, CSV) only parse and validate; they
 * never touch a plan, so a refused file changes nothing.
 */
#define G_LOG_DOMAIN "koers-calendar-import"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-calendar-import.h"
#include "koers-calendar-csv.h"
#include "koers-ical.h"
#include "koers-plan-io.h"
#include "koers-plan-io-private.h"

/* The most an import file may hold */
#define MAX_IMPORT_SIZE KOERS_MAX_FILE_SIZE

G_DEFINE_QUARK (koers-calendar-import-error-quark, koers_calendar_import_error)

/* The formats Koers imports, by extension. */
static const struct
{
  const char          *extension;
  KoersCalendarReader  read;
} readers[] = {
  { ".ics", koers_ical_read },
  { ".csv", koers_calendar_csv_read },
  { NULL, NULL }
};

static KoersCalendarReader
find_reader (const char *name)
{
  g_autofree char *folded = g_utf8_strdown (name, -1);

  for (guint i = 0; readers[i].extension != NULL; i++)
    if (g_str_has_suffix (folded, readers[i].extension))
      return readers[i].read;
  return NULL;
}

/**
 * koers_calendar_import_can_read:
 * @name: a file name
 *
 * Returns: whether Koers imports files of @name's extension
 */
gboolean
koers_calendar_import_can_read (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);

  return find_reader (name) != NULL;
}

/**
 * koers_calendar_import_dup_extensions:
 * @separator: what goes between two
 *
 * Returns: (transfer full): the extensions Koers imports, as ".ics, .csv"
 */
char *
koers_calendar_import_dup_extensions (const char *separator)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; readers[i].extension != NULL; i++)
    {
      if (i > 0)
        g_string_append (list, separator);
      g_string_append (list, readers[i].extension);
    }
  return g_string_free (list, FALSE);
}

/**
 * koers_calendar_import_dup_display_name:
 * @file: a file
 *
 * The name a window shows for @file: its base name for display, as GNOME
 * applications name a file ("posts.csv"), not its path. The command line
 * names files by their paths instead.
 *
 * Returns: (transfer full): the name
 */
char *
koers_calendar_import_dup_display_name (GFile *file)
{
  g_autofree char *basename = NULL;
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_peek_path (file);
  if (path != NULL)
    return g_filename_display_basename (path);
  basename = g_file_get_basename (file);
  if (basename != NULL && *basename != '\0' && !g_str_equal (basename, "/"))
    return g_filename_display_name (basename);
  return g_file_get_parse_name (file);
}

/**
 * koers_calendar_import_read_file:
 * @file: the file to import; its extension picks the reader
 * @name: (nullable): the file's name in the messages and the report; %NULL
 *   for koers_calendar_import_dup_display_name()
 * @plan: the plan the import is for; not changed
 *
 * Reads @file into an import without touching @plan: apply it with
 * koers_calendar_import_apply(), and do not change its entries before.
 * May run in a thread.
 *
 * Returns: (transfer full): the import (check its problems), or %NULL with
 *   @error set: #KOERS_CALENDAR_IMPORT_ERROR when the file is refused as a
 *   whole, #KOERS_PLAN_IO_ERROR when it cannot be read
 */
KoersCalendarImport *
koers_calendar_import_read_file (GFile       *file,
                                 const char  *source_name,
                                 KoersPlan   *plan,
                                 GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  KoersCalendarReader read;
  KoersCalendarImport *import;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = source_name != NULL ? g_strdup (source_name)
                             : koers_calendar_import_dup_display_name (file);
  {
    /* the reader by the file's own name, whatever it is called in messages */
    g_autofree char *own = _koers_plan_io_file_name (file);

    read = find_reader (own);
  }
  if (read == NULL)
    {
      g_autofree char *extensions = koers_calendar_import_dup_extensions (", ");

      g_set_error (error, KOERS_CALENDAR_IMPORT_ERROR,
                   KOERS_CALENDAR_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("Koers cannot import “%s”: use a file ending in %s."), name, extensions);
      return NULL;
    }

  if (!_koers_plan_io_read_file (file, name, FALSE, MAX_IMPORT_SIZE, &contents, &length, error))
    return NULL;

  import = read (contents, length, name, plan, error);
  /* Here, in the import's thread: the window's check and save take these
   * texts instead of writing 50,000 of them on the main loop */
  if (import != NULL && import->problems->len == 0)
    _koers_plan_io_write_new_entries (import->entries);
  return import;
}

static void
problem_free (gpointer data)
{
  KoersImportProblem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

/**
 * koers_calendar_import_new:
 * @source_name: the file's name as the user knows it
 *
 * Returns: (transfer full): an empty import
 */
KoersCalendarImport *
koers_calendar_import_new (const char *source_name)
{
  KoersCalendarImport *self = g_new0 (KoersCalendarImport, 1);

  self->source_name = g_strdup (source_name != NULL ? source_name : "");
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->problems = g_ptr_array_new_with_free_func (problem_free);
  self->notes = g_ptr_array_new_with_free_func (problem_free);
  return self;
}

void
koers_calendar_import_free (KoersCalendarImport *self)
{
  if (self == NULL)
    return;
  g_free (self->source_name);
  g_ptr_array_unref (self->entries);
  g_ptr_array_unref (self->problems);
  g_ptr_array_unref (self->notes);
  g_free (self);
}

static void
add (GPtrArray  *list,
     guint       line,
     const char *format,
     va_list     args)
{
  KoersImportProblem *problem = g_new0 (KoersImportProblem, 1);

  problem->line = line;
  problem->message = g_strdup_vprintf (format, args);
  g_ptr_array_add (list, problem);
}

/**
 * koers_calendar_import_add_problem:
 * @line: the source's line, from 1; 0 for the whole file
 * @format: the message, translated, without the file name
 *
 * Records a row or event that cannot be imported: the import then refuses.
 */
void
koers_calendar_import_add_problem (KoersCalendarImport *self,
                                   guint                line,
                                   const char          *format,
                                   ...)
{
  va_list args;

  g_return_if_fail (self != NULL);
  va_start (args, format);
  add (self->problems, line, format, args);
  va_end (args);
}

/**
 * koers_calendar_import_add_note:
 *
 * Records what was imported with a loss; the import still applies.
 */
void
koers_calendar_import_add_note (KoersCalendarImport *self,
                                guint                line,
                                const char          *format,
                                ...)
{
  va_list args;

  g_return_if_fail (self != NULL);
  va_start (args, format);
  add (self->notes, line, format, args);
  va_end (args);
}

static void
append_lines (GString    *report,
              const char *name,
              GPtrArray  *list,
              guint      *budget)
{
  for (guint i = 0; i < list->len; i++)
    {
      const KoersImportProblem *problem = g_ptr_array_index (list, i);

      if (*budget == 0)
        {
          guint rest = list->len - i;

          g_string_append_printf (report,
                                  g_dngettext (GETTEXT_PACKAGE, "… and %u more\n",
                                               "… and %u more\n", rest),
                                  rest);
          return;
        }
      (*budget)--;
      if (problem->line > 0)
        /* Translators: a line of an import's report: the file, the line
         * number and what is wrong there */
        g_string_append_printf (report, _("%s, line %u: %s\n"), name, problem->line,
                                problem->message);
      else
        g_string_append_printf (report, "%s: %s\n", name, problem->message);
    }
}

/**
 * koers_calendar_import_dup_report:
 * @max_lines: at most this many lines per list; 0 for all
 *
 * Returns: (transfer full): the problems and then the notes, one per line,
 *   each naming the file and the line; "" when there are none
 */
char *
koers_calendar_import_dup_report (KoersCalendarImport *self,
                                  guint                max_lines)
{
  GString *report = g_string_new (NULL);
  guint budget;

  g_return_val_if_fail (self != NULL, NULL);

  budget = max_lines > 0 ? max_lines : G_MAXUINT;
  append_lines (report, self->source_name, self->problems, &budget);
  budget = max_lines > 0 ? max_lines : G_MAXUINT;
  append_lines (report, self->source_name, self->notes, &budget);
  return g_string_free (report, FALSE);
}

/* Gives @to every member of @from but its id. */
static void
copy_members (KoersCalendarEntry *to,
              KoersCalendarEntry *from)
{
  guint n = 0;
  g_autofree GParamSpec **pspecs =
    g_object_class_list_properties (G_OBJECT_GET_CLASS (from), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (g_str_equal (pspecs[i]->name, "id") ||
          (pspecs[i]->flags & (G_PARAM_READABLE | G_PARAM_WRITABLE)) !=
          (G_PARAM_READABLE | G_PARAM_WRITABLE) ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (from), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (to), pspecs[i]->name, &value);
    }
}

/**
 * koers_calendar_import_apply:
 * @plan: the plan to bring the entries into
 * @n_added: (out) (optional): receives how many entries were added
 * @n_updated: (out) (optional): how many existing entries were updated
 *
 * Brings the import into @plan as one change (one undo step, one signal):
 * an entry whose id the plan already has updates that entry, the others
 * are appended. Refuses while the import has problems.
 *
 * Returns: %FALSE, with @plan untouched, when the import has problems
 */
gboolean
koers_calendar_import_apply (KoersCalendarImport *self,
                             KoersPlan           *plan,
                             guint               *n_added,
                             guint               *n_updated)
{
  GListModel *entries;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GPtrArray) added = NULL;
  guint updated = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (KOERS_IS_PLAN (plan), FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if (n_updated != NULL)
    *n_updated = 0;
  if (self->problems->len > 0)
    return FALSE;

  entries = koers_plan_get_entries (plan);
  by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0, n = g_list_model_get_n_items (entries); i < n; i++)
    {
      g_autoptr(KoersCalendarEntry) entry = g_list_model_get_item (entries, i);
      const char *id = koers_calendar_entry_get_id (entry);

      if (id != NULL && *id != '\0')
        g_hash_table_insert (by_id, (gpointer) id, entry);
    }

  added = g_ptr_array_new ();
  koers_plan_begin_change (plan);
  for (guint i = 0; i < self->entries->len; i++)
    {
      KoersCalendarEntry *entry = g_ptr_array_index (self->entries, i);
      const char *id = koers_calendar_entry_get_id (entry);
      KoersCalendarEntry *existing = id != NULL ? g_hash_table_lookup (by_id, id) : NULL;

      if (existing != NULL)
        {
          copy_members (existing, entry);
          updated++;
        }
      else
        {
          g_ptr_array_add (added, entry);
          if (id != NULL && *id != '\0')
            g_hash_table_insert (by_id, (gpointer) id, entry);
        }
    }
  if (added->len > 0)
    koers_plan_append_many (plan, entries, added->pdata, added->len);
  koers_plan_end_change (plan);

  if (n_added != NULL)
    *n_added = added->len;
  if (n_updated != NULL)
    *n_updated = updated;
  return TRUE;
}
