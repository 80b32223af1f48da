package com.konaplate.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.model.FindCardUserResult;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import com.konaplate.sdk.testing.FakeJwe;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Encryption fails closed: what openapi.yaml flags is never sent in plaintext, and a plaintext
 * answer where an encrypted one is due is refused.
 */
class EncryptionFailsClosedTest {
  private static final String CARD_NO = "9491330000000011";

  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  @Test
  void everyFlaggedOperation_withoutEncryption_failsBeforeAnyIo_namingTheSettings() {
    try (KonaplateClient client = t.client(server)) {
      KonaplateCryptoException e = assertThrows(KonaplateCryptoException.class,
          () -> client.cards().findUser(CARD_NO));
      assertTrue(e.getMessage().contains("KONAPLATE_CRYPTO_KEY_ID"), e.getMessage());
      assertTrue(e.getMessage().contains("encryption"), e.getMessage());
      assertEquals("findCardUser", e.operation());
      assertEquals(0, e.attempts());
      assertFalse(e.outcomeUnknown());
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> client.cards().searchAsync(1L).get(5, TimeUnit.SECONDS));
      assertTrue(async.getCause() instanceof KonaplateCryptoException);
    }
    assertEquals(0, server.getRequestCount(), "nothing may leave in plaintext");
  }

  @Test
  void theSpecFlagsTheDocumentedOperations() {
    ApiDescriptor api = ApiDescriptor.konaplate();
    OperationDescriptor search = api.operation("searchCards");
    assertFalse(search.encryptRequest());
    assertTrue(search.encryptResponse());
    assertTrue(api.operation("findCardUser").encryptRequest());
    assertTrue(api.operation("findUnregisteredCard").encryptRequest());
    assertFalse(api.operation("terminateCard").encryptRequest());
  }

  @Test
  void aFlaggedRequest_isSentAsEncData_withTheKeyId() throws Exception {
    server.enqueue(new MockResponse().setBody(FakeJwe.body(
        "{\"userId\":7,\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}")));
    FindCardUserResult r;
    try (KonaplateClient client = t.builder(server).encryption(new FakeJwe()).build()) {
      r = client.cards().findUser(CARD_NO);
    }
    assertEquals(Long.valueOf(7), r.userId());
    RecordedRequest sent = server.takeRequest();
    String body = sent.getBody().readUtf8();
    assertTrue(body.startsWith("{\"encData\":\"fake."), body);
    assertFalse(body.contains(CARD_NO));
    assertEquals("{\"cardNo\":\"" + CARD_NO + "\"}", FakeJwe.plaintext(body));
    assertEquals("0123456789abcdef0123456789abcdef", sent.getHeader("X-KM-Crypto-Key-Id"));
  }

  @Test
  void aPlaintextAnswer_whereAnEncryptedOneIsDue_isRefused_readsWithoutOutcomeDoubt() {
    server.enqueue(new MockResponse().setBody(
        "{\"userId\":7,\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"));
    try (KonaplateClient client = t.builder(server).encryption(new FakeJwe())
        .retryPolicy(RetryPolicy.none()).build()) {
      KonaplateException e = assertThrows(KonaplateCryptoException.class,
          () -> client.cards().findUser(CARD_NO));
      assertTrue(e.getMessage().contains("plaintext"), e.getMessage());
      assertFalse(e.outcomeUnknown(), "a read has no effect");
    }
  }

  @Test
  void aPlaintextAnswer_toAWriteFlaggedEncrypted_isOutcomeUnknown() {
    server.enqueue(new MockResponse().setBody(
        "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"));
    RawRequest write = RawRequest.builder().path("/api/v1/user/registration")
        .json("{\"loginId\":\"a@b.c\"}").encryptRequest(true).encryptResponse(true).build();
    try (KonaplateClient client = t.builder(server).encryption(new FakeJwe()).build()) {
      KonaplateException e = assertThrows(KonaplateCryptoException.class,
          () -> client.rawCall(write));
      assertTrue(e.outcomeUnknown(), "the write may have been applied");
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void errorAnswers_mayBePlaintext() {
    server.enqueue(new MockResponse().setResponseCode(400)
        .setBody("{\"response\":{\"code\":\"000_002\",\"description\":\"Invalid input parameter\"}}"));
    try (KonaplateClient client = t.builder(server).encryption(new FakeJwe()).build()) {
      assertEquals("000_002", assertThrows(KonaplateException.class,
          () -> client.cards().findUser(CARD_NO)).code());
    }
  }
}
