package org.qunfang.care.api.type;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An observation type as the district defines it (居家医学观察, 居家健康监测 …): how many days, on which days
 * (1 = the first) a nucleic-acid test is taken, the check slots and their windows, the fever
 * threshold (axillary, °C) and the symptoms that make a check abnormal.
 */
public record TypeDefinition(
    @NotBlank @Size(max = 30) String name,
    @NotBlank @Size(max = 60) String nameEn,
    @Min(1) @Max(28) int periodDays,
    @Size(max = 28) List<@NotNull @Min(1) @Max(28) Integer> testDays,
    @NotEmpty @Size(max = 3) List<@Valid @NotNull SlotWindow> windows,
    @NotNull @DecimalMin("36.5") @DecimalMax("38.5") BigDecimal feverThreshold,
    @NotEmpty Set<@NotNull Symptom> symptoms) {

  public TypeDefinition {
    testDays = testDays == null ? List.of() : List.copyOf(new TreeSet<>(testDays));
    windows = windows == null ? List.of() : List.copyOf(windows);
    symptoms = symptoms == null ? Set.of() : Set.copyOf(symptoms);
  }
}
