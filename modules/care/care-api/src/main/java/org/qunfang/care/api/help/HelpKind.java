package org.qunfang.care.api.help;

/** What a household asked for (后勤保障). */
public enum HelpKind {
  GROCERIES,
  MEDICINE,
  PRINTING,
  WASTE,
  MEDICAL_ESCORT,
  OTHER
}
