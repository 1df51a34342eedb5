/* rc-write-actions.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A database opens read only while a worker checks it for damage, and
 * stays so if it is damaged (rc-store-check.c). Every action that writes
 * (add, edit, delete, import, save) is set here rather than with
 * gtk_widget_action_set_enabled(): each widget keeps what it would like
 * for its actions, and its scope (a page, or a dialog) applies that to
 * the whole tree below it whenever its store's "writable" changes.
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-write-actions.h"

#define WISHES_KEY "rc-write-actions"
#define SCOPE_KEY "rc-write-scope"

typedef struct
{
  GtkWidget *scope;   /* not owned: it owns this */
  RcStore   *store;   /* a weak pointer: a scope does not keep it open */
} Scope;

static void
scope_free (gpointer data)
{
  Scope *scope = data;

  if (scope->store != NULL)
    g_signal_handlers_disconnect_by_data (scope->store, scope);
  g_clear_weak_pointer (&scope->store);
  g_free (scope);
}

static gboolean
scope_writable (Scope *scope)
{
  return scope->store != NULL && rc_store_get_writable (scope->store);
}

gboolean
rc_write_actions_allowed (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      Scope *scope = g_object_get_data (G_OBJECT (w), SCOPE_KEY);

      if (scope != NULL)
        return scope_writable (scope);
    }

  return TRUE;
}

void
rc_write_action_set_enabled (GtkWidget  *widget,
                             const char *action,
                             gboolean    enabled)
{
  GHashTable *wishes;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (action != NULL);

  wishes = g_object_get_data (G_OBJECT (widget), WISHES_KEY);
  if (wishes == NULL)
    {
      wishes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_data_full (G_OBJECT (widget), WISHES_KEY, wishes,
                              (GDestroyNotify) g_hash_table_unref);
    }
  g_hash_table_replace (wishes, g_strdup (action), GINT_TO_POINTER (enabled));

  gtk_widget_action_set_enabled (widget, action, enabled && rc_write_actions_allowed (widget));
}

/* Every widget in @widget that has write actions, as @writable allows
 * them; a scope inside (a page's own) answers for its own tree. */
static void
apply (GtkWidget *widget,
       gboolean   writable)
{
  GHashTable *wishes = g_object_get_data (G_OBJECT (widget), WISHES_KEY);

  if (wishes != NULL)
    {
      GHashTableIter iter;
      gpointer action, enabled;

      g_hash_table_iter_init (&iter, wishes);
      while (g_hash_table_iter_next (&iter, &action, &enabled))
        gtk_widget_action_set_enabled (widget, action, GPOINTER_TO_INT (enabled) && writable);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Scope *inner = g_object_get_data (G_OBJECT (child), SCOPE_KEY);

      apply (child, inner != NULL ? scope_writable (inner) : writable);
    }
}

static void
on_writable_changed (RcStore    *store,
                     GParamSpec *pspec,
                     Scope      *scope)
{
  apply (scope->scope, scope_writable (scope));
}

void
rc_write_actions_follow_store (GtkWidget *scope_widget,
                               RcStore   *store)
{
  Scope *scope;

  g_return_if_fail (GTK_IS_WIDGET (scope_widget));
  g_return_if_fail (store == NULL || RC_IS_STORE (store));

  scope = g_object_get_data (G_OBJECT (scope_widget), SCOPE_KEY);
  if (scope == NULL)
    {
      scope = g_new0 (Scope, 1);
      scope->scope = scope_widget;
      g_object_set_data_full (G_OBJECT (scope_widget), SCOPE_KEY, scope, scope_free);
    }
  if (scope->store != store)
    {
      if (scope->store != NULL)
        g_signal_handlers_disconnect_by_data (scope->store, scope);
      g_set_weak_pointer (&scope->store, store);
      if (store != NULL)
        g_signal_connect (store, "notify::writable", G_CALLBACK (on_writable_changed), scope);
    }

  /* The widgets built since the last change are told too. */
  apply (scope_widget, scope_writable (scope));
}
