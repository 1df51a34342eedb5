/* rc-trainee-import.c: the fields a trainee file can fill, guessing which
 * column holds which, and carrying out a plan in one transaction
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-csv.h"
#include "rc-import-plan-private.h"
#include "rc-trainee-import-private.h"

G_DEFINE_QUARK (rc-trainee-import-error-quark, rc_trainee_import_error)

G_DEFINE_FINAL_TYPE_WITH_CODE (RcTraineeImport, rc_trainee_import, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RC_TYPE_IMPORT_PLAN, rc_trainee_import_plan_init))

/* Fields ---------------------------------------------------------------- */

static const struct {
  const char *label;
  gboolean    personal;
  /* Header names as rc_trainee_mapping_guess() compares them: lower case,
   * letters and digits only. */
  const char *names[16];
} fields[RC_TRAINEE_N_FIELDS] = {
  [RC_TRAINEE_FIELD_REFERENCE] = {
    N_("Reference"), FALSE,
    { "reference", "ref", "id", "traineereference", "traineeref", "traineeid", "referencenumber",
      "refno", "applicantid", "applicantreference", "candidateid", "candidatereference",
      "participantid", NULL } },
  [RC_TRAINEE_FIELD_GIVEN_NAME] = {
    N_("Given name"), TRUE,
    { "givenname", "givennames", "firstname", "firstnames", "forename", "forenames", "first", NULL } },
  [RC_TRAINEE_FIELD_FAMILY_NAME] = {
    N_("Family name"), TRUE,
    { "familyname", "surname", "lastname", "last", NULL } },
  [RC_TRAINEE_FIELD_FULL_NAME] = {
    N_("Full name"), TRUE,
    { "fullname", "name", "traineename", "applicantname", "candidatename", "participantname",
      "returnername", "studentname", "nameinfull", NULL } },
  [RC_TRAINEE_FIELD_EMAIL] = {
    N_("E-mail"), TRUE,
    { "email", "emailaddress", "mail", NULL } },
  [RC_TRAINEE_FIELD_PHONE] = {
    N_("Phone"), TRUE,
    { "phone", "phonenumber", "telephone", "telephonenumber", "tel", "mobile", "mobilenumber",
      "contactnumber", NULL } },
  [RC_TRAINEE_FIELD_HOST_COUNCIL] = {
    N_("Host council"), FALSE,
    { "hostcouncil", "council", "la", "localauthority", "hostla", "hostlocalauthority", "host",
      "hostauthority", "authority", "lacode", "lanumber", "gsscode", "newlacode", "oldlacode", NULL } },
  [RC_TRAINEE_FIELD_APPLIED_ON] = {
    N_("Applied on"), FALSE,
    { "appliedon", "applied", "dateapplied", "applieddate", "applicationdate", "dateofapplication",
      "applicationreceived", NULL } },
  [RC_TRAINEE_FIELD_LEFT_PRACTICE_ON] = {
    N_("Left practice on"), TRUE,
    { "leftpracticeon", "leftpractice", "dateleftpractice", "leftpracticedate", "lastinpractice",
      "lastpractised", "dateoutofpractice", NULL } },
  [RC_TRAINEE_FIELD_REGISTRATION_NUMBER] = {
    N_("Registration number"), TRUE,
    { "registrationnumber", "registrationno", "regnumber", "regno", "swenumber", "hcpcnumber",
      "registration", NULL } },
  [RC_TRAINEE_FIELD_REGISTERED_WITH] = {
    N_("Registered with"), FALSE,
    { "registeredwith", "regulator", "registrationbody", "registeredby", NULL } },
  /* A returner's updating: the first entry of their updating log. */
  [RC_TRAINEE_FIELD_UPDATING_DAYS] = {
    N_("Days of updating"), TRUE,
    { "daysofupdating", "updatingdays", "updatingdaysdone", "daysofupdatingdone", "daysupdating",
      "updating", NULL } },
};

