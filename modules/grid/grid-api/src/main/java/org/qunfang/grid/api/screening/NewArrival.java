package org.qunfang.grid.api.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.qunfang.kernel.validation.CitizenId;
import org.qunfang.kernel.validation.InService;
import org.qunfang.kernel.validation.MobilePhone;

/** A person arriving from elsewhere (来(返)人员), registered in the small grid where they stay. */
public record NewArrival(
    @NotNull UUID gridId,
    @NotBlank @Size(max = 30) String name,
    @CitizenId String idNumber,
    @NotBlank @MobilePhone String phone,
    @NotBlank @Size(max = 100) String origin,
    @NotNull @PastOrPresent @InService LocalDate arrivalDate,
    @NotBlank @Size(max = 200) String address,
    @Size(max = 500) String note) {

  public NewArrival {
    idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase();
    phone = phone == null ? null : phone.strip();
  }
}
