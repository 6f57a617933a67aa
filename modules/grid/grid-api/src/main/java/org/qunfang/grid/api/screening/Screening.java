package org.qunfang.grid.api.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.qunfang.grid.api.Relation;
import org.qunfang.grid.api.ResidenceType;

/** Arrival registration and phone screening within the caller's reach. */
public interface Screening {

  /** Registers an arrival; someone already in the household register is linked (建档) at once. */
  ArrivalView register(@Valid @NotNull NewArrival arrival);

  ArrivalView follow(@NotNull UUID arrivalId, @Valid @NotNull ArrivalFollowUp followUp);

  /** Files an arrival into a household of the register (建档造册), tagged 来(返)人员. */
  ArrivalView file(UUID arrivalId, UUID householdId, Relation relation, ResidenceType type);

  /**
   * Arrivals within {@code area} (the caller's when null), optionally of one status, newest first.
   */
  List<ArrivalView> arrivals(String area, FollowUp status);

  /** The personal values in full; audited. */
  ArrivalPersonal reveal(UUID arrivalId);

  /**
   * Imports a list of numbers (.txt, .csv or .xlsx, one number per line or in the first column) for
   * a division. Every bad line is named; a file with any bad line imports nothing.
   */
  PhoneListView importList(
      String name, String source, String divisionCode, String fileName, byte[] content);

  List<PhoneListView> lists();

  /** A list's numbers, masked; those not yet called first. */
  List<PhoneCheckView> numbers(UUID listId);

  /** What came of calling a number of the list; a number of another list is not found. */
  PhoneCheckView record(
      @NotNull UUID listId, @NotNull UUID checkId, @Valid @NotNull PhoneCall call);
}
