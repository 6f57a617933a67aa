package org.qunfang.care.api.type;

import java.util.UUID;

/** A type of the reference list; a change applies to placements made after it. */
public record ObservationTypeView(
    UUID id, TypeDefinition definition, boolean active, long version) {}
