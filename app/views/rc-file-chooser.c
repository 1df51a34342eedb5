/* rc-file-chooser.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file dialog of the program (the bid workbook, a cohort's CSV, the
 * subject access report, a chart, both imports) is asked for here, so
 * that this is the one file to change for GtkFileDialog once the oldest
 * GTK supported is 4.10. Until then: a GtkFileChooserNative, which goes
 * through the portal in a sandbox, or, for a dialog that must follow the
 * filter the user picks as they pick it, GTK's own dialog outside one.
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-file-chooser.h"

#define FILTER_ID_KEY "rc-filter-id"

typedef struct
{
  char  *id;
  char  *label;
  char **ids;
  char **labels;
  char  *selected;
} Choice;

struct _RcFileChooser
{
  GObject               parent_instance;

  GtkFileChooserAction  action;
  char                 *title;
  char                 *accept_label;
  char                 *name;
  GPtrArray            *filters;        /* of GtkFileFilter */
  GtkFileFilter        *initial_filter;
  GArray               *choices;        /* of Choice */
  RcFileFilterFunc      filter_func;

  /* while shown */
  GObject              *dialog;         /* GtkFileChooserNative or GtkFileChooserDialog */
  GtkWidget            *owner;          /* not owned: its "destroy" closes the dialog */
  RcFileChosenFunc      func;
};

G_DEFINE_FINAL_TYPE (RcFileChooser, rc_file_chooser, G_TYPE_OBJECT)

static void
choice_clear (gpointer data)
{
  Choice *choice = data;

  g_free (choice->id);
  g_free (choice->label);
  g_strfreev (choice->ids);
  g_strfreev (choice->labels);
  g_free (choice->selected);
}

static RcFileChooser *
chooser_new (GtkFileChooserAction  action,
             const char           *title,
             const char           *accept_label)
{
  RcFileChooser *self = g_object_new (RC_TYPE_FILE_CHOOSER, NULL);

  self->action = action;
  self->title = g_strdup (title);
  self->accept_label = g_strdup (accept_label);

  return self;
}

RcFileChooser *
rc_file_chooser_new_open (const char *title,
                          const char *accept_label)
{
  return chooser_new (GTK_FILE_CHOOSER_ACTION_OPEN, title, accept_label);
}

RcFileChooser *
rc_file_chooser_new_save (const char *title,
                          const char *accept_label,
                          const char *name)
{
  RcFileChooser *self = chooser_new (GTK_FILE_CHOOSER_ACTION_SAVE, title, accept_label);

  self->name = g_strdup (name);

  return self;
}

void
rc_file_chooser_add_filter (RcFileChooser *self,
                            const char    *name,
                            const char    *suffix,
                            const char    *mime_type,
                            int            id,
                            gboolean       initial)
{
  GtkFileFilter *filter;

  g_return_if_fail (RC_IS_FILE_CHOOSER (self));
  g_return_if_fail (id >= 0);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_suffix (filter, suffix);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  g_object_set_data (G_OBJECT (filter), FILTER_ID_KEY, GINT_TO_POINTER (id + 1));
  g_ptr_array_add (self->filters, filter);
  if (initial)
    self->initial_filter = filter;
}

void
rc_file_chooser_add_choice (RcFileChooser  *self,
                            const char     *id,
                            const char     *label,
                            const char    **ids,
                            const char    **labels,
                            const char     *selected)
{
  Choice choice;

  g_return_if_fail (RC_IS_FILE_CHOOSER (self));

  choice.id = g_strdup (id);
  choice.label = g_strdup (label);
  choice.ids = g_strdupv ((char **) ids);
  choice.labels = g_strdupv ((char **) labels);
  choice.selected = g_strdup (selected);
  g_array_append_val (self->choices, choice);
}

void
rc_file_chooser_follow_filter (RcFileChooser    *self,
                               RcFileFilterFunc  func)
{
  g_return_if_fail (RC_IS_FILE_CHOOSER (self));

  self->filter_func = func;
}

static int
filter_id (GtkFileFilter *filter)
{
  return filter != NULL ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), FILTER_ID_KEY)) - 1 : -1;
}

int
rc_file_chooser_get_filter_id (RcFileChooser *self)
{
  g_return_val_if_fail (RC_IS_FILE_CHOOSER (self), -1);

  if (self->dialog == NULL)
    return filter_id (self->initial_filter);

  return filter_id (gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (self->dialog)));
}

gboolean
rc_file_chooser_get_filter_changed (RcFileChooser *self)
{
  g_return_val_if_fail (RC_IS_FILE_CHOOSER (self), FALSE);

  return self->dialog != NULL
         && gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (self->dialog)) != self->initial_filter;
}

const char *
rc_file_chooser_get_choice (RcFileChooser *self,
                            const char    *id)
{
  g_return_val_if_fail (RC_IS_FILE_CHOOSER (self), NULL);

  if (self->dialog == NULL)
    return NULL;

  return gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (self->dialog), id);
}

char *
rc_file_chooser_dup_name (RcFileChooser *self)
{
  g_return_val_if_fail (RC_IS_FILE_CHOOSER (self), NULL);

  if (self->dialog == NULL)
    return g_strdup (self->name);

  return gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (self->dialog));
}

void
rc_file_chooser_set_name (RcFileChooser *self,
                          const char    *name)
{
  g_return_if_fail (RC_IS_FILE_CHOOSER (self));

  g_free (self->name);
  self->name = g_strdup (name);
  if (self->dialog != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->dialog), name);
}

