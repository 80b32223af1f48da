package com.konaplate.sdk.sandbox.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.DocumentedExample;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented case of openapi.yaml, run through the real client against a fresh sandbox. */
@KonaplateSandboxTest
class DocumentedExamplesTest {

  static Stream<DocumentedExample> examples() {
    return DocumentedExample.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void eachDocumentedCase_isAnsweredAsDocumented(DocumentedExample example,
      KonaplateClient client) {
    assertNotEquals(0, example.httpStatus(), "the spec gives the answer");
    assertNotNull(example.code());
    DocumentedExample.ExampleRun run = example.run(client);
    Optional<String> difference = example.check(run);
    assertFalse(difference.isPresent(), () -> example + ": " + difference.get());
  }

  @Test
  void everyOperation_hasASuccess_andEveryDocumentedCodeOfItsPage_hasACase() {
    for (OperationDescriptor op : ApiDescriptor.konaplate().operations()) {
      List<DocumentedExample> examples = DocumentedExample.of(op.operationId());
      Set<String> codes = new HashSet<>();
      examples.forEach(e -> codes.add(e.code()));
      assertTrue(codes.contains("000_000"), op.operationId());
      op.errors().forEach(err -> assertTrue(codes.contains(err.code()),
          op.operationId() + " has no case for " + err.code()));
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentedCase.class)
  void theTerminateCases_areTheTerminateExamples(DocumentedCase c, KonaplateClient client) {
    DocumentedExample e = c.example();
    assertEquals("terminateCard", e.operationId());
    assertEquals(c.httpStatus(), e.httpStatus());
    assertEquals(c.code(), e.code());
    assertEquals(c.code(), e.run(client).code());
  }

  @Test
  void aRunThatDiffers_isReported_namingTheField_notItsValue(KonaplateSandbox sandbox,
      KonaplateClient client) {
    DocumentedExample e = DocumentedExample.of("findCardVirtualAccount", "success");
    assertFalse(e.check(e.run(client)).isPresent());
    DocumentedExample.ExampleRun other = DocumentedExample.of("findCardUser", "success")
        .run(client);
    String difference = e.check(other).get();
    assertTrue(difference.contains("accountNo"), difference);
    assertFalse(difference.contains("56200000000011"), difference);
    sandbox.reset();
    DocumentedExample refusal = DocumentedExample.of("cancelCardApplication", "notToday");
    assertTrue(refusal.check(DocumentedExample.of("cancelCardApplication", "success")
        .run(client)).isPresent());
  }
}
