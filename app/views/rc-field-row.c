/* rc-field-row.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-field-row.h"

struct _RcFieldRow
{
  AdwPreferencesRow  parent_instance;

  GtkWidget         *row;        /* in the list below; not a reference of its own */
  GtkWidget         *control;
  char              *key;
  char              *error;
  char              *warning;    /* as shown: after the note of a cut */
  guint              max_chars;
  guint              filling;
  gboolean           edited;
  gboolean           cut;        /* text given was cut to max_chars */
  gboolean           limiting;   /* watching what is inserted */

  /* template children */
  GtkListBox        *list;
  GtkLabel          *message_label;
};

static void rc_field_row_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcFieldRow, rc_field_row, ADW_TYPE_PREFERENCES_ROW,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, rc_field_row_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum { PROP_0, PROP_ROW, PROP_KEY, N_PROPS };
static GParamSpec *properties [N_PROPS];

enum { CHANGED, N_SIGNALS };
static guint signals [N_SIGNALS];

static GtkText *
control_text (RcFieldRow *self)
{
  GtkEditable *delegate;

  if (self->control == NULL || !GTK_IS_EDITABLE (self->control))
    return NULL;

  delegate = gtk_editable_get_delegate (GTK_EDITABLE (self->control));

  return GTK_IS_TEXT (delegate) ? GTK_TEXT (delegate) : NULL;
}

static void
on_control_changed (RcFieldRow *self)
{
  if (self->filling > 0)
    return;

  self->edited = TRUE;
  g_signal_emit (self, signals [CHANGED], 0);
}

/* Before the text is inserted, and cut: whether all of it fits. */
static void
on_insert_text (GtkEditable *text,
                const char  *inserted,
                int          length,
                int         *position,
                RcFieldRow  *self)
{
  int max_chars = gtk_text_get_max_length (GTK_TEXT (text));
  glong have = g_utf8_strlen (gtk_editable_get_text (text), -1);
  glong adding = g_utf8_strlen (inserted, length);

  if (max_chars > 0 && have + adding > max_chars)
    self->cut = TRUE;
}

static void
apply_max_length (RcFieldRow *self)
{
  GtkText *text = control_text (self);

  if (text == NULL)
    return;

  gtk_text_set_max_length (text, (int) self->max_chars);
  if (!self->limiting && self->max_chars > 0)
    {
      g_signal_connect_object (text, "insert-text", G_CALLBACK (on_insert_text), self, 0);
      self->limiting = TRUE;
    }
}

static void
sync_visible (RcFieldRow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), self->row != NULL && gtk_widget_get_visible (self->row));
}

static void
set_styles (GtkWidget  *widget,
            const char *style)
{
  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  if (style != NULL)
    gtk_widget_add_css_class (widget, style);
}

static void
update_message (RcFieldRow *self)
{
  const char *message = self->error != NULL ? self->error : self->warning;
  const char *style = self->error != NULL ? "error" : self->warning != NULL ? "warning" : NULL;

  if (self->error == NULL && self->warning != NULL)
    {
      /* A sign as well as a colour, as the rates have. */
      g_autofree char *text = g_strconcat ("⚠ ", self->warning, NULL);

      gtk_label_set_text (self->message_label, text);
    }
  else
    gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);

  set_styles (GTK_WIDGET (self->message_label), style);
  if (self->row == NULL)
    return;

  set_styles (self->row, style);
  if (self->control != self->row)
    set_styles (self->control, style);

  /* Said where the focus is: an error makes the field invalid, a warning
   * leaves it valid; either is its description. */
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->control),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->control), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  if (self->error != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (self->control),
                                 GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (self->control), GTK_ACCESSIBLE_STATE_INVALID);
}

GtkWidget *
rc_field_row_new (GtkWidget  *row,
                  const char *key)
{
  g_return_val_if_fail (row == NULL || ADW_IS_PREFERENCES_ROW (row), NULL);

  return g_object_new (RC_TYPE_FIELD_ROW, "row", row, "key", key, NULL);
}

GtkWidget *
rc_field_row_get_row (RcFieldRow *self)
{
  g_return_val_if_fail (RC_IS_FIELD_ROW (self), NULL);

  return self->row;
}

GtkWidget *
rc_field_row_get_control (RcFieldRow *self)
{
  g_return_val_if_fail (RC_IS_FIELD_ROW (self), NULL);

  return self->control;
}

static void
forget_control (RcFieldRow *self)
{
  GtkText *text = control_text (self);

  if (text != NULL)
    g_signal_handlers_disconnect_by_data (text, self);
  if (self->control != NULL)
    g_signal_handlers_disconnect_by_func (self->control, on_control_changed, self);
  self->control = NULL;
  self->limiting = FALSE;
}

