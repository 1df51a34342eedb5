/* rc-store-councils.h: regions, councils, consortia and their members
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"

G_BEGIN_DECLS

GListModel         *rc_store_list_regions            (RcStore             *self,
                                                      GError             **error);
/* Every council, current and former, sorted by name. */
GListModel         *rc_store_list_councils           (RcStore             *self,
                                                      GError             **error);
RcCouncil          *rc_store_get_council             (RcStore             *self,
                                                      gint64               id,
                                                      GError             **error);
/* By ONS GSS code; NULL without an error when there is none. */
RcCouncil          *rc_store_find_council_by_code    (RcStore             *self,
                                                      const char          *gss_code,
                                                      GError             **error);
/* Inserts when council->id is 0 (and sets it), updates otherwise. */
gboolean            rc_store_save_council            (RcStore             *self,
                                                      RcCouncil           *council,
                                                      GError             **error);
gboolean            rc_store_delete_council          (RcStore             *self,
                                                      gint64               id,
                                                      GError             **error);

GListModel         *rc_store_list_consortia          (RcStore             *self,
                                                      GError             **error);
RcConsortium       *rc_store_get_consortium          (RcStore             *self,
                                                      gint64               id,
                                                      GError             **error);
gboolean            rc_store_save_consortium         (RcStore             *self,
                                                      RcConsortium        *consortium,
                                                      GError             **error);
gboolean            rc_store_delete_consortium       (RcStore             *self,
                                                      gint64               id,
                                                      GError             **error);

/* Members of a consortium, current and past, by joining date. */
GListModel         *rc_store_list_members            (RcStore             *self,
                                                      gint64               consortium_id,
                                                      GError             **error);
/* The consortia a council belongs or belonged to (council_name holds the
 * consortium's name there). */
GListModel         *rc_store_list_memberships        (RcStore             *self,
                                                      gint64               council_id,
                                                      GError             **error);
gboolean            rc_store_save_member             (RcStore             *self,
                                                      RcConsortiumMember  *member,
                                                      GError             **error);
gboolean            rc_store_delete_member           (RcStore             *self,
                                                      gint64               id,
                                                      GError             **error);

G_END_DECLS
