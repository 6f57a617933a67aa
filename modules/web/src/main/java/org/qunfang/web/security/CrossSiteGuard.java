package org.qunfang.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qunfang.kernel.problem.Forbidden;
import org.qunfang.kernel.problem.Message;
import org.qunfang.web.json.UnsupportedBody;

/**
 * Keeps other sites' pages from acting through a user's browser. The API never takes the pages'
 * session cookie ({@link QunfangAuthentication}), but a browser also replays Basic credentials it
 * remembers; so a change whose {@code Origin} (or {@code Sec-Fetch-Site}) is another site is
 * refused, and the body types an HTML form can send without asking are refused where the operation
 * does not declare them.
 */
@Provider
@Priority(1000)
public class CrossSiteGuard implements ContainerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  /** What a form or a plain fetch sends without a pre-flight. */
  private static final Set<String> FORM_TYPES =
      Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  @Context ResourceInfo resource;

  @Context UriInfo uri;

  @Inject
  @ConfigProperty(name = "qunfang.api.allowed-origins")
  Optional<String> allowedOrigins;

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())) {
      return;
    }
    String origin = request.getHeaderString("Origin");
    boolean crossSite =
        origin != null
            ? !sameOrigin(origin)
            : "cross-site".equals(request.getHeaderString("Sec-Fetch-Site"));
    if (crossSite) {
      throw new Forbidden(Message.kernel("request.crossSite"));
    }
    MediaType type = request.getMediaType();
    if (request.getLength() != 0
        && type != null
        && FORM_TYPES.contains(type.getType() + "/" + type.getSubtype())
        && !declared(type)) {
      throw new UnsupportedBody();
    }
  }

  private boolean sameOrigin(String origin) {
    if (allowedOrigins.isPresent()
        && Arrays.stream(allowedOrigins.get().split(","))
            .map(String::strip)
            .anyMatch(origin::equalsIgnoreCase)) {
      return true;
    }
    try {
      URI given = URI.create(origin);
      URI own = uri.getBaseUri();
      return given.getScheme() != null
          && given.getScheme().equalsIgnoreCase(own.getScheme())
          && given.getHost() != null
          && given.getHost().equalsIgnoreCase(own.getHost())
          && port(given) == port(own);
    } catch (IllegalArgumentException unparsable) {
      return false;
    }
  }

  private static int port(URI uri) {
    return uri.getPort() != -1
        ? uri.getPort()
        : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** Whether the operation names this type itself (an upload of a .txt list, say). */
  private boolean declared(MediaType type) {
    if (resource == null || resource.getResourceMethod() == null) {
      return false;
    }
    Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = resource.getResourceClass().getAnnotation(Consumes.class);
    }
    return consumes != null
        && Arrays.stream(consumes.value())
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::strip)
            .map(MediaType::valueOf)
            .anyMatch(d -> !d.isWildcardType() && d.isCompatible(type));
  }
}
