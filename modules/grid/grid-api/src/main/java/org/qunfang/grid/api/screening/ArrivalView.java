package org.qunfang.grid.api.screening;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An arrival as lists show it: ID number and phone masked; filed once in the household register.
 */
public record ArrivalView(
    UUID id,
    UUID gridId,
    String gridCode,
    String name,
    String idNumber,
    String phone,
    String origin,
    LocalDate arrivalDate,
    String address,
    FollowUp status,
    String note,
    UUID residentId,
    long version) {

  /** 建档: the person has a record in the household register. */
  public boolean filed() {
    return residentId != null;
  }
}
