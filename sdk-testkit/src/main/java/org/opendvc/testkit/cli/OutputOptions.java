package org.opendvc.testkit.cli;

import org.opendvc.core.Language;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code --lang} options every reporting {@code dvc} command takes. */
class OutputOptions {
  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--lang",
      defaultValue = "vi",
      converter = LanguageConverter.class,
      description = "Language of the output: vi (default) or en.")
  Language lang = Language.VI;
}
