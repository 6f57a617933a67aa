package org.qunfang.kernel.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Every {@code Json.createXxx} call looks the provider up
 * again through the service loader — a class-path scan of the whole EAR, which profiling showed as
 * most of the processor time of a simple API write. Use {@code Jsons.JSON.createXxx} instead.
 */
public final class Jsons {

  public static final JsonProvider JSON = JsonProvider.provider();

  private Jsons() {}
}
