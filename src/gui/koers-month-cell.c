/* koers-month-cell.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One day of the month grid: its number, as many entry chips as fit, and
 * "+N" for the rest. The cell keeps the day's occurrences (entries
 * borrowed: the view gives it new ones whenever the index says the day
 * changed) and holds chips only for the ones it shows, taken from and given
 * back to the month view's pool. How many fit is known only once the cell
 * has a size: when that changes, the cell refills itself after the frame.
 */
#define G_LOG_DOMAIN "koers-month-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "koers-month-cell.h"
#include "koers-calendar-item.h"
#include "koers-calendar-util.h"
#include "koers-entry-chip.h"

struct _KoersMonthCell
{
  GtkWidget           parent_instance;

  GtkWidget          *day_label;
  GtkWidget          *more_button;
  GPtrArray          *chips;        /* the chips it holds, parented */
  GPtrArray          *pool;         /* the view's free chips */
  KoersChipFactory    factory;
  gpointer            factory_data;

  KoersPlan          *plan;         /* borrowed, for the chips' channels */
  GDate               date;
  KoersMonthCellFlags flags;
  GArray             *occurrences;  /* KoersOccurrence, each entry with a reference */
  GPtrArray          *selected;     /* borrowed: the view's selected entries */
  guint               capacity;     /* how many chips fit, from the last allocation */
  guint               n_shown;
  guint               refill_id;
};

G_DEFINE_FINAL_TYPE (KoersMonthCell, koers_month_cell, GTK_TYPE_WIDGET)

#define CHIP_SPACING 2
#define MAX_CHIPS    12

static void
clear_occurrence (gpointer data)
{
  KoersOccurrence *occ = data;

  g_clear_object (&occ->entry);
}

static void
update_accessible_name (KoersMonthCell *self)
{
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;
  guint n = self->occurrences->len;

  if (!g_date_valid (&self->date))
    return;
  /* "maandag 1 maart 2027" */
  /* xgettext:no-c-format */
  day = koers_calendar_format_date (&self->date, _("%A %-d %B %Y"));
  name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u post", "%s, %u posts", n), day, n);
  if (self->flags & KOERS_MONTH_CELL_TODAY)
    {
      g_autofree char *today = g_strdup_printf (_("%s, today"), name);

      g_free (name);
      name = g_steal_pointer (&today);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static gboolean
entry_is_selected (KoersMonthCell     *self,
                   KoersCalendarEntry *entry)
{
  return self->selected != NULL && g_ptr_array_find (self->selected, entry, NULL);
}

/* Gives the chips the occurrences they show, taking chips from the pool or
 * giving them back, for min (occurrences, capacity) chips. */
static void
refill (KoersMonthCell *self)
{
  guint n = self->occurrences->len;
  guint wanted = MIN (n, self->capacity);

  if (n > self->capacity && wanted > 0)
    wanted--;  /* room for "+N" */
  wanted = MIN (wanted, MAX_CHIPS);

  while (self->chips->len > wanted)
    {
      GtkWidget *chip = g_ptr_array_steal_index (self->chips, self->chips->len - 1);

      koers_entry_chip_set_item (KOERS_ENTRY_CHIP (chip), NULL, NULL);
      koers_entry_chip_set_selected (KOERS_ENTRY_CHIP (chip), FALSE);
      gtk_widget_unparent (chip);
      g_ptr_array_add (self->pool, chip);  /* the pool takes the reference */
    }
  while (self->chips->len < wanted)
    {
      GtkWidget *chip;

      if (self->pool->len > 0)
        chip = g_ptr_array_steal_index_fast (self->pool, self->pool->len - 1);
      else
        chip = g_object_ref_sink (self->factory (self->factory_data));
      gtk_widget_insert_before (chip, GTK_WIDGET (self), self->more_button);
      g_ptr_array_add (self->chips, chip);
    }

  for (guint i = 0; i < self->chips->len; i++)
    {
      const KoersOccurrence *occ = &g_array_index (self->occurrences, KoersOccurrence, i);
      g_autoptr(KoersCalendarItem) item = koers_calendar_item_new (occ);
      KoersEntryChip *chip = g_ptr_array_index (self->chips, i);

      koers_entry_chip_set_item (chip, self->plan, item);
      koers_entry_chip_set_selected (chip, entry_is_selected (self, occ->entry));
    }

  self->n_shown = self->chips->len;
  if (n > self->n_shown)
    {
      g_autofree char *more = g_strdup_printf (_("+%u"), n - self->n_shown);
      g_autofree char *name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more post: show the whole day",
                                                            "%u more posts: show the whole day",
                                                            n - self->n_shown),
                                               n - self->n_shown);

      gtk_button_set_label (GTK_BUTTON (self->more_button), more);
      koers_calendar_set_tooltip (self->more_button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->more_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_set_visible (self->more_button, TRUE);
    }
  else
    gtk_widget_set_visible (self->more_button, FALSE);
  update_accessible_name (self);
}

static gboolean
refill_idle (gpointer data)
{
  KoersMonthCell *self = data;

  self->refill_id = 0;
  refill (self);
  return G_SOURCE_REMOVE;
}

static void
koers_month_cell_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  KoersMonthCell *self = KOERS_MONTH_CELL (widget);

  /* The grid gives every cell the same size; a cell asks only for its
   * number, so that the month fits in a small window. */
  gtk_widget_measure (self->day_label, orientation, -1, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (*minimum, 24);
      *natural = MAX (*natural, 24);
    }
}

