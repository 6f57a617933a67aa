package org.qunfang.dispatch.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.report.DispatchReporting;
import org.qunfang.dispatch.api.report.ServiceRecord;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;
import org.qunfang.reports.api.kind.ReportRows;

/**
 * 志愿服务证明, after 《志愿服务记录与证明出具办法（试行）》(民政部令第67号): the person (ID number masked), the period, the hours
 * and each service, issued by the area's organ under a number of its own and dated by the report
 * service.
 */
@ApplicationScoped
public class ServiceCertificate implements ReportKind {

  @Inject DispatchReporting reporting;

  @Inject DivisionDirectory divisions;

  @Override
  public String kind() {
    return "dispatch-certificate";
  }

  @Override
  public String title() {
    return "志愿服务证明";
  }

  @Override
  public Set<Role> readers() {
    return Set.of(Role.REPORT_OFFICER, Role.DISPATCHER);
  }

  @Override
  public boolean aboutOneRecord() {
    return true;
  }

  @Override
  public ReportContent content(ReportRequest request) {
    if (request.subject() == null) {
      throw new InvalidInput(
          new Message("org.qunfang.dispatch.api.Messages", "certificate.whom"), "subject");
    }
    ServiceRecord record = reporting.services(request.subject());
    if (record.services().isEmpty()) {
      throw new InvalidInput(
          new Message("org.qunfang.dispatch.api.Messages", "certificate.noService", record.name()),
          "subject");
    }
    String area = divisions.get(request.area()).name();
    String intro =
        String.format(
            "兹证明%s（公民身份号码：%s）于%s至%s在%s参加志愿服务，累计服务时长%s小时，" + "服务内容及时长见下表。特此证明。",
            record.name(), record.idNumber(), record.first(), record.last(), area, record.hours());
    List<Map<String, ?>> fields =
        record.services().stream().<Map<String, ?>>map(ReportRows::of).toList();
    return new ReportContent(
        title(), intro, new ReportBody("dispatch/" + kind(), fields), Optional.empty());
  }
}
