/* koers-json-guard.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the text with the grammar of RFC 8259 and nothing more:
 * json-glib 1.6 reads a superset of it, and whatever that superset lets
 * through (a comment, a single-quoted string) would hide the rest of the
 * text from a pass that only looked for brackets and numbers. Depth,
 * numbers, strings and member names are checked on the structure this
 * pass finds, so json-glib only ever parses what was checked here.
 */
#define G_LOG_DOMAIN "koers-json-guard"

#include "config.h"

#include <math.h>
#include <string.h>

#include "koers-json-guard.h"

/* Member names of one open object. Small objects are compared linearly;
 * past SMALL_KEYS the names go into a hash table. */
#define SMALL_KEYS 12

typedef struct
{
  gboolean     is_object;
  guint        n_keys;
  const char  *keys[SMALL_KEYS];
  gsize        key_lengths[SMALL_KEYS];
  GHashTable  *many;
} Frame;

typedef enum
{
  WANT_VALUE,          /* at the start, after ':' and after ',' in an array */
  WANT_VALUE_OR_CLOSE, /* after '[' */
  WANT_NAME,           /* after ',' in an object */
  WANT_NAME_OR_CLOSE,  /* after '{' */
  WANT_COLON,
  WANT_COMMA_OR_CLOSE,
  WANT_END,
} Want;

typedef struct
{
  const char   *data;
  gsize         length;
  gsize         pos;
  guint         line;
  gsize         line_start;
  GString      *unescaped;  /* scratch for member names with escapes */
  GStringChunk *names;      /* unescaped member names, until the end */
} Scanner;

static KoersJsonGuardResult
fail_at (const Scanner        *s,
         gsize                 at,
         KoersJsonGuardPlace  *place,
         char                 *detail,
         KoersJsonGuardResult  result)
{
  /* @at is never before the start of the scanner's line: no token spans
   * a line break. */
  g_assert (at >= s->line_start);
  place->line = s->line;
  place->column = (guint) MIN (at - s->line_start, G_MAXUINT - 1) + 1;
  place->detail = detail;
  return result;
}

static char *
copy_text (const char *start,
           gsize       length,
           gsize       max)
{
  if (length > max)
    {
      /* Cut at a character boundary: the text is valid UTF-8. */
      const char *end = g_utf8_find_prev_char (start, start + max + 1);

      return g_strdup_printf ("%.*s…", (int) (end - start), start);
    }
  return g_strndup (start, length);
}

static gboolean
add_key (Frame      *frame,
         const char *key,
         gsize       length)
{
  if (frame->many == NULL && frame->n_keys < SMALL_KEYS)
    {
      for (guint i = 0; i < frame->n_keys; i++)
        if (frame->key_lengths[i] == length && memcmp (frame->keys[i], key, length) == 0)
          return FALSE;
      frame->keys[frame->n_keys] = key;
      frame->key_lengths[frame->n_keys] = length;
      frame->n_keys++;
      return TRUE;
    }

  if (frame->many == NULL)
    {
      frame->many = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < frame->n_keys; i++)
        g_hash_table_add (frame->many, g_strndup (frame->keys[i], frame->key_lengths[i]));
    }

  /* Names hold no NUL: \u0000 is refused. */
  return g_hash_table_add (frame->many, g_strndup (key, length));
}

static void
clear_frame (Frame *frame)
{
  g_clear_pointer (&frame->many, g_hash_table_unref);
  frame->n_keys = 0;
}

/* Finds the line of byte @offset, for messages about the whole text. */
static void
place_of_offset (const char          *data,
                 gsize                offset,
                 KoersJsonGuardPlace *place)
{
  guint line = 1;
  gsize line_start = 0;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        line++;
        line_start = i + 1;
      }
  place->line = line;
  place->column = (guint) (offset - line_start) + 1;
  place->detail = NULL;
}

