package org.qunfang.dispatch.api.party;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A temporary organisation with its members, past ones included. */
public record OrganisationView(
    UUID id,
    OrganisationKind kind,
    String name,
    UUID parentId,
    String area,
    PlaceKind placeKind,
    UUID placeId,
    String approvedBy,
    String documentNumber,
    LocalDate setUpOn,
    LocalDate dissolvedOn,
    UUID secretaryId,
    UUID deputyId,
    List<MemberView> members,
    long version) {

  /** Members who belong now. */
  public long current() {
    return members.stream().filter(m -> m.leftOn() == null).count();
  }
}
