/* rc-filter-model.h: the items of a list that pass a test, kept in an array
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RC_TYPE_FILTER_MODEL (rc_filter_model_get_type ())

G_DECLARE_FINAL_TYPE (RcFilterModel, rc_filter_model, RC, FILTER_MODEL, GObject)

/* Whether @item is shown. */
typedef gboolean (*RcFilterModelFunc) (gpointer item,
                                       gpointer user_data);

RcFilterModel *rc_filter_model_new      (GListModel        *model,
                                         RcFilterModelFunc  func,
                                         gpointer           user_data);
GListModel    *rc_filter_model_get_model (RcFilterModel    *self);
/* Tests every item again. @change says, as for a GtkFilter, whether the
 * test can only have hidden items (MORE_STRICT: only the items shown are
 * tested), only shown them (LESS_STRICT: only the hidden ones), or either. */
void           rc_filter_model_refilter (RcFilterModel     *self,
                                         GtkFilterChange    change);
/* Where @item is shown, or GTK_INVALID_LIST_POSITION. */
guint          rc_filter_model_find     (RcFilterModel     *self,
                                         gpointer           item);

G_END_DECLS
