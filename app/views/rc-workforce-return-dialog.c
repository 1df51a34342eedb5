/* rc-workforce-return-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-measure.h"
#include "model/rc-model-error.h"
#include "model/rc-money.h"
#include "model/rc-rates.h"
#include "model/rc-record-rules.h"
#include "rc-workforce-return-dialog.h"
#include "rc-write-actions.h"

#define MINUS_SIGN "\xe2\x88\x92" /* U+2212 */
#define FIRST_YEAR RC_FIRST_RETURN_YEAR
#define LAST_YEAR  RC_LAST_RETURN_YEAR

typedef enum {
  KIND_YEAR,
  KIND_FTE,      /* hundredths, up to two decimal places */
  KIND_COUNT,    /* a whole number */
} Kind;

#define FIGURE(member) G_STRUCT_OFFSET (RcWorkforceReturn, member)

/* Each field's template child (its key in the .ui is its name in the
 * field rules, rc-record-rules.h), and the figure of the return it edits
 * (the year, an integer, is not an RcFigure). */
static const struct {
  const char *name;
  Kind        kind;
  gssize      figure;
} fields [RC_RETURN_N_FIELDS] = {
  [RC_RETURN_FIELD_YEAR] = { "year_field", KIND_YEAR, -1 },
  [RC_RETURN_FIELD_IN_POST] = { "in_post_field", KIND_FTE, FIGURE (in_post_fte100) },
  [RC_RETURN_FIELD_STARTERS] = { "starters_field", KIND_FTE, FIGURE (starters_fte100) },
  [RC_RETURN_FIELD_LEAVERS] = { "leavers_field", KIND_FTE, FIGURE (leavers_fte100) },
  [RC_RETURN_FIELD_AGENCY] = { "agency_field", KIND_FTE, FIGURE (agency_fte100) },
  [RC_RETURN_FIELD_VACANCIES] = { "vacancies_field", KIND_FTE, FIGURE (vacancies_fte100) },
  [RC_RETURN_FIELD_CASE_HOLDERS] = { "case_holders_field", KIND_FTE, FIGURE (case_holders_fte100) },
  [RC_RETURN_FIELD_CASES] = { "cases_field", KIND_COUNT, FIGURE (cases) },
  [RC_RETURN_FIELD_SICKNESS_DAYS] = { "sickness_days_field", KIND_FTE, FIGURE (sickness_days100) },
};

#undef FIGURE

struct _RcWorkforceReturnDialog
{
  RcFormDialog       parent_instance;

  RcStore           *store;
  RcCouncil         *council;
  RcWorkforceReturn *original;    /* the return being edited, NULL when adding */
  GListModel        *existing;    /* the council's returns, to refuse a second one for a year */
  RcFigure           values [RC_RETURN_N_FIELDS];  /* as read from the fields; missing when invalid */

  /* template children */
  AdwWindowTitle    *window_title;
  GtkLabel          *save_error_label;
  RcFieldRow        *fields [RC_RETURN_N_FIELDS];
  GtkLabel          *vacancy_rate_label;
  GtkLabel          *agency_rate_label;
  GtkLabel          *turnover_rate_label;
  GtkLabel          *caseload_label;
};

G_DEFINE_FINAL_TYPE (RcWorkforceReturnDialog, rc_workforce_return_dialog, RC_TYPE_FORM_DIALOG)

static gboolean
starts_negative (const char *text)
{
  return text[0] == '-' || g_str_has_prefix (text, MINUS_SIGN);
}

static gboolean
is_digits (const char *text)
{
  return text[strspn (text, "0123456789")] == '\0';
}

/* Reads @text (stripped, not empty) with the grammar of rc_fte_parse(), or
 * returns what is wrong with it, telling apart the mistakes people make. */
