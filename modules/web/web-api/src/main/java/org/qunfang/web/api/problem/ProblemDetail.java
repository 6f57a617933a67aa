package org.qunfang.web.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code violations} names each field at fault with a message in the
 * reader's language; it is empty unless the input was refused field by field.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
public record ProblemDetail(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldViolation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldViolation(String field, String message) {}
}
