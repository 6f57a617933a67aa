package org.qunfang.care.api.observation;

import java.util.UUID;

/** A resident has been placed under observation; grid tags them 居家健康监测 in the same commit. */
public record ObservationStarted(UUID observationId, UUID residentId) {}
