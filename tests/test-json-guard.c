/* test-json-guard.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The strict JSON guard in front of json-glib (src/core/koers-json-guard.c):
 * every class of refusal, in many variants, through koers_plan_io_load_data()
 * with its GError code and the line and column in the message; the
 * JSONTestSuite parsing cases (tests/fixtures/jsontestsuite); and that what
 * Koers writes, Koers opens again.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "koers-json-guard.h"
#include "koers-plan-io.h"
#include "koers-objective.h"
#include "koers-plan.h"

/* A case: text with "§" where the refusal must point. With WRAP, the text
 * is put as the value of a member on line 4 of a plan, after 8 columns. */
#define MARK "§"
#define WRAP_HEAD "{\n  \"format\": \"koers-plan\",\n  \"version\": 2,\n  \"x\": "
#define WRAP_TAIL "\n}\n"

typedef struct
{
  const char *text;
  gboolean    wrap;
} Case;

static void
assert_refused_at (const char *with_mark,
                   gboolean    wrap,
                   int         code)
{
  g_autofree char *marked = wrap ? g_strconcat (WRAP_HEAD, with_mark, WRAP_TAIL, NULL)
                                 : g_strdup (with_mark);
  const char *mark = strstr (marked, MARK);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;
  g_autofree char *place = NULL;
  guint line = 1;
  gsize line_start = 0;
  gsize at;

  g_assert_nonnull (mark);
  at = mark - marked;
  for (gsize i = 0; i < at; i++)
    if (marked[i] == '\n')
      {
        line++;
        line_start = i + 1;
      }
  g_string_append_len (text, marked, at);
  g_string_append (text, mark + strlen (MARK));

  plan = koers_plan_io_load_data (text->str, text->len, "case.koers", &error);
  if (plan != NULL || !g_error_matches (error, KOERS_PLAN_IO_ERROR, code))
    g_error ("%s: expected error code %d, got %s", text->str, code,
             error != NULL ? error->message : "a plan");
  g_assert_null (plan);

  place = g_strdup_printf ("line %u, column %u", line, (guint) (at - line_start) + 1);
  if (strstr (error->message, place) == NULL || strstr (error->message, "case.koers") == NULL)
    g_error ("%s: the message “%s” does not name the file and %s", text->str,
             error->message, place);
}

static void
assert_cases (const Case *cases,
              gsize       n_cases,
              int         code)
{
  for (gsize i = 0; i < n_cases; i++)
    assert_refused_at (cases[i].text, cases[i].wrap, code);
}

#define ASSERT_CASES(cases, code) assert_cases (cases, G_N_ELEMENTS (cases), code)

static void
test_comments (void)
{
  static const Case cases[] = {
    { MARK "/* a comment */ 1", TRUE },
    { MARK "// a comment\n1", TRUE },
    { "[1, " MARK "/* 2 */ 3]", TRUE },
    { "{\"a\": 1 " MARK "// b\n}", TRUE },
    { "1 " MARK "/**/", TRUE },
    { MARK "/* {\"format\": \"koers-plan\" */ {\"format\": \"koers-plan\", \"version\": 2}", FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2}\n" MARK "// trailing", FALSE },
    /* What a comment hid from the old guard: nesting past the limit */
    { "[" MARK "/* ] */ [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]", TRUE },
  };

  ASSERT_CASES (cases, KOERS_PLAN_IO_ERROR_SYNTAX);
}

static void
test_single_quotes (void)
{
  static const Case cases[] = {
    { MARK "'text'", TRUE },
    { "{" MARK "'a': 1}", TRUE },
    { "[\"a\", " MARK "'b']", TRUE },
    { MARK "'\"' [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ '\"'", TRUE },
    { MARK "''", TRUE },
    { "{\"format\": " MARK "'koers-plan', \"version\": 2}", FALSE },
  };

  ASSERT_CASES (cases, KOERS_PLAN_IO_ERROR_SYNTAX);
}

