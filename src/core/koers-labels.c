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
koers_labels_adoption (void)
{
  static const char *labels[] = {
    N_("Not known yet"),
    N_("Discovering social media"),
    N_("Uses social media"),
    N_("Active on social media"),
    N_("Leads the way"),
    NULL
  };
  static gsize done;

  return translate_once (labels, &done);
}

const char *const *
koers_labels_activity (void)
{
  static const char *labels[] = {
    N_("Not there"),
    N_("Reads along"),
    N_("Reacts and shares"),
    N_("Creates content"),
    NULL
  };
  static gsize done;

  return translate_once (labels, &done);
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

const char *const *
koers_labels_strategy_kind (void)
{
  static const char *labels[] = {
    N_("Gain insights by listening"),
    N_("Be present and take part (community)"),
    N_("Generate website traffic with content"),
    N_("Service and support (webcare)"),
    N_("Internal communication in closed groups"),
    N_("A strategy of our own"),
    NULL
  };
  static gsize done;

  return translate_once (labels, &done);
}

const char *const *
koers_labels_tool_kind (void)
{
  static const char *labels[] = {
    N_("Monitoring"),
    N_("Scheduling"),
    N_("CRM"),
    N_("Analytics"),
    N_("Design"),
    N_("Other"),
    NULL
  };
  static gsize done;

  return translate_once (labels, &done);
}

const char *const *
koers_labels_status (void)
{
  static const char *labels[] = {
    N_("To do"),
    N_("In progress"),
    N_("Done"),
    NULL
  };
  static gsize done;

  return translate_once (labels, &done);
}
