/* koers-rose-part-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-rose-part.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ROSE_PART_ROW (koers_rose_part_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersRosePartRow, koers_rose_part_row, KOERS, ROSE_PART_ROW, GtkWidget)

GtkWidget *koers_rose_part_row_new (KoersRosePart *part);

G_END_DECLS
