package org.qunfang.reports.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.qunfang.kernel.validation.DivisionCodeFormat;

/** Which report, for which area, addressed to whom (主送机关). */
public record ReportRequest(
    @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,40}") String kind,
    @NotBlank @DivisionCodeFormat String area,
    @Size(max = 60) String addressee) {}
