/* koers-print.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing a printable of the table in src/render (koers-printable.c): its
 * pages, or a poster tiled over 2 x 2 or 3 x 3 sheets with an overlap and
 * cut marks, drawn by the same code as the screen and the PDF export. The
 * dialog runs asynchronously. What the user chose in it (printer, print to
 * file, the paper, and the Koers tab's blank and poster for each printable)
 * and, for the calendar, its months: the month the page shows, the plan's
 * period, or from one month to another)
 * is kept on the window for the session and saved in the user's config,
 * $XDG_CONFIG_HOME/koers/print-settings.ini, for the next sessions.
 */
#define G_LOG_DOMAIN "koers-print"

#include "config.h"

#include <errno.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>

#include "koers-bind.h"
#include "koers-calendar-util.h"
#include "koers-check.h"
#include "koers-file-replace.h"
#include "koers-page.h"
#include "koers-print.h"
#include "koers-poster.h"

#define SHEET_MARGIN_PT  KOERS_MM_TO_PT (4.0)   /* inside the printable area */

/* Keys of the window's data: kept for the session (and saved, see above). */
#define PAGE_SETUP_KEY     "koers-print-page-setup"
#define PRINT_SETTINGS_KEY "koers-print-settings"
#define TAB_OPTIONS_KEY    "koers-print-tab-options"
/* The saved file's group for the Koers tab; GTK's own are "Print Settings"
 * and "Page Setup". */
#define TAB_GROUP          "Koers"
/* Set by tests on the window: print to this PDF, without the dialog. */
#define EXPORT_FILENAME_KEY "koers-print-export-filename"

struct _KoersPrint
{
  GtkPrintOperation     parent_instance;

  KoersPlan            *plan;
  const KoersPrintable *printable;
  KoersRenderOptions    opts;
  char                 *date;         /* owns opts.date */

  GtkWindow            *parent;       /* weak */
  GtkBuilder           *options;      /* the custom tab, while the dialog shows */
  GtkPageSetup         *used_setup;   /* what begin-print got, to keep */
  gboolean              done;
  gboolean              page_style;   /* the page gave the style it shows */

  /* A printable of the calendar: which months; opts.from and opts.to
   * follow. Each date is a month's first day. */
  KoersPrintRange       range;
  GDate                 shown;        /* the month the page shows */
  GDate                 first;        /* KOERS_PRINT_RANGE_MONTHS */
  GDate                 last;
  gboolean              range_given;  /* koers_print_set_range(): not recalled */
};

G_DEFINE_FINAL_TYPE (KoersPrint, koers_print, GTK_TYPE_PRINT_OPERATION)

/* The range ------------------------------------------------------------ */

static const char *const range_names[] = { "month", "period", "months" };

static void
first_of_month (GDate       *month,
                const GDate *date)
{
  g_date_clear (month, 1);
  g_date_set_dmy (month, 1, g_date_get_month (date), g_date_get_year (date));
}

/**
 * koers_print_range_resolve:
 * @range: which months
 * @shown: the month the page shows (any day of it)
 * @first: for %KOERS_PRINT_RANGE_MONTHS, the first month (any day of it)
 * @last: for %KOERS_PRINT_RANGE_MONTHS, the last month; before @first
 *   they swap
 * @from: (out caller-allocates): the first day, cleared for the plan's period
 * @to: (out caller-allocates): the last day, cleared for the plan's period
 *
 * The days of #KoersRenderOptions (and #KoersExportOptions) for @range.
 */
void
koers_print_range_resolve (KoersPrintRange  range,
                           const GDate     *shown,
                           const GDate     *first,
                           const GDate     *last,
                           GDate           *from,
                           GDate           *to)
{
  const GDate *a = shown, *b = shown;

  g_return_if_fail (from != NULL && to != NULL);

  g_date_clear (from, 1);
  g_date_clear (to, 1);
  if (range == KOERS_PRINT_RANGE_PERIOD)
    return;
  if (range == KOERS_PRINT_RANGE_MONTHS && first != NULL && last != NULL &&
      g_date_valid (first) && g_date_valid (last))
    {
      a = g_date_compare (first, last) <= 0 ? first : last;
      b = g_date_compare (first, last) <= 0 ? last : first;
    }
  g_return_if_fail (a != NULL && g_date_valid (a) && b != NULL && g_date_valid (b));

  first_of_month (from, a);
  first_of_month (to, b);
  g_date_set_day (to, g_date_get_days_in_month (g_date_get_month (to), g_date_get_year (to)));
}

