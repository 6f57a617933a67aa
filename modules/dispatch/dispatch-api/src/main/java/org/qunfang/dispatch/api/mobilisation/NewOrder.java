package org.qunfang.dispatch.api.mobilisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.qunfang.kernel.validation.DivisionCodeFormat;
import org.qunfang.kernel.validation.InService;

/**
 * A mobilisation order (动员令) of the district or a township: its number and title, the day it is
 * issued, the period people are called for, the units asked and the posts to fill.
 */
public record NewOrder(
    @NotBlank @Size(max = 60) String number,
    @NotBlank @Size(max = 100) String title,
    @NotNull @DivisionCodeFormat String area,
    @NotNull @InService LocalDate issuedOn,
    @NotNull @InService LocalDate from,
    @NotNull @InService LocalDate until,
    @NotEmpty @Size(max = 200) List<@Valid @NotNull UnitAsk> units,
    @Size(max = 20) List<@Valid @NotNull PostAsk> posts) {

  public NewOrder {
    posts = posts == null ? List.of() : List.copyOf(posts);
  }
}
