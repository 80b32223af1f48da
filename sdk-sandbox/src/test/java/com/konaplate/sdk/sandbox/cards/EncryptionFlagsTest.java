package com.konaplate.sdk.sandbox.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RawRequest;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.model.FindUnregisteredCardRequest;
import com.konaplate.sdk.sandbox.DocumentedExample;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import com.konaplate.sdk.sandbox.RecordedRequest;
import com.konaplate.sdk.sandbox.SandboxCodes;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encryption as openapi.yaml's flags say, on both sides. */
@KonaplateSandboxTest
class EncryptionFlagsTest {

  @ParameterizedTest
  @ValueSource(strings = {"findCardUser", "findCardVirtualAccount", "findUnregisteredCard"})
  void aPlaintextRequest_toAnOperationFlaggedEncrypted_isRefused990_006(String operationId,
      KonaplateSandbox sandbox, KonaplateClient client) {
    OperationDescriptor op = ApiDescriptor.konaplate().operation(operationId);
    assertTrue(op.encryptRequest());
    RawRequest plain = RawRequest.builder().path(op.path())
        .json(DocumentedExample.of(operationId, "success").requestJson())
        .read().encryptRequest(false).encryptResponse(false).build();
    KonaplateApiException e = assertThrows(KonaplateApiException.class,
        () -> client.rawCall(plain));
    assertEquals(SandboxCodes.ENCRYPTION_REQUIRED, e.code());
    assertEquals(400, e.httpStatus());
    RecordedRequest r = sandbox.recordedRequests().get(0);
    assertFalse(r.encrypted());
    assertFalse(r.responseEncrypted(), "a client that sent plaintext gets a plain refusal");
  }

  @Test
  void theTypedClient_neverSendsAFlaggedRequestInPlaintext_andReadsEveryFlaggedAnswer(
      KonaplateSandbox sandbox, KonaplateClient client) {
    client.cards().findUser("9491330000000011");
    client.cards().virtualAccount("9491330000000011");
    client.cards().findUnregistered(FindUnregisteredCardRequest.builder()
        .cardNo("9491330000000099").expiryDate("3108").cardCVC("123").build());
    client.cards().search(100000000001L);
    client.cards().products(Arrays.asList("000170000002000"));
    client.cards().suspend(100000000010L, "Q10000000000000000000001001");
    for (RecordedRequest r : sandbox.recordedRequests()) {
      OperationDescriptor op = ApiDescriptor.konaplate().operation(r.operationId().get());
      assertEquals(op.encryptRequest(), r.encrypted(), op.operationId());
      assertEquals(op.encryptRequest() || op.encryptResponse(), r.responseEncrypted(),
          op.operationId());
      assertFalse(r.encrypted() && r.bodyUtf8().contains("9491330000000"),
          "no card number on the wire: " + op.operationId());
    }
  }

  @Test
  void aSandboxWithoutCryptoKey_refusesEveryFlaggedRequest_andServesTheOthers() {
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().withoutCryptoKey().start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      assertTrue(sandbox.cryptoKeys().isEmpty());
      OperationDescriptor op = ApiDescriptor.konaplate().operation("findCardUser");
      KonaplateApiException e = assertThrows(KonaplateApiException.class,
          () -> client.rawCall(RawRequest.builder().path(op.path())
              .json("{\"cardNo\":\"9491330000000011\"}").read().build()));
      assertEquals("990_006", e.code());
      assertEquals("000_000", client.cards().terminate(100000000001L,
          "Q10000000000000000000000101").code(), "the unflagged operations work");
    }
  }
}
