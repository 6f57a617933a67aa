package org.qunfang.care.api.type;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The observation types a district administrator keeps. Running observations keep the rules they
 * started with: a change, or a type withdrawn, applies only to new placements.
 */
public interface ObservationTypes {

  /** Every type, the withdrawn last; anyone of the care desk reads them. */
  List<ObservationTypeView> list();

  ObservationTypeView add(@Valid @NotNull TypeDefinition definition);

  ObservationTypeView change(
      @NotNull UUID id, @Valid @NotNull TypeDefinition definition, long version);

  /** Withdrawn types are offered no more; the observations under them run on. */
  ObservationTypeView withdraw(@NotNull UUID id, long version);
}
