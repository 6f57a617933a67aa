package org.qunfang.reports.api.kind;

import java.util.Optional;

/** What a kind of report puts into the official layout for one request. */
public record ReportContent(
    String title,
    String introduction,
    ReportBody body,
    Optional<ReportBody.Attachment> attachment) {}
