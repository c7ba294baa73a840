package se.knutpunkt.domain.sharing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The legal bases a disclosure to another agency can rest on (DOMAIN.md). What each demands of the
 * one who shares, and what it lets be shared with whom, is reference data: the sharing guide in
 * {@code config/}, so that a change in the law is a change of data.
 */
public enum LegalBasis {
  /** OSL (2009:400) 10 kap. 15 a §, the general secrecy-breaking provision (prop. 2024/25:180). */
  OSL_10_15A,
  /** OSL 10 kap. 28 §: a duty to provide information laid down in law or ordinance. */
  OSL_10_28,
  /** OSL 10 kap. 27 §, the general clause: only after a balancing of interests. */
  OSL_10_27,
  /** Lag (2025:170) om skyldighet att lämna uppgifter till de brottsbekämpande myndigheterna. */
  LUB_2025_170,
  /**
   * Lag (2024:307) om uppgiftsskyldighet mot felaktiga utbetalningar och arbetslivskriminalitet.
   */
  LUFFA_2024_307,
  /**
   * Lag (2008:206) om underrättelseskyldighet vid felaktiga utbetalningar från välfärdssystemen.
   */
  LAG_2008_206,
  /** The consent of the person concerned. */
  SAMTYCKE;

  public String code() {
    return name();
  }

  public static Optional<LegalBasis> fromCode(String code) {
    return Arrays.stream(values()).filter(b -> b.name().equals(code)).findFirst();
  }
}
