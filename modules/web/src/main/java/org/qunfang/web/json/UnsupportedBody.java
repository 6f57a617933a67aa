package org.qunfang.web.json;

import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.Problem;

/** A body of a type the operation does not take (a form where JSON is expected): 415. */
public class UnsupportedBody extends Problem {

  public UnsupportedBody() {
    super(Message.kernel("http.415"), null);
  }

  @Override
  public int status() {
    return 415;
  }
}