static gboolean
has_range (KoersPrint *self)
{
  return (self->printable->features & KOERS_PRINTABLE_RANGE) != 0;
}

/* opts.from and opts.to from the range */
static void
apply_range (KoersPrint *self)
{
  if (has_range (self))
    koers_print_range_resolve (self->range, &self->shown, &self->first, &self->last,
                               &self->opts.from, &self->opts.to);
}

/* "2027-03" */
/* A month as a drop-down of months and a year, in the tab */
static void
init_month_choice (GtkBuilder  *builder,
                   const char  *month_id,
                   const char  *year_id,
                   const GDate *month)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, month_id));
  GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_builder_get_object (builder, year_id));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint m = G_DATE_JANUARY; m <= G_DATE_DECEMBER; m++)
    gtk_string_list_append (names, koers_month_name (m));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, g_date_get_month (month) - 1);
  gtk_spin_button_set_value (spin, g_date_get_year (month));
  koers_spin_button_guard_scroll (spin);
}

static void
read_month_choice (GtkBuilder *builder,
                   const char *month_id,
                   const char *year_id,
                   GDate      *month)
{
  guint number = gtk_drop_down_get_selected (GTK_DROP_DOWN (gtk_builder_get_object (builder,
                                                                                    month_id)));
  int year = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (gtk_builder_get_object (builder,
                                                                                        year_id)));

  if (number < 12 && g_date_valid_dmy (1, number + 1, year))
    {
      g_date_clear (month, 1);
      g_date_set_dmy (month, 1, number + 1, year);
    }
}

/* The months to choose from only count with "From … to …" */
static void
range_selected_cb (GtkDropDown *dropdown,
                   GParamSpec  *pspec,
                   GtkBuilder  *builder)
{
  static const char *const ids[] = { "from_label", "from_box", "to_label", "to_box", NULL };
  gboolean months = gtk_drop_down_get_selected (dropdown) == KOERS_PRINT_RANGE_MONTHS;

  for (guint i = 0; ids[i] != NULL; i++)
    gtk_widget_set_sensitive (GTK_WIDGET (gtk_builder_get_object (builder, ids[i])), months);
}

static void
koers_print_begin_print (GtkPrintOperation *operation,
                         GtkPrintContext   *context)
{
  KoersPrint *self = KOERS_PRINT (operation);
  cairo_surface_t *target = cairo_get_target (gtk_print_context_get_cairo_context (context));
  guint n_sheets;

  g_clear_object (&self->used_setup);
  self->used_setup = gtk_page_setup_copy (gtk_print_context_get_page_setup (context));
  n_sheets = koers_printable_get_n_sheets (self->printable, self->plan, &self->opts,
                                           gtk_print_context_get_width (context),
                                           gtk_print_context_get_height (context),
                                           SHEET_MARGIN_PT);
  gtk_print_operation_set_n_pages (operation, n_sheets);

  /* A PDF (the export, or the spool file of a printer) gets a title. */
  if (cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_PDF)
    {
      g_autofree char *title = koers_printable_dup_title (self->printable, self->plan);

      cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_CREATOR, "Koers");
    }
}

static void
koers_print_draw_page (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page_nr)
{
  KoersPrint *self = KOERS_PRINT (operation);

  koers_printable_draw_sheet (self->printable, gtk_print_context_get_cairo_context (context),
                              self->plan, &self->opts, MAX (page_nr, 0),
                              gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context),
                              SHEET_MARGIN_PT);
}

static void
show_feature (GtkBuilder  *builder,
              const char  *const *ids,
              gboolean     visible)
{
  for (guint i = 0; ids[i] != NULL; i++)
    gtk_widget_set_visible (GTK_WIDGET (gtk_builder_get_object (builder, ids[i])), visible);
}

