package org.qunfang.reports.kinds.control;

import java.util.Optional;
import org.qunfang.reports.engine.control.ReportBody;

/** What a kind of report puts into the official layout for one request. */
public record ReportContent(
    String title,
    String introduction,
    ReportBody body,
    Optional<ReportBody.Attachment> attachment) {}
