/* gen-plan.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a valid plan with many calendar entries, for the benchmarks: four
 * channels, four roles, three tasks with a RACI row each, and N entries
 * spread over five years (2024-2028), with text about as long as the
 * example plan's (titles of 20-60 characters, texts of 60-200, some with
 * accents), about one in ten recurring. The plan is built through the model
 * API and written with koers_plan_io_save(), so it is what Koers itself
 * would write. The same N and seed give the same file.
 *
 *   koers-gen-plan [--seed=S] N OUTPUT.koers
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib.h>

#include "koers-calendar-entry.h"
#include "koers-channel.h"
#include "koers-plan.h"
#include "koers-plan-io.h"
#include "koers-raci-cell.h"
#include "koers-role.h"
#include "koers-task.h"

static const struct
{
  const char *id;
  const char *name;
  const char *purpose;
  double      posts_per_week;
  const char *colour;
  const char *url;
} channels[] = {
  { "instagram", "Instagram",
    "Vakmanschap en sfeer laten zien: achter de schermen, seizoensproducten en foto's van klanten.",
    3, "#c061cb", "https://www.instagram.com/voorbeeld/" },
  { "facebook", "Facebook",
    "Contact met vaste klanten uit de buurt: nieuws, openingstijden en vragen beantwoorden.",
    2, "#3584e4", "https://www.facebook.com/voorbeeld" },
  { "linkedin", "LinkedIn",
    "Werkgeversmerk en samenwerking met leveranciers en zakelijke klanten.",
    1, "#1c71d8", "https://www.linkedin.com/company/voorbeeld" },
  { "nieuwsbrief", "Nieuwsbrief",
    "Maandelijks overzicht voor abonnees: aanbiedingen, recepten en het verhaal achter het product.",
    0.25, "#e5a50a", "https://www.voorbeeld.nl/nieuwsbrief" },
};

static const struct
{
  const char *id;
  const char *name;
  const char *person;
  double      hours_per_week;
} roles[] = {
  { "eigenaar", "Eigenaar", "Marieke van Dam", 3.5 },
  { "winkelmedewerker", "Winkelmedewerker", "Sanne Kok", 3 },
  { "bakker", "Bakker", "Joost van Dam", 1.5 },
  { "marketingstudent", "Marketingstudent (bijbaan)", "Yusuf Demir", 4 },
};

static const struct
{
  const char *id;
  const char *name;
  const char *description;
  double      hours_per_week;
  const char  letters[G_N_ELEMENTS (roles) + 1]; /* one of -RACI per role */
} tasks[] = {
  { "monitoring", "Monitoring",
    "Reviews, reacties en vermeldingen op alle kanalen en in buurtgroepen bijhouden.",
    1.5, "ARIR" },
  { "content", "Content maken",
    "Foto's, korte video's en teksten maken volgens de contentkalender.",
    4, "ACRR" },
  { "webcare", "Webcare",
    "Binnen één werkdag reageren op vragen, klachten en reviews.",
    2, "AR-C" },
};

static const char *const words[] = {
  "brood", "desem", "bakkerij", "vers", "zaterdag", "klanten", "buurt", "recept", "seizoen",
  "gebak", "taart", "koffie", "lunch", "team", "vakmanschap", "proeftafel", "nieuw", "graan",
  "molen", "oven", "ochtend", "feestdagen", "bestellen", "winkel", "verhaal", "achter",
  "de", "het", "een", "en", "met", "voor", "van", "op", "in", "onze", "jullie", "we", "elke",
  "week", "café", "crème", "één", "geïnspireerd", "ideeën", "paté", "volkoren", "spelt",
  "appeltaart", "krentenbollen", "Sinterklaas", "Pasen", "Moederdag", "Koningsdag",
};

/* Words from the list until the text is about @length characters long. */
static char *
make_text (GRand *rand,
           guint  length)
{
  GString *text = g_string_new (NULL);

  while (text->len < length)
    {
      const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, word);
    }
  text->str[0] = g_ascii_toupper (text->str[0]);
  g_string_append_c (text, g_rand_int_range (rand, 0, 4) == 0 ? '!' : '.');
  return g_string_free (text, FALSE);
}

static void
add_channels (KoersPlan *plan)
{
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      g_autoptr(KoersChannel) channel = koers_channel_new ();

      koers_channel_set_id (channel, channels[i].id);
      koers_channel_set_name (channel, channels[i].name);
      koers_channel_set_purpose (channel, channels[i].purpose);
      koers_channel_set_posts_per_week (channel, channels[i].posts_per_week);
      koers_channel_set_colour (channel, channels[i].colour);
      koers_channel_set_url (channel, channels[i].url);
      koers_channel_set_active (channel, TRUE);
      koers_plan_append (plan, koers_plan_get_channels (plan), channel);
    }
}

static void
add_roles_and_tasks (KoersPlan *plan)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr(KoersRole) role = koers_role_new ();

      koers_role_set_id (role, roles[i].id);
      koers_role_set_name (role, roles[i].name);
      koers_role_set_person (role, roles[i].person);
      koers_role_set_hours_per_week (role, roles[i].hours_per_week);
      koers_plan_append (plan, koers_plan_get_roles (plan), role);
    }

  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      g_autoptr(KoersTask) task = koers_task_new ();
      GListModel *raci = koers_task_get_raci (task);

      koers_task_set_id (task, tasks[i].id);
      koers_task_set_name (task, tasks[i].name);
      koers_task_set_description (task, tasks[i].description);
      koers_task_set_hours_per_week (task, tasks[i].hours_per_week);
      for (guint j = 0; j < G_N_ELEMENTS (roles); j++)
        {
          g_autoptr(KoersRaciCell) cell = koers_raci_cell_new ();
          const char *letters = "-RACI";

          koers_raci_cell_set_role (cell, roles[j].id);
          koers_raci_cell_set_letter (cell, strchr (letters, tasks[i].letters[j]) - letters);
          g_list_store_append (G_LIST_STORE (raci), cell);  /* the task is not in the plan yet */
        }
      koers_plan_append (plan, koers_plan_get_tasks (plan), task);
    }
}

