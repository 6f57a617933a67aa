package org.qunfang.hotline.api.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A hotline: its number and when it is answered ({@code hours} when not round the clock). */
public record NewHotline(
    @NotBlank @Size(max = 60) String name,
    @NotBlank @Pattern(regexp = "[0-9-]{3,20}", message = "{org.qunfang.hotline.api.number}")
        String number,
    boolean roundTheClock,
    @Size(max = 60) String hours) {}
