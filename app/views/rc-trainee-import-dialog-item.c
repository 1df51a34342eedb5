/* rc-trainee-import-dialog-item.c: one row of the import preview
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-trainee-import-dialog-private.h"

struct _RcTraineeImportItem
{
  GObject  parent_instance;

  char    *heading;
  char    *line_label;
  char    *message;
};

G_DEFINE_FINAL_TYPE (RcTraineeImportItem, rc_trainee_import_item, G_TYPE_OBJECT)

enum { ITEM_PROP_0, ITEM_PROP_HEADING, ITEM_PROP_LINE_LABEL, ITEM_PROP_MESSAGE, ITEM_N_PROPS };
static GParamSpec *item_properties [ITEM_N_PROPS];

static void
rc_trainee_import_item_finalize (GObject *object)
{
  RcTraineeImportItem *self = RC_TRAINEE_IMPORT_ITEM (object);

  g_free (self->heading);
  g_free (self->line_label);
  g_free (self->message);

  G_OBJECT_CLASS (rc_trainee_import_item_parent_class)->finalize (object);
}

static void
rc_trainee_import_item_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RcTraineeImportItem *self = RC_TRAINEE_IMPORT_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;

    case ITEM_PROP_LINE_LABEL:
      g_value_set_string (value, self->line_label);
      break;

    case ITEM_PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_trainee_import_item_class_init (RcTraineeImportItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_trainee_import_item_finalize;
  object_class->get_property = rc_trainee_import_item_get_property;

  item_properties [ITEM_PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  item_properties [ITEM_PROP_LINE_LABEL] =
    g_param_spec_string ("line-label", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  item_properties [ITEM_PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
rc_trainee_import_item_init (RcTraineeImportItem *self)
{
}

RcTraineeImportItem *
rc_trainee_import_item_new (const RcTraineeRow *row)
{
  RcTraineeImportItem *self = g_object_new (RC_TYPE_TRAINEE_IMPORT_ITEM, NULL);

  /* By reference only: the preview may be on a shared screen. */
  self->heading = g_strdup (row->reference[0] != '\0' ? row->reference : _("No reference"));
  self->line_label = g_strdup_printf (_("Line %u"), row->line);
  self->message = g_strdup (row->message != NULL ? row->message : "");

  return self;
}
