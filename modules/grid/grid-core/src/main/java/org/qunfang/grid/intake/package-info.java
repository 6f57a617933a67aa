/**
 * Households and residents from workbooks: the template, the streaming read, row checks that name
 * row, column and reason, and an all-or-nothing bulk write (PostgreSQL COPY, JDBC batches on H2).
 */
package org.qunfang.grid.intake;
