package com.konaplate.sdk.sandbox.resilience;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Checks every SDK log line (captured at TRACE) and every text handed to it for secrets: the
 * secret key, the access key, a full token signature, a full PAR, key material or a plaintext
 * payload. Checks as lines arrive, so a 10,000-call run does not hold its log in memory.
 */
final class LeakDetector extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private static final Pattern TOKEN = Pattern.compile("KMV1:[0-9]{17}:[A-Za-z0-9+/]{43}=");
  private static final Pattern PAR = Pattern.compile("\\b(?:FS|Q1)[0-9]{25}\\b");

  private final List<String> forbidden;
  private final Logger logger = (Logger) LoggerFactory.getLogger("com.konaplate.sdk");
  private final Level previous = logger.getLevel();
  private final AtomicLong lines = new AtomicLong();
  private final List<String> leaks = new CopyOnWriteArrayList<>();
  private final java.util.Map<String, AtomicLong> readBacks = new java.util.concurrent.ConcurrentHashMap<>();

  LeakDetector(List<String> forbidden) {
    this.forbidden = forbidden;
    setContext(logger.getLoggerContext());
    start();
    logger.addAppender(this);
    logger.setLevel(Level.TRACE);
    logger.setAdditive(false); // captured here, not printed: TRACE lines would flood the build log
  }

  @Override
  protected void append(ILoggingEvent event) {
    lines.incrementAndGet();
    String message = event.getFormattedMessage();
    check("log", message);
    if (message.startsWith("read-back ")) {
      // "read-back searchCards of terminateCard: VISIBLE correlationId=..."
      int colon = message.indexOf(": ");
      int space = message.indexOf(' ', colon + 2);
      if (colon > 0 && space > colon) {
        readBacks.computeIfAbsent(message.substring(colon + 2, space), k -> new AtomicLong())
            .incrementAndGet();
      }
    }
  }

  /** How many read-backs the SDK logged with each verdict (VISIBLE, ABSENT, UNKNOWN). */
  java.util.Map<String, Long> readBacks() {
    java.util.Map<String, Long> out = new java.util.TreeMap<>();
    readBacks.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** Checks any text: an exception message, a toString(). */
  void check(String where, String text) {
    if (text == null) {
      return;
    }
    for (String secret : forbidden) {
      if (text.contains(secret)) {
        leaks.add(where + " contains a secret: " + mask(text, secret));
      }
    }
    if (TOKEN.matcher(text).find()) {
      leaks.add(where + " contains a full X-KM-Tran-Token");
    }
    if (PAR.matcher(text).find()) {
      leaks.add(where + " contains a full PAR");
    }
    if (text.contains("PRIVATE KEY")) {
      leaks.add(where + " contains key material");
    }
  }

  long lines() {
    return lines.get();
  }

  List<String> leaks() {
    return leaks;
  }

  private static String mask(String text, String secret) {
    return text.replace(secret, "<the secret>");
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    logger.setLevel(previous);
    logger.setAdditive(true);
    stop();
  }
}
