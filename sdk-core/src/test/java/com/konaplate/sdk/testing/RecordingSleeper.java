package com.konaplate.sdk.testing;

import com.konaplate.sdk.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records waits and advances the test clock instead of sleeping. */
public final class RecordingSleeper implements Sleeper {
  private final MutableClock clock;
  public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  public RecordingSleeper(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    clock.advance(duration);
  }
}