static GtkWidget *
koers_print_create_custom_widget (GtkPrintOperation *operation)
{
  KoersPrint *self = KOERS_PRINT (operation);
  KoersPrintableFeatures features = self->printable->features;
  /* the dialog offers square posters */
  guint tiles = self->opts.poster_columns == self->opts.poster_rows ? self->opts.poster_columns
                                                                    : 1;
  static const char *const style_ids[] = { "style_label", "style_dropdown", NULL };
  static const char *const blank_ids[] = { "blank_check", "blank_hint", NULL };
  static const char *const poster_ids[] = { "tiles_label", "tiles_dropdown", "tiles_hint", NULL };
  static const char *const range_ids[] = {
    "range_label", "range_dropdown", "from_label", "from_box", "from_month", "from_year",
    "to_label", "to_box", "to_month", "to_year", NULL
  };

  g_clear_object (&self->options);
  self->options = gtk_builder_new_from_resource ("/io/github/koersplan/Koers/koers-print-options.ui");

  /* Only what this printable heeds. */
  show_feature (self->options, style_ids, (features & KOERS_PRINTABLE_STYLE) != 0);
  show_feature (self->options, blank_ids, (features & KOERS_PRINTABLE_BLANK) != 0);
  show_feature (self->options, poster_ids, (features & KOERS_PRINTABLE_POSTER) != 0);
  show_feature (self->options, range_ids, (features & KOERS_PRINTABLE_RANGE) != 0);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_builder_get_object (self->options, "style_dropdown")),
                              self->opts.style);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_builder_get_object (self->options, "blank_check")),
                               self->opts.blank);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_builder_get_object (self->options, "tiles_dropdown")),
                              CLAMP (tiles, 1, KOERS_POSTER_MAX_SHEETS) - 1);

  if (features & KOERS_PRINTABLE_RANGE)
    {
      GtkDropDown *range = GTK_DROP_DOWN (gtk_builder_get_object (self->options,
                                                                  "range_dropdown"));
      g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
      /* xgettext:no-c-format */
      g_autofree char *month = koers_calendar_format_date (&self->shown, _("%B %Y"));
      /* Translators: the months to print: the month the calendar shows */
      g_autofree char *this_month = g_strdup_printf (_("This month, %s"), month);

      gtk_string_list_append (choices, this_month);
      gtk_string_list_append (choices, _("The plan’s period"));
      gtk_string_list_append (choices, _("From … to …"));
      gtk_drop_down_set_model (range, G_LIST_MODEL (choices));
      gtk_drop_down_set_selected (range, self->range);
      koers_dropdown_set_accessible_name (range, _("Months"));
      init_month_choice (self->options, "from_month", "from_year", &self->first);
      init_month_choice (self->options, "to_month", "to_year", &self->last);
      koers_dropdown_set_accessible_name (GTK_DROP_DOWN (gtk_builder_get_object (self->options,
                                                                                 "from_month")),
                                          _("First month"));
      koers_dropdown_set_accessible_name (GTK_DROP_DOWN (gtk_builder_get_object (self->options,
                                                                                 "to_month")),
                                          _("Last month"));
      g_signal_connect_object (range, "notify::selected", G_CALLBACK (range_selected_cb),
                               self->options, 0);
      range_selected_cb (range, NULL, self->options);
    }

  /* The builder keeps the tab alive until the dialog has taken it. */
  return GTK_WIDGET (gtk_builder_get_object (self->options, "options"));
}

static void
koers_print_custom_widget_apply (GtkPrintOperation *operation,
                                 GtkWidget         *widget)
{
  KoersPrint *self = KOERS_PRINT (operation);
  guint style, tiles;

  g_return_if_fail (self->options != NULL);

  style = gtk_drop_down_get_selected (GTK_DROP_DOWN (gtk_builder_get_object (self->options,
                                                                             "style_dropdown")));
  tiles = gtk_drop_down_get_selected (GTK_DROP_DOWN (gtk_builder_get_object (self->options,
                                                                             "tiles_dropdown")));
  if (style <= KOERS_RENDER_STYLE_BW)
    self->opts.style = style;
  if (tiles < KOERS_POSTER_MAX_SHEETS)
    self->opts.poster_columns = self->opts.poster_rows = tiles + 1;
  self->opts.blank =
    gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_builder_get_object (self->options,
                                                                           "blank_check")));
  if (has_range (self))
    {
      guint range = gtk_drop_down_get_selected (GTK_DROP_DOWN (gtk_builder_get_object (self->options,
                                                                                       "range_dropdown")));

      if (range <= KOERS_PRINT_RANGE_MONTHS)
        self->range = range;
      read_month_choice (self->options, "from_month", "from_year", &self->first);
      read_month_choice (self->options, "to_month", "to_year", &self->last);
      apply_range (self);
    }
}

