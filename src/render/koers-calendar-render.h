/* koers-calendar-render.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "koers-channel.h"
#include "koers-plan.h"
#include "koers-render-options.h"

G_BEGIN_DECLS

/* The most months one print or export of the calendar takes: a plan's
 * period of a thousand years prints its first twenty. */
#define KOERS_CALENDAR_RENDER_MAX_MONTHS 240

guint    koers_calendar_render_n_pages      (KoersPlan                *plan,
                                             const KoersRenderOptions *opts,
                                             double                    width,
                                             double                    height);
void     koers_calendar_render_page         (cairo_t                  *cr,
                                             KoersPlan                *plan,
                                             const KoersRenderOptions *opts,
                                             guint                     page,
                                             double                    width,
                                             double                    height);
gboolean koers_calendar_render_get_day_rect (KoersPlan                *plan,
                                             const KoersRenderOptions *opts,
                                             guint                     page,
                                             double                    width,
                                             double                    height,
                                             const GDate              *date,
                                             cairo_rectangle_t        *rect);
char    *koers_calendar_render_dup_short_name (KoersChannel           *channel);

G_END_DECLS
