package org.opendvc.core.time;

/**
 * The two astronomical quantities a Chinese-style lunisolar calendar needs: the moments of new moon
 * and the apparent longitude of the Sun.
 *
 * <p>Both follow Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998): new moons by the
 * series of chapter 49 (with its planetary corrections), the Sun by the low-precision theory of
 * chapter 25 corrected for nutation and aberration, and ΔT (TT − UT) by the polynomials of Espenak
 * and Meeus (NASA, <i>Five Millennium Canon of Solar Eclipses</i>, 2006). The coefficients are the
 * published ones; the code is written here.
 *
 * <p>Precision: new moons to within about a minute, the Sun's longitude to about 0.01° (about 15
 * minutes of time). The calendar only needs the civil date of each event in UTC+7. {@code
 * LunisolarCalendarTest} checks every month from 1900 to 2100, for UTC+7 and UTC+8, against an
 * independent computation with the VSOP87 and ELP 2000-82 theories: they differ only on the new
 * moon of 7 July 1967, which fell within five seconds of midnight in Hà Nội.
 */
final class Astronomy {
  /** Julian Day of 1970-01-01 at 00:00 UT. */
  static final double JD_UNIX_EPOCH = 2440587.5;

  /** Julian Day of J2000.0 (2000-01-01 12:00 TT). */
  private static final double J2000 = 2451545.0;

  /** Mean length of a synodic month in days (Meeus 49.1). */
  static final double SYNODIC_MONTH = 29.530588861;

  /** JDE of the mean new moon with index 0, 2000-01-06 (Meeus 49.1). */
  private static final double NEW_MOON_EPOCH = 2451550.09766;

  private static final double[] PLANETARY_AMPLITUDE = {
    0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056, 0.000047,
    0.000042, 0.000040, 0.000037, 0.000035, 0.000023
  };
  private static final double[] PLANETARY_PHASE = {
    299.77, 251.88, 251.83, 349.42, 84.66, 141.74, 207.14, 154.84, 34.52, 207.19, 291.34, 161.72,
    239.56, 331.55
  };
  private static final double[] PLANETARY_RATE = {
    0.107408, 0.016321, 26.651886, 36.412478, 18.206239, 53.303771, 2.453732, 7.306860, 27.261239,
    0.121824, 1.844379, 24.198154, 25.513099, 3.592518
  };

  private Astronomy() {}

