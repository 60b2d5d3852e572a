/* koers-calendar-index.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Single entries live in one array sorted by (day, time); a month query
 * is two binary searches and a copy, and only what it returns is put in
 * title order within a day and time. The array is sorted by a radix sort
 * of that key: building the index of 50,000 entries is a few passes over
 * them, not a sort that compares titles. Series are few; each query
 * expands each of them over its range only. The index follows the entries
 * list (items-changed, with a mirror of the list to know what left it) and
 * each entry (the plan's object-changed), and says which days changed,
 * after it has updated itself, so a listener that queries sees the change.
 * Many entries that come at once (a load, an import, a paste) are only
 * noted; they are indexed, sorted among the others in one merge, by the
 * next call that reads the index, so a window that does not show the
 * calendar does not pay for it.
 */
#define G_LOG_DOMAIN "koers-calendar-index"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "koers-calendar-index.h"
#include "koers-model-private.h"
#include "koers-plan-private.h"
#include "koers-recurrence.h"

/* Above this many items added or removed at once, the index sorts or
 * filters once instead of inserting or removing one by one. */
#define BATCH 64

typedef enum
{
  KIND_NONE,    /* no date: not in the calendar */
  KIND_SINGLE,  /* in singles (an override too) */
  KIND_SERIES,  /* in series */
} Kind;

typedef struct
{
  Kind     kind;
  guint32  julian;        /* its date */
  int      time;
  guint32  last;          /* KIND_SERIES: its last possible day (UNTIL), or G_MAXUINT32 */
  char    *override_key;  /* an override: "SERIES-ID/ORIGIN-JULIAN" */
  guint32  origin;        /* an override: the series day it stands for */
  GArray  *skipped;       /* KIND_SERIES: sorted Julian days of its exdates */
  KoersRecurrenceRule rule; /* KIND_SERIES: its rule, read once */
  gboolean readable;      /* KIND_SERIES: libical reads its rule */
} Info;

typedef struct
{
  guint32             julian;
  int                 time;
  KoersCalendarEntry *entry;
  guint32             origin;  /* the day it stands for: its own, or an override's origin */
} Slot;

struct _KoersCalendarIndex
{
  GObject     parent_instance;

  KoersPlan  *plan;       /* not owned: the plan owns the index */
  GListModel *entries;
  GPtrArray  *items;      /* the entries list, mirrored (owned refs) */
  GArray     *singles;    /* Slot, sorted */
  GPtrArray  *series;     /* KoersCalendarEntry (borrowed: in items) */
  GHashTable *info;       /* entry -> Info */
  GHashTable *overrides;  /* override key -> the override (borrowed) */
  GHashTable *series_by_id; /* id (owned copy) -> series (borrowed) */
  GPtrArray  *pending;    /* entries in items not indexed yet (borrowed) */
  gboolean    stale;      /* holds nothing: built from the list when next read */
  GArray     *emits;      /* guint32 pairs: the days to emit once updated */
};

G_DEFINE_FINAL_TYPE (KoersCalendarIndex, koers_calendar_index, G_TYPE_OBJECT)

