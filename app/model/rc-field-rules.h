/* rc-field-rules.h: what a field may hold, one rule for every way in
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialogs, the importers and the store ask the same functions, so
 * that what one of them saves another does not refuse. A check returns
 * findings, each for one field of a record:
 * - an error is refused everywhere, by the store too;
 * - a warning is shown beside the field (or in an import's preview and
 *   on the command line) and does not stop the save;
 * - a confirmation is asked for by the window before it saves; an import,
 *   whose user confirms the file as a whole, reports it as a warning.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Limits in characters (not bytes) of the text fields. */
#define RC_LIMIT_REFERENCE            64
#define RC_LIMIT_NAME                 200   /* a person's, a cohort's */
#define RC_LIMIT_EMAIL                254   /* RFC 5321's longest forward path */
#define RC_LIMIT_PHONE                40
#define RC_LIMIT_REGISTRATION_DIGITS  16
#define RC_LIMIT_DESCRIPTION          500   /* a budget line's */
#define RC_LIMIT_NOTE                 2000

typedef enum
{
  RC_FINDING_ERROR,
  RC_FINDING_WARNING,
  RC_FINDING_CONFIRM,
} RcFindingSeverity;

typedef struct
{
  const char        *field;     /* the record's member, such as "email"; static */
  RcFindingSeverity  severity;
  char              *message;   /* translated, a whole sentence naming the figure */
} RcFinding;

/* A GPtrArray of RcFinding that frees them. */
GPtrArray       *rc_findings_new          (void);
/* Takes @message. */
void             rc_findings_add          (GPtrArray          *findings,
                                           const char         *field,
                                           RcFindingSeverity   severity,
                                           char               *message);
/* The first finding of @severity for @field (NULL: for any field), or NULL. */
const RcFinding *rc_findings_get          (GPtrArray          *findings,
                                           const char         *field,
                                           RcFindingSeverity   severity);
gboolean         rc_findings_has          (GPtrArray          *findings,
                                           RcFindingSeverity   severity);
/* The messages of @severity in order, joined by @separator; NULL when
 * there are none. */
char            *rc_findings_join         (GPtrArray          *findings,
                                           RcFindingSeverity   severity,
                                           const char         *separator);
/* FALSE with RC_MODEL_ERROR_INVALID and the first error's message when
 * there is an error; TRUE otherwise. */
gboolean         rc_findings_check        (GPtrArray          *findings,
                                           GError            **error);

/* Appends an error to @findings when @text is longer than @limit
 * characters: "A given name is at most 200 characters; this one has 201"
 * @field is one of "reference", "given_name", "family_name", "email",
 * "phone", "name", "description", "note". */
void             rc_field_check_length    (GPtrArray          *findings,
                                           const char         *field,
                                           const char         *text,
                                           guint               limit);

/* One @, something before it, a domain with a dot inside it, and no
 * spaces, commas, semicolons or angle brackets: "jo@example" is not one. */
gboolean         rc_field_is_email        (const char         *text);
/* Digits, spaces and + ( ) - only. */
gboolean         rc_field_is_phone        (const char         *text);
/* "SW118237" from "SW118237", "sw118237" or "SW 118 237"; NULL when
 * @text is not SW followed by 1 to RC_LIMIT_REGISTRATION_DIGITS digits. */
char            *rc_field_normalise_registration_number (const char *text);

/* A full name split into a given and a family name. "Smith, Mary Jane"
 * is the family name first. Otherwise the last word is the family name,
 * with the lower-case particles before it ("van der", "de la", "bin"):
 * "Mary Jane Smith" is "Mary Jane" and "Smith", "Anna van der Berg" is
 * "Anna" and "van der Berg". English names mostly have several given
 * names and one family name, and a double family name is mostly
 * hyphenated. FALSE, setting nothing, for one word (or one side of the
 * comma empty, or two commas): which part is which cannot be told. */
gboolean         rc_field_split_full_name (const char         *text,
                                           char              **given,
                                           char              **family);

/* @text quoted for a message, “like this”, cut to at most @max_chars
 * characters with an ellipsis. */
char            *rc_field_quote           (const char         *text,
                                           guint               max_chars);

/* Today's local date. */
void             rc_field_today           (GDate              *today);

G_END_DECLS
