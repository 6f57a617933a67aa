package org.qunfang.web;

import java.util.Locale;

/** {@link Texts} in Chinese. */
public class Texts_zh extends Texts {

  public Texts_zh() {
    super(Locale.CHINESE);
  }
}
