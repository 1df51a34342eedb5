/* rc-list-slot.c: one position of a list, showing whichever item is there
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-list-slot.h"

struct _RcListSlot
{
  GObject   parent_instance;

  GObject  *item;
};

G_DEFINE_FINAL_TYPE (RcListSlot, rc_list_slot, G_TYPE_OBJECT)

enum { PROP_0, PROP_ITEM, N_PROPS };
static GParamSpec *properties [N_PROPS];

RcListSlot *
rc_list_slot_new (gpointer item)
{
  g_return_val_if_fail (item == NULL || G_IS_OBJECT (item), NULL);

  return g_object_new (RC_TYPE_LIST_SLOT, "item", item, NULL);
}

gpointer
rc_list_slot_get_item (RcListSlot *self)
{
  g_return_val_if_fail (RC_IS_LIST_SLOT (self), NULL);

  return self->item;
}

void
rc_list_slot_set_item (RcListSlot *self,
                       gpointer    item)
{
  g_return_if_fail (RC_IS_LIST_SLOT (self));
  g_return_if_fail (item == NULL || G_IS_OBJECT (item));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
rc_list_slot_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RcListSlot *self = RC_LIST_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_list_slot_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RcListSlot *self = RC_LIST_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      rc_list_slot_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_list_slot_dispose (GObject *object)
{
  g_clear_object (&RC_LIST_SLOT (object)->item);

  G_OBJECT_CLASS (rc_list_slot_parent_class)->dispose (object);
}

static void
rc_list_slot_class_init (RcListSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_list_slot_dispose;
  object_class->get_property = rc_list_slot_get_property;
  object_class->set_property = rc_list_slot_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_list_slot_init (RcListSlot *self)
{
}
