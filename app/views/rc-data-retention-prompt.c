/* rc-data-retention-prompt.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-data-retention-prompt.h"
#include "rc-window.h"

/* More would not fit a message dialog; the rest are counted. */
#define MAX_LISTED 8

GListModel *
rc_data_retention_prompt_find (RcStore     *store,
                               int          months,
                               const char  *today,
                               GError     **error)
{
  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (months > 0, NULL);

  return rc_store_list_cohorts_past_retention (store, today, months, error);
}

/* "6 years", or "18 months" when the period is not whole years. */
static char *
describe_period (int months)
{
  if (months % 12 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", months / 12), months / 12);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", months), months);
}

static char *
describe_cohorts (GListModel *cohorts,
                  int         months)
{
  g_autofree char *period = describe_period (months);
  guint n = g_list_model_get_n_items (cohorts);
  GString *body = g_string_new (NULL);

  g_string_append_printf (body,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u cohort ended more than %s ago and still holds personal details:",
                                       "%u cohorts ended more than %s ago and still hold personal details:",
                                       n),
                          n, period);
  g_string_append_c (body, '\n');

  for (guint i = 0; i < n && i < MAX_LISTED; i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);

      g_string_append_c (body, '\n');
      /* Translators: a cohort and the day it ended */
      g_string_append_printf (body, _("• %s (ended %s)"), cohort->name, cohort->ends_on);
    }
  if (n > MAX_LISTED)
    {
      g_string_append_c (body, '\n');
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE, "• and %u more", "• and %u more", n - MAX_LISTED),
                              n - MAX_LISTED);
    }

  g_string_append (body, "\n\n");
  g_string_append (body, _("Erasing removes the trainees’ names, contact details and registration numbers "
                            "for good. Their references, stages and the cohorts’ counts are kept."));

  return g_string_free (body, FALSE);
}

/* Every cohort or none: one transaction around them all. */
static gboolean
erase_cohorts (RcStore     *store,
               GListModel  *cohorts,
               guint       *n_erased,
               GError     **error)
{
  guint total = 0;

  if (!rc_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      guint n = 0;

      if (!rc_store_erase_cohort_personal_data (store, cohort->id, &n, error))
        {
          rc_store_rollback (store);
          return FALSE;
        }
      total += n;
    }

  if (!rc_store_commit (store, error))
    return FALSE;

  *n_erased = total;

  return TRUE;
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  RcStore *store = g_object_get_data (G_OBJECT (dialog), "rc-store");
  GListModel *cohorts = g_object_get_data (G_OBJECT (dialog), "rc-cohorts");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = 0;

  if (g_strcmp0 (response, "erase") != 0)
    return;

  if (erase_cohorts (store, cohorts, &n, &error))
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Erased the personal details of %u trainee",
                                            "Erased the personal details of %u trainees",
                                            n),
                               n);
  else
    message = g_strdup_printf (_("Nothing was erased: %s"), error->message);

  if (parent != NULL && RC_IS_WINDOW (parent))
    rc_window_add_toast (RC_WINDOW (parent), adw_toast_new (message));
  else
    g_message ("%s", message);
}

GtkWidget *
rc_data_retention_prompt_new (GtkWindow  *parent,
                              RcStore    *store,
                              GListModel *cohorts,
                              int         months)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (cohorts), NULL);
  g_return_val_if_fail (months > 0, NULL);

  body = describe_cohorts (cohorts, months);
  dialog = adw_message_dialog_new (parent, _("Erase Old Personal Details?"), body);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Later"),
                                    "erase", _("_Erase Personal Details"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "erase",
                                              ADW_RESPONSE_DESTRUCTIVE);
  /* Nothing is erased by Enter or Escape alone. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "later");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");

  g_object_set_data_full (G_OBJECT (dialog), "rc-store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "rc-cohorts", g_object_ref (cohorts), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);

  return dialog;
}

void
rc_data_retention_prompt_check (GtkWindow *parent,
                                RcStore   *store)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(GError) error = NULL;
  int months;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RC_IS_STORE (store));

  /* A partner council's login could not erase: not asked. */
  if (!rc_store_get_may_erase (store))
    return;

  settings = g_settings_new (APP_ID);
  months = g_settings_get_int (settings, "personal-data-retention-months");

  cohorts = rc_data_retention_prompt_find (store, months, NULL, &error);
  if (cohorts == NULL)
    {
      /* Not worth stopping the window for: the next open asks again. */
      g_warning ("Looking for personal details past the retention period: %s", error->message);
      return;
    }
  if (g_list_model_get_n_items (cohorts) == 0)
    return;

  gtk_window_present (GTK_WINDOW (rc_data_retention_prompt_new (parent, store, cohorts, months)));
}
