package org.qunfang.care.api;

/** Where the care module's messages and enum labels live. */
public final class CareTexts {

  /** The resource bundle (Messages.properties and its zh/en versions) in the api jar. */
  public static final String TEXTS = "org.qunfang.care.api.Messages";

  private CareTexts() {}
}
