package org.qunfang.web.api.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

  /**
   * The label as a message, to be rendered later in the reader's language. A module's choices are
   * labelled in its api's {@code Messages} bundle ({@code org.qunfang.grid.api.Messages}), the
   * kernel's in the kernel's.
   */
  public static Message message(Enum<?> value) {
    Class<?> type = value.getDeclaringClass();
    String module = type.getPackageName().split("\\.")[2];
    String bundle =
        module.equals("kernel") ? Message.KERNEL : "org.qunfang." + module + ".api.Messages";
    return new Message(bundle, type.getSimpleName() + "." + value.name());
  }
}
