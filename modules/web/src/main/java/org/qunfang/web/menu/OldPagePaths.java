package org.qunfang.web.menu;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qunfang.web.api.menu.ModuleWeb;

/**
 * Pages moved into their modules' folders ({@code /residents.xhtml} is now {@code
 * /grid/residents.xhtml}); bookmarks and links to the old paths are sent on, permanently: 301 for a
 * page read, 308 (method kept) for a form post.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class OldPagePaths extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject @Any Instance<ModuleWeb> modules;

  private final Map<String, String> moved = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String now = movedTo(request.getServletPath());
    if (now == null) {
      chain.doFilter(request, response);
      return;
    }
    String query = request.getQueryString();
    boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    response.setStatus(read ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
    response.setHeader(
        "Location", request.getContextPath() + now + (query == null ? "" : "?" + query));
  }

  private String movedTo(String path) {
    if (moved.isEmpty()) {
      modules.forEach(
          module ->
              module
                  .menu()
                  .forEach(e -> moved.put("/" + e.page() + ".xhtml", module.path(e.page()))));
    }
    return moved.get(path);
  }
}