G_DEFINE_QUARK (koers-calendar-index-error-quark, koers_calendar_index_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
info_free (Info *info)
{
  g_free (info->override_key);
  g_clear_pointer (&info->skipped, g_array_unref);
  g_free (info);
}

/* The entry's info: a series or an override has its own; a plain single
 * (most of a calendar) has none in the table, which would cost an
 * allocation and an insertion per entry, but notes on itself the day and
 * time it was indexed at (_koers_calendar_entry_set_indexed()), read into
 * @scratch. */
static const Info *
lookup_info (KoersCalendarIndex *self,
             KoersCalendarEntry *entry,
             Info               *scratch)
{
  Info *info = g_hash_table_lookup (self->info, entry);

  if (info != NULL)
    return info;
  memset (scratch, 0, sizeof *scratch);
  scratch->julian = _koers_calendar_entry_get_indexed (entry, &scratch->time);
  scratch->kind = scratch->julian == 0 ? KIND_NONE : KIND_SINGLE;
  return scratch;
}

/* The slots' order: day, then time (untimed first). Titles order only
 * what a query returns. */
static inline guint64
slot_key (const Slot *slot)
{
  return ((guint64) slot->julian << 32) | ((guint32) slot->time ^ 0x80000000u);
}

static int
compare_slot (const Slot *a,
              const Slot *b)
{
  guint64 ka = slot_key (a), kb = slot_key (b);

  return ka < kb ? -1 : ka > kb;
}

/* Sorts @slots by slot_key(), keeping the order of equal keys: a radix
 * sort by bytes, skipping a byte that all keys share; nothing when they
 * are in order already (a plan is mostly written in date order). */
static void
sort_slots (GArray *slots)
{
  guint n = slots->len;
  Slot *a = (Slot *) (gpointer) slots->data;
  g_autofree Slot *tmp = NULL;
  g_autofree guint *counts = NULL;
  gboolean sorted = TRUE;
  Slot *from, *to;

  for (guint i = 1; i < n && sorted; i++)
    sorted = slot_key (&a[i - 1]) <= slot_key (&a[i]);
  if (sorted)
    return;

  counts = g_new0 (guint, 8 * 256);
  for (guint i = 0; i < n; i++)
    {
      guint64 key = slot_key (&a[i]);

      for (guint b = 0; b < 8; b++)
        counts[b * 256 + ((key >> (8 * b)) & 0xff)]++;
    }
  tmp = g_new (Slot, n);
  from = a;
  to = tmp;
  for (guint b = 0; b < 8; b++)
    {
      guint *count = &counts[b * 256];
      guint offset = 0;

      if (count[(slot_key (&from[0]) >> (8 * b)) & 0xff] == n)
        continue;  /* every key has this byte */
      for (guint v = 0; v < 256; v++)
        {
          guint c = count[v];

          count[v] = offset;
          offset += c;
        }
      for (guint i = 0; i < n; i++)
        to[count[(slot_key (&from[i]) >> (8 * b)) & 0xff]++] = from[i];
      from = to;
      to = from == a ? tmp : a;
    }
  if (from != a)
    memcpy (a, from, n * sizeof (Slot));
}

/* The first slot not before (julian, time) */
static guint
lower_bound (GArray  *singles,
             guint32  julian,
             int      time)
{
  guint lo = 0, hi = singles->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const Slot *slot = &g_array_index (singles, Slot, mid);

      if (slot->julian < julian || (slot->julian == julian && slot->time < time))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* After the slots of the same day and time */
static guint
insert_position (GArray     *singles,
                 const Slot *slot)
{
  guint lo = 0, hi = singles->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare_slot (&g_array_index (singles, Slot, mid), slot) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static guint32
date_julian (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? g_date_get_julian (date) : 0;
}

static char *
override_key (const char *series_id,
              guint32     origin)
{
  return g_strdup_printf ("%s/%u", series_id, origin);
}

/* The series' last possible day: its UNTIL, or its last one of a COUNT
 * (a long count may go on to any day). */
static guint32
series_last (KoersCalendarEntry *entry,
             const Info         *info)
{
  const GDate *start = koers_calendar_entry_get_date (entry);

  if (!info->readable)
    return 0;
  if (info->rule.end == KOERS_REPEAT_END_UNTIL && g_date_valid (&info->rule.until))
    return g_date_get_julian (&info->rule.until);
  if (info->rule.end == KOERS_REPEAT_END_COUNT && info->rule.count <= 10000)
    {
      g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
      GDate end;

      g_date_clear (&end, 1);
      g_date_set_dmy (&end, 31, G_DATE_DECEMBER, 9999);
      koers_recurrence_expand (koers_calendar_entry_get_rrule (entry), start, start, &end,
                               info->rule.count, days);
      return days->len > 0 ? g_array_index (days, guint32, days->len - 1) : 0;
    }
  return G_MAXUINT32;
}

static int
compare_julian_cb (gconstpointer a,
                   gconstpointer b)
{
  guint32 ja = *(const guint32 *) a, jb = *(const guint32 *) b;

  return ja < jb ? -1 : ja > jb;
}

/* The info of a dated series or override (a plain single has none) */
static Info *
make_info (KoersCalendarEntry *entry)
{
  Info *info = g_new0 (Info, 1);
  const GDate *date = koers_calendar_entry_get_date (entry);
  const char *series = koers_calendar_entry_get_series (entry);

  info->julian = date_julian (date);
  info->time = koers_calendar_entry_get_time (entry);
  if (*koers_calendar_entry_get_rrule (entry) != '\0')
    {
      const char *const *exdates = koers_calendar_entry_get_exdates (entry);

      info->kind = KIND_SERIES;
      info->readable = koers_recurrence_rule_parse (koers_calendar_entry_get_rrule (entry), date,
                                                    &info->rule, NULL);
      info->last = series_last (entry, info);
      if (exdates[0] != NULL)
        {
          info->skipped = g_array_new (FALSE, FALSE, sizeof (guint32));
          for (guint i = 0; exdates[i] != NULL; i++)
            {
              g_autoptr(GDate) day = _koers_date_parse (exdates[i]);
              guint32 j = date_julian (day);

              if (j != 0)
                g_array_append_val (info->skipped, j);
            }
          g_array_sort (info->skipped, compare_julian_cb);
        }
    }
  else
    {
      const GDate *origin = koers_calendar_entry_get_origin (entry);

      info->kind = KIND_SINGLE;
      info->origin = origin != NULL ? date_julian (origin) : info->julian;
      info->override_key = override_key (series, info->origin);
    }
  return info;
}

/* Notes the days for "changed", emitted by flush_emits() once the index
 * is current again. */
static void
emit_changed (KoersCalendarIndex *self,
              guint               first,
              guint               last)
{
  guint pair[2] = { first, last };

  g_array_append_vals (self->emits, pair, 2);
}

static void
flush_emits (KoersCalendarIndex *self)
{
  g_autoptr(GArray) emits = NULL;

  if (self->emits->len == 0)
    return;
  /* A handler may change the plan again, which notes new days */
  emits = g_steal_pointer (&self->emits);
  self->emits = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i + 1 < emits->len; i += 2)
    g_signal_emit (self, signals[CHANGED], 0, g_array_index (emits, guint, i),
                   g_array_index (emits, guint, i + 1));
}

/* The days an entry's info covers, as emitted in "changed" */
static void
emit_info (KoersCalendarIndex *self,
           const Info         *info)
{
  switch (info->kind)
    {
    case KIND_SINGLE:
      emit_changed (self, info->julian, info->julian);
      if (info->override_key != NULL && info->origin != info->julian)
        emit_changed (self, info->origin, info->origin);
      break;
    case KIND_SERIES:
      /* A rule that ends before its start, or cannot be read, shows nothing
       * but its first day may have shown before */
      emit_changed (self, info->julian,
                    info->last == G_MAXUINT32 ? G_MAXUINT : MAX (info->last, info->julian));
      break;
    case KIND_NONE:
    default:
      break;
    }
}

static void
add_keys (KoersCalendarIndex *self,
          KoersCalendarEntry *entry,
          Info               *info)
{
  if (info->kind == KIND_SERIES)
    {
      g_ptr_array_add (self->series, entry);
      g_hash_table_insert (self->series_by_id, g_strdup (koers_calendar_entry_get_id (entry)), entry);
    }
  if (info->override_key != NULL)
    g_hash_table_insert (self->overrides, g_strdup (info->override_key), entry);
}

static void
remove_keys (KoersCalendarIndex *self,
             KoersCalendarEntry *entry,
             const Info         *info)
{
  if (info->kind == KIND_SERIES)
    {
      g_ptr_array_remove_fast (self->series, entry);
      /* Only when it still names this entry: ids are unique, but a
       * moment of two equal ones (an undo in progress) must not hurt. */
      if (g_hash_table_lookup (self->series_by_id, koers_calendar_entry_get_id (entry)) == entry)
        g_hash_table_remove (self->series_by_id, koers_calendar_entry_get_id (entry));
      else
        {
          GHashTableIter iter;
          gpointer value;

          g_hash_table_iter_init (&iter, self->series_by_id);
          while (g_hash_table_iter_next (&iter, NULL, &value))
            if (value == entry)
              g_hash_table_iter_remove (&iter);
        }
    }
  if (info->override_key != NULL && g_hash_table_lookup (self->overrides, info->override_key) == entry)
    g_hash_table_remove (self->overrides, info->override_key);
}

static void
remove_single (KoersCalendarIndex *self,
               KoersCalendarEntry *entry,
               const Info         *info)
{
  for (guint i = lower_bound (self->singles, info->julian, info->time); i < self->singles->len; i++)
    {
      Slot *slot = &g_array_index (self->singles, Slot, i);

      if (slot->julian != info->julian || slot->time != info->time)
        break;
      if (slot->entry == entry)
        {
          g_array_remove_index (self->singles, i);
          return;
        }
    }
  g_critical ("calendar index: an entry was not where it was put");
}

/* @unsorted: where a single's slot goes, to be sorted later; NULL: into
 * its place among the singles */
static void
index_entry (KoersCalendarIndex *self,
             KoersCalendarEntry *entry,
             GArray             *unsorted)
{
  guint32 julian = date_julian (koers_calendar_entry_get_date (entry));
  const Info *info;
  Info scratch;

  if (julian == 0 || (*koers_calendar_entry_get_rrule (entry) == '\0'
                      && *koers_calendar_entry_get_series (entry) == '\0'))
    {
      _koers_calendar_entry_set_indexed (entry, julian, koers_calendar_entry_get_time (entry));
      info = lookup_info (self, entry, &scratch);
    }
  else
    {
      Info *full = make_info (entry);

      _koers_calendar_entry_set_indexed (entry, 0, -1);
      g_hash_table_insert (self->info, entry, full);
      add_keys (self, entry, full);
      info = full;
    }
  if (info->kind == KIND_SINGLE)
    {
      Slot slot = { info->julian, info->time, entry,
                    info->override_key != NULL ? info->origin : info->julian };

      if (unsorted == NULL)
        g_array_insert_val (self->singles, insert_position (self->singles, &slot), slot);
      else
        g_array_append_val (unsorted, slot);
    }
}

static void
unindex_entry (KoersCalendarIndex *self,
               KoersCalendarEntry *entry,
               gboolean            remove_slot)
{
  Info scratch;
  const Info *info = lookup_info (self, entry, &scratch);

  remove_keys (self, entry, info);
  if (info->kind == KIND_SINGLE && remove_slot)
    remove_single (self, entry, info);
  _koers_calendar_entry_set_indexed (entry, 0, -1);
  g_hash_table_remove (self->info, entry);
}

/* Lets go of all the index holds */
static void
clear (KoersCalendarIndex *self)
{
  g_hash_table_remove_all (self->info);
  g_hash_table_remove_all (self->overrides);
  g_hash_table_remove_all (self->series_by_id);
  g_ptr_array_set_size (self->series, 0);
  g_ptr_array_set_size (self->pending, 0);
  g_array_set_size (self->singles, 0);
  g_ptr_array_set_size (self->items, 0);
}

/* Builds the whole index from the plan's list. */
static void
rebuild (KoersCalendarIndex *self)
{
  guint n;
  gpointer *entries = _koers_plan_peek_items (self->entries, &n);

  self->stale = FALSE;
  clear (self);
  /* room for all: growing by appends copies the array a dozen times */
  g_array_unref (self->singles);
  self->singles = g_array_sized_new (FALSE, FALSE, sizeof (Slot), n);
  g_ptr_array_set_size (self->items, n);
  for (guint i = 0; i < n; i++)
    {
      self->items->pdata[i] = g_object_ref (entries[i]);
      index_entry (self, entries[i], self->singles);
    }
  sort_slots (self->singles);
}

/* Gives up what the index holds until it is read again: after a paste
 * that doubles the calendar (or at the start), building it whole costs
 * less than following the change, and a plan nobody reads the calendar of
 * (a hidden page, a headless tool) pays nothing. */
static void
make_stale (KoersCalendarIndex *self)
{
  self->stale = TRUE;
  clear (self);
}

/* Indexes the pending entries: their slots sorted alone, then merged with
 * the singles, O(n + k log k). A stale index is built whole. */
static void
ensure_indexed (KoersCalendarIndex *self)
{
  g_autoptr(GArray) slots = NULL;
  g_autoptr(GArray) merged = NULL;
  const Slot *a, *b;
  guint i = 0, j = 0;

  if (self->stale)
    rebuild (self);
  if (self->pending->len == 0)
    return;
  slots = g_array_sized_new (FALSE, FALSE, sizeof (Slot), self->pending->len);
  for (guint k = 0; k < self->pending->len; k++)
    index_entry (self, g_ptr_array_index (self->pending, k), slots);
  g_ptr_array_set_size (self->pending, 0);
  sort_slots (slots);

  merged = g_array_sized_new (FALSE, FALSE, sizeof (Slot), self->singles->len + slots->len);
  a = (const Slot *) (gpointer) self->singles->data;
  b = (const Slot *) (gpointer) slots->data;
  while (i < self->singles->len || j < slots->len)
    {
      if (j >= slots->len || (i < self->singles->len && compare_slot (&a[i], &b[j]) <= 0))
        g_array_append_val (merged, a[i++]);
      else
        g_array_append_val (merged, b[j++]);
    }
  g_array_unref (self->singles);
  self->singles = g_steal_pointer (&merged);
}

/* Many entries added and none removed: the mirror only, the rest when the
 * index is next read. */
static void
add_pending (KoersCalendarIndex *self,
             guint               position,
             guint               added)
{
  guint old = self->items->len;

  g_ptr_array_set_size (self->items, old + added);
  memmove (&self->items->pdata[position + added], &self->items->pdata[position],
           (old - position) * sizeof (gpointer));
  for (guint i = 0; i < added; i++)
    {
      gpointer entry = g_list_model_get_item (self->entries, position + i);

      self->items->pdata[position + i] = entry;
      g_ptr_array_add (self->pending, entry);
    }
  emit_changed (self, 0, G_MAXUINT);
}

static void
items_changed_cb (KoersCalendarIndex *self,
                  guint               position,
                  guint               removed,
                  guint               added,
                  GListModel         *list)
{
  gboolean batch = removed > BATCH || added > BATCH;

  if (self->stale && removed == 0 && added <= BATCH)
    {
      /* A few entries come in: built whole with them, their days told */
      gpointer *entries;
      guint n;

      rebuild (self);
      entries = _koers_plan_peek_items (self->entries, &n);
      for (guint i = position; i < position + added; i++)
        {
          Info scratch;

          emit_info (self, lookup_info (self, entries[i], &scratch));
        }
      flush_emits (self);
      return;
    }
  /* Nothing to follow: the list is read whole when the index is. The days
   * of what went are not known. */
  if (self->stale || (added > BATCH && added >= self->items->len - removed))
    {
      if (!self->stale)
        make_stale (self);
      emit_changed (self, 0, G_MAXUINT);
      flush_emits (self);
      return;
    }

  g_assert (position + removed <= self->items->len);

  if (removed == 0 && added > BATCH)
    {
      add_pending (self, position, added);
      flush_emits (self);
      return;
    }
  ensure_indexed (self);

  if (removed > BATCH)
    {
      g_autoptr(GHashTable) gone = g_hash_table_new (NULL, NULL);
      guint kept = 0;

      for (guint i = 0; i < removed; i++)
        {
          KoersCalendarEntry *entry = g_ptr_array_index (self->items, position + i);

          g_hash_table_add (gone, entry);
          unindex_entry (self, entry, FALSE);
        }
      for (guint i = 0; i < self->singles->len; i++)
        {
          Slot *slot = &g_array_index (self->singles, Slot, i);

          if (!g_hash_table_contains (gone, slot->entry))
            g_array_index (self->singles, Slot, kept++) = *slot;
        }
      g_array_set_size (self->singles, kept);
    }
  else
    for (guint i = 0; i < removed; i++)
      {
        KoersCalendarEntry *entry = g_ptr_array_index (self->items, position + i);
        Info scratch;

        emit_info (self, lookup_info (self, entry, &scratch));
        unindex_entry (self, entry, TRUE);
      }
  g_ptr_array_remove_range (self->items, position, removed);

  if (added > 0)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_full (self->items->len + added, g_object_unref);

      for (guint i = 0; i < position; i++)
        g_ptr_array_add (items, g_object_ref (g_ptr_array_index (self->items, i)));
      for (guint i = 0; i < added; i++)
        {
          KoersCalendarEntry *entry = g_list_model_get_item (list, position + i);

          g_ptr_array_add (items, entry);
          index_entry (self, entry, batch ? self->singles : NULL);
          if (!batch)
            {
              Info scratch;

              emit_info (self, lookup_info (self, entry, &scratch));
            }
        }
      for (guint i = position; i < self->items->len; i++)
        g_ptr_array_add (items, g_object_ref (g_ptr_array_index (self->items, i)));
      g_ptr_array_unref (self->items);
      self->items = g_steal_pointer (&items);
      if (batch)
        sort_slots (self->singles);
    }

  if (batch)
    emit_changed (self, 0, G_MAXUINT);
  flush_emits (self);
}

static void
object_changed_cb (KoersCalendarIndex *self,
                   GObject            *object,
                   KoersPlan          *plan)
{
  KoersCalendarEntry *entry;
  const Info *info;
  Info scratch;

  if (!KOERS_IS_CALENDAR_ENTRY (object))
    return;
  entry = KOERS_CALENDAR_ENTRY (object);
  if (self->stale)
    {
      /* Its old days are not known */
      emit_changed (self, 0, G_MAXUINT);
      flush_emits (self);
      return;
    }
  ensure_indexed (self);
  if (_koers_model_get_owner (object) != (gpointer) self->plan)
    return;  /* not (or no longer) in the list */
  info = lookup_info (self, entry, &scratch);

  emit_info (self, info);
  unindex_entry (self, entry, TRUE);
  index_entry (self, entry, NULL);
  emit_info (self, lookup_info (self, entry, &scratch));
  flush_emits (self);
}

static void
koers_calendar_index_finalize (GObject *object)
{
  KoersCalendarIndex *self = (KoersCalendarIndex *) object;

  g_clear_pointer (&self->info, g_hash_table_unref);
  g_clear_pointer (&self->overrides, g_hash_table_unref);
  g_clear_pointer (&self->series_by_id, g_hash_table_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->singles, g_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->emits, g_array_unref);

  G_OBJECT_CLASS (koers_calendar_index_parent_class)->finalize (object);
}

static void
koers_calendar_index_class_init (KoersCalendarIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_calendar_index_finalize;

  /**
   * KoersCalendarIndex::changed:
   * @first_julian: the first day whose occurrences changed
   * @last_julian: the last one; G_MAXUINT: up to any day
   *
   * The occurrences on these days changed: emitted at once, in the same
   * call that changed the plan, once or a few times per change, after the
   * index has taken the change in (a query in the handler sees it). (0,
   * G_MAXUINT) means anything may have changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
koers_calendar_index_init (KoersCalendarIndex *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->singles = g_array_new (FALSE, FALSE, sizeof (Slot));
  self->series = g_ptr_array_new ();
  self->info = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) info_free);
  self->overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->series_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending = g_ptr_array_new ();
  self->emits = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * koers_calendar_index_get_for_plan:
 * @plan: a plan
 *
 * Returns: (transfer none): the plan's calendar index, made on first use
 */
KoersCalendarIndex *
koers_calendar_index_get_for_plan (KoersPlan *plan)
{
  KoersCalendarIndex *self;

  g_return_val_if_fail (KOERS_IS_PLAN (plan), NULL);

  self = g_object_get_data (G_OBJECT (plan), "koers-calendar-index");
  if (self != NULL)
    return self;

  self = g_object_new (KOERS_TYPE_CALENDAR_INDEX, NULL);
  self->plan = plan;
  self->entries = koers_plan_get_entries (plan);
  /* Built when first read */
  self->stale = TRUE;

  g_signal_connect_object (self->entries, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (plan, "object-changed", G_CALLBACK (object_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_object_set_data_full (G_OBJECT (plan), "koers-calendar-index", self, g_object_unref);
  return self;
}

KoersPlan *
koers_calendar_index_get_plan (KoersCalendarIndex *self)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_INDEX (self), NULL);

  return self->plan;
}

static void
add_occurrence (GArray             *result,
                KoersCalendarEntry *entry,
                guint32             julian,
                guint32             origin,
                int                 time)
{
  KoersOccurrence occurrence;

  occurrence.entry = entry;
  g_date_clear (&occurrence.date, 1);
  g_date_set_julian (&occurrence.date, julian);
  g_date_clear (&occurrence.origin, 1);
  g_date_set_julian (&occurrence.origin, origin);
  occurrence.time = time;
  g_array_append_val (result, occurrence);
}

static gboolean
is_skipped (const Info *info,
            guint32     julian)
{
  guint lo = 0, hi;

  if (info->skipped == NULL)
    return FALSE;
  hi = info->skipped->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint32 j = g_array_index (info->skipped, guint32, mid);

      if (j == julian)
        return TRUE;
      if (j < julian)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

static int
compare_occurrence_cb (gconstpointer a,
                       gconstpointer b)
{
  const KoersOccurrence *oa = a;
  const KoersOccurrence *ob = b;
  int cmp = g_date_compare (&oa->date, &ob->date);

  if (cmp != 0)
    return cmp;
  if (oa->time != ob->time)
    return oa->time < ob->time ? -1 : 1;
  cmp = strcmp (koers_calendar_entry_get_title (oa->entry), koers_calendar_entry_get_title (ob->entry));
  if (cmp != 0)
    return cmp;
  return oa->entry < ob->entry ? -1 : oa->entry > ob->entry;
}

/* Sorts the occurrences from @start to the end, all of one day and
 * time, by title */
static void
sort_by_title (GArray *occurrences,
               guint   start)
{
  qsort (&g_array_index (occurrences, KoersOccurrence, start), occurrences->len - start,
         sizeof (KoersOccurrence), compare_occurrence_cb);
}

/* The series' occurrences in [jfrom, jto], without the skipped ones and
 * those an override replaces: at most @max days of the series (skipped and
 * replaced ones included); @complete: whether that was all of them. */
static void
expand_series (KoersCalendarIndex *self,
               KoersCalendarEntry *series,
               const Info         *info,
               guint32             jfrom,
               guint32             jto,
               guint               max,
               GArray             *days,
               GArray             *result,
               gboolean           *complete)
{
  const char *id;
  GDate from, to;

  *complete = TRUE;
  if (info->julian > jto || info->last < jfrom || !info->readable)
    return;
  id = koers_calendar_entry_get_id (series);
  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_julian (&from, MAX (jfrom, info->julian));
  g_date_set_julian (&to, jto);
  g_array_set_size (days, 0);
  if (!koers_recurrence_rule_expand_full (&info->rule, koers_calendar_entry_get_date (series),
                                          &from, &to, max, days, complete))
    koers_recurrence_expand_ical_full (koers_calendar_entry_get_rrule (series),
                                       koers_calendar_entry_get_date (series), &from, &to,
                                       max, days, complete);
  for (guint i = 0; i < days->len; i++)
    {
      guint32 j = g_array_index (days, guint32, i);

      if (is_skipped (info, j))
        continue;
      if (g_hash_table_size (self->overrides) > 0)
        {
          char key[128];

          g_snprintf (key, sizeof key, "%s/%u", id, j);
          if (g_hash_table_contains (self->overrides, key))
            continue;
        }
      if (result != NULL)
        add_occurrence (result, series, j, j, info->time);
    }
}

static void
set_too_many (GError             **error,
              const GDate         *from,
              const GDate         *to,
              guint                max,
              KoersCalendarEntry  *series)
{
  g_autofree char *first = _koers_date_format_iso (from);
  g_autofree char *last = _koers_date_format_iso (to);

  if (series == NULL)
    g_set_error (error, KOERS_CALENDAR_INDEX_ERROR, KOERS_CALENDAR_INDEX_ERROR_TOO_MANY,
                 _("From %s to %s the calendar has more than %u posts, more than Koers "
                   "writes at once. Choose fewer days."),
                 first, last, max);
  else
    g_set_error (error, KOERS_CALENDAR_INDEX_ERROR, KOERS_CALENDAR_INDEX_ERROR_TOO_MANY,
                 _("From %s to %s the calendar has more than %u posts, more than Koers "
                   "writes at once: the series “%s” (%s) passes that number. Choose fewer "
                   "days."),
                 first, last, max, koers_calendar_entry_get_title (series),
                 koers_calendar_entry_get_id (series));
}

/* The occurrences in [jfrom, jto], sorted. @max 0: as the views want them,
 * each series cut at KOERS_CALENDAR_INDEX_MAX_PER_SERIES; else all of
 * them, or %NULL with @error when there are more than @max or a series
 * cannot be expanded whole. */
static GArray *
query_days (KoersCalendarIndex  *self,
            const GDate         *from,
            const GDate         *to,
            guint                max,
            GError             **error)
{
  g_autoptr(GArray) days = NULL;
  GArray *result;
  guint32 jfrom, jto;
  guint n_singles, start, run = 0;

  ensure_indexed (self);
  result = g_array_new (FALSE, FALSE, sizeof (KoersOccurrence));
  jfrom = g_date_get_julian (from);
  jto = g_date_get_julian (to);
  if (jfrom > jto)
    return result;

  start = lower_bound (self->singles, jfrom, G_MININT);
  for (guint i = start; i < self->singles->len; i++)
    {
      const Slot *slot = &g_array_index (self->singles, Slot, i);

      if (slot->julian > jto)
        break;
      if (i > start && compare_slot (slot - 1, slot) != 0 && result->len - run > 1)
        sort_by_title (result, run);
      if (i == start || compare_slot (slot - 1, slot) != 0)
        run = result->len;
      add_occurrence (result, slot->entry, slot->julian, slot->origin, slot->time);
      if (max > 0 && result->len > max)
        {
          set_too_many (error, from, to, max, NULL);
          g_array_unref (result);
          return NULL;
        }
    }
  if (result->len - run > 1)
    sort_by_title (result, run);
  n_singles = result->len;

  days = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint s = 0; s < self->series->len; s++)
    {
      KoersCalendarEntry *series = g_ptr_array_index (self->series, s);
      const Info *info = g_hash_table_lookup (self->info, series);
      gboolean complete = TRUE;
      guint series_max = KOERS_CALENDAR_INDEX_MAX_PER_SERIES;

      if (max > 0)
        {
          /* what is left, and one more to see that there are more; the
           * skipped and replaced days count in the expansion, not here */
          guint64 left = (guint64) max - result->len + 1 + g_hash_table_size (self->overrides) +
                         (info->skipped != NULL ? info->skipped->len : 0);

          series_max = (guint) MIN (left, G_MAXUINT);
        }
      expand_series (self, series, info, jfrom, jto, series_max, days, result, &complete);
      if (max == 0)
        continue;
      if (result->len > max || (!complete && days->len >= series_max))
        {
          set_too_many (error, from, to, max, series);
          g_array_unref (result);
          return NULL;
        }
      if (!complete)
        {
          g_autofree char *first = _koers_date_format_iso (from);
          g_autofree char *last = _koers_date_format_iso (to);

          g_set_error (error, KOERS_CALENDAR_INDEX_ERROR, KOERS_CALENDAR_INDEX_ERROR_INCOMPLETE,
                       _("Koers cannot work out every post of the series “%s” (%s) from %s to "
                         "%s: it follows a rule for at most %u steps from the first day asked "
                         "for, and a rule with a count for at most a hundred years from its "
                         "start. Choose fewer days."),
                       koers_calendar_entry_get_title (series),
                       koers_calendar_entry_get_id (series), first, last,
                       KOERS_RECURRENCE_MAX_STEPS);
          g_array_unref (result);
          return NULL;
        }
    }

  /* The singles are in order already: sort the series' occurrences alone
   * and merge the two */
  if (result->len > n_singles)
    {
      g_autoptr(GArray) merged = g_array_sized_new (FALSE, FALSE, sizeof (KoersOccurrence), result->len);
      KoersOccurrence *occurrences = (KoersOccurrence *) (gpointer) result->data;
      guint a = 0, b = n_singles;

      qsort (occurrences + n_singles, result->len - n_singles, sizeof (KoersOccurrence),
             compare_occurrence_cb);
      while (a < n_singles || b < result->len)
        {
          if (b >= result->len || (a < n_singles && compare_occurrence_cb (&occurrences[a], &occurrences[b]) <= 0))
            g_array_append_val (merged, occurrences[a++]);
          else
            g_array_append_val (merged, occurrences[b++]);
        }
      g_array_unref (result);
      return g_steal_pointer (&merged);
    }
  return result;
}

/**
 * koers_calendar_index_query:
 * @self: an index
 * @from: the first day
 * @to: the last day
 *
 * Returns: (transfer full) (element-type KoersOccurrence): the occurrences
 *   from @from to @to, both included, sorted by date, time (untimed first)
 *   and title; a series gives at most KOERS_CALENDAR_INDEX_MAX_PER_SERIES
 */
GArray *
koers_calendar_index_query (KoersCalendarIndex *self,
                            const GDate        *from,
                            const GDate        *to)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_INDEX (self), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);

  return query_days (self, from, to, 0, NULL);
}

/**
 * koers_calendar_index_query_all:
 * @self: an index
 * @from: the first day
 * @to: the last day
 * @max: the most occurrences wanted, at least 1
 * @error: a #KOERS_CALENDAR_INDEX_ERROR
 *
 * As koers_calendar_index_query(), for a table or file that must have
 * every occurrence: no series is cut. When there are more than @max
 * occurrences (TOO_MANY), or a series cannot be expanded whole
 * (INCOMPLETE: a hostile rule that would take libical too long), there is
 * no answer but an error that names the series; no more than about @max
 * occurrences are worked out either way.
 *
 * Returns: (transfer full) (element-type KoersOccurrence) (nullable): the
 *   occurrences, or %NULL with @error set
 */
GArray *
koers_calendar_index_query_all (KoersCalendarIndex  *self,
                                const GDate         *from,
                                const GDate         *to,
                                guint                max,
                                GError             **error)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_INDEX (self), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);
  g_return_val_if_fail (max > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return query_days (self, from, to, max, error);
}

