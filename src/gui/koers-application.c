/* koers-application.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "koers-application"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "koers-application.h"
#include "koers-check.h"
#include "koers-command-line.h"
#include "koers-example.h"
#include "koers-format.h"
#include "koers-plan-io.h"
#include "koers-preferences-window.h"
#include "koers-recovery.h"
#include "koers-window.h"

struct _KoersApplication
{
  GtkApplication  parent_instance;

  gboolean        recovery_offered;
  GPtrArray      *orphans;  /* of KoersRecoveryEntry, still to offer */
};

G_DEFINE_FINAL_TYPE (KoersApplication, koers_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the plan FILE and print what is missing or inconsistent"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --check: print the findings as a JSON list, for scripts"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the plan FILE to OUT; the extension of OUT picks the format"), N_("OUT") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the calendar entries of SOURCE (.ics or .csv) into the plan FILE and save it"),
    N_("SOURCE") },
  { "example", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Use the Dutch example plan as FILE"), NULL },
  /* The export options are strings, checked by koers_command_line_export_options(),
   * so that a wrong value is a usage error (64) with a message that says why. */
  { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: the page to export, one of those listed below (default: rose)"),
    N_("PAGE") },
  { "blank", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export: the blank workshop version, without scores"), NULL },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: the paper size, a4 (the default) or a3"), N_("SIZE") },
  { "landscape", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export: landscape instead of portrait"), NULL },
  { "style", 0, 0, G_OPTION_ARG_STRING, NULL,
    /* Translators: colour, grey and bw are typed as they are; explain them */
    N_("With --export: colour (the default), grey (shades of grey) or bw (black and white)"),
    N_("STYLE") },
  { "width", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export to PNG: the width in pixels (default 2000)"), N_("PIXELS") },
  { "poster", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export to PDF: a poster of COLUMNSxROWS sheets, as the print dialog makes it: "
       "2x2 or 3x3"), N_("CxR") },
  { "month", 0, 0, G_OPTION_ARG_STRING, NULL,
    /* Translators: YYYY-MM is typed as digits, as in 2027-03 */
    N_("With --export: the calendar of one month, as in 2027-03"), N_("YYYY-MM") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: the calendar from this month or day on, as in 2027-01 or 2027-01-15 "
       "(default: the plan's period)"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: the calendar up to and including this month or day, as in 2027-06"),
    N_("DATE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static void
print_strings (GString *out,
               GString *err)
{
  if (out->len > 0)
    {
      fputs (out->str, stdout);
      fflush (stdout);
    }
  if (err->len > 0)
    {
      fputs (err->str, stderr);
      fflush (stderr);
    }
}

static int
koers_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  g_autofree const char **files = NULL;
  g_autofree char *export_target = NULL;
  g_autofree char *import_source = NULL;
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  gboolean check = g_variant_dict_contains (options, "check");
  gboolean open_example = FALSE;
  int status = KOERS_EXIT_CLEAN;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("koers %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "export", "^ay", &export_target);
  g_variant_dict_lookup (options, "import", "^ay", &import_source);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    g_ptr_array_add (inputs, g_file_new_for_commandline_arg (files[i]));

  if (g_variant_dict_contains (options, "example"))
    {
      GFile *example = koers_example_find ();

      if (example == NULL)
        {
          g_printerr ("koers: %s\n", _("The example plan is not installed."));
          return KOERS_EXIT_UNREADABLE;
        }
      /* --check and --export read the example itself; the window opens it
       * as an untitled copy (app.open-example), so a save never writes over
       * the shipped file. */
      /* An import rewrites its plan: never the shipped example. */
      if (import_source != NULL)
        {
          g_object_unref (example);
          g_printerr ("koers: %s\n", _("--import writes the plan FILE; it cannot import into "
                                       "the example. Export the example to a file first."));
          return KOERS_EXIT_USAGE;
        }
      if (check || export_target != NULL)
        g_ptr_array_add (inputs, example);
      else
        {
          g_object_unref (example);
          open_example = TRUE;
        }
    }

  if (export_target == NULL && koers_command_line_has_export_options (options))
    {
      g_printerr ("koers: %s\n", _("--page, --blank, --paper, --landscape, --style, "
                                   "--width, --poster, --month, --from and --to only work "
                                   "with --export."));
      return KOERS_EXIT_USAGE;
    }

  if (!check && g_variant_dict_contains (options, "json"))
    {
      g_printerr ("koers: %s\n", _("--json only works with --check."));
      return KOERS_EXIT_USAGE;
    }

  if (!check && export_target == NULL && import_source == NULL)
    {
      g_autoptr(GError) error = NULL;

      if (inputs->len == 0 && !open_example)
        return -1;

      /* Open the files in the (possibly remote) primary instance. */
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("koers: %s\n", error->message);
          return 1;
        }
      if (inputs->len > 0)
        g_application_open (app, (GFile **) inputs->pdata, inputs->len, "");
      if (open_example)
        g_action_group_activate_action (G_ACTION_GROUP (app), "open-example", NULL);
      return 0;
    }

  if ((check ? 1 : 0) + (export_target != NULL ? 1 : 0) + (import_source != NULL ? 1 : 0) > 1)
    {
      g_printerr ("koers: %s\n", _("Use one of --check, --export and --import."));
      return KOERS_EXIT_USAGE;
    }

  if (inputs->len != 1)
    {
      g_printerr ("koers: %s\n", check ? _("--check needs exactly one plan file.")
                                 : export_target != NULL ? _("--export needs exactly one plan file.")
                                 : _("--import needs exactly one plan file."));
      return KOERS_EXIT_USAGE;
    }

  if (check)
    status = koers_command_line_check (g_ptr_array_index (inputs, 0),
                                       g_variant_dict_contains (options, "json"), out, err);
  else if (import_source != NULL)
    {
      g_autoptr(GFile) source = g_file_new_for_commandline_arg (import_source);

      status = koers_command_line_import (g_ptr_array_index (inputs, 0), source, out, err);
    }
  else
    {
      g_autoptr(GFile) target = g_file_new_for_commandline_arg (export_target);
      KoersExportOptions export_options;

      status = koers_command_line_export_options (options, &export_options, err);
      /* an iCalendar file is the whole calendar: no page unless one was asked */
      if (!g_variant_dict_contains (options, "page") && g_str_has_suffix (export_target, ".ics"))
        export_options.page = NULL;
      if (status == KOERS_EXIT_CLEAN)
        status = koers_command_line_export (g_ptr_array_index (inputs, 0), target,
                                            &export_options, out, err);
    }

  print_strings (out, err);
  return status;
}

static void offer_next_recovery (KoersApplication *self);

typedef struct
{
  KoersApplication   *app;
  KoersRecoveryEntry *entry;
} Restore;

static void
restore_free (Restore *restore)
{
  g_clear_object (&restore->app);
  koers_recovery_entry_free (restore->entry);
  g_free (restore);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Restore, restore_free)

static void
restore_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Restore) restore = user_data;
  KoersApplication *self = restore->app;
  KoersRecoveryEntry *entry = restore->entry;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_io_load_finish (result, &error);
  g_autoptr(GFile) file = entry->uri ? g_file_new_for_uri (entry->uri) : NULL;
  g_autofree char *dir = koers_recovery_get_dir ();
  GtkWindow *window;

  if (plan == NULL)
    {
      /* Keep the copy: the user may want to look at it by hand. */
      g_warning ("%s", error->message);
      offer_next_recovery (self);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL || koers_window_get_plan (KOERS_WINDOW (window)) != NULL)
    {
      window = GTK_WINDOW (koers_window_new (GTK_APPLICATION (self)));
      gtk_window_present (window);
    }
  koers_window_restore (KOERS_WINDOW (window), plan, file);
  koers_recovery_discard (dir, entry->id);
  offer_next_recovery (self);
}

