package org.qunfang.care.type.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.qunfang.care.api.type.Symptom;

/** Symptoms in one column, {@code FEVER,DRY_COUGH}, in the enum's order. */
@Converter
public class SymptomSet implements AttributeConverter<Set<Symptom>, String> {

  @Override
  public String convertToDatabaseColumn(Set<Symptom> symptoms) {
    return symptoms == null || symptoms.isEmpty()
        ? ""
        : String.join(",", EnumSet.copyOf(symptoms).stream().map(Symptom::name).toList());
  }

  @Override
  public Set<Symptom> convertToEntityAttribute(String stored) {
    return stored == null || stored.isEmpty()
        ? Set.of()
        : Set.copyOf(Arrays.stream(stored.split(",")).map(Symptom::valueOf).toList());
  }

  /** For values kept encrypted: the same text, and back. */
  public static String text(Set<Symptom> symptoms) {
    return new SymptomSet().convertToDatabaseColumn(symptoms);
  }

  public static Set<Symptom> parse(String text) {
    return new SymptomSet().convertToEntityAttribute(text);
  }
}
