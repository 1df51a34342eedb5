/* rc-trainee-dialog-access.c: what tests and keyboard code ask of a
 * trainee dialog's form (its fields, messages and question), answered by
 * RcFormDialog
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-trainee-dialog.h"

void
rc_trainee_dialog_set_field (RcTraineeDialog *self,
                             RcTraineeDialogField   field,
                             const char      *text)
{
  g_return_if_fail (RC_IS_TRAINEE_DIALOG (self));

  rc_form_dialog_set_field (RC_FORM_DIALOG (self), field, text);
}

const char *
rc_trainee_dialog_get_field_warning (RcTraineeDialog      *self,
                                     RcTraineeDialogField  field)
{
  g_return_val_if_fail (RC_IS_TRAINEE_DIALOG (self), NULL);

  return rc_form_dialog_get_field_warning (RC_FORM_DIALOG (self), field);
}

AdwMessageDialog *
rc_trainee_dialog_get_prompt (RcTraineeDialog *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_DIALOG (self), NULL);

  return rc_form_dialog_get_prompt (RC_FORM_DIALOG (self));
}

const char *
rc_trainee_dialog_get_field_error (RcTraineeDialog *self,
                                   RcTraineeDialogField   field)
{
  g_return_val_if_fail (RC_IS_TRAINEE_DIALOG (self), NULL);

  return rc_form_dialog_get_field_error (RC_FORM_DIALOG (self), field);
}

const char *
rc_trainee_dialog_get_error (RcTraineeDialog *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_DIALOG (self), NULL);

  return rc_form_dialog_get_message (RC_FORM_DIALOG (self));
}

gboolean
rc_trainee_dialog_can_save (RcTraineeDialog *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_DIALOG (self), FALSE);

  return rc_form_dialog_can_save (RC_FORM_DIALOG (self));
}
