/* koers-tool.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_TOOL (koers_tool_get_type ())
G_DECLARE_FINAL_TYPE (KoersTool, koers_tool, KOERS, TOOL, GObject)

KoersTool     *koers_tool_new (void);
const char    *koers_tool_get_name (KoersTool *self);
void           koers_tool_set_name (KoersTool  *self,
                                    const char *name);
KoersToolKind  koers_tool_get_kind (KoersTool *self);
void           koers_tool_set_kind (KoersTool     *self,
                                    KoersToolKind  kind);
double         koers_tool_get_cost_per_month (KoersTool *self);
void           koers_tool_set_cost_per_month (KoersTool *self,
                                              double     cost_per_month);
const char    *koers_tool_get_notes (KoersTool *self);
void           koers_tool_set_notes (KoersTool  *self,
                                     const char *notes);

G_END_DECLS
