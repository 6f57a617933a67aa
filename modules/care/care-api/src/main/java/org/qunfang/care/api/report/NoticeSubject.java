package org.qunfang.care.api.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.api.observation.Reason;
import org.qunfang.care.api.team.TeamMemberView;
import org.qunfang.care.api.type.SlotWindow;

/**
 * What an individual notice says about one observation: the person (ID number masked), where they
 * live, the type's rules as the observation keeps them, the period, how it ended, and the team.
 * Never a reading.
 */
public record NoticeSubject(
    UUID id,
    String name,
    String maskedIdNumber,
    String address,
    String community,
    String typeName,
    Reason reason,
    String details,
    LocalDate start,
    LocalDate plannedEnd,
    ObservationStatus status,
    Instant endedAt,
    List<SlotWindow> windows,
    BigDecimal feverThreshold,
    List<Integer> testDays,
    List<TeamMemberView> team) {}
