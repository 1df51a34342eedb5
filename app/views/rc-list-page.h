/* rc-list-page.h: what the Councils, Cohorts, Bids and Trends pages share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_LIST_PAGE (rc_list_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (RcListPage, rc_list_page, RC, LIST_PAGE, AdwBin)

/**
 * RcListPageClass:
 * @entities: the kinds of record whose "changed" reloads the page, as
 *   RC_ENTITY_BIT (RC_ENTITY_BID) | …; a burst of them reloads it once
 * @begin_load: main thread: what the worker needs, copied from the
 *   widgets (the page's search or choices), or NULL
 * @free_request: frees what @begin_load returned
 * @load: worker thread: reads the page's data from a reader of the store;
 *   never touches a widget
 * @free_result: frees what @load returned
 * @finish_load: main thread: shows @result, which it may steal from; it
 *   is NULL when there is no store or the read failed (the window's banner
 *   says why). The list's selection is kept by id around it.
 * @store_changed: the page has another store (or none): hand it to the
 *   details
 * @search_changed: the search text changed (rc_list_page_get_search())
 * @get_item_id: the id of an item of the list, to keep it selected
 * @may_show_detail: whether a click or Enter may go to the detail now
 * @focus_search: Ctrl+F; by default, the list's search
 *
 * A page reads in a worker and shows a spinner until the first answer;
 * while it reads again it shows what it had. Its write actions, set with
 * rc_write_action_set_enabled(), are insensitive while its store is
 * not writable: being checked for damage, or damaged (rc-write-actions.c).
 */
struct _RcListPageClass
{
  AdwBinClass      parent_class;

  guint            entities;

  gpointer       (*begin_load)      (RcListPage   *self);
  GDestroyNotify   free_request;
  RcStoreReadFunc  load;
  GDestroyNotify   free_result;
  void           (*finish_load)     (RcListPage   *self,
                                     gpointer      result);
  void           (*store_changed)   (RcListPage   *self,
                                     RcStore      *store);
  void           (*search_changed)  (RcListPage   *self);
  gint64         (*get_item_id)     (gpointer      item);
  gboolean       (*may_show_detail) (RcListPage   *self);
  void           (*focus_search)    (RcListPage   *self);

  gpointer         padding[4];
};

/* Installs "@prefix.back" (Alt+Left: the list of a folded page) and
 * "@prefix.focus-search" (Ctrl+F) on a page's class. */
void        rc_list_page_class_install_navigation (RcListPageClass *klass,
                                                   const char      *prefix);

RcStore    *rc_list_page_get_store       (RcListPage     *self);
void        rc_list_page_set_store       (RcListPage     *self,
                                          RcStore        *store);
/* Whether the page is reading, or about to, or one of the loaders it
 * watches is. */
gboolean    rc_list_page_get_loading     (RcListPage     *self);
/* Counts @loader (an RcLoader of the page's, for what it reads after its
 * list) in "loading". */
void        rc_list_page_watch_loader    (RcListPage     *self,
                                          gpointer        loader);
/* Whether the store is there and writable. */
gboolean    rc_list_page_get_writable    (RcListPage     *self);
/* Reads the page again, in a worker. */
void        rc_list_page_reload          (RcListPage     *self);

/* Parts a page's template has, given from its init. */
void        rc_list_page_set_leaflet     (RcListPage         *self,
                                          AdwLeaflet         *leaflet,
                                          GtkWidget          *back_button);
/* The list: @view shows @shown (the page's items after its search and
 * filters), a few more rows each frame when a long list arrives
 * (rc-reveal-model.c); Enter or a click on a row of a folded page goes to
 * the detail. Returns the view's selection (transfer full), whose
 * positions are those of @shown. */
GtkSingleSelection *rc_list_page_set_list (RcListPage        *self,
                                          GtkListView        *view,
                                          GListModel         *shown);
/* What the page shows after its search, for a page with no list view
 * (rc_list_page_set_list() sets it too), and for tests. */
void        rc_list_page_set_shown       (RcListPage         *self,
                                          GListModel         *shown);
GListModel *rc_list_page_get_shown       (RcListPage         *self);
void        rc_list_page_set_search_entry (RcListPage        *self,
                                          GtkSearchEntry     *entry);
/* The stack whose child named "loading" (a spinner) is shown until the
 * page's first answer. */
void        rc_list_page_set_loading_stack (RcListPage       *self,
                                          GtkStack           *stack);

/* Puts @items (of @store's item type) in @store, replacing only the run
 * between the items at both ends that @same says are shown alike: after
 * a change, a list view keeps the rows of the items that did not change
 * rather than building and measuring 200 rows again. */
void        rc_list_page_update_items    (GListStore     *store,
                                          GPtrArray      *items,
                                          GEqualFunc      same);

/* The search, folded for comparison (never NULL), and setting it at once
 * (search entries wait a moment before saying so; a page should not). */
const char *rc_list_page_get_search      (RcListPage     *self);
void        rc_list_page_set_search      (RcListPage     *self,
                                          const char     *text);
/* Whether the first answer for this store has been shown: a page opens
 * on a chosen item only then. */
gboolean    rc_list_page_get_opened      (RcListPage     *self);

/* The id of the item selected in the list, or 0; selecting the item of
 * @id in the list (FALSE when it is not shown; while the list is being
 * read, it is selected when the list arrives, and TRUE). */
gint64      rc_list_page_get_selected_id (RcListPage     *self);
gboolean    rc_list_page_select_id       (RcListPage     *self,
                                          gint64          id);
/* The same, and when the list does not have it yet (it was just saved),
 * when the list has been read again. */
void        rc_list_page_select_id_when_loaded (RcListPage *self,
                                          gint64          id);

G_END_DECLS
