package org.qunfang.kernel.problem;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Optional;

/**
 * A refusal the user can act on: bad input, something out of reach, missing or in conflict. The web
 * layer turns it into problem+json or a page message in the reader's language. Thrown from a
 * boundary it rolls the transaction back, so nothing is half written.
 */
@ApplicationException(rollback = true)
public abstract class Problem extends RuntimeException {

  private final Message text;
  private final String field;

  protected Problem(Message text, String field) {
    super(text.key(), null, false, false);
    this.text = text;
    this.field = field;
  }

  /** The HTTP status this problem means. */
  public abstract int status();

  public Message text() {
    return text;
  }

  /** The input field at fault, when there is one. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  public String messageIn(Locale locale) {
    return text.in(locale);
  }
}
