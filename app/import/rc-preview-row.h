/* rc-preview-row.h: one row of an import preview, as the text it shows
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RC_TYPE_PREVIEW_ROW (rc_preview_row_get_type ())

G_DECLARE_FINAL_TYPE (RcPreviewRow, rc_preview_row, RC, PREVIEW_ROW, GObject)

/* The texts are copied out of the import plan, so that a list item never
 * points into it. Properties "heading", "line-label" and "message" are
 * what the preview lists' templates show. */
RcPreviewRow *rc_preview_row_new (const char *heading,
                                  const char *line_label,
                                  const char *message);
/* What is allowed but unlikely about the row (NULL: nothing), shown in
 * the warning style: properties "warning" and "has-warning". Set before
 * the row is shown. */
void          rc_preview_row_set_warning (RcPreviewRow *self,
                                          const char   *warning);

G_END_DECLS
