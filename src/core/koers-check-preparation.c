/* koers-check-preparation.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan check of the preparation (voorbereiding): the seven tips to work
 * through before the first post. One finding while any is still open, with
 * the count, at the first open tip: "tip/KEY" (the tip's key, as the file
 * writes it).
 */
#define G_LOG_DOMAIN "koers-check"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-check-private.h"
#include "koers-checklist-item.h"

/**
 * _koers_check_preparation:
 *
 * The rules of the preparation (see the top of this file).
 */
void
_koers_check_preparation (KoersPlan *plan,
                          GPtrArray *findings)
{
  GListModel *tips = koers_plan_get_tips (plan);
  guint n = g_list_model_get_n_items (tips);
  g_autofree char *location = NULL;
  guint open = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersChecklistItem) tip = g_list_model_get_item (tips, i);

      if (koers_checklist_item_get_status (tip) == KOERS_STATUS_DONE)
        continue;
      if (open++ == 0)
        location = g_strdup_printf ("tip/%s", koers_checklist_item_get_key (tip));
    }
  if (open == 0)
    return;

  if (open == n)
    {
      _koers_check_add_finding (findings, KOERS_FINDING_TIPS_OPEN, KOERS_AREA_PREPARATION,
                                location,
                                _("None of the %u preparation tips is done yet: work through "
                                  "them before the first post."),
                                n);
      return;
    }
  _koers_check_add_finding (findings, KOERS_FINDING_TIPS_OPEN, KOERS_AREA_PREPARATION, location,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u of the %u preparation tips is still open: work "
                                         "through it before the first post.",
                                         "%u of the %u preparation tips are still open: work "
                                         "through them before the first post.",
                                         open),
                            open, n);
}
