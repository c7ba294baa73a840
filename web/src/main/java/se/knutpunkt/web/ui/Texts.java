package se.knutpunkt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.marking.Releasability;

/** The pages' texts from the resource bundles, in the reader's language. */
@Named
@RequestScoped
public class Texts {

  private static final String BUNDLE = "se.knutpunkt.web.i18n.messages";

  @Inject LocalePreference localePreference;

  public String get(String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, localePreference.getLocale());
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, localePreference.getLocale()).format(arguments);
  }

  public java.util.Locale locale() {
    return localePreference.getLocale();
  }

  public boolean has(String key) {
    return ResourceBundle.getBundle(BUNDLE, localePreference.getLocale()).containsKey(key);
  }

  /** A field's name for people: "Sammanfattning" for overview.summary, "Anteckning" for notes. */
  public String fieldLabel(FieldPath path) {
    String key = "field." + path.value();
    if (has(key)) {
      return get(key);
    }
    if (path.value().startsWith("notes.")) {
      return get("field.note");
    }
    return path.value();
  }

  /** "Sekretess · OSL 35 kap. 1 § · H2 · hela ärendet · PMY" */
  public String markingSummary(Marking marking) {
    StringBuilder text = new StringBuilder(get("level." + marking.level().name()));
    marking.legalReference().ifPresent(r -> text.append(" · ").append(r.text()));
    marking.handlingCode().ifPresent(h -> text.append(" · ").append(h.name()));
    text.append(" · ")
        .append(
            marking.releasable() instanceof Releasability.ToAgencies agencies
                ? get("releasable.only", agencies.storedForm().replace(",", ", "))
                : get("releasable.case"));
    text.append(" · ").append(marking.owner().value());
    return text.toString();
  }

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, get(key, arguments));
  }

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, get(key, arguments));
  }

  public void errorText(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
