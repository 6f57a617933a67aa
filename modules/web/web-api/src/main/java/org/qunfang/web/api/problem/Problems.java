package org.qunfang.web.api.problem;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.validation.ViolationContext;
import org.qunfang.web.api.problem.ProblemDetail.FieldViolation;

/**
 * Turns anything thrown below the web layer into a problem document in the reader's language.
 * Expected refusals keep their status and message; the unexpected becomes a 500 with a reference
 * that is logged, and no stack trace leaves the server.
 */
@ApplicationScoped
public class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  /** Yasson: "Json property x can not be mapped to a class …" (unknown field). */
  private static final Pattern UNKNOWN = Pattern.compile("Json property (\\w+) can not be mapped");

  /** Yasson: "Unable to deserialize property 'x' because of …" (wrong type). */
  private static final Pattern QUOTED = Pattern.compile("['\"]([A-Za-z_][A-Za-z0-9_]*)['\"]");

  @Inject ValidatorFactory validation;

  public ProblemDetail describe(Throwable thrown, Locale locale, String instance) {
    Throwable cause = unwrap(thrown);
    if (cause instanceof Problem problem) {
      String message = problem.messageIn(locale);
      List<FieldViolation> fields =
          problem.field().map(f -> List.of(new FieldViolation(f, message))).orElse(List.of());
      return problem(problem.status(), problem.text().key(), message, instance, fields);
    }
    if (cause instanceof ConstraintViolationException invalid) {
      return violations(invalid, locale, instance);
    }
    if (cause instanceof OptimisticLockException) {
      return problem(409, "record.changedByOther", text("record.changedByOther", locale), instance);
    }
    if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
      return problem(403, "role.denied", text("role.denied", locale), instance);
    }
    if (cause instanceof JsonbException json) {
      return unreadableJson(json, locale, instance);
    }
    Optional<DatabaseRefusal> database = DatabaseRefusal.of(thrown);
    if (database.isPresent()) {
      String key = database.get().key();
      return problem(database.get().status(), key, text(key, locale), instance);
    }
    if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      String key = "http." + status;
      String text = text(key, locale);
      return problem(
          status,
          key,
          text.equals(key) ? web.getResponse().getStatusInfo().getReasonPhrase() : text,
          instance);
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference + " at " + instance, cause);
    return problem(500, "server.error", text("server.error", locale, reference), instance);
  }

  /** Whether the container refused the call for the caller's roles. */
  public boolean refusedByRole(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    return cause instanceof EJBAccessException || cause instanceof AccessLocalException;
  }

  private ProblemDetail violations(
      ConstraintViolationException invalid, Locale locale, String instance) {
    List<FieldViolation> fields = new ArrayList<>();
    for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
      String message =
          validation
              .getMessageInterpolator()
              .interpolate(violation.getMessageTemplate(), new ViolationContext(violation), locale);
      fields.add(new FieldViolation(field(violation.getPropertyPath()), message));
    }
    fields.sort(Comparator.comparing(FieldViolation::field));
    return problem(400, "input.invalid", text("input.invalid", locale), instance, fields);
  }

  private ProblemDetail unreadableJson(JsonbException json, Locale locale, String instance) {
    String message = String.valueOf(json.getMessage());
    Matcher unknown = UNKNOWN.matcher(message);
    Matcher named = QUOTED.matcher(message);
    String field = null;
    String key = "input.malformed";
    if (unknown.find()) {
      field = unknown.group(1);
      key = "input.unknownField";
    } else if (named.find()) {
      field = named.group(1);
      key = "input.wrongType";
    }
    String text = field == null ? text(key, locale) : text(key, locale, field);
    List<FieldViolation> fields =
        field == null ? List.of() : List.of(new FieldViolation(field, text));
    return problem(400, key, text, instance, fields);
  }

  /** The path of the value at fault, without the method and parameter it came through. */
  static String field(Path path) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() != ElementKind.METHOD && node.getName() != null) {
        names.add(node.getName());
      }
    }
    return names.isEmpty() ? String.valueOf(parameter) : String.join(".", names);
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    for (int depth = 0; depth < 10 && current != null; depth++) {
      if (current instanceof Problem
          || current instanceof ConstraintViolationException
          || current instanceof OptimisticLockException
          || current instanceof EJBAccessException
          || current instanceof AccessLocalException
          || current instanceof JsonbException) {
        return current;
      }
      Throwable next =
          current instanceof EJBException ejb && ejb.getCausedByException() != null
              ? ejb.getCausedByException()
              : current.getCause();
      if (next == null || next == current) {
        break;
      }
      current = next;
    }
    return thrown instanceof EJBException && current != null ? current : thrown;
  }

  private static ProblemDetail problem(int status, String key, String detail, String instance) {
    return problem(status, key, detail, instance, List.of());
  }

  private static ProblemDetail problem(
      int status, String key, String detail, String instance, List<FieldViolation> fields) {
    String title =
        Response.Status.fromStatusCode(status) == null
            ? "Error"
            : Response.Status.fromStatusCode(status).getReasonPhrase();
    return new ProblemDetail("urn:qunfang:problem:" + key, title, status, detail, instance, fields);
  }

  private static String text(String key, Locale locale, Object... args) {
    return Message.kernel(key, args).in(locale);
  }
}
