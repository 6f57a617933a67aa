package org.qunfang.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The languages Qunfang speaks: Simplified Chinese first, English second. */
public final class Languages {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Languages() {}

  /** The request's language by its Accept-Language header; Chinese without one. */
  public static Locale of(HttpServletRequest request) {
    return request.getHeader("Accept-Language") == null
        ? CHINESE
        : pick(Collections.list(request.getLocales()));
  }

  /** The first acceptable language we speak; Chinese when none is. */
  public static Locale pick(List<Locale> acceptable) {
    for (Locale wanted : acceptable) {
      if (wanted.getLanguage().equals(ENGLISH.getLanguage())) {
        return ENGLISH;
      }
      if (wanted.getLanguage().equals(CHINESE.getLanguage())) {
        return CHINESE;
      }
    }
    return CHINESE;
  }
}
