/* koers-calendar-transfer.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar page's "Import…": the file chooser, the reading of an import in a thread, and what the user is
 * told. An import comes into the plan as one undo step, with a notice that
 * offers Undo; a file with problems is not imported at all, and a dialog
 * lists them. Works for every reader of the import table
 * (koers-calendar-import.c), whatever the format.
 */
#define G_LOG_DOMAIN "koers-calendar-transfer"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-calendar-transfer.h"
#include "koers-channel.h"
#include "koers-export.h"
#include "koers-export-dialog.h"
#include "koers-plan.h"
#include "koers-window.h"

/* The most problem or note lines a dialog lists */
#define REPORT_LINES 20

static GtkWindow *
get_window (GtkWidget *widget)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
message_response_cb (GtkDialog *dialog,
                     int        response)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
show_message (KoersPage      *page,
              GtkMessageType  type,
              const char     *heading,
              const char     *text)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (get_window (GTK_WIDGET (page)),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   type, GTK_BUTTONS_CLOSE, "%s", heading);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", text);
  /* the report's lines can be selected and copied */
  {
    GtkWidget *area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));

    for (GtkWidget *child = gtk_widget_get_first_child (area);
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_LABEL (child))
        gtk_label_set_selectable (GTK_LABEL (child), TRUE);
  }
  g_signal_connect (dialog, "response", G_CALLBACK (message_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Import ------------------------------------------------------------------- */

typedef struct
{
  KoersPage *page;       /* weak */
  KoersPlan *plan;       /* weak: the plan the file was read for */
  GFile     *file;
  KoersPlan *channels;   /* a copy of the plan's channels: all a reader reads */
} Import;

static void
import_free (Import *import)
{
  g_clear_weak_pointer (&import->page);
  g_clear_weak_pointer (&import->plan);
  g_clear_object (&import->file);
  g_clear_object (&import->channels);
  g_free (import);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Import *import = task_data;
  GError *error = NULL;
  KoersCalendarImport *result;

  /* a window names the file by its display name, not its path */
  result = koers_calendar_import_read_file (import->file, NULL, import->channels, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) koers_calendar_import_free);
}

/**
 * koers_calendar_transfer_dup_summary:
 *
 * Returns: (transfer full): what the notice after an import says
 */
char *
koers_calendar_transfer_dup_summary (guint added,
                                     guint updated)
{
  g_autofree char *added_text = NULL;

  added_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry imported",
                                             "%u entries imported", added), added);
  if (updated == 0)
    return g_steal_pointer (&added_text);
  /* Translators: "12 entries imported, 3 updated" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u updated", "%s, %u updated",
                                       updated),
                          added_text, updated);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Import *import = g_task_get_task_data (G_TASK (result));
  g_autoptr(KoersCalendarImport) read = NULL;
  g_autoptr(GError) error = NULL;
  KoersPage *page = import->page;
  KoersPlan *plan;
  guint added = 0, updated = 0;

  read = g_task_propagate_pointer (G_TASK (result), &error);
  if (page == NULL || gtk_widget_in_destruction (GTK_WIDGET (page)))
    return;

  /* The window opened another plan while the file was read (a reload, a
   * plan dropped on it): its posts are not for that plan. The page, if
   * hidden, may not have the window's plan yet, so the window says which
   * plan is open. */
  {
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));
    KoersPlan *open = KOERS_IS_WINDOW (root) ? koers_window_get_plan (KOERS_WINDOW (root))
                                             : koers_page_get_plan (page);

    plan = import->plan;
    if (plan == NULL || open != plan)
      {
        if (open != NULL)
          show_message (page, GTK_MESSAGE_INFO, _("Nothing was imported"),
                        _("Another plan was opened while the file was read. Import the file "
                          "again to add its posts to this plan."));
        return;
      }
  }

  if (read == NULL)
    {
      show_message (page, GTK_MESSAGE_ERROR, _("Nothing was imported"), error->message);
      return;
    }

  if (read->problems->len > 0)
    {
      g_autofree char *report = koers_calendar_import_dup_report (read, REPORT_LINES);
      g_autofree char *heading =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Nothing was imported: %u line cannot be imported",
                                      "Nothing was imported: %u lines cannot be imported",
                                      read->problems->len),
                         read->problems->len);

      show_message (page, GTK_MESSAGE_ERROR, heading, g_strchomp (report));
      return;
    }

  /* one change: one undo step, which the notice's Undo takes back */
  koers_calendar_import_apply (read, plan, &added, &updated);
  {
    g_autofree char *summary = koers_calendar_transfer_dup_summary (added, updated);

    gtk_widget_activate_action (GTK_WIDGET (page), "win.show-notice", "(sb)", summary, FALSE);
    if (read->notes->len > 0)
      {
        g_autofree char *report = koers_calendar_import_dup_report (read, REPORT_LINES);
        g_autofree char *heading = g_strdup_printf (_("%s. Not everything was kept:"), summary);

        show_message (page, GTK_MESSAGE_INFO, heading, g_strchomp (report));
      }
  }
}

