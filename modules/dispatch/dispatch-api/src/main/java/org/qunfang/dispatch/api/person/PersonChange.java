package org.qunfang.dispatch.api.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.qunfang.kernel.validation.MobilePhone;

/**
 * What may change about someone registered (name and ID number do not: a wrong one is a new entry);
 * {@code version} is the one the editor saw.
 */
public record PersonChange(
    @NotNull @MobilePhone String mobile,
    @Size(max = 100) String employer,
    @Size(max = 64) String account,
    Set<@NotNull Skill> skills,
    @Size(max = 21) List<@Valid @NotNull Availability> windows,
    @Valid Membership party,
    @Valid Secondment secondment,
    @Valid Volunteering volunteering,
    long version) {

  public PersonChange {
    mobile = mobile == null ? null : mobile.strip();
    account = account == null || account.isBlank() ? null : account.strip();
    skills = skills == null ? Set.of() : Set.copyOf(skills);
    windows = windows == null ? List.of() : List.copyOf(windows);
  }
}
