package org.qunfang.dispatch.api;

/** Where the dispatch module's messages and enum labels live. */
public final class DispatchTexts {

  /** The resource bundle (Messages.properties and its zh/en versions) in the api jar. */
  public static final String TEXTS = "org.qunfang.dispatch.api.Messages";

  private DispatchTexts() {}
}
