package org.opendvc.core.place;

/** How {@link AdministrativeUnits#resolveLegacy(LegacyAddress)} found today's unit. */
public enum ResolutionMethod {
  /** By the earlier commune code, which the dataset lists under one current commune. */
  COMMUNE_CODE,
  /** By the earlier commune name within its province (and district, when given). */
  COMMUNE_NAME,
  /**
   * By a code: the province is known, from the earlier province code or from an earlier commune
   * code that now lies in several communes; the commune is not.
   */
  PROVINCE_CODE,
  /** By the earlier province name alone: the province is known, the commune is not. */
  PROVINCE_NAME,
  /** Not at all: the address names no earlier province or commune that could be found. */
  UNRESOLVED
}
