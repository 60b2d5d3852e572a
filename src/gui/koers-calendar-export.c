/* koers-calendar-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar page's data exports: Export as iCalendar… (every entry and
 * series, koers-ical.c) and Export as CSV table… (every occurrence in the
 * plan's period, koers-calendar-csv.c), as `koers --export=x.ics` and
 * `x.csv` write them. The drawings (PDF, SVG, PNG) go through the shared
 * export dialog instead.
 */
#define G_LOG_DOMAIN "koers-calendar-export"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-calendar-export.h"
#include "koers-export.h"
#include "koers-export-dialog-private.h"

static const struct
{
  const char *extension;
  const char *mime_type;
  const char *filter_name;  /* N_() */
  const char *title;        /* N_() */
  const char *page;         /* KoersExportOptions.page */
} formats[] = {
  [KOERS_CALENDAR_EXPORT_ICAL] = { ".ics", "text/calendar", N_("iCalendar file"),
                                   N_("Export the Content Calendar as iCalendar"), NULL },
  [KOERS_CALENDAR_EXPORT_CSV] = { ".csv", "text/csv", N_("CSV table"),
                                  N_("Export the Content Calendar as a CSV Table"), "calendar" },
};

typedef struct
{
  KoersPage                *page;
  GtkWidget                *status;  /* weak */
  GFile                    *file;
  KoersCalendarExportFormat format;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->page);
  g_clear_weak_pointer (&export->status);
  g_clear_object (&export->file);
  g_free (export);
}

static GtkWindow *
get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Export *export = user_data;
  g_autoptr(GError) error = NULL;

  if (koers_export_to_file_finish (result, &error))
    {
      if (export->status != NULL && !gtk_widget_in_destruction (export->status))
        koers_export_status_show (KOERS_EXPORT_STATUS (export->status), export->file);
    }
  else if (!gtk_widget_in_destruction (GTK_WIDGET (export->page)))
    _koers_export_show_error (GTK_WIDGET (export->page),
                              _("The content calendar could not be exported"), error);
  export_free (export);
}

static void
start_export (Export *export)
{
  KoersPlan *plan = koers_page_get_plan (export->page);
  KoersExportOptions opts;

  if (plan == NULL || gtk_widget_in_destruction (GTK_WIDGET (export->page)))
    {
      export_free (export);
      return;
    }
  koers_export_options_init (&opts);
  /* the whole calendar, or its table over the plan's period (from and to
   * cleared) */
  opts.page = formats[export->format].page;
  if (export->status != NULL)
    koers_export_status_hide (KOERS_EXPORT_STATUS (export->status));
  koers_export_to_file_async (plan, export->file, &opts, NULL, exported_cb, export);
}

static void
replace_answered_cb (gpointer data,
                     gboolean replace)
{
  Export *export = data;

  if (replace)
    start_export (export);
  else
    export_free (export);
}

/**
 * _koers_calendar_export_to:
 * @page: the calendar page
 * @status: (nullable): the page's status line
 * @format: what to write
 * @file: the file the user chose; the format's extension is added to a
 *   name without it
 *
 * Exports as the dialog's response does: atomically, in a thread. When
 * the extension was added and a file of that name exists, it asks before
 * replacing it.
 */
void
_koers_calendar_export_to (KoersPage                *page,
                           KoersExportStatus        *status,
                           KoersCalendarExportFormat format,
                           GFile                    *file)
{
  const char *extension;
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GFile) parent = NULL;
  Export *export;

  g_return_if_fail (KOERS_IS_PAGE (page));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (format < G_N_ELEMENTS (formats));

  extension = formats[format].extension;
  name = g_file_get_basename (file);
  parent = g_file_get_parent (file);
  if (koers_page_get_plan (page) == NULL || name == NULL || parent == NULL)
    return;

  export = g_new0 (Export, 1);
  export->page = g_object_ref (page);
  export->format = format;
  g_set_weak_pointer (&export->status, (GtkWidget *) status);
  lower = g_ascii_strdown (name, -1);
  if (g_str_has_suffix (lower, extension))
    export->file = g_object_ref (file);
  else
    {
      g_autofree char *full_name = g_strconcat (name, extension, NULL);

      export->file = g_file_get_child (parent, full_name);
      if (g_file_query_exists (export->file, NULL))
        {
          _koers_export_ask_replace (GTK_WIDGET (page), export->file, 1, replace_answered_cb,
                                     export, (GDestroyNotify) export_free);
          return;
        }
    }
  start_export (export);
}

typedef struct
{
  KoersPage                *page;    /* weak */
  GtkWidget                *status;  /* weak */
  KoersCalendarExportFormat format;
} Request;

static void
request_free (gpointer data)
{
  Request *request = data;

  g_clear_weak_pointer (&request->page);
  g_clear_weak_pointer (&request->status);
  g_free (request);
}

static void
response_cb (GtkFileChooserNative *chooser,
             int                   response,
             Request              *request)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && request->page != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (file != NULL)
        _koers_calendar_export_to (request->page, (KoersExportStatus *) request->status,
                                   request->format, file);
    }
  /* the dialog held itself until answered; the page's weak pointer clears,
   * so the next ask opens a dialog of its own */
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

/**
 * koers_calendar_export_show:
 * @page: the calendar page
 * @status: (nullable): the page's status line
 * @format: what to export
 *
 * Opens the save dialog for the calendar as iCalendar or as a CSV table.
 *
 * Returns: (transfer none): the dialog; it holds itself until answered, and
 *   a page that goes first destroys and releases it
 */
GtkFileChooserNative *
koers_calendar_export_show (KoersPage                *page,
                            KoersExportStatus        *status,
                            KoersCalendarExportFormat format)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autofree char *pattern = NULL;
  Request *request;

  g_return_val_if_fail (KOERS_IS_PAGE (page), NULL);
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  chooser = gtk_file_chooser_native_new (_(formats[format].title),
                                         get_window (GTK_WIDGET (page)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _(formats[format].filter_name));
  gtk_file_filter_add_mime_type (filter, formats[format].mime_type);
  pattern = g_strconcat ("*", formats[format].extension, NULL);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested file name of an exported calendar, without extension */
  name = g_strconcat (C_("file name", "content-calendar"), formats[format].extension, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  request = g_new0 (Request, 1);
  request->format = format;
  g_set_weak_pointer (&request->page, page);
  g_set_weak_pointer (&request->status, (GtkWidget *) status);
  g_object_set_data_full (G_OBJECT (chooser), "koers-request", request, request_free);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return chooser;
}
