package org.qunfang.kernel.audit;

import java.time.Instant;
import java.util.Map;
import org.qunfang.kernel.cdi.LookedUpOnce;
import org.qunfang.kernel.security.Caller;

/** Records what happened to what, by whom; the one entry point for modules and listeners. */
public final class AuditTrail {

  private static final LookedUpOnce<AuditSink> SINK = new LookedUpOnce<>(AuditSink.class);

  private AuditTrail() {}

  public static void record(
      String entityType, String entityId, AuditAction action, Map<String, String> changes) {
    record(Caller.name(), entityType, entityId, action, changes);
  }

  /** An entry about something in {@code area} (a division code), read by that area's auditors. */
  public static void recordIn(
      String area,
      String entityType,
      String entityId,
      AuditAction action,
      Map<String, String> changes) {
    write(
        new AuditEntry(Instant.now(), Caller.name(), entityType, entityId, action, changes, area));
  }

  public static void record(
      String actor,
      String entityType,
      String entityId,
      AuditAction action,
      Map<String, String> changes) {
    write(new AuditEntry(Instant.now(), actor, entityType, entityId, action, changes, null));
  }

  private static void write(AuditEntry entry) {
    SINK.get().record(entry);
  }
}
