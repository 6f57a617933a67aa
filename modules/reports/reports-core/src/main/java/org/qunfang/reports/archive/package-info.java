/**
 * Issuing and the archive. Issuing takes the next document number under a row lock, renders, and
 * archives the PDF with its SHA-256 in one transaction, so a failure leaves no gap and no entry. An
 * archived report has no mutator and no delete path; on PostgreSQL a trigger refuses both.
 */
package org.qunfang.reports.archive;
