/* test-cli.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line: runs the built koers ($KOERS_BIN) the way a user or a
 * script does, with the language set explicitly, and checks the exit
 * status, stdout and stderr. Large or deep inputs are generated into a
 * temporary folder that each test removes again.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "koers-test-util.h"

/* Files ---------------------------------------------------------------- */

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

/* A fresh folder, removed again when the test ends */
static char *
make_temp_dir (void)
{
  return koers_test_make_temp_dir ("koers-test-cli-XXXXXX");
}

/* An unreadable plan: status 2, nothing on stdout, and on stderr one
 * message that starts with "koers: ", names the file and says @word. */
static void
assert_unreadable (const KoersTestRun *run,
                   const char         *path,
                   const char         *word)
{
  g_autofree char *name = koers_test_display_name (path);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "koers: "));
  /* One line */
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  g_assert_nonnull (strstr (run->err, name));
  if (strstr (run->err, word) == NULL)
    g_error ("expected “%s” in the message: %s", word, run->err);
}

/* --version and --help ------------------------------------------------- */

static void
test_version (void)
{
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "koers " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run.out, ==, "koers 0.1.0\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_help (void)
{
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--check"));
  g_assert_nonnull (strstr (run.out, "--export"));
  g_assert_nonnull (strstr (run.out, "--example"));
  g_assert_nonnull (strstr (run.out, "--version"));
  g_assert_nonnull (strstr (run.out, "--poster=CxR"));
  /* the ids --page takes, from the table of printables */
  g_assert_nonnull (strstr (run.out, "Pages for --page: rose (Communication rose)"));
  g_assert_nonnull (strstr (run.out, "calendar (Content calendar)"));
  g_assert_cmpstr (run.err, ==, "");

  /* and in Dutch */
  {
    g_auto(KoersTestRun) nl = { 0 };

    koers_test_run_koers (&nl, "nl", "--help", NULL);
    g_assert_cmpint (nl.status, ==, 0);
    g_assert_nonnull (strstr (nl.out, "Pagina's voor --page: rose (Communicatieroos)"));
    g_assert_nonnull (strstr (nl.out, "calendar (Contentkalender)"));
    /* the values as they are typed, explained in Dutch */
    g_assert_nonnull (strstr (nl.out, "colour (kleur, standaard), grey (grijstinten) of bw (zwart-wit)"));
    g_assert_nonnull (strstr (nl.out, "a4 (standaard) of a3"));
  }
}

static void
test_usage (void)
{
  g_autofree char *plan = fixture_path ("cli-complete.koers");

  if (!koers_test_have_koers ())
    return;

  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", "--check", NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, ==, "koers: --check needs exactly one plan file.\n");
  }
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", "--check", plan, plan, NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_cmpstr (run.err, ==, "koers: --check needs exactly one plan file.\n");
  }
  {
    g_autofree char *dir = make_temp_dir ();
    g_autofree char *target = g_build_filename (dir, "out.koers", NULL);
    g_autofree char *option = g_strconcat ("--export=", target, NULL);
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", "--check", option, plan, NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, ==, "koers: Use one of --check, --export and --import.\n");
    g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  }
  /* --import: never into the shipped example; a source of no import
   * format is refused before the plan is read, and the plan stays */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", "--import=agenda.ics", "--example", NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_nonnull (strstr (run.err, "cannot import into the example"));
  }
  {
    g_autofree char *dir = make_temp_dir ();
    g_autofree char *copy = g_build_filename (dir, "plan.koers", NULL);
    g_autofree char *before = NULL, *after = NULL;
    g_auto(KoersTestRun) run = { 0 };

    g_assert_true (g_file_get_contents (plan, &before, NULL, NULL));
    g_assert_true (g_file_set_contents (copy, before, -1, NULL));
    koers_test_run_koers (&run, "en", "--import=notes.txt", copy, NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_nonnull (strstr (run.err, "Koers cannot import “"));
    g_assert_nonnull (strstr (run.err, "notes.txt”: use a file ending in"));
    g_assert_true (g_file_get_contents (copy, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, before);
  }
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", "--import=agenda.ics", plan, plan, NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_cmpstr (run.err, ==, "koers: --import needs exactly one plan file.\n");
  }
}

/* --check -------------------------------------------------------------- */