const char *
rc_trainee_field_get_label (RcTraineeField field)
{
  g_return_val_if_fail ((guint) field < RC_TRAINEE_N_FIELDS, NULL);

  return _(fields[field].label);
}

gboolean
rc_trainee_field_is_personal (RcTraineeField field)
{
  g_return_val_if_fail ((guint) field < RC_TRAINEE_N_FIELDS, FALSE);

  return fields[field].personal;
}

/* Mapping --------------------------------------------------------------- */

void
rc_trainee_mapping_init (RcTraineeMapping *mapping)
{
  g_return_if_fail (mapping != NULL);

  for (guint f = 0; f < RC_TRAINEE_N_FIELDS; f++)
    mapping->column[f] = -1;
}

RcTraineeMapping *
rc_trainee_mapping_copy (const RcTraineeMapping *mapping)
{
  g_return_val_if_fail (mapping != NULL, NULL);

  return g_memdup2 (mapping, sizeof *mapping);
}

void
rc_trainee_mapping_free (RcTraineeMapping *mapping)
{
  g_free (mapping);
}

/* "E-mail address " → "emailaddress" */
static char *
normalise_name (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

static gboolean
matches (const char *column,
         const char *name,
         gboolean    as_prefix)
{
  /* A prefix only for longer names: "Email address (work)" is an e-mail
   * column, but "Identity" is not a reference. */
  if (as_prefix)
    return strlen (name) >= 5 && g_str_has_prefix (column, name);

  return strcmp (column, name) == 0;
}

RcTraineeMapping *
rc_trainee_mapping_guess (GPtrArray *header)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autofree gboolean *taken = NULL;
  RcTraineeMapping *mapping;

  g_return_val_if_fail (header != NULL, NULL);

  mapping = g_new (RcTraineeMapping, 1);
  rc_trainee_mapping_init (mapping);

  names = g_ptr_array_new_full (header->len, g_free);
  for (guint i = 0; i < header->len; i++)
    g_ptr_array_add (names, normalise_name (g_ptr_array_index (header, i)));
  taken = g_new0 (gboolean, header->len);

  /* Exact names first, for every field, so that a prefix never takes a
   * column another field names exactly. */
  for (int pass = 0; pass < 2; pass++)
    for (guint f = 0; f < RC_TRAINEE_N_FIELDS; f++)
      for (guint n = 0; mapping->column[f] < 0 && fields[f].names[n] != NULL; n++)
        for (guint i = 0; i < names->len; i++)
          if (!taken[i] && matches (g_ptr_array_index (names, i), fields[f].names[n], pass == 1))
            {
              mapping->column[f] = i;
              taken[i] = TRUE;
              break;
            }

  /* A full name beside its parts is left out, and so named as not used. */
  if (mapping->column[RC_TRAINEE_FIELD_FULL_NAME] >= 0
      && (mapping->column[RC_TRAINEE_FIELD_GIVEN_NAME] >= 0 || mapping->column[RC_TRAINEE_FIELD_FAMILY_NAME] >= 0))
    mapping->column[RC_TRAINEE_FIELD_FULL_NAME] = -1;

  return mapping;
}

GPtrArray *
rc_trainee_import_read_header (const char  *data,
                               gsize        length,
                               GError     **error)
{
  g_autoptr(RcCsvReader) reader = NULL;
  g_autoptr(GPtrArray) header = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = rc_csv_reader_new_with_separator (data, length, rc_csv_detect_separator (data, length));
  header = rc_csv_reader_read_header (reader, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_EMPTY, error);
  if (header == NULL)
    return NULL;

  if (header->len == 1 && ((const char *) g_ptr_array_index (header, 0))[0] == '\0')
    {
      g_set_error_literal (error, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_EMPTY,
                           _("The first line of the file, which should name its columns, is blank"));
      return NULL;
    }

  return g_steal_pointer (&header);
}

/* The plan --------------------------------------------------------------- */

