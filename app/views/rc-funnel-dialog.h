/* rc-funnel-dialog.h: the figures of a cohort's recruitment funnel that
 * are typed in
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-form-dialog.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_FUNNEL_DIALOG (rc_funnel_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcFunnelDialog, rc_funnel_dialog, RC, FUNNEL_DIALOG, RcFormDialog)

/* A modal window, transient for @parent, editing the figures typed in for
 * @cohort's funnel, and saving them in @store ("saved", then it closes).
 * Each step's title says what the trainees count there. */
GtkWidget  *rc_funnel_dialog_new               (GtkWindow      *parent,
                                                RcStore        *store,
                                                RcCohort       *cohort);

/* For tests: type as a user would. @text "" leaves the step to the
 * trainees. */
void        rc_funnel_dialog_set_count         (RcFunnelDialog *self,
                                                RcFunnelStep    step,
                                                const char     *text,
                                                gboolean        at_least);
void        rc_funnel_dialog_set_source        (RcFunnelDialog *self,
                                                const char     *text);
/* The error, else the warning, beside @step; NULL when there is none. */
const char *rc_funnel_dialog_get_message       (RcFunnelDialog *self,
                                                RcFunnelStep    step);

G_END_DECLS