static void
test_check_complete (void)
{
  g_autofree char *plan = fixture_path ("cli-complete.koers");
  g_autofree char *name = koers_test_display_name (plan);
  g_autofree char *expected = g_strdup_printf ("%s: the plan is complete; no findings.\n", name);
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", "--check", plan, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_check_findings_english (void)
{
  g_autofree char *plan = fixture_path ("cli-findings.koers");
  g_autofree char *name = koers_test_display_name (plan);
  g_autofree char *expected = g_strdup_printf (
    "%s: 9 findings\n"
    "\n"
    "Problems (2)\n"
    "- Roles and tasks: Task “Posten” has a RACI letter for the role “voorzitter”, which is "
    "not in the list of roles.\n"
    "- Roles and tasks: Task “Posten” has no role responsible (R) for doing it.\n"
    "\n"
    "Points of attention (5)\n"
    "- Technology: The plan has channels but no hub: enter the web address every channel "
    "links to, such as your website.\n"
    "- Communication rose: No part of the communication rose is addressed yet: score where "
    "each part stands and where it should go.\n"
    "- Content calendar: Channel “Instagram” has no post in March 2027: plan at least one "
    "update a month.\n"
    "- Roles and tasks: The tasks need 3 hours a week, but the roles have 1 hours "
    "available.\n"
    "- Roles and tasks: No role has at least 4 hours a week for social media: give someone "
    "dedicated time, or the pages will fall silent.\n"
    "\n"
    "Suggestions (2)\n"
    "- Objectives: Objective “Meer leden” has no target value, so it cannot be measured.\n"
    "- Preparation: None of the 7 preparation tips is done yet: work through them before the "
    "first post.\n",
    name);
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", "--check", plan, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_check_findings_dutch (void)
{
  g_autofree char *plan = fixture_path ("cli-findings.koers");
  g_autofree char *name = koers_test_display_name (plan);
  g_autofree char *catalog = NULL;
  g_autofree char *folded = NULL;
  g_auto(KoersTestRun) english = { 0 };
  g_auto(KoersTestRun) dutch = { 0 };

  if (!koers_test_have_koers ())
    return;

  /* The test depends on the built catalogue (meson builds it first). */
  if (g_getenv ("KOERS_LOCALEDIR") != NULL)
    {
      catalog = g_build_filename (g_getenv ("KOERS_LOCALEDIR"), "nl", "LC_MESSAGES",
                                  GETTEXT_PACKAGE ".mo", NULL);
      g_assert_true (g_file_test (catalog, G_FILE_TEST_IS_REGULAR));
    }

  koers_test_run_koers (&english, "en", "--check", plan, NULL);
  koers_test_run_koers (&dutch, "nl", "--check", plan, NULL);

  /* The language changes the words, not the answer. */
  g_assert_cmpint (english.status, ==, 1);
  g_assert_cmpint (dutch.status, ==, 1);
  g_assert_cmpstr (dutch.err, ==, "");
  g_assert_true (g_str_has_prefix (dutch.out, name));
  g_assert_nonnull (strstr (dutch.out, "Instagram"));
  g_assert_nonnull (strstr (dutch.out, "2027"));

  g_assert_null (strstr (dutch.out, "plan at least one update a month"));
  g_assert_nonnull (strstr (dutch.out, "plan minstens één update per maand"));
  g_assert_cmpstr (dutch.out, !=, english.out);
  /* Dutch month names are written in lower case: "maart 2027". */
  folded = g_utf8_casefold (dutch.out, -1);
  g_assert_nonnull (strstr (folded, "maart 2027"));
  g_assert_null (strstr (dutch.out, "Content calendar"));
}

/* Runs koers for a user whose desktop speaks @language but who chose
 * @preference in Koers' Preferences (a GSettings key file). */
static void
run_with_preference (KoersTestRun *run,
                     const char   *dir,
                     const char   *language,
                     const char   *preference,
                     const char   *arg1,
                     const char   *arg2)
{
  g_auto(GStrv) envp = koers_test_make_environment (language);
  g_autofree char *settings_dir = g_build_filename (dir, "config", "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (settings_dir, "keyfile", NULL);
  g_autofree char *config = g_build_filename (dir, "config", NULL);
  g_autofree char *contents = g_strdup_printf ("[io/github/koersplan/Koers]\nlanguage='%s'\n",
                                               preference);
  const char *argv[] = { koers_test_koers_bin (), arg1, arg2, NULL };
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_assert_cmpint (g_mkdir_with_parents (settings_dir, 0700), ==, 0);
  koers_test_write_file (keyfile, contents, -1);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "keyfile", TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config, TRUE);
  memset (run, 0, sizeof *run);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* --check and --help speak the language chosen in Preferences, not only the
 * desktop's: a consultant with an English desktop who chose Dutch */
static void
test_check_follows_preferences (void)
{
  g_autofree char *plan = fixture_path ("cli-findings.koers");
  g_autofree char *dir = make_temp_dir ();
  g_auto(KoersTestRun) check = { 0 };
  g_auto(KoersTestRun) help = { 0 };
  g_auto(KoersTestRun) english = { 0 };

  if (!koers_test_have_koers ())
    return;
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    {
      g_test_skip ("GSETTINGS_SCHEMA_DIR is not set: no schema for the preference");
      return;
    }

  run_with_preference (&check, dir, "en", "nl", "--check", plan);
  g_assert_cmpint (check.status, ==, 1);
  g_assert_nonnull (strstr (check.out, "plan minstens één update per maand"));
  g_assert_null (strstr (check.out, "plan at least one update a month"));

  run_with_preference (&help, dir, "en", "nl", "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "Pagina's voor --page"));

  /* and the other way round: a Dutch desktop, English chosen */
  run_with_preference (&english, dir, "nl", "en", "--check", plan);
  g_assert_cmpint (english.status, ==, 1);
  g_assert_nonnull (strstr (english.out, "plan at least one update a month"));
}

typedef struct
{
  const char *fixture;
  const char *word;   /* characteristic of the message */
} Unreadable;

static const Unreadable unreadable_fixtures[] = {
  { "cli-empty.koers",         "is empty" },
  { "cli-blank.koers",         "is empty" },
  { "cli-truncated.koers",     "cut off" },
  { "cli-unclosed.koers",      "cut off" },
  { "cli-syntax.koers",        "comma" },
  { "cli-invalid-utf8.koers",  "UTF-8" },
  { "cli-binary.koers",        "binary" },
  { "cli-wrong-type.koers",    "plan.title: expected text, found a whole number" },
  { "cli-missing-id.koers",    "technology.channels[0].id: is missing" },
  { "cli-list.koers",          "holds a list instead of an object" },
  { "cli-not-plan.koers",      "“format”" },
  /* Plain text renamed .koers: for people first, the parser's detail after */
  { "cli-plain-text.koers",    "is not a Koers plan: it holds other text. Open a file that "
                               "Koers saved. (line 1, column 1: there is a word that is not in "
                               "quotes.)" },
  { "cli-big-integer.koers",   "123456789012345678901234567890 is too large" },
  { "cli-huge-double.koers",   "1e400 is too large" },
  { "cli-duplicate.koers",     "“title” appears twice" },
  { "cli-newer.koers",         "newer" },
};

static void
test_check_unreadable_fixture (gconstpointer data)
{
  const Unreadable *u = data;
  g_autofree char *plan = fixture_path (u->fixture);
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", "--check", plan, NULL);
  assert_unreadable (&run, plan, u->word);
}

static void
test_check_newer_mentions_version (void)
{
  g_autofree char *plan = fixture_path ("cli-newer.koers");
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", "--check", plan, NULL);
  assert_unreadable (&run, plan, "newer");
  g_assert_nonnull (strstr (run.err, "99"));
}

/* Writes @text as @name into a fresh folder, runs koers --check on it and
 * expects it to be unreadable with @fragment in the message.
 * Returns: (transfer full) (nullable): what koers said on stderr, or NULL
 *   when the test was skipped */
static char *
check_generated_file (const char *name,
                      const char *text,
                      gssize      length,
                      const char *fragment)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return NULL;

  koers_test_write_file (path, text, length);
  koers_test_run_koers (&run, "en", "--check", path, NULL);
  assert_unreadable (&run, path, fragment);
  return g_strdup (run.err);
}

static void
test_check_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"koers-plan\", \"version\": 2,\n"
                                          " \"x_deep\": ");
  const guint depth = 100000;
  g_autofree char *err = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}\n");

  err = check_generated_file ("deep.koers", text->str, text->len, "nested more than 64 levels");
  if (err != NULL)
    g_assert_nonnull (strstr (err, "line 2"));
}

static char *
plan_with_title_of (gsize length)
{
  const char head[] = "{\"format\": \"koers-plan\", \"version\": 2, \"plan\": {\"title\": \"";
  const char tail[] = "\"}}\n";
  gsize total = strlen (head) + length + strlen (tail);
  char *text = g_malloc (total + 1);

  memcpy (text, head, strlen (head));
  memset (text + strlen (head), 'x', length);
  memcpy (text + strlen (head) + length, tail, strlen (tail) + 1);
  return text;
}

static void
test_check_huge_file (void)
{
  /* A 100 MB string: the file is over the 64 MiB a plan can be. */
  g_autofree char *text = plan_with_title_of (100 * 1000 * 1000);
  g_autofree char *err = check_generated_file ("huge.koers", text, -1, "larger than a plan can be");
}

static void
test_check_long_string (void)
{
  /* A 2 MB title: the file is small enough, the text is not. */
  g_autofree char *text = plan_with_title_of (2 * 1024 * 1024);
  g_autofree char *err = check_generated_file ("long-title.koers", text, -1, "longer than Koers accepts");
}

static void
test_check_directory (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "folder.koers", NULL);
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  koers_test_run_koers (&run, "en", "--check", path, NULL);
  assert_unreadable (&run, path, "is a folder");
}

static void
test_check_missing_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "missing.koers", NULL);
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", "--check", path, NULL);
  assert_unreadable (&run, path, "does not exist");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_check_example (void)
{
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", "--check", "--example", NULL);
  if (run.status == 2 && strstr (run.err, "not installed") != NULL)
    {
      g_test_skip ("the example plan is not installed");
      return;
    }

  g_assert_cmpint (run.status, >=, 0);
  g_assert_cmpint (run.status, <=, 1);
  g_assert_nonnull (strstr (run.out, "koers-example-nl.koers: "));
  g_assert_cmpstr (run.err, ==, "");
}

