/* koers-test-util.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the tests share, without GTK: running the built koers, files and
 * temporary folders, tmpfs mounts, and a copy of the example plan. Every
 * helper fails the test when something it needs goes wrong.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A test may check that hostile input does not make Koers hang, never how
 * fast it is: speed lives in bench/. This bound holds on a loaded machine
 * under AddressSanitizer; a hang exceeds it. */
#define KOERS_TEST_HANG_SECONDS 60.0

/* Running koers -------------------------------------------------------- */

typedef struct
{
  int   status;   /* the exit status */
  char *out;
  char *err;
} KoersTestRun;

void         koers_test_run_clear        (KoersTestRun *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KoersTestRun, koers_test_run_clear)

const char  *koers_test_koers_bin        (void);
gboolean     koers_test_have_koers       (void);
char       **koers_test_make_environment (const char *language);

G_GNUC_NULL_TERMINATED
void         koers_test_run_koers        (KoersTestRun         *run,
                                          const char           *language,
                                          ...);
G_GNUC_NULL_TERMINATED
void         koers_test_run_koers_as     (KoersTestRun         *run,
                                          GSpawnChildSetupFunc  child_setup,
                                          const char           *language,
                                          ...);

/* Files ---------------------------------------------------------------- */

char        *koers_test_display_name     (const char *path);
void         koers_test_write_file       (const char *path,
                                          const char *data,
                                          gssize      length);
GBytes      *koers_test_read_file        (const char *path);
GPtrArray   *koers_test_dated_entries    (guint       n,
                                          guint       year,
                                          const char *title_prefix);
char        *koers_test_read_text        (const char *path);
char        *koers_test_list_dir         (const char *path);
void         koers_test_remove_tree      (const char *path);

char        *koers_test_make_temp_dir    (const char *name_template);
char        *koers_test_make_suite_dir   (const char *name_template);
void         koers_test_remove_suite_dir (char       *dir);
void         koers_test_use_recovery_dir (const char *dir);

void         koers_test_copy_example     (const char *path);

/* tmpfs ---------------------------------------------------------------- */

gboolean     koers_test_mount_tmpfs      (const char *dir,
                                          const char *size);
void         koers_test_unmount          (const char *dir);

G_END_DECLS