/* @n entries in date order, from 2024-01-01 over five years. */
static void
add_entries (KoersPlan *plan,
             guint      n,
             GRand     *rand)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_JANUARY, 2024);
  guint days = 5 * 365 + 1;

  for (guint i = 0; i < n; i++)
    {
      KoersCalendarEntry *entry = koers_calendar_entry_new ();
      g_autoptr(GDate) date = g_date_copy (first);
      g_autofree char *title = make_text (rand, g_rand_int_range (rand, 20, 60));
      g_autofree char *text = make_text (rand, g_rand_int_range (rand, 60, 200));
      guint r = g_rand_int_range (rand, 0, 100);

      g_date_add_days (date, (guint64) i * days / MAX (n, 1));
      koers_calendar_entry_set_date (entry, date);
      if (g_rand_int_range (rand, 0, 5) > 0)
        koers_calendar_entry_set_time (entry, 7 * 60 + 15 * g_rand_int_range (rand, 0, 52));
      koers_calendar_entry_set_channel (entry,
                                       channels[g_rand_int_range (rand, 0, G_N_ELEMENTS (channels))].id);
      koers_calendar_entry_set_title (entry, title);
      koers_calendar_entry_set_text (entry, text);
      koers_calendar_entry_set_kind (entry, g_rand_int_range (rand, 0, 5) == 0 ?
                                     KOERS_CONTENT_KIND_PROMOTION : KOERS_CONTENT_KIND_VALUE);
      koers_calendar_entry_set_rose_part (entry, g_rand_int_range (rand, KOERS_ENTRY_PART_NONE,
                                                                   KOERS_ENTRY_PART_ORGANISING + 1));
      koers_calendar_entry_set_owner (entry,
                                      roles[g_rand_int_range (rand, 0, G_N_ELEMENTS (roles))].id);
      koers_calendar_entry_set_status (entry, g_rand_int_range (rand, KOERS_ENTRY_STATUS_IDEA,
                                                                KOERS_ENTRY_STATUS_PUBLISHED + 1));
      /* About one in ten recurs; most of those end within a year. */
      if (r < 10)
        {
          const char *rule = r < 5 ? "FREQ=WEEKLY" : r < 7 ? "FREQ=WEEKLY;INTERVAL=2" : "FREQ=MONTHLY";

          if (r % 3 != 0)
            {
              g_autoptr(GDate) end = g_date_copy (date);
              g_autofree char *ended = NULL;

              g_date_add_days (end, g_rand_int_range (rand, 28, 366));
              ended = g_strdup_printf ("%s;UNTIL=%04u%02u%02u", rule, g_date_get_year (end),
                                       g_date_get_month (end), g_date_get_day (end));
              koers_calendar_entry_set_rrule (entry, ended);
            }
          else
            koers_calendar_entry_set_rrule (entry, rule);
        }
      g_ptr_array_add (entries, entry);
    }

  /* One change: one items-changed for the whole list. */
  koers_plan_append_many (plan, koers_plan_get_entries (plan), entries->pdata, entries->len);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, 2024);
  g_autoptr(GDate) end = g_date_new_dmy (31, G_DATE_DECEMBER, 2028);
  g_autoptr(GDate) created = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  const char *departments[] = { "Winkel", "Bakkerij", "Lunchroom", NULL };
  int seed = 2026;
  GOptionEntry options[] = {
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the random texts", "S" },
    { NULL }
  };
  guint64 n;

  context = g_option_context_new ("N OUTPUT.koers");
  g_option_context_set_summary (context, "Writes a plan with N calendar entries.");
  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3 ||
      !g_ascii_string_to_unsigned (argv[1], 10, 0, G_MAXUINT, &n, &error))
    {
      g_printerr ("koers-gen-plan: %s\n",
                  error != NULL ? error->message : "usage: koers-gen-plan [--seed=S] N OUTPUT.koers");
      return EXIT_FAILURE;
    }

  rand = g_rand_new_with_seed (seed);
  plan = koers_plan_new ();
  koers_plan_set_title (plan, "Social-mediaplan 2024-2028 (benchmark)");
  koers_plan_set_organisation (plan, "Bakkerij De Korenaar");
  koers_plan_set_author (plan, "koers-gen-plan");
  koers_plan_set_created (plan, created);
  koers_plan_set_modified (plan, created);
  koers_plan_set_period_start (plan, start);
  koers_plan_set_period_end (plan, end);
  koers_plan_set_primary_objective (plan, KOERS_PRIMARY_OBJECTIVE_LOYALTY);
  koers_plan_set_hours_per_week (plan, 12);
  koers_plan_set_fte (plan, 0.3);
  koers_plan_set_budget (plan, 3600);
  koers_plan_set_departments (plan, departments);

  add_channels (plan);
  add_roles_and_tasks (plan);
  add_entries (plan, n, rand);

  file = g_file_new_for_commandline_arg (argv[2]);
  if (!koers_plan_io_save (plan, file, &error))
    {
      g_printerr ("koers-gen-plan: %s\n", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