/* --json: the same findings as a list a script reads, with the stable
 * names of severity and area and the message in the user's language. */
static void
test_check_json (void)
{
  g_autofree char *plan = fixture_path ("cli-findings.koers");
  g_auto(KoersTestRun) english = { 0 };
  g_auto(KoersTestRun) dutch = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) dutch_parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const struct
  {
    const char *severity, *area, *location, *message;
  } expected[] = {
    { "problem", "roles", "task/posten",
      "Task “Posten” has a RACI letter for the role “voorzitter”, which is not in the list of "
      "roles." },
    { "problem", "roles", "task/posten", "Task “Posten” has no role responsible (R) for doing it." },
    { "warning", "technology", "hub",
      "The plan has channels but no hub: enter the web address every channel links to, such "
      "as your website." },
    { "warning", "rose", "part/1",
      "No part of the communication rose is addressed yet: score where each part stands and "
      "where it should go." },
    { "warning", "calendar", "range/2027-03-01/2027-03-31/channel/instagram",
      "Channel “Instagram” has no post in March 2027: plan at least one update a month." },
    { "warning", "roles", "",
      "The tasks need 3 hours a week, but the roles have 1 hours available." },
    { "warning", "roles", "",
      "No role has at least 4 hours a week for social media: give someone dedicated time, or "
      "the pages will fall silent." },
    { "hint", "objectives", "objective/1/target",
      "Objective “Meer leden” has no target value, so it cannot be measured." },
    { "hint", "preparation", "tip/resources",
      "None of the 7 preparation tips is done yet: work through them before the first post." },
  };
  JsonArray *list, *dutch_list;

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&english, "en", "--check", "--json", plan, NULL);
  g_assert_cmpint (english.status, ==, 1);
  g_assert_cmpstr (english.err, ==, "");
  json_parser_load_from_data (parser, english.out, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  list = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (list), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      JsonObject *finding = json_array_get_object_element (list, i);

      g_assert_cmpuint (json_object_get_size (finding), ==, 4);
      g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==,
                       expected[i].severity);
      g_assert_cmpstr (json_object_get_string_member (finding, "area"), ==, expected[i].area);
      g_assert_cmpstr (json_object_get_string_member (finding, "location"), ==,
                       expected[i].location);
      g_assert_cmpstr (json_object_get_string_member (finding, "message"), ==,
                       expected[i].message);
    }

  /* In Dutch: the same severities, areas and locations, Dutch messages. */
  koers_test_run_koers (&dutch, "nl", "--check", "--json", plan, NULL);
  g_assert_cmpint (dutch.status, ==, 1);
  json_parser_load_from_data (dutch_parser, dutch.out, -1, &error);
  g_assert_no_error (error);
  dutch_list = json_node_get_array (json_parser_get_root (dutch_parser));
  g_assert_cmpuint (json_array_get_length (dutch_list), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      JsonObject *finding = json_array_get_object_element (dutch_list, i);

      g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==,
                       expected[i].severity);
      g_assert_cmpstr (json_object_get_string_member (finding, "area"), ==, expected[i].area);
      g_assert_cmpstr (json_object_get_string_member (finding, "location"), ==,
                       expected[i].location);
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (dutch_list, 2),
                                                  "message"), ==,
                   "Het plan heeft kanalen maar geen hub: vul het webadres in waar elk kanaal "
                   "naar verwijst, zoals uw website.");
}

/* A complete plan: an empty list, and the clean exit status. */
static void
test_check_json_complete (void)
{
  g_autofree char *plan = fixture_path ("cli-complete.koers");
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", "--check", "--json", plan, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "[]\n");
  g_assert_cmpstr (run.err, ==, "");
}

/* --json only with --check: alone or with --export, a usage error. */
static void
test_check_json_usage (void)
{
  g_autofree char *plan = fixture_path ("cli-findings.koers");
  g_autofree char *out = g_build_filename (g_get_tmp_dir (), "koers-json-usage.pdf", NULL);

  if (!koers_test_have_koers ())
    return;

  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", "--json", plan, NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, ==, "koers: --json only works with --check.\n");
  }
  {
    g_auto(KoersTestRun) run = { 0 };
    g_autofree char *option = g_strconcat ("--export=", out, NULL);

    koers_test_run_koers (&run, "en", "--json", option, plan, NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_cmpstr (run.err, ==, "koers: --json only works with --check.\n");
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
}

/* --export ------------------------------------------------------------- */

static JsonNode *
load_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (json_parser_get_root (parser));
  return json_node_copy (json_parser_get_root (parser));
}

/* The member at @path ("roles.tasks[0].raci[0].x_cell"), or fails */
static JsonNode *
member_at (JsonNode   *root,
           const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *bracket = strchr (parts[i], '[');
      guint index = 0;
      gboolean indexed = bracket != NULL;

      if (indexed)
        {
          index = (guint) g_ascii_strtoull (bracket + 1, NULL, 10);
          *bracket = '\0';
        }

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          !json_object_has_member (json_node_get_object (node), parts[i]))
        g_error ("no member “%s” on the way to %s", parts[i], path);
      node = json_object_get_member (json_node_get_object (node), parts[i]);

      if (indexed)
        {
          if (!JSON_NODE_HOLDS_ARRAY (node) ||
              index >= json_array_get_length (json_node_get_array (node)))
            g_error ("no element %u of “%s” on the way to %s", index, parts[i], path);
          node = json_array_get_element (json_node_get_array (node), index);
        }
    }

  return node;
}

static const char *
string_at (JsonNode   *root,
           const char *path)
{
  JsonNode *node = member_at (root, path);

  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_STRING);
  return json_node_get_string (node);
}

static gint64
int_at (JsonNode   *root,
        const char *path)
{
  JsonNode *node = member_at (root, path);

  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_INT64);
  return json_node_get_int (node);
}

static void
assert_unknown_members_kept (JsonNode *root)
{
  JsonArray *list;

  g_assert_cmpstr (string_at (root, "format"), ==, "koers-plan");
  g_assert_cmpint (int_at (root, "version"), ==, 3);

  /* At the top level */
  g_assert_cmpstr (string_at (root, "x_top.from"), ==, "a newer Koers");
  list = json_node_get_array (member_at (root, "x_top.list"));
  g_assert_cmpuint (json_array_get_length (list), ==, 5);
  g_assert_cmpint (json_array_get_int_element (list, 0), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (list, 1), ==, "two");
  g_assert_true (json_array_get_null_element (list, 2));
  g_assert_true (json_array_get_boolean_element (list, 3));
  g_assert_cmpfloat (json_array_get_double_element (list, 4), ==, 2.5);
  g_assert_cmpint (int_at (root, "x_section_unknown.anything[0].deep.deeper"), ==, 7);

  /* Inside a section */
  g_assert_cmpstr (string_at (root, "plan.title"), ==, "Onbekend");
  g_assert_cmpstr (string_at (root, "plan.x_section"), ==, "kept in plan");
  g_assert_true (JSON_NODE_HOLDS_VALUE (member_at (root, "technology.x_technology")));
  g_assert_false (json_node_get_boolean (member_at (root, "technology.x_technology")));

  /* Inside a list item */
  g_assert_cmpstr (string_at (root, "technology.channels[0].id"), ==, "mastodon");
  g_assert_cmpint (int_at (root, "technology.channels[0].x_item"), ==, 42);
  g_assert_cmpstr (string_at (root, "technology.channels[0].x_item_list[1]"), ==, "b");
  g_assert_cmpstr (string_at (root, "roles.tasks[0].x_task"), ==, "task level");

  /* Inside a nested list item: a task's RACI cell */
  g_assert_cmpstr (string_at (root, "roles.tasks[0].raci[0].role"), ==, "redactie");
  g_assert_cmpstr (string_at (root, "roles.tasks[0].raci[0].letter"), ==, "A");
  g_assert_cmpstr (string_at (root, "roles.tasks[0].raci[0].x_cell.note"), ==, "deep");
  g_assert_cmpint (int_at (root, "roles.tasks[0].raci[0].x_cell.n"), ==, -3);
}

