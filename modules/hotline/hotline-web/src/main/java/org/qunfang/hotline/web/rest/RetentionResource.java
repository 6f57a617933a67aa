package org.qunfang.hotline.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.hotline.api.retention.RetentionRun;
import org.qunfang.hotline.api.retention.RetentionRuns;

/** Hotline retention: anonymise records past their period now, rather than at 03:00. */
@RequestScoped
@Path("hotline/retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline set-up 热线设置")
public class RetentionResource {

  @Inject RetentionRuns retention;

  @POST
  @Path("run")
  @Operation(
      summary =
          "立即匿名化超过保存期限的热线记录（管理员） · Anonymise hotline records past retention now (administrators)")
  public RetentionRun run() {
    return retention.runNow();
  }
}
