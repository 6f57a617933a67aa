package org.qunfang.care.report.control;

import static org.qunfang.care.api.CareTexts.TEXTS;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.qunfang.care.api.report.NoticeSubject;
import org.qunfang.care.api.type.SlotWindow;
import org.qunfang.kernel.problem.Message;

/**
 * The facts table of an individual notice: the person (ID number masked), the address, the type,
 * reason and period, the checks and tests it asks for, and the care team. Never a reading.
 */
final class NoticeFacts {

  private NoticeFacts() {}

  static List<Map<String, ?>> rows(NoticeSubject o) {
    String reason = label("Reason." + o.reason());
    return List.of(
        row("姓名", o.name()),
        row("公民身份号码", o.maskedIdNumber()),
        row("居住地址", o.address()),
        row("所属社区（村）", o.community()),
        row("观察方式", o.typeName()),
        row("观察原因", o.details() == null ? reason : reason + "（" + o.details() + "）"),
        row("观察期限", period(o)),
        row("健康监测", monitoring(o)),
        row("核酸检测", tests(o)),
        row("服务小组", team(o)));
  }

  static String period(NoticeSubject o) {
    long days = o.plannedEnd().toEpochDay() - o.start().toEpochDay() + 1;
    return chinese(o.start()) + "至" + chinese(o.plannedEnd()) + "（共" + days + "天）";
  }

  private static String monitoring(NoticeSubject o) {
    String slots = o.windows().stream().map(NoticeFacts::slot).collect(Collectors.joining("、"));
    return "每日"
        + slots
        + "各测体温一次并如实报告；腋温≥"
        + o.feverThreshold()
        + "℃或出现发热、干咳、乏力、咽痛、嗅(味)觉减退、腹泻等症状，立即报告社区";
  }

  private static String slot(SlotWindow w) {
    return label("CheckSlot." + w.slot()) + "（" + w.opens() + "–" + w.closes() + "）";
  }

  private static String tests(NoticeSubject o) {
    return o.testDays().isEmpty()
        ? "无"
        : o.testDays().stream()
            .map(n -> "第" + n + "天（" + chinese(o.start().plusDays(n - 1L)) + "）")
            .collect(Collectors.joining("、"));
  }

  private static String team(NoticeSubject o) {
    return o.team().isEmpty()
        ? "待社区指定"
        : o.team().stream()
            .map(m -> label("TeamRole." + m.role()) + " " + m.name())
            .collect(Collectors.joining("；"));
  }

  /** 2026年11月1日, as official documents write dates. */
  static String chinese(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  private static String label(String key) {
    return new Message(TEXTS, key).in(Locale.SIMPLIFIED_CHINESE);
  }

  private static Map<String, ?> row(String item, String value) {
    return Map.of("item", item, "value", value == null ? "" : value);
  }
}
