/* koers-task.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"
#include "koers-raci-cell.h"

G_BEGIN_DECLS

#define KOERS_TYPE_TASK (koers_task_get_type ())
G_DECLARE_FINAL_TYPE (KoersTask, koers_task, KOERS, TASK, GObject)

KoersTask  *koers_task_new (void);
const char *koers_task_get_id (KoersTask *self);
void        koers_task_set_id (KoersTask  *self,
                               const char *id);
const char *koers_task_get_name (KoersTask *self);
void        koers_task_set_name (KoersTask  *self,
                                 const char *name);
const char *koers_task_get_description (KoersTask *self);
void        koers_task_set_description (KoersTask  *self,
                                        const char *description);
double      koers_task_get_hours_per_week (KoersTask *self);
void        koers_task_set_hours_per_week (KoersTask *self,
                                           double     hours_per_week);
KoersEntryPart koers_task_get_rose_part (KoersTask *self);
void        koers_task_set_rose_part (KoersTask      *self,
                                      KoersEntryPart  rose_part);
GListModel *koers_task_get_raci (KoersTask *self);
KoersRaciCell *koers_task_find_cell (KoersTask  *self,
                                     const char *role_id);

G_END_DECLS