static void
test_export_keeps_unknown_members (void)
{
  g_autofree char *plan = fixture_path ("cli-unknown-members.koers");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *copy = g_build_filename (dir, "copy.koers", NULL);
  g_autofree char *again = g_build_filename (dir, "again.koers", NULL);
  g_autofree char *copy_option = g_strconcat ("--export=", copy, NULL);
  g_autofree char *again_option = g_strconcat ("--export=", again, NULL);
  g_autofree char *listing = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;

  if (!koers_test_have_koers ())
    return;

  /* An existing file is replaced. */
  koers_test_write_file (copy, "old contents\n", -1);

  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", copy_option, plan, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, ==, "");
  }

  root = load_json (copy);
  assert_unknown_members_kept (root);

  /* Exporting the copy gives the same bytes: nothing drifts. */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", again_option, copy, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  first = koers_test_read_file (copy);
  second = koers_test_read_file (again);
  g_assert_true (g_bytes_equal (first, second));

  /* No temporary files are left behind. */
  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "again.koers copy.koers");
}

static void
test_export_unreadable_keeps_target (void)
{
  g_autofree char *broken = fixture_path ("cli-truncated.koers");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "target.koers", NULL);
  g_autofree char *option = g_strconcat ("--export=", target, NULL);
  g_autofree char *listing = NULL;
  const char original[] = "{\"format\": \"koers-plan\", \"version\": 2}\n\x01 not touched \xff\n";
  g_autoptr(GBytes) before = g_bytes_new_static (original, sizeof original - 1);
  g_autoptr(GBytes) after = NULL;
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_write_file (target, original, sizeof original - 1);

  koers_test_run_koers (&run, "en", option, broken, NULL);
  assert_unreadable (&run, broken, "cut off");

  after = koers_test_read_file (target);
  g_assert_true (g_bytes_equal (before, after));
  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "target.koers");
}

static void
test_export_unknown_format (void)
{
  g_autofree char *plan = fixture_path ("cli-complete.koers");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "x.xyz", NULL);
  g_autofree char *option = g_strconcat ("--export=", target, NULL);
  g_autofree char *listing = NULL;
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", option, plan, NULL);
  /* A name of no format is a usage error (64), as a wrong option is. */
  g_assert_cmpint (run.status, ==, 64);
  g_assert_cmpstr (run.out, ==, "");
  /* The message names the file and the formats there are. */
  g_assert_true (g_str_has_prefix (run.err, "koers: "));
  g_assert_nonnull (strstr (run.err, "cannot export to “x.xyz”"));
  g_assert_nonnull (strstr (run.err, ".koers"));
  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
}

/* The name is checked before the plan is read: a wrong extension is 64 even
 * for a plan that does not exist. */
static void
test_export_unknown_format_first (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *plan = g_build_filename (dir, "missing.koers", NULL);
  g_autofree char *target = g_build_filename (dir, "x.docx", NULL);
  g_autofree char *option = g_strconcat ("--export=", target, NULL);
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", option, plan, NULL);
  g_assert_cmpint (run.status, ==, 64);
  g_assert_nonnull (strstr (run.err, "cannot export to “x.docx”"));
  g_assert_null (strstr (run.err, "missing.koers"));
}

static void
test_export_missing_folder (void)
{
  g_autofree char *plan = fixture_path ("cli-complete.koers");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "no-such-folder", "out.koers", NULL);
  g_autofree char *option = g_strconcat ("--export=", target, NULL);
  g_autofree char *name = koers_test_display_name (target);
  g_autofree char *listing = NULL;
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", option, plan, NULL);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "koers: "));
  g_assert_nonnull (strstr (run.err, name));
  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
}

/* --export of the communication rose: page, paper and style ------------- */

static gboolean
data_contains (GBytes     *bytes,
               const char *needle)
{
  gsize length, n = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &length);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* --export=plan.ics and --import=plan.ics ------------------------------ */

static char *
read_text (const char *path)
{
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return g_steal_pointer (&text);
}

/* The example's calendar out and in again: the plan file stays byte for
 * byte, every entry is updated, none added */
static void
test_ics_round_trip (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *plan = g_build_filename (dir, "plan.koers", NULL);
  g_autofree char *ics = g_build_filename (dir, "plan.ics", NULL);
  g_autofree char *to_ics = g_strconcat ("--export=", ics, NULL);
  g_autofree char *from_ics = g_strconcat ("--import=", ics, NULL);
  g_autofree char *before = NULL, *after = NULL, *text = NULL, *expected = NULL;
  g_autofree char *plan_name = NULL, *ics_name = NULL;
  g_auto(KoersTestRun) run = { 0 };
  g_auto(KoersTestRun) run_import = { 0 };
  g_auto(KoersTestRun) run_page = { 0 };
  guint events = 0;

  if (!koers_test_have_koers ())
    return;

  koers_test_copy_example (plan);
  before = read_text (plan);
  koers_test_run_koers (&run, "en", to_ics, plan, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  text = read_text (ics);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  for (const char *p = text; (p = strstr (p, "\r\nBEGIN:VEVENT\r\n")) != NULL; p++)
    events++;
  g_assert_cmpuint (events, ==, 180);

  koers_test_run_koers (&run_import, "en", from_ics, plan, NULL);
  g_assert_cmpint (run_import.status, ==, 0);
  g_assert_cmpstr (run_import.err, ==, "");
  plan_name = koers_test_display_name (plan);
  ics_name = koers_test_display_name (ics);
  expected = g_strdup_printf ("%s: imported from %s: 0 added, 180 updated.\n", plan_name,
                              ics_name);
  g_assert_cmpstr (run_import.out, ==, expected);
  after = read_text (plan);
  g_assert_cmpstr (after, ==, before);

  /* an iCalendar file is the whole calendar: --page is a usage error */
  koers_test_run_koers (&run_page, "en", to_ics, "--page=rose", plan, NULL);
  g_assert_cmpint (run_page.status, ==, 64);
  g_assert_nonnull (strstr (run_page.err, "an iCalendar file holds the whole calendar"));
}

/* A refused file (status 4) and a file with a bad event (status 4, each
 * line listed) leave the plan as it was */
static void
test_ics_import_refused (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *plan = g_build_filename (dir, "plan.koers", NULL);
  g_autofree char *bad = g_build_filename (dir, "agenda.ics", NULL);
  g_autofree char *from_bad = g_strconcat ("--import=", bad, NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_auto(KoersTestRun) run = { 0 };
  g_auto(KoersTestRun) run_event = { 0 };
  g_auto(KoersTestRun) run_missing = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_copy_example (plan);
  before = read_text (plan);

  koers_test_write_file (bad, "BEGIN:VCALENDAR\r\nSUMMARY:caf\xe9\r\n", -1);
  koers_test_run_koers (&run, "en", from_bad, plan, NULL);
  g_assert_cmpint (run.status, ==, 4);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "agenda.ics” cannot be imported: line 2 is not UTF-8"));

  koers_test_write_file (bad,
                         "BEGIN:VCALENDAR\r\n"
                         "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20270301\r\nEND:VEVENT\r\n"
                         "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20270301T090000Z\r\n"
                         "RRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\n"
                         "END:VCALENDAR\r\n", -1);
  koers_test_run_koers (&run_event, "en", from_bad, plan, NULL);
  g_assert_cmpint (run_event.status, ==, 4);
  g_assert_nonnull (strstr (run_event.err, "agenda.ics, line 6: it repeats more often than daily"));
  g_assert_nonnull (strstr (run_event.err, "Nothing was imported: 1 line of"));

  /* a source that is not there: 2 */
  koers_test_run_koers (&run_missing, "en", "--import=/nonexistent/agenda.ics", plan, NULL);
  g_assert_cmpint (run_missing.status, ==, 2);

  after = read_text (plan);
  g_assert_cmpstr (after, ==, before);
}

