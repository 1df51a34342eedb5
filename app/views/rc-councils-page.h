/* rc-councils-page.h: the partner councils, their consortia and returns
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-list-page.h"

G_BEGIN_DECLS

#define RC_TYPE_COUNCILS_PAGE (rc_councils_page_get_type ())

G_DECLARE_FINAL_TYPE (RcCouncilsPage, rc_councils_page, RC, COUNCILS_PAGE, RcListPage)

GtkWidget  *rc_councils_page_new             (void);
void        rc_councils_page_select_council  (RcCouncilsPage *self,
                                              gint64          id);
GtkWidget  *rc_councils_page_get_detail      (RcCouncilsPage *self);
/* The consortium the list is filtered by, or 0 for none. */
gint64      rc_councils_page_get_consortium  (RcCouncilsPage *self);

G_END_DECLS
