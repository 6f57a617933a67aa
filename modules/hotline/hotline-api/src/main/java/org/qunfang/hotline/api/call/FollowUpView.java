package org.qunfang.hotline.api.call;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record FollowUpView(
    UUID id,
    UUID callId,
    String task,
    LocalDate dueOn,
    UUID assigneeId,
    String assigneeName,
    String outcome,
    Instant doneAt,
    boolean overdue,
    long version) {}
