/* koers-file-monitor.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KOERS_TYPE_FILE_MONITOR (koers_file_monitor_get_type ())
G_DECLARE_FINAL_TYPE (KoersFileMonitor, koers_file_monitor, KOERS, FILE_MONITOR, GObject)

KoersFileMonitor *koers_file_monitor_new      (void);
GFile            *koers_file_monitor_get_file (KoersFileMonitor *self);
void              koers_file_monitor_set_file (KoersFileMonitor *self,
                                               GFile            *file);
const char       *koers_file_monitor_get_etag (KoersFileMonitor *self);
void              koers_file_monitor_refresh  (KoersFileMonitor *self);
void              koers_file_monitor_pause    (KoersFileMonitor *self);
void              koers_file_monitor_unpause  (KoersFileMonitor *self);

G_END_DECLS
