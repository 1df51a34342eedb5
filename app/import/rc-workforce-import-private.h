/* rc-workforce-import-private.h: the plan, as its reader fills it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-workforce-import.h"

G_BEGIN_DECLS

struct _RcWorkforceImport
{
  GObject    parent_instance;

  RcStore   *store;
  char      *file_name;
  GPtrArray *rows[RC_IMPORT_N_ROW_KINDS];  /* of RcImportRow, in file order */
  guint      n_skipped[RC_IMPORT_N_SKIPS];
  guint      n_rounded_to_zero;
  guint      n_cleared;         /* stored figures marked not available */
  guint      n_clearing_rows;
  guint      n_kept_blank;      /* stored figures whose cells are blank */
  gboolean   applied;
  guint      n_warnings;                   /* added and updated rows with a warning */
};

/* Reads @data into @plan, after emptying it, matching rows against
 * @reader, the store or a worker's connection to it
 * (rc-workforce-import-parse.c). */
gboolean           rc_workforce_import_read          (RcWorkforceImport *plan,
                                                      RcStore           *reader,
                                                      const char        *data,
                                                      gsize              length,
                                                      RcProgress        *progress,
                                                      GError           **error);
/* Empties the plan's rows and counts. */
void               rc_workforce_import_clear         (RcWorkforceImport *plan);
/* The RcImportPlan interface (rc-workforce-import-plan.c). */
void               rc_workforce_import_plan_init     (RcImportPlanInterface *iface);
/* A new row of @kind at the end of its list, its figures missing. */
RcImportRow       *rc_workforce_import_add_row       (RcWorkforceImport *plan,
                                                      RcImportRowKind    kind,
                                                      guint              line);
void               rc_workforce_import_add_malformed (RcWorkforceImport *plan,
                                                      guint              line,
                                                      const char        *area_name,
                                                      gint64             year,
                                                      const char        *message);
/* Takes @message. */
void               rc_workforce_import_add_skipped   (RcWorkforceImport *plan,
                                                      guint              line,
                                                      RcImportSkip       skip,
                                                      const char        *area_name,
                                                      const char        *code,
                                                      gint64             year,
                                                      char              *message);

G_END_DECLS