/* The row, or the widget an action row activates, which a builder may
 * set after the row is added here. */
static void
find_control (RcFieldRow *self)
{
  GtkWidget *activatable = NULL;

  if (self->control != NULL)
    forget_control (self);
  if (self->row == NULL)
    return;

  if (ADW_IS_ACTION_ROW (self->row))
    activatable = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (self->row));
  self->control = activatable != NULL ? activatable : self->row;

  if (GTK_IS_EDITABLE (self->control))
    g_signal_connect_object (self->control, "changed", G_CALLBACK (on_control_changed), self,
                             G_CONNECT_SWAPPED);
  else if (ADW_IS_COMBO_ROW (self->control) || GTK_IS_DROP_DOWN (self->control))
    g_signal_connect_object (self->control, "notify::selected", G_CALLBACK (on_control_changed), self,
                             G_CONNECT_SWAPPED);
  apply_max_length (self);
  update_message (self);
}

void
rc_field_row_set_row (RcFieldRow *self,
                      GtkWidget  *row)
{
  g_return_if_fail (RC_IS_FIELD_ROW (self));
  g_return_if_fail (row == NULL || ADW_IS_PREFERENCES_ROW (row));

  if (self->row == row)
    return;

  if (self->row != NULL)
    {
      forget_control (self);
      g_signal_handlers_disconnect_by_data (self->row, self);
      gtk_list_box_remove (self->list, self->row);
      self->row = NULL;
    }

  if (row != NULL)
    {
      /* In a list of its own, as an expander row's rows are: the list
       * activates it when clicked, as a form's list would. */
      gtk_list_box_append (self->list, row);
      self->row = row;
      g_signal_connect_object (row, "notify::visible", G_CALLBACK (sync_visible), self, G_CONNECT_SWAPPED);
      if (ADW_IS_ACTION_ROW (row))
        g_signal_connect_object (row, "notify::activatable-widget", G_CALLBACK (find_control), self,
                                 G_CONNECT_SWAPPED);
      find_control (self);
    }

  sync_visible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROW]);
}

const char *
rc_field_row_get_key (RcFieldRow *self)
{
  g_return_val_if_fail (RC_IS_FIELD_ROW (self), NULL);

  return self->key;
}

void
rc_field_row_set_key (RcFieldRow *self,
                      const char *key)
{
  g_return_if_fail (RC_IS_FIELD_ROW (self));

  if (g_strcmp0 (self->key, key) == 0)
    return;

  g_free (self->key);
  self->key = g_strdup (key);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KEY]);
}

const char *
rc_field_row_get_text (RcFieldRow *self)
{
  g_return_val_if_fail (RC_IS_FIELD_ROW (self), NULL);

  if (self->control == NULL || !GTK_IS_EDITABLE (self->control))
    return "";

  return gtk_editable_get_text (GTK_EDITABLE (self->control));
}

void
rc_field_row_set_text (RcFieldRow *self,
                       const char *text)
{
  g_return_if_fail (RC_IS_FIELD_ROW (self));
  g_return_if_fail (GTK_IS_EDITABLE (self->control));

  gtk_editable_set_text (GTK_EDITABLE (self->control), text != NULL ? text : "");
}

void
rc_field_row_fill (RcFieldRow *self,
                   const char *text)
{
  g_return_if_fail (RC_IS_FIELD_ROW (self));
  g_return_if_fail (GTK_IS_EDITABLE (self->control));

  self->filling++;
  gtk_editable_set_text (GTK_EDITABLE (self->control), text != NULL ? text : "");
  self->filling--;
}

gboolean
rc_field_row_get_edited (RcFieldRow *self)
{
  g_return_val_if_fail (RC_IS_FIELD_ROW (self), FALSE);

  return self->edited;
}

void
rc_field_row_set_edited (RcFieldRow *self,
                         gboolean    edited)
{
  g_return_if_fail (RC_IS_FIELD_ROW (self));

  self->edited = !!edited;
}

void
rc_field_row_set_max_length (RcFieldRow *self,
                             guint       max_chars)
{
  g_return_if_fail (RC_IS_FIELD_ROW (self));

  self->max_chars = max_chars;
  apply_max_length (self);
}

char *
rc_field_row_dup_cut_message (RcFieldRow *self)
{
  g_return_val_if_fail (RC_IS_FIELD_ROW (self), NULL);

  if (!self->cut || self->max_chars == 0)
    return NULL;

  /* Shortened since: what is there now is what was typed. */
  if (g_utf8_strlen (rc_field_row_get_text (self), -1) < (glong) self->max_chars)
    {
      self->cut = FALSE;
      return NULL;
    }

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Only the first %u character was kept: at most %u fits here",
                                       "Only the first %u characters were kept: at most %u fit here",
                                       self->max_chars),
                          self->max_chars, self->max_chars);
}

