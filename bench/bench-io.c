/* bench-io.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How much plan I/O costs over plain JSON, for plans of several sizes:
 *
 *  - load:   koers_plan_io_load_data() against json-glib alone parsing the
 *            same bytes (json_parser_load_from_data(), with an immutable
 *            parser as koers-plan-io.c uses). Both include dropping the
 *            parser (the load drops its tree before it returns); freeing
 *            the loaded plan is not timed;
 *  - save:   koers_plan_io_to_bytes() + koers_file_replace_bytes() against
 *            json-glib alone writing the parsed tree (json_generator_to_data(),
 *            pretty, indent 2) + g_file_set_contents(), both to files that
 *            already exist, in the same temporary folder;
 *  - memory: the peak resident size (VmHWM) of a fresh process that reads the
 *            file and loads it, against one that reads and parses it, and one
 *            that only reads it (the floor both share).
 *
 * Times are medians (7 to 31 runs by file size, or --runs) after one warm-up,
 * each run alternating with its reference. The ratios are what
 * travels between machines. Targets: load <= 1.5x parse, save <= 1.5x
 * generate+write.
 *
 *   bench-io [--runs=N] [PLAN.koers...]
 *
 * Without files it writes plans of 1000, 10000 and 50000 entries with
 * koers-gen-plan into a temporary folder, and removes them afterwards.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "koers-file-replace.h"
#include "koers-plan-io.h"
#include "koers-plan-io-private.h"

#define LOAD_TARGET 1.5
#define SAVE_TARGET 1.5

static const guint default_sizes[] = { 1000, 10000, 50000 };

typedef struct
{
  const char *path;
  char       *data;
  gsize       length;
  KoersPlan  *plan;       /* loaded once, for the save runs */
  JsonNode   *tree;       /* parsed once, for the generate runs */
  char       *koers_out;  /* where the save runs write */
  char       *json_out;
  GBytes     *bytes;      /* what the write runs write */
  KoersPlan  *loaded;     /* the result of a load run, freed after the clock stops */
} Bench;

typedef void (*BenchFunc) (Bench *bench);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
median (double *times,
        guint   runs)
{
  qsort (times, runs, sizeof (double), compare_doubles);
  return runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
}

static double
time_ms (BenchFunc func,
         Bench    *bench)
{
  gint64 start;
  gint64 end;

  /* The writer keeps the items' texts between writes (koers-plan-io.c):
   * every run writes from scratch, as the command line does. The warm
   * case is bench-stall's. */
  if (bench->plan != NULL)
    _koers_plan_io_drop_cache (bench->plan);
  start = g_get_monotonic_time ();
  func (bench);
  end = g_get_monotonic_time ();
  /* Freeing the loaded plan is not part of loading it. */
  g_clear_object (&bench->loaded);
  return (end - start) / 1000.0;
}

/* The median times of @runs calls of @func and of @reference, in
 * milliseconds. The calls alternate, so that a change in the load of the
 * machine during the run touches both alike. */
static void
median_pair_ms (BenchFunc  func,
                BenchFunc  reference,
                Bench     *bench,
                guint      runs,
                double    *func_ms,
                double    *reference_ms)
{
  g_autofree double *a = g_new (double, runs);
  g_autofree double *b = g_new (double, runs);

  time_ms (func, bench);  /* warm-up */
  time_ms (reference, bench);
  for (guint i = 0; i < runs; i++)
    {
      a[i] = time_ms (func, bench);
      b[i] = time_ms (reference, bench);
    }
  *func_ms = median (a, runs);
  *reference_ms = median (b, runs);
}

static void
koers_load (Bench *bench)
{
  g_autoptr(GError) error = NULL;

  bench->loaded = koers_plan_io_load_data (bench->data, bench->length, bench->path, &error);
  if (bench->loaded == NULL)
    g_error ("%s", error->message);
}

static void
json_parse (Bench *bench)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, bench->data, bench->length, &error))
    g_error ("%s: %s", bench->path, error->message);
}

static void
koers_save (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = koers_plan_io_to_bytes (bench->plan, &error);
  g_autoptr(GFile) file = g_file_new_for_path (bench->koers_out);

  if (bytes == NULL || !koers_file_replace_bytes (file, bytes, &error))
    g_error ("%s", error->message);
}

static void
json_save (Bench *bench)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, bench->tree);
  text = json_generator_to_data (generator, &length);
  if (!g_file_set_contents (bench->json_out, text, length, &error))
    g_error ("%s", error->message);
}

