package org.qunfang.web.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * A POST with an {@code Idempotency-Key} header is done once: a retry with the same key (a double
 * click, a client that timed out and tries again) gets the first answer again, marked {@code
 * Idempotent-Replayed}, and creates nothing. The same key with another body, or while the first is
 * still running, is a conflict.
 */
@Provider
@Priority(1200)
public class IdempotentCreations implements ContainerRequestFilter, ContainerResponseFilter {

  static final String HEADER = "Idempotency-Key";
  private static final String SLOT = IdempotentCreations.class.getName();

  @Inject IdempotencyStore store;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null || !"POST".equals(request.getMethod())) {
      return;
    }
    if (key.isBlank() || key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new InvalidInput(Message.kernel("request.idempotencyKey"), HEADER);
    }
    byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    SecurityContext security = request.getSecurityContext();
    String who = security.getUserPrincipal() == null ? "" : security.getUserPrincipal().getName();
    IdempotencyStore.Key slot =
        new IdempotencyStore.Key(who, request.getUriInfo().getPath(), key, digest(body));
    IdempotencyStore.Claim claim = store.claim(slot);
    switch (claim.state()) {
      case NEW -> request.setProperty(SLOT, slot);
      case RUNNING -> throw new Conflict(Message.kernel("request.idempotencyRunning"), HEADER);
      case OTHER_BODY -> throw new Conflict(Message.kernel("request.idempotencyReused"), HEADER);
      case DONE ->
          request.abortWith(
              Response.status(claim.answer().status())
                  .type(claim.answer().type())
                  .entity(claim.answer().entity())
                  .header("Idempotent-Replayed", "true")
                  .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(SLOT) instanceof IdempotencyStore.Key slot) {
      if (response.getStatus() < 300) {
        store.done(
            slot,
            new IdempotencyStore.Answer(
                response.getStatus(), response.getMediaType(), response.getEntity()));
      } else {
        store.release(slot); // a refusal is not remembered: the corrected request may follow
      }
    }
  }

  private static String digest(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