static const char *
read_hundredths (const char *text,
                 Kind        kind,
                 gint64     *out)
{
  const char *not_number = kind == KIND_COUNT ? _("Enter a whole number like 4100") : _("Enter a number like 279.3");
  const char *decimals = kind == KIND_COUNT ? _("Cases are a whole number") : _("At most two decimal places");
  g_autoptr(GError) error = NULL;
  gboolean negative = starts_negative (text);
  const char *p = text;
  const char *dot;

  if (negative)
    p += *p == '-' ? 1 : strlen (MINUS_SIGN);

  if (rc_fte_parse (p, out, &error))
    {
      if (negative)
        return _("Cannot be negative");
      return kind == KIND_COUNT && *out % 100 != 0 ? decimals : NULL;
    }

  /* Negative twice ("--5") is not a number; too large is out of range too. */
  if (g_error_matches (error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE))
    return starts_negative (p) ? not_number
           : negative ? _("Cannot be negative") : _("That number is too large");

  /* A number but for its third decimal place? */
  dot = strrchr (p, '.');
  if (dot != NULL && strlen (dot + 1) > 2 && is_digits (dot + 1))
    {
      g_autofree char *two_places = g_strndup (p, dot + 3 - p);
      gint64 ignored;

      if (rc_fte_parse (two_places, &ignored, NULL))
        return negative ? _("Cannot be negative") : decimals;
    }

  return not_number;
}

/* Returns whether @text is a valid figure (empty is: a missing one), and
 * sets @message to what is wrong. */
static gboolean
check_figure (Kind         kind,
              const char  *text,
              RcFigure    *figure,
              char       **message)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  const char *problem;
  gint64 value = 0;

  *figure = RC_FIGURE_MISSING;
  if (*stripped == '\0')
    return TRUE;

  if ((problem = read_hundredths (stripped, kind, &value)) != NULL)
    {
      *message = g_strdup (problem);
      return FALSE;
    }

  *figure = rc_figure (kind == KIND_COUNT ? value / 100 : value);
  return TRUE;
}

static RcWorkforceReturn *
find_return_for_year (RcWorkforceReturnDialog *self,
                      gint64                   year)
{
  guint n = self->existing != NULL ? g_list_model_get_n_items (self->existing) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (self->existing, i);

      if (ret->year == year && (self->original == NULL || ret->id != self->original->id))
        return g_steal_pointer (&ret);
    }

  return NULL;
}

static gboolean
check_year (RcWorkforceReturnDialog  *self,
            const char               *text,
            RcFigure                 *figure,
            char                    **message)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(RcWorkforceReturn) taken = NULL;
  gint64 year;

  *figure = RC_FIGURE_MISSING;

  /* A year is needed, but an empty field is not scolded before it is touched. */
  if (*stripped == '\0' && !rc_field_row_get_edited (self->fields [RC_RETURN_FIELD_YEAR]))
    return FALSE;

  if (!is_digits (stripped)
      || !g_ascii_string_to_signed (stripped, 10, FIRST_YEAR, LAST_YEAR, &year, NULL))
    {
      *message = g_strdup_printf (_("Enter a year between %d and %d"), FIRST_YEAR, LAST_YEAR);
      return FALSE;
    }

  if ((taken = find_return_for_year (self, year)) != NULL)
    {
      /* Translators: a council's name and a year: "Somerset already has a return for 2024" */
      *message = g_strdup_printf (_("%s already has a return for %d"),
                                  taken->area_name != NULL ? taken->area_name : self->council->name,
                                  (int) year);
      return FALSE;
    }

  *figure = rc_figure (year);
  return TRUE;
}

static void
set_rate_label (GtkLabel *label,
                char     *text)
{
  gtk_label_set_text (label, text);
  g_free (text);
}

static void
update_rates (RcWorkforceReturnDialog *self)
{
  RcFigure *v = self->values;
  g_autoptr(RcWorkforceReturn) typed = self->original != NULL ? rc_workforce_return_copy (self->original)
                                                              : rc_workforce_return_new ();

  typed->in_post_fte100 = v [RC_RETURN_FIELD_IN_POST];
  typed->leavers_fte100 = v [RC_RETURN_FIELD_LEAVERS];
  typed->agency_fte100 = v [RC_RETURN_FIELD_AGENCY];
  typed->vacancies_fte100 = v [RC_RETURN_FIELD_VACANCIES];
  typed->case_holders_fte100 = v [RC_RETURN_FIELD_CASE_HOLDERS];
  typed->cases = v [RC_RETURN_FIELD_CASES];

  /* From the figures typed, or where they give none, the DfE's published
   * rate of the return edited: rc_measure_compute() decides. */
  set_rate_label (self->vacancy_rate_label, rc_measure_format (RC_MEASURE_VACANCY, typed));
  set_rate_label (self->agency_rate_label, rc_measure_format (RC_MEASURE_AGENCY, typed));
  set_rate_label (self->turnover_rate_label, rc_measure_format (RC_MEASURE_TURNOVER, typed));
  set_rate_label (self->caseload_label, rc_measure_format (RC_MEASURE_CASELOAD, typed));
}

