package org.qunfang.kernel.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import java.util.UUID;
import org.qunfang.kernel.problem.Forbidden;
import org.qunfang.kernel.problem.NotFound;

/** Records the refusals of an {@link AuditRefusals} boundary, then lets them go on. */
@AuditRefusals
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalAuditor {

  @Inject Refusals refusals;

  @AroundInvoke
  public Object audit(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (Forbidden | NotFound refused) {
      refusals.record(
          call.getMethod().getDeclaringClass().getSimpleName(),
          Arrays.stream(call.getParameters())
              .filter(UUID.class::isInstance)
              .map(Object::toString)
              .findFirst()
              .orElse("*"),
          call.getMethod().getName(),
          refused.text().key());
      throw refused;
    }
  }
}
