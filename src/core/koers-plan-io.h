/* koers-plan-io.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-plan.h"

G_BEGIN_DECLS

#define KOERS_FORMAT_NAME    "koers-plan"
#define KOERS_FORMAT_VERSION 3
#define KOERS_MAX_FILE_SIZE  (64 * 1024 * 1024)

#define KOERS_PLAN_IO_ERROR (koers_plan_io_error_quark ())

typedef enum
{
  KOERS_PLAN_IO_ERROR_NOT_FOUND,
  KOERS_PLAN_IO_ERROR_IS_DIRECTORY,
  KOERS_PLAN_IO_ERROR_PERMISSION,
  KOERS_PLAN_IO_ERROR_TOO_LARGE,
  KOERS_PLAN_IO_ERROR_EMPTY,
  KOERS_PLAN_IO_ERROR_NOT_TEXT,
  KOERS_PLAN_IO_ERROR_SYNTAX,
  KOERS_PLAN_IO_ERROR_TRUNCATED,
  KOERS_PLAN_IO_ERROR_TOO_DEEP,
  KOERS_PLAN_IO_ERROR_NUMBER,
  KOERS_PLAN_IO_ERROR_DUPLICATE_MEMBER,
  KOERS_PLAN_IO_ERROR_NOT_A_PLAN,
  KOERS_PLAN_IO_ERROR_NEWER_VERSION,
  KOERS_PLAN_IO_ERROR_INVALID,
  KOERS_PLAN_IO_ERROR_READ,
  KOERS_PLAN_IO_ERROR_WRITE,
  KOERS_PLAN_IO_ERROR_NO_SPACE,
  KOERS_PLAN_IO_ERROR_LINK,          /* a dangling symbolic link or a link loop */
  KOERS_PLAN_IO_ERROR_SPECIAL_FILE,  /* a device, a named pipe, a socket */
  KOERS_PLAN_IO_ERROR_HARD_LINK,
  KOERS_PLAN_IO_ERROR_OTHER_OWNER,
} KoersPlanIoError;

GQuark     koers_plan_io_error_quark (void);

KoersPlan *koers_plan_io_load        (GFile         *file,
                                      GError       **error);
KoersPlan *koers_plan_io_load_data   (const char    *data,
                                      gsize          length,
                                      const char    *name,
                                      GError       **error);
GBytes    *koers_plan_io_to_bytes    (KoersPlan     *plan,
                                      GError       **error);
gboolean   koers_plan_io_save        (KoersPlan     *plan,
                                      GFile         *file,
                                      GError       **error);

void       koers_plan_io_load_async  (GFile               *file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
KoersPlan *koers_plan_io_load_finish (GAsyncResult        *result,
                                      GError             **error);
void       koers_plan_io_save_async  (KoersPlan           *plan,
                                      GFile               *file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean   koers_plan_io_save_finish (GAsyncResult        *result,
                                      GError             **error);
/* Before a save of a big plan: its text then takes no more than a frame */
gboolean   koers_plan_io_prepare_now    (KoersPlan           *plan);
void       koers_plan_io_prepare_async  (KoersPlan           *plan,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean   koers_plan_io_prepare_finish (KoersPlan           *plan,
                                         GAsyncResult        *result,
                                         GError             **error);

/* A plan's text taken on the main loop, read back into a plan of its own
 * in a thread (for exports that must not stall the main loop) */
typedef struct _KoersPlanSnapshot KoersPlanSnapshot;

KoersPlanSnapshot *koers_plan_snapshot_new  (KoersPlan          *plan);
KoersPlan         *koers_plan_snapshot_load (KoersPlanSnapshot  *self,
                                             const char         *name,
                                             GError            **error);
void               koers_plan_snapshot_free (KoersPlanSnapshot  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersPlanSnapshot, koers_plan_snapshot_free)

G_END_DECLS
