/**
 * Issuing and the archive. Issuing takes the organ's next document number of the year (one sequence
 * across all kinds, as a 发文字号 is) under a row lock, renders, and archives the PDF with its SHA-256
 * in one transaction, so a failure leaves no gap and no entry. An archived report has no mutator
 * and no delete path; on PostgreSQL a trigger refuses both.
 */
package org.qunfang.reports.archive;
