/* test-load-rules.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model's own rules on load (docs/FORMAT.md, "Ids and references"):
 * ids that break the pattern and empty names of channels, roles and tasks
 * are refused with a message naming the file and the member; a save does
 * not write what a load would refuse; a dangling symbolic link or a link
 * loop given as the file gets a message that says so.
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "koers-channel.h"
#include "koers-plan-io.h"
#include "koers-role.h"
#include "koers-task.h"
#include "koers-test-util.h"

static char *tmpdir;

/* Where an id or a name sits in a plan: its list, and the JSON of one item
 * of it with "%s" for the value. */
typedef struct
{
  const char *section;
  const char *list;
  const char *before; /* the item's JSON before the value */
  const char *after;  /* and after it */
} Place;

static const Place id_places[] = {
  { "technology", "channels", "{\"id\": ", ", \"name\": \"Kanaal\"}" },
  { "roles", "roles", "{\"id\": ", ", \"name\": \"Webcare\"}" },
  { "roles", "tasks", "{\"id\": ", ", \"name\": \"Monitoren\"}" },
};

static const Place name_places[] = {
  { "technology", "channels", "{\"id\": \"kanaal\", \"name\": ", "}" },
  { "roles", "roles", "{\"id\": \"webcare\", \"name\": ", "}" },
  { "roles", "tasks", "{\"id\": \"monitoren\", \"name\": ", "}" },
};

/* A plan with a valid first item in the list of @place and a second one
 * made from @value (a JSON string literal). */
static char *
plan_text (const Place *place,
           const char  *value)
{
  g_autofree char *item = g_strconcat (place->before, value, place->after, NULL);

  return g_strdup_printf ("{\"format\": \"koers-plan\", \"version\": 2, "
                          "\"%s\": {\"%s\": [{\"id\": \"eerste\", \"name\": \"Eerste\"}, %s]}}\n",
                          place->section, place->list, item);
}

static char *
json_string (const char *text)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, text);
  return json_to_string (node, FALSE);
}

/* Loads @text from a file and checks the error: INVALID, naming the file,
 * the member @member and holding @words. */
static void
assert_refused (const char *text,
                const char *member,
                const char *words)
{
  g_autofree char *path = g_build_filename (tmpdir, "regels.koers", NULL);
  g_autofree char *name = koers_test_display_name (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  koers_test_write_file (path, text, -1);
  plan = koers_plan_io_load (file, &error);
  g_assert_null (plan);
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID);
  if (strstr (error->message, name) == NULL || strstr (error->message, member) == NULL ||
      strstr (error->message, words) == NULL)
    g_error ("expected “%s”, “%s” and “%s” in: %s", name, member, words, error->message);
}

static void
assert_loads (const char *text)
{
  g_autoptr(KoersPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = koers_plan_io_load_data (text, strlen (text), "regels.koers", &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
}

static void
test_bad_ids (void)
{
  const char *const bad[] = {
    "../../etc/passwd", "Not An/../Id", "é", "A", "Instagram", "a--b", "-a", "a-", "-",
    "a_b", "a b", " a", "a ", "a\n", "a\t", "a.b", "a/b", "..", ".", "ａ", "ß", "İ", "a\u200bb",
    "\u00e9t\u00e9", "a\\b", "%2e%2e", "\"", "a\001", "💡", NULL
  };

  for (guint p = 0; p < G_N_ELEMENTS (id_places); p++)
    for (guint i = 0; bad[i] != NULL; i++)
      {
        g_autofree char *value = json_string (bad[i]);
        g_autofree char *text = plan_text (&id_places[p], value);
        g_autofree char *member = g_strdup_printf ("%s.%s[1].id", id_places[p].section,
                                                   id_places[p].list);

        assert_refused (text, member, "is not an identifier");
      }
}

static void
test_long_bad_id (void)
{
  g_autoptr(GString) id = g_string_new (NULL);
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlan) plan = NULL;

  /* 100 000 two-byte characters: the message shows the first 64 */
  for (guint i = 0; i < 100000; i++)
    g_string_append (id, "é");
  value = json_string (id->str);
  text = plan_text (&id_places[0], value);

  plan = koers_plan_io_load_data (text, strlen (text), "lang.koers", &error);
  g_assert_null (plan);
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (strlen (error->message), <, 400);
  g_assert_nonnull (strstr (error->message, "lang.koers"));
  g_assert_nonnull (strstr (error->message, "ééé…” is not an identifier"));
}

static void
test_good_ids (void)
{
  const char *const good[] = {
    "a", "0", "instagram", "linkedin-2", "content-maken", "a-b-c-d", "2027", "x1-y2", NULL
  };

  for (guint p = 0; p < G_N_ELEMENTS (id_places); p++)
    for (guint i = 0; good[i] != NULL; i++)
      {
        g_autofree char *value = json_string (good[i]);
        g_autofree char *text = plan_text (&id_places[p], value);

        assert_loads (text);
      }
}

static void
test_empty_names (void)
{
  for (guint p = 0; p < G_N_ELEMENTS (name_places); p++)
    {
      g_autofree char *text = plan_text (&name_places[p], "\"\"");
      g_autofree char *spaces = plan_text (&name_places[p], "\" \"");
      g_autofree char *missing = g_strdup_printf ("{\"format\": \"koers-plan\", \"version\": 2, "
                                                  "\"%s\": {\"%s\": [{\"id\": \"x\"}]}}",
                                                  name_places[p].section, name_places[p].list);
      g_autofree char *member = g_strdup_printf ("%s.%s[1].name", name_places[p].section,
                                                 name_places[p].list);
      g_autofree char *missing_member = g_strdup_printf ("%s.%s[0].name", name_places[p].section,
                                                         name_places[p].list);

      assert_refused (text, member, "the name is empty");
      assert_refused (missing, missing_member, "is missing");
      /* The schema's minLength is 1: a space is a name */
      assert_loads (spaces);
    }

  /* Other names may be empty: a target group's, a tool's */
  assert_loads ("{\"format\": \"koers-plan\", \"version\": 2, "
                "\"people\": {\"target_groups\": [{\"name\": \"\"}]}}");
}

/* Koers does not write what it would refuse to open. */
static void
test_save_refuses_what_load_refuses (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "opslaan.koers", NULL);
  g_autofree char *name = koers_test_display_name (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KoersPlan) plan = koers_plan_new ();
  g_autoptr(KoersChannel) channel = koers_channel_new ();
  g_autoptr(KoersRole) role = koers_role_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  koers_test_write_file (path, "oud\n", -1);

  koers_channel_set_id (channel, "instagram");
  koers_plan_append (plan, koers_plan_get_channels (plan), channel);
  g_assert_false (koers_plan_io_save (plan, file, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, "technology.channels[0] has no name"));
  g_clear_error (&error);

  koers_channel_set_name (channel, "Instagram");
  koers_role_set_id (role, "Not An/../Id");
  koers_role_set_name (role, "Webcare");
  koers_plan_append (plan, koers_plan_get_roles (plan), role);
  g_assert_false (koers_plan_io_save (plan, file, &error));
  g_assert_error (error, KOERS_PLAN_IO_ERROR, KOERS_PLAN_IO_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, "“Webcare” (roles.roles[0]) is not valid"));
  g_clear_error (&error);

  contents = koers_test_read_text (path);
  g_assert_cmpstr (contents, ==, "oud\n");

  /* Fixed, it saves and opens again */
  koers_role_set_id (role, "webcare");
  g_assert_true (koers_plan_io_save (plan, file, &error));
  g_assert_no_error (error);
  g_clear_object (&plan);
  plan = koers_plan_io_load (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (koers_plan_find_role (plan, "webcare"));
}