static RcWorkforceReturn *build_return (RcWorkforceReturnDialog *self);

/* What each figure reads as, then the field rules the import and the
 * store apply: what they refuse beyond what the fields read, and what is
 * allowed but unlikely (more vacancies than people in post, turnover
 * above 100 %…), said beside the figure. Figures that do not read are
 * missing from the return, so not compared. */
static void
validate (RcWorkforceReturnDialog *self)
{
  char *messages [RC_RETURN_N_FIELDS] = { NULL };
  g_autoptr(RcWorkforceReturn) ret = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gboolean valid = TRUE;
  GDate today;

  for (guint i = 0; i < RC_RETURN_N_FIELDS; i++)
    {
      const char *text = rc_field_row_get_text (self->fields [i]);

      if (fields [i].kind == KIND_YEAR)
        valid &= check_year (self, text, &self->values [i], &messages [i]);
      else
        valid &= check_figure (fields [i].kind, text, &self->values [i], &messages [i]);
    }

  ret = build_return (self);
  rc_field_today (&today);
  findings = rc_rules_check_workforce_return (ret, &today);
  for (guint i = 0; i < RC_RETURN_N_FIELDS; i++)
    {
      valid &= rc_field_row_show_findings (self->fields [i], messages [i], self->values [i].present, findings);
      g_free (messages [i]);
    }

  update_rates (self);
  rc_form_dialog_set_valid (RC_FORM_DIALOG (self), valid);
}

static void
load_existing (RcWorkforceReturnDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->existing);
  self->existing = rc_store_list_council_returns (self->store, self->council->id, &error);
  /* The store refuses a second return for a year anyway; this only warns early. */
  if (self->existing == NULL)
    g_debug ("Could not list the returns of %s: %s", self->council->name, error->message);
}

static void
on_field_changed (RcFieldRow     *field,
                  RcWorkforceReturnDialog *self)
{
  validate (self);
}

static RcWorkforceReturn *
build_return (RcWorkforceReturnDialog *self)
{
  RcWorkforceReturn *ret;

  if (self->original != NULL)
    ret = rc_workforce_return_copy (self->original);
  else
    {
      ret = rc_workforce_return_new ();
      ret->scope = RC_WORKFORCE_SCOPE_COUNCIL;
      ret->council_id = self->council->id;
      ret->area_name = g_strdup (self->council->name);
    }

  ret->year = self->values [RC_RETURN_FIELD_YEAR].value;
  for (guint i = 0; i < RC_RETURN_N_FIELDS; i++)
    if (fields [i].figure >= 0)
      G_STRUCT_MEMBER (RcFigure, ret, fields [i].figure) = self->values [i];
  g_free (ret->source);
  ret->source = g_strdup ("manual");

  return ret;
}

static void
rc_workforce_return_dialog_save (RcFormDialog *dialog)
{
  RcWorkforceReturnDialog *self = RC_WORKFORCE_RETURN_DIALOG (dialog);
  g_autoptr(RcWorkforceReturn) ret = NULL;
  g_autoptr(GError) error = NULL;

  /* Another window may have added a return for the year since we looked. */
  load_existing (self);
  validate (self);
  if (!rc_form_dialog_can_save (dialog))
    return;

  ret = build_return (self);
  if (!rc_store_save_workforce_return (self->store, ret, &error))
    {
      rc_form_dialog_show_messagef (dialog, _("Could not save: %s"), error->message);
      return;
    }

  rc_form_dialog_saved (RC_FORM_DIALOG (self), ret);
}

static char *
figure_text (RcFigure figure,
             Kind     kind)
{
  if (!figure.present)
    return g_strdup ("");
  if (kind == KIND_FTE)
    return rc_fte_format (figure.value);

  return g_strdup_printf ("%" G_GINT64_FORMAT, figure.value);
}

