/* koers-plan-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-calendar-entry.h"
#include "koers-plan.h"

G_BEGIN_DECLS

/* What a recorder (the undo history) is told of each change. */
typedef struct
{
  void (*property_changed) (gpointer      data,
                            GObject      *object,
                            GParamSpec   *pspec,
                            const GValue *old_value);
  void (*list_changed)     (gpointer      data,
                            GListStore   *list,
                            guint         position,
                            GPtrArray    *removed,
                            guint         added);
  void (*begin_group)      (gpointer      data);
  void (*end_group)        (gpointer      data);
} KoersPlanRecorder;

void _koers_plan_record_change     (KoersPlan               *self,
                                    GObject                 *object,
                                    GParamSpec              *pspec,
                                    const GValue            *old_value);
void _koers_plan_object_changed    (KoersPlan               *self,
                                    GObject                 *object,
                                    GParamSpec              *pspec);
void _koers_plan_splice            (KoersPlan               *self,
                                    GListStore              *store,
                                    guint                    position,
                                    guint                    n_removals,
                                    gpointer                *additions,
                                    guint                    n_additions);
void _koers_plan_set_recorder      (KoersPlan               *self,
                                    const KoersPlanRecorder *recorder,
                                    gpointer                 data);
void _koers_plan_freeze_recording  (KoersPlan               *self);
void _koers_plan_thaw_recording    (KoersPlan               *self);
void _koers_plan_complete          (KoersPlan               *self);
void _koers_plan_attach            (KoersPlan               *self);
gpointer *_koers_plan_peek_items   (GListModel              *list,
                                    guint                   *n_items);

/* The lists of the plan that hold exactly one item per key of a
 * vocabulary (tips, DO's, rose parts, phases). */
typedef struct
{
  const char  *path;          /* in the JSON, for messages */
  gsize        offset;        /* of the GListStore in KoersPlan */
  GType      (*key_type) (void);
  const char  *key_property;  /* a nick (string) or an enum property */
} KoersFixedList;

const KoersFixedList *_koers_plan_get_fixed_lists (guint                 *n_lists);
GListModel           *_koers_fixed_list_get_model (const KoersFixedList  *fixed,
                                                   KoersPlan             *plan);
int                   _koers_fixed_list_get_key   (const KoersFixedList  *fixed,
                                                   gpointer               item,
                                                   char                 **text);

/* The calendar index's note on a plain single entry: the day (0: none)
 * and time it was indexed at, to find its slot again after it changed */
void     _koers_calendar_entry_set_indexed (KoersCalendarEntry *entry,
                                            guint32             julian,
                                            int                 time);
guint32  _koers_calendar_entry_get_indexed (KoersCalendarEntry *entry,
                                            int                *time);

G_END_DECLS
