/**
 * Dispatch's formal reports: the figures (a boundary, within the caller's area) and the report
 * kinds that lay them out for the report service.
 */
package org.qunfang.dispatch.report;
