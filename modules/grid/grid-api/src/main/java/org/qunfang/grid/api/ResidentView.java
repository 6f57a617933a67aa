package org.qunfang.grid.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A person as lists and forms show them: ID number and phone masked. */
public record ResidentView(
    UUID id,
    UUID householdId,
    UUID gridId,
    String gridCode,
    String name,
    String maskedIdNumber,
    String maskedPhone,
    Sex sex,
    LocalDate birthDate,
    Relation relation,
    ResidenceType residenceType,
    Set<String> tags,
    String address,
    long version) {}
