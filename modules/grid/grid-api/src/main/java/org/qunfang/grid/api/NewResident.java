package org.qunfang.grid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.qunfang.kernel.validation.CitizenId;
import org.qunfang.kernel.validation.MobilePhone;

/**
 * A person of a household. With an ID number, sex and birth date come from it; without one (a child
 * not yet registered, a foreigner) both must be given.
 */
public record NewResident(
    @NotBlank @Size(max = 30) String name,
    @CitizenId String idNumber,
    @MobilePhone String phone,
    Sex sex,
    @PastOrPresent LocalDate birthDate,
    @NotNull Relation relation,
    @NotNull ResidenceType residenceType,
    Set<@NotBlank String> tags) {

  public NewResident {
    idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase();
    phone = phone == null || phone.isBlank() ? null : phone.strip();
    tags = tags == null ? Set.of() : Set.copyOf(tags);
  }
}
