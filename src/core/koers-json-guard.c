/* koers-json-guard.c
 * SPDX-License-Identifier: GPL-3.0-or-later
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

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
  gsize       line_start;
} Scanner;

static void
set_place (const Scanner       *s,
           gsize                at,
           KoersJsonGuardPlace *place,
           char                *detail)
{
  guint line = s->line;
  gsize line_start = s->line_start;

  /* @at may lie before the scanner's position on the same line only. */
  if (at < line_start)
    at = line_start;
  place->line = line;
  place->column = (guint) (at - line_start) + 1;
  place->detail = detail;
}

static char *
copy_key (const char *start,
          gsize       length)
{
  if (length > 80)
    return g_strdup_printf ("%.*s…", 80, start);
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

  return g_hash_table_add (frame->many, g_strndup (key, length));
}

static void
clear_frame (Frame *frame)
{
  g_clear_pointer (&frame->many, g_hash_table_unref);
  frame->n_keys = 0;
}

/* Finds the line of byte @offset, for messages about invalid UTF-8. */
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

/* The length of the escape at @pos (a backslash), or 0 when it is not one
 * of JSON's: json-glib 1.6 also takes octal escapes ("\\202"), a \\u with
 * fewer than four hex digits and unpaired surrogates, and makes invalid
 * UTF-8 of them, which a save would write and the next load refuse. */
static gsize
escape_length (const char *data,
               gsize       length,
               gsize       pos)
{
  guint unit, low;

  if (pos + 1 >= length)
    return 0;
  if (strchr ("\"\\/bfnrt", data[pos + 1]) != NULL && data[pos + 1] != '\0')
    return 2;
  if (data[pos + 1] != 'u' || pos + 6 > length || !parse_hex4 (data + pos + 2, &unit))
    return 0;
  if (unit >= 0xdc00 && unit <= 0xdfff)
    return 0;
  if (unit < 0xd800 || unit > 0xdbff)
    return 6;
  if (pos + 12 <= length && data[pos + 6] == '\\' && data[pos + 7] == 'u' &&
      parse_hex4 (data + pos + 8, &low) && low >= 0xdc00 && low <= 0xdfff)
    return 12;
  return 0;
}

/**
 * _koers_json_guard_check:
 * @data: the text
 * @length: its length in bytes
 * @place: (out): where the problem is, when there is one; free its detail
 *
 * Checks what json-glib 1.6 cannot be trusted with. It does not check the
 * JSON grammar itself; json-glib does that afterwards.
 *
 * Returns: %KOERS_JSON_GUARD_OK or the first problem found
 */