static void
error_response_cb (GtkDialog *dialog,
                   int        response)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
show_error (GtkWindow            *parent,
            const KoersPrintable *printable,
            const GError         *error)
{
  GtkWidget *dialog;

  /* Translators: %s is what was printed, as in "Communication rose" */
  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   _("“%s” could not be printed"),
                                   koers_printable_get_name (printable));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            error != NULL ? error->message : "");
  g_signal_connect (dialog, "response", G_CALLBACK (error_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Where the print settings are saved; NULL to keep them for the session
 * only ($KOERS_PRINT_SETTINGS_FILE set empty, as the tests do). */
static char *
dup_settings_path (void)
{
  const char *override = g_getenv ("KOERS_PRINT_SETTINGS_FILE");

  if (override != NULL)
    return override[0] != '\0' ? g_strdup (override) : NULL;
  return g_build_filename (g_get_user_config_dir (), "koers", "print-settings.ini", NULL);
}

/* The session's key file: the window's, else the saved one, else empty. */
static GKeyFile *
get_saved (GtkWindow *parent)
{
  GKeyFile *saved = g_object_get_data (G_OBJECT (parent), TAB_OPTIONS_KEY);
  g_autofree char *path = NULL;

  if (saved != NULL)
    return saved;
  saved = g_key_file_new ();
  path = dup_settings_path ();
  /* A missing or broken file means no settings yet: printing works the same. */
  if (path != NULL)
    g_key_file_load_from_file (saved, path, G_KEY_FILE_NONE, NULL);
  g_object_set_data_full (G_OBJECT (parent), TAB_OPTIONS_KEY, saved,
                          (GDestroyNotify) g_key_file_unref);
  return saved;
}

static void
write_settings_thread (GTask        *task,
                       gpointer      source,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  g_autofree char *path = dup_settings_path ();
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes = task_data;

  if (path == NULL)
    return;
  dir = g_path_get_dirname (path);
  file = g_file_new_for_path (path);
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !koers_file_replace_bytes (file, bytes, &error))
    /* Not worth a dialog: printing worked, the next session starts from the defaults. */
    g_message ("Could not save the print settings to %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
}

/* Keeps what the dialog applied, on the window and in the user's config. */
static void
remember (KoersPrint       *self,
          GtkPrintSettings *settings)
{
  GKeyFile *saved = get_saved (self->parent);
  g_autofree char *poster = NULL;
  g_autofree char *key = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GTask) task = NULL;
  gsize length;

  if (settings != NULL)
    {
      g_object_set_data_full (G_OBJECT (self->parent), PRINT_SETTINGS_KEY,
                              gtk_print_settings_copy (settings), g_object_unref);
      g_key_file_remove_group (saved, "Print Settings", NULL);
      gtk_print_settings_to_key_file (settings, saved, NULL);
    }
  if (self->used_setup != NULL)
    {
      g_object_set_data_full (G_OBJECT (self->parent), PAGE_SETUP_KEY,
                              g_object_ref (self->used_setup), g_object_unref);
      g_key_file_remove_group (saved, "Page Setup", NULL);
      gtk_page_setup_to_key_file (self->used_setup, saved, NULL);
    }

  key = g_strconcat (self->printable->id, "-style", NULL);
  g_key_file_set_integer (saved, TAB_GROUP, key, self->opts.style);
  g_free (key);
  key = g_strconcat (self->printable->id, "-blank", NULL);
  g_key_file_set_boolean (saved, TAB_GROUP, key, self->opts.blank);
  g_free (key);
  key = g_strconcat (self->printable->id, "-poster", NULL);
  poster = g_strdup_printf ("%ux%u", self->opts.poster_columns, self->opts.poster_rows);
  g_key_file_set_string (saved, TAB_GROUP, key, poster);
  if (has_range (self))
    {
      g_autofree char *first = koers_calendar_month_key (&self->first);
      g_autofree char *last = koers_calendar_month_key (&self->last);

      g_free (key);
      key = g_strconcat (self->printable->id, "-range", NULL);
      g_key_file_set_string (saved, TAB_GROUP, key, range_names[self->range]);
      g_free (key);
      key = g_strconcat (self->printable->id, "-from", NULL);
      g_key_file_set_string (saved, TAB_GROUP, key, first);
      g_free (key);
      key = g_strconcat (self->printable->id, "-to", NULL);
      g_key_file_set_string (saved, TAB_GROUP, key, last);
    }

  data = g_key_file_to_data (saved, &length, NULL);
  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (task, g_bytes_new_take (g_steal_pointer (&data), length),
                        (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, write_settings_thread);
}

/* Starts the tab from what was applied last time for this printable: blank
 * and poster always, the style unless the page shows one (what is seen
 * is what prints). */
static void
recall (KoersPrint *self,
        GKeyFile   *saved)
{
  g_autofree char *key = NULL;
  g_autofree char *poster = NULL;
  g_autoptr(GError) error = NULL;
  guint columns, rows;
  int style;
  gboolean blank;

  key = g_strconcat (self->printable->id, "-style", NULL);
  style = g_key_file_get_integer (saved, TAB_GROUP, key, &error);
  if (error == NULL && !self->page_style && style >= 0 && style <= KOERS_RENDER_STYLE_BW)
    self->opts.style = style;
  g_clear_error (&error);
  g_free (key);

  key = g_strconcat (self->printable->id, "-blank", NULL);
  blank = g_key_file_get_boolean (saved, TAB_GROUP, key, &error);
  if (error == NULL)
    self->opts.blank = blank;
  g_clear_error (&error);
  g_free (key);

  key = g_strconcat (self->printable->id, "-poster", NULL);
  poster = g_key_file_get_string (saved, TAB_GROUP, key, NULL);
  if (poster != NULL && sscanf (poster, "%ux%u", &columns, &rows) == 2 &&
      columns >= 1 && columns <= KOERS_POSTER_MAX_SHEETS &&
      rows >= 1 && rows <= KOERS_POSTER_MAX_SHEETS)
    {
      self->opts.poster_columns = columns;
      self->opts.poster_rows = rows;
    }

  /* the calendar's months: "this month" is the one the page shows now */
  if (has_range (self) && !self->range_given)
    {
      g_autofree char *range = NULL;
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      GDate first_month, last_month;

      g_free (key);
      key = g_strconcat (self->printable->id, "-range", NULL);
      range = g_key_file_get_string (saved, TAB_GROUP, key, NULL);
      for (guint i = 0; range != NULL && i < G_N_ELEMENTS (range_names); i++)
        if (g_strcmp0 (range, range_names[i]) == 0)
          self->range = i;
      g_free (key);
      key = g_strconcat (self->printable->id, "-from", NULL);
      first = g_key_file_get_string (saved, TAB_GROUP, key, NULL);
      g_free (key);
      key = g_strconcat (self->printable->id, "-to", NULL);
      last = g_key_file_get_string (saved, TAB_GROUP, key, NULL);
      if (koers_calendar_parse_month_key (first, &first_month) &&
          koers_calendar_parse_month_key (last, &last_month))
        {
          self->first = first_month;
          self->last = last_month;
        }
      apply_range (self);
    }
}

static void
koers_print_done (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result)
{
  KoersPrint *self = KOERS_PRINT (operation);

  self->done = TRUE;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->parent != NULL)
    remember (self, gtk_print_operation_get_print_settings (operation));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_error (self->parent, self->printable, error);
    }

  g_clear_object (&self->options);
}

