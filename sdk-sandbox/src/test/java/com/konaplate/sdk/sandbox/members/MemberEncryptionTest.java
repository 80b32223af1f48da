package com.konaplate.sdk.sandbox.members;

import static com.konaplate.sdk.sandbox.members.MemberData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RawRequest;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.model.ActivateDormantMemberRequest;
import com.konaplate.sdk.sandbox.DocumentedExample;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import com.konaplate.sdk.sandbox.MemberState;
import com.konaplate.sdk.sandbox.RecordedRequest;
import com.konaplate.sdk.sandbox.SandboxCodes;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The member operations are encrypted as openapi.yaml flags them, on both sides. */
@KonaplateSandboxTest
class MemberEncryptionTest {

  static Stream<String> flaggedMemberOperations() {
    return ApiDescriptor.konaplate().operations().stream()
        .filter(op -> "Members".equalsIgnoreCase(op.group()) && op.encryptRequest())
        .map(OperationDescriptor::operationId);
  }

  @Test
  void theMemberOperationsFlaggedEncrypted_areTheOnesTheDocsSay() {
    Set<String> flagged = new HashSet<>();
    flaggedMemberOperations().forEach(flagged::add);
    assertEquals(new HashSet<>(Arrays.asList("registerMember", "getMemberInfo",
        "activateDormantMember", "findLoginId", "checkRegistrationId", "findMemberByCi",
        "verifyMemberPassword", "getMemberAuthStatus")), flagged);
  }

  @ParameterizedTest
  @MethodSource("flaggedMemberOperations")
  void aPlaintextRequest_isRefused990_006_andTakesNoEffect(String operationId,
      KonaplateSandbox sandbox, KonaplateClient client) {
    OperationDescriptor op = ApiDescriptor.konaplate().operation(operationId);
    RawRequest plain = RawRequest.builder().path(op.path())
        .json(DocumentedExample.of(operationId).get(0).requestJson())
        .read().encryptRequest(false).encryptResponse(false).build();
    KonaplateApiException e = assertThrows(KonaplateApiException.class,
        () -> client.rawCall(plain));
    assertEquals(SandboxCodes.ENCRYPTION_REQUIRED, e.code());
    RecordedRequest r = sandbox.recordedRequests().get(0);
    assertFalse(r.encrypted());
    assertFalse(r.responseEncrypted(), "a client that sent plaintext gets a plain refusal");
    assertFalse(sandbox.memberState(FIRST_REGISTERED).isPresent(), "nothing registered");
    assertEquals(MemberState.DORMANT, sandbox.memberState(DORMANT).get(), "nothing reactivated");
  }

  @Test
  void theTypedClient_encryptsEveryMemberOperationAsFlagged(KonaplateSandbox sandbox,
      KonaplateClient client) {
    long userId = client.members().register(newMember("enc@example.com", ci("CIEnc0001")))
        .userId();
    client.members().info(userId);
    client.members().terms(userId);
    client.members().findLoginId(ci("CIEnc0001"));
    client.members().findByCi(ci("CIEnc0001"));
    client.members().checkLoginId("free@example.com");
    client.members().verifyPassword("enc@example.com", "246810");
    client.members().authStatus(userId);
    client.members().activateDormant(ActivateDormantMemberRequest.builder().ci(DORMANT_CI)
        .userName("이모나").birthDate("20050628").gender("Female").build());
    client.members().unregister(userId);
    Set<String> seen = new HashSet<>();
    for (RecordedRequest r : sandbox.recordedRequests()) {
      OperationDescriptor op = ApiDescriptor.konaplate().operation(r.operationId().get());
      seen.add(op.operationId());
      assertEquals(op.encryptRequest(), r.encrypted(), op.operationId());
      assertEquals(op.encryptRequest() || op.encryptResponse(), r.responseEncrypted(),
          op.operationId());
      assertTrue(r.status() == 200, op.operationId());
    }
    assertEquals(10, seen.size(), seen.toString());
  }
}
