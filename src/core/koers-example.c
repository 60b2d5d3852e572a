/* koers-example.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the Dutch example plan is: installed with the program, or, in a
 * build that runs from the source tree, in data/examples.
 */
#define G_LOG_DOMAIN "koers-example"

#include "config.h"

#include "koers-example.h"

#define EXAMPLE_NAME "koers-example-nl.koers"

/**
 * koers_example_find:
 *
 * Looks in $KOERS_EXAMPLES_DIR, the installed data folder, then the source
 * tree's data folder.
 *
 * Returns: (transfer full) (nullable): the example plan, or %NULL
 */
GFile *
koers_example_find (void)
{
  const char *dirs[] = {
    g_getenv ("KOERS_EXAMPLES_DIR"),
    PKGDATADIR "/examples",
    SOURCE_DATADIR "/examples",
  };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL)
        continue;
      path = g_build_filename (dirs[i], EXAMPLE_NAME, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_file_new_for_path (path);
    }

  return NULL;
}