static void
recovery_response_cb (GtkDialog        *dialog,
                      int               response,
                      KoersApplication *self)
{
  g_autoptr(KoersRecoveryEntry) entry = g_ptr_array_steal_index (self->orphans, 0);
  g_autofree char *dir = koers_recovery_get_dir ();

  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      /* Read in a thread, as any plan: a copy of a big plan takes a while. */
      g_autoptr(GFile) copy = g_file_new_for_path (entry->path);
      Restore *restore = g_new0 (Restore, 1);

      restore->app = g_object_ref (self);
      restore->entry = g_steal_pointer (&entry);
      koers_plan_io_load_async (copy, NULL, restore_loaded_cb, restore);
      return;
    }

  if (response == GTK_RESPONSE_REJECT)
    koers_recovery_discard (dir, entry->id);

  offer_next_recovery (self);
}

/* Work that was not saved when Koers stopped last time is offered back,
 * one plan at a time. */
static void
offer_next_recovery (KoersApplication *self)
{
  KoersRecoveryEntry *entry;
  GtkWidget *dialog;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  g_autoptr(GDate) date = NULL;

  if (self->orphans == NULL || self->orphans->len == 0)
    return;

  entry = g_ptr_array_index (self->orphans, 0);
  date = g_date_new_dmy (g_date_time_get_day_of_month (entry->written),
                         g_date_time_get_month (entry->written),
                         g_date_time_get_year (entry->written));
  day = koers_format_date (date);
  time = g_date_time_format (entry->written, "%H:%M");

  dialog = gtk_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                   GTK_DIALOG_MODAL, GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Restore unsaved changes to “%s”?"),
                                   entry->title && *entry->title ? entry->title
                                                                 : _("Untitled plan"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("Koers stopped before these changes were saved. "
                                              "The recovery copy was made on %s at %s."),
                                            day, time);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Discard"), GTK_RESPONSE_REJECT,
                          _("_Restore"), GTK_RESPONSE_ACCEPT,
                          NULL);
  /* HIG: the button that loses work looks like it */
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                                GTK_RESPONSE_REJECT),
                            "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                                GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
