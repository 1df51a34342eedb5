/* rc-trainee-search.c: what the trainee search looks in
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-trainee-search.h"

/* What a search looks in: the reference, and "Given Family" so that a
 * search may span both names. Erased names are gone: a search for one
 * finds nothing. The line break keeps the two apart, as a search entry
 * holds one line. */
char *
rc_trainee_search_fold (RcTrainee *trainee)
{
  g_autofree char *text = NULL;

  if (trainee->erased_at != NULL)
    return g_utf8_casefold (trainee->reference, -1);

  text = g_strdup_printf ("%s\n%s %s", trainee->reference,
                          trainee->given_name ? trainee->given_name : "",
                          trainee->family_name ? trainee->family_name : "");
  return g_utf8_casefold (text, -1);
}

GHashTable *
rc_trainee_search_fold_all (GListModel *trainees)
{
  guint n = trainees != NULL ? g_list_model_get_n_items (trainees) : 0;
  GHashTable *texts = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);

      /* The model holds the trainee: the key lives as long as it does. */
      g_hash_table_insert (texts, trainee, rc_trainee_search_fold (trainee));
    }

  return texts;
}
