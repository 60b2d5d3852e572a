/* koers-json-guard.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A strict JSON (RFC 8259) tokenizer that every file passes before
 * json-glib sees it. json-glib 1.6 reads a superset of JSON (comments,
 * single quotes, hex numbers, raw control characters...), overflows its
 * stack on deep nesting, misreads integers beyond 64 bits and keeps only
 * the last of duplicate members; this pass refuses all of that, with the
 * line and column, so json-glib is only ever given strict JSON within
 * Koers' limits.
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
  KOERS_JSON_GUARD_NUMBER,         /* too large, too long, or not finite */
  KOERS_JSON_GUARD_DUPLICATE_KEY,  /* compared after unescaping */
  KOERS_JSON_GUARD_STRING_TOO_LONG,
  KOERS_JSON_GUARD_TRUNCATED,      /* ends inside a string, object or array */
  KOERS_JSON_GUARD_BAD_ESCAPE,     /* not JSON's, or a lone surrogate */
  KOERS_JSON_GUARD_COMMENT,        /* slash-star or slash-slash */
  KOERS_JSON_GUARD_SINGLE_QUOTE,
  KOERS_JSON_GUARD_BAD_NUMBER,     /* 0x1f, 01, .5, 1., +1, - 1, $ff, 1e, ... */
  KOERS_JSON_GUARD_CONTROL_CHAR,   /* a raw tab, line break, ... inside a string */
  KOERS_JSON_GUARD_NUL_ESCAPE,     /* \u0000 */
  KOERS_JSON_GUARD_TRAILING,       /* more after the end of the document */
  KOERS_JSON_GUARD_MISSING_COMMA,
  KOERS_JSON_GUARD_MISSING_COLON,
  KOERS_JSON_GUARD_TRAILING_COMMA, /* a comma before ] or } */
  KOERS_JSON_GUARD_BAREWORD,       /* a word other than true, false, null */
  KOERS_JSON_GUARD_EXPECTED_VALUE, /* something else where a value must be */
  KOERS_JSON_GUARD_EXPECTED_NAME,  /* something else where a member name must be */
  KOERS_JSON_GUARD_BRACKET_MISMATCH,
} KoersJsonGuardResult;

typedef struct
{
  guint  line;        /* 1-based */
  guint  column;      /* 1-based, in bytes */
  char  *detail;      /* the number, word or member name, when there is one */
} KoersJsonGuardPlace;

#define KOERS_JSON_MAX_DEPTH        64
#define KOERS_JSON_MAX_NUMBER       1e15
#define KOERS_JSON_MAX_NUMBER_CHARS 63
#define KOERS_JSON_MAX_STRING_BYTES (1024 * 1024)

/* How much a file that loads can grow when Koers writes it again: at most
 * KOERS_WRITE_GROWTH times its size plus KOERS_WRITE_BASE (the members and
 * fixed lists an empty plan gets). Measured worst cases: 66x for numbers
 * 64 levels deep, 57x for objectives written as {} (docs/FORMAT.md). */
#define KOERS_WRITE_GROWTH          128
#define KOERS_WRITE_BASE            (16 * 1024)

KoersJsonGuardResult _koers_json_guard_check (const char          *data,
                                              gsize                length,
                                              KoersJsonGuardPlace *place);

G_END_DECLS