static void
koers_month_cell_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  KoersMonthCell *self = KOERS_MONTH_CELL (widget);
  int label_h, label_w, chip_h = 0, more_h = 0, more_w = 0, y;
  guint capacity;

  gtk_widget_measure (self->day_label, GTK_ORIENTATION_VERTICAL, -1, &label_h, NULL, NULL, NULL);
  gtk_widget_measure (self->day_label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &label_w, NULL, NULL);
  gtk_widget_allocate (self->day_label, MIN (label_w, width), label_h, -1, NULL);

  if (self->chips->len > 0)
    gtk_widget_measure (g_ptr_array_index (self->chips, 0), GTK_ORIENTATION_VERTICAL, -1,
                        &chip_h, NULL, NULL, NULL);
  else if (self->pool->len > 0)
    gtk_widget_measure (g_ptr_array_index (self->pool, 0), GTK_ORIENTATION_VERTICAL, -1,
                        &chip_h, NULL, NULL, NULL);
  if (chip_h <= 0)
    chip_h = label_h + 4;

  capacity = MAX (0, height - label_h) / (chip_h + CHIP_SPACING);
  capacity = MAX (capacity, 1);

  y = label_h;
  for (guint i = 0; i < self->chips->len; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);
      gboolean fits = y + chip_h <= height;

      gtk_widget_set_child_visible (chip, fits);
      if (fits)
        gtk_widget_allocate (chip, width - 2, chip_h, -1,
                             gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (1, y)));
      y += chip_h + CHIP_SPACING;
    }

  if (gtk_widget_get_visible (self->more_button))
    {
      gtk_widget_measure (self->more_button, GTK_ORIENTATION_VERTICAL, -1, &more_h, NULL, NULL, NULL);
      gtk_widget_measure (self->more_button, GTK_ORIENTATION_HORIZONTAL, -1, &more_w, NULL, NULL, NULL);
      more_h = MIN (more_h, chip_h + CHIP_SPACING);
      gtk_widget_allocate (self->more_button, MIN (more_w, width), more_h, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width - MIN (more_w, width),
                                                                                MIN (y, height - more_h))));
    }

  if (capacity != self->capacity)
    {
      self->capacity = capacity;
      if (self->refill_id == 0)
        self->refill_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, refill_idle, self, NULL);
    }
}

static void
koers_month_cell_dispose (GObject *object)
{
  KoersMonthCell *self = (KoersMonthCell *) object;

  g_clear_handle_id (&self->refill_id, g_source_remove);
  if (self->chips != NULL)
    {
      g_array_set_size (self->occurrences, 0);
      self->capacity = 0;
      refill (self);  /* back to the pool */
    }
  g_clear_pointer (&self->day_label, gtk_widget_unparent);
  g_clear_pointer (&self->more_button, gtk_widget_unparent);
  g_clear_pointer (&self->chips, g_ptr_array_unref);
  g_clear_pointer (&self->pool, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_month_cell_parent_class)->dispose (object);
}

static void
koers_month_cell_finalize (GObject *object)
{
  KoersMonthCell *self = (KoersMonthCell *) object;

  g_array_unref (self->occurrences);

  G_OBJECT_CLASS (koers_month_cell_parent_class)->finalize (object);
}

static void
koers_month_cell_class_init (KoersMonthCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_month_cell_dispose;
  object_class->finalize = koers_month_cell_finalize;
  widget_class->measure = koers_month_cell_measure;
  widget_class->size_allocate = koers_month_cell_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "koers-month-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
koers_month_cell_init (KoersMonthCell *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_date_clear (&self->date, 1);
  self->occurrences = g_array_new (FALSE, FALSE, sizeof (KoersOccurrence));
  g_array_set_clear_func (self->occurrences, clear_occurrence);
  self->chips = g_ptr_array_new_with_free_func (g_object_unref);
  self->capacity = 3;

  self->day_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->day_label), 0);
  gtk_widget_add_css_class (self->day_label, "day-number");
  gtk_widget_set_parent (self->day_label, GTK_WIDGET (self));

  self->more_button = gtk_button_new ();
  gtk_widget_add_css_class (self->more_button, "flat");
  gtk_widget_add_css_class (self->more_button, "more");
  gtk_widget_set_visible (self->more_button, FALSE);
  gtk_widget_set_parent (self->more_button, GTK_WIDGET (self));
}