/* --export of the roles: the matrix on A4 landscape, and CSV ------------ */

static void
test_export_roles (void)
{
  g_autofree char *plan = fixture_path ("cli-complete.koers");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *pdf_path = g_build_filename (dir, "rollen.pdf", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "rollen.csv", NULL);
  g_autofree char *rose_csv = g_build_filename (dir, "roos.csv", NULL);
  g_autofree char *to_pdf = g_strconcat ("--export=", pdf_path, NULL);
  g_autofree char *to_csv = g_strconcat ("--export=", csv_path, NULL);
  g_autofree char *to_rose_csv = g_strconcat ("--export=", rose_csv, NULL);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_auto(KoersTestRun) run = { 0 };
  g_auto(KoersTestRun) run_csv = { 0 };
  g_auto(KoersTestRun) run_rose = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", to_pdf, "--page=roles", plan, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  pdf = koers_test_read_file (pdf_path);
  g_assert_true (data_contains (pdf, "%PDF-"));
  /* landscape without --landscape: the matrix is drawn for it */
  g_assert_true (data_contains (pdf, "/MediaBox [ 0 0 841.889764 595.275591 ]"));

  koers_test_run_koers (&run_csv, "en", to_csv, "--page=roles", plan, NULL);
  g_assert_cmpint (run_csv.status, ==, 0);
  g_assert_cmpstr (run_csv.err, ==, "");
  csv = koers_test_read_file (csv_path);
  {
    const char *expected = "Task,Hours per week,Bestuur,Secretaris\r\nPosten,1,A,R\r\n";

    g_assert_cmpmem (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                     expected, strlen (expected));
  }

  /* only the roles are a table */
  koers_test_run_koers (&run_rose, "en", to_rose_csv, "--page=rose", plan, NULL);
  g_assert_cmpint (run_rose.status, !=, 0);
  g_assert_nonnull (strstr (run_rose.err, "--page=roles"));
  g_assert_false (g_file_test (rose_csv, G_FILE_TEST_EXISTS));
}

/* --export=*.csv of the calendar, --import=*.csv ------------------------- */

/* The rows of @csv (no line breaks within fields) whose date begins with
 * one of @prefixes, with the BOM and header before them */
static char *
filter_rows (const char         *csv,
             const char *const  *prefixes)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s\r\n", lines[0]);
  for (guint i = 1; lines[i] != NULL; i++)
    for (guint j = 0; prefixes[j] != NULL; j++)
      if (g_str_has_prefix (lines[i], prefixes[j]))
        g_string_append_printf (out, "%s\r\n", lines[i]);
  return g_string_free (out, FALSE);
}

static char *
export_text (const char *dir,
             const char *name,
             ...) G_GNUC_NULL_TERMINATED;

/* Runs koers --export=DIR/NAME with the options, on the example */
static char *
export_text (const char *dir,
             const char *name,
             ...)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *option = g_strconcat ("--export=", path, NULL);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(KoersTestRun) run = { 0 };
  g_autofree char *text = NULL;
  const char *arg;
  va_list ap;

  va_start (ap, name);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  while (args->len < 3)
    g_ptr_array_add (args, "--example");

  koers_test_run_koers (&run, "en", option, g_ptr_array_index (args, 0),
                        g_ptr_array_index (args, 1), g_ptr_array_index (args, 2), NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return g_steal_pointer (&text);
}

static void
test_export_calendar_csv (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *year = NULL, *march = NULL, *march_page = NULL, *spring = NULL;
  g_autofree char *expected = NULL;
  const char *const in_march[] = { "2027-03-", NULL };
  const char *const jan_feb[] = { "2027-01-", "2027-02-", NULL };

  if (!koers_test_have_koers ())
    return;

  /* no --page: the calendar over the plan's period */
  year = export_text (dir, "jaar.csv", "--example", NULL);
  g_assert_true (g_str_has_prefix (year, "\xef\xbb\xbf" "date,time,channel,channel_name,title,"
                                   "text,kind,rose_part,owner,owner_name,status,hours,id,"
                                   "series\r\n"
                                   "2027-01-01,10:00,instagram,Instagram,Gelukkig nieuwjaar!,"));
  g_assert_true (g_str_has_suffix (year, "\r\n"));
  g_assert_nonnull (strstr (year, "\r\n2027-01-04,,facebook,Facebook,Aanbieding van de maand,"));
  g_assert_nonnull (strstr (year, ",aanbieding-van-de-maand-20270104,"
                                  "aanbieding-van-de-maand\r\n"));

  /* --month and --page=calendar: that month's rows, the same bytes */
  march = export_text (dir, "maart.csv", "--month=2027-03", "--example", NULL);
  march_page = export_text (dir, "maart2.csv", "--page=calendar", "--month=2027-03", NULL);
  expected = filter_rows (year, in_march);
  g_assert_cmpstr (march, ==, expected);
  g_assert_cmpstr (march_page, ==, march);
  g_assert_cmpuint (strlen (march), >, strlen (year) / 20);
  g_clear_pointer (&expected, g_free);

  spring = export_text (dir, "jan-feb.csv", "--from=2027-01", "--to=2027-02", NULL);
  expected = filter_rows (year, jan_feb);
  g_assert_cmpstr (spring, ==, expected);
}

/* A table that cannot hold every post of its days is not written, and
 * the message names the series */
static void
test_export_calendar_csv_refused (void)
{
  g_autofree char *fixture = fixture_path ("calendar-print.koers");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *plan = g_build_filename (dir, "elke-dag.koers", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "duizend-jaar.csv", NULL);
  g_autofree char *to_csv = g_strconcat ("--export=", csv_path, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) daily = NULL;
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  g_assert_true (g_file_get_contents (fixture, &text, NULL, NULL));
  daily = g_string_new (text);
  g_assert_cmpuint (g_string_replace (daily, "\"FREQ=WEEKLY;UNTIL=20271231\"", "\"FREQ=DAILY\"",
                                      0), ==, 1);
  g_assert_true (g_file_set_contents (plan, daily->str, daily->len, NULL));

  koers_test_run_koers (&run, "en", to_csv, "--from=2027-01", "--to=3026-12", plan, NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "Koers cannot work out every post of the series "
                                     "“Weekbrood” (weekbrood) from 2027-01-01 to 3026-12-31"));
  g_assert_false (g_file_test (csv_path, G_FILE_TEST_EXISTS));
}

