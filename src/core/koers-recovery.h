/* koers-recovery.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-plan.h"

G_BEGIN_DECLS

typedef struct
{
  char      *id;       /* of the window that wrote it */
  char      *path;     /* the recovery copy, a .koers file */
  char      *uri;      /* the plan's own file, or NULL when it had none */
  char      *title;    /* the plan's title when it was written */
  GDateTime *written;  /* when */
  int        pid;      /* of the process that wrote it */
} KoersRecoveryEntry;

void        koers_recovery_entry_free       (KoersRecoveryEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersRecoveryEntry, koers_recovery_entry_free)

char       *koers_recovery_get_dir          (void);
char       *koers_recovery_new_id           (void);
GBytes     *koers_recovery_make_info        (const char         *id,
                                             KoersPlan          *plan,
                                             GFile              *file);
gboolean    koers_recovery_write            (const char         *dir,
                                             const char         *id,
                                             GBytes             *plan_bytes,
                                             GBytes             *info_bytes,
                                             GError            **error);
void        koers_recovery_write_async      (const char         *dir,
                                             const char         *id,
                                             KoersPlan          *plan,
                                             GFile              *file,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean    koers_recovery_write_finish     (GAsyncResult       *result,
                                             GError            **error);
void        koers_recovery_discard          (const char         *dir,
                                             const char         *id);
GPtrArray  *koers_recovery_list_orphans     (const char         *dir);

G_END_DECLS
