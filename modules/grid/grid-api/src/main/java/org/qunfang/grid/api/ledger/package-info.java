/** The figures behind the grid ledgers (台账) and the dashboard, always for a whole area. */
package org.qunfang.grid.api.ledger;