static void
test_import_csv (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *plan = g_build_filename (dir, "plan.koers", NULL);
  g_autofree char *posts = g_build_filename (dir, "posts.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "fout.csv", NULL);
  g_autofree char *open = g_build_filename (dir, "open.csv", NULL);
  g_autofree char *to_posts = g_strconcat ("--import=", posts, NULL);
  g_autofree char *to_bad = g_strconcat ("--import=", bad, NULL);
  g_autofree char *to_open = g_strconcat ("--import=", open, NULL);
  g_autofree char *name = koers_test_display_name (plan);
  g_autofree char *posts_name = koers_test_display_name (posts);
  g_autofree char *bad_name = koers_test_display_name (bad);
  g_autofree char *open_name = koers_test_display_name (open);
  g_autofree char *message = NULL, *listing = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *text = NULL;

  if (!koers_test_have_koers ())
    return;

  koers_test_copy_example (plan);
  koers_test_write_file (posts,
                         "date,time,title,channel,text,id\r\n"
                         "2027-03-05,12:00,Proeverij,Instagram,\"Kom proeven,\r\nzaterdag\","
                         "proeverij-1\r\n"
                         "2027-03-06,,Open dag,facebook,,open-dag-1\r\n", -1);
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", to_posts, plan, NULL);
    g_assert_cmpint (run.status, ==, 0);
    message = g_strdup_printf ("%s: imported from %s: 2 added, 0 updated.\n", name, posts_name);
    g_assert_cmpstr (run.out, ==, message);
    g_assert_cmpstr (run.err, ==, "");
  }
  /* written in place: no temporary file is left */
  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.koers posts.csv");
  g_assert_true (g_file_get_contents (plan, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"title\": \"Proeverij\""));
  g_assert_nonnull (strstr (text, "\"text\": \"Kom proeven,\\nzaterdag\""));
  g_assert_nonnull (strstr (text, "\"id\": \"open-dag-1\""));

  /* a second import updates by id */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", to_posts, plan, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_clear_pointer (&message, g_free);
    message = g_strdup_printf ("%s: imported from %s: 0 added, 2 updated.\n", name, posts_name);
    g_assert_cmpstr (run.out, ==, message);
  }

  /* a bad row: status 4, each row named, the plan byte for byte */
  before = koers_test_read_file (plan);
  koers_test_write_file (bad,
                         "date,title,channel\n"
                         "2027-03-07,Goed,instagram\n"
                         "2027-02-30,Geen dag,instagram\n"
                         "2027-03-08,Onbekend,tiktok\n", -1);
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", to_bad, plan, NULL);
    g_assert_cmpint (run.status, ==, 4);
    g_assert_cmpstr (run.out, ==, "");
    g_clear_pointer (&message, g_free);
    message = g_strdup_printf ("%s, line 3: the date “2027-02-30” is not a day of the calendar\n"
                               "%s, line 4: the plan has no channel “tiktok”\n"
                               "koers: Nothing was imported: 2 lines of “%s” cannot be "
                               "imported. “%s” was left as it was.\n",
                               bad_name, bad_name, bad_name, name);
    g_assert_cmpstr (run.err, ==, message);
  }
  after = koers_test_read_file (plan);
  g_assert_true (g_bytes_equal (before, after));
  g_clear_pointer (&after, g_bytes_unref);

  /* a file refused as a whole: status 4 too */
  koers_test_write_file (open, "date,title\n2027-03-07,\"Nooit dicht\n", -1);
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", to_open, plan, NULL);
    g_assert_cmpint (run.status, ==, 4);
    g_clear_pointer (&message, g_free);
    message = g_strdup_printf ("koers: Koers cannot import “%s”: the quoted field that begins "
                               "on line 2 has no closing quote.\n", open_name);
    g_assert_cmpstr (run.err, ==, message);
  }
  after = koers_test_read_file (plan);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_export_rose_pdf_a3_landscape (void)
{
  g_autofree char *plan = fixture_path ("cli-complete.koers");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "x.pdf", NULL);
  g_autofree char *option = g_strconcat ("--export=", target, NULL);
  g_autoptr(GBytes) pdf = NULL;
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", option, "--page=rose", "--paper=a3", "--landscape", plan, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  pdf = koers_test_read_file (target);
  g_assert_true (data_contains (pdf, "%PDF-"));
  /* A3 landscape: 420 x 297 mm in points */
  g_assert_true (data_contains (pdf, "/MediaBox [ 0 0 1190.551181 841.889764 ]"));
}

static void
test_export_rose_png_blank_bw (void)
{
  g_autofree char *plan = fixture_path ("cli-complete.koers");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "x.png", NULL);
  g_autofree char *option = g_strconcat ("--export=", target, NULL);
  g_autoptr(GBytes) png = NULL;
  const guint8 *data;
  gsize length;
  g_auto(KoersTestRun) run = { 0 };

  if (!koers_test_have_koers ())
    return;

  koers_test_run_koers (&run, "en", option, "--blank", "--style=bw", "--width=300", plan, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  png = koers_test_read_file (target);
  data = g_bytes_get_data (png, &length);
  g_assert_cmpuint (length, >, 24);
  g_assert_true (memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0);
  /* IHDR: the width and height, big-endian; A4 portrait at 300 pixels */
  g_assert_cmpuint ((guint) data[16] << 24 | data[17] << 16 | data[18] << 8 | data[19], ==, 300);
  g_assert_cmpuint ((guint) data[20] << 24 | data[21] << 16 | data[22] << 8 | data[23], ==, 424);
}

static void
test_export_rose_bad_values (void)
{
  g_autofree char *plan = fixture_path ("cli-complete.koers");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "x.pdf", NULL);
  g_autofree char *option = g_strconcat ("--export=", target, NULL);
  struct { const char *arg; const char *word; } cases[] = {
    { "--style=purple", "“purple”" },
    { "--paper=a5", "“a5”" },
    { "--page=agenda", "“agenda”" },
    { "--width=wide", "“wide”" },
    { "--width=0", "“0”" },
  };
  g_autofree char *listing = NULL;

  if (!koers_test_have_koers ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(KoersTestRun) run = { 0 };

      koers_test_run_koers (&run, "en", option, cases[i].arg, plan, NULL);
      g_assert_cmpint (run.status, ==, 64);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "koers: "));
      if (strstr (run.err, cases[i].word) == NULL)
        g_error ("expected %s in the message: %s", cases[i].word, run.err);
    }

  /* the export options without --export */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", "--blank", plan, NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_nonnull (strstr (run.err, "--export"));
  }

  /* and in Dutch, when the catalogue has it: a message, never a crash */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "nl", option, "--style=purple", plan, NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_nonnull (strstr (run.err, "purple"));
  }

  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
}

static guint
count_pdf_pages (GBytes *pdf)
{
  static const char needle[] = "/Type /Page";
  gsize length, n = strlen (needle);
  const char *data = g_bytes_get_data (pdf, &length);
  guint pages = 0;

  /* "/Type /Page", not "/Type /Pages"; cairo 1.16 writes no object streams */
  for (gsize i = 0; i + n < length; i++)
    if (memcmp (data + i, needle, n) == 0 && data[i + n] != 's')
      pages++;
  return pages;
}

