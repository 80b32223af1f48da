package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;

/**
 * The business rules of one operation. Called with a request that already passed the generic
 * validation of its fields, while the state's lock is held, so it decides and applies its
 * effect atomically. Implementations are stateless.
 */
interface OperationHandler {
  /** Decides the answer to {@code request} and applies its effect to {@code state}. */
  Answer handle(JsonObject request, FixtureState state);
}
