package org.qunfang.web.json;

import static org.qunfang.kernel.json.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.validation.CleanText;

/**
 * Checks a JSON tree against the Java type it is about to be bound to, and returns it with its
 * texts cleaned ({@link CleanText}). JSON-B alone would turn {@code 1.5} into 1, {@code 1e308} into
 * 0, a number into a text, and name the class it failed on; here each of those is a refusal that
 * names the field and says what it takes.
 */
final class JsonShape {

  /** Dates outside these years are typing errors whatever the field; fields narrow it further. */
  static final int FIRST_YEAR = 1900;

  static final int LAST_YEAR = 2100;

  /** A text whose declared size is at most this is a name or short text: one line. */
  private static final int SHORT_TEXT = 200;

  private static final Map<Class<?>, long[]> INTEGERS =
      Map.of(
          Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
          long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
          Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
          short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
          Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
          byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

  private JsonShape() {}

  static JsonValue check(JsonValue value, Type type) {
    return check(value, type, "", true);
  }

  private static JsonValue check(JsonValue value, Type type, String path, boolean multiline) {
    Class<?> raw = raw(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        throw expected(path, "json.required");
      }
      return value;
    }
    if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return value;
    }
    if (raw == String.class || raw == CharSequence.class) {
      return text(value, path, multiline);
    }
    if (INTEGERS.containsKey(raw) || raw == BigInteger.class) {
      return integer(value, raw, path);
    }
    if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
      return decimal(value, raw, path);
    }
    if (raw == BigDecimal.class) {
      number(value, path);
      return value;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        throw expected(path, "json.boolean");
      }
      return value;
    }
    if (raw.isEnum()) {
      return choice(value, raw, path);
    }
    if (raw == UUID.class) {
      return parsed(value, path, "json.uuid", UUID::fromString);
    }
    if (raw == LocalDate.class) {
      return dated(value, path, "json.date", LocalDate::parse);
    }
    if (raw == Instant.class) {
      return dated(value, path, "json.instant", Instant::parse);
    }
    if (raw == OffsetDateTime.class) {
      return dated(value, path, "json.instant", OffsetDateTime::parse);
    }
    if (raw == LocalDateTime.class) {
      return dated(value, path, "json.dateTime", LocalDateTime::parse);
    }
    if (raw == LocalTime.class) {
      return parsed(value, path, "json.time", LocalTime::parse);
    }
    if (raw == YearMonth.class) {
      return dated(value, path, "json.month", YearMonth::parse);
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      return array(value, element(type, raw), path);
    }
    if (Map.class.isAssignableFrom(raw)) {
      return map(value, argument(type, 1), path);
    }
    if (raw.isRecord()) {
      return record(value, raw, path);
    }
    if (raw.getName().startsWith("org.qunfang.")) {
      return bean(value, raw, path);
    }
    return value;
  }

  private static JsonValue text(JsonValue value, String path, boolean multiline) {
    if (!(value instanceof JsonString string)) {
      throw expected(path, "json.text");
    }
    return CleanText.clean(string.getString(), multiline)
        .map(t -> (JsonValue) JSON.createValue(t))
        .orElseThrow(() -> new InvalidInput(Message.kernel("input.text", path), path));
  }

  private static JsonValue integer(JsonValue value, Class<?> type, String path) {
    BigDecimal number = number(value, path);
    BigInteger whole;
    try {
      whole = number.toBigIntegerExact();
    } catch (ArithmeticException fraction) {
      throw new InvalidInput(Message.kernel("input.fraction", path, number.toString()), path);
    }
    long[] range = INTEGERS.get(type);
    if (range != null
        && (whole.compareTo(BigInteger.valueOf(range[0])) < 0
            || whole.compareTo(BigInteger.valueOf(range[1])) > 0)) {
      throw new InvalidInput(
          Message.kernel(
              "input.range",
              path,
              shortNumber(number),
              String.valueOf(range[0]),
              String.valueOf(range[1])),
          path);
    }
    return JSON.createValue(whole);
  }

  private static JsonValue decimal(JsonValue value, Class<?> type, String path) {
    BigDecimal number = number(value, path);
    double asDouble = number.doubleValue();
    boolean single = type == Float.class || type == float.class;
    if (Double.isInfinite(asDouble) || (single && Float.isInfinite((float) asDouble))) {
      throw new InvalidInput(
          Message.kernel("input.range", path, shortNumber(number), "-1e38", "1e38"), path);
    }
    return value;
  }

  private static BigDecimal number(JsonValue value, String path) {
    if (!(value instanceof JsonNumber number)) {
      throw expected(path, "json.number");
    }
    return number.bigDecimalValue();
  }

  private static JsonValue choice(JsonValue value, Class<?> type, String path) {
    String choices =
        Arrays.stream(type.getEnumConstants())
            .map(c -> ((Enum<?>) c).name())
            .collect(Collectors.joining(", "));
    if (!(value instanceof JsonString string)) {
      throw new InvalidInput(Message.kernel("input.enum", path, value.toString(), choices), path);
    }
    String name = string.getString().strip();
    if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(name))) {
      throw new InvalidInput(Message.kernel("input.enum", path, shortText(name), choices), path);
    }
    return JSON.createValue(name);
  }

  private static JsonValue parsed(
      JsonValue value, String path, String kind, Function<String, ?> parse) {
    if (!(value instanceof JsonString string)) {
      throw expected(path, kind);
    }
    try {
      parse.apply(string.getString().strip());
      return JSON.createValue(string.getString().strip());
    } catch (DateTimeParseException | IllegalArgumentException bad) {
      throw expected(path, kind);
    }
  }

  private static JsonValue dated(
      JsonValue value, String path, String kind, Function<String, TemporalAccessor> parse) {
    JsonValue clean = parsed(value, path, kind, parse);
    TemporalAccessor parsed = parse.apply(((JsonString) clean).getString());
    long year =
        parsed instanceof Instant instant
            ? instant.atOffset(java.time.ZoneOffset.UTC).getYear()
            : parsed.getLong(ChronoField.YEAR);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInput(
          Message.kernel(
              "input.dateRange",
              path,
              ((JsonString) clean).getString(),
              String.valueOf(FIRST_YEAR),
              String.valueOf(LAST_YEAR)),
          path);
    }
    return clean;
  }

  private static JsonValue array(JsonValue value, Type element, String path) {
    if (!(value instanceof JsonArray array)) {
      throw expected(path, "json.array");
    }
    JsonArrayBuilder clean = JSON.createArrayBuilder();
    for (int i = 0; i < array.size(); i++) {
      clean.add(check(array.get(i), element, path + "[" + i + "]", false));
    }
    return clean.build();
  }

  private static JsonValue map(JsonValue value, Type valueType, String path) {
    if (!(value instanceof JsonObject object)) {
      throw expected(path, "json.object");
    }
    JsonObjectBuilder clean = JSON.createObjectBuilder();
    object.forEach((k, v) -> clean.add(k, check(v, valueType, join(path, k), false)));
    return clean.build();
  }

  private static JsonValue record(JsonValue value, Class<?> type, String path) {
    Map<String, Slot> slots = new LinkedHashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      slots.put(
          name(component.getAccessor().getAnnotation(JsonbProperty.class), component.getName()),
          new Slot(
              component.getGenericType(),
              multiline(component.getAccessor().getAnnotation(Size.class))));
    }
    return members(value, slots, path);
  }

  private static JsonValue bean(JsonValue value, Class<?> type, String path) {
    Map<String, Slot> slots = new LinkedHashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())
            && !Modifier.isTransient(field.getModifiers())) {
          slots.putIfAbsent(
              name(field.getAnnotation(JsonbProperty.class), field.getName()),
              new Slot(field.getGenericType(), multiline(field.getAnnotation(Size.class))));
        }
      }
    }
    return members(value, slots, path);
  }

  private record Slot(Type type, boolean multiline) {}

  private static JsonValue members(JsonValue value, Map<String, Slot> slots, String path) {
    if (!(value instanceof JsonObject object)) {
      throw expected(path, "json.object");
    }
    JsonObjectBuilder clean = JSON.createObjectBuilder();
    object.forEach(
        (key, member) -> {
          String field = join(path, key);
          Slot slot = slots.get(key);
          if (slot == null) {
            throw new InvalidInput(Message.kernel("input.unknownField", field), field);
          }
          clean.add(key, check(member, slot.type(), field, slot.multiline()));
        });
    return clean.build();
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String name(JsonbProperty property, String fallback) {
    return property == null || property.value().isEmpty() ? fallback : property.value();
  }

  private static boolean multiline(Size size) {
    return size == null || size.max() > SHORT_TEXT;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    return Object.class;
  }

  private static Type element(Type type, Class<?> raw) {
    return raw.isArray() ? raw.getComponentType() : argument(type, 0);
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index]
        : Object.class;
  }

  private static InvalidInput expected(String path, String kind) {
    String field = path.isEmpty() ? "body" : path;
    return new InvalidInput(Message.kernel("input.expected", field, Message.kernel(kind)), field);
  }

  private static String shortNumber(BigDecimal number) {
    return shortText(number.toString());
  }

  private static String shortText(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
