/* koers-plan.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"
#include "koers-channel.h"
#include "koers-checklist-item.h"
#include "koers-assessment.h"
#include "koers-maturity-phase.h"
#include "koers-role.h"
#include "koers-rose-part.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PLAN (koers_plan_get_type ())
G_DECLARE_FINAL_TYPE (KoersPlan, koers_plan, KOERS, PLAN, GObject)

KoersPlan             *koers_plan_new (void);
const char            *koers_plan_get_title (KoersPlan *self);
void                   koers_plan_set_title (KoersPlan  *self,
                                             const char *title);
const char            *koers_plan_get_organisation (KoersPlan *self);
void                   koers_plan_set_organisation (KoersPlan  *self,
                                                    const char *organisation);
const char            *koers_plan_get_author (KoersPlan *self);
void                   koers_plan_set_author (KoersPlan  *self,
                                              const char *author);
const GDate           *koers_plan_get_created (KoersPlan *self);
void                   koers_plan_set_created (KoersPlan   *self,
                                               const GDate *created);
const GDate           *koers_plan_get_modified (KoersPlan *self);
void                   koers_plan_set_modified (KoersPlan   *self,
                                                const GDate *modified);
const GDate           *koers_plan_get_period_start (KoersPlan *self);
void                   koers_plan_set_period_start (KoersPlan   *self,
                                                    const GDate *period_start);
const GDate           *koers_plan_get_period_end (KoersPlan *self);
void                   koers_plan_set_period_end (KoersPlan   *self,
                                                  const GDate *period_end);
GListModel            *koers_plan_get_target_groups (KoersPlan *self);
KoersPrimaryObjective  koers_plan_get_primary_objective (KoersPlan *self);
void                   koers_plan_set_primary_objective (KoersPlan             *self,
                                                         KoersPrimaryObjective  primary_objective);
const char            *koers_plan_get_primary_objective_text (KoersPlan *self);
void                   koers_plan_set_primary_objective_text (KoersPlan  *self,
                                                              const char *primary_objective_text);
const char            *koers_plan_get_primary_objective_reason (KoersPlan *self);
void                   koers_plan_set_primary_objective_reason (KoersPlan  *self,
                                                                const char *primary_objective_reason);
KoersObjectiveType     koers_plan_get_objective_types (KoersPlan *self);
void                   koers_plan_set_objective_types (KoersPlan          *self,
                                                       KoersObjectiveType  objective_types);
KoersBigGoal           koers_plan_get_big_goals (KoersPlan *self);
void                   koers_plan_set_big_goals (KoersPlan    *self,
                                                 KoersBigGoal  big_goals);
GListModel            *koers_plan_get_goals (KoersPlan *self);
GListModel            *koers_plan_get_objectives (KoersPlan *self);
GListModel            *koers_plan_get_strategies (KoersPlan *self);
const char            *koers_plan_get_relationship (KoersPlan *self);
void                   koers_plan_set_relationship (KoersPlan  *self,
                                                    const char *relationship);
double                 koers_plan_get_hours_per_week (KoersPlan *self);
void                   koers_plan_set_hours_per_week (KoersPlan *self,
                                                      double     hours_per_week);
double                 koers_plan_get_fte (KoersPlan *self);
void                   koers_plan_set_fte (KoersPlan *self,
                                           double     fte);
double                 koers_plan_get_budget (KoersPlan *self);
void                   koers_plan_set_budget (KoersPlan *self,
                                              double     budget);
const char *const     *koers_plan_get_departments (KoersPlan *self);
void                   koers_plan_set_departments (KoersPlan         *self,
                                                   const char *const *departments);
GListModel            *koers_plan_get_milestones (KoersPlan *self);
GListModel            *koers_plan_get_channels (KoersPlan *self);
const char            *koers_plan_get_hub_url (KoersPlan *self);
void                   koers_plan_set_hub_url (KoersPlan  *self,
                                               const char *hub_url);
const char            *koers_plan_get_hub_description (KoersPlan *self);
void                   koers_plan_set_hub_description (KoersPlan  *self,
                                                       const char *hub_description);
const GDate           *koers_plan_get_hub_updated (KoersPlan *self);
void                   koers_plan_set_hub_updated (KoersPlan   *self,
                                                   const GDate *hub_updated);
GListModel            *koers_plan_get_tools (KoersPlan *self);
GListModel            *koers_plan_get_tips (KoersPlan *self);
GListModel            *koers_plan_get_dos (KoersPlan *self);
GListModel            *koers_plan_get_rose_parts (KoersPlan *self);
GListModel            *koers_plan_get_phases (KoersPlan *self);
GListModel            *koers_plan_get_entries (KoersPlan *self);
GListModel            *koers_plan_get_roles (KoersPlan *self);
GListModel            *koers_plan_get_tasks (KoersPlan *self);
gboolean               koers_plan_get_rasci (KoersPlan *self);
void                   koers_plan_set_rasci (KoersPlan *self,
                                             gboolean   rasci);

KoersChannel       *koers_plan_find_channel      (KoersPlan         *self,
                                                  const char        *id);
KoersRole          *koers_plan_find_role         (KoersPlan         *self,
                                                  const char        *id);
KoersRosePart      *koers_plan_get_rose_part     (KoersPlan         *self,
                                                  KoersRosePartKind  kind);
KoersChecklistItem *koers_plan_get_tip           (KoersPlan         *self,
                                                  KoersTip           tip);
KoersChecklistItem *koers_plan_get_do            (KoersPlan         *self,
                                                  KoersDo            step);
KoersMaturityPhase *koers_plan_get_phase         (KoersPlan         *self,
                                                  KoersPhase         phase);
KoersPhase          koers_plan_get_current_phase (KoersPlan         *self);
KoersPhase          koers_plan_get_derived_phase (KoersPlan         *self);
gboolean            koers_plan_get_phase_overridden (KoersPlan      *self);
void                koers_plan_set_phase_overridden (KoersPlan      *self,
                                                     gboolean        phase_overridden);
KoersPhase          koers_plan_get_override_phase (KoersPlan        *self);
void                koers_plan_set_override_phase (KoersPlan        *self,
                                                   KoersPhase        phase);
const char         *koers_plan_get_override_reason (KoersPlan       *self);
void                koers_plan_set_override_reason (KoersPlan       *self,
                                                    const char      *reason);
GListModel         *koers_plan_get_assessments (KoersPlan           *self);
KoersAssessment    *koers_plan_get_previous_assessment (KoersPlan   *self);
char               *koers_plan_make_id           (GListModel        *list,
                                                  const char        *name);

/* Changing the plan's lists: the only way items enter or leave it. */
void                   koers_plan_insert        (KoersPlan  *self,
                                                 GListModel *list,
                                                 guint       position,
                                                 gpointer    item);
