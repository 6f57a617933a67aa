package org.qunfang.kernel.cdi;

import jakarta.enterprise.inject.spi.CDI;

/**
 * A bean that static helpers look up once and keep. {@code CDI.current()} walks the caller's stack
 * to find its bean manager; stamps and audit entries paid that several times per request (about 8%
 * of a check save's processor time). Only for beans that hold no state of their own per request: a
 * normal-scoped bean's client proxy, or a stateless service that reads the current thread. Outside
 * a container the look-up fails as before and nothing is kept.
 */
public final class LookedUpOnce<T> {

  private final Class<T> type;
  private volatile T bean;

  public LookedUpOnce(Class<T> type) {
    this.type = type;
  }

  /** The bean; {@link IllegalStateException} when there is no container. */
  public T get() {
    T found = bean;
    if (found == null) {
      found = CDI.current().select(type).get();
      bean = found;
    }
    return found;
  }
}