check_recovery_once (KoersApplication *self)
{
  g_autofree char *dir = NULL;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;

  dir = koers_recovery_get_dir ();
  self->orphans = koers_recovery_list_orphans (dir);
  offer_next_recovery (self);
}

static void
koers_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (koers_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
  check_recovery_once (KOERS_APPLICATION (app));
}

static void
koers_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      KoersWindow *window = koers_window_find_for_file (GTK_APPLICATION (app), files[i]);

      if (window == NULL)
        {
          window = koers_window_new (GTK_APPLICATION (app));
          koers_window_load_file (window, files[i]);
        }
      gtk_window_present (GTK_WINDOW (window));
    }
  check_recovery_once (KOERS_APPLICATION (app));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Each window asks about unsaved changes itself. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *authors[] = { _("The Koers developers"), NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", "Koers",
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan your social media step by step: first who and why, "
                                       "then how, and only then where."),
                         "website", "https://github.com/koersplan/koers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         /* Translators: your name(s), one per line */
                         "translator-credits", _("translator-credits"),
                         /* Translators: the About dialog's copyright line */
                         "copyright", _("© 2026 The Koers developers"),
                         NULL);
}

static void
new_window_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (koers_window_new (user_data)));
}

/* The example plan, as an untitled copy, in the active window (or a new one
 * when that one holds a plan worth keeping): `koers --example`. */
static void
open_example_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *window = gtk_application_get_active_window (app);

  if (window == NULL)
    window = GTK_WINDOW (koers_window_new (app));
  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL);
  check_recovery_once (KOERS_APPLICATION (app));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkApplication *app = user_data;

  gtk_window_present (GTK_WINDOW (koers_preferences_window_new (
                        gtk_application_get_active_window (app))));
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_activated },
  { "quit", quit_activated },
  { "about", about_activated },
  { "new-window", new_window_activated },
  { "open-example", open_example_activated },
};

static void
koers_application_startup (GApplication *app)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);

  /* Before any window: every string after this is in the chosen language. */
  koers_preferences_apply_language (settings);

  G_APPLICATION_CLASS (koers_application_parent_class)->startup (app);
  /* gtk_init set the locale from the environment again */
  koers_preferences_apply_numbers ();

  /* GtkApplication (unlike AdwApplication) does not load style.css itself */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/koersplan/Koers/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new-plan",
                                         (const char *[]) { "<Control>n", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open",
                                         (const char *[]) { "<Control>o", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.save",
                                         (const char *[]) { "<Control>s", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.save-as",
                                         (const char *[]) { "<Control><Shift>s", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.undo",
                                         (const char *[]) { "<Control>z", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.redo",
                                         (const char *[]) { "<Control><Shift>z", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.print",
                                         (const char *[]) { "<Control>p", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  /* Alt+0 for the overview, Alt+1 to 9 for the parts of the plan, so the
   * POST steps have their own numbers. */
  for (guint i = 0; i <= 9; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.show-page::%s",
                                                 i == 0 ? "overview" : koers_area_get_name (i - 1));
      g_autofree char *alt = g_strdup_printf ("<Alt>%u", i);
      g_autofree char *ctrl = g_strdup_printf ("<Control>%u", i);

      gtk_application_set_accels_for_action (GTK_APPLICATION (app), action,
                                             (const char *[]) { alt, ctrl, NULL });
    }

  gtk_window_set_default_icon_name (APP_ID);
}

static void
koers_application_finalize (GObject *object)
{
  KoersApplication *self = (KoersApplication *) object;

  g_clear_pointer (&self->orphans, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_application_parent_class)->finalize (object);
}

static void
koers_application_class_init (KoersApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = koers_application_finalize;

  app_class->handle_local_options = koers_application_handle_local_options;
  app_class->startup = koers_application_startup;
  app_class->activate = koers_application_activate;
  app_class->open = koers_application_open;
}

static void
koers_application_init (KoersApplication *self)
{
  g_autofree char *pages = NULL;
  g_autofree char *description = NULL;

  /* The language chosen in Preferences, before the first translated string:
   * --help, --check and --export speak it too. */
  koers_preferences_apply_saved_language ();
  pages = koers_command_line_dup_pages_help ();

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan social media step by step: people, "
                                              "objectives, strategy and technology."));
  description = g_strdup_printf ("%s\n%s",
                                 _("Exit status of --check: 0 when the plan is complete, 1 "
                                   "with findings, 2 when the file cannot be read.\n"
                                   "Export formats: .koers, .pdf, .svg and .png; a PDF holds "
                                   "every page or poster sheet, an SVG or a PNG the first."),
                                 pages);
  g_application_set_option_context_description (G_APPLICATION (self), description);
}

KoersApplication *
koers_application_new (void)
{
  return g_object_new (KOERS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/koersplan/Koers",
                       NULL);
}
