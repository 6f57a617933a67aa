package org.qunfang.reports.archive.control;

import org.qunfang.kernel.problem.Message;

/** The reports module's messages (in the api jar, where the kernel can load them). */
public final class ReportTexts {

  public static final String BUNDLE = "org.qunfang.reports.api.Messages";

  private ReportTexts() {}

  public static Message of(String key, Object... args) {
    return new Message(BUNDLE, key, args);
  }
}
