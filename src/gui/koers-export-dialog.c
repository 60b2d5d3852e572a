/* koers-export-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Export… dialog of the pages with a printable (the rose, the maturity
 * phases): one file chooser, its choices, and the export in a thread. The
 * name follows the chosen type when the user accepts, and the page's
 * KoersExportStatus then says where the file went.
 */
#define G_LOG_DOMAIN "koers-export-dialog"

#include "config.h"


#include <glib/gi18n.h>

#include "koers-export-dialog.h"
#include "koers-export-dialog-private.h"
#include "koers-calendar-util.h"
#include "koers-printable.h"

static const struct {
  const char *name;
  const char *mime_type;
  const char *extension;
} formats[] = {
  { N_("PDF document"), "application/pdf", ".pdf" },
  { N_("SVG image"), "image/svg+xml", ".svg" },
  { N_("PNG image"), "image/png", ".png" },
};

static const char *style_ids[] = { "colour", "grey", "bw" };
static const char *range_ids[] = { "month", "period", "months" };

/* The most months the From and To choices list: two years before the
 * month the page shows and three after, within the plan's period */
#define MONTHS_BEFORE 24
#define MONTHS_AFTER  35

typedef struct
{
  KoersPage          *page;    /* weak: the page owns the choices */
  KoersExportChoices *choices;
  KoersRenderStyle    style;
  char               *error_message;
} Request;

static void
request_free (gpointer data)
{
  Request *request = data;

  g_clear_weak_pointer (&request->page);
  g_free (request->error_message);
  g_free (request);
}

static GtkWindow *
get_window (GtkWidget *widget)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
error_response_cb (GtkDialog *dialog,
                   int        response)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* @message with the error below it, on @widget's window */
