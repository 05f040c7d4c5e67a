package org.opendvc.testkit.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.opendvc.core.id.IdentifierKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an identifier kind by its command-line name, such as {@code personal-id}. */
final class IdentifierKindConverter implements ITypeConverter<IdentifierKind> {
  @Override
  public IdentifierKind convert(String text) {
    return IdentifierKind.fromId(text)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "use one of "
                        + Arrays.stream(IdentifierKind.values())
                            .map(IdentifierKind::id)
                            .collect(Collectors.joining(", "))
                        + ", not '"
                        + text
                        + "'"));
  }
}