static gboolean
parse_hex4 (const char *p,
            guint      *unit)
{
  *unit = 0;
  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isxdigit (p[i]))
        return FALSE;
      *unit = *unit * 16 + (guint) g_ascii_xdigit_value (p[i]);
    }
  return TRUE;
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* What may follow a number or a word: JSON's white space and punctuation. */
static gboolean
is_delimiter (char c)
{
  return is_space (c) || c == ',' || c == ':' || c == ']' || c == '}' || c == '[' ||
         c == '{' || c == '"';
}

static void
skip_space (Scanner *s)
{
  while (s->pos < s->length && is_space (s->data[s->pos]))
    {
      if (s->data[s->pos] == '\n')
        {
          s->line++;
          s->line_start = s->pos + 1;
        }
      s->pos++;
    }
}

/* The end of the token that starts at @start, for messages: up to the
 * next delimiter. */
static gsize
token_end (const Scanner *s,
           gsize          start)
{
  gsize end = start + 1;

  while (end < s->length && !is_delimiter (s->data[end]))
    end++;
  return end;
}

/* Checks the escape at s->pos (a backslash) and appends what it stands
 * for to @out when @out is not NULL. json-glib 1.6 also takes octal
 * escapes, a \u with fewer than four digits and unpaired surrogates and
 * makes invalid UTF-8 of them, and cuts a text at \u0000. */
static KoersJsonGuardResult
scan_escape (Scanner             *s,
             GString             *out,
             KoersJsonGuardPlace *place)
{
  const char *data = s->data;
  gsize at = s->pos;
  guint unit, low;
  char c;

  if (at + 1 >= s->length)
    return fail_at (s, at, place, NULL, KOERS_JSON_GUARD_TRUNCATED);

  c = data[at + 1];
  switch (c)
    {
    case '"': case '\\': case '/':
      break;
    case 'b': c = '\b'; break;
    case 'f': c = '\f'; break;
    case 'n': c = '\n'; break;
    case 'r': c = '\r'; break;
    case 't': c = '\t'; break;
    case 'u':
      if (at + 6 > s->length || !parse_hex4 (data + at + 2, &unit))
        goto bad;
      if (unit == 0)
        return fail_at (s, at, place, g_strndup (data + at, 6), KOERS_JSON_GUARD_NUL_ESCAPE);
      if (unit >= 0xdc00 && unit <= 0xdfff)
        goto bad;
      if (unit >= 0xd800 && unit <= 0xdbff)
        {
          if (at + 12 > s->length || data[at + 6] != '\\' || data[at + 7] != 'u' ||
              !parse_hex4 (data + at + 8, &low) || low < 0xdc00 || low > 0xdfff)
            goto bad;
          unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
          s->pos += 6;
        }
      if (out != NULL)
        g_string_append_unichar (out, unit);
      s->pos += 6;
      return KOERS_JSON_GUARD_OK;
    default:
      goto bad;
    }

  if (out != NULL)
    g_string_append_c (out, c);
  s->pos += 2;
  return KOERS_JSON_GUARD_OK;

bad:
  return fail_at (s, at, place, copy_text (data + at, MIN (s->length - at, 6), 6),
                  KOERS_JSON_GUARD_BAD_ESCAPE);
}

/* Scans the string at s->pos (a quote). A member name with escapes is
 * unescaped into @name, for comparing names as json-glib will see them. */
