package org.qunfang.grid.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone's assignment to a grid, as leader (网格长) or member (网格员); the phone is masked. An ended
 * assignment keeps its dates: the history is never overwritten.
 */
public record StaffAssignmentView(
    UUID id,
    UUID gridId,
    String name,
    String maskedPhone,
    StaffSource source,
    String account,
    StaffRole role,
    Instant from,
    Instant until) {}
