package org.opendvc.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.internal.text.Templates;

/**
 * The rules' message bundles, {@code messages_vi.properties} and {@code messages_en.properties},
 * read as UTF-8 once. Arguments are shown the way each language writes them: roles by name, dates
 * as dd/MM/yyyy.
 */
public final class Messages {
  private static final String BUNDLE = "/org/opendvc/rules/messages_%s.properties";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Messages INSTANCE = new Messages();

  private final Map<String, String> vi;
  private final Map<String, String> en;

  private Messages() {
    this.vi = load("vi");
    this.en = load("en");
  }

  public static Messages get() {
    return INSTANCE;
  }

  /** The keys of the bundle of {@code language}. */
  public Set<String> keys(Language language) {
    return (language == Language.VI ? vi : en).keySet();
  }

  /** Whether both bundles have {@code key}. */
  public boolean has(String key) {
    return vi.containsKey(key) && en.containsKey(key);
  }

  /** The message {@code key} in both languages, with {@code args} filled in. */
  public LocalizedText render(String key, Object... args) {
    return LocalizedText.of(render(key, Language.VI, args), render(key, Language.EN, args));
  }

  /**
   * The message {@code key} in {@code language}, as a sentence (its first letter in upper case); an
   * unknown key renders as itself.
   */
  public String render(String key, Language language, Object... args) {
    String pattern = (language == Language.VI ? vi : en).get(key);
    if (pattern == null) {
      return key;
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = show(args[i], language);
    }
    // Templates.fill, not MessageFormat: no pattern to parse on every call, apostrophes as written.
    String text = Templates.fill(pattern, shown);
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private String show(Object arg, Language language) {
    if (arg instanceof SubjectRole role) {
      // As written in the bundle: a role is named mid-sentence more often than not.
      String key = "role." + role.name();
      return (language == Language.VI ? vi : en).getOrDefault(key, key);
    }
    if (arg instanceof LocalDate date) {
      return date.format(DATE);
    }
    if (arg instanceof LocalizedText text) {
      return text.get(language);
    }
    String text = Objects.toString(arg, "—");
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      try {
        return LocalDate.parse(text).format(DATE);
      } catch (DateTimeParseException e) {
        return text;
      }
    }
    return text;
  }

  private static Map<String, String> load(String language) {
    String name = String.format(BUNDLE, language);
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, "missing resource " + name);
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p.stringPropertyNames().stream()
          .collect(Collectors.toUnmodifiableMap(k -> k, p::getProperty));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
