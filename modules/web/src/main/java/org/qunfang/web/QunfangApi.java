package org.qunfang.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.qunfang.access.api.Role;

/** The REST API. Every call authenticates with HTTP Basic; every error is problem+json. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Qunfang 群防 API",
            version = "1",
            description =
                "Community epidemic prevention and resident care. Errors are application/problem+json"
                    + " (RFC 9457) in the language of Accept-Language (zh, en)."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@DeclareRoles({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER,
  Role.Names.DISPATCHER,
  Role.Names.SHIFT_LEADER,
  Role.Names.DUTY_STAFF,
  Role.Names.CARE_WORKER,
  Role.Names.HOTLINE_COUNSELLOR,
  Role.Names.HOTLINE_SUPERVISOR,
  Role.Names.REPORT_OFFICER,
  Role.Names.AUDITOR
})
public class QunfangApi extends Application {}