static void
test_number_forms (void)
{
  static const Case cases[] = {
    { MARK "0x1f", TRUE },
    { MARK "0X1F", TRUE },
    { MARK "0x7fffffffffffffff", TRUE },
    { MARK "0b101", TRUE },
    { MARK "0o17", TRUE },
    { MARK "017", TRUE },
    { MARK "01", TRUE },
    { MARK "00", TRUE },
    { MARK "-01", TRUE },
    { MARK "$ff", TRUE },
    { MARK ".5", TRUE },
    { MARK "1.", TRUE },
    { MARK "-.5", TRUE },
    { MARK "- 1", TRUE },
    { MARK "+1", TRUE },
    { MARK "-", TRUE },
    { MARK "1e", TRUE },
    { MARK "1e+", TRUE },
    { MARK "1E-", TRUE },
    { MARK "1.5.3", TRUE },
    { MARK "12abc", TRUE },
    { MARK "1.e5", TRUE },
    { MARK "-Infinity", TRUE },
    { "[1, " MARK "0x10, 3]", TRUE },
    { "{\"a\": " MARK ".1e400}", TRUE },
  };

  ASSERT_CASES (cases, KOERS_PLAN_IO_ERROR_SYNTAX);
}

static void
test_words (void)
{
  static const Case cases[] = {
    { MARK "Infinity", TRUE },
    { MARK "NaN", TRUE },
    { MARK "True", TRUE },
    { MARK "nul", TRUE },
    { MARK "truex", TRUE },
    { MARK "undefined", TRUE },
    { "{" MARK "a: 1}", TRUE },
    { "[true, " MARK "FALSE]", TRUE },
  };

  ASSERT_CASES (cases, KOERS_PLAN_IO_ERROR_SYNTAX);
}

static void
test_control_characters (void)
{
  /* Every byte below 0x20 but NUL (which makes a file binary) */
  for (int c = 1; c < 0x20; c++)
    {
      g_autofree char *text = g_strdup_printf ("\"a" MARK "%cb\"", c);

      assert_refused_at (text, TRUE, KOERS_PLAN_IO_ERROR_SYNTAX);
    }
  assert_refused_at ("{\"ti" MARK "\ttle\": 1}", TRUE, KOERS_PLAN_IO_ERROR_SYNTAX);
  assert_refused_at ("{\"format\": \"koers-" MARK "\nplan\", \"version\": 2}", FALSE,
                     KOERS_PLAN_IO_ERROR_SYNTAX);
}

static void
test_escapes (void)
{
  static const Case cases[] = {
    { "\"a" MARK "\\x41\"", TRUE },
    { "\"" MARK "\\a\"", TRUE },
    { "\"" MARK "\\'\"", TRUE },
    { "\"" MARK "\\0\"", TRUE },
    { "\"" MARK "\\202\"", TRUE },
    { "\"" MARK "\\u12\"", TRUE },
    { "\"" MARK "\\u12g4\"", TRUE },
    { "\"" MARK "\\U0041\"", TRUE },
    { "\"" MARK "\\ud800\"", TRUE },
    { "\"" MARK "\\udc00\"", TRUE },
    { "\"" MARK "\\uDFFF\\uD800\"", TRUE },
    { "\"" MARK "\\ud800\\u0041\"", TRUE },
    { "\"" MARK "\\ud800\\n\"", TRUE },
    { "\"x" MARK "\\ud83d \\ude00\"", TRUE },
    { "{\"" MARK "\\ud800\": 1}", TRUE },
  };

  ASSERT_CASES (cases, KOERS_PLAN_IO_ERROR_SYNTAX);
}

static void
test_nul_escape (void)
{
  static const Case cases[] = {
    { "\"" MARK "\\u0000\"", TRUE },
    { "\"a" MARK "\\u0000b\"", TRUE },
    { "{\"" MARK "\\u0000\": 1}", TRUE },
    { "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\": \"Koers" MARK
      "\\u0000 geheim\"}}", FALSE },
  };

  ASSERT_CASES (cases, KOERS_PLAN_IO_ERROR_SYNTAX);
}

static void
test_after_document (void)
{
  static const Case cases[] = {
    { "{\"format\": \"koers-plan\", \"version\": 2}" MARK "{\"format\": \"koers-plan\", "
      "\"version\": 2}", FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2}\n\n  " MARK "{\"format\": \"koers-plan\", "
      "\"version\": 2, \"plan\": {\"title\": \"second\"}}\n", FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2} " MARK "x", FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2}" MARK "]", FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2}" MARK "}", FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2}" MARK ",", FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2}\n" MARK "1", FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2}\n" MARK "\"text\"", FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2}\n" MARK "/", FALSE },
  };

  ASSERT_CASES (cases, KOERS_PLAN_IO_ERROR_SYNTAX);
}

