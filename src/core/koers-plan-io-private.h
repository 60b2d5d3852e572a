/* koers-plan-io-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-plan-io.h"

G_BEGIN_DECLS

/* For tests: make the next writes fail with ENOSPC after @bytes bytes;
 * -1 turns it off. */
void _koers_plan_io_set_fail_after (gssize bytes);

G_END_DECLS
