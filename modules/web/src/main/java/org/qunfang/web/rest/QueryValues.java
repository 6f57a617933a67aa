package org.qunfang.web.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.validation.InService;

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
      return (ParamConverter<T>) new Converter<>(name, QueryValues::day, "input.date", "");
    }
    if (type == Instant.class) {
      return (ParamConverter<T>) new Converter<>(name, QueryValues::instant, "input.instant", "");
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

  /** A day in a query is a filter over the service's own records: {@link InService} applies. */
  private static LocalDate day(String value) {
    LocalDate day = LocalDate.parse(value);
    if (!InService.Range.plausible(day)) {
      throw new IllegalArgumentException("implausible");
    }
    return day;
  }

  private static Instant instant(String value) {
    Instant instant = Instant.parse(value);
    if (!InService.Range.plausible(instant)) {
      throw new IllegalArgumentException("implausible");
    }
    return instant;
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
