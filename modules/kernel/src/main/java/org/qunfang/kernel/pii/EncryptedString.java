package org.qunfang.kernel.pii;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a personal value encrypted: {@code @Convert(converter = EncryptedString.class)}. */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String plain) {
    return Pii.protection().encrypt(plain);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return Pii.protection().decrypt(stored);
  }
}
