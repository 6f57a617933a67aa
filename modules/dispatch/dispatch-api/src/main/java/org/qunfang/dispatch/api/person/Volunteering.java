package org.qunfang.dispatch.api.person;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.qunfang.kernel.validation.InService;

/** A volunteer: the day they consented to serve and to be recorded, and their team, if any. */
public record Volunteering(
    @NotNull @InService LocalDate consentedOn, @Size(max = 60) String team) {}
