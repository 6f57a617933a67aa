package org.qunfang.kernel.problem;

/** The change clashes with existing data or with someone else's concurrent edit. */
public class Conflict extends Problem {

  public Conflict(Message text, String field) {
    super(text, field);
  }

  public Conflict(Message text) {
    this(text, null);
  }

  /** A kernel message, by key. */
  public Conflict(String kernelKey, Object... args) {
    this(Message.kernel(kernelKey, args), null);
  }

  @Override
  public int status() {
    return 409;
  }
}
