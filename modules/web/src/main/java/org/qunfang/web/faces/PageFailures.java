package org.qunfang.web.faces;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.qunfang.kernel.problem.Forbidden;
import org.qunfang.kernel.problem.NotFound;

/**
 * What a page does when something fails outside its own handling. An expired or foreign view state
 * (a form left open past the session, or posted with someone else's state) reloads the page afresh
 * with a notice, or leads to the login page; a page the user's role may not open is a 403 page, not
 * a server error.
 */
public class PageFailures extends ExceptionHandlerWrapper {

  static final String EXPIRED = "expired";

  public PageFailures(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext() && !faces.getResponseComplete()) {
      Throwable thrown = events.next().getContext().getException();
      Optional<Runnable> answer = answer(faces, thrown);
      if (answer.isPresent()) {
        events.remove();
        answer.get().run();
        faces.responseComplete();
      }
    }
    getWrapped().handle();
  }

  private static Optional<Runnable> answer(FacesContext faces, Throwable thrown) {
    ExternalContext external = faces.getExternalContext();
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ViewExpiredException expired) {
        String view = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
        return Optional.of(
            () -> redirect(external, external.getRequestContextPath() + view + "?" + EXPIRED));
      }
      if (t instanceof EJBAccessException
          || t instanceof AccessLocalException
          || t instanceof Forbidden) {
        return Optional.of(() -> sendError(external, HttpServletResponse.SC_FORBIDDEN));
      }
      if (t instanceof NotFound) {
        return Optional.of(() -> sendError(external, HttpServletResponse.SC_NOT_FOUND));
      }
    }
    return Optional.empty();
  }

  private static void redirect(ExternalContext external, String url) {
    try {
      external.redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sendError(ExternalContext external, int status) {
    try {
      external.responseSendError(status, null);
    } catch (IOException | IllegalStateException committed) {
      throw new FacesException(committed);
    }
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new PageFailures(getWrapped().getExceptionHandler());
    }
  }
}
