/* rc-combo-ids.h: a combo row whose items stand for ids
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The forms offer councils, programmes, stages and statuses by name, and
 * save their ids. An RcComboIds gathers the names and the ids; applied to
 * a combo row, the names become its items and the ids stay beside them.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct _RcComboIds RcComboIds;

RcComboIds *rc_combo_ids_new         (void);
void        rc_combo_ids_free        (RcComboIds  *ids);
/* Adds @label for @id, unless @id is there already. */
void        rc_combo_ids_add         (RcComboIds  *ids,
                                      gint64       id,
                                      const char  *label);
/* Adds each of @items (programmes or consortia) by its id and name. */
void        rc_combo_ids_add_all     (RcComboIds  *ids,
                                      GListModel  *items);
/* Makes @ids (freed) the items of @row, and chooses @chosen's item, or
 * the first when @chosen is not among them. */
void        rc_combo_ids_apply       (RcComboIds  *ids,
                                      AdwComboRow *row,
                                      gint64       chosen);
/* The id of the item chosen in @row, or @none when there is none. */
gint64      rc_combo_ids_get_chosen  (AdwComboRow *row,
                                      gint64       none);
/* Chooses @id's item; FALSE when @row has none. */
gboolean    rc_combo_ids_choose      (AdwComboRow *row,
                                      gint64       id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcComboIds, rc_combo_ids_free)

G_END_DECLS
