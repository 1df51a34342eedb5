/* rc-reveal-model.h: a long list's items, shown a few more each frame
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RC_TYPE_REVEAL_MODEL (rc_reveal_model_get_type ())

G_DECLARE_FINAL_TYPE (RcRevealModel, rc_reveal_model, RC, REVEAL_MODEL, GObject)

/* The first items of @model, more of them each frame of @widget (which
 * is not kept alive by the model) until every one is, starting again
 * whenever @model empties. */
RcRevealModel *rc_reveal_model_new          (GListModel    *model,
                                             GtkWidget     *widget);
/* Items added each frame: 10 unless set. A table whose rows hold many
 * cells takes fewer. */
void           rc_reveal_model_set_step     (RcRevealModel *self,
                                             guint          step);
GListModel    *rc_reveal_model_get_model    (RcRevealModel *self);
/* Shows the items up to @position of the model at once. */
void           rc_reveal_model_reveal       (RcRevealModel *self,
                                             guint          position);
/* Shows only the first few items again, and those up to @keep (none:
 * GTK_INVALID_LIST_POSITION), then more each frame: for a view shown
 * again, which builds its rows a few at a time. */
void           rc_reveal_model_restart      (RcRevealModel *self,
                                             guint          keep);
/* Out of sight: gives the view fewer items every few milliseconds, down
 * to those up to @keep (none: GTK_INVALID_LIST_POSITION), so that it
 * frees its rows a few at a time; rc_reveal_model_restart() shows them
 * again. Counts as complete meanwhile. */
void           rc_reveal_model_conceal      (RcRevealModel *self,
                                             guint          keep);
/* Whether every item is shown; "notify::complete" says when. */
gboolean       rc_reveal_model_get_complete (RcRevealModel *self);

G_END_DECLS
