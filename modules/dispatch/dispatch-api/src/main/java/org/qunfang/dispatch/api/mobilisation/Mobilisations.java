package org.qunfang.dispatch.api.mobilisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** Mobilisation orders of the caller's area and who reported in against them. */
public interface Mobilisations {

  OrderView issue(@Valid @NotNull NewOrder order);

  /** Records someone reporting in; a person reports in once per order. */
  OrderView reportIn(@NotNull UUID orderId, @Valid @NotNull ReportIn report);

  OrderView order(UUID id);

  /** The orders issued within {@code area} (the caller's when null), latest first. */
  List<OrderView> list(String area);
}
