package org.opendvc.forms.burden;

/** What the person fills the form on. */
public enum Device {
  /** A computer with a keyboard and a mouse. */
  DESKTOP,
  /** A phone with a touch screen and an on-screen keyboard. */
  MOBILE
}
