package org.qunfang.dispatch.api.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qunfang.kernel.validation.DivisionCodeFormat;
import org.qunfang.kernel.validation.InService;

/**
 * A temporary committee or branch as approved: by whom and under which document number, from when,
 * over which area (and optionally at which grid or checkpoint), with its secretary, deputy and
 * members from the registry. A branch names its committee; it needs three full members.
 */
public record NewOrganisation(
    @NotNull OrganisationKind kind,
    @NotBlank @Size(max = 60) String name,
    UUID parentId,
    @NotNull @DivisionCodeFormat String area,
    PlaceKind placeKind,
    UUID placeId,
    @NotBlank @Size(max = 100) String approvedBy,
    @NotBlank @Size(max = 60) String documentNumber,
    @NotNull @InService LocalDate setUpOn,
    UUID secretaryId,
    UUID deputyId,
    @Size(max = 500) List<@NotNull UUID> memberIds) {

  public NewOrganisation {
    memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
  }
}