static KoersJsonGuardResult
scan_string (Scanner             *s,
             gboolean             is_name,
             const char         **name,
             gsize               *name_length,
             KoersJsonGuardPlace *place)
{
  const char *data = s->data;
  gsize start = ++s->pos;
  gboolean escaped = FALSE;
  KoersJsonGuardResult result;

  for (;;)
    {
      guchar c;

      if (s->pos >= s->length)
        return fail_at (s, s->pos, place, NULL, KOERS_JSON_GUARD_TRUNCATED);

      c = (guchar) data[s->pos];
      if (c == '"')
        break;
      if (c == '\\')
        {
          if (is_name && !escaped)
            {
              g_string_truncate (s->unescaped, 0);
              g_string_append_len (s->unescaped, data + start, s->pos - start);
            }
          escaped = TRUE;
          result = scan_escape (s, is_name ? s->unescaped : NULL, place);
          if (result != KOERS_JSON_GUARD_OK)
            return result;
          continue;
        }
      if (c < 0x20)
        return fail_at (s, s->pos, place, NULL, KOERS_JSON_GUARD_CONTROL_CHAR);
      if (is_name && escaped)
        g_string_append_c (s->unescaped, (char) c);
      s->pos++;
    }

  if (s->pos - start > KOERS_JSON_MAX_STRING_BYTES)
    return fail_at (s, start - 1, place,
                    g_strdup_printf ("%" G_GSIZE_FORMAT, s->pos - start),
                    KOERS_JSON_GUARD_STRING_TOO_LONG);
  s->pos++;

  if (is_name)
    {
      if (!escaped)
        {
          *name = data + start;
          *name_length = s->pos - 1 - start;
        }
      else
        {
          if (s->names == NULL)
            s->names = g_string_chunk_new (4096);
          *name = g_string_chunk_insert_len (s->names, s->unescaped->str, s->unescaped->len);
          *name_length = s->unescaped->len;
        }
    }

  return KOERS_JSON_GUARD_OK;
}

static gsize
scan_digits (const Scanner *s,
             gsize          pos)
{
  while (pos < s->length && g_ascii_isdigit (s->data[pos]))
    pos++;
  return pos;
}

/* Scans the number at s->pos: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
 * and then Koers' limits on it. */
static KoersJsonGuardResult
scan_number (Scanner             *s,
             KoersJsonGuardPlace *place)
{
  const char *data = s->data;
  gsize start = s->pos;
  gsize pos = start;
  gsize int_start, int_end;
  gboolean integral = TRUE;
  char buffer[KOERS_JSON_MAX_NUMBER_CHARS + 1];
  double value;

  if (pos < s->length && data[pos] == '-')
    pos++;
  int_start = pos;
  if (pos < s->length && data[pos] == '0')
    pos++;
  else if (pos < s->length && data[pos] >= '1' && data[pos] <= '9')
    pos = scan_digits (s, pos);
  else
    goto bad;
  int_end = pos;

  if (pos < s->length && data[pos] == '.')
    {
      integral = FALSE;
      if (scan_digits (s, pos + 1) == pos + 1)
        goto bad;
      pos = scan_digits (s, pos + 1);
    }
  if (pos < s->length && (data[pos] == 'e' || data[pos] == 'E'))
    {
      integral = FALSE;
      pos++;
      if (pos < s->length && (data[pos] == '+' || data[pos] == '-'))
        pos++;
      if (scan_digits (s, pos) == pos)
        goto bad;
      pos = scan_digits (s, pos);
    }
  /* 01, 0x1f, 1.5.2, 12abc */
  if (pos < s->length && !is_delimiter (data[pos]))
    goto bad;

  if (pos - start > KOERS_JSON_MAX_NUMBER_CHARS)
    return fail_at (s, start, place, copy_text (data + start, pos - start, 20),
                    KOERS_JSON_GUARD_NUMBER);

  memcpy (buffer, data + start, pos - start);
  buffer[pos - start] = '\0';
  value = g_ascii_strtod (buffer, NULL);
  if ((integral && int_end - int_start > 16) || !isfinite (value) ||
      fabs (value) > KOERS_JSON_MAX_NUMBER)
    return fail_at (s, start, place, g_strdup (buffer), KOERS_JSON_GUARD_NUMBER);

  s->pos = pos;
  return KOERS_JSON_GUARD_OK;

bad:
  return fail_at (s, start, place, copy_text (data + start, token_end (s, start) - start, 20),
                  KOERS_JSON_GUARD_BAD_NUMBER);
}

/* A word where a value or a member name must be: true, false and null
 * are values; anything else is refused. */
