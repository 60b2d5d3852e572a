/* koers-raci-cell.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_RACI_CELL (koers_raci_cell_get_type ())
G_DECLARE_FINAL_TYPE (KoersRaciCell, koers_raci_cell, KOERS, RACI_CELL, GObject)

KoersRaciCell *koers_raci_cell_new (void);
const char    *koers_raci_cell_get_role (KoersRaciCell *self);
void           koers_raci_cell_set_role (KoersRaciCell *self,
                                         const char    *role);
KoersRaci      koers_raci_cell_get_letter (KoersRaciCell *self);
void           koers_raci_cell_set_letter (KoersRaciCell *self,
                                           KoersRaci      letter);
double         koers_raci_cell_get_hours  (KoersRaciCell *self);
void           koers_raci_cell_set_hours  (KoersRaciCell *self,
                                           double         hours);

G_END_DECLS
