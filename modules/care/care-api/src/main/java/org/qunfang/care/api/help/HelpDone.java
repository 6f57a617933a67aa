package org.qunfang.care.api.help;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.qunfang.kernel.validation.InService;

/**
 * Done: when (now when null), what was done, and money the helper advanced (垫付) and what the
 * household has repaid so far, in yuan.
 */
public record HelpDone(
    @PastOrPresent @InService Instant doneAt,
    @NotBlank @Size(max = 200) String note,
    @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) BigDecimal advanced,
    @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) BigDecimal repaid,
    long version) {}
