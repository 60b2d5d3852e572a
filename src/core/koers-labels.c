/* koers-labels.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "koers-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-labels.h"

/* Translates a NULL-terminated table of N_() strings once; the result
 * lives as long as the program. */
static const char *const *
translate_once (const char **table,
                gsize       *done)
{
  if (g_once_init_enter (done))
    {
      for (guint i = 0; table[i] != NULL; i++)
        table[i] = _(table[i]);
      g_once_init_leave (done, 1);
    }
  return table;
}

const char *const *
koers_labels_primary_objective (void)
{
  static const char *labels[] = {
    N_("Not chosen yet"),
    N_("Brand awareness and visibility"),
    N_("Reputation management"),
    N_("Innovation through interaction"),
    N_("Customer loyalty"),
    N_("Leads from new segments"),
    N_("Recruiting staff"),
    N_("Extra revenue per customer (social commerce)"),
    N_("Better internal communication"),
    N_("Cost savings in communication and service"),
    N_("An objective of our own"),
    NULL
  };
  static gsize done;

  return translate_once (labels, &done);
}

/**
 * koers_labels_rose_part:
 * @part: a #KoersRosePartKind
 *
 * Returns: the translated name of @part, as the rose shows it
 */
const char *
koers_labels_rose_part (guint part)
{
  switch (part)
    {
    case 0:  return C_("rose part", "Listening");
    case 1:  return C_("rose part", "Responding");
    case 2:  return C_("rose part", "Sending");
    case 3:  return C_("rose part", "Activating");
    case 4:  return C_("rose part", "Organising");
    default: return "";
    }
}
