package org.qunfang.reports.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qunfang.kernel.division.DivisionDirectory;

/**
 * Who issues the reports and how their numbers begin: 屏南县疫情防控指挥部 issues 屏防指〔2026〕12号. Set per
 * deployment ({@code QUNFANG_REPORTS_ORGAN}, {@code QUNFANG_REPORTS_NUMBER_PREFIX}).
 */
@ApplicationScoped
public class IssuingOrgan {

  @Inject
  @ConfigProperty(name = "qunfang.reports.organ")
  Optional<String> name;

  @Inject
  @ConfigProperty(name = "qunfang.reports.number-prefix")
  Optional<String> prefix;

  @Inject
  @ConfigProperty(name = "qunfang.home-area", defaultValue = "350923")
  String homeArea;

  @Inject DivisionDirectory divisions;

  public String name() {
    return name.orElseGet(() -> homeAreaName() + "疫情防控指挥部");
  }

  public String prefix() {
    return prefix.orElseGet(
        () ->
            homeAreaName()
                    .codePoints()
                    .limit(1)
                    .mapToObj(Character::toString)
                    .findFirst()
                    .orElse("")
                + "防指");
  }

  private String homeAreaName() {
    return divisions.nameOf(homeArea).orElse("");
  }

  /** 发文字号 as GB/T 9704 writes it: prefix, year in 〔〕, number without leading zeros, 号. */
  public String documentNumber(int year, int number) {
    return prefix() + "〔" + year + "〕" + number + "号";
  }
}
