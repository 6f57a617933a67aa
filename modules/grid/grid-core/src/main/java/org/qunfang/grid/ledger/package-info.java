/** The figures of the grid ledgers and the dashboard, counted with grouped queries. */
package org.qunfang.grid.ledger;
