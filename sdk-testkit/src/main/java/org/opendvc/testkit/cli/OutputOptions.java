package org.opendvc.testkit.cli;

import org.opendvc.core.Language;
import picocli.CommandLine.Option;

/** The options every command shares: {@code --format text|json} and {@code --lang vi|en}. */
final class OutputOptions {
  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--lang",
      defaultValue = "vi",
      converter = LanguageConverter.class,
      description = "Language of the output: vi (default) or en.")
  Language lang = Language.VI;
}
