package com.konaplate.sdk.sandbox.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RawRequest;
import com.konaplate.sdk.exception.InvalidInputException;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generic validation of request bodies from openapi.yaml's field descriptors: whatever rule
 * a field breaks, the answer is 400 000_002 naming the field, and nothing is applied. The
 * requests go through the real client as raw calls (signed, encrypted as flagged), since the
 * typed builders refuse such values before sending.
 */
@KonaplateSandboxTest
class SpecValidationTest {

  static InvalidInputException refuse(KonaplateClient client, String operationId, String json) {
    OperationDescriptor op = ApiDescriptor.konaplate().operation(operationId);
    RawRequest request = RawRequest.builder().path(op.path()).json(json)
        .retryClass(op.retryClass()).encryptRequest(op.encryptRequest())
        .encryptResponse(op.encryptResponse()).build();
    return assertThrows(InvalidInputException.class, () -> client.rawCall(request));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      // required
      "searchCards | {} | userId",
      "changeCardStatus | {\"userId\":100000000010,\"par\":\"Q10000000000000000000001001\"} | status",
      // types
      "searchCards | {\"userId\":\"100000000001\"} | userId",
      "searchCards | {\"userId\":1.5} | userId",
      "searchCards | {\"userId\":100000000001,\"par\":27} | par",
      "listCardProducts | {\"serviceIdList\":\"000170000002000\"} | serviceIdList",
      "updateCardLimits | {\"userId\":100000000010,\"par\":\"Q10000000000000000000001002\",\"limits\":[1]} | limits",
      // ranges
      "terminateCard | {\"userId\":1000000000000000000,\"par\":\"Q10000000000000000000001001\"} | userId",
      "searchCards | {\"userId\":0} | userId",
      "updateCardLimits | {\"userId\":100000000010,\"par\":\"Q10000000000000000000001002\",\"limits\":{\"once\":0,\"day\":0,\"month\":10000000000}} | limits.month",
      // lengths
      "findCardUser | {\"cardNo\":\"94913300000000111\"} | cardNo",
      "findUnregisteredCard | {\"cardNo\":\"9491330000000099\",\"expiryDate\":\"3108\",\"cardCVC\":\"12\"} | cardCVC",
      "cancelCardApplication | {\"userId\":100000000011,\"cardApplyNo\":\"AP0000000000000000001\"} | cardApplyNo",
      // enums
      "changeCardStatus | {\"userId\":100000000010,\"par\":\"Q10000000000000000000001001\",\"status\":\"suspend\"} | status",
      // nested objects and arrays
      "updateCardLimits | {\"userId\":100000000010,\"par\":\"Q10000000000000000000001002\",\"limits\":{\"once\":0,\"day\":0}} | limits.month",
      "listCardProducts | {\"serviceIdList\":[]} | serviceIdList",
      "listCardProducts | {\"serviceIdList\":[\"000170000002000\",7]} | serviceIdList[1]",
      "listCardProducts | {\"serviceIdList\":[\"0001700000020001\"]} | serviceIdList[0]",
      // require one of
      "changeCardStatus | {\"userId\":100000000010,\"status\":\"SUSPEND\"} | par",
      // the sandbox's PAR format
      "changeCardStatus | {\"userId\":100000000010,\"par\":\"Q1-INVALID-PAR-FORMAT-00000\",\"status\":\"SUSPEND\"} | par",
  })
  void aBrokenRule_isInvalidInput_namingTheField(String operationId, String json, String field,
      KonaplateSandbox sandbox, KonaplateClient client) {
    InvalidInputException e = refuse(client, operationId, json);
    assertEquals("000_002", e.code());
    assertEquals(400, e.httpStatus());
    assertEquals("Invalid input parameter. " + field, e.description());
    assertEquals(0, sandbox.effectCounts(operationId).size());
  }
}
