/**
 * The report engine: JasperReports templates compiled once and cached, the official-document base
 * every formal report is filled into, and PDF export with fonts embedded. Plain classes, so the
 * same code renders in the server, in tests and in the benchmark.
 */
package org.qunfang.reports.engine;
