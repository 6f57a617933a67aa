package org.qunfang.dispatch.api.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.qunfang.kernel.validation.InService;

/** A cadre sent down from their agency (下沉干部): the unit, the order that sent them, from–to. */
public record Secondment(
    @NotBlank @Size(max = 100) String unit,
    @Size(max = 60) String order,
    @NotNull @InService LocalDate from,
    @InService LocalDate until) {}
