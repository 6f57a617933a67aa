package org.qunfang.grid.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.qunfang.kernel.validation.CitizenId;

/**
 * Buildings, households and the people in them, within the caller's reach: a grid member's own
 * small grids, an officer's community or township. A person (by ID number) is recorded once.
 */
public interface HouseholdRegister {

  BuildingView addBuilding(@Valid @NotNull NewBuilding building);

  List<BuildingView> buildings(@NotNull UUID gridId);

  HouseholdView addHousehold(@Valid @NotNull NewHousehold household);

  HouseholdView household(@NotNull UUID id);

  List<HouseholdView> households(@NotNull UUID gridId);

  HouseholdView change(@NotNull UUID householdId, @Valid @NotNull HouseholdChange change);

  ResidentView addResident(@NotNull UUID householdId, @Valid @NotNull NewResident resident);

  ResidentView change(@NotNull UUID residentId, @Valid @NotNull ResidentChange change);

  /** A resident within reach; any other is not found. */
  ResidentView resident(@NotNull UUID residentId);

  ResidentPage search(@Valid @NotNull ResidentQuery query);

  /** The person with this ID number, if within reach. */
  Optional<ResidentView> findByIdNumber(@NotBlank @CitizenId String idNumber);

  /** ID number and phone in full, audited. */
  ResidentPersonal reveal(@NotNull UUID residentId);

  List<PopulationTagView> tags();

  PopulationTagView addTag(@Valid @NotNull NewPopulationTag tag);
}
