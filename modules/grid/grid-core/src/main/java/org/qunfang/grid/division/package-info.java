/**
 * The division tree (NBS five-level codes) for the configured home area. It is imported from the
 * files shipped in this jar on every start-up; the import only writes what differs, so restarts and
 * re-imports are idempotent. Reads are always cut to the caller's area.
 */
package org.qunfang.grid.division;
