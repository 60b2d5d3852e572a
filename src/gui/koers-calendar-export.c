/* koers-calendar-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export ▸ CSV table… of the calendar page: the table of every occurrence
 * in the plan's period (koers-calendar-csv.c), as `koers --export=x.csv`
 * writes it. Kept apart from the shared export dialog, which offers the
 * drawings (PDF, SVG, PNG) of a page's printable.
 */
#define G_LOG_DOMAIN "koers-calendar-export"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-calendar-export.h"
#include "koers-export.h"

typedef struct
{
  KoersPage *page;
  GtkWidget *status;  /* weak */
  GFile     *file;
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
dialog_response_cb (GtkDialog *dialog,
                    int        response)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
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
    {
      GtkWidget *dialog =
        gtk_message_dialog_new (get_window (GTK_WIDGET (export->page)),
                                GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                "%s", _("The content calendar could not be exported"));

      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
      g_signal_connect (dialog, "response", G_CALLBACK (dialog_response_cb), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
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
  /* the calendar's table over the plan's period (from and to cleared) */
  opts.page = "calendar";
  if (export->status != NULL)
    koers_export_status_hide (KOERS_EXPORT_STATUS (export->status));
  koers_export_to_file_async (plan, export->file, &opts, NULL, exported_cb, export);
}

static void
replace_response_cb (GtkDialog *dialog,
                     int        response)
{
  Export *export = g_object_steal_data (G_OBJECT (dialog), "koers-export");

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (export == NULL)
    return;
  if (response == GTK_RESPONSE_ACCEPT)
    start_export (export);
  else
    export_free (export);
}

/**
 * _koers_calendar_export_csv:
 * @page: the calendar page
 * @status: (nullable): the page's status line
 * @file: the file the user chose; ".csv" is added to a name without it
 *
 * Exports as the dialog's response does. When ".csv" was added and a file
 * of that name exists, it asks before replacing it.
 */
void
_koers_calendar_export_csv (KoersPage         *page,
                            KoersExportStatus *status,
                            GFile             *file)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GFile) parent = NULL;
  Export *export;

  g_return_if_fail (KOERS_IS_PAGE (page));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  parent = g_file_get_parent (file);
  if (koers_page_get_plan (page) == NULL || name == NULL || parent == NULL)
    return;

  export = g_new0 (Export, 1);
  export->page = g_object_ref (page);
  g_set_weak_pointer (&export->status, (GtkWidget *) status);
  lower = g_ascii_strdown (name, -1);
  if (g_str_has_suffix (lower, ".csv"))
    export->file = g_object_ref (file);
  else
    {
      g_autofree char *csv_name = g_strconcat (name, ".csv", NULL);
      GtkWidget *dialog;

      export->file = g_file_get_child (parent, csv_name);
      if (g_file_query_exists (export->file, NULL))
        {
          /* Translators: %s is a file name */
          dialog = gtk_message_dialog_new (get_window (GTK_WIDGET (page)),
                                           GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                           GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                           _("Replace “%s”?"), csv_name);
          gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                                    _("The name got the extension .csv, and a "
                                                      "file of that name already exists. "
                                                      "Replacing it overwrites it."));
          gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                                  _("_Replace"), GTK_RESPONSE_ACCEPT, NULL);
          gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
          gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                                        GTK_RESPONSE_ACCEPT),
                                    "destructive-action");
          g_object_set_data_full (G_OBJECT (dialog), "koers-export", export,
                                  (GDestroyNotify) export_free);
          g_signal_connect (dialog, "response", G_CALLBACK (replace_response_cb), NULL);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
    }
  start_export (export);
}

typedef struct
{
  KoersPage *page;    /* weak */
  GtkWidget *status;  /* weak */
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
        _koers_calendar_export_csv (request->page, (KoersExportStatus *) request->status, file);
    }
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (chooser));
}

/**
 * koers_calendar_export_csv_show:
 * @page: the calendar page
 * @status: (nullable): the page's status line
 *
 * Opens the save dialog for the calendar's CSV table.
 *
 * Returns: (transfer full): the dialog; the caller destroys it with the page
 */
GtkFileChooserNative *
koers_calendar_export_csv_show (KoersPage         *page,
                                KoersExportStatus *status)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  Request *request;

  g_return_val_if_fail (KOERS_IS_PAGE (page), NULL);

  chooser = gtk_file_chooser_native_new (_("Export the Content Calendar as a CSV Table"),
                                         get_window (GTK_WIDGET (page)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV table"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested file name of an exported calendar, without extension */
  name = g_strconcat (C_("file name", "content-calendar"), ".csv", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  request = g_new0 (Request, 1);
  g_set_weak_pointer (&request->page, page);
  g_set_weak_pointer (&request->status, (GtkWidget *) status);
  g_object_set_data_full (G_OBJECT (chooser), "koers-request", request, request_free);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return chooser;
}