static void
row_free (gpointer data)
{
  RcTraineeRow *row = data;

  g_free (row->reference);
  g_free (row->message);
  g_free (row->warning);
  g_clear_object (&row->trainee);
  g_free (row);
}

static gpointer
free_rows (gpointer data)
{
  GPtrArray **rows = data;

  for (guint k = 0; k < RC_TRAINEE_N_ROW_KINDS; k++)
    g_ptr_array_unref (rows[k]);
  g_free (rows);

  return NULL;
}

/* Below this, the rows are freed where the plan is. */
#define FREE_ROWS_IN_THREAD 5000

static void
rc_trainee_import_finalize (GObject *object)
{
  RcTraineeImport *plan = RC_TRAINEE_IMPORT (object);
  GPtrArray **rows = g_new (GPtrArray *, RC_TRAINEE_N_ROW_KINDS);
  g_autoptr(GThread) thread = NULL;
  guint n = 0;

  g_clear_object (&plan->store);
  g_free (plan->cohort_name);
  g_ptr_array_unref (plan->unused);
  for (guint k = 0; k < RC_TRAINEE_N_ROW_KINDS; k++)
    n += (rows[k] = plan->rows[k])->len;
  /* A plan is let go on the main thread, as its dialog closes, and
   * 100,000 rows with their trainees took 50–100 ms of the main loop to
   * free: a thread of their own frees them. They are the plan's alone. */
  if (n < FREE_ROWS_IN_THREAD
      || (thread = g_thread_try_new ("rc-free-rows", free_rows, rows, NULL)) == NULL)
    free_rows (rows);

  G_OBJECT_CLASS (rc_trainee_import_parent_class)->finalize (object);
}

static void
rc_trainee_import_class_init (RcTraineeImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_trainee_import_finalize;
}

static void
rc_trainee_import_init (RcTraineeImport *plan)
{
  rc_trainee_mapping_init (&plan->mapping);
  plan->separator = ',';
  plan->cohort_name = g_strdup ("");
  plan->unused = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; k < RC_TRAINEE_N_ROW_KINDS; k++)
    plan->rows[k] = g_ptr_array_new_with_free_func (row_free);
}

RcTraineeImport *
rc_trainee_import_new (RcStore *store,
                       gint64   cohort_id)
{
  RcTraineeImport *plan;

  g_return_val_if_fail (RC_IS_STORE (store), NULL);

  plan = g_object_new (RC_TYPE_TRAINEE_IMPORT, NULL);
  plan->store = g_object_ref (store);
  plan->cohort_id = cohort_id;

  return plan;
}

void
rc_trainee_import_clear (RcTraineeImport *plan,
                         RcCohort        *cohort)
{
  g_free (plan->cohort_name);
  plan->cohort_name = g_strdup (cohort->name);
  plan->separator = ',';
  plan->n_day_first = 0;
  plan->n_split = 0;
  plan->n_warnings = 0;
  g_ptr_array_set_size (plan->unused, 0);
  for (guint k = 0; k < RC_TRAINEE_N_ROW_KINDS; k++)
    g_ptr_array_set_size (plan->rows[k], 0);
}

RcTraineeRow *
rc_trainee_import_add_row (RcTraineeImport  *plan,
                           RcTraineeRowKind  kind,
                           guint             line,
                           const char       *reference,
                           char             *message)
{
  RcTraineeRow *row = g_new0 (RcTraineeRow, 1);

  row->kind = kind;
  row->line = line;
  /* What is saved is the trainee's; the row's is for showing, within reason. */
  row->reference = rc_csv_shorten (reference, RC_CSV_MESSAGE_MAX_CHARS);
  row->message = message;
  g_ptr_array_add (plan->rows[kind], row);

  return row;
}

gint64
rc_trainee_import_get_cohort_id (RcTraineeImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->cohort_id;
}

