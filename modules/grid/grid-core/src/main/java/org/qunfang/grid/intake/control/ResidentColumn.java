package org.qunfang.grid.intake.control;

/** The columns of the resident workbook, in template order, headed in Chinese. */
public enum ResidentColumn {
  GRID("网格编码", true, 16, "小网格的编码（15位），见“网格管理”页面"),
  ADDRESS("户地址", true, 200, "同一网格中户地址与房号相同的行为同一户"),
  ROOM("房号", false, 30, "如 3-201"),
  BUILDING("楼栋", false, 60, "所在楼栋名称，如 3号楼；网格中没有的楼栋会自动建立"),
  NAME("姓名", true, 30, ""),
  ID_NUMBER("公民身份号码", false, 18, "18位；请保持本列为文本格式"),
  PHONE("手机号码", false, 11, "11位手机号码"),
  SEX("性别", false, 2, "男 或 女；有公民身份号码时可不填"),
  BIRTH_DATE("出生日期", false, 10, "如 1990-01-31；有公民身份号码时可不填"),
  RELATION("与户主关系", true, 8, "户主、配偶、子女、父母、祖父母、孙子女、兄弟姐妹、其他亲属、非亲属"),
  RESIDENCE_TYPE("居住类型", true, 8, "户籍、常住非户籍、流动人口"),
  TAGS("重点人群标签", false, 200, "可填多个，用顿号或逗号分隔，如 独居老人、慢性病");

  private final String header;
  private final boolean required;
  private final int maxLength;
  private final String hint;

  ResidentColumn(String header, boolean required, int maxLength, String hint) {
    this.header = header;
    this.required = required;
    this.maxLength = maxLength;
    this.hint = hint;
  }

  public String header() {
    return header;
  }

  public boolean required() {
    return required;
  }

  public int maxLength() {
    return maxLength;
  }

  public String hint() {
    return hint;
  }
}
