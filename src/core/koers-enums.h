/* koers-enums.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixed vocabularies of the domain (DOMAIN.md). The nicks are the values
 * written to .koers files: never rename one without a format migration.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The nine common primary objectives, or an own one. */
typedef enum
{
  KOERS_PRIMARY_OBJECTIVE_NONE,                   /*< nick=none >*/
  KOERS_PRIMARY_OBJECTIVE_AWARENESS,              /*< nick=awareness >*/
  KOERS_PRIMARY_OBJECTIVE_REPUTATION,             /*< nick=reputation >*/
  KOERS_PRIMARY_OBJECTIVE_INNOVATION,             /*< nick=innovation >*/
  KOERS_PRIMARY_OBJECTIVE_LOYALTY,                /*< nick=loyalty >*/
  KOERS_PRIMARY_OBJECTIVE_LEADS,                  /*< nick=leads >*/
  KOERS_PRIMARY_OBJECTIVE_RECRUITING,             /*< nick=recruiting >*/
  KOERS_PRIMARY_OBJECTIVE_REVENUE,                /*< nick=revenue >*/
  KOERS_PRIMARY_OBJECTIVE_INTERNAL_COMMUNICATION, /*< nick=internal-communication >*/
  KOERS_PRIMARY_OBJECTIVE_COST_SAVINGS,           /*< nick=cost-savings >*/
  KOERS_PRIMARY_OBJECTIVE_CUSTOM,                 /*< nick=custom >*/
} KoersPrimaryObjective;

/* Li & Bernoff's five ways of approaching the market. */
typedef enum /*< flags >*/
{
  KOERS_OBJECTIVE_TYPE_LISTENING  = 1 << 0, /*< nick=listening >*/
  KOERS_OBJECTIVE_TYPE_TALKING    = 1 << 1, /*< nick=talking >*/
  KOERS_OBJECTIVE_TYPE_ENERGIZING = 1 << 2, /*< nick=energizing >*/
  KOERS_OBJECTIVE_TYPE_SUPPORTING = 1 << 3, /*< nick=supporting >*/
  KOERS_OBJECTIVE_TYPE_EMBRACING  = 1 << 4, /*< nick=embracing >*/
} KoersObjectiveType;

/* The four big goals reachable with social media. */
typedef enum /*< flags >*/
{
  KOERS_BIG_GOAL_TRAFFIC     = 1 << 0, /*< nick=traffic >*/
  KOERS_BIG_GOAL_ENGAGEMENT  = 1 << 1, /*< nick=engagement >*/
  KOERS_BIG_GOAL_FINDABILITY = 1 << 2, /*< nick=findability >*/
  KOERS_BIG_GOAL_CONVERSION  = 1 << 3, /*< nick=conversion >*/
} KoersBigGoal;

/* How far a target group is with social media. */
typedef enum
{
  KOERS_ADOPTION_UNKNOWN,    /*< nick=unknown >*/
  KOERS_ADOPTION_DISCOVERING, /*< nick=discovering >*/
  KOERS_ADOPTION_USING,      /*< nick=using >*/
  KOERS_ADOPTION_ACTIVE,     /*< nick=active >*/
  KOERS_ADOPTION_LEADING,    /*< nick=leading >*/
} KoersAdoption;

/* How active a target group is on one network. */
typedef enum
{
  KOERS_ACTIVITY_ABSENT,    /*< nick=absent >*/
  KOERS_ACTIVITY_READING,   /*< nick=reading >*/
  KOERS_ACTIVITY_REACTING,  /*< nick=reacting >*/
  KOERS_ACTIVITY_CREATING,  /*< nick=creating >*/
} KoersActivity;

/* The five example strategies, or an own one. */
typedef enum
{
  KOERS_STRATEGY_KIND_LISTENING, /*< nick=listening >*/
  KOERS_STRATEGY_KIND_COMMUNITY, /*< nick=community >*/
  KOERS_STRATEGY_KIND_TRAFFIC,   /*< nick=traffic >*/
  KOERS_STRATEGY_KIND_WEBCARE,   /*< nick=webcare >*/
  KOERS_STRATEGY_KIND_INTERNAL,  /*< nick=internal >*/
  KOERS_STRATEGY_KIND_CUSTOM,    /*< nick=custom >*/
} KoersStrategyKind;

typedef enum
{
  KOERS_TOOL_KIND_MONITORING, /*< nick=monitoring >*/
  KOERS_TOOL_KIND_SCHEDULING, /*< nick=scheduling >*/
  KOERS_TOOL_KIND_CRM,        /*< nick=crm >*/
  KOERS_TOOL_KIND_ANALYTICS,  /*< nick=analytics >*/
  KOERS_TOOL_KIND_DESIGN,     /*< nick=design >*/
  KOERS_TOOL_KIND_OTHER,      /*< nick=other >*/
} KoersToolKind;

/* Progress of a preparation tip or a road map step. */
typedef enum
{
  KOERS_STATUS_TODO,  /*< nick=todo >*/
  KOERS_STATUS_BUSY,  /*< nick=busy >*/
  KOERS_STATUS_DONE,  /*< nick=done >*/
} KoersStatus;

/* The seven preparation tips, in their order. */
typedef enum
{
  KOERS_TIP_RESOURCES,  /*< nick=resources >*/
  KOERS_TIP_HUB,        /*< nick=hub >*/
  KOERS_TIP_EMPLOYEES,  /*< nick=employees >*/
  KOERS_TIP_ACCOUNTS,   /*< nick=accounts >*/
  KOERS_TIP_TOOLS,      /*< nick=tools >*/
  KOERS_TIP_PROCESSES,  /*< nick=processes >*/
  KOERS_TIP_KNOWLEDGE,  /*< nick=knowledge >*/
} KoersTip;
#define KOERS_N_TIPS 7

