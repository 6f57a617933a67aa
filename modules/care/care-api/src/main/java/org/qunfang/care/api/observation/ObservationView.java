package org.qunfang.care.api.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qunfang.care.api.team.TeamMemberView;

/**
 * Someone under observation as lists show them (the ID number masked): where they live, the type
 * and its rules as they were when the observation began, the period and how it ended.
 */
public record ObservationView(
    UUID id,
    UUID residentId,
    String name,
    String maskedIdNumber,
    String divisionCode,
    String address,
    UUID typeId,
    String typeName,
    Reason reason,
    String details,
    LocalDate start,
    LocalDate plannedEnd,
    int day,
    ObservationStatus status,
    Instant endedAt,
    String endNote,
    List<TeamMemberView> team,
    long openAlerts,
    long version) {}
