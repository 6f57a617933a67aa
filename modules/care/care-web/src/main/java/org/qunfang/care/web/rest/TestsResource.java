package org.qunfang.care.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.care.api.check.HealthChecks;
import org.qunfang.care.api.check.TestEntry;
import org.qunfang.care.api.check.TestView;

/** The nucleic-acid tests of someone under observation (health information). */
@RequestScoped
@Path("care/observations/{id}/tests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Care tests 核酸检测")
public class TestsResource {

  @Inject HealthChecks checks;

  @GET
  @Operation(summary = "核酸检测（查看完整健康信息，留痕） · Nucleic-acid tests (a full view, audited)")
  public List<TestView> tests(@PathParam("id") UUID id) {
    return checks.tests(id);
  }

  @PUT
  @Path("{testId}")
  @Operation(
      summary =
          "记录采样及结果（结果一经录入不再更改；阳性即预警） · Record sampling and result (a known result is final; positive raises an alert)")
  public TestView recordTest(
      @PathParam("id") UUID id, @PathParam("testId") UUID testId, @Valid @NotNull TestEntry entry) {
    return checks.recordTest(id, testId, entry);
  }
}
