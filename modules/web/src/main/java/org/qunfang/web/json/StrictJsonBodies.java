package org.qunfang.web.json;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every JSON request body, before JSON-B binds it: bounded in size, parsed strictly ({@link
 * JsonTree}), checked against its Java type ({@link JsonShape}), and handed on with its texts
 * cleaned. An interceptor rather than a reader of our own, because Jersey would rank a second JSON
 * reader level with JSON-B's and might pick either.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

  private static final int DEFAULT_MAX_BYTES = 1 << 20;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!json(context.getMediaType()) || plain(context.getType())) {
      return context.proceed();
    }
    int maxBytes = maxBytes();
    byte[] body = context.getInputStream().readNBytes(maxBytes + 1);
    if (body.length > maxBytes) {
      throw new PayloadTooLarge(maxBytes);
    }
    JsonValue clean = JsonShape.check(JsonTree.parse(body), context.getGenericType());
    context.setInputStream(
        new ByteArrayInputStream(clean.toString().getBytes(StandardCharsets.UTF_8)));
    return context.proceed();
  }

  private static boolean json(MediaType type) {
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json"));
  }

  /** Bodies taken as they are: raw bytes, text and streams. */
  private static boolean plain(Class<?> type) {
    return type == String.class
        || type == byte[].class
        || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type)
        || JsonValue.class.isAssignableFrom(type);
  }

  private static int maxBytes() {
    return ConfigProvider.getConfig()
        .getOptionalValue("qunfang.api.max-json-bytes", Integer.class)
        .orElse(DEFAULT_MAX_BYTES);
  }
}
