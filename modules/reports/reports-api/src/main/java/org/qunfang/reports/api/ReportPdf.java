package org.qunfang.reports.api;

/** A rendered PDF and the name to save it under. */
public record ReportPdf(String fileName, byte[] content) {}
