package se.knutpunkt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.knutpunkt.application.identity.Agencies;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.schema.Attribute;
import se.knutpunkt.domain.casefile.schema.ItemKind;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.marking.Releasability;

/** The pages' texts from the resource bundles, in the reader's language. */
@Named
@RequestScoped
public class Texts {

  private static final String BUNDLE = "se.knutpunkt.web.i18n.messages";

  @Inject LocalePreference localePreference;
  @Inject Agencies agencies;

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

  /** "Person", "Identitetsnummer", "Uppgift" ... */
  public String kindLabel(ItemKind kind) {
    return get("kind." + kind.name());
  }

  /** "Namn" for a person's name, "Förfallodag" for a task's due date. */
  public String attributeLabel(ItemKind kind, Attribute attribute) {
    String key = "attr." + kind.name() + "." + attribute.name();
    return has(key) ? get(key) : attribute.name();
  }

  /**
   * How a stored value reads: a choice by its label (looked up for the kind and attribute first,
   * since codes such as ATERKALLELSE mean different things in different places), a yes or no, an
   * identifier with its separator; other values as they are.
   */
  public String valueText(ItemKind kind, Attribute attribute, String value) {
    switch (attribute.type()) {
      case CHOICE -> {
        String specific = "choice." + kind.name() + "." + attribute.name() + "." + value;
        if (has(specific)) {
          return get(specific);
        }
        String general = "choice." + value;
        return has(general) ? get(general) : value;
      }
      case BOOLEAN -> {
        return get("true".equals(value) ? "value.true" : "value.false");
      }
      case IDENTIFIER -> {
        return value.length() == 12 ? value.substring(0, 8) + "-" + value.substring(8) : value;
      }
      default -> {
        return value;
      }
    }
  }

  /** Every agency one can name in a case, by code. */
  public List<String> agencyCodes() {
    return agencies.all().stream().map(AgencyCode::value).toList();
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
