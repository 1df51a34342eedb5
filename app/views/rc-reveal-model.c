/* rc-reveal-model.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's list view builds a row widget for up to 200 items at once,
 * whichever are on screen, and lays them all out in the next frame. The
 * cohort list's rows wrap their labels: 863 cohorts arriving at once cost
 * that frame 0.5 to 1.5 s. This model lets the view have a few items
 * more each frame, so that it builds and lays out its rows a few at a
 * time: the first rows show at once and the window keeps drawing.
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-reveal-model.h"

/* Rows built and laid out in one frame: about 50 ms of the cohort list's
 * on a loaded two-core machine. */
#define STEP 10
/* GTK 4.8 builds no more rows than this, however long the list: past it
 * the rest of the items cost nothing to show. */
#define MAX_ROWS 200

struct _RcRevealModel
{
  GObject     parent_instance;

  GListModel *model;
  GWeakRef    widget;
  guint       step;       /* items added each frame */
  guint       limit;      /* items shown: the first @limit of the model */
  guint       n_items;    /* of the model, as last told */
  guint       tick;
  /* Out of sight (rc_reveal_model_conceal()): fewer items every few ms */
  gboolean    hidden;
  guint       keep;       /* the item kept while hidden, or none */
  guint       conceal;
};

static void rc_reveal_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcRevealModel, rc_reveal_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rc_reveal_model_list_model_init))

enum { PROP_0, PROP_COMPLETE, N_PROPS };
static GParamSpec *properties [N_PROPS];

static guint
shown (RcRevealModel *self,
       guint          n_items)
{
  return MIN (self->limit, n_items);
}

static GType
rc_reveal_model_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (RC_REVEAL_MODEL (list)->model);
}

static guint
rc_reveal_model_get_n_items (GListModel *list)
{
  RcRevealModel *self = RC_REVEAL_MODEL (list);

  return shown (self, self->n_items);
}

static gpointer
rc_reveal_model_get_item (GListModel *list,
                          guint       position)
{
  RcRevealModel *self = RC_REVEAL_MODEL (list);

  if (position >= shown (self, self->n_items))
    return NULL;

  return g_list_model_get_item (self->model, position);
}

static void
rc_reveal_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rc_reveal_model_get_item_type;
  iface->get_n_items = rc_reveal_model_get_n_items;
  iface->get_item = rc_reveal_model_get_item;
}

gboolean
rc_reveal_model_get_complete (RcRevealModel *self)
{
  g_return_val_if_fail (RC_IS_REVEAL_MODEL (self), TRUE);

  /* Out of sight, nothing is waiting to be shown. */
  return self->hidden || self->limit >= self->n_items;
}

static void
stop_ticking (RcRevealModel *self)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&self->widget);

  if (self->tick != 0 && widget != NULL)
    gtk_widget_remove_tick_callback (widget, self->tick);
  self->tick = 0;
}

/* Shows the first @limit items, telling the view of those added. */
static void
set_limit (RcRevealModel *self,
           guint          limit)
{
  gboolean was_complete = rc_reveal_model_get_complete (self);
  guint before = shown (self, self->n_items);

  self->limit = limit;
  if (shown (self, self->n_items) > before)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, shown (self, self->n_items) - before);
  if (rc_reveal_model_get_complete (self))
    stop_ticking (self);
  if (was_complete != rc_reveal_model_get_complete (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPLETE]);
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  RcRevealModel *self = data;

  /* Past the rows GTK builds, the rest at once. */
  if (self->limit + self->step >= MAX_ROWS)
    {
      self->tick = 0;
      set_limit (self, G_MAXUINT);
      return G_SOURCE_REMOVE;
    }

  set_limit (self, self->limit + self->step);
  if (rc_reveal_model_get_complete (self))
    {
      /* Every item shown: a few more later come at once. */
      self->limit = G_MAXUINT;
      self->tick = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
start_ticking (RcRevealModel *self)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&self->widget);

  if (self->tick == 0 && widget != NULL && !rc_reveal_model_get_complete (self))
    self->tick = gtk_widget_add_tick_callback (widget, on_tick, self, NULL);
}

void
rc_reveal_model_reveal (RcRevealModel *self,
                        guint          position)
{
  g_return_if_fail (RC_IS_REVEAL_MODEL (self));

  if (position < self->limit)
    return;

  set_limit (self, position + 1);
}

void
rc_reveal_model_restart (RcRevealModel *self,
                         guint          keep)
{
  guint limit = self->step, before, after;
  gboolean was_complete;

  g_return_if_fail (RC_IS_REVEAL_MODEL (self));

  was_complete = rc_reveal_model_get_complete (self);
  g_clear_handle_id (&self->conceal, g_source_remove);
  self->hidden = FALSE;
  if (keep != GTK_INVALID_LIST_POSITION)
    limit = MAX (limit, keep + 1);
  if (limit >= shown (self, self->n_items))
    {
      if (was_complete != rc_reveal_model_get_complete (self))
        g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPLETE]);
      start_ticking (self);
      return;
    }

  before = shown (self, self->n_items);
  self->limit = limit;
  after = shown (self, self->n_items);
  g_list_model_items_changed (G_LIST_MODEL (self), after, before - after, 0);
  if (was_complete != rc_reveal_model_get_complete (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPLETE]);
  start_ticking (self);
}