static void
test_grammar (void)
{
  static const Case cases[] = {
    { "[1 " MARK "2]", TRUE },
    { "{\"a\": 1 " MARK "\"b\": 2}", TRUE },
    { "{\"a\" " MARK "1}", TRUE },
    { "{\"a\"" MARK ", 1}", TRUE },
    { "[1, " MARK "]", TRUE },
    { "{\"a\": 1, " MARK "}", TRUE },
    { "[" MARK ",1]", TRUE },
    { "{\"a\": " MARK "}", TRUE },
    { "{" MARK ",}", TRUE },
    { "[1" MARK "}", TRUE },
    { "{\"a\": 1" MARK "]", TRUE },
    { "{" MARK "]", TRUE },
    { "{" MARK "1: 2}", TRUE },
    { MARK "@", TRUE },
    { "\xef\xbb\xbf" MARK "\xef\xbb\xbf{}", FALSE },
  };

  ASSERT_CASES (cases, KOERS_PLAN_IO_ERROR_SYNTAX);
}

static void
test_duplicates (void)
{
  static const Case cases[] = {
    { "{\"title\": 1, " MARK "\"t\\u0069tle\": 2}", TRUE },
    { "{\"t\\u0069tle\": 1, " MARK "\"title\": 2}", TRUE },
    { "{\"\\u0074\\u0069\\u0074\\u006c\\u0065\": 1, " MARK "\"title\": 2}", TRUE },
    { "{\"a/b\": 1, " MARK "\"a\\/b\": 2}", TRUE },
    { "{\"caf\xc3\xa9\": 1, " MARK "\"caf\\u00e9\": 2}", TRUE },
    { "{\"\xf0\x9f\x98\x80\": 1, " MARK "\"\\ud83d\\ude00\": 2}", TRUE },
    { "{\"a\\nb\": 1, " MARK "\"a\\u000ab\": 2}", TRUE },
    { "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {}, " MARK "\"pl\\u0061n\": {}}",
      FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2, " MARK "\"versio\\u006e\": 3}", FALSE },
    { "{\"format\": \"koers-plan\", " MARK "\"\\u0066ormat\": \"other\", \"version\": 2}", FALSE },
    /* Past the small objects, in the hash table */
    { "{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5, \"f\": 6, \"g\": 7, \"h\": 8, "
      "\"i\": 9, \"j\": 10, \"k\": 11, \"l\": 12, \"m\": 13, " MARK "\"\\u0061\": 14}", TRUE },
    { "[{\"a\": 1}, {\"a\": 1, " MARK "\"a\": 1}]", TRUE },
  };

  ASSERT_CASES (cases, KOERS_PLAN_IO_ERROR_DUPLICATE_MEMBER);
}

static void
test_depth (void)
{
  for (guint depth = KOERS_JSON_MAX_DEPTH; depth <= KOERS_JSON_MAX_DEPTH + 2; depth++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GString) objects = g_string_new (NULL);

      /* The plan is the first level, "x" the second. */
      for (guint i = 1; i < depth; i++)
        g_string_append (text, i == KOERS_JSON_MAX_DEPTH ? MARK "[" : "[");
      for (guint i = 1; i < depth; i++)
        g_string_append_c (text, ']');
      if (depth > KOERS_JSON_MAX_DEPTH)
        assert_refused_at (text->str, TRUE, KOERS_PLAN_IO_ERROR_TOO_DEEP);

      /* Objects and lists in turn: {"a": [{"a": [... */
      for (guint i = 1; i < depth; i++)
        {
          if (i == KOERS_JSON_MAX_DEPTH)
            g_string_append (objects, MARK);
          g_string_append (objects, i % 2 ? "{\"a\": " : "[");
        }
      g_string_append (objects, "1");
      for (guint i = depth - 1; i >= 1; i--)
        g_string_append_c (objects, i % 2 ? '}' : ']');
      if (depth > KOERS_JSON_MAX_DEPTH)
        assert_refused_at (objects->str, TRUE, KOERS_PLAN_IO_ERROR_TOO_DEEP);
    }

  /* 63 levels inside the plan are allowed and written back */
  {
    g_autoptr(GString) text = g_string_new (WRAP_HEAD);
    g_autoptr(GError) error = NULL;
    g_autoptr(KoersPlan) plan = NULL;
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(KoersPlan) again = NULL;

    for (guint i = 1; i < KOERS_JSON_MAX_DEPTH; i++)
      g_string_append_c (text, '[');
    for (guint i = 1; i < KOERS_JSON_MAX_DEPTH; i++)
      g_string_append_c (text, ']');
    g_string_append (text, WRAP_TAIL);
    plan = koers_plan_io_load_data (text->str, text->len, "deep.koers", &error);
    g_assert_no_error (error);
    bytes = koers_plan_io_to_bytes (plan, &error);
    g_assert_no_error (error);
    again = koers_plan_io_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                     "deep-again.koers", &error);
    g_assert_no_error (error);
  }
}

