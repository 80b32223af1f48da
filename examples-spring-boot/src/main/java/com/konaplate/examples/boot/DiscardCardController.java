package com.konaplate.examples.boot;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.model.TerminateCardResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Discards a card. The PAR travels in the body, not the URL, so access logs never hold it.
 * Answers 200 when discarded, 409 with the result code when KONA PLATE refused (nothing
 * changed), 502 when the outcome is unknown (the card may be discarded: check before retrying)
 * and 503 for any other failure.
 */
@RestController
public class DiscardCardController {
  private final KonaplateClient client;

  /** A controller calling {@code client}. */
  public DiscardCardController(KonaplateClient client) {
    this.client = client;
  }

  /** What to discard. */
  public record DiscardRequest(long userId, String par) {
  }

  /** What happened: {@code discarded}, {@code refused}, {@code unknown} or {@code failed}. */
  public record DiscardResponse(String outcome, String code, String correlationId) {
  }

  /** Discards {@code request.par()} of member {@code request.userId()}. */
  @PostMapping("/cards/discard")
  public ResponseEntity<DiscardResponse> discard(@RequestBody DiscardRequest request) {
    try {
      TerminateCardResult r = client.cards().terminate(request.userId(), request.par());
      return ResponseEntity.ok(new DiscardResponse("discarded", r.code(), r.correlationId()));
    } catch (KonaplateException e) {
      if (e.outcomeUnknown()) {
        return answer(HttpStatus.BAD_GATEWAY, "unknown", e);
      }
      if (e instanceof KonaplateApiException) {
        return answer(HttpStatus.CONFLICT, "refused", e);
      }
      return answer(HttpStatus.SERVICE_UNAVAILABLE, "failed", e);
    }
  }

  private static ResponseEntity<DiscardResponse> answer(HttpStatus status, String outcome,
      KonaplateException e) {
    return ResponseEntity.status(status).body(new DiscardResponse(outcome, e.code(), e.correlationId()));
  }
}