/* Rows taken from the view each time, about a frame apart: freeing a
 * trainee row's nineteen cells costs about as much as building them. */
#define CONCEAL_STEP 8
#define CONCEAL_MS 16

static gboolean
conceal_some (gpointer data)
{
  RcRevealModel *self = data;
  guint target = self->keep != GTK_INVALID_LIST_POSITION ? self->keep + 1 : 0;
  guint before = shown (self, self->n_items), after;

  /* Past the rows GTK builds, the items cost nothing to take away. */
  after = MIN (before, MAX_ROWS);
  after = after > target + CONCEAL_STEP ? after - CONCEAL_STEP : target;
  after = MAX (after, target);
  if (after < before)
    {
      self->limit = after;
      g_list_model_items_changed (G_LIST_MODEL (self), after, before - after, 0);
    }
  if (after > target)
    return G_SOURCE_CONTINUE;

  self->conceal = 0;
  return G_SOURCE_REMOVE;
}

void
rc_reveal_model_conceal (RcRevealModel *self,
                         guint          keep)
{
  gboolean was_complete;

  g_return_if_fail (RC_IS_REVEAL_MODEL (self));

  was_complete = rc_reveal_model_get_complete (self);
  stop_ticking (self);
  self->hidden = TRUE;
  self->keep = keep;
  if (self->conceal == 0)
    self->conceal = g_timeout_add (CONCEAL_MS, conceal_some, self);
  if (was_complete != rc_reveal_model_get_complete (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPLETE]);
}

static void
on_items_changed (RcRevealModel *self,
                  guint          position,
                  guint          removed,
                  guint          added)
{
  gboolean was_complete = rc_reveal_model_get_complete (self);
  guint old_n = self->n_items;
  guint old_limit = self->limit;
  guint old_shown = shown (self, old_n);
  guint new_shown;
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&self->widget);

  self->n_items = g_list_model_get_n_items (self->model);
  /* An empty list, or one replaced whole (another cohort's trainees),
   * starts again from its first few; out of sight, there are no frames
   * to build its rows a few at a time in. */
  if (self->n_items == 0 || (position == 0 && removed == old_n && added > self->step))
    self->limit = MIN (self->limit, self->step);
  /* Many more after those shown (the 100,000 trainees of an import, or
   * a search cleared, which RcSlotModel tells as the list growing at its
   * end): those a few a frame too, not 84 rows more in one frame. */
  else if (added > removed + self->step && position <= old_shown)
    self->limit = MIN (self->limit, old_shown + self->step);
  if (self->n_items > 0 && !self->hidden && (widget == NULL || !gtk_widget_get_mapped (widget)))
    self->limit = G_MAXUINT;
  new_shown = shown (self, self->n_items);

  if (old_limit >= old_n && self->limit >= self->n_items)
    /* Every item was and is shown: as it is. */
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  else if (position < MAX (old_shown, new_shown))
    /* The items shown from @position on may all be others now. */
    g_list_model_items_changed (G_LIST_MODEL (self), position,
                                old_shown > position ? old_shown - position : 0,
                                new_shown > position ? new_shown - position : 0);

  if (was_complete != rc_reveal_model_get_complete (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPLETE]);
  if (rc_reveal_model_get_complete (self))
    stop_ticking (self);
  else
    start_ticking (self);
}

void
rc_reveal_model_set_step (RcRevealModel *self,
                          guint          step)
{
  g_return_if_fail (RC_IS_REVEAL_MODEL (self));
  g_return_if_fail (step > 0);

  if (self->limit == self->step)
    self->limit = step;
  self->step = step;
}

GListModel *
rc_reveal_model_get_model (RcRevealModel *self)
{
  g_return_val_if_fail (RC_IS_REVEAL_MODEL (self), NULL);

  return self->model;
}

static void
rc_reveal_model_dispose (GObject *object)
{
  RcRevealModel *self = RC_REVEAL_MODEL (object);

  stop_ticking (self);
  g_clear_handle_id (&self->conceal, g_source_remove);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (rc_reveal_model_parent_class)->dispose (object);
}

static void
rc_reveal_model_finalize (GObject *object)
{
  g_weak_ref_clear (&RC_REVEAL_MODEL (object)->widget);

  G_OBJECT_CLASS (rc_reveal_model_parent_class)->finalize (object);
}

static void
rc_reveal_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_COMPLETE:
      g_value_set_boolean (value, rc_reveal_model_get_complete (RC_REVEAL_MODEL (object)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_reveal_model_class_init (RcRevealModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_reveal_model_dispose;
  object_class->finalize = rc_reveal_model_finalize;
  object_class->get_property = rc_reveal_model_get_property;

  properties [PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL, TRUE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_reveal_model_init (RcRevealModel *self)
{
  g_weak_ref_init (&self->widget, NULL);
  self->step = STEP;
  self->limit = STEP;
}

RcRevealModel *
rc_reveal_model_new (GListModel *model,
                     GtkWidget  *widget)
{
  RcRevealModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  self = g_object_new (RC_TYPE_REVEAL_MODEL, NULL);
  self->model = g_object_ref (model);
  g_weak_ref_set (&self->widget, widget);
  self->n_items = g_list_model_get_n_items (model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_items_changed), self);
  start_ticking (self);

  return self;
}
