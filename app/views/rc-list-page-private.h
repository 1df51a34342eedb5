/* rc-list-page-private.h: what the files of RcListPage share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-list-page.h"
#include "rc-loader.h"
#include "rc-reveal-model.h"

G_BEGIN_DECLS

typedef struct
{
  RcStore             *store;
  RcLoader            *loader;
  GPtrArray           *watched;    /* the page's other loaders */
  guint                reload_source;
  gboolean             opened;     /* the first answer for this store is shown */
  gboolean             stale;      /* changed while out of sight */
  gint64               select_after_load;
  gboolean             writable;
  char                *search;     /* folded */

  /* parts of the page's template */
  AdwLeaflet          *leaflet;
  GtkWidget           *back_button;
  GListModel          *shown;      /* the items after the search */
  GtkSingleSelection  *selection;
  RcRevealModel       *reveal;
  GtkListView         *view;
  GtkSearchEntry      *search_entry;
  GtkStack            *loading_stack;
} RcListPagePrivate;

RcListPagePrivate *rc_list_page_get_private  (RcListPage *self);
/* Tells that "loading" may have changed. */
void               rc_list_page_busy_changed (RcListPage *self);

G_END_DECLS
