/* koers-json-guard.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A fast pass over JSON text before json-glib sees it. json-glib 1.6
 * overflows its stack on deep nesting, misreads integers beyond 64 bits,
 * keeps only the last of duplicate members and writes huge doubles as
 * invalid JSON; this pass refuses all of those, with the line they are on.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KOERS_JSON_GUARD_OK,
  KOERS_JSON_GUARD_EMPTY,          /* only white space */
  KOERS_JSON_GUARD_NOT_TEXT,       /* a NUL byte: a binary file */
  KOERS_JSON_GUARD_INVALID_UTF8,
  KOERS_JSON_GUARD_TOO_DEEP,
  KOERS_JSON_GUARD_NUMBER,         /* too large, or not finite */
  KOERS_JSON_GUARD_DUPLICATE_KEY,
  KOERS_JSON_GUARD_STRING_TOO_LONG,
  KOERS_JSON_GUARD_TRUNCATED,      /* ends inside a string, object or array */
  KOERS_JSON_GUARD_BAD_ESCAPE,     /* a backslash escape that is not JSON's */
} KoersJsonGuardResult;

typedef struct
{
  guint  line;        /* 1-based */
  guint  column;      /* 1-based, in bytes */
  char  *detail;      /* the number or member name, when there is one */
} KoersJsonGuardPlace;

#define KOERS_JSON_MAX_DEPTH        64
#define KOERS_JSON_MAX_NUMBER       1e15
#define KOERS_JSON_MAX_STRING_BYTES (1024 * 1024)

KoersJsonGuardResult _koers_json_guard_check (const char          *data,
                                              gsize                length,
                                              KoersJsonGuardPlace *place);

G_END_DECLS
