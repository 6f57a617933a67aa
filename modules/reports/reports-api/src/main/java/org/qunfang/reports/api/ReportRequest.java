package org.qunfang.reports.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.qunfang.kernel.validation.DivisionCodeFormat;
import org.qunfang.kernel.validation.InService;

/**
 * Which report, for which area, addressed to whom (主送机关), for monthly reports which month ({@code
 * 2026-10}; the last full month when absent), for weekly ones the first day, and for a report about
 * one record (a person's service certificate) that record's id.
 */
public record ReportRequest(
    @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,40}") String kind,
    @NotBlank @DivisionCodeFormat String area,
    @Size(max = 60) String addressee,
    @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{org.qunfang.reports.api.month}")
        String month,
    @InService LocalDate from,
    UUID subject) {

  /** The month asked for, or the last full month (Beijing time). */
  public java.time.YearMonth monthOrLast() {
    return month == null || month.isBlank()
        ? java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1)
        : java.time.YearMonth.parse(month);
  }
}