/* The halves of the save, to tell formatting from writing. */
static void
koers_to_bytes (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = koers_plan_io_to_bytes (bench->plan, &error);

  if (bytes == NULL)
    g_error ("%s", error->message);
}

static void
json_generate (Bench *bench)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, bench->tree);
  text = json_generator_to_data (generator, NULL);
}

static void
koers_write (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (bench->koers_out);

  if (!koers_file_replace_bytes (file, bench->bytes, &error))
    g_error ("%s", error->message);
}

static void
json_write (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bench->bytes, &length);

  if (!g_file_set_contents (bench->json_out, data, length, &error))
    g_error ("%s", error->message);
}

/* Memory ----------------------------------------------------------------- */

static gint64
read_vm_hwm_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "\nVmHWM:");
  return line != NULL ? g_ascii_strtoll (line + strlen ("\nVmHWM:"), NULL, 10) : -1;
}

/* Runs in a fresh process: bench-io --child=WHAT FILE; prints VmHWM in KiB. */
static int
run_child (const char *what,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  Bench bench = { .path = path };

  if (!g_file_get_contents (path, &bench.data, &bench.length, &error))
    g_error ("%s", error->message);

  if (g_str_equal (what, "load"))
    {
      /* Keep the plan, as the application does. */
      g_autoptr(KoersPlan) plan = koers_plan_io_load_data (bench.data, bench.length, path, &error);

      if (plan == NULL)
        g_error ("%s", error->message);
      printf ("%" G_GINT64_FORMAT "\n", read_vm_hwm_kib ());
    }
  else if (g_str_equal (what, "parse"))
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();

      if (!json_parser_load_from_data (parser, bench.data, bench.length, &error))
        g_error ("%s", error->message);
      printf ("%" G_GINT64_FORMAT "\n", read_vm_hwm_kib ());
    }
  else
    printf ("%" G_GINT64_FORMAT "\n", read_vm_hwm_kib ());

  g_free (bench.data);
  return 0;
}

