package org.qunfang.jobs.board.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.BinaryDataStrategy;
import java.nio.charset.StandardCharsets;

/** Results kept as JSON (binary data, such as a draft PDF, in Base64). */
public final class JobResults {

  private static final Jsonb JSON =
      JsonbBuilder.create(
          new JsonbConfig()
              .withBinaryDataStrategy(BinaryDataStrategy.BASE_64)
              .withNullValues(true));

  private JobResults() {}

  public static byte[] write(Object result) {
    return result == null ? null : JSON.toJson(result).getBytes(StandardCharsets.UTF_8);
  }

  public static <R> R read(byte[] stored, Class<R> type) {
    return JSON.fromJson(new String(stored, StandardCharsets.UTF_8), type);
  }
}
