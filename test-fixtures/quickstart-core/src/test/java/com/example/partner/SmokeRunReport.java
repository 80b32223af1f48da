package com.example.partner;

import java.util.List;

/** Prints the outcome of a smoke run and gives its exit status. */
final class SmokeRunReport {
  private SmokeRunReport() {
  }

  static int report(List<String> problems, String ok) {
    if (!problems.isEmpty()) {
      System.err.println("QUICKSTART FAILED on Java " + System.getProperty("java.version") + ":");
      for (String p : problems) {
        System.err.println("  " + p);
      }
      return 1;
    }
    System.out.println("QUICKSTART OK on Java " + System.getProperty("java.version") + ": " + ok);
    return 0;
  }
}