static void
test_numbers (void)
{
  static const Case cases[] = {
    { MARK "1e400", TRUE },
    { MARK "-1e400", TRUE },
    { MARK "1e16", TRUE },
    { MARK "1000000000000001", TRUE },
    { MARK "-1000000000000001", TRUE },
    { MARK "9223372036854775807", TRUE },
    { MARK "-9223372036854775808", TRUE },
    { MARK "18446744073709551616", TRUE },
    { MARK "1.7976931348623157e308", TRUE },
    { MARK "0.000000000000000000000000000000000000000000000000000000000000000001", TRUE },
    { "[0, " MARK "2e15]", TRUE },
  };

  ASSERT_CASES (cases, KOERS_PLAN_IO_ERROR_NUMBER);
}

static void
test_truncated (void)
{
  static const Case cases[] = {
    { "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\": \"abc" MARK, FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2, \"x\": [1, 2" MARK, FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2, \"x\":" MARK, FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2, \"x\"" MARK, FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2,\n" MARK, FALSE },
    { "{\"format\": \"koers-plan\", \"version\": 2, \"x\": \"a" MARK "\\", FALSE },
  };

  ASSERT_CASES (cases, KOERS_PLAN_IO_ERROR_TRUNCATED);
}

/* Strict JSON that json-glib and Koers must keep taking. */
static void
test_accepted (void)
{
  static const char *const values[] = {
    "0", "-0", "-0.0", "1E5", "1e-5", "0.5e-3", "-1.5E+3", "1e15", "-1000000000000000",
    "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD834\\uDD1E \\u001f\"",
    "\"\x7f\"", "[]", "{}", "[[], {}, [{}]]", "true", "false", "null",
    " \t\r\n [ 1 , 2 ] \t\r\n ",
    "{\"\": 1}",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = g_strconcat (WRAP_HEAD, values[i], WRAP_TAIL, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(KoersPlan) plan = koers_plan_io_load_data (text, strlen (text), "ok.koers",
                                                           &error);
      KoersJsonGuardPlace place;

      g_assert_cmpint (_koers_json_guard_check (text, strlen (text), &place), ==,
                       KOERS_JSON_GUARD_OK);
      g_assert_null (place.detail);
      g_assert_no_error (error);
      g_assert_nonnull (plan);
    }
}

/* JSONTestSuite --------------------------------------------------------- */

/* y_ files with an object at the top level that Koers refuses on purpose */
static const struct
{
  const char           *name;
  KoersJsonGuardResult  result;
} y_refused[] = {
  { "y_object_duplicated_key.json", KOERS_JSON_GUARD_DUPLICATE_KEY },
  { "y_object_duplicated_key_and_value.json", KOERS_JSON_GUARD_DUPLICATE_KEY },
  { "y_object_escaped_null_in_key.json", KOERS_JSON_GUARD_NUL_ESCAPE },
  { "y_object_extreme_numbers.json", KOERS_JSON_GUARD_NUMBER },
};

/* What Koers does with the implementation-defined i_ files (docs/FORMAT.md) */
static const struct
{
  const char           *name;
  KoersJsonGuardResult  result;
} i_results[] = {
  { "i_number_double_huge_neg_exp.json", KOERS_JSON_GUARD_OK },   /* 0 */
  { "i_number_huge_exp.json", KOERS_JSON_GUARD_NUMBER },
  { "i_number_neg_int_huge_exp.json", KOERS_JSON_GUARD_NUMBER },
  { "i_number_pos_double_huge_exp.json", KOERS_JSON_GUARD_NUMBER },
  { "i_number_real_neg_overflow.json", KOERS_JSON_GUARD_NUMBER },
  { "i_number_real_pos_overflow.json", KOERS_JSON_GUARD_NUMBER },
  { "i_number_real_underflow.json", KOERS_JSON_GUARD_OK },        /* 0 */
  { "i_number_too_big_neg_int.json", KOERS_JSON_GUARD_NUMBER },
  { "i_number_too_big_pos_int.json", KOERS_JSON_GUARD_NUMBER },
  { "i_number_very_big_negative_int.json", KOERS_JSON_GUARD_NUMBER },
  { "i_object_key_lone_2nd_surrogate.json", KOERS_JSON_GUARD_BAD_ESCAPE },
  { "i_string_1st_surrogate_but_2nd_missing.json", KOERS_JSON_GUARD_BAD_ESCAPE },
  { "i_string_1st_valid_surrogate_2nd_invalid.json", KOERS_JSON_GUARD_BAD_ESCAPE },
  { "i_string_UTF-16LE_with_BOM.json", KOERS_JSON_GUARD_NOT_TEXT },
  { "i_string_UTF-8_invalid_sequence.json", KOERS_JSON_GUARD_INVALID_UTF8 },
  { "i_string_UTF8_surrogate_U+D800.json", KOERS_JSON_GUARD_INVALID_UTF8 },
  { "i_string_incomplete_surrogate_and_escape_valid.json", KOERS_JSON_GUARD_BAD_ESCAPE },
  { "i_string_incomplete_surrogate_pair.json", KOERS_JSON_GUARD_BAD_ESCAPE },
  { "i_string_incomplete_surrogates_escape_valid.json", KOERS_JSON_GUARD_BAD_ESCAPE },
  { "i_string_invalid_lonely_surrogate.json", KOERS_JSON_GUARD_BAD_ESCAPE },
  { "i_string_invalid_surrogate.json", KOERS_JSON_GUARD_BAD_ESCAPE },
  { "i_string_invalid_utf-8.json", KOERS_JSON_GUARD_INVALID_UTF8 },
  { "i_string_inverted_surrogates_U+1D11E.json", KOERS_JSON_GUARD_BAD_ESCAPE },
  { "i_string_iso_latin_1.json", KOERS_JSON_GUARD_INVALID_UTF8 },
  { "i_string_lone_second_surrogate.json", KOERS_JSON_GUARD_BAD_ESCAPE },
  { "i_string_lone_utf8_continuation_byte.json", KOERS_JSON_GUARD_INVALID_UTF8 },
  { "i_string_not_in_unicode_range.json", KOERS_JSON_GUARD_INVALID_UTF8 },
  { "i_string_overlong_sequence_2_bytes.json", KOERS_JSON_GUARD_INVALID_UTF8 },
  { "i_string_overlong_sequence_6_bytes.json", KOERS_JSON_GUARD_INVALID_UTF8 },
  { "i_string_overlong_sequence_6_bytes_null.json", KOERS_JSON_GUARD_INVALID_UTF8 },
  { "i_string_truncated-utf-8.json", KOERS_JSON_GUARD_INVALID_UTF8 },
  { "i_string_utf16BE_no_BOM.json", KOERS_JSON_GUARD_NOT_TEXT },
  { "i_string_utf16LE_no_BOM.json", KOERS_JSON_GUARD_NOT_TEXT },
  { "i_structure_500_nested_arrays.json", KOERS_JSON_GUARD_TOO_DEEP },
  { "i_structure_UTF-8_BOM_empty_object.json", KOERS_JSON_GUARD_OK },
};

static gboolean
top_level_is_object (const char *data,
                     gsize       length)
{
  gsize i = 0;

  while (i < length && strchr (" \t\r\n", data[i]) != NULL && data[i] != '\0')
    i++;
  return i < length && data[i] == '{';
}

static void
test_jsontestsuite (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fixtures", "jsontestsuite",
                                                     "test_parsing", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n_y = 0, n_y_objects = 0, n_n = 0, n_i = 0;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *data = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KoersPlan) plan = NULL;
      KoersJsonGuardPlace place;
      KoersJsonGuardResult result;
      gsize length;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      result = _koers_json_guard_check (data, length, &place);
      g_free (place.detail);

      /* Nothing in the suite is a plan: every file is refused, with our error. */
      plan = koers_plan_io_load_data (data, length, name, &error);
      g_assert_null (plan);
      g_assert_nonnull (error);
      g_assert_true (error->domain == KOERS_PLAN_IO_ERROR);

      if (g_str_has_prefix (name, "n_"))
        {
          if (result == KOERS_JSON_GUARD_OK)
            g_error ("%s: the guard accepts what is not JSON", name);
          n_n++;
        }
      else if (g_str_has_prefix (name, "y_"))
        {
          KoersJsonGuardResult expected = KOERS_JSON_GUARD_OK;

          n_y++;
          if (!top_level_is_object (data, length))
            {
              /* Other values are JSON too, but not a plan: refused after
               * the guard, or by a limit of the guard (numbers). */
              if (result != KOERS_JSON_GUARD_OK && result != KOERS_JSON_GUARD_NUMBER &&
                  result != KOERS_JSON_GUARD_NUL_ESCAPE)
                g_error ("%s: the guard refuses valid JSON (%d)", name, result);
              continue;
            }
          n_y_objects++;
          for (gsize i = 0; i < G_N_ELEMENTS (y_refused); i++)
            if (g_str_equal (name, y_refused[i].name))
              expected = y_refused[i].result;
          if (result != expected)
            g_error ("%s: the guard gives %d, expected %d", name, result, expected);
          /* Past the guard, json-glib parses it: refused as no plan. */
          if (expected == KOERS_JSON_GUARD_OK)
            g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_NOT_A_PLAN);
        }
      else if (g_str_has_prefix (name, "i_"))
        {
          gboolean found = FALSE;

          for (gsize i = 0; i < G_N_ELEMENTS (i_results); i++)
            if (g_str_equal (name, i_results[i].name))
              {
                found = TRUE;
                if (result != i_results[i].result)
                  g_error ("%s: the guard gives %d, documented %d", name, result,
                           i_results[i].result);
              }
          if (!found)
            g_error ("%s: not in the documented list of i_ cases", name);
          n_i++;
        }
    }

  g_assert_cmpuint (n_n, ==, 188);
  g_assert_cmpuint (n_y, ==, 95);
  g_assert_cmpuint (n_y_objects, ==, 12);
  g_assert_cmpuint (n_i, ==, G_N_ELEMENTS (i_results));
}

