package org.qunfang.kernel.problem;

/** Outside the caller's role or area. Says nothing about what lies there. */
public class Forbidden extends Problem {

  public Forbidden(Message text, String field) {
    super(text, field);
  }

  public Forbidden(Message text) {
    this(text, null);
  }

  /** A kernel message, by key. */
  public Forbidden(String kernelKey, Object... args) {
    this(Message.kernel(kernelKey, args), null);
  }

  @Override
  public int status() {
    return 403;
  }
}
