package org.qunfang.web.faces;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qunfang.kernel.problem.Message;

/** Choices (enum values) in the page's language, from the grid module's texts: #{labels.of(x)}. */
@Named
@RequestScoped
public class Labels {

  @Inject LanguageSwitch language;

  public String of(Enum<?> value) {
    return value == null
        ? ""
        : new Message(TEXTS, value.getDeclaringClass().getSimpleName() + "." + value.name())
            .in(language.getLocale());
  }
}