/* A byte order mark at the start is skipped, as json-glib and RFC 8259 allow */
static void
test_byte_order_mark (void)
{
  const char *text = "\xef\xbb\xbf{\"format\": \"koers-plan\", \"version\": 2, "
                     "\"plan\": {\"title\": \"Bakkerij\"}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_io_load_data (text, strlen (text), "bom.koers", &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (koers_plan_get_title (plan), ==, "Bakkerij");
  bytes = koers_plan_io_to_bytes (plan, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((const char *) g_bytes_get_data (bytes, NULL))[0], ==, '{');
}

/* What Koers writes, Koers opens ---------------------------------------- */

static GBytes *
save_and_reload (KoersPlan  *plan,
                 KoersPlan **again)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = koers_plan_io_to_bytes (plan, &error);
  g_autoptr(GBytes) second = NULL;

  g_assert_no_error (error);
  *again = koers_plan_io_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    "again.koers", &error);
  g_assert_no_error (error);
  second = koers_plan_io_to_bytes (*again, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, second));
  return g_steal_pointer (&bytes);
}

static void
test_write_doubles (void)
{
  static const double values[] = {
    0.1, 0.30000000000000004, 1.0 / 3, 2.0 / 3, 1e-7, 123456789.123456789, -0.5,
    5e-324, 2.2250738585072014e-308, 999999999999.9999, -1e12, 1e12, 0.0,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(KoersPlan) plan = koers_plan_new ();
      g_autoptr(KoersObjective) objective = koers_objective_new ();
      g_autoptr(KoersPlan) again = NULL;
      g_autoptr(KoersObjective) read = NULL;
      g_autoptr(GBytes) bytes = NULL;

      koers_objective_set_baseline (objective, values[i]);
      koers_plan_append (plan, koers_plan_get_objectives (plan), objective);
      bytes = save_and_reload (plan, &again);
      read = g_list_model_get_item (G_LIST_MODEL (koers_plan_get_objectives (again)), 0);
      g_assert_true (memcmp (&values[i], &(double) { koers_objective_get_baseline (read) },
                             sizeof (double)) == 0);
    }
}

