package org.qunfang.web.json;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bounds every request body of the API: uploads (a workbook of 100,000 residents is about 6 MB) at
 * {@code qunfang.api.max-upload-bytes}, 16 MB unless configured. A body that declares more is
 * refused before it is read; one that does not say is cut off where it passes the limit. Either way
 * the answer is a 413 saying the limit.
 */
@Provider
@Priority(1100)
public class BodyLimits implements ContainerRequestFilter {

  private static final long DEFAULT_MAX_BYTES = 16L << 20;

  @Override
  public void filter(ContainerRequestContext request) {
    long max =
        ConfigProvider.getConfig()
            .getOptionalValue("qunfang.api.max-upload-bytes", Long.class)
            .orElse(DEFAULT_MAX_BYTES);
    if (request.getLength() > max) {
      throw new PayloadTooLarge(max);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Bounded(request.getEntityStream(), max));
    }
  }

  /** Counts what is read and stops at the limit. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private long read;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        throw new PayloadTooLarge(max);
      }
    }
  }
}