/* In a sandbox only the portal reaches the user's folders. */
static gboolean
in_sandbox (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

static void on_owner_destroyed (RcFileChooser *self);

/* Takes the dialog down and lets go of the owner; the chooser's own
 * reference, taken when shown, goes last. */
static void
close_dialog (RcFileChooser *self)
{
  g_autoptr(GObject) dialog = g_steal_pointer (&self->dialog);

  if (dialog == NULL)
    return;

  g_signal_handlers_disconnect_by_data (dialog, self);
  if (self->owner != NULL)
    g_signal_handlers_disconnect_by_func (self->owner, on_owner_destroyed, self);
  self->owner = NULL;
  self->func = NULL;
  if (GTK_IS_NATIVE_DIALOG (dialog))
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (dialog));
  else
    gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (self);
}

static void
on_owner_destroyed (RcFileChooser *self)
{
  close_dialog (self);
}

static void
on_response (GObject       *dialog,
             int            response,
             RcFileChooser *self)
{
  g_autoptr(GFile) file = NULL;
  RcFileChosenFunc func = self->func;
  GtkWidget *owner = self->owner;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  /* The answer is read while the dialog is still there; then it goes. */
  g_object_ref (self);
  self->func = NULL;
  if (func != NULL)
    func (owner, file, self);
  close_dialog (self);
  g_object_unref (self);
}

static void
on_filter_changed (GtkFileChooser *dialog,
                   GParamSpec     *pspec,
                   RcFileChooser  *self)
{
  int id = filter_id (gtk_file_chooser_get_filter (dialog));

  if (self->filter_func != NULL && self->owner != NULL && id >= 0)
    self->filter_func (self->owner, id, self);
}

void
rc_file_chooser_show (RcFileChooser    *self,
                      GtkWidget        *owner,
                      RcFileChosenFunc  func)
{
  GtkRoot *root;
  GtkWindow *parent;
  GtkFileChooser *chooser;

  g_return_if_fail (RC_IS_FILE_CHOOSER (self));
  g_return_if_fail (owner == NULL || GTK_IS_WIDGET (owner));
  g_return_if_fail (self->dialog == NULL);

  root = owner != NULL ? gtk_widget_get_root (owner) : NULL;
  parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

  if (self->filter_func != NULL && !in_sandbox ())
    {
      GtkWidget *dialog = gtk_file_chooser_dialog_new (self->title, parent, self->action,
                                                       _("_Cancel"), GTK_RESPONSE_CANCEL,
                                                       self->accept_label, GTK_RESPONSE_ACCEPT,
                                                       NULL);

      gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
      gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
      self->dialog = g_object_ref (G_OBJECT (dialog));
    }
  else
    {
      GtkFileChooserNative *native = gtk_file_chooser_native_new (self->title, parent, self->action,
                                                                  self->accept_label, _("_Cancel"));

      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
      self->dialog = G_OBJECT (native);
    }
  chooser = GTK_FILE_CHOOSER (self->dialog);

  for (guint i = 0; i < self->filters->len; i++)
    gtk_file_chooser_add_filter (chooser, g_ptr_array_index (self->filters, i));
  if (self->initial_filter != NULL)
    gtk_file_chooser_set_filter (chooser, self->initial_filter);
  if (self->name != NULL)
    gtk_file_chooser_set_current_name (chooser, self->name);
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = &g_array_index (self->choices, Choice, i);

      gtk_file_chooser_add_choice (chooser, choice->id, choice->label,
                                   (const char **) choice->ids, (const char **) choice->labels);
      if (choice->selected != NULL)
        gtk_file_chooser_set_choice (chooser, choice->id, choice->selected);
    }

  self->owner = owner;
  self->func = func;
  /* Kept until it answers or its owner goes. */
  g_object_ref (self);
  if (owner != NULL)
    g_signal_connect_swapped (owner, "destroy", G_CALLBACK (on_owner_destroyed), self);
  g_signal_connect (self->dialog, "response", G_CALLBACK (on_response), self);
  if (GTK_IS_NATIVE_DIALOG (self->dialog))
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->dialog));
  else
    {
      g_signal_connect (self->dialog, "notify::filter", G_CALLBACK (on_filter_changed), self);
      gtk_window_present (GTK_WINDOW (self->dialog));
    }
}

void
rc_file_chooser_close (RcFileChooser *self)
{
  g_return_if_fail (RC_IS_FILE_CHOOSER (self));

  close_dialog (self);
}

static void
rc_file_chooser_finalize (GObject *object)
{
  RcFileChooser *self = RC_FILE_CHOOSER (object);

  g_free (self->title);
  g_free (self->accept_label);
  g_free (self->name);
  g_clear_pointer (&self->filters, g_ptr_array_unref);
  g_clear_pointer (&self->choices, g_array_unref);

  G_OBJECT_CLASS (rc_file_chooser_parent_class)->finalize (object);
}

static void
rc_file_chooser_class_init (RcFileChooserClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_file_chooser_finalize;
}

static void
rc_file_chooser_init (RcFileChooser *self)
{
  self->filters = g_ptr_array_new_with_free_func (g_object_unref);
  self->choices = g_array_new (FALSE, FALSE, sizeof (Choice));
  g_array_set_clear_func (self->choices, choice_clear);
}