guint
rc_trainee_import_get_n_rows (RcTraineeImport  *plan,
                              RcTraineeRowKind  kind)
{
  g_return_val_if_fail (plan != NULL, 0);
  g_return_val_if_fail ((guint) kind < RC_TRAINEE_N_ROW_KINDS, 0);

  return plan->rows[kind]->len;
}

const RcTraineeRow *
rc_trainee_import_get_row (RcTraineeImport  *plan,
                           RcTraineeRowKind  kind,
                           guint             index)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail ((guint) kind < RC_TRAINEE_N_ROW_KINDS, NULL);
  g_return_val_if_fail (index < plan->rows[kind]->len, NULL);

  return g_ptr_array_index (plan->rows[kind], index);
}

char *
rc_trainee_import_list_unused (RcTraineeImport *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  if (plan->unused->len == 0)
    return NULL;

  g_ptr_array_add (plan->unused, NULL);
  {
    char *list = g_strjoinv (", ", (char **) plan->unused->pdata);

    g_ptr_array_remove_index (plan->unused, plan->unused->len - 1);
    return list;
  }
}

guint
rc_trainee_import_get_n_warnings (RcTraineeImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->n_warnings;
}

gboolean
rc_trainee_import_is_refused (RcTraineeImport *plan)
{
  g_return_val_if_fail (plan != NULL, TRUE);

  return plan->rows[RC_TRAINEE_ROW_MALFORMED]->len > 0;
}

char *
rc_trainee_import_describe (RcTraineeImport *plan)
{
  g_autofree char *unused = NULL;
  GString *text;
  guint n;

  g_return_val_if_fail (plan != NULL, NULL);

  unused = rc_trainee_import_list_unused (plan);
  text = g_string_new (NULL);
  n = plan->rows[RC_TRAINEE_ROW_ADD]->len;
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Added %u trainee to “%s”",
                                       "Added %u trainees to “%s”", n),
                          n, plan->cohort_name);

  if ((n = plan->rows[RC_TRAINEE_ROW_SKIPPED]->len) > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "; skipped %u already in the cohort",
                                         "; skipped %u already in the cohort", n),
                            n);
  if ((n = plan->n_day_first) > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "; %u date read as day/month/year",
                                         "; %u dates read as day/month/year", n),
                            n);
  if (plan->separator == ';')
    g_string_append (text, _("; columns separated by semicolons"));
  else if (plan->separator == '\t')
    g_string_append (text, _("; columns separated by tabs"));
  if ((n = plan->n_split) > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "; %u full name split into given and family name",
                                         "; %u full names split into given and family names", n),
                            n);
  rc_import_summary_add_warnings (text, plan->n_warnings);
  if (unused != NULL)
    /* Translators: the names of the file's columns that were not imported */
    g_string_append_printf (text, _("; not used: %s"), unused);
  rc_import_summary_add_malformed (text, plan->rows[RC_TRAINEE_ROW_MALFORMED]->len);

  return g_string_free (text, FALSE);
}

RcTraineeImport *
rc_trainee_import_parse (RcStore                 *store,
                         gint64                   cohort_id,
                         const char              *data,
                         gsize                    length,
                         const RcTraineeMapping  *mapping,
                         GError                 **error)
{
  g_autoptr(RcTraineeImport) plan = NULL;

  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (mapping != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = rc_trainee_import_new (store, cohort_id);
  plan->mapping = *mapping;
  if (!rc_trainee_import_read (plan, store, data, length, mapping, NULL, error))
    return NULL;

  return g_steal_pointer (&plan);
}

gboolean
rc_trainee_import_apply (RcStore          *store,
                         RcTraineeImport  *plan,
                         GError          **error)
{
  g_return_val_if_fail (RC_IS_STORE (store), FALSE);
  g_return_val_if_fail (RC_IS_TRAINEE_IMPORT (plan), FALSE);
  g_return_val_if_fail (plan->store == store, FALSE);

  return rc_import_plan_apply (RC_IMPORT_PLAN (plan), error);
}
