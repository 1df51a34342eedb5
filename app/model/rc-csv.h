/* rc-csv.h: reading comma-separated values as spreadsheets write them
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RcCsvReader RcCsvReader;

/* Reads @data (not copied: it must outlive the reader). A UTF-8 byte order
 * mark is skipped; lines end in LF or CRLF; fields may be quoted, with
 * commas, line breaks and doubled quotes inside. */
RcCsvReader *rc_csv_reader_new       (const char   *data,
                                      gsize         length);
/* The same with fields separated by @separator: ',', ';' or '\t'. */
RcCsvReader *rc_csv_reader_new_with_separator (const char *data,
                                               gsize       length,
                                               char        separator);
void         rc_csv_reader_free      (RcCsvReader  *reader);
/* The separator of @data's first line, as spreadsheets save it (a
 * semicolon where the decimal point is a comma, a tab from "text" files):
 * whichever of ',', ';' and '\t' it holds most of outside quotes; ','
 * when it holds none, or as many commas as the most of another. */
char         rc_csv_detect_separator (const char   *data,
                                      gsize         length);
/* Reads the next record. Returns FALSE at the end of the data, or on a
 * malformed record with @error naming its line. The fields belong to the
 * reader until the next call. */
gboolean     rc_csv_reader_next      (RcCsvReader  *reader,
                                      GPtrArray   **fields,
                                      GError      **error);
/* The line on which the last record read began, counting from 1. */
guint        rc_csv_reader_get_line  (RcCsvReader  *reader);
/* How many bytes of the data have been read, for a progress bar. */
gsize        rc_csv_reader_get_offset (RcCsvReader *reader);
/* A reader's error message without its "Line 7: ", for a row that shows
 * its line apart. */
const char  *rc_csv_strip_line_prefix (const char  *message);

/* Reads the first record as a header, each cell trimmed. NULL at once
 * on a malformed record, as rc_csv_reader_next(), and on an empty file,
 * with @empty_domain and @empty_code: "The file is empty". */
GPtrArray   *rc_csv_reader_read_header (RcCsvReader *reader,
                                        GQuark       empty_domain,
                                        int          empty_code,
                                        GError     **error);
/* What an importer says of a record it could not read, @error: the reader
 * is lost, so nothing after it was read. */
char        *rc_csv_describe_unread_rest (const GError *error);

/* The index of the column named @name (case and surrounding spaces
 * ignored), or -1. */
int          rc_csv_find_column      (GPtrArray    *header,
                                      const char   *name);

/* A cell as a spreadsheet would not run it: a leading = + - @ (or tab or
 * carriage return) gets a ' before it. */
char        *rc_csv_neutralise_cell  (const char   *text);
/* A cell quoted for writing when it needs to be. */
char        *rc_csv_quote_cell       (const char   *text);

/* The most characters of a cell that a message quotes. */
#define RC_CSV_MESSAGE_MAX_CHARS 80

/* @text as a message may quote it: on one line (control characters and
 * line breaks become spaces) and at most @max_chars characters, the last
 * of them "…" when it was cut; invalid UTF-8 is replaced. A 20,000-byte
 * cell read from a file must not become a 20,000-byte message. */
char        *rc_csv_shorten          (const char   *text,
                                      guint         max_chars);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcCsvReader, rc_csv_reader_free)

G_END_DECLS
