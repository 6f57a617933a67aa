/**
 * The audit trail's store: an append-only table written with plain JDBC on the shared data source,
 * so an entry joins whatever transaction is running — even mid-flush of another module's
 * persistence unit — and commits or rolls back with the change it records.
 */
package org.qunfang.access.audit;