KoersJsonGuardResult
_koers_json_guard_check (const char          *data,
                         gsize                length,
                         KoersJsonGuardPlace *place)
{
  Frame frames[KOERS_JSON_MAX_DEPTH + 1];
  guint depth = 0;
  Scanner s = { data, length, 0, 1, 0 };
  const char *end_valid = NULL;
  gboolean seen_value = FALSE;
  KoersJsonGuardResult result = KOERS_JSON_GUARD_OK;

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

  while (s.pos < length && result == KOERS_JSON_GUARD_OK)
    {
      char c = data[s.pos];

      switch (c)
        {
        case '\n':
          s.line++;
          s.line_start = s.pos + 1;
          s.pos++;
          break;

        case '{':
        case '[':
          seen_value = TRUE;
          if (depth == KOERS_JSON_MAX_DEPTH)
            {
              set_place (&s, s.pos, place, NULL);
              result = KOERS_JSON_GUARD_TOO_DEEP;
              break;
            }
          frames[depth].is_object = c == '{';
          frames[depth].n_keys = 0;
          frames[depth].many = NULL;
          depth++;
          s.pos++;
          break;

        case '}':
        case ']':
          if (depth > 0)
            clear_frame (&frames[--depth]);
          s.pos++;
          break;

        case '"':
          {
            gsize start = ++s.pos;
            gsize stop;
            gssize bad_escape = -1;

            seen_value = TRUE;
            while (s.pos < length && data[s.pos] != '"')
              {
                if (data[s.pos] == '\\' && s.pos + 1 < length)
                  {
                    gsize n = escape_length (data, length, s.pos);

                    if (n == 0)
                      {
                        bad_escape = (gssize) s.pos;
                        break;
                      }
                    s.pos += n - 1; /* the last byte below */
                  }
                else if (data[s.pos] == '\n')
                  {
                    /* JSON forbids raw newlines in strings; json-glib says so.
                     * Keep counting lines for its message to match ours. */
                    s.line++;
                    s.line_start = s.pos + 1;
                  }
                s.pos++;
              }

            if (bad_escape >= 0)
              {
                set_place (&s, (gsize) bad_escape, place,
                           g_strndup (data + bad_escape, MIN (length - (gsize) bad_escape, 6)));
                result = KOERS_JSON_GUARD_BAD_ESCAPE;
                break;
              }

            if (s.pos >= length)
              {
                set_place (&s, s.pos, place, NULL);
                result = KOERS_JSON_GUARD_TRUNCATED;
                break;
              }

            stop = s.pos++;
            if (stop - start > KOERS_JSON_MAX_STRING_BYTES)
              {
                set_place (&s, start, place,
                           g_strdup_printf ("%" G_GSIZE_FORMAT, stop - start));
                result = KOERS_JSON_GUARD_STRING_TOO_LONG;
                break;
              }

            /* A string in an object followed by ':' is a member name. */
            if (depth > 0 && frames[depth - 1].is_object)
              {
                gsize next = s.pos;

                while (next < length && g_ascii_isspace (data[next]))
                  next++;
                if (next < length && data[next] == ':' &&
                    !add_key (&frames[depth - 1], data + start, stop - start))
                  {
                    set_place (&s, start - 1, place, copy_key (data + start, stop - start));
                    result = KOERS_JSON_GUARD_DUPLICATE_KEY;
                  }
              }
          }
          break;

        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          {
            gsize start = s.pos;
            guint digits = 0;
            gboolean integral = TRUE;
            char buffer[64];
            double value;

            seen_value = TRUE;
            if (data[s.pos] == '-')
              s.pos++;
            while (s.pos < length &&
                   (g_ascii_isdigit (data[s.pos]) || data[s.pos] == '.' || data[s.pos] == 'e' ||
                    data[s.pos] == 'E' || data[s.pos] == '+' || data[s.pos] == '-'))
              {
                if (g_ascii_isdigit (data[s.pos]) && integral)
                  digits++;
                else if (!g_ascii_isdigit (data[s.pos]))
                  integral = FALSE;
                s.pos++;
              }

            if (s.pos - start >= sizeof buffer)
              {
                set_place (&s, start, place, g_strdup_printf ("%.*s…", 20, data + start));
                result = KOERS_JSON_GUARD_NUMBER;
                break;
              }

            memcpy (buffer, data + start, s.pos - start);
            buffer[s.pos - start] = '\0';
            value = g_ascii_strtod (buffer, NULL);
            if ((integral && digits > 16) || !isfinite (value) || fabs (value) > KOERS_JSON_MAX_NUMBER)
              {
                set_place (&s, start, place, g_strdup (buffer));
                result = KOERS_JSON_GUARD_NUMBER;
              }
          }
          break;

        case ' ':
        case '\t':
        case '\r':
        case ',':
        case ':':
          s.pos++;
          break;

        default:
          /* true, false, null and anything json-glib will reject itself */
          seen_value = TRUE;
          s.pos++;
          break;
        }
    }

  for (guint i = 0; i < depth; i++)
    clear_frame (&frames[i]);

  if (result != KOERS_JSON_GUARD_OK)
    return result;

  if (!seen_value)
    return KOERS_JSON_GUARD_EMPTY;

  if (depth > 0)
    {
      set_place (&s, s.pos, place, NULL);
      return KOERS_JSON_GUARD_TRUNCATED;
    }

  return KOERS_JSON_GUARD_OK;
}
