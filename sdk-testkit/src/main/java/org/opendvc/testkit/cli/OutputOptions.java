package org.opendvc.testkit.cli;

import org.opendvc.core.Language;
import picocli.CommandLine.Option;

/** The options of every command that reports: {@code --format} and {@code --lang}. */
final class OutputOptions {
  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--lang",
      defaultValue = "vi",
      converter = LanguageConverter.class,
      description = "Language of messages: vi (default) or en.")
  Language lang = Language.VI;
}
