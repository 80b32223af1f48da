package com.konaplate.sdk.spring.boot.autoconfigure.internal;

import com.konaplate.sdk.CallEvent;
import com.konaplate.sdk.KonaplateListener;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every listener bean, in order. One that throws is logged and skipped, so the others
 * still hear of the call (the SDK guards only the listener it was given). Immutable.
 */
public final class CompositeListener implements KonaplateListener {
  private static final Logger LOG = LoggerFactory.getLogger(CompositeListener.class);

  private final List<KonaplateListener> listeners;

  /** Tells {@code listeners}, in this order. */
  public CompositeListener(List<KonaplateListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /** The listeners, in order. */
  public List<KonaplateListener> listeners() {
    return listeners;
  }

  @Override
  public void requestSent(CallEvent event) {
    each("requestSent", event, KonaplateListener::requestSent);
  }

  @Override
  public void responseReceived(CallEvent event) {
    each("responseReceived", event, KonaplateListener::responseReceived);
  }

  @Override
  public void retryScheduled(CallEvent event) {
    each("retryScheduled", event, KonaplateListener::retryScheduled);
  }

  @Override
  public void readBackSettled(CallEvent event) {
    each("readBackSettled", event, KonaplateListener::readBackSettled);
  }

  @Override
  public void callSucceeded(CallEvent event) {
    each("callSucceeded", event, KonaplateListener::callSucceeded);
  }

  @Override
  public void callFailed(CallEvent event) {
    each("callFailed", event, KonaplateListener::callFailed);
  }

  private void each(String method, CallEvent event, BiConsumer<KonaplateListener, CallEvent> call) {
    for (KonaplateListener listener : listeners) {
      try {
        call.accept(listener, event);
      } catch (RuntimeException e) {
        LOG.warn("{}.{} threw {}; ignored", listener.getClass().getName(), method,
            e.getClass().getName());
      }
    }
  }
}
