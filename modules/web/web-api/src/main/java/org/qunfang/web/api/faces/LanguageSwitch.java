package org.qunfang.web.api.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.qunfang.web.api.Languages;

/** The page language for this session: Chinese unless the user switches to English. */
@Named("language")
@SessionScoped
public class LanguageSwitch implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Languages.CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public String getTag() {
    return locale.toLanguageTag();
  }

  public void toggle() {
    locale = locale.equals(Languages.CHINESE) ? Languages.ENGLISH : Languages.CHINESE;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
