package org.qunfang.reports.engine.control;

/** A template that cannot be loaded, compiled or filled: a defect to name, not to hide. */
public class TemplateFailure extends RuntimeException {

  private final String template;

  public TemplateFailure(String template, Throwable cause) {
    super("Report template '" + template + "' failed: " + cause.getMessage(), cause);
    this.template = template;
  }

  public String template() {
    return template;
  }
}
