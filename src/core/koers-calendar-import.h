/* koers-calendar-import.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-plan.h"
#include "koers-calendar-entry.h"

G_BEGIN_DECLS

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
typedef struct
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersCalendarImport, koers_calendar_import_free)

G_END_DECLS
