package org.qunfang.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.validation.CleanText;

/**
 * Every text typed into a page is cleaned as the API cleans JSON texts ({@link CleanText}): NFC,
 * trimmed, and refused with a message when it holds control or bidirectional-formatting characters.
 * Text areas keep their line breaks; passwords are taken exactly as typed.
 */
@FacesConverter(forClass = String.class)
public class CleanTextConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext faces, UIComponent component, String value) {
    if (value == null || secret(component)) {
      return value;
    }
    String clean =
        CleanText.clean(value, multiline(component))
            .orElseThrow(
                () -> {
                  Locale locale = faces.getViewRoot().getLocale();
                  String text = Message.kernel("input.textOnPage").in(locale);
                  return new ConverterException(
                      new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                });
    return clean.isEmpty() ? null : clean;
  }

  @Override
  public String getAsString(FacesContext faces, UIComponent component, String value) {
    return value == null ? "" : value;
  }

  private static boolean secret(UIComponent component) {
    String renderer = String.valueOf(component.getRendererType());
    return renderer.contains("Secret") || renderer.contains("Password");
  }

  private static boolean multiline(UIComponent component) {
    return String.valueOf(component.getRendererType()).contains("Textarea");
  }
}
