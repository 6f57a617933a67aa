package org.qunfang.hotline.api;

/** Where the hotline module's messages and enum labels live. */
public final class HotlineTexts {

  /** The resource bundle (Messages.properties and its zh/en versions) in the api jar. */
  public static final String TEXTS = "org.qunfang.hotline.api.Messages";

  private HotlineTexts() {}
}
