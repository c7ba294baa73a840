package se.knutpunkt.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages: Swedish first, English on request; kept for the session. */
@Named
@SessionScoped
public class LocalePreference implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      Locale asked = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      locale = asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : SWEDISH;
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void switchTo(String language) {
    locale = "en".equals(language) ? Locale.ENGLISH : SWEDISH;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
