package org.qunfang.grid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.qunfang.kernel.validation.MobilePhone;

/**
 * What a grid member corrects about a person; the ID number (and so sex and birth date) is fixed
 * once recorded. A phone given replaces the recorded one; none keeps it (forms show it masked, so
 * it is typed only to change it). {@code version} guards against overwriting someone else's change.
 */
public record ResidentChange(
    @NotBlank @Size(max = 30) String name,
    @MobilePhone String phone,
    @NotNull Relation relation,
    @NotNull ResidenceType residenceType,
    Set<@NotBlank String> tags,
    long version) {

  public ResidentChange {
    phone = phone == null || phone.isBlank() ? null : phone.strip();
    tags = tags == null ? Set.of() : Set.copyOf(tags);
  }
}
