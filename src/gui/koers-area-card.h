/* koers-area-card.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-check.h"
#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_TYPE_AREA_CARD (koers_area_card_get_type ())
G_DECLARE_FINAL_TYPE (KoersAreaCard, koers_area_card, KOERS, AREA_CARD, GtkButton)

void       koers_area_card_update   (KoersAreaCard *self,
                                     KoersPlan     *plan);
KoersArea  koers_area_card_get_area (KoersAreaCard *self);
GtkWidget *koers_area_card_new (KoersPlan *plan,
                                KoersArea  area);

G_END_DECLS
