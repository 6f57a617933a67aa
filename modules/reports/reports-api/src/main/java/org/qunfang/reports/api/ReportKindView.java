package org.qunfang.reports.api;

/**
 * A kind of report the caller may request. One about a single record ({@code subject} true: a
 * person's service certificate) needs that record's id, and is issued from its module's page.
 */
public record ReportKindView(String kind, String title, boolean subject) {}