/**
 * koers_calendar_index_count:
 *
 * Returns: the number of occurrences koers_calendar_index_query() returns
 */
guint
koers_calendar_index_count (KoersCalendarIndex *self,
                            const GDate        *from,
                            const GDate        *to)
{
  g_autoptr(GArray) series_days = NULL;
  g_autoptr(GArray) days = NULL;
  guint32 jfrom, jto;
  guint count;

  g_return_val_if_fail (KOERS_IS_CALENDAR_INDEX (self), 0);
  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  jfrom = g_date_get_julian (from);
  jto = g_date_get_julian (to);
  if (jfrom > jto)
    return 0;
  ensure_indexed (self);

  count = lower_bound (self->singles, jto + 1, G_MININT) - lower_bound (self->singles, jfrom, G_MININT);
  series_days = g_array_new (FALSE, FALSE, sizeof (KoersOccurrence));
  days = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint s = 0; s < self->series->len; s++)
    {
      KoersCalendarEntry *series = g_ptr_array_index (self->series, s);

      gboolean complete;

      expand_series (self, series, g_hash_table_lookup (self->info, series), jfrom, jto,
                     KOERS_CALENDAR_INDEX_MAX_PER_SERIES, days, series_days, &complete);
    }
  return count + series_days->len;
}

KoersCalendarEntry *
koers_calendar_index_get_override (KoersCalendarIndex *self,
                                   KoersCalendarEntry *series,
                                   const GDate        *origin)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (KOERS_IS_CALENDAR_INDEX (self), NULL);
  g_return_val_if_fail (KOERS_IS_CALENDAR_ENTRY (series), NULL);
  g_return_val_if_fail (origin != NULL && g_date_valid (origin), NULL);

  ensure_indexed (self);
  key = override_key (koers_calendar_entry_get_id (series), g_date_get_julian (origin));
  return g_hash_table_lookup (self->overrides, key);
}

KoersCalendarEntry *
koers_calendar_index_find_series (KoersCalendarIndex *self,
                                  const char         *id)
{
  g_return_val_if_fail (KOERS_IS_CALENDAR_INDEX (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  ensure_indexed (self);
  return g_hash_table_lookup (self->series_by_id, id);
}
