package org.qunfang.kernel.pii;

/** How personal values look on screens, in reports and in the audit trail. */
public final class Masking {

  private Masking() {}

  /** 350923199001011234 → 350923********1234: the area of issue and the last four stay. */
  public static String idNumber(String id) {
    return keep(id, 6, 4);
  }

  /** 13812345678 → 138****5678. */
  public static String mobile(String phone) {
    return keep(phone, 3, 4);
  }

  /** 张三 → 张*, 欧阳娜娜 → 欧***: the family name stays. */
  public static String name(String name) {
    return keep(name, 1, 0);
  }

  /** Applies the mask a {@link Personal} kind asks for. */
  public static String mask(Personal.Kind kind, String value) {
    return switch (kind) {
      case ID_NUMBER -> idNumber(value);
      case MOBILE -> mobile(value);
      case NAME -> name(value);
      case SECRET, HEALTH -> value == null ? null : "******";
    };
  }

  private static String keep(String value, int head, int tail) {
    if (value == null) {
      return null;
    }
    int[] chars = value.codePoints().toArray();
    if (chars.length <= head + tail) {
      return "*".repeat(chars.length);
    }
    StringBuilder masked = new StringBuilder();
    for (int i = 0; i < chars.length; i++) {
      boolean shown = i < head || i >= chars.length - tail;
      masked.appendCodePoint(shown ? chars[i] : '*');
    }
    return masked.toString();
  }
}
