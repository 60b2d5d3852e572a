/* koers-calendar-import.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-plan.h"
#include "koers-calendar-entry.h"

G_BEGIN_DECLS

#define KOERS_CALENDAR_IMPORT_ERROR (koers_calendar_import_error_quark ())

/**
 * KoersCalendarImportError:
 * @KOERS_CALENDAR_IMPORT_ERROR_UNKNOWN_FORMAT: the name's extension is no
 *   format Koers imports
 * @KOERS_CALENDAR_IMPORT_ERROR_ENCODING: not UTF-8 text
 * @KOERS_CALENDAR_IMPORT_ERROR_SYNTAX: not a file of its format at all (the
 *   message names the line)
 * @KOERS_CALENDAR_IMPORT_ERROR_TOO_LARGE: more rows, events or text than
 *   Koers takes in
 *
 * Why a reader refused a whole file. Problems with single rows or events
 * are #KoersImportProblem instead; I/O errors are #KoersPlanIoError.
 */
typedef enum
{
  KOERS_CALENDAR_IMPORT_ERROR_UNKNOWN_FORMAT,
  KOERS_CALENDAR_IMPORT_ERROR_ENCODING,
  KOERS_CALENDAR_IMPORT_ERROR_SYNTAX,
  KOERS_CALENDAR_IMPORT_ERROR_TOO_LARGE,
} KoersCalendarImportError;

/**
 * KoersImportProblem:
 * @line: the line of the source it is about, from 1; 0 for the whole file
 * @message: what is wrong, in the user's language, without the file name
 */
typedef struct
{
  guint  line;
  char  *message;
} KoersImportProblem;

/**
 * KoersCalendarImport:
 * @source_name: the file's name as the user knows it, for messages
 * @entries: (element-type KoersCalendarEntry): what the source holds, as
 *   entries in no plan; an entry whose id is that of an entry of the plan
 *   replaces it on apply (a second import does not duplicate)
 * @problems: (element-type KoersImportProblem): rows or events that cannot
 *   be imported; while there is one, koers_calendar_import_apply() refuses
 * @notes: (element-type KoersImportProblem): what was imported with a
 *   loss (a property Koers has no place for); the import still applies
 *
 * What an import found in a file, before it touches a plan. A reader
 * (iCalendar, CSV) fills it in; koers_calendar_import_apply() brings it
 * into the plan as one change.
 */
typedef struct _KoersCalendarImport
{
  char      *source_name;
  GPtrArray *entries;
  GPtrArray *problems;
  GPtrArray *notes;
} KoersCalendarImport;

KoersCalendarImport *koers_calendar_import_new         (const char          *source_name);
void                 koers_calendar_import_free        (KoersCalendarImport *self);
void                 koers_calendar_import_add_problem (KoersCalendarImport *self,
                                                        guint                line,
                                                        const char          *format,
                                                        ...) G_GNUC_PRINTF (3, 4);
void                 koers_calendar_import_add_note    (KoersCalendarImport *self,
                                                        guint                line,
                                                        const char          *format,
                                                        ...) G_GNUC_PRINTF (3, 4);
char                *koers_calendar_import_dup_report  (KoersCalendarImport *self,
                                                        guint                max_lines);
gboolean             koers_calendar_import_apply       (KoersCalendarImport *self,
                                                        KoersPlan           *plan,
                                                        guint               *n_added,
                                                        guint               *n_updated);

/**
 * KoersCalendarReader:
 * @data: the file's bytes, not nul-terminated; untrusted
 * @length: how many
 * @source_name: the file's name for the messages
 * @plan: the plan the import is for (read only: its channels, owners and
 *   ids); the reader never changes it
 * @error: set when the file is refused as a whole
 *
 * A reader of one format: iCalendar, CSV.
 *
 * Returns: (transfer full): the import, or %NULL with @error set
 */
typedef struct _KoersCalendarImport *(*KoersCalendarReader) (const char  *data,
                                                              gsize        length,
                                                              const char  *source_name,
                                                              KoersPlan   *plan,
                                                              GError     **error);

GQuark               koers_calendar_import_error_quark (void);
gboolean             koers_calendar_import_can_read    (const char          *name);
char                *koers_calendar_import_dup_extensions (const char       *separator);
KoersCalendarImport *koers_calendar_import_read_file   (GFile               *file,
                                                        const char          *name,
                                                        KoersPlan           *plan,
                                                        GError             **error);
char                *koers_calendar_import_dup_display_name (GFile          *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersCalendarImport, koers_calendar_import_free)

G_END_DECLS
