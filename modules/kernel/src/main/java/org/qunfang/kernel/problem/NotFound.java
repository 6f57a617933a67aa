package org.qunfang.kernel.problem;

/** The record asked for does not exist (in the caller's reach). */
public class NotFound extends Problem {

  public NotFound(Message text, String field) {
    super(text, field);
  }

  public NotFound(Message text) {
    this(text, null);
  }

  /** A kernel message, by key. */
  public NotFound(String kernelKey, Object... args) {
    this(Message.kernel(kernelKey, args), null);
  }

  @Override
  public int status() {
    return 404;
  }
}
