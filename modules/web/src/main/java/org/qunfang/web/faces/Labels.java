package org.qunfang.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qunfang.kernel.problem.Message;

/** Choices (enum values) in the page's language, from the grid module's texts: #{labels.of(x)}. */
@Named
@RequestScoped
public class Labels {

  private static final String GRID_TEXTS = "org.qunfang.grid.api.Messages";

  @Inject LanguageSwitch language;

  public String of(Enum<?> value) {
    return value == null
        ? ""
        : new Message(GRID_TEXTS, value.getDeclaringClass().getSimpleName() + "." + value.name())
            .in(language.getLocale());
  }
}