static KoersJsonGuardResult
scan_word (Scanner             *s,
           gboolean             is_value,
           KoersJsonGuardPlace *place)
{
  gsize start = s->pos;
  gsize end = start;
  gsize length;

  while (end < s->length && (g_ascii_isalnum (s->data[end]) || s->data[end] == '_'))
    end++;
  length = end - start;

  if (is_value && end < s->length && !is_delimiter (s->data[end]))
    ; /* "truex", "null$": not a word JSON knows */
  else if (is_value && ((length == 4 && memcmp (s->data + start, "true", 4) == 0) ||
                        (length == 5 && memcmp (s->data + start, "false", 5) == 0) ||
                        (length == 4 && memcmp (s->data + start, "null", 4) == 0)))
    {
      s->pos = end;
      return KOERS_JSON_GUARD_OK;
    }

  return fail_at (s, start, place, copy_text (s->data + start, token_end (s, start) - start, 20),
                  KOERS_JSON_GUARD_BAREWORD);
}

/* The refusal for the character at s->pos where a value must be. */
static KoersJsonGuardResult
refuse_value (Scanner             *s,
              KoersJsonGuardPlace *place)
{
  char c = s->data[s->pos];

  if (c == '\'')
    return fail_at (s, s->pos, place, NULL, KOERS_JSON_GUARD_SINGLE_QUOTE);
  if (c == '.' || c == '+' || c == '$')
    return fail_at (s, s->pos, place,
                    copy_text (s->data + s->pos, token_end (s, s->pos) - s->pos, 20),
                    KOERS_JSON_GUARD_BAD_NUMBER);
  if (g_ascii_isalpha (c) || c == '_')
    return scan_word (s, TRUE, place);
  return fail_at (s, s->pos, place, NULL, KOERS_JSON_GUARD_EXPECTED_VALUE);
}

/**
 * _koers_json_guard_check:
 * @data: the text
 * @length: its length in bytes
 * @place: (out): where the problem is, when there is one; free its detail
 *
 * Checks that @data is one strict JSON (RFC 8259) value, with white space
 * around it and nothing else, within Koers' limits: at most
 * %KOERS_JSON_MAX_DEPTH levels, numbers up to %KOERS_JSON_MAX_NUMBER,
 * strings up to %KOERS_JSON_MAX_STRING_BYTES, no member name twice in an
 * object (compared after unescaping) and no \u0000.
 *
 * Returns: %KOERS_JSON_GUARD_OK or the first problem found
 */
