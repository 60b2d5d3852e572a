/* koers-window-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the parts of KoersWindow share: koers-window.c (the widget, the
 * sidebar, the actions) and koers-window-files.c (loading, saving, the file
 * monitor and the recovery copy).
 */
#pragma once

#include "koers-window.h"
#include "koers-autosave.h"
#include "koers-file-monitor.h"
#include "koers-history.h"
#include "koers-toast.h"

G_BEGIN_DECLS

struct _KoersWindow
{
  GtkApplicationWindow  parent_instance;

  KoersPlan            *plan;
  KoersHistory         *history;
  GFile                *file;
  GtkFileChooserNative *chooser;
  gboolean              close_after_save;
  gboolean              dirty;
  guint64               changes;        /* counts every change of the plan */
  guint64               changes_saved;  /* the count a running save wrote */
  guint64               saved_state;    /* the history's state the file holds */
  guint64               saving_state;   /* the state a running save writes */
  GCancellable         *cancellable;
  GSettings            *settings;
  KoersFileMonitor     *monitor;
  KoersAutosave        *autosave;
  gboolean              saving;
  gboolean              loading;
  guint                 build_pages_id;
  guint                 recent_id;

  GtkStack             *main_stack;
  GtkStack             *pages;
  GtkListBox           *sidebar;
  GtkListBox           *recent_list;
  GtkWidget            *recent_label;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkInfoBar           *error_bar;
  GtkInfoBar           *changed_bar;
  GtkLabel             *changed_label;
  GtkWidget            *reload_button;
  GtkLabel             *error_label;
  KoersToast           *toast;
  GtkWidget            *save_button;
};

/* koers-window.c */
void     _koers_window_update_title          (KoersWindow *self);
void     _koers_window_set_dirty             (KoersWindow *self,
                                              gboolean     dirty);
void     _koers_window_show_error            (KoersWindow *self,
                                              const char  *message);
void     _koers_window_hide_error            (KoersWindow *self);
void     _koers_window_forget_saved_state    (KoersWindow *self);
void     _koers_window_notify_file           (KoersWindow *self);
void     _koers_window_plan_loaded           (KoersWindow *self);

/* koers-window-files.c */
void     _koers_window_files_init            (KoersWindow *self);
void     _koers_window_files_dispose         (KoersWindow *self);
void     _koers_window_class_files_init      (GtkWidgetClass *widget_class);
void     _koers_window_set_file              (KoersWindow *self,
                                              GFile       *file);
void     _koers_window_save_to               (KoersWindow *self,
                                              GFile       *file);
void     _koers_window_discard_recovery      (KoersWindow *self);

G_END_DECLS