static void
koers_print_dispose (GObject *object)
{
  KoersPrint *self = (KoersPrint *) object;

  g_clear_object (&self->plan);
  g_clear_object (&self->options);
  g_clear_object (&self->used_setup);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (koers_print_parent_class)->dispose (object);
}

static void
koers_print_finalize (GObject *object)
{
  KoersPrint *self = (KoersPrint *) object;

  g_free (self->date);

  G_OBJECT_CLASS (koers_print_parent_class)->finalize (object);
}

static void
koers_print_class_init (KoersPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = koers_print_dispose;
  object_class->finalize = koers_print_finalize;

  print_class->begin_print = koers_print_begin_print;
  print_class->draw_page = koers_print_draw_page;
  print_class->create_custom_widget = koers_print_create_custom_widget;
  print_class->custom_widget_apply = koers_print_custom_widget_apply;
  print_class->done = koers_print_done;
}

static void
koers_print_init (KoersPrint *self)
{
  GDate today;

  koers_render_options_init (&self->opts);
  koers_calendar_today (&today);
  first_of_month (&self->shown, &today);
  self->first = self->last = self->shown;
  self->range = KOERS_PRINT_RANGE_MONTH;

  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), FALSE);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (self), TRUE);
}

/**
 * koers_print_new:
 * @plan: the plan
 * @printable: (nullable): what to print; %NULL for the plan's default,
 *   the rose
 *
 * Returns: (transfer full): a print operation for @printable of @plan
 */