void
rc_field_row_show (RcFieldRow *self,
                   const char *error,
                   const char *warning)
{
  g_autofree char *new_error = g_strdup (error);
  g_autofree char *new_warning = NULL;

  g_return_if_fail (RC_IS_FIELD_ROW (self));

  if (error == NULL)
    {
      g_autofree char *cut = rc_field_row_dup_cut_message (self);

      if (cut != NULL && warning != NULL)
        new_warning = g_strconcat (cut, "; ", warning, NULL);
      else if (cut != NULL)
        new_warning = g_steal_pointer (&cut);
      else
        new_warning = g_strdup (warning);
    }

  g_free (self->error);
  self->error = g_steal_pointer (&new_error);
  g_free (self->warning);
  self->warning = g_steal_pointer (&new_warning);
  update_message (self);
}

gboolean
rc_field_row_show_findings (RcFieldRow *self,
                            const char *error,
                            gboolean    reads,
                            GPtrArray  *findings)
{
  const RcFinding *rule_error = NULL;
  const RcFinding *warning = NULL;

  g_return_val_if_fail (RC_IS_FIELD_ROW (self), FALSE);

  if (findings != NULL && self->key != NULL)
    {
      rule_error = rc_findings_get (findings, self->key, RC_FINDING_ERROR);
      warning = rc_findings_get (findings, self->key, RC_FINDING_WARNING);
      if (warning == NULL)
        warning = rc_findings_get (findings, self->key, RC_FINDING_CONFIRM);
    }
  if (error == NULL && reads && rule_error != NULL)
    error = rule_error->message;

  rc_field_row_show (self, error, warning != NULL ? warning->message : NULL);

  return error == NULL;
}

void
rc_field_row_clear (RcFieldRow *self)
{
  rc_field_row_show (self, NULL, NULL);
}

const char *
rc_field_row_get_error (RcFieldRow *self)
{
  g_return_val_if_fail (RC_IS_FIELD_ROW (self), NULL);

  return self->error;
}

const char *
rc_field_row_get_warning (RcFieldRow *self)
{
  g_return_val_if_fail (RC_IS_FIELD_ROW (self), NULL);

  return self->warning;
}

/* The field takes the focus at the row that edits it, never for itself:
 * one stop for Tab, at the control. */
static gboolean
rc_field_row_grab_focus (GtkWidget *widget)
{
  RcFieldRow *self = RC_FIELD_ROW (widget);

  return self->row != NULL && gtk_widget_grab_focus (self->row);
}

static gboolean
rc_field_row_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  GtkWidget *child = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (widget));

  return child != NULL && gtk_widget_child_focus (child, direction);
}

static void
rc_field_row_buildable_add_child (GtkBuildable *buildable,
                                  GtkBuilder   *builder,
                                  GObject      *child,
                                  const char   *type)
{
  if (type == NULL && ADW_IS_PREFERENCES_ROW (child))
    rc_field_row_set_row (RC_FIELD_ROW (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
rc_field_row_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = rc_field_row_buildable_add_child;
}

static void
rc_field_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RcFieldRow *self = RC_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_ROW:
      g_value_set_object (value, self->row);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_field_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RcFieldRow *self = RC_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_ROW:
      rc_field_row_set_row (self, g_value_get_object (value));
      break;
    case PROP_KEY:
      rc_field_row_set_key (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_field_row_dispose (GObject *object)
{
  RcFieldRow *self = RC_FIELD_ROW (object);

  self->row = self->control = NULL;
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_FIELD_ROW);

  G_OBJECT_CLASS (rc_field_row_parent_class)->dispose (object);
}

static void
rc_field_row_finalize (GObject *object)
{
  RcFieldRow *self = RC_FIELD_ROW (object);

  g_free (self->key);
  g_free (self->error);
  g_free (self->warning);

  G_OBJECT_CLASS (rc_field_row_parent_class)->finalize (object);
}

static void
rc_field_row_class_init (RcFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rc_field_row_get_property;
  object_class->set_property = rc_field_row_set_property;
  object_class->dispose = rc_field_row_dispose;
  object_class->finalize = rc_field_row_finalize;
  widget_class->grab_focus = rc_field_row_grab_focus;
  widget_class->focus = rc_field_row_focus;

  properties [PROP_ROW] =
    g_param_spec_object ("row", NULL, NULL, ADW_TYPE_PREFERENCES_ROW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcFieldRow::changed:
   *
   * The field was changed, by typing or choosing, not by
   * rc_field_row_fill(); it is edited by then.
   */
  signals [CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-field-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RcFieldRow, list);
  gtk_widget_class_bind_template_child (widget_class, RcFieldRow, message_label);
}

static void
rc_field_row_init (RcFieldRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