/**
 * koers_calendar_transfer_import_file:
 * @page: the calendar page
 * @file: the file to import; its extension picks the reader
 *
 * Reads @file in a thread and brings it into the page's plan, or says why
 * nothing was imported.
 */
void
koers_calendar_transfer_import_file (KoersPage *page,
                                     GFile     *file)
{
  g_autoptr(GTask) task = NULL;
  KoersPlan *plan;
  GListModel *channels;
  Import *import;

  g_return_if_fail (KOERS_IS_PAGE (page));
  g_return_if_fail (G_IS_FILE (file));

  plan = koers_page_get_plan (page);
  if (plan == NULL)
    return;
  /* the import's notice or dialog is the page's news now, not the last export */
  koers_export_dialog_hide_status (page);

  import = g_new0 (Import, 1);
  g_set_weak_pointer (&import->page, page);
  g_set_weak_pointer (&import->plan, plan);
  import->file = g_object_ref (file);
  /* The reader looks at the channels only; the thread gets copies, so the
   * plan may change meanwhile. */
  import->channels = koers_plan_new ();
  channels = koers_plan_get_channels (plan);
  for (guint i = 0, n = g_list_model_get_n_items (channels); i < n; i++)
    {
      g_autoptr(KoersChannel) channel = g_list_model_get_item (channels, i);
      g_autoptr(KoersChannel) copy = koers_channel_new ();

      koers_channel_set_id (copy, koers_channel_get_id (channel));
      koers_channel_set_name (copy, koers_channel_get_name (channel));
      koers_plan_append (import->channels, koers_plan_get_channels (import->channels), copy);
    }

  task = g_task_new (NULL, NULL, imported_cb, NULL);
  g_task_set_source_tag (task, koers_calendar_transfer_import_file);
  g_task_set_task_data (task, import, (GDestroyNotify) import_free);
  g_task_run_in_thread (task, import_thread);
}

static void
weak_page_free (gpointer data)
{
  KoersPage **page = data;

  g_clear_weak_pointer (page);
  g_free (page);
}

static void
import_response_cb (GtkFileChooserNative *chooser,
                    int                   response,
                    gpointer              user_data)
{
  KoersPage **page = g_object_steal_data (G_OBJECT (chooser), "koers-import-page");
  g_autoptr(GFile) file = NULL;

  if (page == NULL)
    return;
  if (response == GTK_RESPONSE_ACCEPT && *page != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    koers_calendar_transfer_import_file (*page, file);

  weak_page_free (page);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

/**
 * koers_calendar_transfer_import:
 * @page: the calendar page
 *
 * Asks for a file of a format Koers imports and imports it.
 *
 * Returns: (transfer none): the dialog; it holds itself until answered
 */
GtkFileChooserNative *
koers_calendar_transfer_import (KoersPage *page)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *extensions = koers_calendar_import_dup_extensions ("\n");
  g_auto(GStrv) list = g_strsplit (extensions, "\n", -1);
  g_autofree char *shown = koers_calendar_import_dup_extensions (", ");
  g_autofree char *filter_name = NULL;
  GtkFileChooserNative *chooser;
  KoersPage **weak;

  g_return_val_if_fail (KOERS_IS_PAGE (page), NULL);

  chooser = gtk_file_chooser_native_new (_("Import Calendar Entries"),
                                         get_window (GTK_WIDGET (page)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: %s lists extensions, as ".ics, .csv" */
  filter_name = g_strdup_printf (_("Calendar files (%s)"), shown);
  gtk_file_filter_set_name (filter, filter_name);
  for (guint i = 0; list[i] != NULL; i++)
    {
      /* the readers match the extension in any case: so does the filter */
      g_autoptr(GString) pattern = g_string_new ("*");

      for (const char *c = list[i]; *c != '\0'; c++)
        if (g_ascii_isalpha (*c))
          g_string_append_printf (pattern, "[%c%c]", g_ascii_tolower (*c), g_ascii_toupper (*c));
        else
          g_string_append_c (pattern, *c);
      gtk_file_filter_add_pattern (filter, pattern->str);
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  weak = g_new0 (KoersPage *, 1);
  g_set_weak_pointer (weak, page);
  g_object_set_data_full (G_OBJECT (chooser), "koers-import-page", weak, weak_page_free);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return chooser;
}