/* The year of the most recent 30 September. */
static gint64
latest_reporting_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  int month = g_date_time_get_month (now);

  return month < 9 || (month == 9 && g_date_time_get_day_of_month (now) < 30) ? year - 1 : year;
}

static void
fill_fields (RcWorkforceReturnDialog *self)
{
  RcWorkforceReturn *ret = self->original;
  RcFigure figures [RC_RETURN_N_FIELDS] = { RC_FIGURE_MISSING };

  if (ret != NULL)
    {
      figures [RC_RETURN_FIELD_YEAR] = rc_figure (ret->year);
      for (guint i = 0; i < RC_RETURN_N_FIELDS; i++)
        if (fields [i].figure >= 0)
          figures [i] = G_STRUCT_MEMBER (RcFigure, ret, fields [i].figure);
    }
  else
    {
      g_autoptr(RcWorkforceReturn) taken = NULL;
      gint64 year = latest_reporting_year ();

      /* Most returns added by hand are this year's: offer it unless it is there. */
      if ((taken = find_return_for_year (self, year)) == NULL)
        figures [RC_RETURN_FIELD_YEAR] = rc_figure (year);
    }

  for (guint i = 0; i < RC_RETURN_N_FIELDS; i++)
    {
      g_autofree char *text = figure_text (figures [i], fields [i].kind);

      rc_field_row_fill (self->fields [i], text);
    }
}

GtkWidget *
rc_workforce_return_dialog_new (GtkWindow         *parent,
                                RcStore           *store,
                                RcCouncil         *council,
                                RcWorkforceReturn *ret)
{
  RcWorkforceReturnDialog *self;
  const char *title;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (RC_IS_COUNCIL (council), NULL);
  g_return_val_if_fail (ret == NULL || RC_IS_WORKFORCE_RETURN (ret), NULL);

  self = g_object_new (RC_TYPE_WORKFORCE_RETURN_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  self->council = g_object_ref (council);
  self->original = ret != NULL ? rc_workforce_return_copy (ret) : NULL;

  title = ret != NULL ? _("Edit Workforce Return") : _("New Workforce Return");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title,
                                 ret != NULL && ret->area_name != NULL ? ret->area_name : council->name);

  load_existing (self);
  fill_fields (self);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->fields [RC_RETURN_FIELD_YEAR]));

  rc_form_dialog_guard (RC_FORM_DIALOG (self), "saved");

  return GTK_WIDGET (self);
}

static void
rc_workforce_return_dialog_dispose (GObject *object)
{
  RcWorkforceReturnDialog *self = RC_WORKFORCE_RETURN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_WORKFORCE_RETURN_DIALOG);
  g_clear_object (&self->existing);
  g_clear_object (&self->original);
  g_clear_object (&self->council);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rc_workforce_return_dialog_parent_class)->dispose (object);
}

static void
rc_workforce_return_dialog_class_init (RcWorkforceReturnDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_workforce_return_dialog_dispose;
  RC_FORM_DIALOG_CLASS (klass)->save = rc_workforce_return_dialog_save;

  /* The return as stored, with its id; the dialog closes next. */
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-workforce-return-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcWorkforceReturnDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcWorkforceReturnDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, RcWorkforceReturnDialog, vacancy_rate_label);
  gtk_widget_class_bind_template_child (widget_class, RcWorkforceReturnDialog, agency_rate_label);
  gtk_widget_class_bind_template_child (widget_class, RcWorkforceReturnDialog, turnover_rate_label);
  gtk_widget_class_bind_template_child (widget_class, RcWorkforceReturnDialog, caseload_label);
  for (guint i = 0; i < RC_RETURN_N_FIELDS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, fields [i].name, FALSE,
                                               G_STRUCT_OFFSET (RcWorkforceReturnDialog, fields) + i * sizeof (gpointer));
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  rc_form_dialog_class_set_actions (widget_class, "return.save", "return.cancel");
}

static void
rc_workforce_return_dialog_init (RcWorkforceReturnDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_form_dialog_set_fields (RC_FORM_DIALOG (self), self->fields, RC_RETURN_N_FIELDS, TRUE);
  rc_form_dialog_set_message_label (RC_FORM_DIALOG (self), self->save_error_label);
}
