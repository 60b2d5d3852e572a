/* test-plan-text.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer's text cache (koers-plan-io.c): a save takes the plan's text
 * as pieces, from the items' cached texts. Whatever changed, and however,
 * the text must be byte for byte what the writer makes without the cache,
 * and what Koers wrote before the cache existed.
 */
#include "config.h"

#include <string.h>

#include "koers-calendar-entry.h"
#include "koers-network-use.h"
#include "koers-plan-io.h"
#include "koers-plan-io-private.h"
#include "koers-target-group.h"
#include "koers-test-util.h"

static char *
example_path (void)
{
  return g_build_filename (g_getenv ("KOERS_EXAMPLES_DIR"), "koers-example-nl.koers", NULL);
}

static KoersPlan *
load_example (GBytes **file_bytes)
{
  g_autofree char *path = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KoersPlan *plan = koers_plan_io_load (file, &error);

  g_assert_no_error (error);
  if (file_bytes != NULL)
    *file_bytes = koers_test_read_file (path);
  return plan;
}

static GBytes *
joined (KoersPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersPlanText) text = _koers_plan_io_to_text (plan, &error);

  g_assert_no_error (error);
  return _koers_plan_text_join (text);
}

/* The text without any cache, as the writer made it before */
static GBytes *
cold (KoersPlan *plan)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  _koers_plan_io_drop_cache (plan);
  bytes = koers_plan_io_to_bytes (plan, &error);
  g_assert_no_error (error);
  return bytes;
}

static void
assert_same_bytes (GBytes *a,
                   GBytes *b)
{
  g_assert_cmpuint (g_bytes_get_size (a), ==, g_bytes_get_size (b));
  g_assert_true (memcmp (g_bytes_get_data (a, NULL), g_bytes_get_data (b, NULL),
                         g_bytes_get_size (a)) == 0);
}

/* The pieces, the cached flat text and the cold text agree. */
static void
assert_consistent (KoersPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pieces = joined (plan);
  g_autoptr(GBytes) warm = koers_plan_io_to_bytes (plan, &error);
  g_autoptr(GBytes) fresh = NULL;

  g_assert_no_error (error);
  assert_same_bytes (pieces, warm);
  fresh = cold (plan);
  assert_same_bytes (pieces, fresh);
}

/* The example plan was written by Koers before the cache: a load gives
 * back exactly its bytes, cold, in pieces, and warm. */
static void
test_same_as_before (void)
{
  g_autoptr(GBytes) file_bytes = NULL;
  g_autoptr(KoersPlan) plan = load_example (&file_bytes);
  g_autoptr(GBytes) first = joined (plan);
  g_autoptr(GBytes) second = joined (plan);
  g_autoptr(GBytes) flat = koers_plan_io_to_bytes (plan, NULL);

  assert_same_bytes (first, file_bytes);
  assert_same_bytes (second, file_bytes);
  assert_same_bytes (flat, file_bytes);
}

static KoersCalendarEntry *
entry_at (KoersPlan *plan,
          guint      position)
{
  return g_list_model_get_item (koers_plan_get_entries (plan), position);
}

