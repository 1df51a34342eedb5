/* rc-councils-read.h: what the Councils and Trends pages both read
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/rc-store.h"

G_BEGIN_DECLS

/* The councils with their figures and the consortia with their members:
 * both pages list the councils, choose them by consortium, and say which
 * have figures. */
typedef struct
{
  GListModel *councils;
  GListModel *latest;     /* each council's latest return (rc_store_list_latest_returns()) */
  GListModel *consortia;
  GHashTable *members;    /* consortium id -> GListModel of its RcConsortiumMember */
} RcCouncilsRead;

/* Reads all of @read in a worker, on @reader, a connection of its own.
 * FALSE with @error set when a read fails; rc_councils_read_clear()
 * frees what was read either way. */
gboolean rc_councils_read       (RcCouncilsRead  *read,
                                 RcStore         *reader,
                                 GError         **error);
void     rc_councils_read_clear (RcCouncilsRead  *read);

G_END_DECLS