KoersJsonGuardResult
_koers_json_guard_check (const char          *data,
                         gsize                length,
                         KoersJsonGuardPlace *place)
{
  Frame frames[KOERS_JSON_MAX_DEPTH];
  guint depth = 0;
  Scanner s = { data, length, 0, 1, 0, NULL, NULL };
  const char *end_valid = NULL;
  KoersJsonGuardResult result = KOERS_JSON_GUARD_OK;
  Want want = WANT_VALUE;

  g_return_val_if_fail (data != NULL || length == 0, KOERS_JSON_GUARD_EMPTY);
  g_return_val_if_fail (place != NULL, KOERS_JSON_GUARD_EMPTY);

  memset (place, 0, sizeof *place);

  /* Also when @data is NULL, which memchr() must not be given. */
  if (length == 0)
    return KOERS_JSON_GUARD_EMPTY;

  if (memchr (data, '\0', length) != NULL)
    {
      place_of_offset (data, (const char *) memchr (data, '\0', length) - data, place);
      return KOERS_JSON_GUARD_NOT_TEXT;
    }

  if (!g_utf8_validate_len (data, length, &end_valid))
    {
      place_of_offset (data, end_valid - data, place);
      return KOERS_JSON_GUARD_INVALID_UTF8;
    }

  /* RFC 8259 lets a parser ignore a byte order mark, and json-glib does:
   * files from editors that add one keep opening. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    s.pos = 3;

  s.unescaped = g_string_new (NULL);

  while (result == KOERS_JSON_GUARD_OK)
    {
      Frame *top = depth > 0 ? &frames[depth - 1] : NULL;
      gboolean closes = FALSE;
      char c;

      skip_space (&s);
      if (s.pos >= length)
        {
          if (want == WANT_END)
            break;
          if (depth == 0)
            result = KOERS_JSON_GUARD_EMPTY;
          else
            result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_TRUNCATED);
          break;
        }

      c = data[s.pos];
      if (c == '/' && s.pos + 1 < length && (data[s.pos + 1] == '*' || data[s.pos + 1] == '/'))
        {
          result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_COMMENT);
          break;
        }

      switch (want)
        {
        case WANT_END:
          result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_TRAILING);
          break;

        case WANT_COLON:
          if (c == ':')
            {
              s.pos++;
              want = WANT_VALUE;
            }
          else
            result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_MISSING_COLON);
          break;

        case WANT_COMMA_OR_CLOSE:
          if (c == ',')
            {
              s.pos++;
              want = top->is_object ? WANT_NAME : WANT_VALUE;
            }
          else if (c == (top->is_object ? '}' : ']'))
            closes = TRUE;
          else if (c == '}' || c == ']')
            result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_BRACKET_MISMATCH);
          else
            result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_MISSING_COMMA);
          break;

        case WANT_NAME:
        case WANT_NAME_OR_CLOSE:
          if (c == '}')
            {
              if (want == WANT_NAME_OR_CLOSE)
                closes = TRUE;
              else
                result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_TRAILING_COMMA);
            }
          else if (c == '"')
            {
              gsize start = s.pos;
              guint line = s.line;
              const char *name = NULL;
              gsize name_length = 0;

              result = scan_string (&s, TRUE, &name, &name_length, place);
              if (result == KOERS_JSON_GUARD_OK && !add_key (top, name, name_length))
                {
                  g_assert (line == s.line);
                  result = fail_at (&s, start, place, copy_text (name, name_length, 80),
                                    KOERS_JSON_GUARD_DUPLICATE_KEY);
                }
              want = WANT_COLON;
            }
          else if (c == '\'')
            result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_SINGLE_QUOTE);
          else if (g_ascii_isalnum (c) || c == '_' || c == '$')
            result = scan_word (&s, FALSE, place);
          else if (c == ']')
            result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_BRACKET_MISMATCH);
          else
            result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_EXPECTED_NAME);
          break;

        case WANT_VALUE:
        case WANT_VALUE_OR_CLOSE:
          switch (c)
            {
            case '{':
            case '[':
              if (depth == KOERS_JSON_MAX_DEPTH)
                {
                  result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_TOO_DEEP);
                  break;
                }
              frames[depth].is_object = c == '{';
              frames[depth].n_keys = 0;
              frames[depth].many = NULL;
              depth++;
              s.pos++;
              want = c == '{' ? WANT_NAME_OR_CLOSE : WANT_VALUE_OR_CLOSE;
              continue;

            case ']':
              if (want == WANT_VALUE_OR_CLOSE)
                closes = TRUE;
              else if (top != NULL && !top->is_object)
                result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_TRAILING_COMMA);
              else
                result = fail_at (&s, s.pos, place, NULL, KOERS_JSON_GUARD_EXPECTED_VALUE);
              break;

            case '"':
              result = scan_string (&s, FALSE, NULL, NULL, place);
              break;

            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
              result = scan_number (&s, place);
              break;

            case 't':
            case 'f':
            case 'n':
              result = scan_word (&s, TRUE, place);
              break;

            default:
              result = refuse_value (&s, place);
              break;
            }
          if (result == KOERS_JSON_GUARD_OK && !closes)
            want = depth == 0 ? WANT_END : WANT_COMMA_OR_CLOSE;
          break;

        default:
          g_assert_not_reached ();
        }

      if (closes)
        {
          clear_frame (&frames[--depth]);
          s.pos++;
          want = depth == 0 ? WANT_END : WANT_COMMA_OR_CLOSE;
        }
    }

  for (guint i = 0; i < depth; i++)
    clear_frame (&frames[i]);
  g_string_free (s.unescaped, TRUE);
  if (s.names != NULL)
    g_string_chunk_free (s.names);

  return result;
}