  /**
   * The index of the mean new moon nearest before {@code julianDay}, counted from the new moon of 6
   * January 2000 (index 0). The true new moon may fall a few hours either side.
   */
  static int meanNewMoonIndexBefore(double julianDay) {
    return (int) Math.floor((julianDay - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  }

  /** The moment of new moon number {@code k}, as a Julian Day in UT (Meeus chapter 49). */
  static double newMoon(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde =
        NEW_MOON_EPOCH
            + SYNODIC_MONTH * k
            + 0.00015437 * t2
            - 0.000000150 * t3
            + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mp =
        Math.toRadians(
            201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    double f =
        Math.toRadians(
            160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    double omega = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

    double correction =
        -0.40720 * Math.sin(mp)
            + 0.17241 * e * Math.sin(m)
            + 0.01608 * Math.sin(2 * mp)
            + 0.01039 * Math.sin(2 * f)
            + 0.00739 * e * Math.sin(mp - m)
            - 0.00514 * e * Math.sin(mp + m)
            + 0.00208 * e * e * Math.sin(2 * m)
            - 0.00111 * Math.sin(mp - 2 * f)
            - 0.00057 * Math.sin(mp + 2 * f)
            + 0.00056 * e * Math.sin(2 * mp + m)
            - 0.00042 * Math.sin(3 * mp)
            + 0.00042 * e * Math.sin(m + 2 * f)
            + 0.00038 * e * Math.sin(m - 2 * f)
            - 0.00024 * e * Math.sin(2 * mp - m)
            - 0.00017 * Math.sin(omega)
            - 0.00007 * Math.sin(mp + 2 * m)
            + 0.00004 * Math.sin(2 * mp - 2 * f)
            + 0.00004 * Math.sin(3 * m)
            + 0.00003 * Math.sin(mp + m - 2 * f)
            + 0.00003 * Math.sin(2 * mp + 2 * f)
            - 0.00003 * Math.sin(mp + m + 2 * f)
            + 0.00003 * Math.sin(mp - m + 2 * f)
            - 0.00002 * Math.sin(mp - m - 2 * f)
            - 0.00002 * Math.sin(3 * mp + m)
            + 0.00002 * Math.sin(4 * mp);

    double planetary = 0;
    for (int i = 0; i < PLANETARY_AMPLITUDE.length; i++) {
      double argument = PLANETARY_PHASE[i] + PLANETARY_RATE[i] * k;
      if (i == 0) {
        argument -= 0.009173 * t2;
      }
      planetary += PLANETARY_AMPLITUDE[i] * Math.sin(Math.toRadians(argument));
    }
    double terrestrialTime = jde + correction + planetary;
    return terrestrialTime - deltaTSeconds(yearOf(terrestrialTime)) / 86400.0;
  }

  /**
   * The apparent geocentric longitude of the Sun at {@code julianDayUt}, in degrees in [0, 360)
   * (Meeus chapter 25, low precision, with nutation and aberration).
   */
  static double sunLongitude(double julianDayUt) {
    double jde = julianDayUt + deltaTSeconds(yearOf(julianDayUt)) / 86400.0;
    double t = (jde - J2000) / 36525.0;
    double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double meanAnomaly = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
    double center =
        (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
            + 0.000289 * Math.sin(3 * meanAnomaly);
    double omega = Math.toRadians(125.04 - 1934.136 * t);
    double apparent = meanLongitude + center - 0.00569 - 0.00478 * Math.sin(omega);
    double normalised = apparent % 360.0;
    return normalised < 0 ? normalised + 360.0 : normalised;
  }

  /** The decimal year of a Julian Day, precise enough for ΔT. */
  private static double yearOf(double julianDay) {
    return 2000.0 + (julianDay - J2000) / 365.2425;
  }

  /**
   * ΔT = TT − UT in seconds, by the Espenak–Meeus polynomials for 1800–2150 and their parabola
   * outside. Accurate to a few seconds in the 20th century; a forecast after 2025.
   */
  static double deltaTSeconds(double year) {
    if (year < 1800 || year >= 2150) {
      double u = (year - 1820) / 100.0;
      return -20 + 32 * u * u;
    }
    if (year < 1860) {
      double t = year - 1800;
      return 13.72
          + t
              * (-0.332447
                  + t
                      * (0.0068612
                          + t
                              * (0.0041116
                                  + t
                                      * (-0.00037436
                                          + t
                                              * (0.0000121272
                                                  + t * (-0.0000001699 + t * 0.000000000875))))));
    }
    if (year < 1900) {
      double t = year - 1860;
      return 7.62
          + t * (0.5737 + t * (-0.251754 + t * (0.01680668 + t * (-0.0004473624 + t / 233174.0))));
    }
    if (year < 1920) {
      double t = year - 1900;
      return -2.79 + t * (1.494119 + t * (-0.0598939 + t * (0.0061966 - t * 0.000197)));
    }
    if (year < 1941) {
      double t = year - 1920;
      return 21.20 + t * (0.84493 + t * (-0.076100 + t * 0.0020936));
    }
    if (year < 1961) {
      double t = year - 1950;
      return 29.07 + 0.407 * t - t * t / 233.0 + t * t * t / 2547.0;
    }
    if (year < 1986) {
      double t = year - 1975;
      return 45.45 + 1.067 * t - t * t / 260.0 - t * t * t / 718.0;
    }
    if (year < 2005) {
      double t = year - 2000;
      return 63.86
          + t
              * (0.3345
                  + t * (-0.060374 + t * (0.0017275 + t * (0.000651814 + t * 0.00002373599))));
    }
    if (year < 2050) {
      double t = year - 2000;
      return 62.92 + t * (0.32217 + t * 0.005589);
    }
    double u = (year - 1820) / 100.0;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
  }
}
