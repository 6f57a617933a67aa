package org.qunfang.dispatch.person.control;

/** The columns of the people workbook, by their Chinese headers, in order. */
public enum PeopleColumn {
  NAME("姓名", true),
  ID_NUMBER("身份证号", true),
  MOBILE("手机号", true),
  AREA("服务区域代码", true),
  EMPLOYER("工作单位", false),
  SERVES_AS("身份（党员、下沉干部、志愿者，可多项）", true),
  PARTY_ORGANISATION("组织关系所在党组织", false),
  STANDING("党员类别（正式、预备）", false),
  REPORT_COMMUNITY("双报到社区代码", false),
  UNIT("派出单位", false),
  SECONDED_FROM("下沉开始日期", false),
  TEAM("志愿服务队", false),
  SKILLS("技能（顿号分隔）", false),
  AVAILABILITY("可服务时间", false);

  private final String header;
  private final boolean required;

  PeopleColumn(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  public String header() {
    return header;
  }

  public boolean required() {
    return required;
  }
}
