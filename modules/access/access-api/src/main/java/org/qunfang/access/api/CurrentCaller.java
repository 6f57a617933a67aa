package org.qunfang.access.api;

import org.qunfang.kernel.area.AreaScope;

/** The authenticated caller of the current request, for boundaries that enforce area scope. */
public interface CurrentCaller {

  CallerProfile profile();

  default AreaScope scope() {
    return profile().scope();
  }
}
