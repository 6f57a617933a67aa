package org.qunfang.dispatch.api.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.qunfang.kernel.validation.DivisionCodeFormat;
import org.qunfang.kernel.validation.InService;

/**
 * Fill the open slots of an area (the caller's when null) from {@code from} for {@code days} days,
 * township by township, for at most {@code seconds} (30 unless given).
 */
public record AutoRosterRequest(
    @DivisionCodeFormat String area,
    @NotNull @InService LocalDate from,
    @Min(1) @Max(7) int days,
    @Min(5) @Max(120) Integer seconds) {

  public int secondsOrDefault() {
    return seconds == null ? 30 : seconds;
  }
}
