package org.qunfang.web.api.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.UUID;

/** Record ids in select menus and hidden fields. */
@FacesConverter(forClass = UUID.class, managed = true)
public class UuidConverter implements Converter<UUID> {

  @Override
  public UUID getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException notAnId) {
      throw new ConverterException(notAnId);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, UUID value) {
    return value == null ? "" : value.toString();
  }
}
