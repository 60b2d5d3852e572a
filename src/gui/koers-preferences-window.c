/* koers-preferences-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences: the language of the interface (for a consultant with a
 * Dutch client on an English machine, or the other way round) and the
 * recovery copies. Both are GSettings keys.
 */
#define G_LOG_DOMAIN "koers-preferences-window"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "koers-preferences-window.h"

struct _KoersPreferencesWindow
{
  GtkWindow    parent_instance;

  GSettings   *settings;

  GtkDropDown *language_dropdown;
  GtkSwitch   *recovery_switch;
  GtkLabel    *restart_label;
};

G_DEFINE_FINAL_TYPE (KoersPreferencesWindow, koers_preferences_window, GTK_TYPE_WINDOW)

/* In the order of the drop-down */
static const char *const languages[] = { "", "nl", "en" };

static gboolean
language_to_position (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *language = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i], language))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_language (const GValue       *value,
                      const GVariantType *type,
                      gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (languages))
    return NULL;
  return g_variant_new_string (languages[position]);
}

static void
language_changed_cb (KoersPreferencesWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->restart_label), TRUE);
}

static void
koers_preferences_window_dispose (GObject *object)
{
  KoersPreferencesWindow *self = (KoersPreferencesWindow *) object;

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (koers_preferences_window_parent_class)->dispose (object);
}

static void
koers_preferences_window_class_init (KoersPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koersplan/Koers/koers-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, recovery_switch);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, restart_label);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
koers_preferences_window_init (KoersPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_ID);
  g_settings_bind_with_mapping (self->settings, "language", self->language_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT, language_to_position,
                                position_to_language, NULL, NULL);
  g_settings_bind (self->settings, "autosave", self->recovery_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::language", G_CALLBACK (language_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
koers_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (KOERS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}

/**
 * koers_preferences_apply_language:
 *
 * Makes gettext use the chosen language, when one is chosen. Called at
 * start-up, before any window exists: the choice applies from the next
 * start on.
 */
void
koers_preferences_apply_language (GSettings *settings)
{
  g_autofree char *language = g_settings_get_string (settings, "language");

  if (*language != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
  koers_preferences_apply_numbers ();
}

/**
 * koers_preferences_apply_saved_language:
 *
 * koers_preferences_apply_language() with the user's settings, when the
 * schema is installed: for the command line (--help, --check, --export),
 * which answers before the application starts up.
 */
void
koers_preferences_apply_saved_language (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, BASE_ID, TRUE);
  if (schema == NULL)
    {
      koers_preferences_apply_numbers ();
      return;
    }
  settings = g_settings_new (BASE_ID);
  koers_preferences_apply_language (settings);
}

/* Locales that write numbers as @language does, the first one installed wins */
static const char *const *
numeric_locales (const char *language)
{
  static const char *const dutch[] = { "nl_NL.UTF-8", "nl_BE.UTF-8", "nl_NL.utf8", NULL };
  static const char *const english[] = {
    "en_GB.UTF-8", "en_US.UTF-8", "en_IE.UTF-8", "C.UTF-8", "C", NULL
  };

  if (g_str_has_prefix (language, "nl"))
    return dutch;
  if (g_str_has_prefix (language, "en") || g_str_equal (language, "C") ||
      g_str_has_prefix (language, "C."))
    return english;
  return NULL;
}

/**
 * koers_preferences_apply_numbers:
 *
 * Numbers follow the interface's language, not the region's: an English
 * interface writes 2.5 even in a Dutch locale, a Dutch one 2,5 where a Dutch
 * locale is installed. The interface's language is the first of gettext's
 * (LANGUAGE, then the locale) that Koers speaks. GTK sets the locale from
 * the environment when it starts, so the application calls this again after.
 */
void
koers_preferences_apply_numbers (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *const *locales = numeric_locales (names[i]);

      if (locales == NULL)
        continue;
      for (guint j = 0; locales[j] != NULL; j++)
        if (setlocale (LC_NUMERIC, locales[j]) != NULL)
          return;
      return;
    }
}
