package org.qunfang.web.json;

import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.Problem;

/** A request body over the configured limit: 413, saying the limit. */
public class PayloadTooLarge extends Problem {

  public PayloadTooLarge(long maxBytes) {
    super(Message.kernel("input.tooLarge", readable(maxBytes)), null);
  }

  @Override
  public int status() {
    return 413;
  }

  static String readable(long bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
  }
}