static guint
count_in_data (GBytes     *bytes,
               const char *needle)
{
  gsize length, n = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &length);
  guint count = 0;

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      count++;
  return count;
}

/* --poster=2x2: four A4 sheets, as the print dialog makes them */
static void
test_export_rose_poster (void)
{
  g_autofree char *plan = fixture_path ("cli-complete.koers");
  g_autofree char *dir = make_temp_dir ();
  struct { const char *arg; guint pages; } cases[] = {
    { "--poster=2x2", 4 },
    { "--poster=3X3", 9 },
    { "--poster=1x1", 1 },
  };

  if (!koers_test_have_koers ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *target = g_strdup_printf ("%s/x%u.pdf", dir, i);
      g_autofree char *option = g_strconcat ("--export=", target, NULL);
      g_autoptr(GBytes) pdf = NULL;
      g_auto(KoersTestRun) run = { 0 };

      koers_test_run_koers (&run, "en", option, "--page=rose", cases[i].arg, plan, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, "");
      pdf = koers_test_read_file (target);
      g_assert_true (data_contains (pdf, "%PDF-"));
      g_assert_cmpuint (count_pdf_pages (pdf), ==, cases[i].pages);
      /* every page A4 portrait: 210 x 297 mm in points */
      g_assert_cmpuint (count_in_data (pdf, "/MediaBox [ 0 0 595.275591 841.889764 ]"), ==,
                        cases[i].pages);
      g_unlink (target);
    }
}

static char *
pdf_to_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, "-enc", "UTF-8", "-raw", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (pdftotext == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return out;
}

/* koers --export=maart.pdf --page=calendar --month=2027-03 --example: one
 * A4 landscape page; --from/--to six; --paper=a3 A3; in English here (the
 * Dutch text is test-calendar-render's); SVG and PNG the first month */
static void
test_export_calendar (void)
{
  g_autofree char *dir = make_temp_dir ();
  struct {
    const char *name;
    const char *args[3];
    guint       pages;
    const char *media_box;
    const char *words[4];
  } cases[] = {
    { "maart.pdf", { "--month=2027-03", NULL }, 1, "/MediaBox [ 0 0 841.889764 595.275591 ]",
      { "March 2027", "Monday", "page 1 of 1", "Content calendar – Bakkerij De Korenaar" } },
    { "half.pdf", { "--from=2027-01", "--to=2027-06", NULL }, 6,
      "/MediaBox [ 0 0 841.889764 595.275591 ]",
      { "January 2027", "June 2027", "page 2 of 6", "Sunday" } },
    { "a3.pdf", { "--month=2027-03", "--paper=a3", NULL }, 1,
      "/MediaBox [ 0 0 1190.551181 841.889764 ]",
      { "March 2027", "Published", "Nieuwsbrief en blog", NULL } },
    /* a few days across a month's end: both months */
    { "days.pdf", { "--from=2027-02-27", "--to=2027-03-02", NULL }, 2,
      "/MediaBox [ 0 0 841.889764 595.275591 ]", { "February 2027", "page 2 of 2", NULL } },
  };

  if (!koers_test_have_koers ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *target = g_build_filename (dir, cases[i].name, NULL);
      g_autofree char *option = g_strconcat ("--export=", target, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_auto(KoersTestRun) run = { 0 };

      if (cases[i].args[1] == NULL)
        koers_test_run_koers (&run, "en", option, "--page=calendar", cases[i].args[0],
                              "--example", NULL);
      else
        koers_test_run_koers (&run, "en", option, "--page=calendar", cases[i].args[0],
                              cases[i].args[1], "--example", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      pdf = koers_test_read_file (target);
      g_assert_true (data_contains (pdf, "%PDF-"));
      g_assert_cmpuint (count_pdf_pages (pdf), ==, cases[i].pages);
      g_assert_cmpuint (count_in_data (pdf, cases[i].media_box), ==, cases[i].pages);

      text = pdf_to_text (target);
      for (guint w = 0; text != NULL && w < G_N_ELEMENTS (cases[i].words); w++)
        if (cases[i].words[w] != NULL && strstr (text, cases[i].words[w]) == NULL)
          g_error ("%s: no “%s” in %s", cases[i].name, cases[i].words[w], text);
      g_unlink (target);
    }

  /* PNG and SVG: a file per month, landscape, NAME-1 for the first; the
   * output says which files */
  {
    g_autofree char *png = g_build_filename (dir, "maand.png", NULL);
    g_autofree char *svg = g_build_filename (dir, "maand.svg", NULL);
    g_autofree char *to_png = g_strconcat ("--export=", png, NULL);
    g_autofree char *to_svg = g_strconcat ("--export=", svg, NULL);
    g_autofree char *said = NULL;
    g_autoptr(GBytes) bytes = NULL;
    g_autofree char *text = NULL;
    g_autofree char *may = NULL;
    g_auto(KoersTestRun) run = { 0 };
    g_auto(KoersTestRun) run_svg = { 0 };
    const guint8 *data;
    gsize length;

    koers_test_run_koers (&run, "en", to_png, "--page=calendar", "--from=2027-03",
                          "--to=2027-05", "--width=800", "--example", NULL);
    g_assert_cmpint (run.status, ==, 0);
    said = g_strdup_printf ("3 pages, a file each: %s/maand-1.png to %s/maand-3.png\n", dir, dir);
    g_assert_cmpstr (run.out, ==, said);
    g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    for (guint m = 1; m <= 4; m++)
      {
        g_autofree char *name = g_strdup_printf ("maand-%u.png", m);
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_assert_cmpint (g_file_test (path, G_FILE_TEST_EXISTS), ==, m <= 3);
        if (m > 3)
          continue;
        bytes = koers_test_read_file (path);
        data = g_bytes_get_data (bytes, &length);
        g_assert_cmpuint (length, >, 24);
        g_assert_true (memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0);
        /* IHDR: 800 wide, A4 landscape: 566 high */
        g_assert_cmpuint ((guint) data[16] << 24 | data[17] << 16 | data[18] << 8 | data[19], ==,
                          800);
        g_assert_cmpuint ((guint) data[20] << 24 | data[21] << 16 | data[22] << 8 | data[23], ==,
                          566);
        g_clear_pointer (&bytes, g_bytes_unref);
        g_unlink (path);
      }

    /* one month: one file of the name given, and nothing said */
    koers_test_run_koers (&run_svg, "en", to_svg, "--page=calendar", "--month=2027-05",
                          "--example", NULL);
    g_assert_cmpint (run_svg.status, ==, 0);
    g_assert_cmpstr (run_svg.out, ==, "");
    text = koers_test_read_text (svg);
    g_assert_nonnull (strstr (text, "<svg"));
    g_assert_nonnull (strstr (text, "width=\"841.889764pt\""));
    may = g_build_filename (dir, "maand-1.svg", NULL);
    g_assert_false (g_file_test (may, G_FILE_TEST_EXISTS));
    g_unlink (svg);
  }
}

/* The report as PNG: a file per page, as many as its PDF has pages, each
 * a page of its own (the cover first, the findings last) */
static void
test_export_report_png (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *png = g_build_filename (dir, "plan-report.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "plan-report.pdf", NULL);
  g_autofree char *to_png = g_strconcat ("--export=", png, NULL);
  g_autofree char *to_pdf = g_strconcat ("--export=", pdf, NULL);
  g_auto(KoersTestRun) run = { 0 };
  g_auto(KoersTestRun) run_pdf = { 0 };
  g_autofree char *said = NULL;
  g_autofree char *pdf_data = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                                      (GDestroyNotify) g_bytes_unref, NULL);
  gsize pdf_length;
  guint n_pages = 0;

  koers_test_run_koers (&run_pdf, "en", to_pdf, "--page=report", "--example", NULL);
  g_assert_cmpint (run_pdf.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &pdf_data, &pdf_length, NULL));
  for (gsize i = 0; i + 12 < pdf_length; i++)
    if (memcmp (pdf_data + i, "/Type /Page", 11) == 0 && pdf_data[i + 11] != 's')
      n_pages++;
  g_assert_cmpuint (n_pages, >, 10);

  koers_test_run_koers (&run, "en", to_png, "--page=report", "--width=400", "--example", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  said = g_strdup_printf ("%u pages, a file each: %s/plan-report-1.png to %s/plan-report-%u.png\n",
                          n_pages, dir, dir, n_pages);
  g_assert_cmpstr (run.out, ==, said);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  for (guint p = 1; p <= n_pages + 1; p++)
    {
      g_autofree char *name = g_strdup_printf ("plan-report-%u.png", p);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GBytes *bytes;

      g_assert_cmpint (g_file_test (path, G_FILE_TEST_EXISTS), ==, p <= n_pages);
      if (p > n_pages)
        continue;
      bytes = koers_test_read_file (path);
      g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "\x89PNG\r\n\x1a\n", 8) == 0);
      /* every page is another picture */
      g_assert_false (g_hash_table_contains (seen, bytes));
      g_hash_table_add (seen, bytes);
      g_unlink (path);
    }
  g_unlink (pdf);
}

