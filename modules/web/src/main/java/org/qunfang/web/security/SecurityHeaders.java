package org.qunfang.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries. Pages get their script policy from PrimeFaces (a nonce per
 * response, {@code primefaces.CSP} in web.xml); everything else may run no script at all. Pages and
 * API answers hold personal data, so nothing but static resources is kept in any cache.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  /** For what PrimeFaces does not cover: no plug-ins, no framing, forms post only here. */
  static final String PAGE_POLICY =
      "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    response.setHeader(
        "Content-Security-Policy", path.startsWith("/api/") ? API_POLICY : PAGE_POLICY);
    chain.doFilter(request, response);
  }
}