KoersPrint *
koers_print_new (KoersPlan            *plan,
                 const KoersPrintable *printable)
{
  KoersPrint *self;
  g_autofree char *job = NULL;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  self = g_object_new (KOERS_TYPE_PRINT, NULL);
  self->plan = g_object_ref (plan);
  self->printable = printable != NULL ? printable : koers_printable_get_default ();
  apply_range (self);

  job = koers_printable_dup_title (self->printable, plan);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job);
  gtk_print_operation_set_custom_tab_label (GTK_PRINT_OPERATION (self),
                                            koers_printable_get_name (self->printable));

  return self;
}

/**
 * koers_print_get_printable:
 *
 * Returns: (transfer none): what @self prints
 */
const KoersPrintable *
koers_print_get_printable (KoersPrint *self)
{
  g_return_val_if_fail (KOERS_IS_PRINT (self), NULL);

  return self->printable;
}

/**
 * koers_print_get_options:
 *
 * Returns: (transfer none): the options @self prints with: what it was
 *   given, and what the dialog's tab applied
 */
const KoersRenderOptions *
koers_print_get_options (KoersPrint *self)
{
  g_return_val_if_fail (KOERS_IS_PRINT (self), NULL);

  return &self->opts;
}

/**
 * koers_print_set_options:
 * @opts: style, blank, date and poster; the dialog starts from these. For
 *   the calendar, the month of @opts' from is the one the page shows
 *   ("this month"), and the range starts as that month
 */
void
koers_print_set_options (KoersPrint               *self,
                         const KoersRenderOptions *opts)
{
  g_return_if_fail (KOERS_IS_PRINT (self));
  g_return_if_fail (opts != NULL);
  g_return_if_fail (opts->style <= KOERS_RENDER_STYLE_BW);

  self->opts = *opts;
  g_free (self->date);
  self->date = g_strdup (opts->date);
  self->opts.date = self->date;
  self->opts.poster_columns = CLAMP (opts->poster_columns, 1, KOERS_POSTER_MAX_SHEETS);
  self->opts.poster_rows = CLAMP (opts->poster_rows, 1, KOERS_POSTER_MAX_SHEETS);
  self->page_style = TRUE;
  if (g_date_valid (&opts->from))
    {
      first_of_month (&self->shown, &opts->from);
      self->first = self->last = self->shown;
      self->range = KOERS_PRINT_RANGE_MONTH;
    }
  apply_range (self);
}

/**
 * koers_print_set_range:
 * @range: which months the calendar prints
 * @first: (nullable): for %KOERS_PRINT_RANGE_MONTHS, the first month (any
 *   day of it)
 * @last: (nullable): for %KOERS_PRINT_RANGE_MONTHS, the last month
 *
 * What the dialog's tab starts from, instead of what the last print
 * chose; a printable that is no calendar ignores it.
 */
void
koers_print_set_range (KoersPrint      *self,
                       KoersPrintRange  range,
                       const GDate     *first,
                       const GDate     *last)
{
  g_return_if_fail (KOERS_IS_PRINT (self));
  g_return_if_fail (range <= KOERS_PRINT_RANGE_MONTHS);

  self->range = range;
  self->range_given = TRUE;
  if (first != NULL && g_date_valid (first))
    first_of_month (&self->first, first);
  if (last != NULL && g_date_valid (last))
    first_of_month (&self->last, last);
  apply_range (self);
}

KoersPrintRange
koers_print_get_range (KoersPrint *self)
{
  g_return_val_if_fail (KOERS_IS_PRINT (self), KOERS_PRINT_RANGE_MONTH);

  return self->range;
}

void
koers_print_set_style (KoersPrint       *self,
                       KoersRenderStyle  style)
{
  g_return_if_fail (KOERS_IS_PRINT (self));
  g_return_if_fail (style <= KOERS_RENDER_STYLE_BW);

  self->opts.style = style;
}

/**
 * koers_print_set_blank:
 * @blank: the workshop version: no scores, room to write
 */
void
koers_print_set_blank (KoersPrint *self,
                       gboolean    blank)
{
  g_return_if_fail (KOERS_IS_PRINT (self));

  self->opts.blank = !!blank;
}

