/* koers-channel.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-enums.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CHANNEL (koers_channel_get_type ())
G_DECLARE_FINAL_TYPE (KoersChannel, koers_channel, KOERS, CHANNEL, GObject)

KoersChannel *koers_channel_new (void);
const char   *koers_channel_get_id (KoersChannel *self);
void          koers_channel_set_id (KoersChannel *self,
                                    const char   *id);
const char   *koers_channel_get_name (KoersChannel *self);
void          koers_channel_set_name (KoersChannel *self,
                                      const char   *name);
const char   *koers_channel_get_purpose (KoersChannel *self);
void          koers_channel_set_purpose (KoersChannel *self,
                                         const char   *purpose);
double        koers_channel_get_posts_per_week (KoersChannel *self);
void          koers_channel_set_posts_per_week (KoersChannel *self,
                                                double        posts_per_week);
const char   *koers_channel_get_colour (KoersChannel *self);
void          koers_channel_set_colour (KoersChannel *self,
                                        const char   *colour);
const char   *koers_channel_get_url (KoersChannel *self);
void          koers_channel_set_url (KoersChannel *self,
                                     const char   *url);
gboolean      koers_channel_get_active (KoersChannel *self);
void          koers_channel_set_active (KoersChannel *self,
                                        gboolean      active);

gboolean      koers_channel_same_name (const char *a,
                                       const char *b);

G_END_DECLS
