package org.qunfang.grid.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A person as lists and forms show them: ID number and phone masked; the community they live in;
 * whether they still do ({@code status}, and {@code leftOn} when they left).
 */
public record ResidentView(
    UUID id,
    UUID householdId,
    UUID gridId,
    String gridCode,
    String divisionCode,
    String name,
    String maskedIdNumber,
    String maskedPhone,
    Sex sex,
    LocalDate birthDate,
    Relation relation,
    ResidenceType residenceType,
    Set<String> tags,
    String address,
    ResidentStatus status,
    LocalDate leftOn,
    long version) {}