void                   koers_plan_append        (KoersPlan  *self,
                                                 GListModel *list,
                                                 gpointer    item);
void                   koers_plan_insert_many   (KoersPlan  *self,
                                                 GListModel *list,
                                                 guint       position,
                                                 gpointer   *items,
                                                 guint       n_items);
void                   koers_plan_append_many   (KoersPlan  *self,
                                                 GListModel *list,
                                                 gpointer   *items,
                                                 guint       n_items);
gboolean               koers_plan_remove        (KoersPlan  *self,
                                                 gpointer    item);
guint                  koers_plan_remove_many   (KoersPlan  *self,
                                                 gpointer   *items,
                                                 guint       n_items);
void                   koers_plan_move          (KoersPlan  *self,
                                                 gpointer    item,
                                                 guint       position);
KoersPlan             *koers_plan_of            (gpointer    item);
GListModel            *koers_plan_get_list_of   (KoersPlan  *self,
                                                 gpointer    item,
                                                 guint      *position);

/* Grouping changes, and their signals */
void                   koers_plan_begin_change  (KoersPlan  *self);
void                   koers_plan_end_change    (KoersPlan  *self);
void                   koers_plan_flush_changes (KoersPlan  *self);
guint                  koers_plan_get_serial    (KoersPlan        *self,
                                                 KoersPlanSection  section);

G_END_DECLS
