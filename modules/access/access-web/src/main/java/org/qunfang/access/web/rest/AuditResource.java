package org.qunfang.access.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.access.api.AuditChange;
import org.qunfang.access.api.AuditLog;
import org.qunfang.access.api.AuditQuery;
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
          "审计日志，最新在前；可按记录类型、记录编号、操作人和期间（北京时间，含首尾两天）筛选 · Audit entries, newest first; filter by record kind, record id, actor and period (Beijing days, both included)")
  public List<AuditRecord> search(
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("actor") String actor,
      @QueryParam("from") LocalDate from,
      @QueryParam("until") LocalDate until,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return audit.search(new AuditQuery(entityType, entityId, actor, from, until), limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "一条审计记录及其每一项修改前后的值 · One audit entry with each field before and after")
  public AuditChange change(@PathParam("id") UUID id) {
    return audit.change(id);
  }
}
