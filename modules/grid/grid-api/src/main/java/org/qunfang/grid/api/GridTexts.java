package org.qunfang.grid.api;

/** Where the grid module's messages and enum labels live, for every side that shows them. */
public final class GridTexts {

  /**
   * The resource bundle (Messages.properties and its zh/en versions). It sits in the api jar, where
   * the kernel, the web module and reports can all load it.
   */
  public static final String TEXTS = "org.qunfang.grid.api.Messages";

  private GridTexts() {}
}
