package org.qunfang.dispatch.api.attendance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A shift at a post, with its sign-in code and its people. */
public record ShiftOnDuty(
    UUID shiftId,
    String postName,
    String area,
    Instant startsAt,
    Instant endsAt,
    String signInCode,
    List<PlaceOnDuty> places) {}
