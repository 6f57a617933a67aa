package org.qunfang.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qunfang.grid.api.GridTexts;
import org.qunfang.hotline.api.HotlineTexts;
import org.qunfang.kernel.problem.Message;

/**
 * Choices (enum values) in the page's language, from the texts of the module that declares them:
 * #{labels.of(x)}.
 */
@Named
@RequestScoped
public class Labels {

  @Inject LanguageSwitch language;

  public String of(Enum<?> value) {
    return value == null ? "" : message(value).in(language.getLocale());
  }

  /** The label as a message, to be rendered later in the reader's language. */
  public static Message message(Enum<?> value) {
    Class<?> type = value.getDeclaringClass();
    String bundle =
        type.getPackageName().startsWith("org.qunfang.hotline")
            ? HotlineTexts.TEXTS
            : GridTexts.TEXTS;
    return new Message(bundle, type.getSimpleName() + "." + value.name());
  }
}