/* The file given is a link that leads nowhere */
static void
test_dangling_link_and_loop (void)
{
  g_autofree char *dangling = g_build_filename (tmpdir, "los.koers", NULL);
  g_autofree char *chain = g_build_filename (tmpdir, "ketting.koers", NULL);
  g_autofree char *self = g_build_filename (tmpdir, "zelf.koers", NULL);
  g_autofree char *a = g_build_filename (tmpdir, "a.koers", NULL);
  g_autofree char *b = g_build_filename (tmpdir, "b.koers", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "bestaat-niet.koers", NULL);
  g_autofree char *missing_name = koers_test_display_name (missing);
  struct
  {
    const char *path;
    int         code;
    const char *words;
  } cases[] = {
    { dangling, KOERS_PLAN_IO_ERROR_NOT_FOUND, "is a symbolic link to" },
    { chain, KOERS_PLAN_IO_ERROR_NOT_FOUND, "is a symbolic link to" },
    { self, KOERS_PLAN_IO_ERROR_LINK, "link loop" },
    { a, KOERS_PLAN_IO_ERROR_LINK, "link loop" },
    { b, KOERS_PLAN_IO_ERROR_LINK, "link loop" },
  };

  g_assert_cmpint (symlink ("bestaat-niet.koers", dangling), ==, 0);
  g_assert_cmpint (symlink ("los.koers", chain), ==, 0);
  g_assert_cmpint (symlink ("zelf.koers", self), ==, 0);
  g_assert_cmpint (symlink ("b.koers", a), ==, 0);
  g_assert_cmpint (symlink ("a.koers", b), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i].path);
      g_autofree char *name = koers_test_display_name (cases[i].path);
      g_autoptr(GError) error = NULL;
      g_autoptr(KoersPlan) plan = koers_plan_io_load (file, &error);

      g_assert_null (plan);
      g_assert_error (error, KOERS_PLAN_IO_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, "“"));
      g_assert_nonnull (strstr (error->message, name));
      if (strstr (error->message, cases[i].words) == NULL)
        g_error ("expected “%s” in: %s", cases[i].words, error->message);
      /* A dangling link names the file that is missing, also through a chain */
      if (cases[i].code == KOERS_PLAN_IO_ERROR_NOT_FOUND)
        g_assert_nonnull (strstr (error->message, missing_name));
    }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmpdir = koers_test_make_suite_dir ("koers-test-rules-XXXXXX");

  g_test_add_func ("/load-rules/ids/bad", test_bad_ids);
  g_test_add_func ("/load-rules/ids/long", test_long_bad_id);
  g_test_add_func ("/load-rules/ids/good", test_good_ids);
  g_test_add_func ("/load-rules/names/empty", test_empty_names);
  g_test_add_func ("/load-rules/save-refuses", test_save_refuses_what_load_refuses);
  g_test_add_func ("/load-rules/links/dangling-and-loop", test_dangling_link_and_loop);

  ret = g_test_run ();
  koers_test_remove_suite_dir (tmpdir);
  return ret;
}
