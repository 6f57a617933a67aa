package org.qunfang.access.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.access.api.AuditLog;
import org.qunfang.access.api.AuditRecord;

/** The audit trail, for auditors. */
@RequestScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit 审计")
public class AuditResource {

  @Inject AuditLog audit;

  @GET
  @Operation(
      summary =
          "审计日志，最新在前；可按对象类型、对象编号、操作人筛选 · Audit entries, newest first; filter by entity type, entity id, actor")
  public List<AuditRecord> search(
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("actor") String actor,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return audit.search(entityType, entityId, actor, limit);
  }
}