/**
 * koers_print_set_poster:
 * @columns: sheets across, 1 to %KOERS_POSTER_MAX_SHEETS
 * @rows: sheets down, 1 to %KOERS_POSTER_MAX_SHEETS; 1 x 1 is one sheet
 */
void
koers_print_set_poster (KoersPrint *self,
                        guint       columns,
                        guint       rows)
{
  g_return_if_fail (KOERS_IS_PRINT (self));
  g_return_if_fail (columns >= 1 && columns <= KOERS_POSTER_MAX_SHEETS);
  g_return_if_fail (rows >= 1 && rows <= KOERS_POSTER_MAX_SHEETS);

  self->opts.poster_columns = columns;
  self->opts.poster_rows = rows;
}

/**
 * koers_print_pick_printable:
 * @page: (nullable): the page that is showing
 *
 * What the window's Print action prints: the printable of @page, or, on a
 * page with nothing of its own to print, the plan's default (the rose), so
 * that Print works from every page and the dialog's tab names what it
 * prints.
 *
 * Returns: (transfer none): the printable; never %NULL
 */
const KoersPrintable *
koers_print_pick_printable (KoersPage *page)
{
  const KoersPrintable *printable = NULL;

  g_return_val_if_fail (page == NULL || KOERS_IS_PAGE (page), NULL);

  if (page != NULL)
    printable = koers_printable_lookup (koers_page_get_printable_id (page));
  return printable != NULL ? printable : koers_printable_get_default ();
}

/**
 * koers_print_run:
 * @parent: (nullable): the window; it keeps the page setup, the print
 *   settings and the tab's options for the next print, and they are saved
 *   in the user's config for the next session
 *
 * Shows the print dialog and returns at once; printing goes on in the
 * main loop, and a failure is shown in a dialog.
 */
void
koers_print_run (KoersPrint *self,
                 GtkWindow  *parent)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  GtkPageSetup *setup = NULL;
  GtkPrintSettings *settings = NULL;
  const char *export_to;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (KOERS_IS_PRINT (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  g_set_weak_pointer (&self->parent, parent);
  if (parent != NULL)
    {
      GKeyFile *saved = get_saved (parent);

      setup = g_object_get_data (G_OBJECT (parent), PAGE_SETUP_KEY);
      settings = g_object_get_data (G_OBJECT (parent), PRINT_SETTINGS_KEY);
      /* the first print of this window: what the last session saved */
      if (setup == NULL && g_key_file_has_group (saved, "Page Setup"))
        {
          setup = gtk_page_setup_new_from_key_file (saved, NULL, NULL);
          if (setup != NULL)
            g_object_set_data_full (G_OBJECT (parent), PAGE_SETUP_KEY, setup, g_object_unref);
        }
      if (settings == NULL && g_key_file_has_group (saved, "Print Settings"))
        {
          settings = gtk_print_settings_new_from_key_file (saved, NULL, NULL);
          if (settings != NULL)
            g_object_set_data_full (G_OBJECT (parent), PRINT_SETTINGS_KEY, settings,
                                    g_object_unref);
        }
      recall (self, saved);
    }

  {
    g_autoptr(GtkPageSetup) page = setup != NULL ? gtk_page_setup_copy (setup)
                                                 : gtk_page_setup_new ();

    if (setup == NULL)
      {
        GtkPaperSize *paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);

        gtk_page_setup_set_paper_size_and_default_margins (page, paper);
        gtk_page_setup_set_orientation (page, GTK_PAGE_ORIENTATION_PORTRAIT);
        gtk_paper_size_free (paper);
      }
    /* A printable drawn for landscape paper (the RACI matrix) starts on it. */
    if (self->printable->features & KOERS_PRINTABLE_LANDSCAPE)
      gtk_page_setup_set_orientation (page, GTK_PAGE_ORIENTATION_LANDSCAPE);
    gtk_print_operation_set_default_page_setup (operation, page);
  }
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);

  export_to = parent != NULL ? g_object_get_data (G_OBJECT (parent), EXPORT_FILENAME_KEY) : NULL;
  if (export_to != NULL)
    gtk_print_operation_set_export_filename (operation, export_to);
  result = gtk_print_operation_run (operation,
                                    export_to != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                      : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  /* An error before the dialog came up: ::done may not follow. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && !self->done)
    show_error (parent, self->printable, error);
}
