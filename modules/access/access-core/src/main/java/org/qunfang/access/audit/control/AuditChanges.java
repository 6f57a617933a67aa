package org.qunfang.access.audit.control;

import static org.qunfang.kernel.json.Jsons.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunfang.access.api.FieldChange;

/**
 * Reading the changes an entry recorded (a JSON object of field to new value): the fields before
 * and after, and the name a record goes by. The trail keeps only new values, so a field's value
 * before an entry is the one the latest earlier entry about the same record gave it.
 */
public final class AuditChanges {

  /**
   * The fields that name a record, the first one present winning (a household goes by its address).
   */
  static final List<String> NAMING = List.of("name", "title", "code", "username", "address");

  private AuditChanges() {}

  /** The entry's fields in the order recorded; a value that is not text is shown as written. */
  public static Map<String, String> read(String changes) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (changes == null || changes.isBlank()) {
      return fields;
    }
    JsonObject object;
    try {
      object = JSON.createReader(new StringReader(changes)).readObject();
    } catch (JsonException | IllegalStateException notAnObject) {
      fields.put("", changes); // written before the trail kept JSON: shown as it is
      return fields;
    }
    object.forEach((field, value) -> fields.put(field, text(value)));
    return fields;
  }

  /**
   * Each field of {@code entry}, with its value after the {@code earlier} entries, oldest first.
   */
  public static List<FieldChange> compare(List<String> earlier, String entry) {
    Map<String, String> before = new LinkedHashMap<>();
    earlier.forEach(changes -> before.putAll(read(changes)));
    List<FieldChange> fields = new ArrayList<>();
    read(entry)
        .forEach((field, after) -> fields.add(new FieldChange(field, before.get(field), after)));
    return fields;
  }

  /** The name a record goes by in these changes, if they carry one. */
  public static Optional<String> name(String changes) {
    Map<String, String> fields = read(changes);
    return NAMING.stream()
        .map(fields::get)
        .filter(value -> value != null && !value.isBlank())
        .findFirst();
  }

  private static String text(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> null;
      case STRING -> ((JsonString) value).getString();
      default -> value.toString();
    };
  }
}