static void
test_write_negative_zero (void)
{
  /* In a field, -0 is 0; in an unknown member it stays a double, -0.0. */
  const char *text =
    "{\"format\": \"koers-plan\", \"version\": 2, \"x\": [-0.0, -0, 1.0, 1e5, 0.1],\n"
    " \"objectives\": {\"smart_objectives\": [{\"baseline\": -0.0, \"target\": -0}]}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_io_load_data (text, strlen (text), "zero.koers", &error);
  g_autoptr(KoersPlan) again = NULL;
  g_autoptr(KoersObjective) read = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *written;
  double baseline;

  g_assert_no_error (error);
  bytes = save_and_reload (plan, &again);
  written = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (written, "-0.0,\n    0,\n    1.0,\n    100000.0,\n    0.1\n"));
  g_assert_nonnull (strstr (written, "\"baseline\": 0,"));
  g_assert_null (strstr (written, "\"baseline\": -0"));
  read = g_list_model_get_item (G_LIST_MODEL (koers_plan_get_objectives (again)), 0);
  baseline = koers_objective_get_baseline (read);
  g_assert_cmpfloat (baseline, ==, 0);
  g_assert_false (signbit (baseline));
}

static void
test_write_too_large (void)
{
  /* 1.3 MB of smart objectives written as {} would be 72 MB written out */
  const char *head = "{\"format\": \"koers-plan\", \"version\": 2,\n"
                     " \"objectives\": {\"smart_objectives\": [";
  g_autoptr(GString) text = g_string_new (head);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;

  for (guint i = 0; i < 420000; i++)
    g_string_append (text, i ? ",{}" : "{}");
  g_string_append (text, "]}}");
  g_assert_cmpuint (text->len, <, KOERS_MAX_FILE_SIZE);
  plan = koers_plan_io_load_data (text->str, text->len, "compact.koers", &error);
  g_assert_null (plan);
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "compact.koers"));
}