/* The six DO's of the road map, in their order. */
typedef enum
{
  KOERS_DO_GOALS,       /*< nick=goals >*/
  KOERS_DO_ORGANISE,    /*< nick=organise >*/
  KOERS_DO_MOTIVATE,    /*< nick=motivate >*/
  KOERS_DO_DEVELOP,     /*< nick=develop >*/
  KOERS_DO_COMMUNICATE, /*< nick=communicate >*/
  KOERS_DO_EVALUATE,    /*< nick=evaluate >*/
} KoersDo;
#define KOERS_N_DOS 6

/* The five parts of the communicatieroos; organising is the core. */
typedef enum
{
  KOERS_ROSE_PART_LISTENING,  /*< nick=listening >*/
  KOERS_ROSE_PART_RESPONDING, /*< nick=responding >*/
  KOERS_ROSE_PART_SENDING,    /*< nick=sending >*/
  KOERS_ROSE_PART_ACTIVATING, /*< nick=activating >*/
  KOERS_ROSE_PART_ORGANISING, /*< nick=organising >*/
} KoersRosePartKind;
#define KOERS_N_ROSE_PARTS 5
#define KOERS_ROSE_MAX_SCORE 5

/* The six phases of the social business maturity matrix. */
typedef enum
{
  KOERS_PHASE_PLANNING,   /*< nick=planning >*/
  KOERS_PHASE_PRESENCE,   /*< nick=presence >*/
  KOERS_PHASE_ENGAGEMENT, /*< nick=engagement >*/
  KOERS_PHASE_FORMALIZED, /*< nick=formalized >*/
  KOERS_PHASE_STRATEGIC,  /*< nick=strategic >*/
  KOERS_PHASE_CONVERGED,  /*< nick=converged >*/
} KoersPhase;
#define KOERS_N_PHASES 6

typedef enum
{
  KOERS_CONTENT_KIND_VALUE,     /*< nick=value >*/
  KOERS_CONTENT_KIND_PROMOTION, /*< nick=promotion >*/
} KoersContentKind;

/* Which rose part a post serves; NONE when it serves none in particular. */
typedef enum
{
  KOERS_ENTRY_PART_NONE,       /*< nick=none >*/
  KOERS_ENTRY_PART_LISTENING,  /*< nick=listening >*/
  KOERS_ENTRY_PART_RESPONDING, /*< nick=responding >*/
  KOERS_ENTRY_PART_SENDING,    /*< nick=sending >*/
  KOERS_ENTRY_PART_ACTIVATING, /*< nick=activating >*/
  KOERS_ENTRY_PART_ORGANISING, /*< nick=organising >*/
} KoersEntryPart;

typedef enum
{
  KOERS_ENTRY_STATUS_IDEA,      /*< nick=idea >*/
  KOERS_ENTRY_STATUS_PLANNED,   /*< nick=planned >*/
  KOERS_ENTRY_STATUS_READY,     /*< nick=ready >*/
  KOERS_ENTRY_STATUS_PUBLISHED, /*< nick=published >*/
} KoersEntryStatus;

typedef enum
{
  KOERS_RECURRENCE_NONE,     /*< nick=none >*/
  KOERS_RECURRENCE_WEEKLY,   /*< nick=weekly >*/
  KOERS_RECURRENCE_BIWEEKLY, /*< nick=biweekly >*/
  KOERS_RECURRENCE_MONTHLY,  /*< nick=monthly >*/
} KoersRecurrence;

typedef enum
{
  KOERS_RACI_NONE,        /*< nick=- >*/
  KOERS_RACI_RESPONSIBLE, /*< nick=R >*/
  KOERS_RACI_ACCOUNTABLE, /*< nick=A >*/
  KOERS_RACI_CONSULTED,   /*< nick=C >*/
  KOERS_RACI_INFORMED,    /*< nick=I >*/
  KOERS_RACI_SUPPORT,     /*< nick=S >*/ /* RASCI only (the plan's rasci) */
} KoersRaci;

/* The parts of a plan that KoersPlan::changed names (as its detail too): the
 * sections of the JSON form. */
typedef enum /*< flags >*/
{
  KOERS_PLAN_SECTION_PLAN        = 1 << 0,  /*< nick=plan >*/
  KOERS_PLAN_SECTION_PEOPLE      = 1 << 1,  /*< nick=people >*/
  KOERS_PLAN_SECTION_OBJECTIVES  = 1 << 2,  /*< nick=objectives >*/
  KOERS_PLAN_SECTION_STRATEGY    = 1 << 3,  /*< nick=strategy >*/
  KOERS_PLAN_SECTION_TECHNOLOGY  = 1 << 4,  /*< nick=technology >*/
  KOERS_PLAN_SECTION_PREPARATION = 1 << 5,  /*< nick=preparation >*/
  KOERS_PLAN_SECTION_ROADMAP     = 1 << 6,  /*< nick=roadmap >*/
  KOERS_PLAN_SECTION_ROSE        = 1 << 7,  /*< nick=rose >*/
  KOERS_PLAN_SECTION_MATURITY    = 1 << 8,  /*< nick=maturity >*/
  KOERS_PLAN_SECTION_CALENDAR    = 1 << 9,  /*< nick=calendar >*/
  KOERS_PLAN_SECTION_ROLES       = 1 << 10, /*< nick=roles >*/
} KoersPlanSection;

#define KOERS_PLAN_N_SECTIONS 11

G_END_DECLS
