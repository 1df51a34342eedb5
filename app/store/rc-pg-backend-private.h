/* rc-pg-backend-private.h: what rc-pg-backend.c and rc-pg-parameters.c share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-pg-backend.h"

G_BEGIN_DECLS

/* pg_type.h is the server's; these OIDs never change. */
#define BOOL_OID   16
#define INT8_OID   20
#define TEXT_OID   25
#define FLOAT8_OID 701

typedef struct
{
  RcStatement   head;
  char         *sql;       /* with $N */
  int           n_params;
  char        **values;    /* owned; NULL for NULL */
  Oid          *types;
  /* The types the server gave the parameters, once asked (rc_pg_statement_learn_types) */
  Oid          *learned;
  gboolean      has_learned;
  int           failed;    /* the first parameter that could not be bound, or 0 */
  PGresult     *result;
  int           row;       /* the row a column is read from; -1 before the first step */
} RcPgStatement;

/* Asks the server, once, the types of @stmt's parameters that were bound
 * NULL or as text (rc-pg-parameters.c says why and how), and keeps them
 * in stmt->learned. */
void rc_pg_statement_learn_types (PGconn        *conn,
                                  RcPgStatement *stmt);

G_END_DECLS
