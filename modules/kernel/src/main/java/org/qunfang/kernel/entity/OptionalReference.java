package org.qunfang.kernel.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * A UUID column that may be empty. EclipseLink's own UUID conversion, which it applies to every
 * UUID attribute, refuses an empty one when an insert row is built inside the server; this
 * converter takes its place and hands the driver the UUID or null as it is. List this class in each
 * unit that uses it.
 */
@Converter
public class OptionalReference implements AttributeConverter<UUID, UUID> {

  @Override
  public UUID convertToDatabaseColumn(UUID id) {
    return id;
  }

  @Override
  public UUID convertToEntityAttribute(UUID stored) {
    return stored;
  }
}
