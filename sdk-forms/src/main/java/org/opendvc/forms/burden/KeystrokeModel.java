package org.opendvc.forms.burden;

import java.util.Objects;

/**
 * The constants of the keystroke-level model (KLM) the burden estimate uses, with their sources.
 *
 * <p>From Card, Moran and Newell, "The keystroke-level model for user performance time with
 * interactive systems", Communications of the ACM 23(7):396–410, 1980 (Figure 1):
 *
 * <ul>
 *   <li>K, a keystroke or button press: 0.28 s for an average non-secretary typist (40 words per
 *       minute); 0.50 s when typing random letters, used here for identifiers and numbers;
 *   <li>P, pointing at a target with a mouse: 1.10 s (0.8 to 1.5 by Fitts's law);
 *   <li>H, moving the hand between keyboard and mouse: 0.40 s;
 *   <li>M, mentally preparing an action: 1.35 s.
 * </ul>
 *
 * <p>On a phone, K is 0.33 s: 60 / (36.2 words per minute × 5 characters), the mean entry rate of
 * 37,370 people typing on their phones in Palin, Feit, Kim, Kristensson and Oulasvirta, "How do
 * People Type on Mobile Devices? Observations from a Study with 37,000 Volunteers", MobileHCI 2019.
 * Identifiers keep the desktop ratio between random and word typing (0.50 / 0.28), giving 0.59 s. P
 * stays 1.10 s for a tap (an assumption: no touch constant as well established was found), and H is
 * 0: the same thumb points and types.
 *
 * <p>Reading runs at 238 words per minute, the mean silent reading rate of adults for non-fiction
 * in Brysbaert, "How many words do we read per minute? A review and meta-analysis of reading rate",
 * Journal of Memory and Language 109, 2019. Vietnamese words are counted as written, syllable by
 * syllable, which overstates reading time slightly.
 *
 * <p>Typing Vietnamese with the Telex method costs about 1.25 keys per character: "Nguyễn Văn An"
 * (13 characters) is typed "Nguyeenx Vawn An" (16 keys). This factor is an estimate of ours from
 * such examples, applied to free text and names, not to digits or codes.
 *
 * <p>Immutable.
 *
 * @param device the device the constants are for
 * @param keystroke K for words, in seconds
 * @param codeKeystroke K for identifiers, digits and codes, in seconds
 * @param point P, in seconds
 * @param home H, in seconds
 * @param mental M, in seconds
 * @param readingWordsPerMinute the reading rate
 * @param telexKeysPerCharacter keys per character of Vietnamese text
 */
public record KeystrokeModel(
    Device device,
    double keystroke,
    double codeKeystroke,
    double point,
    double home,
    double mental,
    double readingWordsPerMinute,
    double telexKeysPerCharacter) {

  /** Card, Moran and Newell's K for an average non-secretary typist. */
  public static final double K_AVERAGE_TYPIST = 0.28;

  /** Card, Moran and Newell's K for typing random letters. */
  public static final double K_RANDOM_LETTERS = 0.50;

  /** Card, Moran and Newell's P. */
  public static final double P_POINT = 1.10;

  /** Card, Moran and Newell's H. */
  public static final double H_HOME = 0.40;

  /** Card, Moran and Newell's M. */
  public static final double M_MENTAL = 1.35;

  /** Palin et al.'s mean mobile entry rate, in words (of 5 characters) per minute. */
  public static final double MOBILE_WORDS_PER_MINUTE = 36.2;

  /** Brysbaert's mean silent reading rate for non-fiction, in words per minute. */
  public static final double READING_WORDS_PER_MINUTE = 238;

  /** Keys per character of Vietnamese typed with Telex (our estimate). */
  public static final double TELEX_KEYS_PER_CHARACTER = 1.25;

  /** Checks the constants are positive (H may be 0). */
  public KeystrokeModel {
    Objects.requireNonNull(device, "device");
    if (keystroke <= 0
        || codeKeystroke <= 0
        || point <= 0
        || home < 0
        || mental <= 0
        || readingWordsPerMinute <= 0
        || telexKeysPerCharacter < 1) {
      throw new IllegalArgumentException("KLM constants must be positive");
    }
  }

  /** The constants for {@code device}. */
  public static KeystrokeModel of(Device device) {
    if (device == Device.DESKTOP) {
      return new KeystrokeModel(
          Device.DESKTOP,
          K_AVERAGE_TYPIST,
          K_RANDOM_LETTERS,
          P_POINT,
          H_HOME,
          M_MENTAL,
          READING_WORDS_PER_MINUTE,
          TELEX_KEYS_PER_CHARACTER);
    }
    double k = 60 / (MOBILE_WORDS_PER_MINUTE * 5);
    return new KeystrokeModel(
        Device.MOBILE,
        k,
        k * K_RANDOM_LETTERS / K_AVERAGE_TYPIST,
        P_POINT,
        0,
        M_MENTAL,
        READING_WORDS_PER_MINUTE,
        TELEX_KEYS_PER_CHARACTER);
  }

  /** Seconds to read {@code words} words. */
  public double read(double words) {
    return words * 60 / readingWordsPerMinute;
  }
}
