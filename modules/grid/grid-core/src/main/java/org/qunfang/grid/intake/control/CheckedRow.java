package org.qunfang.grid.intake.control;

import java.time.LocalDate;
import java.util.Set;
import org.qunfang.grid.api.Relation;
import org.qunfang.grid.api.ResidenceType;
import org.qunfang.grid.api.Sex;

/** A row that passed every check, ready to write; {@code idHash} is the ID's keyed hash. */
public record CheckedRow(
    int number,
    GridRef grid,
    String address,
    String room,
    String building,
    String name,
    String idNumber,
    String idHash,
    String phone,
    Sex sex,
    LocalDate birthDate,
    Relation relation,
    ResidenceType residenceType,
    Set<String> tags) {

  public CheckedRow withIdHash(String hash) {
    return new CheckedRow(
        number,
        grid,
        address,
        room,
        building,
        name,
        idNumber,
        hash,
        phone,
        sex,
        birthDate,
        relation,
        residenceType,
        tags);
  }

  /** Rows with the same grid, address and room are one household. */
  public String householdKey() {
    return grid.id() + "\u0000" + address + "\u0000" + room;
  }
}
