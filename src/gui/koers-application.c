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
#include "koers-window.h"

struct _KoersApplication
{
  GtkApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (KoersApplication, koers_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the plan FILE and print what is missing or inconsistent"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the plan FILE to OUT; the extension of OUT picks the format"), N_("OUT") },
  { "example", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Use the Dutch example plan as FILE"), NULL },
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
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  gboolean check = g_variant_dict_contains (options, "check");
  int status = KOERS_EXIT_CLEAN;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("koers %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "export", "^ay", &export_target);
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
      g_ptr_array_add (inputs, example);
    }

  if (!check && export_target == NULL)
    {
      g_autoptr(GError) error = NULL;

      if (inputs->len == 0)
        return -1;

      /* Open the files in the (possibly remote) primary instance. */
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("koers: %s\n", error->message);
          return 1;
        }
      g_application_open (app, (GFile **) inputs->pdata, inputs->len, "");
      return 0;
    }

  if (check && export_target != NULL)
    {
      g_printerr ("koers: %s\n", _("Use --check or --export, not both."));
      return KOERS_EXIT_USAGE;
    }

  if (inputs->len != 1)
    {
      g_printerr ("koers: %s\n", check ? _("--check needs exactly one plan file.")
                                       : _("--export needs exactly one plan file."));
      return KOERS_EXIT_USAGE;
    }

  if (check)
    status = koers_command_line_check (g_ptr_array_index (inputs, 0), out, err);
  else
    {
      g_autoptr(GFile) target = g_file_new_for_commandline_arg (export_target);

      status = koers_command_line_export (g_ptr_array_index (inputs, 0), target, out, err);
    }

  print_strings (out, err);
  return status;
}

static void
koers_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (koers_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
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
                         "copyright", "© 2026 The Koers developers",
                         NULL);
}

static void
new_window_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (koers_window_new (user_data)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "new-window", new_window_activated },
};

static void
koers_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (koers_application_parent_class)->startup (app);

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
koers_application_class_init (KoersApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = koers_application_handle_local_options;
  app_class->startup = koers_application_startup;
  app_class->activate = koers_application_activate;
  app_class->open = koers_application_open;
}

static void
koers_application_init (KoersApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan social media step by step: people, "
                                              "objectives, strategy and technology."));
  g_application_set_option_context_description (G_APPLICATION (self),
                                                _("Exit status of --check: 0 when the plan is "
                                                  "complete, 1 with findings, 2 when the file "
                                                  "cannot be read.\n"
                                                  "Export formats: .koers"));
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