/* The VmHWM, in MiB, of a fresh copy of this program doing @what. */
static double
child_hwm_mib (const char *what,
               const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *arg = g_strconcat ("--child=", what, NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { "/proc/self/exe", arg, path, NULL };
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("child %s: %s", what, error->message);
  return g_ascii_strtoll (out, NULL, 10) / 1024.0;
}

/* ------------------------------------------------------------------------ */

static void
generate_plans (const char *dir,
                GPtrArray  *paths)
{
  for (guint i = 0; i < G_N_ELEMENTS (default_sizes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *n = g_strdup_printf ("%u", default_sizes[i]);
      g_autofree char *name = g_strdup_printf ("plan-%u.koers", default_sizes[i]);
      char *path = g_build_filename (dir, name, NULL);
      const char *argv[] = { KOERS_GEN_PLAN, n, path, NULL };
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                         NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("%s: %s", KOERS_GEN_PLAN, error->message);
      g_ptr_array_add (paths, path);
    }
}

static const char *
verdict (double ratio,
         double target)
{
  return ratio <= target ? "met" : "MISSED";
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) times = g_string_new (NULL);
  g_autoptr(GString) parts = g_string_new (NULL);
  g_autoptr(GString) memory = g_string_new (NULL);
  g_autofree char *child = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *gen_dir = NULL;
  int runs = 0;
  GOptionEntry options[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs per figure (median; default 7-31 by size)", "N" },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &child, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new ("[PLAN.koers...]");
  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 0)
    {
      g_printerr ("bench-io: %s\n", error != NULL ? error->message : "--runs must be positive");
      return EXIT_FAILURE;
    }
  if (child != NULL)
    return argc == 2 ? run_child (child, argv[1]) : EXIT_FAILURE;

  dir = g_dir_make_tmp ("koers-bench-io-XXXXXX", &error);
  g_assert_no_error (error);
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      g_ptr_array_add (paths, g_strdup (argv[i]));
  else
    {
      gen_dir = g_strdup (dir);
      generate_plans (dir, paths);
    }

  g_string_append_printf (times,
                          "%8s %8s %4s | %9s %9s %6s %-7s | %9s %9s %6s %-7s\n",
                          "entries", "file", "runs", "load ms", "parse ms", "ratio", "<=1.5x",
                          "save ms", "gen+wr ms", "ratio", "<=1.5x");
  g_string_append_printf (parts, "%8s | %11s %11s %6s | %11s %13s %6s\n",
                          "entries", "to_bytes ms", "generate ms", "ratio",
                          "write ms", "set_contents ms", "ratio");
  g_string_append_printf (memory, "%8s | %9s %9s %9s %6s | %9s %9s %6s\n",
                          "entries", "read MiB", "load MiB", "parse MiB", "ratio",
                          "load+", "parse+", "ratio+");

  for (guint i = 0; i < paths->len; i++)
    {
      Bench bench = { .path = g_ptr_array_index (paths, i) };
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *size = NULL;
      guint n_runs = runs;
      double load, parse, save, json, to_bytes, generate, write, set_contents;
      double read_mib, load_mib, parse_mib;
      guint n_entries;

      if (!g_file_get_contents (bench.path, &bench.data, &bench.length, &error))
        {
          g_printerr ("bench-io: %s\n", error->message);
          return EXIT_FAILURE;
        }
      bench.plan = koers_plan_io_load_data (bench.data, bench.length, bench.path, &error);
      if (bench.plan == NULL)
        {
          g_printerr ("bench-io: %s\n", error->message);
          return EXIT_FAILURE;
        }
      if (!json_parser_load_from_data (parser, bench.data, bench.length, &error))
        g_error ("%s", error->message);
      bench.tree = json_parser_get_root (parser);
      bench.koers_out = g_build_filename (dir, "out.koers", NULL);
      bench.json_out = g_build_filename (dir, "out.json", NULL);
      n_entries = g_list_model_get_n_items (koers_plan_get_entries (bench.plan));
      size = g_format_size (bench.length);

      bench.bytes = koers_plan_io_to_bytes (bench.plan, &error);
      g_assert_no_error (error);
      if (n_runs == 0)
        n_runs = CLAMP (20 * 1000 * 1000 / bench.length, 7, 31) | 1;

      median_pair_ms (koers_load, json_parse, &bench, n_runs, &load, &parse);
      median_pair_ms (koers_save, json_save, &bench, n_runs, &save, &json);
      median_pair_ms (koers_to_bytes, json_generate, &bench, n_runs, &to_bytes, &generate);
      median_pair_ms (koers_write, json_write, &bench, n_runs, &write, &set_contents);

      read_mib = child_hwm_mib ("read", bench.path);
      load_mib = child_hwm_mib ("load", bench.path);
      parse_mib = child_hwm_mib ("parse", bench.path);

      g_string_append_printf (times,
                              "%8u %8s %4u | %9.1f %9.1f %5.2fx %-7s | %9.1f %9.1f %5.2fx %-7s\n",
                              n_entries, size, n_runs, load, parse, load / parse,
                              verdict (load / parse, LOAD_TARGET),
                              save, json, save / json, verdict (save / json, SAVE_TARGET));
      g_string_append_printf (parts, "%8u | %11.1f %11.1f %5.2fx | %11.1f %15.1f %5.2fx\n",
                              n_entries, to_bytes, generate, to_bytes / generate,
                              write, set_contents, write / set_contents);
      g_string_append_printf (memory, "%8u | %9.1f %9.1f %9.1f %5.2fx | %9.1f %9.1f %5.2fx\n",
                              n_entries, read_mib, load_mib, parse_mib, load_mib / parse_mib,
                              load_mib - read_mib, parse_mib - read_mib,
                              (load_mib - read_mib) / (parse_mib - read_mib));

      g_unlink (bench.koers_out);
      g_unlink (bench.json_out);
      g_free (bench.koers_out);
      g_free (bench.json_out);
      g_free (bench.data);
      g_bytes_unref (bench.bytes);
      g_object_unref (bench.plan);
    }

  printf ("bench-io: times are medians of the runs shown, alternating with the reference,\n"
          "after one warm-up of each\n\n%s\n", times->str);
  printf ("save, in halves (write: the same bytes through koers_file_replace_bytes and\n"
          "g_file_set_contents):\n%s\n", parts->str);
  printf ("peak memory, VmHWM of a fresh process (read = only g_file_get_contents;\n"
          "load+/parse+ = above read):\n%s", memory->str);

  if (gen_dir != NULL)
    for (guint i = 0; i < paths->len; i++)
      g_unlink (g_ptr_array_index (paths, i));
  g_rmdir (dir);
  return EXIT_SUCCESS;
}
