package org.qunfang.care.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.api.report.CareReporting;
import org.qunfang.care.api.report.NoticeSubject;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.Message;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;

/**
 * 居家健康观察告知书: handed to the person at placement — the period, what they must do each day, the tests,
 * whom to call — issued by the community's organ under its number.
 */
@ApplicationScoped
public class PlacementNotice implements ReportKind {

  @Inject CareReporting reporting;

  @Override
  public String kind() {
    return "care-notice";
  }

  @Override
  public String title() {
    return "居家健康观察告知书";
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
    if (o.status() != ObservationStatus.OBSERVED) {
      throw new Conflict(
          new Message(org.qunfang.care.api.CareTexts.TEXTS, "observation.ended", o.name()));
    }
    String intro =
        String.format(
            "根据疫情防控有关规定，您自%s起实行%s，至%s止。观察期间请做到：非必要不外出，不接受探访；"
                + "每日按时测量体温并如实报告服务小组；按时配合核酸检测；如出现发热、干咳、乏力、咽痛、"
                + "嗅(味)觉减退、腹泻等症状，立即报告社区，由120转运至发热门诊，切勿自行就医。"
                + "生活物资、药品等需要可向社区提出，由后勤保障人员代为办理。感谢您的理解与配合。",
            NoticeFacts.chinese(o.start()), o.typeName(), NoticeFacts.chinese(o.plannedEnd()));
    return new ReportContent(
        title(), intro, new ReportBody("care/care-facts", NoticeFacts.rows(o)), Optional.empty());
  }
}
