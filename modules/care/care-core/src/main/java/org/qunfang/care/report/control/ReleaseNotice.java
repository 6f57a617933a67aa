package org.qunfang.care.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.CareTexts;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.api.report.CareReporting;
import org.qunfang.care.api.report.NoticeSubject;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;

/** 解除居家健康观察通知单: issued when the community releases someone, stating the period served. */
@ApplicationScoped
public class ReleaseNotice implements ReportKind {

  @Inject CareReporting reporting;

  @Override
  public String kind() {
    return "care-release";
  }

  @Override
  public String title() {
    return "解除居家健康观察通知单";
  }

  @Override
  public Set<Role> readers() {
    return CareReaders.NOTICES;
  }

  @Override
  public boolean aboutOneRecord() {
    return true;
  }

  @Override
  public ReportContent content(ReportRequest request) {
    NoticeSubject o = reporting.notice(request.subject());
    if (o.status() != ObservationStatus.RELEASED) {
      throw new Conflict(new Message(CareTexts.TEXTS, "notice.notReleased", o.name()));
    }
    String released = NoticeFacts.chinese(Beijing.dayOf(o.endedAt()));
    String intro =
        String.format(
            "%s（公民身份号码：%s）自%s起在%s实行%s，观察期满，期间健康监测情况已经社区核实，" + "核酸检测结果均为阴性，经研究，自%s起解除%s。特此通知。",
            o.name(),
            o.maskedIdNumber(),
            NoticeFacts.chinese(o.start()),
            o.community(),
            o.typeName(),
            released,
            o.typeName());
    List<Map<String, ?>> rows = new ArrayList<>(NoticeFacts.rows(o).subList(0, 7));
    rows.add(Map.of("item", "解除日期", "value", released));
    return new ReportContent(
        title(), intro, new ReportBody("care/care-facts", rows), Optional.empty());
  }
}
