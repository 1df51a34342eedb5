/* rc-preview-row.c: one row of the import preview
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include "model/rc-csv.h"
#include "rc-preview-row.h"

/* What a row shows is read from a file, which may hold anything: a
 * message quotes at most 80 characters of a cell, so 400 is ample, and a
 * row stays a row. */
#define MAX_MESSAGE_CHARS 400

struct _RcPreviewRow
{
  GObject  parent_instance;

  char    *heading;
  char    *line_label;
  char    *message;
  char    *warning;
};

G_DEFINE_FINAL_TYPE (RcPreviewRow, rc_preview_row, G_TYPE_OBJECT)

enum {
  ITEM_PROP_0,
  ITEM_PROP_HEADING,
  ITEM_PROP_LINE_LABEL,
  ITEM_PROP_MESSAGE,
  ITEM_PROP_WARNING,
  ITEM_PROP_HAS_WARNING,
  ITEM_N_PROPS
};
static GParamSpec *item_properties [ITEM_N_PROPS];

static void
rc_preview_row_finalize (GObject *object)
{
  RcPreviewRow *self = RC_PREVIEW_ROW (object);

  g_free (self->heading);
  g_free (self->line_label);
  g_free (self->message);
  g_free (self->warning);

  G_OBJECT_CLASS (rc_preview_row_parent_class)->finalize (object);
}

static void
rc_preview_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RcPreviewRow *self = RC_PREVIEW_ROW (object);

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

    case ITEM_PROP_WARNING:
      g_value_set_string (value, self->warning != NULL ? self->warning : "");
      break;

    case ITEM_PROP_HAS_WARNING:
      g_value_set_boolean (value, self->warning != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_preview_row_class_init (RcPreviewRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_preview_row_finalize;
  object_class->get_property = rc_preview_row_get_property;

  item_properties [ITEM_PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  item_properties [ITEM_PROP_LINE_LABEL] =
    g_param_spec_string ("line-label", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  item_properties [ITEM_PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  item_properties [ITEM_PROP_WARNING] =
    g_param_spec_string ("warning", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  item_properties [ITEM_PROP_HAS_WARNING] =
    g_param_spec_boolean ("has-warning", NULL, NULL, FALSE, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
rc_preview_row_init (RcPreviewRow *self)
{
}

RcPreviewRow *
rc_preview_row_new (const char *heading,
                    const char *line_label,
                    const char *message)
{
  RcPreviewRow *self = g_object_new (RC_TYPE_PREVIEW_ROW, NULL);

  self->heading = rc_csv_shorten (heading, RC_CSV_MESSAGE_MAX_CHARS);
  self->line_label = g_strdup (line_label);
  self->message = rc_csv_shorten (message, MAX_MESSAGE_CHARS);

  return self;
}

void
rc_preview_row_set_warning (RcPreviewRow *self,
                            const char   *warning)
{
  g_return_if_fail (RC_IS_PREVIEW_ROW (self));

  g_clear_pointer (&self->warning, g_free);
  /* A sign as well as a colour, as the rates have. */
  if (warning != NULL)
    self->warning = g_strconcat ("⚠ ", warning, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), item_properties [ITEM_PROP_WARNING]);
  g_object_notify_by_pspec (G_OBJECT (self), item_properties [ITEM_PROP_HAS_WARNING]);
}
