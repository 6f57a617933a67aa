package org.qunfang.web.api.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.qunfang.kernel.problem.Message;
import org.qunfang.web.api.problem.ProblemDetail;
import org.qunfang.web.api.problem.Problems;

/** Page texts and messages in the page's language, and problems shown where the user looks. */
@ApplicationScoped
public class PageMessages {

  @Inject LanguageSwitch language;

  @Inject Problems problems;

  public String text(String key, Object... args) {
    ResourceBundle texts = ResourceBundle.getBundle("org.qunfang.web.Texts", language.getLocale());
    return new MessageFormat(texts.getString(key), language.getLocale())
        .format(Message.rendered(args, language.getLocale()));
  }

  public void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /** Shows a refusal: the message, and one line per field at fault. */
  public void problem(Throwable thrown) {
    ProblemDetail problem = problems.describe(thrown, language.getLocale(), pagePath());
    if (problem.violations().isEmpty()) {
      add(null, FacesMessage.SEVERITY_ERROR, problem.detail());
    }
    problem
        .violations()
        .forEach(v -> add(null, FacesMessage.SEVERITY_ERROR, fieldLabel(v.field()) + v.message()));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * The field's name in the reader's language and a colon, or nothing when the page has no name for
   * it: a record component's Java name means nothing to the people using the page.
   */
  private String fieldLabel(String path) {
    if (path == null) {
      return "";
    }
    String key = "field." + path.substring(path.lastIndexOf('.') + 1);
    ResourceBundle texts = ResourceBundle.getBundle("org.qunfang.web.Texts", language.getLocale());
    return texts.containsKey(key) ? texts.getString(key) + "：" : "";
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  private static String pagePath() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
  }
}