/* --page=nope and wrong posters: usage errors that name the choices,
 * and nothing written */
static void
test_export_page_and_poster_errors (void)
{
  g_autofree char *plan = fixture_path ("cli-complete.koers");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "x.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "x.png", NULL);
  g_autofree char *to_pdf = g_strconcat ("--export=", pdf, NULL);
  g_autofree char *to_png = g_strconcat ("--export=", png, NULL);
  struct { const char *target; const char *arg; const char *words[2]; } cases[] = {
    { to_pdf, "--page=nope", { "“nope”", "rose" } },
    { to_pdf, "--poster=4x4", { "“4x4”", "3x3" } },
    { to_pdf, "--poster=2", { "“2”", "2x2" } },
    { to_pdf, "--poster=0x2", { "“0x2”", "1x1" } },
    { to_png, "--poster=2x2", { "x.png", ".pdf" } },
    { to_pdf, "--month=2027-13", { "“2027-13”", "2027-03" } },
    { to_pdf, "--month=2027-03-01", { "“2027-03-01”", "2027-03" } },
    { to_pdf, "--from=27-01", { "“27-01”", "2027-01-15" } },
    { to_pdf, "--to=2027-02-30", { "“2027-02-30”", "2027-06" } },
    { to_pdf, "--from=10000-01", { "“10000-01”", "2027-01" } },
  };
  g_autofree char *listing = NULL;

  if (!koers_test_have_koers ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(KoersTestRun) run = { 0 };

      koers_test_run_koers (&run, "en", cases[i].target, cases[i].arg, plan, NULL);
      g_assert_cmpint (run.status, ==, 64);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "koers: "));
      for (guint w = 0; w < G_N_ELEMENTS (cases[i].words); w++)
        if (strstr (run.err, cases[i].words[w]) == NULL)
          g_error ("expected %s in the message: %s", cases[i].words[w], run.err);
    }

  /* in Dutch too */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "nl", to_pdf, "--page=nope", plan, NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_nonnull (strstr (run.err, "Onbekende pagina “nope”"));
  }

  /* --poster without --export */
  {
    g_auto(KoersTestRun) run = { 0 };

    koers_test_run_koers (&run, "en", "--poster=2x2", plan, NULL);
    g_assert_cmpint (run.status, ==, 64);
    g_assert_nonnull (strstr (run.err, "--poster"));
  }

  listing = koers_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/usage", test_usage);

  g_test_add_func ("/cli/check/complete", test_check_complete);
  g_test_add_func ("/cli/check/findings/english", test_check_findings_english);
  g_test_add_func ("/cli/check/findings/dutch", test_check_findings_dutch);
  g_test_add_func ("/cli/check/follows-preferences", test_check_follows_preferences);
  g_test_add_func ("/cli/check/json", test_check_json);
  g_test_add_func ("/cli/check/json/complete", test_check_json_complete);
  g_test_add_func ("/cli/check/json/usage", test_check_json_usage);
  for (guint i = 0; i < G_N_ELEMENTS (unreadable_fixtures); i++)
    {
      g_autofree char *stem = g_strndup (unreadable_fixtures[i].fixture + strlen ("cli-"),
                                         strlen (unreadable_fixtures[i].fixture) -
                                         strlen ("cli-") - strlen (".koers"));
      g_autofree char *path = g_strconcat ("/cli/check/unreadable/", stem, NULL);

      g_test_add_data_func (path, &unreadable_fixtures[i], test_check_unreadable_fixture);
    }
  g_test_add_func ("/cli/check/unreadable/newer-version", test_check_newer_mentions_version);
  g_test_add_func ("/cli/check/unreadable/deep-nesting", test_check_deep_nesting);
  g_test_add_func ("/cli/check/unreadable/huge-file", test_check_huge_file);
  g_test_add_func ("/cli/check/unreadable/long-string", test_check_long_string);
  g_test_add_func ("/cli/check/unreadable/directory", test_check_directory);
  g_test_add_func ("/cli/check/unreadable/missing", test_check_missing_file);
  g_test_add_func ("/cli/check/example", test_check_example);

  g_test_add_func ("/cli/export/unknown-members", test_export_keeps_unknown_members);
  g_test_add_func ("/cli/export/unreadable-keeps-target", test_export_unreadable_keeps_target);
  g_test_add_func ("/cli/export/unknown-format", test_export_unknown_format);
  g_test_add_func ("/cli/export/unknown-format-first", test_export_unknown_format_first);
  g_test_add_func ("/cli/export/missing-folder", test_export_missing_folder);

  g_test_add_func ("/cli/export/rose/pdf-a3-landscape", test_export_rose_pdf_a3_landscape);
  g_test_add_func ("/cli/export/rose/png-blank-bw", test_export_rose_png_blank_bw);
  g_test_add_func ("/cli/export/rose/bad-values", test_export_rose_bad_values);
  g_test_add_func ("/cli/export/rose/poster", test_export_rose_poster);
  g_test_add_func ("/cli/export/roles", test_export_roles);
  g_test_add_func ("/cli/ics/round-trip", test_ics_round_trip);
  g_test_add_func ("/cli/ics/import-refused", test_ics_import_refused);
  g_test_add_func ("/cli/export/calendar-csv", test_export_calendar_csv);
  g_test_add_func ("/cli/export/calendar-csv/refused", test_export_calendar_csv_refused);
  g_test_add_func ("/cli/import/csv", test_import_csv);
  g_test_add_func ("/cli/export/page-and-poster-errors", test_export_page_and_poster_errors);
  g_test_add_func ("/cli/export/calendar", test_export_calendar);
  g_test_add_func ("/cli/export/report-png", test_export_report_png);

  return g_test_run ();
}
