package org.qunfang.reports.api;

import java.time.Instant;
import java.util.UUID;

/** An archived, issued report as readers see it (the PDF itself is fetched apart). */
public record IssuedReport(
    UUID id,
    String documentNumber,
    String kind,
    String title,
    String area,
    String parameters,
    Instant dataAsOf,
    String issuedBy,
    Instant issuedAt,
    String sha256,
    long size) {}
