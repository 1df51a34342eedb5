/* rc-trainee-import-rules.c: what the field rules say of a line of a
 * trainee file, told by the file's own column; full names; the columns
 * no field was given
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in the rest of the import, a name, an e-mail address, a phone
 * number or a registration number is never repeated in a message.
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-field-rules.h"
#include "rc-trainee-import-private.h"

/* The trimmed cell of @field, "" when the field has no column. */
static char *
cell (const RcTraineeMapping *mapping,
      GPtrArray              *record,
      RcTraineeField          field)
{
  int column = mapping->column[field];

  if (column < 0 || (guint) column >= record->len)
    return g_strdup ("");

  return g_strstrip (g_strdup (g_ptr_array_index (record, column)));
}

/* “Email” (column 4): the file's own name for the column, and where it is. */
static char *
column_label (const RcTraineeMapping *mapping,
              GPtrArray              *header,
              RcTraineeField          field)
{
  int column = mapping->column[field];
  const char *name = g_ptr_array_index (header, column);
  g_autofree char *quoted = NULL;

  if (*name == '\0')
    /* Translators: a column of the file that has no name in its header */
    return g_strdup_printf (_("Column %d"), column + 1);

  quoted = rc_field_quote (name, RC_TRAINEE_IMPORT_QUOTE_CHARS);
  /* Translators: a column's name as the file has it, and its number */
  return g_strdup_printf (_("%s (column %d)"), quoted, column + 1);
}

/* The field a finding of the field rules is about. */
static RcTraineeField
field_of_finding (const RcTraineeMapping *mapping,
                  const RcFinding        *finding)
{
  static const struct {
    const char     *key;
    RcTraineeField  field;
  } keys[] = {
    { "reference", RC_TRAINEE_FIELD_REFERENCE },
    { "given_name", RC_TRAINEE_FIELD_GIVEN_NAME },
    { "family_name", RC_TRAINEE_FIELD_FAMILY_NAME },
    { "email", RC_TRAINEE_FIELD_EMAIL },
    { "phone", RC_TRAINEE_FIELD_PHONE },
    { "applied_on", RC_TRAINEE_FIELD_APPLIED_ON },
    { "left_practice_on", RC_TRAINEE_FIELD_LEFT_PRACTICE_ON },
    { "registration_number", RC_TRAINEE_FIELD_REGISTRATION_NUMBER },
    { "registered_with", RC_TRAINEE_FIELD_REGISTERED_WITH },
    { "updating_days_done", RC_TRAINEE_FIELD_UPDATING_DAYS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (g_str_equal (finding->field, keys[i].key))
      {
        /* A name split from a full name is that column's. */
        if ((keys[i].field == RC_TRAINEE_FIELD_GIVEN_NAME || keys[i].field == RC_TRAINEE_FIELD_FAMILY_NAME)
            && mapping->column[keys[i].field] < 0)
          return RC_TRAINEE_FIELD_FULL_NAME;
        return keys[i].field;
      }

  return RC_TRAINEE_N_FIELDS;
}

char *
rc_trainee_import_finding_message (const RcTraineeMapping *mapping,
                                   GPtrArray              *header,
                                   GPtrArray              *record,
                                   const RcFinding        *finding)
{
  RcTraineeField field = field_of_finding (mapping, finding);
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;

  if (field == RC_TRAINEE_N_FIELDS || mapping->column[field] < 0)
    return g_strdup (finding->message);

  label = column_label (mapping, header, field);
  /* A reference is not personal: one too long is quoted, in part. */
  text = cell (mapping, record, field);
  if (field == RC_TRAINEE_FIELD_REFERENCE && g_utf8_strlen (text, -1) > RC_LIMIT_REFERENCE)
    {
      g_autofree char *quoted = rc_field_quote (text, RC_TRAINEE_IMPORT_QUOTE_CHARS);

      return g_strdup_printf ("%s: %s: %s", label, finding->message, quoted);
    }

  return g_strdup_printf ("%s: %s", label, finding->message);
}

char *
rc_trainee_import_warning_text (GPtrArray *findings)
{
  g_autofree char *warnings = rc_findings_join (findings, RC_FINDING_WARNING, "; ");
  g_autofree char *confirmations = rc_findings_join (findings, RC_FINDING_CONFIRM, "; ");

  if (warnings != NULL && confirmations != NULL)
    return g_strconcat (warnings, "; ", confirmations, NULL);

  return warnings != NULL ? g_steal_pointer (&warnings) : g_steal_pointer (&confirmations);
}

gboolean
rc_trainee_import_split_name (RcTraineeImport         *plan,
                              const RcTraineeMapping  *mapping,
                              GPtrArray               *header,
                              GPtrArray               *record,
                              RcTrainee               *trainee,
                              char                   **message)
{
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;

  if (mapping->column[RC_TRAINEE_FIELD_FULL_NAME] < 0)
    return TRUE;
  text = cell (mapping, record, RC_TRAINEE_FIELD_FULL_NAME);
  if (*text == '\0')
    return TRUE;

  g_clear_pointer (&trainee->given_name, g_free);
  g_clear_pointer (&trainee->family_name, g_free);
  if (rc_field_split_full_name (text, &trainee->given_name, &trainee->family_name))
    {
      plan->n_split++;
      return TRUE;
    }

  /* Refused rather than guessed: a one-word name may be either part, and
   * a family name kept as a given one would be wrong in every letter and
   * list that follows. The name is personal: it is not repeated. */
  label = column_label (mapping, header, RC_TRAINEE_FIELD_FULL_NAME);
  *message = g_strdup_printf (_("%s: the given name cannot be told from the family name in a name of one "
                                "word; give them a column each, or write the name as “Family, Given”"),
                              label);
  return FALSE;
}

void
rc_trainee_import_find_unused (RcTraineeImport        *plan,
                               const RcTraineeMapping *mapping,
                               GPtrArray              *header)
{
  for (guint i = 0; i < header->len; i++)
    {
      const char *name = g_ptr_array_index (header, i);
      gboolean used = FALSE;

      for (guint f = 0; f < RC_TRAINEE_N_FIELDS; f++)
        used |= mapping->column[f] == (int) i;
      if (used)
        continue;
      if (*name == '\0')
        /* Translators: a column of the file with no name in its header */
        g_ptr_array_add (plan->unused, g_strdup_printf (_("column %u"), i + 1));
      else
        g_ptr_array_add (plan->unused, rc_csv_shorten (name, RC_TRAINEE_IMPORT_QUOTE_CHARS));
    }
}

const char *
rc_trainee_import_translate_once (gsize      *slot,
                                  const char *msgid)
{
  /* A lookup costs about as much as the rest of a row's message. */
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, (gsize) g_dgettext (GETTEXT_PACKAGE, msgid));

  return (const char *) *slot;
}