static void
test_edits (void)
{
  g_autoptr(GBytes) file_bytes = NULL;
  g_autoptr(KoersPlan) plan = load_example (&file_bytes);
  g_autoptr(GBytes) before = joined (plan);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(KoersCalendarEntry) first = entry_at (plan, 0);
  g_autoptr(KoersCalendarEntry) added = koers_calendar_entry_new ();
  GListModel *entries = koers_plan_get_entries (plan);
  guint n = g_list_model_get_n_items (entries);

  g_assert_cmpuint (n, >=, 3);

  /* A member of a cached item */
  koers_calendar_entry_set_title (first, "Nieuwe titel \"met\" tekens\n");
  after = joined (plan);
  g_assert_false (g_bytes_equal (before, after));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (after, NULL), -1,
                                  "Nieuwe titel \\\"met\\\" tekens\\n"));
  assert_consistent (plan);

  /* Items that come in, go, and move: the first one, and the last */
  koers_calendar_entry_set_title (added, "Erbij");
  koers_plan_insert (plan, entries, 0, added);
  assert_consistent (plan);
  koers_plan_move (plan, added, n);
  assert_consistent (plan);
  {
    g_autoptr(KoersCalendarEntry) last = entry_at (plan, n);

    g_assert_true (last == added);
    g_assert_true (koers_plan_remove (plan, last));
  }
  assert_consistent (plan);
  koers_plan_remove (plan, first);
  assert_consistent (plan);

  /* Changed while it was out of the plan, when nobody hears of it: back
   * in, its text is new. */
  koers_calendar_entry_set_title (first, "Buiten het plan veranderd");
  koers_plan_insert (plan, entries, 1, first);
  {
    g_autoptr(GBytes) text = joined (plan);

    g_assert_nonnull (g_strstr_len (g_bytes_get_data (text, NULL), -1,
                                    "Buiten het plan veranderd"));
  }
  assert_consistent (plan);

  /* Undone edits give the file back */
  koers_plan_remove (plan, first);
  koers_calendar_entry_set_title (first, "");
  {
    g_autoptr(GBytes) again = NULL;
    g_autoptr(KoersPlan) reference = load_example (NULL);
    g_autoptr(KoersCalendarEntry) original = entry_at (reference, 0);

    koers_calendar_entry_set_title (first, koers_calendar_entry_get_title (original));
    koers_plan_insert (plan, entries, 0, first);
    again = joined (plan);
    assert_same_bytes (again, file_bytes);
  }
}

/* Items of items: a target group's networks */
static void
test_nested (void)
{
  g_autoptr(KoersPlan) plan = load_example (NULL);
  GListModel *groups = koers_plan_get_target_groups (plan);
  g_autoptr(KoersTargetGroup) group = g_list_model_get_item (groups, 0);
  GListModel *networks = koers_target_group_get_networks (group);
  g_autoptr(KoersNetworkUse) use = koers_network_use_new ();
  g_autoptr(GBytes) text = NULL;

  g_assert_nonnull (group);
  assert_consistent (plan);

  koers_network_use_set_notes (use, "Nieuw netwerk");
  koers_plan_append (plan, networks, use);
  assert_consistent (plan);
  koers_network_use_set_notes (use, "Anders");
  assert_consistent (plan);

  /* The whole group leaves, one of its items changes, it comes back */
  g_object_ref (group);
  koers_plan_remove (plan, group);
  koers_network_use_set_notes (use, "Terwijl de groep weg was");
  koers_plan_insert (plan, groups, 0, group);
  g_object_unref (group);
  text = joined (plan);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (text, NULL), -1,
                                  "Terwijl de groep weg was"));
  assert_consistent (plan);
}

/* A text taken for a save stays what the plan was, whatever happens to
 * the plan after; even when the plan goes away. */
static void
test_snapshot (void)
{
  g_autoptr(GBytes) file_bytes = NULL;
  KoersPlan *plan = load_example (&file_bytes);
  g_autoptr(KoersPlanText) text = _koers_plan_io_to_text (plan, NULL);
  g_autoptr(GBytes) bytes = NULL;

  {
    g_autoptr(KoersCalendarEntry) first = entry_at (plan, 0);

    koers_calendar_entry_set_title (first, "Later");
    koers_plan_remove (plan, first);
  }
  g_object_unref (plan);

  bytes = _koers_plan_text_join (text);
  assert_same_bytes (bytes, file_bytes);
}

/* What the loader's thread fills is what a save on the main loop uses */
static KoersPlan *loaded;

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GError) error = NULL;

  loaded = koers_plan_io_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_loaded_async (void)
{
  g_autofree char *path = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) file_bytes = koers_test_read_file (path);
  g_autoptr(GBytes) text = NULL;

  koers_plan_io_load_async (file, NULL, loaded_cb, NULL);
  while (loaded == NULL)
    g_main_context_iteration (NULL, TRUE);
  text = joined (loaded);
  assert_same_bytes (text, file_bytes);
  assert_consistent (loaded);
  g_clear_object (&loaded);
}

/* A save prepares the calendar's run of texts a slice at a time: an edit
 * between two slices starts it again, and what the run gives is byte for
 * byte the text without it. */
