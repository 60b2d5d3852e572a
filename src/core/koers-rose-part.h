/* koers-rose-part.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ROSE_PART (koers_rose_part_get_type ())
G_DECLARE_FINAL_TYPE (KoersRosePart, koers_rose_part, KOERS, ROSE_PART, GObject)

KoersRosePart     *koers_rose_part_new (void);
KoersRosePartKind  koers_rose_part_get_part (KoersRosePart *self);
void               koers_rose_part_set_part (KoersRosePart     *self,
                                             KoersRosePartKind  part);
int                koers_rose_part_get_current (KoersRosePart *self);
void               koers_rose_part_set_current (KoersRosePart *self,
                                                int            current);
int                koers_rose_part_get_target (KoersRosePart *self);
void               koers_rose_part_set_target (KoersRosePart *self,
                                               int            target);
const char        *koers_rose_part_get_notes (KoersRosePart *self);
void               koers_rose_part_set_notes (KoersRosePart *self,
                                              const char    *notes);
const char        *koers_rose_part_get_actions (KoersRosePart *self);
void               koers_rose_part_set_actions (KoersRosePart *self,
                                                const char    *actions);

G_END_DECLS
