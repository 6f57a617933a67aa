package org.qunfang.reports.api;

/** A kind of report the caller may request. */
public record ReportKindView(String kind, String title) {}
