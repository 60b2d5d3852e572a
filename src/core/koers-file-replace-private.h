/* koers-file-replace-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-file-replace.h"

G_BEGIN_DECLS

/* For tests: make the next writes fail with ENOSPC after @bytes bytes;
 * -1 turns it off. */
void _koers_file_replace_set_fail_after (gssize bytes);

G_END_DECLS
