package org.qunfang.grid.ledger.control;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import java.util.Locale;
import java.util.ResourceBundle;

/** Grid choices as the ledgers print them. */
final class LedgerRows {

  private static final ResourceBundle LABELS =
      ResourceBundle.getBundle(TEXTS, Locale.SIMPLIFIED_CHINESE);

  private LedgerRows() {}

  /** A choice's Chinese label. */
  static String label(Enum<?> value) {
    return LABELS.getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }
}
