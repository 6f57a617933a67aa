package org.qunfang.kernel.problem;

/** The input is refused; names the field when one is at fault. */
public class InvalidInput extends Problem {

  public InvalidInput(Message text, String field) {
    super(text, field);
  }

  public InvalidInput(Message text) {
    this(text, null);
  }

  /** A kernel message, by key. */
  public InvalidInput(String kernelKey, Object... args) {
    this(Message.kernel(kernelKey, args), null);
  }

  @Override
  public int status() {
    return 400;
  }
}