void
_koers_export_show_error (GtkWidget    *widget,
                          const char   *message,
                          const GError *error)
{
  GtkWidget *dialog = gtk_message_dialog_new (get_window (widget),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", message);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            error != NULL ? error->message : "");
  g_signal_connect (dialog, "response", G_CALLBACK (error_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const KoersPrintable *
get_printable (KoersPage *page)
{
  return koers_printable_lookup (koers_page_get_printable_id (page));
}

static gboolean
has_feature (KoersPage              *page,
             KoersPrintableFeatures  feature)
{
  const KoersPrintable *printable = get_printable (page);

  return printable != NULL && (printable->features & feature) != 0;
}

/* The month the page shows: the month of its print options' first day */
static void
get_shown_month (KoersPage *page,
                 GDate     *month)
{
  KoersRenderOptions opts;

  koers_render_options_init (&opts);
  koers_page_get_print_options (page, &opts);
  if (g_date_valid (&opts.from))
    *month = opts.from;
  else
    koers_calendar_today (month);
  g_date_set_day (month, 1);
}

/* The months From and To offer: the plan's period around @shown, at most
 * MONTHS_BEFORE before it and MONTHS_AFTER after it, @shown always. */
static void
add_month_choices (GtkFileChooser *fc,
                   KoersPlan      *plan,
                   const GDate    *shown,
                   const GDate    *first,
                   const GDate    *last)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  const GDate *start = koers_plan_get_period_start (plan);
  const GDate *end = koers_plan_get_period_end (plan);
  g_autofree char *first_id = NULL;
  g_autofree char *last_id = NULL;
  gboolean has_first = FALSE, has_last = FALSE;
  GDate month = *shown, stop = *shown;

  for (guint i = 0; i < MONTHS_BEFORE && g_date_get_julian (&month) > 31; i++)
    {
      GDate before = month;

      g_date_subtract_months (&before, 1);
      if (start != NULL && g_date_valid (start) && g_date_compare (&before, start) < 0 &&
          !(g_date_get_month (&before) == g_date_get_month (start) &&
            g_date_get_year (&before) == g_date_get_year (start)))
        break;
      month = before;
    }
  for (guint i = 0; i < MONTHS_AFTER && g_date_get_year (&stop) < 9999; i++)
    {
      GDate after = stop;

      g_date_add_months (&after, 1);
      if (end != NULL && g_date_valid (end) && g_date_compare (&after, end) > 0)
        break;
      stop = after;
    }

  first_id = koers_calendar_month_key (first);
  last_id = koers_calendar_month_key (last);
  for (; g_date_compare (&month, &stop) <= 0; g_date_add_months (&month, 1))
    {
      char *id = koers_calendar_month_key (&month);

      has_first |= g_strcmp0 (id, first_id) == 0;
      has_last |= g_strcmp0 (id, last_id) == 0;
      g_ptr_array_add (ids, id);
      /* xgettext:no-c-format */
      g_ptr_array_add (labels, koers_calendar_format_date (&month, _("%B %Y")));
      if (g_date_get_year (&month) == 9999 && g_date_get_month (&month) == G_DATE_DECEMBER)
        break;
    }
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (labels, NULL);

  gtk_file_chooser_add_choice (fc, "from", _("First month"), (const char **) ids->pdata,
                               (const char **) labels->pdata);
  gtk_file_chooser_add_choice (fc, "to", _("Last month"), (const char **) ids->pdata,
                               (const char **) labels->pdata);
  {
    g_autofree char *shown_id = koers_calendar_month_key (shown);

    gtk_file_chooser_set_choice (fc, "from", has_first ? first_id : shown_id);
    gtk_file_chooser_set_choice (fc, "to", has_last ? last_id : shown_id);
  }
}

static guint
choice_index (GtkFileChooser    *chooser,
              const char        *id,
              const char *const *options,
              guint              n_options,
              guint              fallback)
{
  const char *value = gtk_file_chooser_get_choice (chooser, id);

  for (guint i = 0; value != NULL && i < n_options; i++)
    if (g_strcmp0 (value, options[i]) == 0)
      return i;
  return fallback;
}

/* The page's status line, weakly: it goes with the page's template. */
typedef struct
{
  GtkWidget *status;
} StatusRef;

static void
status_ref_free (gpointer data)
{
  StatusRef *ref = data;

  g_clear_weak_pointer (&ref->status);
  g_free (ref);
}

static KoersExportStatus *
get_status (KoersPage *page)
{
  StatusRef *ref = g_object_get_data (G_OBJECT (page), "koers-export-status");

  return ref != NULL && ref->status != NULL ? KOERS_EXPORT_STATUS (ref->status) : NULL;
}

typedef struct
{
  KoersPage          *page;
  GFile              *file;
  char               *error_message;
  KoersExportOptions  opts;
  KoersExportChoices *choices;  /* in the page, which this holds */
  guint               format;
  guint               n_files;  /* an SVG or a PNG: one per page */
} Exported;

static void
exported_free (Exported *exported)
{
  g_object_unref (exported->page);
  g_object_unref (exported->file);
  g_free (exported->error_message);
  g_free (exported);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Exported *exported = user_data;
  g_autoptr(GError) error = NULL;
  KoersExportStatus *status;

  if (koers_export_to_file_finish (result, &error))
    {
      g_autoptr(GFile) first = koers_export_dup_page_file (exported->file, 0, exported->n_files);

      status = get_status (exported->page);
      if (status != NULL && !gtk_widget_in_destruction (GTK_WIDGET (exported->page)))
        koers_export_status_show_files (status, first, exported->n_files);
    }
  else
    _koers_export_show_error (GTK_WIDGET (exported->page), exported->error_message, error);
  exported_free (exported);
}

static void
start_export (Exported *exported)
{
  KoersPlan *plan = koers_page_get_plan (exported->page);
  KoersExportStatus *status = get_status (exported->page);

  if (plan == NULL || gtk_widget_in_destruction (GTK_WIDGET (exported->page)))
    {
      exported_free (exported);
      return;
    }
  /* the next dialog offers the format this export has */
  exported->choices->format = exported->format;
  if (status != NULL)
    koers_export_status_hide (status);
  /* One page of vector drawing here, a few milliseconds (bench/bench-rose.c);
   * the writing (and a PNG's pixels) in a thread. */
  koers_export_to_file_async (plan, exported->file, &exported->opts, NULL, exported_cb, exported);
}

typedef struct
{
  KoersExportReplaceFunc func;
  gpointer               data;
  GDestroyNotify         destroy;
} Question;

static void
question_free (Question *question)
{
  if (question->destroy != NULL && question->data != NULL)
    question->destroy (question->data);
  g_free (question);
}

static void
replace_response_cb (GtkDialog *dialog,
                     int        response)
{
  Question *question = g_object_steal_data (G_OBJECT (dialog), "koers-export-question");
  gpointer data;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (question == NULL)
    return;
  data = g_steal_pointer (&question->data);
  question->func (data, response == GTK_RESPONSE_ACCEPT);
  question_free (question);
}

/**
 * _koers_export_ask_replace:
 * @widget: the page the export is for
 * @file: the file the export would replace
 * @n_files: how many files the export writes; more than one: the pages of
 *   an SVG or a PNG, a file each, and @file the first of them that exists
 * @func: called with @data and the answer (Replace or not); it takes @data
 * @data: the export waiting for the answer
 * @destroy: frees @data when the question goes unanswered (the window
 *   closed first)
 *
 * Asks before an export replaces @file, a name Koers made from the one the
 * user chose (the chosen type's extension added or put in place of the
 * suggested one, or the pages' numbers): the file chooser asked about the
 * name the user typed, not about this one. The Export… dialog and the calendar's iCalendar and CSV
 * exports ask with these words.
 */
void
_koers_export_ask_replace (GtkWidget              *widget,
                           GFile                  *file,
                           guint                   n_files,
                           KoersExportReplaceFunc  func,
                           gpointer                data,
                           GDestroyNotify          destroy)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent != NULL ? g_file_get_basename (parent) : g_strdup ("");
  Question *question;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (func != NULL);

  /* Translators: %s is a file name */
  dialog = gtk_message_dialog_new (get_window (widget),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Replace “%s”?"), name);
  if (n_files <= 1)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                              /* Translators: %s is the folder */
                                              _("The name was changed to go with the chosen file "
                                                "type, and a file of that name already exists in "
                                                "“%s”. Replacing it overwrites it."), folder);
  else
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                              g_dngettext (GETTEXT_PACKAGE,
                                                           /* Translators: %u is the number
                                                            * of pages, %s the folder */
                                                           "The %u page goes to a file of its "
                                                           "own, named with its number, and "
                                                           "such a file already exists in "
                                                           "“%s”. Replacing overwrites it.",
                                                           "The %u pages go to a file each, "
                                                           "named with their numbers, and such "
                                                           "files already exist in “%s”. "
                                                           "Replacing overwrites them.",
                                                           n_files),
                                              n_files, folder);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Replace"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                                GTK_RESPONSE_ACCEPT),
                            "destructive-action");
  /* the export goes with the question: a window closed first drops both */
  question = g_new0 (Question, 1);
  question->func = func;
  question->data = data;
  question->destroy = destroy;
  g_object_set_data_full (G_OBJECT (dialog), "koers-export-question", question,
                          (GDestroyNotify) question_free);
  g_signal_connect (dialog, "response", G_CALLBACK (replace_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
replace_answered_cb (gpointer data,
                     gboolean replace)
{
  Exported *exported = data;

  if (replace)
    start_export (exported);
  else
    exported_free (exported);
}

/**
 * _koers_export_dialog_export:
 * @page: the page whose printable to export
 * @choices: the page's choices: paper, orientation and blank to export
 *   with, and the format the dialog suggested; once the export starts, the
 *   format is the one it has, for the next dialog
 * @style: the style to export in
 * @file: the file the user chose
 * @chosen: the index of the file type chosen in the dialog (0 PDF, 1 SVG, 2 PNG)
 * @error_message: the heading of the message when the export fails
 *
 * Exports as the dialog's response does: the name follows the chosen type
 * (koers_export_name_for_format()), the format follows the name, and the
 * page's status line tells where the file went once it is written. When the
 * name changed and the new name is a file that exists, it asks first.
 */
void
_koers_export_dialog_export (KoersPage          *page,
                             KoersExportChoices *choices,
                             KoersRenderStyle    style,
                             GFile              *file,
                             guint               chosen,
                             const char         *error_message)
{
  KoersPlan *plan;
  g_autofree char *name = NULL;
  g_autofree char *export_name = NULL;
  g_autoptr(GFile) parent = NULL;
  Exported *exported;
  guint suggested;

  g_return_if_fail (KOERS_IS_PAGE (page));
  g_return_if_fail (choices != NULL);
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (chosen < G_N_ELEMENTS (formats));

  plan = koers_page_get_plan (page);
  name = g_file_get_basename (file);
  parent = g_file_get_parent (file);
  if (plan == NULL || name == NULL || parent == NULL)
    return;

  /* the dialog suggested the name of the last export's format */
  suggested = MIN (choices->format, G_N_ELEMENTS (formats) - 1);
  export_name = koers_export_name_for_format (name, formats[chosen].extension,
                                              formats[suggested].extension);
  exported = g_new0 (Exported, 1);
  exported->page = g_object_ref (page);
  exported->file = g_file_get_child (parent, export_name);
  exported->error_message = g_strdup (error_message);
  koers_export_options_init (&exported->opts);
  exported->opts.page = koers_page_get_printable_id (page);
  exported->opts.style = style;
  exported->opts.blank = choices->blank;
  exported->opts.paper = choices->paper;
  exported->opts.landscape = choices->landscape;
  if (has_feature (page, KOERS_PRINTABLE_RANGE))
    {
      GDate shown;

      get_shown_month (page, &shown);
      koers_print_range_resolve (choices->range, &shown, &choices->first, &choices->last,
                                 &exported->opts.from, &exported->opts.to);
    }
  exported->choices = choices;
  exported->format = chosen;
  {
    g_autofree char *lower = g_ascii_strdown (export_name, -1);

    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      if (g_str_has_suffix (lower, formats[i].extension))
        exported->format = i;
  }

  /* an SVG or a PNG of several pages: a file per page, named with its number */
  exported->n_files = koers_export_get_n_files (plan, exported->file, &exported->opts);
  if (exported->n_files > 1)
    {
      for (guint i = 0; i < exported->n_files; i++)
        {
          g_autoptr(GFile) page_file = koers_export_dup_page_file (exported->file, i,
                                                                   exported->n_files);

          if (g_file_query_exists (page_file, NULL))
            {
              _koers_export_ask_replace (GTK_WIDGET (page), page_file, exported->n_files,
                                         replace_answered_cb, exported,
                                         (GDestroyNotify) exported_free);
              return;
            }
        }
      start_export (exported);
    }
  else if (g_strcmp0 (export_name, name) != 0 && g_file_query_exists (exported->file, NULL))
    _koers_export_ask_replace (GTK_WIDGET (page), exported->file, 1, replace_answered_cb,
                               exported, (GDestroyNotify) exported_free);
  else
    start_export (exported);
}

static void
response_cb (GtkFileChooserNative *chooser,
             int                   response,
             Request              *request)
{
  GtkFileChooser *fc = GTK_FILE_CHOOSER (chooser);
  KoersExportChoices *choices = request->choices;
  KoersPlan *plan = request->page != NULL ? koers_page_get_plan (request->page) : NULL;
  g_autoptr(GFile) file = NULL;
  GtkFileFilter *filter;
  const char *blank;

  if (response != GTK_RESPONSE_ACCEPT || plan == NULL)
    goto out;

  file = gtk_file_chooser_get_file (fc);
  if (file == NULL)
    goto out;

  /* The type can only be read now (a portal's dialog tells no changes). */
  {
    const char *papers[] = { "a4", "a3" };
    const char *orientations[] = { "portrait", "landscape" };
    guint style = choice_index (fc, "style", style_ids, G_N_ELEMENTS (style_ids), request->style);
    guint chosen = MIN (choices->format, G_N_ELEMENTS (formats) - 1);

    filter = gtk_file_chooser_get_filter (fc);
    for (guint i = 0; filter != NULL && i < G_N_ELEMENTS (formats); i++)
      if (g_strcmp0 (gtk_file_filter_get_name (filter), _(formats[i].name)) == 0)
        chosen = i;

    choices->paper = choice_index (fc, "paper", papers, G_N_ELEMENTS (papers), choices->paper);
    choices->landscape = choice_index (fc, "orientation", orientations,
                                       G_N_ELEMENTS (orientations), choices->landscape) == 1;
    blank = gtk_file_chooser_get_choice (fc, "blank");
    if (blank != NULL)
      choices->blank = g_strcmp0 (blank, "true") == 0;
    if (has_feature (request->page, KOERS_PRINTABLE_RANGE))
      {
        GDate first, last;

        choices->range = choice_index (fc, "range", range_ids, G_N_ELEMENTS (range_ids),
                                       choices->range);
        if (koers_calendar_parse_month_key (gtk_file_chooser_get_choice (fc, "from"), &first) &&
            koers_calendar_parse_month_key (gtk_file_chooser_get_choice (fc, "to"), &last))
          {
            choices->first = first;
            choices->last = last;
          }
      }

    _koers_export_dialog_export (request->page, choices, style, file, chosen,
                                 request->error_message);
  }

out:
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

/**
 * koers_export_dialog_set_status:
 * @page: a page that uses the Export dialog
 * @status: (nullable): the page's status line, which then says where each
 *   export went
 */
void
koers_export_dialog_set_status (KoersPage         *page,
                                KoersExportStatus *status)
{
  StatusRef *ref;

  g_return_if_fail (KOERS_IS_PAGE (page));
  g_return_if_fail (status == NULL || KOERS_IS_EXPORT_STATUS (status));

  ref = g_new0 (StatusRef, 1);
  g_set_weak_pointer (&ref->status, GTK_WIDGET (status));
  g_object_set_data_full (G_OBJECT (page), "koers-export-status", ref, status_ref_free);
  /* an export of the plan before says nothing about the one now open */
  if (status != NULL)
    g_signal_connect_object (page, "notify::plan", G_CALLBACK (koers_export_status_hide),
                             status, G_CONNECT_SWAPPED);
}

/**
 * koers_export_dialog_hide_status:
 * @page: a page that uses the Export dialog
 *
 * Takes away the page's line about the last export, when something else
 * the page did (an import) is now the news: the page shows one message.
 */
void
koers_export_dialog_hide_status (KoersPage *page)
{
  KoersExportStatus *status;

  g_return_if_fail (KOERS_IS_PAGE (page));

  status = get_status (page);
  if (status != NULL)
    koers_export_status_hide (status);
}

/**
 * koers_export_dialog_show:
 * @page: the page whose printable to export
 * @choices: the page's last choices; updated when the user exports
 * @style: the style to offer first: the one on screen
 * @title: the dialog's title
 * @file_name: the suggested name, without extension (translated)
 * @error_message: the heading of the message when the export fails
 *
 * Asks where to export and exports. The dialog holds itself until it is
 * answered; a page that goes away first destroys it and drops that
 * reference (keep a weak pointer to it).
 *
 * Returns: (transfer none): the dialog
 */
GtkFileChooserNative *
koers_export_dialog_show (KoersPage          *page,
                          KoersExportChoices *choices,
                          KoersRenderStyle    style,
                          const char         *title,
                          const char         *file_name,
                          const char         *error_message)
{
  GtkFileChooserNative *chooser;
  GtkFileChooser *fc;
  const char *style_labels[] = {
    C_("rose style", "Colour"), C_("rose style", "Grey"), C_("rose style", "Black and white"), NULL
  };
  const char *paper_ids[] = { "a4", "a3", NULL };
  const char *paper_labels[] = { "A4", "A3", NULL };
  const char *orientation_ids[] = { "portrait", "landscape", NULL };
  const char *orientation_labels[] = { _("Portrait"), _("Landscape"), NULL };
  const char *style_options[] = { style_ids[0], style_ids[1], style_ids[2], NULL };
  g_autofree char *name = NULL;
  GtkFileFilter *selected = NULL;
  Request *request;

  g_return_val_if_fail (KOERS_IS_PAGE (page), NULL);
  g_return_val_if_fail (choices != NULL, NULL);

  chooser = gtk_file_chooser_native_new (title, get_window (GTK_WIDGET (page)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  fc = GTK_FILE_CHOOSER (chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_autofree char *pattern = g_strconcat ("*", formats[i].extension, NULL);

      gtk_file_filter_set_name (filter, _(formats[i].name));
      gtk_file_filter_add_mime_type (filter, formats[i].mime_type);
      gtk_file_filter_add_pattern (filter, pattern);
      gtk_file_chooser_add_filter (fc, filter);
      if (i == choices->format)
        selected = filter;
    }
  if (selected != NULL)
    gtk_file_chooser_set_filter (fc, selected);

  gtk_file_chooser_add_choice (fc, "style", _("Variant"), style_options, style_labels);
  gtk_file_chooser_set_choice (fc, "style", style_ids[MIN (style, KOERS_RENDER_STYLE_BW)]);
  gtk_file_chooser_add_choice (fc, "paper", _("Paper"), paper_ids, paper_labels);
  gtk_file_chooser_set_choice (fc, "paper", paper_ids[choices->paper]);
  /* only what the printable heeds: a landscape one is always landscape */
  if (!has_feature (page, KOERS_PRINTABLE_LANDSCAPE))
    {
      gtk_file_chooser_add_choice (fc, "orientation", _("Orientation"),
                                   orientation_ids, orientation_labels);
      gtk_file_chooser_set_choice (fc, "orientation",
                                   orientation_ids[choices->landscape ? 1 : 0]);
    }
  if (has_feature (page, KOERS_PRINTABLE_BLANK))
    {
      gtk_file_chooser_add_choice (fc, "blank", _("Blank workshop version"), NULL, NULL);
      gtk_file_chooser_set_choice (fc, "blank", choices->blank ? "true" : "false");
    }
  if (has_feature (page, KOERS_PRINTABLE_RANGE) && koers_page_get_plan (page) != NULL)
    {
      GDate shown, first, last;
      g_autofree char *month = NULL;
      g_autofree char *this_month = NULL;
      const char *range_labels[4] = { NULL };
      const char *range_options[] = { range_ids[0], range_ids[1], range_ids[2], NULL };

      get_shown_month (page, &shown);
      /* xgettext:no-c-format */
      month = koers_calendar_format_date (&shown, _("%B %Y"));
      this_month = g_strdup_printf (_("This month, %s"), month);
      range_labels[0] = this_month;
      range_labels[1] = _("The plan’s period");
      /* Translators: the months to export: those the two choices below name */
      range_labels[2] = _("From the first to the last month");
      gtk_file_chooser_add_choice (fc, "range", _("Months"), range_options, range_labels);
      gtk_file_chooser_set_choice (fc, "range", range_ids[MIN (choices->range,
                                                               KOERS_PRINT_RANGE_MONTHS)]);
      first = g_date_valid (&choices->first) ? choices->first : shown;
      last = g_date_valid (&choices->last) ? choices->last : shown;
      add_month_choices (fc, koers_page_get_plan (page), &shown, &first, &last);
    }

  name = g_strconcat (file_name, formats[MIN (choices->format, G_N_ELEMENTS (formats) - 1)].extension,
                      NULL);
  gtk_file_chooser_set_current_name (fc, name);

  request = g_new0 (Request, 1);
  g_set_weak_pointer (&request->page, page);
  request->choices = choices;
  request->style = style;
  request->error_message = g_strdup (error_message);
  /* The request goes with the chooser; the response handler with the page. */
  g_object_set_data_full (G_OBJECT (chooser), "koers-export-request", request, request_free);
  g_signal_connect_data (chooser, "response", G_CALLBACK (response_cb), request, NULL, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return chooser;
}
