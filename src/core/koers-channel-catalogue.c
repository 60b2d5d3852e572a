/* koers-channel-catalogue.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Common channels a plan can start from. They are only suggestions: once
 * added, a channel is the plan's own data and the user edits it freely.
 */
#define G_LOG_DOMAIN "koers-channel-catalogue"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-channel-catalogue.h"
#include "koers-plan.h"

static const struct {
  const char *name;
  const char *purpose;
  const char *colour;
} catalogue[] = {
  { N_("Instagram"),
    N_("Show products, people and atmosphere with photos, short videos and stories."),
    "#c061cb" },
  { N_("Facebook"),
    N_("Stay in touch with customers and the neighbourhood: news, events, questions and groups."),
    "#1c71d8" },
  /* After Facebook and Instagram the one Dutch local businesses use most */
  { N_("Google Business Profile"),
    N_("Be found on Google Search and Maps with opening hours, photos, news and offers, "
       "and answer the reviews customers leave there."),
    "#2ec27e" },
  { N_("LinkedIn"),
    N_("Reach business decision makers and professionals, show expertise and recruit staff."),
    "#1a5fb4" },
  { N_("TikTok"),
    N_("Reach a young audience with short, personal and playful videos."),
    "#241f31" },
  { N_("YouTube"),
    N_("Build the brand with videos that explain, show and inspire, and that people find "
       "through search."),
    "#e01b24" },
  { N_("X (Twitter)"),
    N_("Follow news and public debate as it happens; useful for listening and for webcare."),
    "#5e5c64" },
  { N_("Threads"),
    N_("Short conversations in text with people who already follow you on Instagram."),
    "#3d3846" },
  { N_("Mastodon"),
    N_("Take part in open, independent communities without advertising or a timeline "
       "sorted by an algorithm."),
    "#613583" },
  { N_("Bluesky"),
    N_("Short public conversations with a growing audience, many of whom used to be on X."),
    "#62a0ea" },
  { N_("WhatsApp Channels"),
    N_("Send short updates straight to followers' phones; they read along but cannot reply."),
    "#26a269" },
  { N_("Blog"),
    N_("Your own home base: longer articles that search engines find and every channel can "
       "link to."),
    "#e66100" },
  { N_("Newsletter"),
    N_("Reach subscribers directly in their inbox, whatever the networks' algorithms do."),
    "#986a44" },
};

/**
 * koers_channel_catalogue_get_n_items:
 *
 * Returns: how many channels the catalogue offers
 */
guint
koers_channel_catalogue_get_n_items (void)
{
  return G_N_ELEMENTS (catalogue);
}

/**
 * koers_channel_catalogue_get_name:
 *
 * Returns: (transfer none): the translated name of the channel at @position
 */
const char *
koers_channel_catalogue_get_name (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (catalogue), NULL);

  return _(catalogue[position].name);
}

/**
 * koers_channel_catalogue_get_purpose:
 *
 * Returns: (transfer none): what the channel at @position is good for, translated
 */
const char *
koers_channel_catalogue_get_purpose (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (catalogue), NULL);

  return _(catalogue[position].purpose);
}

/**
 * koers_channel_catalogue_get_colour:
 *
 * Returns: (transfer none): the suggested colour, as `#rrggbb`
 */
const char *
koers_channel_catalogue_get_colour (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (catalogue), NULL);

  return catalogue[position].colour;
}

/**
 * koers_channel_catalogue_new_channel:
 * @position: a channel of the catalogue
 * @channels: the plan's channels, so that the new channel gets an
 *   identifier none of them has
 *
 * Returns: (transfer full): a new channel filled in from the catalogue;
 *   the caller adds it to @channels
 */
KoersChannel *
koers_channel_catalogue_new_channel (guint       position,
                                     GListModel *channels)
{
  KoersChannel *channel;
  g_autofree char *id = NULL;

  g_return_val_if_fail (position < G_N_ELEMENTS (catalogue), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (channels), NULL);

  /* Made once from the name as the user sees it; it stays when the
   * channel is renamed later. */
  id = koers_plan_make_id (channels, _(catalogue[position].name));
  channel = koers_channel_new ();
  koers_channel_set_id (channel, id);
  koers_channel_set_name (channel, _(catalogue[position].name));
  koers_channel_set_purpose (channel, _(catalogue[position].purpose));
  koers_channel_set_colour (channel, catalogue[position].colour);

  return channel;
}
