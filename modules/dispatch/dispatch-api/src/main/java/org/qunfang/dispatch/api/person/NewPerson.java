package org.qunfang.dispatch.api.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.qunfang.kernel.validation.CitizenId;
import org.qunfang.kernel.validation.DivisionCodeFormat;
import org.qunfang.kernel.validation.MobilePhone;

/**
 * Someone who serves, entered once: a party member, a seconded cadre, a volunteer, or several of
 * these at once. {@code area} is the division they serve in (a township or a community).
 */
public record NewPerson(
    @NotBlank @Size(max = 30) String name,
    @NotNull @CitizenId String idNumber,
    @NotNull @MobilePhone String mobile,
    @NotNull @DivisionCodeFormat String area,
    @Size(max = 100) String employer,
    @Size(max = 64) String account,
    Set<@NotNull Skill> skills,
    @Size(max = 21) List<@Valid @NotNull Availability> windows,
    @Valid Membership party,
    @Valid Secondment secondment,
    @Valid Volunteering volunteering) {

  public NewPerson {
    idNumber = idNumber == null ? null : idNumber.strip().toUpperCase();
    mobile = mobile == null ? null : mobile.strip();
    account = account == null || account.isBlank() ? null : account.strip();
    skills = skills == null ? Set.of() : Set.copyOf(skills);
    windows = windows == null ? List.of() : List.copyOf(windows);
  }
}
