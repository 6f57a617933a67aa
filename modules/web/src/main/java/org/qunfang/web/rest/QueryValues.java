package org.qunfang.web.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * Dates and choices in query strings. JAX-RS would answer a bad one with 404; this answers 400
 * naming the parameter and what it takes.
 */
@Provider
public class QueryValues implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(Class<T> type, Type generic, Annotation[] annotations) {
    String name =
        Arrays.stream(annotations)
            .filter(QueryParam.class::isInstance)
            .map(a -> ((QueryParam) a).value())
            .findFirst()
            .orElse(null);
    if (name == null) {
      return null;
    }
    if (type == LocalDate.class) {
      return (ParamConverter<T>) new Converter<>(name, LocalDate::parse, "input.date", "");
    }
    if (type == java.time.Instant.class) {
      return (ParamConverter<T>)
          new Converter<>(name, java.time.Instant::parse, "input.instant", "");
    }
    if (type.isEnum()) {
      String choices =
          Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      return new Converter<>(name, v -> (T) Enum.valueOf((Class) type, v), "input.choice", choices);
    }
    return null;
  }

  private record Converter<T>(
      String name, java.util.function.Function<String, T> parse, String key, String hint)
      implements ParamConverter<T> {

    @Override
    public T fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return parse.apply(value.strip());
      } catch (DateTimeParseException | IllegalArgumentException bad) {
        throw new BadRequestException(
            new InvalidInput(Message.kernel(key, name, value, hint), name));
      }
    }

    @Override
    public String toString(T value) {
      return String.valueOf(value);
    }
  }
}
