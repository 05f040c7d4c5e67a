package org.opendvc.testkit.cli;

import org.opendvc.core.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code vi} or {@code en}. */
final class LanguageConverter implements ITypeConverter<Language> {
  @Override
  public Language convert(String value) {
    try {
      return Language.fromTag(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("use vi or en, not '" + value + "'");
    }
  }
}
