/* rc-import-rows.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include "rc-import-rows.h"
#include "rc-preview-row.h"

struct _RcImportRows
{
  GObject          parent_instance;

  RcImportRowKind  kind;
  RcImportPlan    *plan;
  guint            n_items;
};

static GType
get_item_type (GListModel *model)
{
  return RC_TYPE_PREVIEW_ROW;
}

static guint
get_n_items (GListModel *model)
{
  return RC_IMPORT_ROWS (model)->n_items;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  RcImportRows *self = RC_IMPORT_ROWS (model);
  RcImportRowText text = { 0, };
  RcPreviewRow *item;

  if (position >= self->n_items)
    return NULL;

  /* The texts are copied: an item never points into the plan. */
  rc_import_plan_get_row_text (self->plan, self->kind, position, &text);
  item = rc_preview_row_new (text.heading, text.line_label, text.message);
  rc_preview_row_set_warning (item, text.warning);
  rc_import_row_text_clear (&text);

  return item;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (RcImportRows, rc_import_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
rc_import_rows_dispose (GObject *object)
{
  RcImportRows *self = RC_IMPORT_ROWS (object);

  g_clear_object (&self->plan);

  G_OBJECT_CLASS (rc_import_rows_parent_class)->dispose (object);
}

static void
rc_import_rows_class_init (RcImportRowsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rc_import_rows_dispose;
}

static void
rc_import_rows_init (RcImportRows *self)
{
}

RcImportRows *
rc_import_rows_new (RcImportRowKind kind)
{
  RcImportRows *self;

  g_return_val_if_fail ((guint) kind < RC_IMPORT_N_ROW_KINDS, NULL);

  self = g_object_new (RC_TYPE_IMPORT_ROWS, NULL);
  self->kind = kind;

  return self;
}

void
rc_import_rows_set_plan (RcImportRows *self,
                         RcImportPlan *plan)
{
  guint removed;

  g_return_if_fail (RC_IS_IMPORT_ROWS (self));
  g_return_if_fail (plan == NULL || RC_IS_IMPORT_PLAN (plan));

  removed = self->n_items;
  g_set_object (&self->plan, plan);
  self->n_items = plan != NULL ? rc_import_plan_get_n_rows (plan, self->kind) : 0;
  if (removed > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);
}
