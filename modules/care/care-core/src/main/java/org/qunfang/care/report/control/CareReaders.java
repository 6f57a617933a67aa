package org.qunfang.care.report.control;

import java.util.Set;
import org.qunfang.access.api.Role;

/** Who make and read care's reports: the area's officers, and report officers. */
final class CareReaders {

  static final Set<Role> NOTICES =
      Set.of(
          Role.REPORT_OFFICER, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OFFICER, Role.COMMUNITY_OFFICER);

  private CareReaders() {}
}
