package org.qunfang.web;

import java.util.Locale;

/** {@link Texts} in English. */
public class Texts_en extends Texts {

  public Texts_en() {
    super(Locale.ENGLISH);
  }
}
