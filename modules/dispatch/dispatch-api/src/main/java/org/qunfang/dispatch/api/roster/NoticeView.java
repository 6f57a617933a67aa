package org.qunfang.dispatch.api.roster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something the caller was told: a message key of the module's texts with its arguments, rendered
 * in the reader's language by the page or resource that shows it.
 */
public record NoticeView(
    UUID id, String key, List<String> arguments, Instant createdAt, boolean read) {}
