package org.qunfang.care.api.observation;

import java.util.UUID;

/** An observation has ended (released, transferred or lost); grid takes the tag off. */
public record ObservationEnded(UUID observationId, UUID residentId, ObservationStatus outcome) {}