static void
prepared_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (koers_plan_io_prepare_finish (KOERS_PLAN (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) data = TRUE;
}

static void
test_prepared_run (void)
{
  g_autoptr(KoersPlan) plan = load_example (NULL);
  GListModel *entries = koers_plan_get_entries (plan);
  g_autoptr(GPtrArray) batch = koers_test_dated_entries (3000, 2027, "Bericht");
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) without = NULL;
  gboolean done = FALSE;
  guint calls = 0;

  koers_plan_append_many (plan, entries, batch->pdata, batch->len);

  /* A plan just read has never been written: the run learns the indent. A
   * deadline already past still does a few hundred entries per call. */
  g_assert_false (_koers_plan_io_prepare_text (plan, entries, 0));
  g_assert_false (_koers_plan_io_prepare_text (plan, entries, 0));
  koers_calendar_entry_set_title (g_ptr_array_index (batch, 10), "Veranderd tijdens het voorbereiden");
  while (!_koers_plan_io_prepare_text (plan, entries, 0))
    calls++;
  /* started again after the edit: more than the rest would need */
  g_assert_cmpuint (calls, >=, 8);
  g_assert_true (koers_plan_io_prepare_now (plan));

  text = joined (plan);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (text, NULL), -1,
                                  "Veranderd tijdens het voorbereiden"));
  without = cold (plan);
  assert_same_bytes (text, without);

  /* An edit after the run: the text takes the items one by one again */
  koers_calendar_entry_set_title (g_ptr_array_index (batch, 2999), "Na het voorbereiden");
  g_clear_pointer (&text, g_bytes_unref);
  text = joined (plan);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (text, NULL), -1, "Na het voorbereiden"));
  assert_consistent (plan);

  /* and between frames */
  koers_calendar_entry_set_title (g_ptr_array_index (batch, 0), "Tussen de frames");
  koers_plan_io_prepare_async (plan, NULL, prepared_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  assert_consistent (plan);
}

/* Entries an import's thread made and wrote come into the plan with their
 * texts: byte for byte what the writer makes of them in the plan. */
static gpointer
make_entries_thread (gpointer data)
{
  GPtrArray *batch = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 500; i++)
    {
      KoersCalendarEntry *entry = koers_calendar_entry_new ();
      g_autoptr(GDate) date = g_date_new_dmy (1 + i % 28, 1 + i % 12, 2028);
      g_autofree char *title = g_strdup_printf ("Geïmporteerd \"%u\"\tmet tab", i);

      koers_calendar_entry_set_date (entry, date);
      koers_calendar_entry_set_time (entry, i % 3 == 0 ? -1 : (int) (i % 1440));
      koers_calendar_entry_set_title (entry, title);
      koers_calendar_entry_set_kind (entry, i % 5 == 0 ? KOERS_CONTENT_KIND_PROMOTION
                                                       : KOERS_CONTENT_KIND_VALUE);
      g_ptr_array_add (batch, entry);
    }
  _koers_plan_io_write_new_entries (batch);
  return batch;
}

static void
test_written_in_thread (void)
{
  g_autoptr(KoersPlan) plan = load_example (NULL);
  GThread *thread = g_thread_new ("import", make_entries_thread, NULL);
  g_autoptr(GPtrArray) batch = g_thread_join (thread);

  koers_plan_append_many (plan, koers_plan_get_entries (plan), batch->pdata, batch->len);
  while (!_koers_plan_io_prepare_text (plan, koers_plan_get_entries (plan), G_MAXINT64))
    ;
  assert_consistent (plan);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-text/same-as-before", test_same_as_before);
  g_test_add_func ("/plan-text/edits", test_edits);
  g_test_add_func ("/plan-text/nested", test_nested);
  g_test_add_func ("/plan-text/snapshot", test_snapshot);
  g_test_add_func ("/plan-text/loaded-async", test_loaded_async);
  g_test_add_func ("/plan-text/prepared-run", test_prepared_run);
  g_test_add_func ("/plan-text/written-in-thread", test_written_in_thread);

  return g_test_run ();
}