/* The guard's bound on what Koers writes holds for the worst cases:
 * numbers, lists and objects 63 levels deep written without white space,
 * objects of every list written as {} (or with only what they require),
 * and it is close for a file Koers wrote itself. */
static void
assert_bound (const char *text,
              gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = koers_plan_io_load_data (text, length, "growth.koers", &error);
  g_autoptr(GBytes) bytes = NULL;
  KoersJsonGuardPlace place;
  guint64 bound = 0;

  g_assert_no_error (error);
  bytes = koers_plan_io_to_bytes (plan, &error);
  g_assert_no_error (error);
  g_assert_cmpint (_koers_json_guard_check_sized (text, length, &place, &bound), ==,
                   KOERS_JSON_GUARD_OK);
  if (g_bytes_get_size (bytes) > bound)
    g_error ("%.200s...: writes %zu bytes, more than the bound %" G_GUINT64_FORMAT,
             text, g_bytes_get_size (bytes), bound);
}

static void
test_write_bound (void)
{
  static const char *const items[] = { "0", "[]", "{}", "1E15", "-0", "\"\"" };
  static const char *const lists[] = {
    "\"people\": {\"target_groups\": [@]}",
    "\"people\": {\"target_groups\": [{\"networks\": [@]}]}",
    "\"objectives\": {\"goals\": [@]}",
    "\"objectives\": {\"smart_objectives\": [@]}",
    "\"strategy\": {\"strategies\": [@]}",
    "\"strategy\": {\"milestones\": [@]}",
    "\"technology\": {\"tools\": [@]}",
    "\"technology\": {\"channels\": [@]}",
    "\"calendar\": {\"entries\": [@]}",
    "\"roles\": {\"roles\": [@]}",
    "\"roles\": {\"tasks\": [@]}",
    "\"roles\": {\"roles\": [{\"id\": \"r\", \"name\": \"r\"}], \"tasks\": "
      "[{\"id\": \"t\", \"name\": \"t\", \"raci\": [@]}]}",
    "\"maturity\": {\"phases\": [{\"phase\": \"presence\", \"criteria\": [@]}]}",
  };
  static const char *const minimal[] = {
    "{}", "{\"network\": \"linkedin\"}", "{}", "{}", "{}", "{}", "{}",
    "{\"id\": \"@\", \"name\": \"c\"}", "{\"date\": \"2027-01-01\"}",
    "{\"id\": \"@\", \"name\": \"r\"}", "{\"id\": \"@\", \"name\": \"t\"}",
    "{\"role\": \"r@\", \"letter\": \"R\"}", "{\"text\": \"c\"}",
  };
  g_autofree char *example = NULL;
  g_autofree char *example_path = NULL;
  gsize example_length;

  G_STATIC_ASSERT (G_N_ELEMENTS (lists) == G_N_ELEMENTS (minimal));

  for (gsize k = 0; k < G_N_ELEMENTS (items); k++)
    {
      g_autoptr(GString) text = g_string_new ("{\"format\":\"koers-plan\",\"version\":2,\"x\":");

      for (guint i = 2; i < KOERS_JSON_MAX_DEPTH; i++)
        g_string_append_c (text, '[');
      for (guint i = 0; i < 5000; i++)
        {
          if (i > 0)
            g_string_append_c (text, ',');
          g_string_append (text, items[k]);
        }
      for (guint i = 2; i < KOERS_JSON_MAX_DEPTH; i++)
        g_string_append_c (text, ']');
      g_string_append (text, "}");
      assert_bound (text->str, text->len);
    }

  for (gsize k = 0; k < G_N_ELEMENTS (lists); k++)
    {
      g_autoptr(GString) text = g_string_new ("{\"format\":\"koers-plan\",\"version\":2,");
      g_auto(GStrv) list = g_strsplit (lists[k], "@", 2);
      g_auto(GStrv) item = g_strsplit (minimal[k], "@", 2);

      g_string_append (text, list[0]);
      for (guint i = 0; i < 2000; i++)
        {
          if (i > 0)
            g_string_append_c (text, ',');
          g_string_append (text, item[0]);
          if (item[1] != NULL)
            g_string_append_printf (text, "%u%s", i, item[1]);
        }
      g_string_append (text, list[1]);
      g_string_append_c (text, '}');
      assert_bound (text->str, text->len);
    }

  /* A plan Koers wrote: the bound is its size and the defaults term */
  example_path = g_build_filename (g_getenv ("KOERS_EXAMPLES_DIR"), "koers-example-nl.koers",
                                   NULL);
  g_assert_true (g_file_get_contents (example_path, &example, &example_length, NULL));
  assert_bound (example, example_length);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-guard/refuse/comments", test_comments);
  g_test_add_func ("/json-guard/refuse/single-quotes", test_single_quotes);
  g_test_add_func ("/json-guard/refuse/number-forms", test_number_forms);
  g_test_add_func ("/json-guard/refuse/words", test_words);
  g_test_add_func ("/json-guard/refuse/control-characters", test_control_characters);
  g_test_add_func ("/json-guard/refuse/escapes", test_escapes);
  g_test_add_func ("/json-guard/refuse/nul-escape", test_nul_escape);
  g_test_add_func ("/json-guard/refuse/after-document", test_after_document);
  g_test_add_func ("/json-guard/refuse/grammar", test_grammar);
  g_test_add_func ("/json-guard/refuse/duplicates-unescaped", test_duplicates);
  g_test_add_func ("/json-guard/refuse/depth", test_depth);
  g_test_add_func ("/json-guard/refuse/numbers", test_numbers);
  g_test_add_func ("/json-guard/refuse/truncated", test_truncated);
  g_test_add_func ("/json-guard/accept", test_accepted);
  g_test_add_func ("/json-guard/jsontestsuite", test_jsontestsuite);
  g_test_add_func ("/json-guard/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/json-guard/write/doubles", test_write_doubles);
  g_test_add_func ("/json-guard/write/negative-zero", test_write_negative_zero);
  g_test_add_func ("/json-guard/write/too-large", test_write_too_large);
  g_test_add_func ("/json-guard/write/bound", test_write_bound);

  return g_test_run ();
}
