package org.qunfang.grid.intake.control;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qunfang.kernel.problem.Message;

/** An enum's values as a workbook may write them: the Chinese or English label, or the code. */
final class Choices<E extends Enum<E>> {

  private final Map<String, E> byText = new HashMap<>();
  private final String listed;

  Choices(Class<E> type) {
    String bundle = TEXTS;
    for (E value : type.getEnumConstants()) {
      String key = type.getSimpleName() + "." + value.name();
      byText.put(value.name(), value);
      byText.put(new Message(bundle, key).in(Locale.SIMPLIFIED_CHINESE), value);
      byText.put(new Message(bundle, key).in(Locale.ENGLISH).toLowerCase(Locale.ROOT), value);
    }
    listed =
        Stream.of(type.getEnumConstants())
            .map(v -> new Message(bundle, type.getSimpleName() + "." + v.name()))
            .map(m -> m.in(Locale.SIMPLIFIED_CHINESE))
            .collect(Collectors.joining("、"));
  }

  Optional<E> parse(String text) {
    E found = byText.get(text);
    return Optional.ofNullable(found != null ? found : byText.get(text.toLowerCase(Locale.ROOT)));
  }

  /** The Chinese labels, for "enter one of …". */
  String listed() {
    return listed;
  }
}
