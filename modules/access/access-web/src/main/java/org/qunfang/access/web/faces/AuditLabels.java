package org.qunfang.access.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import org.qunfang.web.api.faces.LanguageSwitch;

/**
 * The audit trail's words in the page's language: record kinds (居民, 来电 …), actions (新增, 修改, 查看完整信息,
 * 拒绝访问 …) and fields. A kind or field the texts do not know yet is shown as the trail wrote it, so
 * nothing recorded is ever hidden.
 */
@Named("auditLabels")
@RequestScoped
public class AuditLabels {

  @Inject LanguageSwitch language;

  private ResourceBundle texts;

  public String kind(String entityType) {
    return text("audit.kind.", entityType);
  }

  public String action(String action) {
    return text("audit.do.", action);
  }

  public String field(String field) {
    return text("audit.field.", field);
  }

  private String text(String prefix, String key) {
    if (key == null || key.isEmpty()) {
      return "";
    }
    if (texts == null) {
      texts = ResourceBundle.getBundle("org.qunfang.web.Texts", language.getLocale());
    }
    return texts.containsKey(prefix + key) ? texts.getString(prefix + key) : key;
  }
}