/**
 * koers_month_cell_new:
 * @pool: the view's free chips (the cell takes from it and gives back)
 * @factory: makes a chip when the pool is empty
 */
GtkWidget *
koers_month_cell_new (GPtrArray        *pool,
                      KoersChipFactory  factory,
                      gpointer          factory_data)
{
  KoersMonthCell *self = g_object_new (KOERS_TYPE_MONTH_CELL, NULL);

  self->pool = g_ptr_array_ref (pool);
  self->factory = factory;
  self->factory_data = factory_data;
  return GTK_WIDGET (self);
}

static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

void
koers_month_cell_set_day (KoersMonthCell      *self,
                          const GDate         *date,
                          KoersMonthCellFlags  flags)
{
  char number[8];

  g_return_if_fail (KOERS_IS_MONTH_CELL (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->date = *date;
  self->flags = flags;
  g_snprintf (number, sizeof number, "%u", g_date_get_day (date));
  gtk_label_set_text (GTK_LABEL (self->day_label), number);
  set_class (GTK_WIDGET (self), "other-month", flags & KOERS_MONTH_CELL_OTHER_MONTH);
  set_class (GTK_WIDGET (self), "today", flags & KOERS_MONTH_CELL_TODAY);
  set_class (GTK_WIDGET (self), "in-period", flags & KOERS_MONTH_CELL_IN_PERIOD);
  set_class (GTK_WIDGET (self), "gap", flags & KOERS_MONTH_CELL_GAP);
  update_accessible_name (self);
}

const GDate *
koers_month_cell_get_date (KoersMonthCell *self)
{
  g_return_val_if_fail (KOERS_IS_MONTH_CELL (self), NULL);

  return &self->date;
}

/**
 * koers_month_cell_set_occurrences:
 * @occurrences: (array length=n_occurrences): the day's occurrences, in order
 *
 * The cell copies the array and keeps its entries alive until the view
 * gives it the day's occurrences again.
 */
void
koers_month_cell_set_occurrences (KoersMonthCell        *self,
                                  KoersPlan             *plan,
                                  const KoersOccurrence *occurrences,
                                  guint                  n_occurrences)
{
  g_return_if_fail (KOERS_IS_MONTH_CELL (self));

  self->plan = plan;
  g_array_set_size (self->occurrences, 0);
  if (n_occurrences > 0)
    g_array_append_vals (self->occurrences, occurrences, n_occurrences);
  for (guint i = 0; i < n_occurrences; i++)
    g_object_ref (g_array_index (self->occurrences, KoersOccurrence, i).entry);
  refill (self);
}

guint
koers_month_cell_get_n_occurrences (KoersMonthCell *self)
{
  g_return_val_if_fail (KOERS_IS_MONTH_CELL (self), 0);

  return self->occurrences->len;
}

const KoersOccurrence *
koers_month_cell_get_occurrence (KoersMonthCell *self,
                                 guint           index)
{
  g_return_val_if_fail (KOERS_IS_MONTH_CELL (self), NULL);
  g_return_val_if_fail (index < self->occurrences->len, NULL);

  return &g_array_index (self->occurrences, KoersOccurrence, index);
}

guint
koers_month_cell_get_n_shown (KoersMonthCell *self)
{
  g_return_val_if_fail (KOERS_IS_MONTH_CELL (self), 0);

  return self->n_shown;
}

GtkWidget *
koers_month_cell_get_chip (KoersMonthCell *self,
                           guint           index)
{
  g_return_val_if_fail (KOERS_IS_MONTH_CELL (self), NULL);

  return index < self->chips->len ? g_ptr_array_index (self->chips, index) : NULL;
}

GtkWidget *
koers_month_cell_get_more_button (KoersMonthCell *self)
{
  g_return_val_if_fail (KOERS_IS_MONTH_CELL (self), NULL);

  return self->more_button;
}

/* @selected: (element-type KoersCalendarEntry) (nullable): borrowed, kept */
void
koers_month_cell_set_selection (KoersMonthCell *self,
                                GPtrArray      *selected)
{
  g_return_if_fail (KOERS_IS_MONTH_CELL (self));

  self->selected = selected;
  for (guint i = 0; i < self->chips->len; i++)
    {
      KoersEntryChip *chip = g_ptr_array_index (self->chips, i);
      KoersCalendarItem *item = koers_entry_chip_get_item (chip);

      koers_entry_chip_set_selected (chip, item != NULL &&
                                     entry_is_selected (self, koers_calendar_item_get_entry (item)));
    }
}
